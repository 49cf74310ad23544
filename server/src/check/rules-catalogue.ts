/**
 * The rule catalogue as people read it: docs/rules.md is what `renderRulesMarkdown` makes of the
 * registry (rules/index.ts), and EXAMPLE_CONTEXT is what every rule's example may refer to. A test
 * checks that docs/rules.md is up to date and that every example triggers its rule.
 */
import type { Severity } from '../base/diagnostic';
import type { RuleMeta } from '../base/rule';

export { ALL_RULES, ruleByCode, type RuleCode } from './rules';

const SEVERITY_NAMES: Record<Severity, string> = {
  error: 'lỗi / error',
  warning: 'cảnh báo / warning',
  info: 'thông tin / info',
  hint: 'gợi ý / hint',
};

const AREA_TITLES: Record<string, string> = {
  syntax: 'Cú pháp / Syntax',
  internal: 'Lỗi nội bộ / Internal',
  ref: 'Tham chiếu / References',
  citation: 'Trích dẫn / Citations',
  deadline: 'Thời hạn / Deadlines',
  task: 'Đơn vị và nhiệm vụ / Units and tasks',
  header: 'Phần đầu / Header',
  numbering: 'Đánh số / Numbering',
  signer: 'Người ký / Signer',
  recipients: 'Nơi nhận / Recipients',
  decision: 'Quyết định / Decisions',
  letter: 'Công văn / Official letters',
  prose: 'Văn xuôi / Prose',
  typography: 'Trình bày chữ / Typography',
  text: 'Mã hóa chữ / Text encoding',
  format: 'Thể thức văn bản Word và OpenDocument / Format of Word and OpenDocument originals',
};

/** docs/rules.md: a table of contents by area, then one entry per rule. */
/**
 * The declarations every example assumes, as a catalog file beside it would hold them. Examples stay
 * short enough to read, and a test checks each one against this context, so none is a fiction.
 */
export const EXAMPLE_CONTEXT = [
  'văn bản KH30: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh',
  '  trích yếu: về thực hiện quy chế dân chủ ở cơ sở',
  'đơn vị VP: Văn phòng Sở',
  'đơn vị SNV: Sở Nội vụ',
  'đơn vị PKT: Phòng Kinh tế',
].join('\n');

export function renderRulesMarkdown(rules: readonly RuleMeta[]): string {
  const areas = new Map<string, RuleMeta[]>();
  for (const rule of rules) {
    const area = rule.code.split('/')[0]!;
    areas.set(area, [...(areas.get(area) ?? []), rule]);
  }
  const out: string[] = [
    '# Danh mục quy tắc kiểm tra — Rule catalogue',
    '',
    '<!-- Tệp này được sinh từ server/src/check/rules-catalogue.ts; đừng sửa tay. Chạy `UPDATE_DOCS=1 npx vitest run test/check/catalogue.test.ts` để cập nhật. -->',
    '<!-- Generated from server/src/check/rules-catalogue.ts; do not edit by hand. -->',
    '',
    'Mỗi quy tắc có một mã ổn định, mức độ mặc định (đổi được trong `kehoach.config.json`), điều nó kiểm tra, lý do (điều khoản Nghị định 30/2020/NĐ-CP hay thông lệ), một ví dụ và cách sửa nhanh nếu có. Tắt một quy tắc cho dòng sau: `// kehoach-disable-next-line <mã>`; cho cả tệp: `// kehoach-disable <mã>`.',
    '',
    'Each rule has a stable code, a default severity (configurable in `kehoach.config.json`), what it checks, why (the clause of Decree 30/2020/NĐ-CP or the practice behind it), an example and its quick fix if any.',
    '',
    'Các ví dụ giả định một tệp danh mục trong thư mục làm việc với các khai báo sau; ví dụ về thời hạn quá hạn ghi ngày kiểm tra trong ngoặc. / The examples assume a catalog file in the workspace with these declarations; overdue examples give their as-of day in brackets.',
    '',
    '```',
    EXAMPLE_CONTEXT,
    '```',
    '',
  ];
  for (const [area, list] of areas) {
    out.push(`- ${AREA_TITLES[area] ?? area}: ${list.map((rule) => `[\`${rule.code}\`](#${anchor(rule.code)})`).join(', ')}`);
  }
  for (const [area, list] of areas) {
    out.push('', `## ${AREA_TITLES[area] ?? area}`);
    for (const rule of list) {
      out.push(
        '',
        `### \`${rule.code}\``,
        '',
        `Mức độ / Severity: **${SEVERITY_NAMES[rule.defaultSeverity]}**`,
        '',
        `- ${rule.summary.vi}`,
        `- *${rule.summary.en}*`,
        '',
        `**Lý do.** ${rule.rationale.vi}`,
        '',
        `**Why.** ${rule.rationale.en}`,
        '',
        '```kehoach',
        rule.example,
        '```',
      );
      if (rule.fix) out.push('', `**Sửa nhanh / Fix.** ${rule.fix.vi} — *${rule.fix.en}*`);
    }
  }
  return `${out.join('\n')}\n`;
}

function anchor(code: string): string {
  return code.replace(/[^a-z0-9-]/g, '');
}
