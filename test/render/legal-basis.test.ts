import { describe, expect, it } from 'vitest';
import { Workspace } from '../../server/src/model/workspace';
import { type LayoutParagraph, layoutPlan } from '../../server/src/render/layout';

function openingParagraphs(text: string): LayoutParagraph[] {
  const workspace = new Workspace();
  const file = workspace.setFile('file:///ke-hoach.kh', text);
  return layoutPlan(workspace, file)
    .sections.flatMap((section) => section.blocks)
    .filter((block): block is LayoutParagraph => block.kind === 'paragraph' && (block.role === 'basis' || block.role === 'opening'));
}

describe('the opening of a plan (Phụ lục I §2.6)', () => {
  it('sets legal bases in italic and a "Thực hiện" opening upright', () => {
    const paragraphs = openingParagraphs(
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n\nCĂN CỨ Quyết định số 25/QĐ-UBND ngày 15/01/2025 của UBND tỉnh;\n\nCăn cứ vào tình hình thực tế.\n\nThực hiện chỉ đạo của UBND tỉnh, Sở xây dựng kế hoạch như sau:\n\nCăn cứng không phải căn cứ.\n',
    );
    expect(paragraphs.map((paragraph) => [paragraph.text.slice(0, 12), paragraph.italic])).toEqual([
      ['Căn cứ Luật ', true],
      ['CĂN CỨ Quyết', true],
      ['Căn cứ vào t', true],
      ['Thực hiện ch', false],
      ['Căn cứng khô', false],
    ]);
  });
});
