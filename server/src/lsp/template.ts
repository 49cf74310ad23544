/**
 * The template of a new document of each type, in VS Code snippet syntax, with Nghị định 30's parts
 * in the order of its form of Phụ lục III: a plan, report or submission (Mẫu 1.4), a decision
 * issuing a document (Mẫu 1.3), an official letter (Mẫu 1.5). The header's agency, parent agency,
 * number symbol and place come from the workspace's first document when there is one, since a
 * department's documents share them; the symbol takes the new type's abbreviation. snippets/kehoach.json
 * holds the plan's template with no workspace (a test keeps the two equal).
 */
import type { DocumentTypeKey, FieldKey } from '../model/ast';
import { DOCUMENT_TYPES } from '../model/document-types';
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

/**
 * The symbol a new document of `type` takes from a symbol of the workspace: "/KH-SCT" becomes
 * "/QĐ-SCT" for a decision and "/SCT-…" for a letter, whose symbol has no type abbreviation.
 */
function symbolFor(type: DocumentTypeKey, symbol: string | undefined): string {
  const abbreviation = DOCUMENT_TYPES[type].abbreviation;
  const agency = symbol ? /^\/(?:[^-/]+-)?([^-/]+)/u.exec(symbol)?.[1] : undefined;
  if (abbreviation === undefined) return `/${agency ?? '…'}-…`;
  return `/${abbreviation}-${agency ?? '…'}`;
}

/** The header lines every type shares, with its first line and the number of its own symbol. */
function headerLines(type: DocumentTypeKey, head: string, defaults: HeaderDefaults, title: string): string[] {
  const value = (text: string | undefined, placeholder: string): string => escapeSnippet(text ?? placeholder);
  return [
    head,
    `  cơ quan chủ quản: \${1:${value(defaults.parentAgency, 'UBND tỉnh …')}}`,
    `  cơ quan: \${2:${value(defaults.agency, 'Sở …')}}`,
    `  số: \${3:${escapeSnippet(symbolFor(type, defaults.number))}}`,
    `  nơi ban hành: \${4:${value(defaults.place, '…')}}`,
    '  ngày: ${5:/$CURRENT_MONTH/$CURRENT_YEAR}',
    `  trích yếu: \${6:${title}}`,
  ];
}

/** The template of a new document of the type: the plan's, or the form of another type. */
export function newDocumentSnippet(type: DocumentTypeKey, defaults: HeaderDefaults = {}): string {
  switch (type) {
    case 'ke-hoach':
      return newPlanSnippet(defaults);
    case 'bao-cao':
      return [
        ...headerLines(type, 'báo cáo', defaults, 'Kết quả thực hiện …'),
        '',
        'Thực hiện ${7:@…}, ${2} báo cáo kết quả thực hiện như sau:',
        '',
        'I. Kết quả thực hiện',
        '',
        '1. ${8:…}',
        '',
        'II. Tồn tại, hạn chế và nguyên nhân',
        '',
        '1. ${9:…}',
        '',
        'III. Nhiệm vụ, giải pháp thời gian tới',
        '',
        '1. ${10:…}',
        ...footerLines(11),
      ].join('\n');
    case 'to-trinh':
      return [
        ...headerLines(type, 'tờ trình', defaults, 'Về việc …'),
        '  kính gửi: ${7:…}',
        '',
        'Căn cứ ${8:@…};',
        '',
        '${2} kính trình ${9:…} xem xét, quyết định ${10:…} như sau:',
        '',
        'I. Sự cần thiết',
        '',
        '${11:…}',
        '',
        'II. Nội dung đề nghị',
        '',
        '${12:…}',
        ...footerLines(13, ['Như trên']),
      ].join('\n');
    case 'quyet-dinh':
      return [
        ...headerLines(type, 'quyết định', defaults, 'Ban hành Kế hoạch …'),
        '  thẩm quyền: ${7:Giám đốc ${2}}',
        '',
        'Căn cứ ${8:@…};',
        '',
        'Theo đề nghị của ${9:…}.',
        '',
        'QUYẾT ĐỊNH:',
        '',
        'Điều 1. Ban hành kèm theo Quyết định này ${10:Kế hoạch …}.',
        '',
        'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
        '',
        'Điều 3. ${11:Chánh Văn phòng …} chịu trách nhiệm thi hành Quyết định này.',
        ...footerLines(12, ['Như Điều 3']),
      ].join('\n');
    case 'cong-van':
      return [
        ...headerLines(type, 'công văn', defaults, 'gửi …'),
        '  kính gửi: ${7:…}',
        '',
        '${8:…}',
        ...footerLines(9, ['Như trên']),
      ].join('\n');
  }
}

/** Nơi nhận (the entries the form opens with first) and the signer, from the tab stop `first`. */
function footerLines(first: number, opening: string[] = []): string[] {
  return [
    '',
    'nơi nhận:',
    ...opening.map((entry) => `  - ${entry}`),
    `  - \${${first}:…}`,
    '  - Lưu: VT',
    '',
    `ký: \${${first + 1}:KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Họ và tên}`,
    '$0',
  ];
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
