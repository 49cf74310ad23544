/**
 * The format checks of Phụ lục I on Word files: a document laid out as the decree says has no
 * finding, and each departure from it, made the way drafters make it, gives its rule's finding at
 * the paragraph it is in.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_URI } from '../../server/src/cite/builtin-catalog';
import type { RuleSetting } from '../../server/src/check/context';
import { WorkingCalendar } from '../../server/src/deadline/calendar';
import { Workspace } from '../../server/src/model/workspace';
import { checkOriginal, paragraphLocator } from '../../server/src/original/check-original';
import { recognise } from '../../server/src/original/recognise';
import { isUnreadable, type OriginalDocument, type ParagraphRole } from '../../server/src/original/document';
import { checkFormat, type Locate } from '../../server/src/original/format-checks';
import { readOriginal } from '../../server/src/original/read/index';
import { A4_SECTION, buildDocx, paragraph, run, table, TNR } from './docx-builder';

const CENTER = '<w:jc w:val="center"/>';
const BORDER = '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>';
const BODY_PARAGRAPH = '<w:ind w:firstLine="567"/><w:spacing w:before="0" w:after="120" w:line="276" w:lineRule="auto"/><w:jc w:val="both"/>';

interface Layout {
  parent: string;
  agency: string;
  agencyParagraph: string;
  national: string;
  motto: string;
  mottoParagraph: string;
  number: string;
  date: string;
  type: string;
  typeParagraph: string;
  title: string;
  body: string;
  bodyParagraph: string;
  sectPr: string;
  /** A page break before the last body paragraph, so the document has two pages. */
  twoPages: boolean;
}

const GOOD: Layout = {
  parent: `${TNR}<w:sz w:val="26"/>`,
  agency: `${TNR}<w:b/><w:sz w:val="26"/>`,
  agencyParagraph: `${CENTER}${BORDER}`,
  national: `${TNR}<w:b/><w:sz w:val="26"/>`,
  motto: `${TNR}<w:b/><w:sz w:val="28"/>`,
  mottoParagraph: `${CENTER}${BORDER}`,
  number: `${TNR}<w:sz w:val="26"/>`,
  date: `${TNR}<w:i/><w:sz w:val="28"/>`,
  type: `${TNR}<w:b/><w:sz w:val="28"/>`,
  typeParagraph: CENTER,
  title: `${TNR}<w:b/><w:sz w:val="28"/>`,
  body: `${TNR}<w:sz w:val="28"/>`,
  bodyParagraph: BODY_PARAGRAPH,
  sectPr: A4_SECTION,
  twoPages: true,
};

const ROLES: ParagraphRole[] = ['parent-agency', 'agency', 'national-name', 'motto', 'number', 'place-date', 'type', 'title', 'body', 'body', 'body'];

function documentOf(layout: Layout): Uint8Array {
  const header = table([
    [
      paragraph(run('UBND TỈNH HƯNG YÊN', layout.parent), CENTER) + paragraph(run('SỞ CÔNG THƯƠNG', layout.agency), layout.agencyParagraph),
      paragraph(run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', layout.national), CENTER) + paragraph(run('Độc lập - Tự do - Hạnh phúc', layout.motto), layout.mottoParagraph),
    ],
    [paragraph(run('Số: 10/KH-SCT', layout.number), CENTER), paragraph(run('Hưng Yên, ngày 14 tháng 01 năm 2026', layout.date), CENTER)],
  ]);
  const body = ['Thực hiện Kế hoạch số 30/KH-UBND, Sở xây dựng kế hoạch như sau:', 'Các phòng chủ trì thực hiện.', 'Văn phòng Sở tổng hợp.']
    .map((text, i) => paragraph((layout.twoPages && i === 2 ? '<w:r><w:lastRenderedPageBreak/></w:r>' : '') + run(text, layout.body), layout.bodyParagraph))
    .join('');
  return buildDocx({
    body: header + paragraph(run('KẾ HOẠCH', layout.type), layout.typeParagraph) + paragraph(run('Chuyển đổi số năm 2026', layout.title), CENTER) + body,
    sectPr: layout.sectPr,
  });
}

/** Paragraph P, columns [start, end), as `P:start-end`, which the findings are compared by. */
const locate: Locate = (paragraph, start, end) => ({ start, end, range: { start: { line: paragraph - 1, character: start }, end: { line: paragraph - 1, character: end } } });

async function findings(layout: Partial<Layout>): Promise<string[]> {
  const result = await readOriginal(documentOf({ ...GOOD, ...layout }), 'docx');
  if (isUnreadable(result)) throw new Error(result.message.en);
  return checkFormat(result as OriginalDocument, ROLES, locate).map(
    (finding) => `${finding.code} ${finding.location.range.start.line + 1}:${finding.location.start}-${finding.location.end} ${finding.message.en}`,
  );
}

const CASES: [string, Partial<Layout>, string[]][] = [
  ['a document as the decree lays it out', {}, []],
  [
    'Letter paper with Word’s default margins',
    { sectPr: '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr>' },
    [
      'format/page-size 1:0-0 The paper is 21.59 × 27.94 cm, not A4 (21 × 29.7 cm).',
      'format/margins 1:0-0 The top margin is 25.4 mm, outside 20–25 mm.',
      'format/margins 1:0-0 The bottom margin is 25.4 mm, outside 20–25 mm.',
      'format/margins 1:0-0 The left margin is 25.4 mm, outside 30–35 mm.',
      'format/margins 1:0-0 The right margin is 25.4 mm, outside 15–20 mm.',
      'format/page-numbers 1:0-0 The document has 2 pages and no page numbers: they go centred in the top margin, from page 2.',
    ],
  ],
  [
    'a landscape page',
    { sectPr: A4_SECTION.replace('<w:pgSz w:w="11906" w:h="16838"/>', '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>') },
    ['format/page-size 1:0-0 The page is landscape (29.7 × 21 cm): documents are laid out on portrait A4.'],
  ],
  [
    'the theme font left in the complex-script slot of the body',
    { body: '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Calibri"/><w:sz w:val="28"/>' },
    ['format/font 9:0-63 The text is not in Times New Roman in every font slot (cs: Calibri) (the same in 2 other paragraphs).'],
  ],
  [
    'a body in 12 pt, without indent or spacing, left-aligned',
    { body: `${TNR}<w:sz w:val="24"/>`, bodyParagraph: '' },
    [
      'format/font-size 9:0-63 The size of the body is 12, where 13–14 is required (the same in 2 other paragraphs).',
      'format/alignment 9:0-63 The body is left-aligned, where justified is required (the same in 2 other paragraphs).',
      'format/body-indent 9:0-1 The body paragraph\'s first line is indented 0 cm, where 1 cm or 1.27 cm is required (the same in 2 other paragraphs).',
      'format/body-spacing 9:0-63 The space between body paragraphs is 0 pt, at least 6 pt is required (the same in 2 other paragraphs).',
    ],
  ],
  [
    'double line spacing',
    { bodyParagraph: '<w:ind w:firstLine="567"/><w:spacing w:after="120" w:line="480" w:lineRule="auto"/><w:jc w:val="both"/>' },
    ["format/body-spacing 9:0-63 The body's line spacing is 2 lines, where single to 1.5 lines is required (the same in 2 other paragraphs)."],
  ],
  [
    'a Quốc hiệu not bold, a date upright, a parent agency in bold',
    { national: `${TNR}<w:sz w:val="26"/>`, date: `${TNR}<w:sz w:val="28"/>`, parent: `${TNR}<w:b/><w:sz w:val="26"/>` },
    ['format/emphasis 1:0-18 The parent agency must be not bold.', 'format/emphasis 3:0-34 The Quốc hiệu must be bold.', 'format/emphasis 6:0-35 The place and date must be italic.'],
  ],
  [
    'a Tiêu ngữ in 13 pt is right; in 12 pt it is not, nor a Quốc hiệu in 14',
    { motto: `${TNR}<w:b/><w:sz w:val="24"/>`, national: `${TNR}<w:b/><w:sz w:val="28"/>` },
    ['format/font-size 3:0-34 The size of the Quốc hiệu is 14, where 12–13 is required.', 'format/font-size 4:0-27 The size of the Tiêu ngữ is 12, where 13–14 is required.'],
  ],
  [
    'the type name left-aligned',
    { typeParagraph: '' },
    ['format/alignment 7:0-8 The type name is left-aligned, where centred is required.'],
  ],
  [
    'no rule line under the agency nor under the Tiêu ngữ',
    { agencyParagraph: CENTER, mottoParagraph: CENTER },
    ['format/rule-line 2:0-14 The solid rule line under the issuing agency is missing.', 'format/rule-line 4:0-27 The solid rule line under the Tiêu ngữ is missing.'],
  ],
];

describe('the format checks of Phụ lục I', () => {
  it.each(CASES)('%s', async (_name, layout, expected) => {
    expect((await findings(layout)).sort()).toEqual([...expected].sort());
  });

  it('accepts a drawn line or a typed line of underscores for the rule', async () => {
    const drawn = '<w:r><w:pict><v:line from="0,0" to="100,0"/></w:pict></w:r>';
    const header = table([
      [
        paragraph(run('UBND TỈNH HƯNG YÊN', GOOD.parent), CENTER) + paragraph(run('SỞ CÔNG THƯƠNG', GOOD.agency) + drawn, CENTER),
        paragraph(run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', GOOD.national), CENTER) +
          paragraph(run('Độc lập - Tự do - Hạnh phúc', GOOD.motto), CENTER) +
          paragraph(run('________________', GOOD.motto), CENTER),
      ],
    ]);
    const result = await readOriginal(buildDocx({ body: header }), 'docx');
    if (isUnreadable(result)) throw new Error(result.message.en);
    const roles: ParagraphRole[] = ['parent-agency', 'agency', 'national-name', 'motto', 'other'];
    expect(checkFormat(result, roles, locate).filter((finding) => finding.code === 'format/rule-line')).toEqual([]);
  });

  it('says where the page numbers are wrong', async () => {
    const footer = A4_SECTION.replace('<w:headerReference w:type="default" r:id="rIdHeader1"/>', '<w:footerReference w:type="default" r:id="rIdHeader1"/>').replace('<w:titlePg/>', '');
    expect(await findings({ sectPr: footer })).toEqual([
      'format/page-numbers 1:0-0 The page numbers are in the footer: they go centred in the top margin.',
      'format/page-numbers 1:0-0 Page 1 shows its number too: the first page shows none (in Word: "Different First Page").',
    ]);
  });

  it('counts the pages of a file that records no page breaks from its length', async () => {
    const long = (text: string) => ({ kind: 'docx' as const, paragraphs: [{ index: 1, text }], page: { widthCm: 21, heightCm: 29.7, marginTopCm: 2, marginBottomCm: 2, marginLeftCm: 3, marginRightCm: 2, pageNumbers: false } });
    expect(checkFormat(long('chữ '.repeat(1500)), ['body'], locate).map((finding) => finding.message.en)).toEqual([
      'The document runs to about 3 pages and has no page numbers: they go centred in the top margin, from page 2.',
    ]);
    expect(checkFormat(long('chữ '.repeat(500)), ['body'], locate)).toEqual([]);
  });

  it('leaves PDF and text originals alone', () => {
    expect(checkFormat({ kind: 'pdf', paragraphs: [{ index: 1, text: 'x' }] }, ['body'], locate)).toEqual([]);
  });
});

describe('the format checks in the check of an original', () => {
  async function checked(layout: Partial<Layout>, rules: Record<string, RuleSetting> = {}): Promise<string[]> {
    const result = await readOriginal(documentOf({ ...GOOD, ...layout }), 'docx');
    if (isUnreadable(result)) throw new Error(result.message.en);
    const recognition = recognise(result);
    const workspace = new Workspace();
    workspace.setFile(BUILTIN_CATALOG_URI, BUILTIN_CATALOG, { builtin: true });
    workspace.setFile('file:///ws/ke-hoach.docx', recognition.plan);
    const { diagnostics, places } = checkOriginal(workspace, 'file:///ws/ke-hoach.docx', recognition, paragraphLocator(result), {
      calendar: WorkingCalendar.withUserOverrides([]),
      rules,
    });
    return diagnostics
      .filter((diagnostic) => diagnostic.code.startsWith('format/'))
      .map((diagnostic) => `${diagnostic.code} ${diagnostic.severity} ${places.get(diagnostic)!.paragraph}:${places.get(diagnostic)!.column}`);
  }

  it('takes each paragraph’s role from the recogniser', async () => {
    expect(await checked({})).toEqual([]);
    expect(await checked({ national: `${TNR}<w:sz w:val="26"/>`, motto: `${TNR}<w:b/><w:sz w:val="24"/>`, typeParagraph: '', body: `${TNR}<w:sz w:val="24"/>` })).toEqual([
      'format/emphasis warning 3:1',
      'format/font-size warning 4:1',
      'format/alignment warning 7:1',
      'format/font-size warning 9:1',
    ]);
  });

  it('gives the page findings at the first paragraph, with the severities the user set', async () => {
    const letter = '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701"/></w:sectPr>';
    expect(await checked({ sectPr: letter }, { 'format/page-numbers': 'off', 'format/page-size': 'error' })).toEqual(['format/page-size error 1:1']);
  });
});

describe('the weight of headings', () => {
  it.each([
    ['I. MỤC ĐÍCH, YÊU CẦU', undefined, true],
    ['Mục đích', 'I.', true],
    ['1.1. Rà soát văn bản', undefined, true],
    ['Phần I', undefined, true],
    ['a) Điểm thứ nhất', undefined, false],
    ['Tổ chức thực hiện', '-', false],
  ] as const)('%s (label %s) must be bold: %s', (text, label, bold) => {
    const paragraph = { index: 1, text, ...(label ? { label } : {}), runs: [{ start: 0, end: text.length, format: { bold: false, sizePt: 14 } }] };
    const found = checkFormat({ kind: 'docx', paragraphs: [paragraph] }, ['heading'], locate).map((finding) => finding.code);
    expect(found).toEqual(bold ? ['format/emphasis'] : []);
  });
});
