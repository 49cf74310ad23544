/**
 * Hostile and wrong files: each gets a message in both languages, never a throw, in bounded time
 * and memory.
 */
import { strToU8, Zip, ZipPassThrough, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUnreadable, type ReadResult } from '../../server/src/original/document';
import { readOriginal } from '../../server/src/original/read/index';
import { MAX_ENTRIES } from '../../server/src/original/read/zip';
import { MAX_DEPTH } from '../../server/src/original/read/xml';
import { buildDocx, paragraph, run } from './docx-builder';
import { buildPdf } from './pdf-builder';

function refusal(result: ReadResult): { vi: string; en: string } {
  if (!isUnreadable(result)) throw new Error('the file was read');
  expect(result.message.vi.length).toBeGreaterThan(10);
  expect(result.message.en.length).toBeGreaterThan(10);
  return result.message;
}

/**
 * A raw DEFLATE stream of `bytes` spaces written by hand with the fixed Huffman code: one literal,
 * then copies of 258 bytes at distance 1 (13 bits each), so 300 MB take 2 MB to store.
 */
function spacesDeflated(bytes: number): Uint8Array {
  const out: number[] = [];
  let current = 0;
  let filled = 0;
  const bit = (value: number) => {
    current |= value << filled;
    if (++filled === 8) {
      out.push(current);
      current = 0;
      filled = 0;
    }
  };
  const code = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bit((value >> i) & 1);
  };
  bit(1); // the final block
  bit(1); // fixed Huffman codes (BTYPE 01, low bit first)
  bit(0);
  code(0x30 + 32, 8); // the literal space
  for (let made = 1; made + 258 <= bytes; made += 258) {
    code(0b11000101, 8); // length 258
    code(0, 5); // distance 1
  }
  code(0, 7); // end of block
  if (filled > 0) out.push(current);
  return Uint8Array.from(out);
}

function zipOf(entries: { name: string; deflated: Uint8Array }[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    chunks.push(data);
  });
  for (const entry of entries) {
    const file = new ZipPassThrough(entry.name);
    file.compression = 8;
    zip.add(file);
    file.push(entry.deflated, true);
  }
  zip.end();
  const whole = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}

function utf16(name: string): number[] {
  return [...name].flatMap((character) => [character.charCodeAt(0), 0]);
}

/** The start of an OLE compound file with directory entries of the given stream names. */
function oleFile(streams: string[]): Uint8Array {
  const bytes = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)];
  for (const name of ['Root Entry', ...streams]) bytes.push(...utf16(name), ...new Array(128 - name.length * 2).fill(0));
  return Uint8Array.from(bytes);
}

describe('hostile and wrong files', () => {
  it('a ZIP bomb stops at the bound, quickly', async () => {
    const bomb = zipOf([
      { name: '[Content_Types].xml', deflated: spacesDeflated(10) },
      { name: 'word/document.xml', deflated: spacesDeflated(300 * 1024 * 1024) },
    ]);
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    const started = performance.now();
    const message = refusal(await readOriginal(bomb, 'docx'));
    expect(message.en).toMatch(/ZIP bomb/);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('an archive of too many entries is refused', async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i <= MAX_ENTRIES; i++) files[`x/${i}`] = new Uint8Array(0);
    expect(refusal(await readOriginal(zipSync(files, { level: 0 }), 'docx')).en).toMatch(/more than 20000 entries/);
  });

  it('a truncated or scrambled Word file is called corrupt', async () => {
    const good = buildDocx({ body: paragraph(run('Nội dung')) });
    expect(refusal(await readOriginal(good.subarray(0, good.length / 2), 'docx')).en).toMatch(/corrupt|no Word document|not well-formed/);
    const scrambled = good.slice();
    for (let i = 40; i < scrambled.length; i += 7) scrambled[i] ^= 0x5a;
    expect(isUnreadable(await readOriginal(scrambled, 'docx'))).toBe(true);
  });

  it('malformed XML and nesting past the bound name the part', async () => {
    const broken = zipSync({ 'word/document.xml': strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>') });
    expect(refusal(await readOriginal(broken, 'docx')).en).toMatch(/"word\/document.xml" is not well-formed/);
    const deep = buildDocx({ body: '<w:sdt><w:sdtContent>'.repeat(MAX_DEPTH) + '</w:sdtContent></w:sdt>'.repeat(MAX_DEPTH) });
    expect(refusal(await readOriginal(deep, 'docx')).en).toMatch(/nests deeper than 256/);
  });

  it('tells a Word 97 file from a password-protected Word file', async () => {
    expect(refusal(await readOriginal(oleFile(['WordDocument', '1Table']), 'docx')).en).toMatch(/Word 97–2003/);
    expect(refusal(await readOriginal(oleFile(['EncryptionInfo', 'EncryptedPackage']), 'docx')).en).toMatch(/password-protected/);
    expect(refusal(await readOriginal(oleFile(['Workbook']), 'docx')).en).toMatch(/old-style Office/);
  });

  it('says what a file with the wrong extension is', async () => {
    const docx = buildDocx({ body: paragraph(run('x')) });
    expect(refusal(await readOriginal(docx, 'odt')).en).toMatch(/is a Word document/);
    expect(refusal(await readOriginal(docx, 'pdf')).en).toMatch(/not a PDF/);
    expect(refusal(await readOriginal(buildPdf([[{ x: 10, y: 10, text: 'x' }]]), 'docx')).en).toMatch(/is a PDF/);
    expect(refusal(await readOriginal(new TextEncoder().encode('Kế hoạch'), 'docx')).en).toMatch(/does not start like one/);
    expect(refusal(await readOriginal(new Uint8Array(0), 'docx')).en).toMatch(/does not start like one/);
  });

  it('a PDF without a text layer, an encrypted PDF and a broken PDF get their messages', async () => {
    expect(refusal(await readOriginal(buildPdf([[], []]), 'pdf')).en).toMatch(/no text layer/);
    expect(refusal(await readOriginal(buildPdf([[{ x: 72, y: 700, text: 'secret' }]], { encrypted: true }), 'pdf')).en).toMatch(/password-protected/);
    expect(refusal(await readOriginal(new TextEncoder().encode('%PDF-1.4\ngarbage'), 'pdf')).en).toMatch(/PDF/);
  });

  it('reads 200 pages in time linear in their size', async () => {
    const page = (n: number) => paragraph(run(`Đoạn ${n}: Sở Công Thương chủ trì, phối hợp với các sở, ngành thực hiện nhiệm vụ trước ngày 30/6/2026.`), '<w:jc w:val="both"/>');
    const body = (pages: number) => Array.from({ length: pages * 12 }, (_, i) => page(i) + (i % 12 === 11 ? '<w:p><w:r><w:br w:type="page"/></w:r></w:p>' : '')).join('');
    const time = async (pages: number) => {
      const bytes = buildDocx({ body: body(pages) });
      const started = performance.now();
      const result = await readOriginal(bytes, 'docx');
      const elapsed = performance.now() - started;
      if (isUnreadable(result)) throw new Error(result.message.en);
      expect(result.paragraphs.at(-1)!.page).toBe(pages);
      return elapsed;
    };
    await time(20);
    const small = Math.min(await time(20), await time(20));
    const large = Math.min(await time(200), await time(200));
    expect(large / small).toBeLessThan(30);
  });
});

describe('damaged files, at random', () => {
  const docx = buildDocx({ body: paragraph(run('Sở Công Thương chủ trì thực hiện.')).repeat(40) });
  const pdf = buildPdf([[{ x: 72, y: 700, text: 'So Cong Thuong chu tri' }]]);

  it.each([
    ['docx', docx],
    ['pdf', pdf],
  ] as const)('a %s with bytes changed or cut is read or refused, never thrown', async (kind, original) => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.nat(original.length), async (changes, cut) => {
        const bytes = original.slice(0, Math.max(cut, 16));
        for (const [at, value] of changes) if (at < bytes.length) bytes[at] = value;
        const result = await readOriginal(bytes, kind);
        if (isUnreadable(result)) expect(result.message.vi.length * result.message.en.length).toBeGreaterThan(0);
        else expect(Array.isArray(result.paragraphs)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
