/**
 * The rules of a Quyết định and of a Công văn (check/document-parts.ts), driven by fixtures: each
 * fixture that triggers a rule marks with `<|…|>` where every diagnostic of it must be, and shows
 * the text its quick fix gives; a clean fixture is close to the trigger but right. The same words
 * in a plan raise none of them.
 */
import { describe, expect, it } from 'vitest';
import { extractMarkers } from '../helpers/markers';
import { check, fixAll, plan } from './helpers';

const UNITS = 'đơn vị VP: Văn phòng Sở\nđơn vị SNV: Sở Nội vụ\nvăn bản KH30: Kế hoạch số 30/KH-UBND ngày 17/02/2023 của UBND tỉnh';

interface DecisionParts {
  title?: string;
  authority?: string | null;
  preamble?: string;
  articles?: string;
  recipients?: string;
}

const BASES = 'Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;\n\nCăn cứ @KH30;\n\nTheo đề nghị của Chánh Văn phòng Sở.\n\nQUYẾT ĐỊNH:';
const ARTICLES = [
  'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện công tác dân vận năm 2023.',
  'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
  'Điều 3. Chánh Văn phòng Sở, Trưởng các phòng chuyên môn chịu trách nhiệm thi hành Quyết định này.',
].join('\n\n');

/** A complete, correct decision issuing a plan, with the part under test replaced. */
function decision(parts: DecisionParts = {}): string {
  const header = [
    'quyết định',
    '  cơ quan chủ quản: UBND tỉnh Quảng Ngãi',
    '  cơ quan: Sở Công Thương',
    '  số: 05/QĐ-SCT',
    '  nơi ban hành: Quảng Ngãi',
    '  ngày: 17/02/2023',
    `  trích yếu: ${parts.title ?? 'Ban hành Kế hoạch thực hiện công tác dân vận năm 2023'}`,
    ...(parts.authority === null ? [] : [`  thẩm quyền: ${parts.authority ?? 'Giám đốc Sở Công Thương'}`]),
  ].join('\n');
  const recipients = parts.recipients ?? 'nơi nhận:\n  - Như Điều 3\n  - @SNV\n  - Lưu: VT, VP';
  return `${header}\n${UNITS}\n\n${parts.preamble ?? BASES}\n\n${parts.articles ?? ARTICLES}\n\n${recipients}\nký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A\n`;
}

interface LetterParts {
  number?: string;
  subject?: string | null;
  addressees?: string | null;
  recipients?: string;
}

/** A complete, correct letter sending a plan, with the part under test replaced. */
function letter(parts: LetterParts = {}): string {
  const header = [
    'công văn',
    '  cơ quan chủ quản: UBND tỉnh Quảng Ngãi',
    '  cơ quan: Sở Công Thương',
    `  số: ${parts.number ?? '12/SCT-VP'}`,
    '  nơi ban hành: Quảng Ngãi',
    '  ngày: 17/02/2023',
    ...(parts.subject === null ? [] : [`  trích yếu: ${parts.subject ?? 'gửi Kế hoạch thực hiện công tác dân vận năm 2023'}`]),
    ...(parts.addressees === null ? [] : [`  kính gửi: ${parts.addressees ?? '@SNV; Ban Dân vận Tỉnh ủy'}`]),
  ].join('\n');
  const recipients = parts.recipients ?? 'nơi nhận:\n  - Như trên\n  - Lưu: VT, VP';
  return `${header}\n${UNITS}\n\nSở Công Thương gửi @KH30 để theo dõi, tổng hợp.\n\n${recipients}\nký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A\n`;
}

/** The first line of a generated fixture, marked: where a finding about the whole document stands. */
const markFirstLine = (text: string): string => text.replace(/^([^\n]+)/u, '<|$1|>');

interface Case {
  code: string;
  trigger: { text: string; fixed?: string }[];
  clean: string[];
}

const CASES: Case[] = [
  {
    code: 'decision/authority',
    trigger: [{ text: markFirstLine(decision({ authority: null })) }],
    clean: [decision(), decision({ authority: 'Ủy ban nhân dân tỉnh Quảng Ngãi' })],
  },
  {
    code: 'decision/legal-basis',
    trigger: [
      { text: decision({ preamble: 'Theo đề nghị của Chánh Văn phòng Sở.\n\n<|QUYẾT ĐỊNH:|>' }) },
      // A basis after "QUYẾT ĐỊNH:" is no basis of the decision.
      { text: decision({ preamble: 'Theo đề nghị của Chánh Văn phòng Sở.\n\n<|QUYẾT ĐỊNH:|>\n\nCăn cứ @KH30;' }) },
    ],
    clean: [decision(), decision({ preamble: 'CĂN CỨ @KH30;\n\nTheo đề nghị của Chánh Văn phòng Sở.\n\nQUYẾT ĐỊNH:' })],
  },
  {
    code: 'decision/proposal',
    trigger: [
      { text: decision({ preamble: 'Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;\n\n<|Căn cứ @KH30;|>\n\nQUYẾT ĐỊNH:' }) },
      { text: decision({ preamble: '<|Theo đề nghị của Chánh Văn phòng Sở.|>\n\nCăn cứ @KH30;\n\nQUYẾT ĐỊNH:' }) },
    ],
    clean: [decision(), decision({ preamble: 'Căn cứ @KH30;\n\nXét đề nghị của Chánh Văn phòng Sở;\n\nTheo đề nghị của Chánh Văn phòng Sở.\n\nQUYẾT ĐỊNH:' })],
  },
  {
    code: 'decision/decides',
    trigger: [
      {
        text: decision({ preamble: 'Căn cứ @KH30;\n\nTheo đề nghị của Chánh Văn phòng Sở.', articles: ARTICLES.replace(/^(Điều 1\..*)$/mu, '<|$1|>') }),
        fixed: decision({ preamble: 'Căn cứ @KH30;\n\nTheo đề nghị của Chánh Văn phòng Sở.' }).replace('Điều 1.', 'QUYẾT ĐỊNH:\n\nĐiều 1.'),
      },
      { text: decision({ preamble: 'Căn cứ @KH30;\n\nTheo đề nghị của Chánh Văn phòng Sở.', articles: `${ARTICLES}\n\n<|QUYẾT ĐỊNH:|>` }) },
    ],
    clean: [decision(), decision({ preamble: 'Căn cứ @KH30;\n\nTheo đề nghị của Chánh Văn phòng Sở.\n\nQuyết định:' })],
  },
  {
    code: 'decision/article-numbering',
    trigger: [
      {
        text: decision({ articles: ARTICLES.replace('Điều 2.', 'Điều <|4|>.').replace('Điều 3.', 'Điều <|5|>.') }),
        fixed: decision(),
      },
      { text: markFirstLine(decision({ articles: 'Ban hành kèm theo Quyết định này Kế hoạch thực hiện công tác dân vận năm 2023.' })) },
    ],
    clean: [decision(), decision({ articles: `${ARTICLES}\n\n1. Khoản một của Điều 3.\n\n2. Khoản hai.` })],
  },
  {
    code: 'decision/execution',
    trigger: [
      { text: decision({ articles: ARTICLES.replace(/Điều 3\..*$/u, '<|Điều 3.|> Quyết định này có hiệu lực kể từ ngày ký.') }) },
      { text: decision({ articles: ARTICLES.replace(/Điều 3\..*$/u, '<|Điều 3.|> Chịu trách nhiệm thi hành Quyết định này.') }) },
    ],
    clean: [
      decision(),
      decision({ articles: ARTICLES.replace(/Điều 3\..*$/u, 'Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở có trách nhiệm tổ chức thực hiện Quyết định này./.') }),
    ],
  },
  {
    code: 'decision/issued-document',
    trigger: [{ text: decision({ articles: ARTICLES.replace('Điều 1. Ban hành kèm theo Quyết định này', '<|Điều 1.|> Thực hiện') }) }],
    clean: [
      decision(),
      decision({ title: 'Phê duyệt Kế hoạch năm 2023', articles: ARTICLES.replace('Ban hành kèm theo', 'Phê duyệt kèm theo') }),
      // A decision that does not issue a document says what it decides in its own words.
      decision({ title: 'Về việc thành lập Tổ công tác', articles: ARTICLES.replace('Ban hành kèm theo Quyết định này Kế hoạch thực hiện công tác dân vận năm 2023', 'Thành lập Tổ công tác') }),
    ],
  },
  {
    code: 'decision/as-article',
    trigger: [
      {
        text: decision({ recipients: '<|nơi nhận:|>\n  - @SNV\n  - Lưu: VT, VP' }),
        fixed: decision({ recipients: 'nơi nhận:\n  - Như Điều 3\n  - @SNV\n  - Lưu: VT, VP' }),
      },
      { text: decision({ recipients: 'nơi nhận:\n  - <|Như Điều 2|>\n  - Lưu: VT, VP' }) },
    ],
    clean: [decision(), decision({ recipients: 'nơi nhận:\n  - Như Điều 2, 3\n  - Lưu: VT, VP' })],
  },
  {
    code: 'letter/addressees',
    trigger: [{ text: markFirstLine(letter({ addressees: null })) }],
    clean: [letter(), letter({ addressees: 'Sở Nội vụ' })],
  },
  {
    code: 'letter/subject',
    trigger: [
      { text: markFirstLine(letter({ subject: null })) },
      { text: letter({ subject: '<|V/v |>gửi Kế hoạch năm 2023' }), fixed: letter({ subject: 'gửi Kế hoạch năm 2023' }) },
    ],
    clean: [letter(), letter({ subject: 'về việc vận động quyên góp' })],
  },
  {
    code: 'letter/symbol',
    trigger: [
      { text: letter({ number: '<|12/CV-SCT|>' }), fixed: letter({ number: '12/SCT' }) },
      { text: letter({ number: '<|12/2023/SCT|>' }) },
    ],
    clean: [letter(), letter({ number: '/UBND-VX' }), letter({ number: '4418/UBND-NC' })],
  },
  {
    code: 'letter/as-above',
    trigger: [
      {
        text: letter({ recipients: '<|nơi nhận:|>\n  - Giám đốc Sở\n  - Lưu: VT, VP' }),
        fixed: letter({ recipients: 'nơi nhận:\n  - Như trên\n  - Giám đốc Sở\n  - Lưu: VT, VP' }),
      },
    ],
    clean: [letter(), letter({ recipients: 'nơi nhận:\n  - Như trên (để thực hiện)\n  - Lưu: VT, VP' })],
  },
];

describe.each(CASES)('$code', ({ code, trigger, clean }) => {
  it.each(trigger.map((fixture, index) => ({ ...fixture, index })))('reports fixture $index at the marked ranges', ({ text: marked, fixed }) => {
    const { text, ranges } = extractMarkers(marked);
    const found = check(text).filter((diagnostic) => diagnostic.code === code);
    expect(found.map((d) => text.slice(d.location.start, d.location.end))).toEqual(ranges.map((range) => text.slice(range.start, range.end)));
    expect(found.map((d) => [d.location.start, d.location.end])).toEqual(ranges.map((range) => [range.start, range.end]));
    for (const diagnostic of found) expect(diagnostic.message.vi).not.toBe(diagnostic.message.en);
    if (fixed !== undefined) {
      const once = fixAll(text, code);
      expect(once).toBe(fixed);
      expect(check(once).filter((diagnostic) => diagnostic.code === code)).toEqual([]);
    }
  });

  it.each(clean.map((text, index) => ({ text, index })))('does not report clean fixture $index', ({ text }) => {
    expect(check(text).filter((diagnostic) => diagnostic.code === code)).toEqual([]);
  });
});

describe('the complete documents', () => {
  it('a correct decision and a correct letter raise no warning or error of any rule', () => {
    for (const text of [decision(), letter()]) {
      expect(check(text).filter((diagnostic) => diagnostic.severity === 'error' || diagnostic.severity === 'warning').map((d) => `${d.code} ${d.message.en}`)).toEqual([]);
    }
  });

  it('the checks every document has name its type: a decision or a letter without signer or recipients', () => {
    const bare = (text: string) => text.replace(/\nnơi nhận:[\s\S]*$/u, '\n');
    const said = (text: string) =>
      check(bare(text))
        .filter((diagnostic) => diagnostic.code === 'signer/missing' || diagnostic.code === 'recipients/missing')
        .map((diagnostic) => diagnostic.message.vi.split(' chưa có')[0]);
    expect(said(decision())).toEqual(['Quyết định', 'Quyết định']);
    expect(said(letter())).toEqual(['Công văn', 'Công văn']);
  });

  it('a year left from last year is said of the document of its own type', () => {
    const stale = (text: string) => check(text).filter((diagnostic) => diagnostic.code === 'prose/stale-year').map((diagnostic) => diagnostic.message);
    const sentence = 'Tiếp tục thực hiện công tác dân vận năm 2022.';
    expect(stale(letter({ recipients: `${sentence}\n\nnơi nhận:\n  - Như trên\n  - Lưu: VT, VP` }))).toEqual([
      {
        vi: '"năm 2022" trong công văn năm 2023: có phải chép từ văn bản năm trước? Nếu đúng ý thì giữ nguyên.',
        en: '"năm 2022" in an official letter (công văn) for 2023: copied from last year\'s document? Keep it if it is meant.',
      },
    ]);
    expect(stale(plan(`1. ${sentence}`)).map((message) => message.vi)).toEqual([
      '"năm 2022" trong kế hoạch năm 2023: có phải chép từ kế hoạch năm trước? Nếu đúng ý thì giữ nguyên.',
    ]);
  });

  it('a plan with the same paragraphs is not judged as a decision or a letter', () => {
    const text = plan(`${BASES}\n\nĐiều 1. Thực hiện.\n\nĐiều 4. Giao.`);
    expect(check(text).filter((diagnostic) => diagnostic.code.startsWith('decision/') || diagnostic.code.startsWith('letter/'))).toEqual([]);
  });

  it.each(['\n', '\r\n', '\r'])('reads a decision with line breaks %j alike and inserts lines with them', (lineBreak) => {
    const text = decision({ preamble: 'Căn cứ @KH30;\n\nTheo đề nghị của Chánh Văn phòng Sở.' }).replace(/\n/gu, lineBreak);
    const codes = check(text).map((diagnostic) => diagnostic.code).filter((code) => code.startsWith('decision/'));
    expect(codes).toEqual(['decision/decides']);
    expect(fixAll(text, 'decision/decides')).toContain(`QUYẾT ĐỊNH:${lineBreak}${lineBreak}Điều 1.`);
  });

  it('reads a decision of 20,000 articles, numbering each and sending it to the last', () => {
    const articles = Array.from({ length: 20_000 }, (_, index) => `Điều ${index + 1}. Nội dung ${index + 1}.`).join('\n\n');
    const text = decision({ articles: `${articles}\n\nĐiều 2001. Văn phòng chịu trách nhiệm thi hành Quyết định này.`, recipients: 'nơi nhận:\n  - @SNV\n  - Lưu: VT, VP' });
    const found = check(text);
    // Article numbers have at most four digits, so the 10,000th and later are text, not articles.
    expect(found.filter((diagnostic) => diagnostic.code === 'decision/article-numbering').map((d) => d.message.en)).toEqual([
      'Điều 2001 is article 10000: articles are numbered from 1 without gaps, this is Điều 10000.',
    ]);
    expect(fixAll(text, 'decision/as-article')).toContain('  - Như Điều 10000\n  - @SNV');
  });
});
