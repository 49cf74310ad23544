/**
 * `kehoach build`: compiles plans into the documents people sign and the files tools read.
 *
 *   kehoach build <plan.kh | folder> [-o out] [--format docx|html|ics|json|pdf] [--force] [--lang vi|en]
 *
 * Where the output goes:
 * - a plan without -o: `out/<name>.<ext>` under the working folder, so a build never scatters
 *   files next to the sources;
 * - a plan with -o: that file, or `<o>/<name>.<ext>` when -o is an existing folder or ends in "/";
 * - a folder: every plan in it (catalogs have nothing to print) into `<o>/` (default `out/`),
 *   keeping the plans' sub-folders so two `ke-hoach.kh` never overwrite each other.
 *
 * Safety: a plan with errors is not built unless --force (a document with a broken citation should
 * not reach a signature); every file is written atomically; only the outputs named above are
 * written, and never over a `.kh` file, a configuration file kehoach reads, a symbolic link, a
 * read-only file, anything that is not a regular file, or the document beside a plan under its name
 * (the original `kehoach import` read; a PDF with kehoach's sidecar is an earlier build's). Folders on the way to an output are
 * followed (an `out/` linked to a shared drive is a choice the user made), and where the output
 * really lands is what is checked. Every output is checked before any is written, so a refusal
 * leaves a folder build unstarted rather than half done. --force never lifts these refusals.
 * PDF: the DOCX laid out by LibreOffice in headless mode (node/libreoffice.ts) as PDF/A-2b, with
 * empty signature fields for the signer and the agency (render/pdf.ts), and beside it
 * `<name>.pdf.json`, the outgoing-document metadata of Phụ lục VI (render/outgoing-metadata.ts);
 * the sidecar is named after the PDF so it never replaces the `<name>.json` of --format json.
 * With --annex-file the annex is issued as a file of its own, `<name>.phu-luc.pdf`, with the
 * agency's signature field at the top right of its first page.
 * Without LibreOffice nothing is written and the message gives the install command; with
 * --libreoffice the soffice named there is run, and a path with nothing to run is said as such.
 * Exit codes: 0 built, 1 refused because of errors in the plan, 2 usage or a file that cannot or
 * must not be read or written, or no LibreOffice for a PDF.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { shownSafely } from '../base/characters';
import { type Diagnostic, type Language, type Message, messageIn } from '../base/diagnostic';
import { checkFileForErrors } from '../check/index';
import { WorkingCalendar } from '../deadline/calendar';
import type { PlanFile } from '../model/ast';
import { fieldOf } from '../model/walk';
import { CONFIG_FILE_NAME } from '../config/config';
import { WriteError, writableTarget, writeFileAtomic } from '../node/atomic-write';
import { ConversionError, DEFAULT_CONVERSION_TIMEOUT_MS, type SofficeSearch, chooseSoffice, convertDocxToPdf, systemSofficeSearch } from '../node/libreoffice';
import { renderHtml } from '../render/html';
import { renderIcs } from '../render/ics';
import { renderJson } from '../render/json';
import { type LayoutOptions, layoutPlan, validateLayoutOptions } from '../render/layout';
import { renderOutgoingMetadata } from '../render/outgoing-metadata';
import type { PreparedPdf } from '../render/pdf';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliIO } from './io';
import { type LoadedWorkspace, loadWorkspaces } from './workspace';

export type BuildFormat = 'docx' | 'html' | 'ics' | 'json' | 'pdf';
const FORMATS: readonly BuildFormat[] = ['docx', 'html', 'ics', 'json', 'pdf'];

export interface BuildCommandOptions {
  output?: string;
  format?: string;
  force?: boolean;
  lang?: string;
  fontSize?: string;
  margins?: string;
  timeout?: string;
  annexFile?: boolean;
  libreoffice?: string;
}

const DEFAULT_OUT_DIR = 'out';

export function defineBuildCommand(program: Command, io: CliIO, setExitCode: (code: number) => void): void {
  program
    .command('build')
    .description('Biên dịch kế hoạch thành văn bản DOCX, PDF để ký số, HTML, lịch ICS hoặc JSON / compile plans into DOCX, PDF for signing, HTML, ICS or JSON')
    .argument('<path>', 'tệp kế hoạch .kh hoặc thư mục / a .kh plan or a folder')
    .option('-o, --output <path>', 'tệp hoặc thư mục đích (mặc định out/) / output file or folder (default out/)')
    .option('--format <format>', 'docx | html | ics | json | pdf', 'docx')
    .option('--force', 'vẫn biên dịch khi kế hoạch có lỗi / build even when the plan has errors')
    .option('--lang <language>', 'ngôn ngữ thông báo: vi | en / message language')
    .option('--font-size <pt>', 'cỡ chữ nội dung 13 hoặc 14 / body size, 13 or 14')
    .option('--margins <mm>', 'lề trên,dưới,trái,phải (mm), ví dụ 20,20,30,15 / top,bottom,left,right margins in mm')
    .option('--annex-file', 'PDF: phụ lục thành tệp riêng <tên>.phu-luc.pdf, có ô chữ ký số của cơ quan / PDF: the annex as a file of its own')
    .option('--libreoffice <path>', 'PDF: chương trình soffice của LibreOffice, khi không nằm trong PATH hay thư mục cài đặt thường gặp / PDF: the soffice to run, for a LibreOffice outside PATH and the usual places')
    .option('--timeout <seconds>', `thời gian tối đa LibreOffice chuyển một tệp sang PDF (mặc định ${DEFAULT_CONVERSION_TIMEOUT_MS / 1000}) / time limit of one PDF conversion`)
    .addHelpText(
      'after',
      [
        '',
        'Không bao giờ ghi đè tệp .kh, kehoach.config.json, tệp chỉ đọc, hay ghi qua liên kết tượng trưng (kể cả với --force).',
        'Never overwrites a .kh file, kehoach.config.json or a read-only file, nor writes through a symbolic link (not even with --force).',
        'Không ghi đè văn bản gốc cạnh kế hoạch cùng tên (van-ban.docx của van-ban.kh).',
        'Never overwrites the original beside a plan under its name (van-ban.docx of van-ban.kh).',
      ].join('\n'),
    )
    .action(async (path: string, options: BuildCommandOptions) => {
      setExitCode(await runBuild(path, options, io));
    });
}

/** A message in the chosen language, on one line of standard error, with file text shown safely. */
function say(io: CliIO, language: Language, message: Message, prefix = 'kehoach'): void {
  io.stderr(`${shownSafely(`${prefix}: ${messageIn(message, language)}`)}\n`);
}

function layoutOptionsOf(options: BuildCommandOptions): { layout: LayoutOptions; problems: Message[] } {
  const layout: LayoutOptions = {};
  const problems: Message[] = [];
  if (options.fontSize !== undefined) layout.bodySizePt = Number(options.fontSize);
  if (options.margins !== undefined) {
    const values = options.margins.split(',').map((part) => Number(part.trim()));
    if (values.length !== 4 || values.some((value) => !Number.isFinite(value))) {
      problems.push({
        vi: `--margins cần bốn số mm: trên,dưới,trái,phải (ví dụ 20,20,30,15), không phải "${options.margins}".`,
        en: `--margins takes four numbers in mm: top,bottom,left,right (e.g. 20,20,30,15), not "${options.margins}".`,
      });
    } else {
      const [top, bottom, left, right] = values as [number, number, number, number];
      layout.marginsMm = { top, bottom, left, right };
    }
  }
  return { layout, problems: [...problems, ...validateLayoutOptions(layout)] };
}

/** `file:line:col severity code message`, 1-based, as `kehoach check` prints a problem. */
function diagnosticLine(path: string, diagnostic: Diagnostic, language: Language): string {
  const { line, character } = diagnostic.location.range.start;
  return `${shownSafely(`${path}:${line + 1}:${character + 1} ${diagnostic.severity} ${diagnostic.code} ${messageIn(diagnostic.message, language)}`)}\n`;
}

/** Why a write failed, with what the user can do about it. */
function writeFailure(error: WriteError, shownPath: string): Message {
  switch (error.code) {
    case 'EBUSY':
    case 'EPERM':
    case 'EACCES':
      return {
        vi: `Không ghi được ${shownPath}: tệp đang mở trong một chương trình khác (ví dụ Word) hoặc không có quyền ghi. Hãy đóng tệp rồi chạy lại.`,
        en: `Cannot write ${shownPath}: the file is open in another program (such as Word) or not writable. Close it and run again.`,
      };
    case 'EISDIR':
      return {
        vi: `Không ghi được ${shownPath}: ở đó đang có một thư mục.`,
        en: `Cannot write ${shownPath}: there is a folder in the way.`,
      };
    case 'ENOTDIR':
    case 'EEXIST':
      return {
        vi: `Không tạo được thư mục cho ${shownPath}: một tệp đang nằm ở chỗ thư mục.`,
        en: `Cannot create the folder for ${shownPath}: a file is in the way.`,
      };
    default: {
      const words = error.words();
      return { vi: `Không ghi được ${shownPath}: ${words.vi}`, en: `Cannot write ${shownPath}: ${words.en}` };
    }
  }
}

/**
 * Where `path` really lands: the folders above it resolved through their links, as the system
 * will follow them. The last part is kept as named; a link there is refused, not followed.
 */
function realLocation(path: string): string {
  let folder = dirname(path);
  const rest = [basename(path)];
  for (;;) {
    try {
      return join(realpathSync(folder), ...rest);
    } catch {
      const parent = dirname(folder);
      if (parent === folder) return path;
      rest.unshift(basename(folder));
      folder = parent;
    }
  }
}

/** Whether kehoach or its editor extension reads `path` as configuration. */
function isConfigurationFile(path: string): boolean {
  const name = basename(path).normalize('NFC').toLowerCase();
  if (name === CONFIG_FILE_NAME) return true;
  // The editor extension's settings (kehoach.language, …) live in the workspace's VS Code settings.
  return name === 'settings.json' && basename(dirname(path)).toLowerCase() === '.vscode';
}

/** Why an output must not be written there, or undefined when it may. */
function refusalOf(output: string, format: BuildFormat, shown: (file: string) => string): Message | undefined {
  const real = realLocation(output);
  const where = real === output ? shown(output) : `${shown(output)} (${real})`;
  if ([output, real].some((path) => extname(path).toLowerCase() === '.kh')) {
    return {
      vi: `Từ chối ghi ${where}: đó là (hoặc sẽ là) một tệp nguồn .kh. Hãy chọn tệp đích khác với -o.`,
      en: `Refusing to write ${where}: it is (or would be) a .kh source. Choose another output with -o.`,
    };
  }
  if ([output, real].some(isConfigurationFile)) {
    return {
      vi: `Từ chối ghi ${where}: đó là tệp cấu hình mà kehoach đọc. Hãy chọn tệp đích khác với -o.`,
      en: `Refusing to write ${where}: it is a configuration file kehoach reads. Choose another output with -o.`,
    };
  }
  // An output named for another kind of file is a typo waiting to destroy it (a spreadsheet, a
  // script): the name must say what is written into it.
  if (extname(output).toLowerCase() !== `.${format}`) {
    return {
      vi: `Từ chối ghi ${where}: tệp đích của --format ${format} phải có đuôi .${format}.`,
      en: `Refusing to write ${where}: the output of --format ${format} must end in .${format}.`,
    };
  }
  try {
    writableTarget(output);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    // A failing file system is said as a failed write; a file kehoach must not replace, as a refusal.
    if (error.failure.kind === 'errno') return writeFailure(error, where);
    const words = error.words();
    return { vi: `Từ chối ghi ${where}: ${words.vi}`, en: `Refusing to write ${where}: ${words.en}` };
  }
  return undefined;
}

/** A name as a case-insensitive, NFC file system compares it. */
function sameName(a: string, b: string): boolean {
  return a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();
}

/**
 * An output that is an existing document beside the plan under the plan's own name: the original
 * `kehoach import` made the plan from (van-ban.docx → van-ban.kh), which a build must not replace.
 * A PDF with kehoach's sidecar beside it is a PDF an earlier build wrote, and may be replaced.
 */
function originalRefusal(target: Target, shown: (file: string) => string): Message | undefined {
  const real = realLocation(target.output);
  const plan = realLocation(target.source);
  const extension = extname(real).toLowerCase();
  if (!['.docx', '.odt', '.pdf', '.txt'].includes(extension)) return undefined;
  if (!sameName(dirname(real), dirname(plan)) || !sameName(basename(real, extname(real)), basename(plan, extname(plan)))) return undefined;
  if (!existsSync(real) || (extension === '.pdf' && existsSync(sidecarOf(real)))) return undefined;
  return {
    vi: `Từ chối ghi ${shown(target.output)}: đó có thể là văn bản gốc mà ${shown(target.source)} được nhập từ. Hãy biên dịch vào out/ (mặc định) hoặc chọn tệp đích khác với -o.`,
    en: `Refusing to write ${shown(target.output)}: it may be the original document ${shown(target.source)} was imported from. Build into out/ (the default) or choose another output with -o.`,
  };
}

interface Target {
  uri: string;
  source: string;
  output: string;
}

/** Where each plan goes, per the rules at the top of this file. */
function targetsOf(path: string, options: BuildCommandOptions, format: BuildFormat, loaded: LoadedWorkspace, plans: string[], io: CliIO): Target[] {
  const input = resolve(io.cwd, path);
  const inputIsFolder = existsSync(input) && statSync(input).isDirectory();
  const ext = `.${format}`;
  const outputOption = options.output === undefined ? undefined : resolve(io.cwd, options.output);
  const outputIsFolder =
    outputOption !== undefined && (/[\\/]$/.test(options.output!) || (existsSync(outputOption) && statSync(outputOption).isDirectory()));
  return plans.map((uri) => {
    const source = loaded.paths.get(uri) ?? fileURLToPath(uri);
    const name = basename(source, extname(source)) + ext;
    let output: string;
    if (inputIsFolder) {
      const under = relative(input, dirname(source));
      output = join(outputOption ?? resolve(io.cwd, DEFAULT_OUT_DIR), under, name);
    } else if (outputOption === undefined) {
      output = resolve(io.cwd, DEFAULT_OUT_DIR, name);
    } else {
      output = outputIsFolder ? join(outputOption, name) : outputOption;
    }
    return { uri, source, output };
  });
}

/** The path of a loaded plan relative to its workspace root, with "/" as every reader expects. */
function workspacePath(loaded: LoadedWorkspace, uri: string): string {
  return relative(loaded.root, loaded.paths.get(uri) ?? fileURLToPath(uri)).split(sep).join('/');
}

/** The formats made here in one step; a PDF goes through LibreOffice (buildPdf). */
async function render(
  format: Exclude<BuildFormat, 'pdf'>,
  loaded: LoadedWorkspace,
  file: PlanFile,
  layout: LayoutOptions,
  calendar: WorkingCalendar,
  now: Date,
): Promise<Uint8Array | string> {
  const title = file.header ? fieldOf(file.header, 'title')?.value.text : undefined;
  switch (format) {
    case 'docx': {
      // The writers are loaded by a build that needs them only (see writers.ts).
      const { renderDocx } = await import('./writers');
      const agency = file.header ? fieldOf(file.header, 'agency')?.value.text : undefined;
      return renderDocx(layoutPlan(loaded.workspace, file, layout), { timestamp: now, title, author: agency });
    }
    case 'html':
      return renderHtml(layoutPlan(loaded.workspace, file, layout), title ?? 'Kế hoạch');
    case 'ics':
      return renderIcs(loaded.workspace, file, { calendar, now });
    case 'json':
      // The plan is named by its place in the workspace: an absolute path would publish the builder's folders.
      return renderJson(loaded.workspace, file, { calendar, source: workspacePath(loaded, file.uri) });
  }
}

/** The metadata sidecar of a PDF: `ke-hoach.pdf` → `ke-hoach.pdf.json`. */
function sidecarOf(output: string): string {
  return `${output}.json`;
}

/** The annex issued as a file of its own: `ke-hoach.pdf` → `ke-hoach.phu-luc.pdf`. */
function annexFileOf(output: string): string {
  return `${output.slice(0, output.length - extname(output).length)}.phu-luc.pdf`;
}

interface PdfBuild {
  soffice: string;
  timeoutMs: number;
  env: Record<string, string | undefined>;
  /** The annex goes into a file of its own. */
  annexFile: boolean;
}

/** The PDF for signature and its metadata sidecar; throws a ConversionError when LibreOffice fails. */
async function buildPdf(
  loaded: LoadedWorkspace,
  file: PlanFile,
  layout: LayoutOptions,
  calendar: WorkingCalendar,
  now: Date,
  output: string,
  pdf: PdfBuild,
): Promise<{ prepared: PreparedPdf; annex?: PreparedPdf; family: string | undefined; sidecar: string }> {
  const { renderAttachmentPdf, renderPdf, separateAnnex, serifFamilyOf } = await (await import('./writers')).pdfWriter();
  const header = file.header;
  const title = header ? fieldOf(header, 'title')?.value.text : undefined;
  const author = header ? fieldOf(header, 'agency')?.value.text : undefined;
  const options = {
    timestamp: now,
    title,
    author,
    convert: (docx: Uint8Array) => convertDocxToPdf(docx, { soffice: pdf.soffice, timeoutMs: pdf.timeoutMs, env: pdf.env }),
  };
  const whole = layoutPlan(loaded.workspace, file, layout);
  const parts = pdf.annexFile ? separateAnnex(whole) : { main: whole };
  const prepared = await renderPdf(parts.main, options);
  const annex = parts.annex ? await renderAttachmentPdf(parts.annex, options) : undefined;
  const sidecar = renderOutgoingMetadata(loaded.workspace, file, {
    calendar,
    source: workspacePath(loaded, file.uri),
    file: basename(output),
    pages: prepared.pages,
    fields: prepared.fields,
    ...(annex && { attachments: [{ file: basename(annexFileOf(output)), pages: annex.pages, fields: annex.fields }] }),
  });
  return { prepared, ...(annex && { annex }), family: serifFamilyOf([...prepared.fonts, ...(annex?.fonts ?? [])]), sidecar };
}

/** What the PDF holds, for the line that says it was written. */
function pdfSummary(prepared: PreparedPdf, serifFamily: string | undefined): Message {
  const family = serifFamily ?? '?';
  const substitute = family !== 'Times New Roman';
  const field = prepared.fields.find((candidate) => candidate.role === 'signer');
  return {
    vi:
      `${prepared.pages} trang A4, PDF/A-2b, phông ${family}` +
      (substitute ? ' (thay Times New Roman, cùng kích thước chữ; cài Times New Roman để dùng đúng phông)' : '') +
      (field ? `, ô chữ ký số ở trang ${field.page + 1}` : ''),
    en:
      `${prepared.pages} A4 pages, PDF/A-2b, font ${family}` +
      (substitute ? ' (standing in for Times New Roman with the same metrics; install Times New Roman to use it)' : '') +
      (field ? `, signature fields on page ${field.page + 1}` : ''),
  };
}

/** The conversion's time limit from --timeout, in milliseconds, or why the value is refused. */
function timeoutOf(options: BuildCommandOptions): number | Message {
  if (options.timeout === undefined) return DEFAULT_CONVERSION_TIMEOUT_MS;
  const seconds = Number(options.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
    return {
      vi: `--timeout là số giây, lớn hơn 0 và không quá 3600, không phải "${options.timeout}".`,
      en: `--timeout is a number of seconds above 0 and at most 3600, not "${options.timeout}".`,
    };
  }
  return seconds * 1000;
}

/**
 * The time stamped into the outputs: SOURCE_DATE_EPOCH when set (reproducible builds), else now.
 */
function buildTime(io: CliIO): Date {
  const epoch = io.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}

/**
 * Builds the plans `path` names. `sofficeSearch` is where LibreOffice is looked for: PATH and the
 * usual places of this system unless a caller says otherwise.
 */
export async function runBuild(path: string, options: BuildCommandOptions, io: CliIO, sofficeSearch: SofficeSearch = systemSofficeSearch(io.env)): Promise<number> {
  if (options.lang !== undefined && options.lang !== 'vi' && options.lang !== 'en') {
    io.stderr('kehoach: --lang là vi hoặc en / --lang is vi or en\n');
    return EXIT_USAGE;
  }
  let language: Language = (options.lang as Language | undefined) ?? 'vi';
  const format = (options.format ?? 'docx') as BuildFormat;
  if (!FORMATS.includes(format)) {
    say(io, language, {
      vi: `--format phải là một trong ${FORMATS.join(', ')}, không phải "${options.format}".`,
      en: `--format must be one of ${FORMATS.join(', ')}, not "${options.format}".`,
    });
    return EXIT_USAGE;
  }
  const { layout, problems } = layoutOptionsOf(options);
  if (options.annexFile && format !== 'pdf') {
    problems.push({ vi: '--annex-file chỉ dùng với --format pdf.', en: '--annex-file goes with --format pdf only.' });
  }
  if (options.libreoffice !== undefined && format !== 'pdf') {
    problems.push({ vi: '--libreoffice chỉ dùng với --format pdf.', en: '--libreoffice goes with --format pdf only.' });
  }
  const timeoutMs = timeoutOf(options);
  if (typeof timeoutMs !== 'number') problems.push(timeoutMs);
  for (const problem of problems) say(io, language, problem);
  if (problems.length > 0 || typeof timeoutMs !== 'number') return EXIT_USAGE;

  const { workspaces, errors } = loadWorkspaces([path], io);
  for (const error of errors) say(io, language, error.message, error.path);
  if (errors.length > 0 || workspaces.length === 0) {
    if (errors.length === 0) say(io, language, { vi: 'Không có tệp .kh nào.', en: 'No .kh files found.' });
    return EXIT_USAGE;
  }
  language = (options.lang as Language | undefined) ?? workspaces[0]!.config.language ?? 'vi';

  // A folder may hold several workspaces (each folder with its own kehoach.config.json).
  const planned = workspaces.map((loaded) => ({ loaded, plans: loaded.files.filter((uri) => !loaded.workspace.getFile(uri)?.isCatalog) }));
  if (planned.every(({ plans }) => plans.length === 0)) {
    say(io, language, {
      vi: `${path} chỉ có danh mục (khai báo văn bản, đơn vị), không có kế hoạch nào để biên dịch.`,
      en: `${path} holds only catalogs (declarations), no plan to build.`,
    });
    return EXIT_USAGE;
  }

  const targets = planned.flatMap(({ loaded, plans }) => targetsOf(path, options, format, loaded, plans, io).map((target) => ({ ...target, loaded })));
  const shown = (file: string): string => relative(io.cwd, file) || file;
  for (const target of targets) {
    const refusal =
      refusalOf(target.output, format, shown) ??
      originalRefusal(target, shown) ??
      (format === 'pdf' ? refusalOf(sidecarOf(target.output), 'json', shown) : undefined) ??
      (options.annexFile ? refusalOf(annexFileOf(target.output), 'pdf', shown) : undefined);
    if (refusal) {
      say(io, language, refusal);
      return EXIT_USAGE;
    }
  }
  // Every file a target writes, its sidecar and annex too: `a.kh`'s annex file is `a.phu-luc.kh`'s PDF.
  const outputs = new Map<string, string>();
  for (const target of targets) {
    const written = [target.output, ...(format === 'pdf' ? [sidecarOf(target.output)] : []), ...(format === 'pdf' && options.annexFile ? [annexFileOf(target.output)] : [])];
    for (const output of written) {
      const other = outputs.get(output);
      if (other) {
        say(io, language, {
          vi: `${shown(other)} và ${shown(target.source)} sẽ ghi cùng một tệp ${shown(output)}; hãy dùng -o là một thư mục hoặc đổi tên một kế hoạch.`,
          en: `${shown(other)} and ${shown(target.source)} would write the same ${shown(output)}; give -o a folder or rename one plan.`,
        });
        return EXIT_USAGE;
      }
      outputs.set(output, target.source);
    }
  }

  let pdf: PdfBuild | undefined;
  if (format === 'pdf') {
    let soffice: string;
    try {
      // A relative --libreoffice is taken from the working folder, as the plan's path is.
      const configured = options.libreoffice ? { path: resolve(io.cwd, options.libreoffice), setting: '--libreoffice' } : undefined;
      soffice = chooseSoffice({ search: sofficeSearch, ...(configured ? { configured } : {}) });
    } catch (error) {
      if (!(error instanceof ConversionError)) throw error;
      say(io, language, error.words());
      return EXIT_USAGE;
    }
    pdf = { soffice, timeoutMs, env: io.env, annexFile: options.annexFile === true };
  }

  const now = buildTime(io);
  let exitCode = EXIT_OK;
  for (const target of targets) {
    const { loaded } = target;
    const calendar = WorkingCalendar.withUserOverrides(loaded.config.calendar);
    const sourcePath = shown(target.source);
    // Only what can stop the build is checked: the warnings and hints are for `kehoach check`.
    const errorsFound = checkFileForErrors(loaded.workspace, target.uri, {
      calendar,
      rules: loaded.config.rules,
      ...(loaded.config.asOf ? { asOf: loaded.config.asOf } : {}),
      ...(loaded.config.dueSoonDays !== undefined ? { dueSoonDays: loaded.config.dueSoonDays } : {}),
    });
    for (const diagnostic of errorsFound) io.stderr(diagnosticLine(sourcePath, diagnostic, language));
    if (errorsFound.length > 0 && !options.force) {
      say(io, language, {
        vi: `${sourcePath} có ${errorsFound.length} lỗi: không biên dịch (sửa lỗi, hoặc dùng --force để vẫn biên dịch).`,
        en: `${sourcePath} has ${errorsFound.length} error(s): not built (fix them, or use --force to build anyway).`,
      });
      exitCode = Math.max(exitCode, EXIT_PROBLEMS);
      continue;
    }
    const file = loaded.workspace.getFile(target.uri)!;
    const writes: { path: string; content: Uint8Array | string; about?: Message }[] = [];
    if (pdf) {
      let built: Awaited<ReturnType<typeof buildPdf>>;
      try {
        built = await buildPdf(loaded, file, layout, calendar, now, target.output, pdf);
      } catch (error) {
        if (!(error instanceof ConversionError)) throw error;
        say(io, language, error.words(), `kehoach: ${sourcePath}`);
        exitCode = EXIT_USAGE;
        continue;
      }
      const unembedded = [...built.prepared.fonts, ...(built.annex?.fonts ?? [])].filter((font) => !font.embedded).map((font) => font.name);
      if (unembedded.length > 0) {
        say(io, language, new ConversionError({ kind: 'fonts-not-embedded', fonts: unembedded }).words(), `kehoach: ${sourcePath}`);
        exitCode = EXIT_USAGE;
        continue;
      }
      for (const note of built.prepared.notes) say(io, language, note, `kehoach: ${sourcePath}`);
      writes.push({ path: target.output, content: built.prepared.bytes, about: pdfSummary(built.prepared, built.family) });
      if (built.annex) writes.push({ path: annexFileOf(target.output), content: built.annex.bytes, about: pdfSummary(built.annex, built.family) });
      else if (pdf.annexFile) {
        say(io, language, { vi: 'Kế hoạch không có phụ lục (phụ lục: ở phần đầu), nên không có tệp phụ lục riêng.', en: 'The plan has no annex (phụ lục: in the header), so there is no annex file.' }, `kehoach: ${sourcePath}`);
      }
      writes.push({ path: sidecarOf(target.output), content: built.sidecar });
    } else if (format !== 'pdf') {
      writes.push({ path: target.output, content: await render(format, loaded, file, layout, calendar, now) });
    }
    for (const write of writes) {
      try {
        writeFileAtomic(write.path, write.content);
      } catch (error) {
        if (!(error instanceof WriteError)) throw error;
        say(io, language, writeFailure(error, shown(write.path)));
        exitCode = EXIT_USAGE;
        break;
      }
      const about = write.about ? messageIn(write.about, language) : undefined;
      const line = messageIn({ vi: `Đã ghi ${shown(write.path)}`, en: `Wrote ${shown(write.path)}` }, language);
      io.stdout(`${shownSafely(about ? `${line} (${about})` : line)}\n`);
    }
  }
  return exitCode;
}
