/**
 * The PDF reader rebuilds lines and paragraphs from placed text, and gives a two-column band
 * (the header, the signer's block) column by column.
 */
import { describe, expect, it } from 'vitest';
import { isUnreadable } from '../../server/src/original/document';
import { readOriginal } from '../../server/src/original/read/index';
import { buildPdf } from './pdf-builder';

const LONG = 'Thuc hien Ke hoach so 10/KH-UBND cua Uy ban nhan dan tinh, So Cong Thuong xay';

describe('the PDF reader', () => {
  it('gives the header band column by column, then the body as paragraphs, without page numbers', async () => {
    const page1 = [
      { x: 60, y: 790, text: 'UBND TINH HUNG YEN' },
      { x: 320, y: 790, text: 'CONG HOA XA HOI CHU NGHIA VIET NAM' },
      { x: 80, y: 775, text: 'SO CONG THUONG' },
      { x: 350, y: 775, text: 'Doc lap - Tu do - Hanh phuc' },
      { x: 90, y: 750, text: 'So: 10/KH-SCT' },
      { x: 330, y: 750, text: 'Hung Yen, ngay 14 thang 01 nam 2026' },
      { x: 255, y: 710, text: 'KE HOACH' },
      { x: 113, y: 680, text: LONG },
      { x: 85, y: 665, text: LONG },
      { x: 85, y: 650, text: 'nhu sau:' },
      { x: 113, y: 635, text: 'I. MUC DICH, YEU CAU' },
    ];
    const page2 = [
      { x: 297, y: 815, text: '2' },
      { x: 85, y: 780, text: `${LONG} tiep` },
      { x: 60, y: 700, text: 'Noi nhan:' },
      { x: 360, y: 700, text: 'KT. GIAM DOC' },
      { x: 60, y: 688, text: '- UBND tinh;' },
      { x: 360, y: 688, text: 'PHO GIAM DOC' },
      { x: 60, y: 676, text: '- Luu: VT, VP.' },
      { x: 360, y: 640, text: 'Nguyen Van A' },
    ];
    const result = await readOriginal(buildPdf([page1, page2]), 'pdf');
    if (isUnreadable(result)) throw new Error(result.message.en);
    expect(result.page).toBeUndefined();
    expect(result.paragraphs.map((p) => [p.page, p.text])).toEqual([
      [1, 'UBND TINH HUNG YEN'],
      [1, 'SO CONG THUONG'],
      [1, 'So: 10/KH-SCT'],
      [1, 'CONG HOA XA HOI CHU NGHIA VIET NAM'],
      [1, 'Doc lap - Tu do - Hanh phuc'],
      [1, 'Hung Yen, ngay 14 thang 01 nam 2026'],
      [1, 'KE HOACH'],
      [1, `${LONG} ${LONG} nhu sau:`],
      [1, 'I. MUC DICH, YEU CAU'],
      [2, `${LONG} tiep`],
      [2, 'Noi nhan:'],
      [2, '- UBND tinh;'],
      [2, '- Luu: VT, VP.'],
      [2, 'KT. GIAM DOC'],
      [2, 'PHO GIAM DOC'],
      [2, 'Nguyen Van A'],
    ]);
    expect(result.paragraphs.map((p) => p.index)).toEqual(result.paragraphs.map((_, i) => i + 1));
  });
});
