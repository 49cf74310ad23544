/**
 * The HTML preview: drawn from the layout model, every text escaped, blocks tagged with the source
 * offsets the preview follows.
 */
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderHtml } from '../../server/src/render/html';
import { layoutPlan } from '../../server/src/render/layout';
import { loadSample, loadText, SEED_SAMPLE } from './helpers';

const HOSTILE = `kế hoạch
  cơ quan chủ quản: UBND tỉnh <b>Quảng Ngãi</b>
  cơ quan: Sở "Công" & 'Thương'
  số: /KH-SCT
  nơi ban hành: Quảng Ngãi
  ngày: /02/2023
  trích yếu: <script>alert("trích yếu")</script> & kế hoạch

đơn vị VP: Văn phòng <img src=x onerror=alert(1)>

Thực hiện chỉ đạo, <script>alert('văn xuôi')</script> @VP "trích" & 'dẫn' như sau:

I. Nội dung <iframe>

1. @VP báo cáo </p><p onclick="x">.

nơi nhận:
  - <script>x()</script>
  - Lưu: VT, VP
ký: GIÁM ĐỐC / Nguyễn <Văn> A
`;

describe('HTML', () => {
  it('escapes every text: title, prose, unit names, header, recipients, signer', () => {
    const { workspace, file } = loadText(HOSTILE);
    const html = renderHtml(layoutPlan(workspace, file), 'Kế hoạch <script>alert(1)</script>');
    expect(html).not.toMatch(/<script|<img|<iframe|<b>|<\/p><p onclick|<Văn>/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;trích yếu&quot;)&lt;/script&gt; &amp; kế hoạch');
    expect(html).toContain('Văn phòng &lt;img src=x onerror=alert(1)&gt; &quot;trích&quot; &amp; &#39;dẫn&#39;');
    expect(html).toContain('SỞ &quot;CÔNG&quot; &amp; &#39;THƯƠNG&#39;');
    expect(html).toContain('<title>Kế hoạch &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).toContain('- &lt;script&gt;x()&lt;/script&gt;;');
    expect(html).toContain('Nguyễn &lt;Văn&gt; A');
  });

  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('draws an A4 page with the margins of the layout and tags blocks with source offsets', () => {
    const { workspace, file } = loadSample(SEED_SAMPLE);
    const html = renderHtml(layoutPlan(workspace, file), 'x');
    expect(html).toMatch(/\.page\{[^}]*width:210mm;min-height:297mm;[^}]*padding:20mm 15mm 20mm 30mm/);
    const text = file.source.original;
    const tagged = [...html.matchAll(/data-loc="(\d+)-(\d+)"[^>]*>([^<]*)</g)];
    expect(tagged.length).toBeGreaterThan(40);
    const opening = tagged.find((match) => match[3]!.startsWith('Thực hiện Kế hoạch'))!;
    expect(text.slice(Number(opening[1]), Number(opening[2]))).toBe(
      'Thực hiện @KH30, Sở Công Thương xây dựng kế hoạch triển khai thực hiện như sau:',
    );
    const khoan = tagged.find((match) => match[3]!.startsWith('1. Tăng cường'))!;
    expect(text.slice(Number(khoan[1]), Number(khoan[2]))).toMatch(/^1\. Tăng cường.*năm 2023\.$/);
  });

  it('keeps the draft blanks visible (runs of spaces are preserved)', () => {
    const { workspace, file } = loadSample(SEED_SAMPLE);
    const html = renderHtml(layoutPlan(workspace, file), 'x');
    expect(html).toContain('p{white-space:pre-wrap}');
    expect(html).toContain('>Số:      /KH-SCT<');
  });
});
