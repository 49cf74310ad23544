import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import type {
  CodeAction,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  Hover,
  Location,
  MarkupContent,
  Range,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';
import { newPlanSnippet } from '../../server/src/lsp/template';
import { type OpenedFile, startTestServer, type TestClient, uriOf } from './harness';
import { CATALOG, PLAN_HEAD } from './fixtures';

let client: TestClient | undefined;
afterEach(() => {
  client?.dispose();
  client = undefined;
});

async function start(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestClient> {
  client = await startTestServer({ files: { 'danh-muc.kh': CATALOG }, ...options });
  return client;
}

/**
 * Applies LSP edits to a text, last first so earlier positions stay valid. Lines end at LF, CRLF or
 * a lone CR, as the protocol says.
 */
function applyEdits(text: string, edits: TextEdit[]): string {
  const lineStarts = [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((lineBreak) => lineBreak.index + lineBreak[0].length)];
  const offset = (position: Range['start']): number => lineStarts[position.line]! + position.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((current, edit) => current.slice(0, offset(edit.range.start)) + edit.newText + current.slice(offset(edit.range.end)), text);
}

function at(file: OpenedFile, index = 0): { textDocument: { uri: string }; position: Range['start'] } {
  return { textDocument: { uri: file.uri }, position: file.markers[index]!.start };
}

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => String(diagnostic.code));
}

describe('diagnostics', () => {
  test('arrive on open with the rule code, its link and the range of the id, and go when the text is fixed', async () => {
    const server = await start({ initializationOptions: { rulesDocUri: 'https://example.org/docs/rules.md' } });
    const plan = await server.open('ke-hoach.kh', `${PLAN_HEAD}\nThực hiện @<|KHONG|>, Sở xây dựng kế hoạch.\n`);
    const unknown = plan.diagnostics.find((diagnostic) => diagnostic.code === 'ref/unknown');
    expect(unknown?.range).toEqual({ start: plan.markers[0]!.start, end: plan.markers[0]!.end });
    expect(unknown?.codeDescription?.href).toBe('https://example.org/docs/rules.md#refunknown');
    expect(unknown?.message).toMatch(/Chưa khai báo "KHONG"/);

    const after = await server.change(plan.uri, plan.text.replace('@KHONG', '@KH30'));
    expect(codes(after)).not.toContain('ref/unknown');
  });

  test('speak English when the setting asks', async () => {
    const server = await start({ settings: { language: 'en' } });
    const plan = await server.open('ke-hoach.kh', `${PLAN_HEAD}\nThực hiện @KHONG.\n`);
    expect(plan.diagnostics.find((diagnostic) => diagnostic.code === 'ref/unknown')?.message).toMatch(/KHONG/);
    expect(plan.diagnostics.find((diagnostic) => diagnostic.code === 'ref/unknown')?.message).not.toMatch(/Chưa khai báo/);
  });

  test('follow a declaration edited in another open file', async () => {
    const server = await start();
    const plan = await server.open('ke-hoach.kh', `${PLAN_HEAD}\nThực hiện @KH30 và @QD12.\n`);
    expect(codes(plan.diagnostics)).not.toContain('ref/unknown');
    const catalog = await server.open('danh-muc.kh', CATALOG);
    const planAgain = server.diagnosticsWhere(plan.uri, (params) => codes(params.diagnostics).includes('ref/unknown'));
    await server.change(catalog.uri, catalog.text.replace('văn bản QD12', 'văn bản QD13'));
    const unknown = (await planAgain).diagnostics.find((diagnostic) => diagnostic.code === 'ref/unknown');
    expect(unknown?.message).toContain('QD12');
  });
});

describe('completion', () => {
  async function complete(marked: string): Promise<{ list: CompletionList; file: OpenedFile }> {
    const server = await start();
    const file = await server.open('ke-hoach.kh', marked);
    const list = await server.request<CompletionList>('textDocument/completion', at(file));
    return { list, file };
  }

  test('after @ finds documents by their subject typed without diacritics', async () => {
    const { list, file } = await complete(`${PLAN_HEAD}\nThực hiện @dan van<|>\n`);
    const labels = list.items.map((item) => item.label);
    expect(labels[0]).toBe('KH30');
    expect(labels).not.toContain('QD12');
    expect(list.isIncomplete).toBe(true);
    const edit = list.items[0]!.textEdit as TextEdit;
    expect(edit.range.end).toEqual(file.markers[0]!.start);
    expect(applyEdits(file.text, [edit])).toMatch(/^Thực hiện @KH30$/m);
    expect(list.items[0]!.detail).toBe('Kế hoạch số 30/KH-UBND');
  });

  test('in a new, unsaved plan offers the documents of the workspace folder', async () => {
    const server = await start();
    const uri = 'untitled:Untitled-1';
    const text = 'Thực hiện @dan van';
    const published = server.nextDiagnostics(uri);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kehoach', version: 1, text } });
    await published;
    const list = await server.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: text.length } });
    expect(list.items[0]?.label).toBe('KH30');
  });

  test('after @ offers units by name', async () => {
    const { list } = await complete(`${PLAN_HEAD}\n1. @van phong<|>\n`);
    // The unit comes first; documents of the built-in catalog whose words hold the same letters may follow it.
    expect(list.items[0]?.label).toBe('VP');
  });

  test('inside a group @{…} offers the documents not yet in it, by id or by words, after the brace or a separator', async () => {
    const first = await complete(`${PLAN_HEAD}\nCăn cứ @{<|>\n`);
    expect(first.list.items.map((item) => item.label)).toEqual(expect.arrayContaining(['KH30', 'QD12']));
    const byWords = await complete(`${PLAN_HEAD}\nCăn cứ @{QD12, dan van<|>\n`);
    expect(byWords.list.items.map((item) => item.label)[0]).toBe('KH30');
    const next = await complete(`${PLAN_HEAD}\nCăn cứ @@{KH30; QD<|>\n`);
    const labels = next.list.items.map((item) => item.label);
    expect(labels[0]).toBe('QD12');
    // Written members are not offered again, and units are no member of a group.
    expect(labels).not.toContain('KH30');
    expect(labels).not.toContain('VP');
    const edit = next.list.items[0]!.textEdit as TextEdit;
    expect(applyEdits(next.file.text, [edit])).toMatch(/^Căn cứ @@\{KH30; QD12$/m);
  });

  test('after @ offers the documents of the built-in catalog', async () => {
    const { list } = await complete(`${PLAN_HEAD}\nThực hiện @ket luan 120<|>\n`);
    expect(list.items.map((item) => item.label)).toContain('KL120-TW');
  });

  test('after [hạn offers the tasks of the plan', async () => {
    const { list } = await complete(`${PLAN_HEAD}\nI. Nội dung\n\n1. Báo cáo [hạn <|>\n   nhiệm vụ BC6T: Báo cáo 06 tháng\n     hạn: trước 01/6/2023\n`);
    expect(list.items.map((item) => item.label)).toEqual(['BC6T']);
  });

  test('at the start of a line inside a task offers its fields', async () => {
    const { list } = await complete(`${PLAN_HEAD}\nI. Nội dung\n\n1. Báo cáo.\n   nhiệm vụ BC6T: Báo cáo 06 tháng\n     chu<|>\n`);
    const labels = list.items.map((item) => item.label);
    expect(labels).toContain('chủ trì');
    expect(labels).toContain('hạn');
    expect(labels).not.toContain('cơ quan');
    expect(list.items.find((item) => item.label === 'chủ trì')?.filterText).toContain('chu tri');
  });

  test('a space typed in prose opens no keyword list', async () => {
    const server = await start();
    const file = await server.open('ke-hoach.kh', `${PLAN_HEAD}\nThực hiện <|>\n`);
    const list = await server.request<CompletionList>('textDocument/completion', { ...at(file), context: { triggerKind: 2, triggerCharacter: ' ' } });
    expect(list.items).toEqual([]);
  });

  test('at the start of an unindented line offers the keywords', async () => {
    const { list } = await complete(`${PLAN_HEAD}\n<|>\n`);
    expect(list.items.map((item) => item.label)).toEqual(expect.arrayContaining(['văn bản', 'đơn vị', 'nhiệm vụ', 'nơi nhận', 'ký']));
  });
});

describe('hover', () => {
  test('on a document reference shows its full citation, status and where it is declared', async () => {
    const server = await start();
    const plan = await server.open('ke-hoach.kh', `${PLAN_HEAD}\nThực hiện @KH<|>30.\n`);
    const hover = await server.request<Hover>('textDocument/hover', at(plan));
    const value = (hover.contents as MarkupContent).value;
    expect(value).toContain('Kế hoạch số 30/KH-UBND ngày 17/01/2023 của UBND tỉnh Thực hiện quy chế dân chủ');
    expect(value).toContain('Tình trạng: chưa ghi');
    expect(value).toContain('danh-muc.kh:1');
  });

  test('on a member of a group and on @@ID shows the document, as on @ID', async () => {
    const server = await start();
    for (const prose of ['Căn cứ @{KH30, QD<|>12};', 'Nhắc lại @@QD<|>12.']) {
      const plan = await server.open('ke-hoach.kh', `${PLAN_HEAD}\n${prose}\n`);
      const hover = await server.request<Hover>('textDocument/hover', at(plan));
      expect((hover.contents as MarkupContent).value, prose).toContain('Quyết định số 12/QĐ-UBND ngày 05/01/2023 của UBND tỉnh');
    }
  });

  test('on a unit shows its name', async () => {
    const server = await start();
    const plan = await server.open('ke-hoach.kh', `${PLAN_HEAD}\nI. Nội dung\n\n1. @V<|>P chủ trì.\n`);
    const hover = await server.request<Hover>('textDocument/hover', at(plan));
    expect((hover.contents as MarkupContent).value).toContain('**VP** — Văn phòng Sở');
  });

  test('on [hạn ID] shows the deadline and the last working day when it falls on a day off', async () => {
    const server = await start();
    const plan = await server.open(
      'ke-hoach.kh',
      `${PLAN_HEAD}\nI. Nội dung\n\n1. Báo cáo [hạn B<|>C].\n   nhiệm vụ BC: Báo cáo quý I\n     chủ trì: @VP\n     hạn: chậm nhất 01/4/2023\n`,
    );
    const hover = await server.request<Hover>('textDocument/hover', at(plan));
    const value = (hover.contents as MarkupContent).value;
    expect(value).toContain('Thời hạn: chậm nhất 01/4/2023');
    expect(value).toContain('Ngày cuối cùng: thứ Bảy 01/4/2023');
    expect(value).toContain('ngày làm việc cuối cùng: thứ Sáu 31/3/2023');
  });
});

describe('navigation', () => {
  const plan = `${PLAN_HEAD}\nI. Nội dung\n\n1. @V<|>P chủ trì, @VP báo cáo @SNV.\n`;

  test('go to definition jumps to the catalog file', async () => {
    const server = await start();
    const file = await server.open('ke-hoach.kh', plan);
    const location = await server.request<Location>('textDocument/definition', at(file));
    expect(location.uri).toBe(uriOf('danh-muc.kh'));
    expect(location.range.start).toEqual({ line: 4, character: 7 });
  });

  test('find references lists the declaration and both mentions', async () => {
    const server = await start();
    const file = await server.open('ke-hoach.kh', plan);
    const locations = await server.request<Location[]>('textDocument/references', { ...at(file), context: { includeDeclaration: true } });
    expect(locations.map((location) => `${location.uri.replace(/.*\//, '')}:${location.range.start.line}:${location.range.start.character}`)).toEqual([
      'danh-muc.kh:4:7',
      'ke-hoach.kh:9:4',
      'ke-hoach.kh:9:17',
    ]);
  });

  test('rename changes the declaration and every reference across files', async () => {
    const server = await start();
    const file = await server.open('ke-hoach.kh', plan);
    const prepared = await server.request<{ placeholder: string }>('textDocument/prepareRename', at(file));
    expect(prepared.placeholder).toBe('VP');
    const edit = await server.request<WorkspaceEdit>('textDocument/rename', { ...at(file), newName: 'VPS' });
    expect(applyEdits(file.text, edit.changes![file.uri]!)).toContain('1. @VPS chủ trì, @VPS báo cáo @SNV.');
    const catalogText = server.fs.files.get('/ws/danh-muc.kh')!;
    expect(applyEdits(catalogText, edit.changes![uriOf('danh-muc.kh')]!)).toContain('đơn vị VPS: Văn phòng Sở');
  });

  test('rename refuses an id of the built-in catalog and an invalid new id', async () => {
    const server = await start();
    const file = await server.open('ke-hoach.kh', `${PLAN_HEAD}\nThực hiện @KL<|>120-TW và @V<|>P.\n`);
    await expect(server.request('textDocument/prepareRename', at(file, 0))).rejects.toThrow(/danh mục kèm theo công cụ/);
    await expect(server.request('textDocument/rename', { ...at(file, 1), newName: 'Văn phòng' })).rejects.toThrow(/không phải là mã hợp lệ/);
  });
});

describe('quick fixes', () => {
  test('a deadline on a Saturday is fixed to the last working day, not preferred since it changes the plan', async () => {
    const server = await start();
    const file = await server.open(
      'ke-hoach.kh',
      `${PLAN_HEAD}\nI. Nội dung\n\n1. Báo cáo.\n   nhiệm vụ BC: Báo cáo quý I\n     chủ trì: @VP\n     hạn: chậm nhất 01/4/2023\n`,
    );
    const diagnostic = file.diagnostics.find((candidate) => candidate.code === 'deadline/non-working-day')!;
    expect(diagnostic).toBeDefined();
    const actions = await server.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: file.uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    const fix = actions.find((action) => action.diagnostics?.[0]?.code === 'deadline/non-working-day')!;
    expect(fix.title).toMatch(/31\/3\/2023/);
    expect(fix.isPreferred).toBe(false);
    expect(applyEdits(file.text, fix.edit!.changes![file.uri]!)).toMatch(/hạn: chậm nhất (ngày )?31\/3\/2023$/m);
  });

  test('in a file with CR line breaks, a fix edits the line it is for and an inserted line ends with CR', async () => {
    const server = await start();
    const text = `${PLAN_HEAD.replace('\n  cơ quan: ', '\ncơ quan: ')}\nThực hiện @KH30.\n`.replace(/\n/g, '\r');
    const file = await server.open('ke-hoach.kh', text);
    const quickFix = async (code: string): Promise<string> => {
      const diagnostic = file.diagnostics.find((candidate) => candidate.code === code)!;
      const actions = await server.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: file.uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only: ['quickfix'] },
      });
      return applyEdits(file.text, actions.find((action) => action.diagnostics?.[0]?.code === code)!.edit!.changes![file.uri]!);
    };
    const indentation = file.diagnostics.find((candidate) => candidate.code === 'syntax/field-indentation');
    expect(indentation?.range.start).toEqual({ line: 2, character: 0 });
    expect(await quickFix('syntax/field-indentation')).toBe(text.replace('\rcơ quan: ', '\r  cơ quan: '));
    expect(await quickFix('recipients/missing')).toBe(`${text}nơi nhận:\r  - Lưu: VT\r`);
  });

  test('fix all applies every safe fix of the file at once', async () => {
    const server = await start();
    const file = await server.open(
      'ke-hoach.kh',
      `${PLAN_HEAD}\nThực hiện @A và @B.\n\nvăn bản A: Kế hoạch số 31 /KH-UBND ngày 17/01/2023 của UBND tỉnh\nvăn bản B: Quyết định số 7/QĐ-UBND, ngày 05/01/2023 của UBND tỉnh\n`,
    );
    const actions = await server.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: file.uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(actions).toHaveLength(1);
    const fixed = applyEdits(file.text, actions[0]!.edit!.changes![file.uri]!);
    expect(fixed).toContain('văn bản A: Kế hoạch số 31/KH-UBND ngày 17/01/2023 của UBND tỉnh\nvăn bản B: Quyết định số 7/QĐ-UBND ngày 05/01/2023');
  });
});

describe('document features', () => {
  test('formatting removes trailing blanks, composes letters and ends the file with a line break, never changing words', async () => {
    const server = await start();
    const decomposed = 'Thực hiện'.normalize('NFD');
    const file = await server.open('ke-hoach.kh', `${PLAN_HEAD}\n${decomposed} @KH30.   \nI. Nội dung\t\n`);
    const edits = await server.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: file.uri }, options: { tabSize: 2, insertSpaces: true } });
    expect(applyEdits(file.text, edits)).toBe(`${file.text.replace(`${decomposed} @KH30.   `, 'Thực hiện @KH30.').replace('I. Nội dung\t', 'I. Nội dung')}\n`);
  });

  test('formatting renumbers the body and indents fields; range formatting keeps to the selected lines', async () => {
    const server = await start();
    const file = await server.open('ke-hoach.kh', `${PLAN_HEAD}\nI. Mục đích\n\nII. Nội dung\n1.  Một.\n\nII. Tổ chức thực hiện\n1. @VP báo cáo.\n   nhiệm vụ BC: Báo cáo\n   hạn: trước 01/6/2023\n`);
    const options = { tabSize: 2, insertSpaces: true };
    const whole = await server.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: file.uri }, options });
    expect(applyEdits(file.text, whole)).toBe(`${PLAN_HEAD}\nI. Mục đích\n\nII. Nội dung\n1. Một.\n\nIII. Tổ chức thực hiện\n1. @VP báo cáo.\n   nhiệm vụ BC: Báo cáo\n     hạn: trước 01/6/2023\n`);
    const range = { start: { line: 12, character: 0 }, end: { line: 16, character: 0 } };
    const partial = await server.request<TextEdit[]>('textDocument/rangeFormatting', { textDocument: { uri: file.uri }, range, options });
    expect(applyEdits(file.text, partial)).toBe(`${PLAN_HEAD}\nI. Mục đích\n\nII. Nội dung\n1.  Một.\n\nIII. Tổ chức thực hiện\n1. @VP báo cáo.\n   nhiệm vụ BC: Báo cáo\n     hạn: trước 01/6/2023\n`);
  });

  test('the outline nests mục, khoản and tasks under the header', async () => {
    const server = await start();
    const file = await server.open(
      'ke-hoach.kh',
      `${PLAN_HEAD}\nI. Nội dung\n\n1. Báo cáo\n\nBáo cáo định kỳ.\n   nhiệm vụ BC: Báo cáo quý I\n     hạn: trước 01/4/2023\n\nII. Tổ chức thực hiện\n`,
    );
    const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: file.uri } });
    expect(symbols.map((symbol) => symbol.name)).toEqual(['Kế hoạch: Thực hiện quy chế dân chủ năm 2023', 'I. Nội dung', 'II. Tổ chức thực hiện']);
    const khoan = symbols[1]!.children![0]!;
    expect(khoan.name).toBe('1. Báo cáo');
    expect(khoan.children!.map((symbol) => symbol.name)).toEqual(['BC: Báo cáo quý I']);
  });

  test('the outline puts the mục of each Phần under it', async () => {
    const server = await start();
    const file = await server.open('ke-hoach.kh', `${PLAN_HEAD}\nPHẦN THỨ NHẤT. ĐÁNH GIÁ\n\nI. Kết quả\n\nPhần thứ hai\nNhiệm vụ\n\nI. Nhiệm vụ\n\n1. Báo cáo.\n`);
    const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: file.uri } });
    const parts = symbols.slice(1);
    expect(parts.map((symbol) => [symbol.name, symbol.kind])).toEqual([
      ['PHẦN THỨ NHẤT. ĐÁNH GIÁ', SymbolKind.Package],
      ['Phần thứ hai Nhiệm vụ', SymbolKind.Package],
    ]);
    expect(parts.map((symbol) => symbol.children!.map((child) => child.name))).toEqual([['I. Kết quả'], ['I. Nhiệm vụ']]);
    expect(parts[1]!.children![0]!.children!.map((child) => child.name)).toEqual(['1. Báo cáo.']);
  });

  test('preview gives the HTML with source offsets; build writes the DOCX under out/, and refuses a plan with errors', async () => {
    const server = await start();
    const file = await server.open('ke-hoach.kh', `${PLAN_HEAD}\nThực hiện @KH30.\n\nI. Nội dung\n\n1. Báo cáo.\n\nký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A\n`);
    const preview = await server.request<{ html: string; version: number }>('kehoach/preview', { uri: file.uri });
    expect(preview.version).toBe(1);
    expect(preview.html).toContain('data-loc=');
    expect(preview.html).toContain('Kế hoạch số 30/KH-UBND');
    const build = await server.request<{ path: string }>('kehoach/build', { uri: file.uri, format: 'docx' });
    expect(build.path).toBe('/ws/out/ke-hoach.docx');
    const bytes = server.fs.written.get('/ws/out/ke-hoach.docx')!;
    expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK');
    const broken = await server.open('loi.kh', `${PLAN_HEAD}\nThực hiện @KHONGCO.\n\nký: GIÁM ĐỐC / Nguyễn Văn A\n`);
    const refused = await server.request<{ path?: string; error?: string }>('kehoach/build', { uri: broken.uri, format: 'docx' });
    expect(refused.path).toBeUndefined();
    expect(refused.error).toMatch(/lỗi/);
    expect(server.fs.written.has('/ws/out/loi.docx')).toBe(false);
  });

  test('a new plan takes the header of the workspace plan; the snippet file is the empty template', async () => {
    const server = await start({ files: { 'danh-muc.kh': CATALOG, 'cu.kh': PLAN_HEAD } });
    const result = await server.request<{ snippet: string }>('kehoach/newPlan', { uri: uriOf('') });
    expect(result.snippet).toContain('cơ quan: ${2:Sở Công Thương}');
    expect(result.snippet).toContain('số: ${3:/KH-SCT}');
    const snippets = JSON.parse(readFileSync(new URL('../../snippets/kehoach.json', import.meta.url), 'utf8')) as Record<string, { body: string[] }>;
    expect(Object.values(snippets)[0]!.body.join('\n')).toBe(newPlanSnippet());
  });

  test('a request about an unknown document is answered, and the server keeps working', async () => {
    const server = await start();
    const hover = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri: 'untitled:Untitled-1' }, position: { line: 0, character: 0 } });
    expect(hover).toBeNull();
    const file = await server.open('ke-hoach.kh', `${PLAN_HEAD}\nThực hiện @KHONG.\n`);
    expect(codes(file.diagnostics)).toContain('ref/unknown');
  });
});
