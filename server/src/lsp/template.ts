/**
 * The template of a new plan, in VS Code snippet syntax, with Nghị định 30's parts in order. The
 * header's agency, parent agency, number symbol and place come from the workspace's first plan when
 * there is one, since a department's plans share them. snippets/kehoach.json holds the same template
 * with no workspace (a test keeps the two equal).
 */
import type { FieldKey } from '../model/ast';
import { fieldOf } from '../model/walk';
import type { Workspace } from '../model/workspace';

/** Header values a new plan takes over from an existing one. */
export type HeaderDefaults = Partial<Record<'parentAgency' | 'agency' | 'number' | 'place', string>>;

/** `$`, `}` and `\` are snippet syntax; values from plans must print as written. */
function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (ch) => `\\${ch}`);
}

export function headerDefaults(workspace: Workspace): HeaderDefaults {
  const plan = workspace.userFiles().find((file) => file.header);
  if (!plan?.header) return {};
  const defaults: HeaderDefaults = {};
  const take = (key: FieldKey & keyof HeaderDefaults): void => {
    const value = fieldOf(plan.header!, key)?.value.text.trim();
    if (value) defaults[key] = value;
  };
  take('parentAgency');
  take('agency');
  take('place');
  // The number changes with every plan; its symbol ("/KH-SCT") is the department's.
  const number = fieldOf(plan.header, 'number')?.value.text.trim();
  const slash = number?.indexOf('/') ?? -1;
  if (number && slash >= 0) defaults.number = number.slice(slash);
  return defaults;
}

export function newPlanSnippet(defaults: HeaderDefaults = {}): string {
  const value = (text: string | undefined, placeholder: string): string => escapeSnippet(text ?? placeholder);
  return [
    'kế hoạch',
    `  cơ quan chủ quản: \${1:${value(defaults.parentAgency, 'UBND tỉnh …')}}`,
    `  cơ quan: \${2:${value(defaults.agency, 'Sở …')}}`,
    `  số: \${3:${value(defaults.number, '/KH-…')}}`,
    `  nơi ban hành: \${4:${value(defaults.place, '…')}}`,
    '  ngày: ${5:/$CURRENT_MONTH/$CURRENT_YEAR}',
    '  trích yếu: ${6:Thực hiện …}',
    // The line under the title most plans have (Phụ lục I: "Giai đoạn 2021 – 2025"); a plan without one deletes it.
    '  phụ đề: ${7:Giai đoạn …}',
    '',
    'Thực hiện ${8:@…}, ${2} xây dựng kế hoạch triển khai thực hiện như sau:',
    '',
    'I. Mục đích, yêu cầu',
    '',
    '1. Mục đích',
    '',
    '${9:…}',
    '',
    '2. Yêu cầu',
    '',
    '${10:…}',
    '',
    'II. Nội dung thực hiện',
    '',
    '1. ${11:…}',
    '',
    'III. Tổ chức thực hiện',
    '',
    '1. ${12:…}',
    '',
    'nơi nhận:',
    '  - ${13:…}',
    '  - Lưu: VT',
    '',
    'ký: ${14:KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Họ và tên}',
    '$0',
  ].join('\n');
}
