/**
 * The server keeps the text of a plan no editor has open deflated (lsp/text-store.ts): whatever
 * the text, the workspace gives back and parses exactly what it was given, in any line breaks, with
 * a byte order mark, in composed or decomposed Vietnamese, and with a lone surrogate an editor
 * sent (kept as it was, since UTF-8 cannot hold it).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFLATED_TEXT_STORE } from '../../server/src/lsp/text-store';
import { Workspace } from '../../server/src/model/workspace';
import { plan } from '../check/helpers';

const PIECES = ['Kế hoạch', 'Ke\u0302\u0301 hoa\u0323ch', 'đơn vị VP: Văn phòng Sở', '\n', '\r\n', '\r', '\ufeff', '\ud800', '😀', '  - @VP', '1. Nội dung', '\t', ''];

function releasedAndRead(text: string): { text: string | undefined; original: string | undefined } {
  const workspace = new Workspace({ textStore: DEFLATED_TEXT_STORE });
  workspace.setFile('file:///ws/a.kh', text);
  workspace.releaseTree('file:///ws/a.kh');
  return { text: workspace.getText('file:///ws/a.kh'), original: workspace.getFile('file:///ws/a.kh')?.source.original };
}

describe('the deflated store of released texts', () => {
  it('gives back every text as it was given', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = plan(pieces.join(''));
        expect(releasedAndRead(text)).toEqual({ text, original: text });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a plan in less than its UTF-8', () => {
    const text = plan('1. Triển khai thực hiện có hiệu quả các văn bản của Trung ương và của tỉnh.\n'.repeat(50));
    // The memory held is the whole buffer the bytes sit in, not only their view of it.
    expect(DEFLATED_TEXT_STORE.pack(text).buffer.byteLength).toBeLessThan(Buffer.byteLength(text, 'utf8') / 4);
    expect(DEFLATED_TEXT_STORE.unpack(DEFLATED_TEXT_STORE.pack(text))).toBe(text);
  });
});
