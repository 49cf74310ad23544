/**
 * Which lines are structure and which are prose: numbers that start a wrapped line, prose that
 * starts with a declaration keyword, one-line task titles that start with a field word, signers
 * without a name, and characters that cannot be printed. Each case is text in, the outline and the
 * syntax diagnostics out.
 */
import type { IToken } from 'chevrotain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../server/src/syntax/parse';
import { parseLines } from '../../server/src/syntax/parser';
import { planLexer } from '../../server/src/syntax/tokens';
import { dedent, extractMarkers } from '../helpers/markers';
import { outline } from '../helpers/outline';
import { ruleByCode } from '../../server/src/check/rules';

function parse(text: string) {
  return parsePlan('file:///test.kh', text);
}

interface Case {
  name: string;
  /** The text, with `<|…|>` around the range of each expected diagnostic. */
  input: string;
  outline: string[];
  diagnostics?: { code: string; severity: string }[];
}

const CASES: Case[] = [
  // Numbers at the start of a wrapped line.
  {
    name: 'a thousands number that starts a line is prose',
    input: '1. Hỗ trợ cho\n1.200 trẻ em nghèo.\n',
    outline: ['khoan 1.', '  | Hỗ trợ cho 1.200 trẻ em nghèo.'],
  },
  {
    name: 'a group with a leading zero is prose',
    input: '1. Hỗ trợ\n2.05 tỷ đồng.\n',
    outline: ['khoan 1.', '  | Hỗ trợ 2.05 tỷ đồng.'],
  },
  {
    name: 'a decimal followed by a word in lower case is prose',
    input: '1. Kinh phí là\n1.5 triệu đồng.\n',
    outline: ['khoan 1.', '  | Kinh phí là 1.5 triệu đồng.'],
  },
  {
    name: 'a sub-khoản without its final dot is still a marker before a capital',
    input: '2. Hai\n2.1 Thực hiện.\n2.12 Báo cáo.\n2.1.\n',
    outline: ['khoan 2. [title] Hai', '  khoan 2.1', '    | Thực hiện.', '  khoan 2.12', '    | Báo cáo.', '  khoan 2.1.'],
  },
  {
    name: 'markers with a final dot keep every number',
    input: '1.200. Mục lạ.\n',
    outline: ['khoan 1.200.', '  | Mục lạ.'],
  },
  // Prose that starts with a declaration keyword.
  {
    name: 'a keyword followed by a Vietnamese word or a number is prose',
    input: 'Đơn vị tính: triệu đồng\nVăn bản này: áp dụng từ ngày ký.\nNhiệm vụ 1: tăng cường giám sát.\nĐƠN VỊ TÍNH: TRIỆU ĐỒNG\n',
    outline: ['opening: Đơn vị tính: triệu đồng Văn bản này: áp dụng từ ngày ký. Nhiệm vụ 1: tăng cường giám sát. ĐƠN VỊ TÍNH: TRIỆU ĐỒNG'],
  },
  {
    name: 'code-like ids that break the rules are declarations with invalid ids',
    input: 'văn bản <|KH 30|>: x\nvăn bản <|30KH|>: y\nvăn bản <|QĐ56|>: z\nđơn vị <|VP.1|>: Văn phòng\n',
    outline: ['document KH 30: x', 'document 30KH: y', 'document QĐ56: z', 'unit VP.1: Văn phòng'],
    diagnostics: [
      { code: 'syntax/invalid-id', severity: 'error' },
      { code: 'syntax/invalid-id', severity: 'error' },
      { code: 'syntax/invalid-id', severity: 'error' },
      { code: 'syntax/invalid-id', severity: 'error' },
    ],
  },
  {
    name: 'a keyword and a colon without an id is a missing id, and nothing is declared',
    input: '<|văn bản :|> Kế hoạch số 30/KH-UBND\n  trích yếu: x\n<|nhiệm vụ  :|> chủ trì @VP\n',
    outline: [],
    diagnostics: [
      { code: 'syntax/invalid-id', severity: 'error' },
      { code: 'syntax/invalid-id', severity: 'error' },
    ],
  },
  {
    name: 'a keyword with its colon right after it is prose',
    input: 'Nhiệm vụ: tăng cường giám sát.\n',
    outline: ['opening: Nhiệm vụ: tăng cường giám sát.'],
  },
  // One-line tasks.
  {
    name: 'a task title that starts with a field word stays the title',
    input: dedent(`
      nhiệm vụ TH: Phối hợp tổ chức tập huấn; chủ trì @VP
      nhiệm vụ HC: Hạn chế rác thải nhựa; chủ trì @VP
      nhiệm vụ SP: sản phẩm Báo cáo năm; chủ trì @VP
      nhiệm vụ GU: Gửi báo cáo về Sở; hạn trước 01/6/2023`),
    outline: [
      'task TH: Phối hợp tổ chức tập huấn',
      '  lead: @VP',
      'task HC: Hạn chế rác thải nhựa',
      '  lead: @VP',
      'task SP: sản phẩm Báo cáo năm',
      '  lead: @VP',
      'task GU: Gửi báo cáo về Sở',
      '  deadline: trước 01/6/2023',
    ],
  },
  {
    name: 'a first segment is a field with its colon, a reference or a deadline',
    input: dedent(`
      nhiệm vụ A: phối hợp: tổ chức; chủ trì @VP
      nhiệm vụ B: phối hợp @CDC; chủ trì @VP
      nhiệm vụ C: hạn trước 01/6/2023
      nhiệm vụ D: han 15/3/2023
      nhiệm vụ E: hạn thường xuyên
      nhiệm vụ F: Hạn cuối quý này
      nhiệm vụ G: sản phẩm: Báo cáo`),
    outline: [
      'task A: ',
      '  helpers: tổ chức',
      '  lead: @VP',
      'task B: ',
      '  helpers: @CDC',
      '  lead: @VP',
      'task C: ',
      '  deadline: trước 01/6/2023',
      'task D: ',
      '  deadline: 15/3/2023',
      'task E: ',
      '  deadline: thường xuyên',
      'task F: ',
      '  deadline: cuối quý này',
      'task G: ',
      '  deliverable: Báo cáo',
    ],
  },
  {
    name: 'later segments need no colon, and one without a field name is reported',
    input: 'nhiệm vụ A: Tập huấn; phối hợp Sở Y tế; <|Làm gì đó|>\n',
    outline: ['task A: Tập huấn', '  helpers: Sở Y tế'],
    diagnostics: [{ code: 'syntax/unknown-task-field', severity: 'error' }],
  },
  // Signers.
  {
    name: 'a last part in capitals is a title, however many parts',
    input: 'ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC\n',
    outline: ['signer: KT. GIÁM ĐỐC | PHÓ GIÁM ĐỐC || '],
  },
  {
    name: 'a last part not all in capitals is the name',
    input: 'ký: GIÁM ĐỐC / Nguyễn Văn A\n',
    outline: ['signer: GIÁM ĐỐC || Nguyễn Văn A'],
  },
  {
    name: 'a lone part in capitals is a title, otherwise a name',
    input: 'ký: GIÁM ĐỐC\n',
    outline: ['signer: GIÁM ĐỐC || '],
  },
  // Characters that cannot be printed.
  {
    name: 'control characters are reported and the rest of the line is read',
    input: 'Văn bản<|\u0001|> này áp dụng<|\u000b\u000c|> từ ngày ký.\n<|\u007f|>\n- Gạch <|\u0000|>@VP.\n',
    outline: ['opening: Văn bản này áp dụng từ ngày ký.', 'dash -', '  | Gạch {@VP}.'],
    diagnostics: [
      { code: 'syntax/unexpected-character', severity: 'error' },
      { code: 'syntax/unexpected-character', severity: 'error' },
      { code: 'syntax/unexpected-character', severity: 'error' },
      { code: 'syntax/unexpected-character', severity: 'error' },
    ],
  },
  {
    name: 'tabs and line breaks are not control characters to report',
    input: 'Một\tdòng.\r\nHai dòng.\r',
    outline: ['opening: Một\tdòng. Hai dòng.'],
  },
];

describe('lines', () => {
  it.each(CASES)('$name', ({ input, outline: expected, diagnostics = [] }) => {
    const { text, ranges } = extractMarkers(input);
    const file = parse(text);
    expect(outline(file)).toEqual(expected);
    const found = file.syntaxFindings.map((d) => ({ code: d.code, severity: d.severity ?? ruleByCode(d.code)!.defaultSeverity, start: d.location.start, end: d.location.end }));
    expect(found).toEqual(diagnostics.map((d, i) => ({ ...d, start: ranges[i]!.start, end: ranges[i]!.end })));
  });
});

describe('the lexer and the grammar', () => {
  // parsePlan reports no lexer or parser errors because there are none: prose takes every
  // character no other token does, and every token sequence is a sequence of lines.
  it('never report an error, and every token lands in one line, in order', () => {
    const piece = fc.constantFrom('kế hoạch', '  số: /KH-SCT', 'văn bản A: x', 'văn bản :', 'I.', '2.1', 'a)', '- ', '//', '\\', '@', '[hạn T]', '\u0001', ' ', '\r', '\r\n');
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(piece, { maxLength: 20 }).map((pieces) => pieces.join('\n')));
    fc.assert(
      fc.property(text, (input) => {
        const lexed = planLexer.tokenize(`${input}\n`);
        expect(lexed.errors).toEqual([]);
        const lines = parseLines(lexed.tokens);
        const named = (token: IToken) => `${token.tokenType.name}@${token.startOffset}`;
        const regrouped = lines.flatMap((line) => [line.indent, line.comment, line.head, ...line.inlines, line.newline].filter((token) => token !== undefined));
        expect(regrouped.map(named)).toEqual(lexed.tokens.map(named));
        expect(lines.every((line) => line.newline !== undefined && !(line.comment && (line.head || line.inlines.length > 0)))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('refuse a token out of its place instead of guessing where it belongs', () => {
    // "x", a line break, "-", " y", a line break: the marker taken out of its line follows prose.
    const [prose, , dash, , newline] = planLexer.tokenize('x\n- y\n').tokens;
    expect(() => parseLines([prose!, dash!, newline!])).toThrow(/DashMarker at offset 2/);
    expect(() => parseLines([prose!])).toThrow(/the end of the text/);
  });
});
