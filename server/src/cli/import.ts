/**
 * `kehoach import`: writes a plan in the language from a document the drafter already has.
 *
 *   kehoach import <van-ban.docx | .odt | .pdf | .txt> [-o ke-hoach.kh] [--catalog danh-muc.kh] [--lang vi|en]
 *
 * The plan is what the recogniser reads (server/src/original/recognise.ts): the header fields,
 * each document cited in full declared once and referred to, căn cứ, sections and items, the
 * tasks with their lead, helpers and deadline (server/src/original/recognise-tasks.ts) and the
 * units they name, Nơi nhận and the signer; every word of the original is kept, and what is not
 * understood stays prose, so building the plan gives the original's text back. Nothing is
 * corrected. The units and documents the workspace's catalogs declare are referred to by their
 * ids, and no id the import makes is one the workspace has. With `--catalog`, the documents are
 * declared in that catalog file instead, appended to it (server/src/cli/import-catalog.ts).
 * Then it prints a report: what was recognised, per kind (tasks and units too), what stayed
 * prose, and the original's diagnostics, as `kehoach check` gives them.
 *
 * Where it goes: `-o`, or the original's name with `.kh` beside it. It is always a new file: an
 * existing one (a plan, anything) is never replaced, even one created while the import ran.
 * Exit codes: 0 written, 2 a document that cannot be read, or a plan or catalog that cannot be written.
 */
import { lstatSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Command } from 'commander';
import { shownSafely } from '../base/characters';
import { type Language, type Message, messageIn } from '../base/diagnostic';
import { WorkingCalendar } from '../deadline/calendar';
import { WriteError } from '../node/atomic-write';
import { ioMessage } from '../node/io-messages';
import { writeNewFile } from '../node/new-file';
import { checkOriginal } from '../original/check-original';
import { knownDeclarations } from '../original/known-declarations';
import { workspaceRootOf } from '../project/discovery';
import type { RecognisedCounts, RecogniseOptions } from '../original/recognise';
import { formatHuman } from './format/human';
import { appendToCatalog, catalogAddition, type ImportCatalog, openImportCatalog } from './import-catalog';
import { EXIT_OK, EXIT_USAGE, type CliIO } from './io';
import { originalTypeOf, readOriginalFile } from './originals';
import { displayPath, fileUri, loadWorkspaces, nodeDiscoveryFiles } from './workspace';

export interface ImportCommandOptions {
  output?: string;
  catalog?: string;
  lang?: string;
}

export function defineImportCommand(program: Command, io: CliIO, setExitCode: (code: number) => void, version: string): void {
  program
    .command('import')
    .description('Nhập văn bản Word, OpenDocument, PDF hay văn bản thuần thành kế hoạch .kh / import a Word, OpenDocument, PDF or text document as a .kh plan')
    .argument('<file>', 'văn bản .docx, .odt, .pdf hoặc .txt / a .docx, .odt, .pdf or .txt document')
    .option('-o, --output <path>', 'tệp .kh mới (mặc định: cùng tên, cạnh văn bản) / the new .kh file (default: the same name beside the document)')
    .option('--catalog <path>', 'khai báo các văn bản được trích dẫn vào tệp danh mục .kh này (thêm vào cuối, tạo nếu chưa có) / declare the cited documents in this .kh catalog file (appended, created if missing)')
    .option('--lang <language>', 'ngôn ngữ của báo cáo / report language: vi | en')
    .action(async (file: string, options: ImportCommandOptions) => {
      setExitCode(await runImport(file, options, io, version));
    });
}

/** How an import reads a document, here and in the editor (server/src/lsp/import.ts). */
export const IMPORT_RECOGNITION: RecogniseOptions = { declareDocuments: true };

/** The kinds the report counts, in the order it prints them. */
const KINDS: readonly { key: keyof RecognisedCounts; vi: string; en: string }[] = [
  { key: 'headerFields', vi: 'trường phần đầu', en: 'header fields' },
  { key: 'documents', vi: 'văn bản được trích dẫn (khai báo một lần)', en: 'cited documents (declared once)' },
  { key: 'bases', vi: 'căn cứ', en: 'legal bases' },
  { key: 'parts', vi: 'phần', en: 'parts' },
  { key: 'sections', vi: 'mục', en: 'sections' },
  { key: 'items', vi: 'khoản', en: 'items' },
  { key: 'points', vi: 'điểm', en: 'points' },
  { key: 'bullets', vi: 'gạch đầu dòng', en: 'bullets' },
  { key: 'recipients', vi: 'nơi nhận', en: 'recipients' },
  { key: 'signerParts', vi: 'dòng người ký', en: 'signer lines' },
  { key: 'paragraphs', vi: 'đoạn văn xuôi', en: 'prose paragraphs' },
  { key: 'tasks', vi: 'nhiệm vụ (chủ trì, phối hợp, thời hạn)', en: 'tasks (lead, helpers, deadline)' },
  { key: 'units', vi: 'đơn vị khai báo trong kế hoạch', en: 'units declared in the plan' },
  { key: 'catalogUnits', vi: 'đơn vị của danh mục', en: 'units of the catalogs' },
];

/** "3 header fields, 2 sections, …": what an import recognised, per kind, or "nothing". */
export function recognisedSummary(counts: RecognisedCounts, language: Language): string {
  const found = KINDS.filter((kind) => counts[kind.key] > 0).map((kind) => `${counts[kind.key]} ${language === 'en' ? kind.en : kind.vi}`);
  if (found.length > 0) return found.join(', ');
  return language === 'en' ? 'nothing' : 'không có gì';
}

/** What the import left as prose, for its report: always the citations it could not refer to, and the clauses and deadlines its task reading did not take. */
function proseSummary(left: { leads: number; deadlines: number }, language: Language): string {
  const parts = [
    language === 'en'
      ? 'citations written otherwise than the compiler prints them (so their defects stay visible), the wording of every task'
      : 'trích dẫn viết khác cách trình biên dịch in (để kiểm tra thấy lỗi của nó), lời văn của mọi nhiệm vụ',
  ];
  if (left.leads > 0) parts.push(language === 'en' ? `${left.leads} clause(s) saying "chủ trì" whose lead is not clear` : `${left.leads} câu có "chủ trì" mà không rõ đơn vị chủ trì`);
  if (left.deadlines > 0) parts.push(language === 'en' ? `${left.deadlines} deadline(s) of no task it could read` : `${left.deadlines} thời hạn không thuộc nhiệm vụ nào đọc được`);
  return parts.join('; ');
}

/** The catalog `--catalog` names, read, if the plan's workspace holds it: a catalog elsewhere could not be referred to. */
function importCatalogIn(path: string, root: string): ImportCatalog | { error: Message } {
  if (workspaceRootOf(path, nodeDiscoveryFiles) !== root) {
    return {
      error: {
        vi: 'Danh mục không thuộc thư mục làm việc của kế hoạch, nên kế hoạch không tham chiếu được các mã trong đó: hãy đặt nó cạnh kế hoạch (hoặc trong thư mục của kehoach.config.json).',
        en: 'The catalog is not in the plan’s workspace, so the plan could not refer to its ids: put it beside the plan (or in the folder of kehoach.config.json).',
      },
    };
  }
  return openImportCatalog(path);
}

/** Whether anything, a link to nothing included, is at `path`. */
function existsOrLink(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

export async function runImport(file: string, options: ImportCommandOptions, io: CliIO, version: string): Promise<number> {
  if (options.lang !== undefined && options.lang !== 'vi' && options.lang !== 'en') {
    io.stderr('kehoach: --lang là vi hoặc en / --lang is vi or en\n');
    return EXIT_USAGE;
  }
  // --lang, else the configured language once the workspace the plan joins is read, else Vietnamese.
  let language: Language = (options.lang as Language | undefined) ?? 'vi';
  const say = (vi: string, en: string) => (language === 'en' ? en : vi);
  const source = resolve(io.cwd, file);
  if (!originalTypeOf(source)) {
    io.stderr(`${shownSafely(file)}: ${say('nhập được văn bản .docx, .odt, .pdf hoặc .txt', 'a .docx, .odt, .pdf or .txt document can be imported')}\n`);
    return EXIT_USAGE;
  }
  const target = resolve(io.cwd, options.output ?? `${source.slice(0, source.length - extname(source).length)}.kh`);
  if (extname(target).toLowerCase() !== '.kh') {
    io.stderr(`${shownSafely(displayPath(io, target))}: ${say('kế hoạch nhập vào là tệp .kh', 'the imported plan is a .kh file')}\n`);
    return EXIT_USAGE;
  }
  const catalogPath = options.catalog !== undefined ? resolve(io.cwd, options.catalog) : undefined;
  if (catalogPath !== undefined && (extname(catalogPath).toLowerCase() !== '.kh' || catalogPath === target)) {
    io.stderr(`${shownSafely(displayPath(io, catalogPath))}: ${say('danh mục là một tệp .kh khác tệp kế hoạch', 'the catalog is a .kh file other than the plan')}\n`);
    return EXIT_USAGE;
  }

  // The workspace the new plan joins is read first: its catalogs name the units and documents the
  // plan refers to, and the original is checked in it, so they resolve.
  const uri = fileUri(target);
  const workspace = loadWorkspaces([target], io, new Map([[target, '']])).workspaces[0];
  language = (options.lang as Language | undefined) ?? workspace?.config.language ?? 'vi';
  const catalog = catalogPath !== undefined && workspace ? importCatalogIn(catalogPath, workspace.root) : undefined;
  if (catalog && 'error' in catalog) {
    io.stderr(`${shownSafely(`${displayPath(io, catalogPath!)}: ${messageIn(catalog.error, language)}`)}\n`);
    return EXIT_USAGE;
  }
  const known = workspace ? knownDeclarations(workspace.workspace, uri) : { units: [], documents: new Map(), taken: new Set<string>() };
  const original = await readOriginalFile(source, { ...IMPORT_RECOGNITION, structure: { ...known, documentsToCatalog: catalog !== undefined } });
  if ('error' in original) {
    io.stderr(`${shownSafely(`${file}: ${messageIn(original.error, language)}`)}\n`);
    return EXIT_USAGE;
  }
  const { recognition } = original;
  const addition = catalog ? catalogAddition(catalog, recognition.catalogDocuments) : '';
  workspace?.workspace.setFile(uri, recognition.plan);
  if (catalog) workspace?.workspace.setFile(fileUri(catalog.path), `${catalog.text}${addition}`);
  const checked = workspace
    ? checkOriginal(workspace.workspace, uri, recognition, original.locate, {
        calendar: WorkingCalendar.withUserOverrides(workspace.config.calendar),
        rules: workspace.config.rules,
        ...(workspace.config.asOf ? { asOf: workspace.config.asOf } : {}),
      })
    : { diagnostics: [], places: new Map() };

  const alreadyThere = { vi: 'đã có tệp này, không ghi đè', en: 'a file is already there; not overwritten' };
  // The plan's name is taken: nothing is written, the catalog included.
  if (existsOrLink(target)) {
    io.stderr(`${shownSafely(`${displayPath(io, target)}: ${messageIn(alreadyThere, language)}`)}\n`);
    return EXIT_USAGE;
  }
  if (catalog) {
    try {
      appendToCatalog(catalog, addition);
    } catch (error) {
      const reason = error instanceof WriteError ? error.words() : ioMessage(error);
      io.stderr(`${shownSafely(`${displayPath(io, catalog.path)}: ${messageIn(reason, language)} ${say('Kế hoạch chưa được ghi.', 'The plan was not written.')}`)}\n`);
      return EXIT_USAGE;
    }
  }
  try {
    writeNewFile(target, recognition.plan);
  } catch (error) {
    const reason = error instanceof WriteError ? error.words() : ioMessage(error);
    const words = error instanceof WriteError && error.code === 'EEXIST' ? alreadyThere : reason;
    const appended = addition !== '' ? ` ${say(`(${displayPath(io, catalog!.path)} đã được thêm khai báo văn bản)`, `(${displayPath(io, catalog!.path)} was given the document declarations)`)}` : '';
    io.stderr(`${shownSafely(`${displayPath(io, target)}: ${messageIn(words, language)}${appended}`)}\n`);
    return EXIT_USAGE;
  }

  const counts = recognition.counts;
  const lines = [say(`Đã nhập ${file} vào ${displayPath(io, target)}:`, `Imported ${file} into ${displayPath(io, target)}:`)];
  lines.push(`  ${say('nhận ra', 'recognised')}: ${recognisedSummary(counts, language)}`);
  if (!recognition.planHeader && recognition.type) {
    lines.push(`  ${say(`văn bản là ${recognition.type}: không có phần đầu kế hoạch, thân văn bản giữ nguyên`, `the document is a ${recognition.type}: no plan header, its body kept as it is`)}`);
  }
  if (recognition.moved.length > 0) {
    lines.push(
      `  ${say(
        `${recognition.moved.length} đoạn sau chữ ký (phụ lục, ghi chú) được đặt trước nơi nhận`,
        `${recognition.moved.length} paragraph(s) after the signature (annexes, notes) placed before the recipients`,
      )}`,
    );
  }
  if (catalog) {
    const declared = recognition.catalogDocuments.length;
    lines.push(`  ${say(`${declared} văn bản khai báo vào danh mục ${displayPath(io, catalog.path)}`, `${declared} document(s) declared in the catalog ${displayPath(io, catalog.path)}`)}`);
  }
  lines.push(`  ${say('văn xuôi giữ nguyên', 'kept as prose')}: ${proseSummary(recognition.leftAsProse, language)}`);
  io.stdout(`${lines.join('\n')}\n\n`);
  const path = displayPath(io, source);
  const report = { path, diagnostics: checked.diagnostics, places: checked.places, ...(recognition.document.kind === 'txt' ? {} : { paragraphs: true }) };
  io.stdout(formatHuman([report], { language, color: false, version }));
  return EXIT_OK;
}
