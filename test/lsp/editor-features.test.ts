/**
 * The features editors other than VS Code lean on, driven through the real server over its
 * protocol: inlay hints after deadline dates, the hover on a `hạn` line, folding ranges, semantic
 * tokens, workspace symbols and document links. Fixtures show with `<|>` where an answer stands.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { DocumentLink, FoldingRange, Hover, InlayHint, MarkupContent, SemanticTokens, SymbolInformation } from 'vscode-languageserver';
import { SEMANTIC_TOKENS_LEGEND } from '../../server/src/lsp/to-lsp';
import { transportProblem, withDefaultTransport } from '../../server/src/lsp/transport';
import { dedent } from '../helpers/markers';
import { type OpenedFile, positionIn, startTestServer, type TestClient, uriOf } from './harness';
import { CATALOG, PLAN_HEAD } from './fixtures';

let client: TestClient | undefined;
afterEach(() => {
  client?.dispose();
  client = undefined;
});

async function open(marked: string, files: Record<string, string> = { 'danh-muc.kh': CATALOG }, settings?: { language?: 'vi' | 'en' }): Promise<OpenedFile> {
  client = await startTestServer({ files, ...(settings ? { settings } : {}) });
  return client.open('ke-hoach.kh', marked);
}

/** A plan (issued Friday 10/02/2023) with one task whose deadline is `deadline`. */
function planWithDeadline(deadline: string): string {
  return `${PLAN_HEAD}\nI. Nội dung\n\n1. @VP báo cáo [hạn BC].\n   nhiệm vụ BC: Báo cáo\n     chủ trì: @VP\n     hạn: ${deadline}\n`;
}

function wholeRange(text: string): { start: { line: number; character: number }; end: { line: number; character: number } } {
  return { start: { line: 0, character: 0 }, end: positionIn(text, text.length) };
}

describe('inlay hints after deadline dates', () => {
  // The marker stands where the hint must be: right after the date, or after a computed deadline.
  const cases: { deadline: string; vi: string; en: string }[] = [
    { deadline: 'trước 01/6/2023<|>', vi: 'thứ Năm; ngày làm việc cuối: thứ Tư 31/5/2023', en: 'Thursday; last working day: Wednesday 31/5/2023' },
    { deadline: 'chậm nhất 15/3/2023<|>', vi: 'thứ Tư', en: 'Wednesday' },
    { deadline: 'chậm nhất 01/4/2023<|>', vi: 'thứ Bảy; ngày làm việc cuối: thứ Sáu 31/3/2023', en: 'Saturday; last working day: Friday 31/3/2023' },
    // 2 September 2023 is Quốc khánh, a Saturday; the 1st was given off with it in 2023.
    { deadline: 'chậm nhất 04/9/2023<|>', vi: 'thứ Hai; ngày làm việc cuối: thứ Năm 31/8/2023', en: 'Monday; last working day: Thursday 31/8/2023' },
    { deadline: 'trong quý I/2023<|>', vi: '→ thứ Sáu 31/3/2023', en: '→ Friday 31/3/2023' },
    { deadline: 'trong 5 ngày làm việc kể từ ngày ban hành<|>', vi: '→ thứ Sáu 17/02/2023', en: '→ Friday 17/02/2023' },
    { deadline: 'trong 15 ngày kể từ ngày 01/3/2023<|><|>', vi: 'thứ Tư|→ thứ Năm 16/3/2023', en: 'Wednesday|→ Thursday 16/3/2023' },
    { deadline: 'hằng tháng', vi: '', en: '' },
    // The last day, 31/12/999, is outside the years the tools compute: only the written date's weekday.
    { deadline: 'trước 01/01/1000<|>', vi: 'thứ Tư', en: 'Wednesday' },
    { deadline: 'LF\r\ntrước 01/6/2023<|>', vi: 'thứ Năm; ngày làm việc cuối: thứ Tư 31/5/2023', en: 'Thursday; last working day: Wednesday 31/5/2023' },
  ];

  test.each(cases.flatMap((c) => (['vi', 'en'] as const).map((language) => ({ ...c, language }))))('$deadline ($language)', async ({ deadline, vi, en, language }) => {
    // A case written "LF\r\n…" runs the same plan with CRLF line breaks.
    const crlf = deadline.startsWith('LF\r\n');
    const plan = planWithDeadline(crlf ? deadline.slice(4) : deadline);
    const file = await open(crlf ? plan.replace(/\n/g, '\r\n') : plan, undefined, { language });
    const hints = await client!.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: file.uri }, range: wholeRange(file.text) });
    const expected = (language === 'en' ? en : vi).split('|').filter(Boolean);
    expect(hints.map((hint) => hint.label)).toEqual(expected);
    expect(hints.map((hint) => hint.position)).toEqual(file.markers.map((marker) => marker.start));
  });

  test('only the tasks in the asked range', async () => {
    const file = await open(`${planWithDeadline('trước 01/6/2023')}   nhiệm vụ BC2: Báo cáo\n     hạn: chậm nhất 15/3/2023\n`);
    const last = positionIn(file.text, file.text.length);
    const hints = await client!.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: file.uri }, range: { start: { line: last.line - 1, character: 0 }, end: last } });
    expect(hints.map((hint) => hint.label)).toEqual(['thứ Tư']);
  });
});

describe('hover on a hạn line', () => {
  async function hover(deadline: string, language: 'vi' | 'en' = 'vi'): Promise<string | undefined> {
    const file = await open(planWithDeadline(deadline), undefined, { language });
    const answer = await client!.request<Hover | null>('textDocument/hover', { textDocument: { uri: file.uri }, position: file.markers[0]!.start });
    return (answer?.contents as MarkupContent | undefined)?.value;
  }

  test('says the deadline in words, the weekday of the last day and the holidays crossed since the issue date', async () => {
    const text = await hover('chậm nhất <|>01/5/2023');
    expect(text).toContain('“chậm nhất ngày 01/5/2023”');
    expect(text).toContain('Ngày cuối cùng: thứ Hai 01/5/2023, là ngày Quốc tế Lao động (1/5)');
    expect(text).toContain('ngày làm việc cuối cùng: **thứ Sáu 28/4/2023**');
    expect(text).toMatch(/Ngày nghỉ lễ sau thứ Sáu 10\/02\/2023 đến thứ Hai 01\/5\/2023:\n- thứ Bảy 29\/4\/2023: ngày Giỗ Tổ Hùng Vương/);
    expect(text).toContain('- Chủ nhật 30/4/2023: ngày Chiến thắng (30/4)');
  });

  test('in English', async () => {
    const text = await hover('before 01/6/2023<|>', 'en');
    expect(text).toContain('Last day: **Wednesday 31/5/2023**');
    expect(text).toContain("- Monday 01/5/2023: International Labour Day (1 May)");
  });

  test('a span of centuries lists no holidays, and says why', async () => {
    const text = await hover('trước <|>01/01/2300');
    expect(text).toContain('Ngày cuối cùng: Chủ nhật 31/12/2299, là Chủ nhật; ngày làm việc cuối cùng: **thứ Sáu 29/12/2299**.');
    expect(text).toContain('dài hơn 5 năm: không liệt kê ngày nghỉ lễ');
    expect(text).not.toContain('Không có ngày nghỉ lễ');
  });

  test('a last day outside the years the tools compute is said, not computed', async () => {
    const text = await hover('trước <|>01/01/1000');
    expect(text).toContain('nằm ngoài các năm 1000–9999');
    expect(text).not.toContain('999**');
  });

  test('a deadline with no fixed day says so', async () => {
    expect(await hover('thường <|>xuyên')).toContain('không có ngày cuối cùng cố định');
  });

  test('a relative deadline counts its holidays from the day it counts from', async () => {
    const text = await hover('trong 10 ngày làm việc kể từ ngày <|>28/4/2023');
    // 29/4 to 3/5 were days off in 2023: ten working days (4, 5, 8–12, 15–17 May) end on the 17th.
    expect(text).toContain('Ngày cuối cùng: **thứ Tư 17/5/2023**');
    expect(text).toMatch(/Ngày nghỉ lễ sau thứ Sáu 28\/4\/2023 đến thứ Tư 17\/5\/2023:\n- thứ Bảy 29\/4\/2023/);
    expect(text).toContain('- thứ Tư 03/5/2023: ngày nghỉ bù');
  });

  test('the hover on the task id itself is still the task hover', async () => {
    const file = await open(planWithDeadline('trước 01/6/2023').replace('nhiệm vụ BC:', 'nhiệm vụ B<|>C:'));
    const answer = await client!.request<Hover | null>('textDocument/hover', { textDocument: { uri: file.uri }, position: file.markers[0]!.start });
    expect((answer?.contents as MarkupContent).value).toMatch(/^\*\*Nhiệm vụ BC\*\*/);
  });
});

describe('folding ranges', () => {
  test('header, sections, items, declarations with fields, Nơi nhận and comment runs', async () => {
    const file = await open(dedent(`
      kế hoạch
        cơ quan: Sở Công Thương
        trích yếu: Thực hiện quy chế dân chủ năm 2023
      // Ghi chú một
      // Ghi chú hai
      I. MỤC ĐÍCH

      1. Khoản một
      nói tiếp.
      2. Khoản hai.
         nhiệm vụ BC: Báo cáo
           chủ trì: @VP
           hạn: trước 01/6/2023
      văn bản KH31: Kế hoạch số 31/KH-UBND ngày 17/01/2023 của UBND tỉnh
        trích yếu: về việc khác

      Nơi nhận:
      - Như trên;
      - Lưu: VT.
    `));
    const folds = await client!.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: file.uri } });
    const lines = file.text.split('\n');
    expect(folds.map((fold) => [lines[fold.startLine]!.trim(), lines[fold.endLine]!.trim(), fold.kind])).toEqual([
      ['kế hoạch', 'trích yếu: Thực hiện quy chế dân chủ năm 2023', 'region'],
      ['// Ghi chú một', '// Ghi chú hai', 'comment'],
      // A declaration after an item's task belongs to the item, as the parser places it.
      ['I. MỤC ĐÍCH', 'trích yếu: về việc khác', 'region'],
      ['1. Khoản một', 'nói tiếp.', 'region'],
      ['2. Khoản hai.', 'trích yếu: về việc khác', 'region'],
      ['nhiệm vụ BC: Báo cáo', 'hạn: trước 01/6/2023', 'region'],
      ['văn bản KH31: Kế hoạch số 31/KH-UBND ngày 17/01/2023 của UBND tỉnh', 'trích yếu: về việc khác', 'region'],
      ['Nơi nhận:', '- Lưu: VT.', 'region'],
    ]);
  });
});

describe('semantic tokens', () => {
  /** The tokens decoded from the protocol's relative encoding, as [text, type, modifiers]. */
  function decode(tokens: SemanticTokens, text: string): [string, string, string[]][] {
    const lines = text.split(/\r\n|\r|\n/);
    const decoded: [string, string, string[]][] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [deltaLine, deltaStart, length, type, modifiers] = tokens.data.slice(i, i + 5) as [number, number, number, number, number];
      line += deltaLine;
      character = deltaLine === 0 ? character + deltaStart : deltaStart;
      const names = SEMANTIC_TOKENS_LEGEND.tokenModifiers.filter((_, bit) => modifiers & (1 << bit));
      decoded.push([lines[line]!.slice(character, character + length), SEMANTIC_TOKENS_LEGEND.tokenTypes[type]!, names]);
    }
    return decoded;
  }

  test.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('keywords, ids, dates, units and document references, lines ending in %s', async (_name, lineBreak) => {
    const plan = `${PLAN_HEAD}\n// Ghi chú\nThực hiện @KH30 và @KL120-TW.\n\nI. Nội dung\n\n1. @VP báo cáo [hạn BC].\n   nhiệm vụ BC: Báo cáo\n     chủ trì: @VP\n     hạn: trước 01/6/2023\n   đơn vị PKT: Phòng Kinh tế\n   văn bản QD9: Quyết định số 9/QĐ-UBND ngày 05/01/2023 của UBND tỉnh\n     tình trạng: hết hiệu lực\n\nTheo @QD9 và @KHONG.\n`;
    const file = await open(plan.replace(/\n/g, lineBreak));
    const tokens = await client!.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: file.uri } });
    const decoded = decode(tokens, file.text);
    expect(decoded.slice(0, 4)).toEqual([
      ['kế hoạch', 'keyword', []],
      ['cơ quan chủ quản', 'property', []],
      ['cơ quan', 'property', []],
      ['số', 'property', []],
    ]);
    expect(decoded).toEqual(
      expect.arrayContaining([
        ['ngày', 'property', []],
        ['10/02/2023', 'number', []],
        ['// Ghi chú', 'comment', []],
        ['@KH30', 'class', []],
        ['@KL120-TW', 'class', ['defaultLibrary']],
        ['I.', 'keyword', []],
        ['1.', 'keyword', []],
        ['@VP', 'namespace', []],
        ['BC', 'event', []],
        ['nhiệm vụ', 'keyword', []],
        ['BC', 'event', ['declaration']],
        ['chủ trì', 'property', []],
        ['hạn', 'property', []],
        ['01/6/2023', 'number', []],
        ['đơn vị', 'keyword', []],
        ['PKT', 'namespace', ['declaration']],
        ['văn bản', 'keyword', []],
        ['QD9', 'class', ['declaration', 'deprecated']],
        ['@QD9', 'class', ['deprecated']],
        ['@KHONG', 'variable', []],
      ]),
    );
    // Sorted and never overlapping, as the encoding requires: every delta is forward.
    for (let i = 0; i < tokens.data.length; i += 5) expect(tokens.data[i]! > 0 || i === 0 || tokens.data[i + 1]! > 0).toBe(true);
  });
});

describe('workspace symbols', () => {
  const files = {
    'danh-muc.kh': CATALOG,
    // A plan that is never opened: its declarations are found all the same.
    'khac/ke-hoach-2.kh': `${PLAN_HEAD}\nI. Nội dung\n\n1. Báo cáo.\n   nhiệm vụ BC6T: Báo cáo 06 tháng đầu năm\n     hạn: trước 01/6/2023\n`,
  };

  test.each([
    { query: 'noi vu', names: ['SNV: Sở Nội vụ'] },
    { query: 'Nội Vụ', names: ['SNV: Sở Nội vụ'] },
    { query: 'snv', names: ['SNV: Sở Nội vụ'] },
    { query: 'bao cao 06', names: ['BC6T: Báo cáo 06 tháng đầu năm'] },
    // The exact id first, then ids that start with the query, then the words.
    { query: 'VP', names: ['VP: Văn phòng Sở'] },
    { query: 'dan van', names: ['KH30: Kế hoạch số 30/KH-UBND ngày 17/01/2023 của UBND tỉnh'] },
    { query: 'khong co gi', names: [] },
  ])('"$query"', async ({ query, names }) => {
    client = await startTestServer({ files });
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query });
    expect(symbols.map((symbol) => symbol.name)).toEqual(names);
  });

  test('a symbol opens the file and the id it is declared at', async () => {
    client = await startTestServer({ files });
    const [symbol] = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'BC6T' });
    expect(symbol!.location.uri).toBe(uriOf('khac/ke-hoach-2.kh'));
    expect(symbol!.location.range.start).toEqual(positionIn(files['khac/ke-hoach-2.kh'], dedent(files['khac/ke-hoach-2.kh']).indexOf('BC6T')));
  });

  test('ids rank before words', async () => {
    client = await startTestServer({ files: { 'danh-muc.kh': 'đơn vị VPX: Văn phòng khác\nđơn vị AB: Phòng VP cũ\nđơn vị VP: Văn phòng Sở\n' } });
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'vp' });
    expect(symbols.map((symbol) => symbol.name)).toEqual(['VP: Văn phòng Sở', 'VPX: Văn phòng khác', 'AB: Phòng VP cũ']);
  });
});

describe('document links', () => {
  test('a citation links to its declaration in a catalog file, a built-in document to its source', async () => {
    const file = await open(`${PLAN_HEAD}\nThực hiện @<|KH30|> và @<|KL120-TW|>.\n`);
    const links = await client!.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: file.uri } });
    expect(links.map((link) => link.range)).toEqual(file.markers);
    const catalogLine = dedent(CATALOG).split('\n').findIndex((line) => line.includes('KH30'));
    expect(links[0]!.target).toBe(`${uriOf('danh-muc.kh')}#L${catalogLine + 1},9`);
    expect(links[0]!.tooltip).toBe(`Khai báo tại danh-muc.kh:${catalogLine + 1}`);
    expect(links[1]!.target).toMatch(/^https:\/\/\S+[^.]$/);
  });

  test('a declaration in the same plan and the web address of its nguồn', async () => {
    const file = await open(`${PLAN_HEAD}\nThực hiện @<|QD9|>.\nvăn bản QD9: Quyết định số 9/QĐ-UBND ngày 05/01/2023 của UBND tỉnh\n  nguồn: bản gốc tại <|https://example.org/qd9|>.\n`);
    const links = await client!.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: file.uri } });
    expect(links.map((link) => link.range)).toEqual(file.markers);
    expect(links.map((link) => link.target)).toEqual([`${file.uri}#L${file.markers[0]!.start.line + 2},9`, 'https://example.org/qd9']);
  });
});

describe('transport', () => {
  test.each([
    { args: [], expected: ['--stdio'] },
    { args: ['--stdio'], expected: ['--stdio'] },
    { args: ['--node-ipc'], expected: ['--node-ipc'] },
    { args: ['--socket=6009'], expected: ['--socket=6009'] },
    { args: ['--socket', '6009'], expected: ['--socket', '6009'] },
    { args: ['lsp', '--clientProcessId', '12'], expected: ['lsp', '--clientProcessId', '12', '--stdio'] },
    { args: ['--stdiox'], expected: ['--stdiox', '--stdio'] },
  ])('$args → $expected', ({ args, expected }) => {
    expect(withDefaultTransport(args)).toEqual(expected);
    expect(transportProblem(args)).toBeUndefined();
  });

  test.each([
    { args: ['--socket=abc'], words: /--socket cần một cổng TCP .* "abc"/ },
    { args: ['--socket'], words: /không phải ""/ },
    { args: ['--socket=70000'], words: /"70000"/ },
    { args: ['--pipe='], words: /--pipe cần tên/ },
  ])('$args is refused in words', ({ args, words }) => {
    expect(transportProblem(args)?.vi).toMatch(words);
  });
});
