/**
 * Báo cáo and Tờ trình, the types of Mẫu 1.4 besides Kế hoạch: a file whose first line names the
 * type opens its header, prints the type's name above the summary, takes its abbreviation in the
 * number, and passes the same checks as a plan; the same words alone on a line inside a plan stay
 * its text.
 */
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../server/src/check/index';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { documentTypeOf } from '../../server/src/model/document-types';
import type { LayoutParagraph } from '../../server/src/render/layout';
import { layoutPlan } from '../../server/src/render/layout';
import { CATALOG, CLEAN_PLAN } from '../helpers/plans';
import { loadText } from './helpers';

function typed(head: string, abbreviation: string): string {
  return CLEAN_PLAN.replace(/^kế hoạch/, head).replace('05/KH-SCT', `05/${abbreviation}-SCT`);
}

function open(text: string) {
  const loaded = loadText(text);
  loaded.workspace.setFile('file:///tmp/test/danh-muc.kh', CATALOG);
  return loaded;
}

function typeName(text: string): string {
  const { workspace, file } = open(text);
  const name = layoutPlan(workspace, file).sections[0]!.blocks.find((block): block is LayoutParagraph => block.kind === 'paragraph' && block.role === 'type-name');
  return name!.text;
}

function problems(text: string): string[] {
  const { workspace, file } = open(text);
  return checkFile(workspace, file.uri, { calendar: new WorkingCalendar() })
    .filter((diagnostic) => diagnostic.severity !== 'hint')
    .map((diagnostic) => `${diagnostic.code} ${diagnostic.message.vi}`);
}

describe.each([
  ['báo cáo', 'BC', 'BÁO CÁO', 'Báo cáo'],
  ['Báo cáo', 'BC', 'BÁO CÁO', 'Báo cáo'],
  ['bao cao', 'BC', 'BÁO CÁO', 'Báo cáo'],
  ['report', 'BC', 'BÁO CÁO', 'Báo cáo'],
  ['tờ trình', 'TTr', 'TỜ TRÌNH', 'Tờ trình'],
  ['submission', 'TTr', 'TỜ TRÌNH', 'Tờ trình'],
])('a file that opens with "%s"', (head, abbreviation, printed, name) => {
  it(`is a ${name}, printed ${printed}, with ${abbreviation} in its number and the same findings as the plan`, () => {
    const text = typed(head, abbreviation);
    const { file } = open(text);
    expect(file.unsupportedType).toBeUndefined();
    expect(documentTypeOf(file).name).toBe(name);
    expect(file.header?.fields.map((field) => field.key)).toContain('number');
    expect(typeName(text)).toBe(printed);
    const plan = problems(CLEAN_PLAN);
    expect(plan.some((problem) => problem.startsWith('header/'))).toBe(false);
    expect(problems(text)).toEqual(plan);
  });

  it('is told the abbreviation of its type when the number carries another', () => {
    const wrong = typed(head, 'KH');
    const found = problems(wrong).filter((problem) => problem.startsWith('header/number-form'));
    expect(found).toEqual([expect.stringContaining(`ký hiệu của ${name} là ${abbreviation}, không phải KH`)]);
  });
});

describe('the words of a type inside a plan', () => {
  it('stay prose: "Báo cáo" alone on a line after the header is a line of the plan', () => {
    const text = CLEAN_PLAN.replace('I. Tổ chức thực hiện', 'Báo cáo\n\nI. Tổ chức thực hiện');
    const { file } = open(text);
    expect(documentTypeOf(file).name).toBe('Kế hoạch');
    expect(file.opening.map((paragraph) => paragraph.inlines.map((inline) => ('text' in inline ? inline.text : '')).join(''))).toContain('Báo cáo');
    expect(typeName(text)).toBe('KẾ HOẠCH');
  });

  it('a type the language does not write yet is still said so', () => {
    const { file } = open(CLEAN_PLAN.replace(/^kế hoạch/, 'thông báo'));
    expect(file.unsupportedType).toBe('thông báo');
  });
});
