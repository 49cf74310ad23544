/**
 * LibreOffice in headless mode, the one offline engine that lays a DOCX out as Word does and
 * writes PDF/A: finding `soffice`, and converting DOCX bytes into PDF/A-2b bytes.
 *
 * Each conversion runs in a private folder of its own, made for the run and removed after it:
 * the input DOCX, the output PDF and a LibreOffice profile (`-env:UserInstallation`). A profile of
 * its own matters twice: LibreOffice lets one process per profile run, so two builds in parallel,
 * or a build while the user has LibreOffice open, would otherwise hand the document to the other
 * process and return at once without a PDF; and a user's profile may hold settings (a default
 * font replacement table, macros) that change the layout. The process runs in its own process
 * group, so a timeout kills `soffice`, the `oosplash` it starts and the `soffice.bin` under it,
 * not only the shell script Debian installs as `soffice`.
 *
 * The caller gets bytes, never a path into the private folder: where the PDF goes, and that it
 * is written whole or not at all, is `atomic-write.ts`'s business.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Message } from '../base/diagnostic';

/** The Debian packages that give `soffice` and the metric-compatible fonts (scripts/setup-render-tools.sh). */
export const LIBREOFFICE_INSTALL_COMMAND = 'sudo apt-get install libreoffice-writer-nogui fonts-liberation2';

/**
 * The filter options of the PDF export in the JSON form LibreOffice reads since 7.4: PDF/A-2b
 * (`SelectPdfVersion` 2), and the DOCX's bookmarks as named destinations, which is how the
 * signature block's position is found in the PDF (render/pdf.ts).
 */
export const PDF_EXPORT_FILTER =
  'pdf:writer_pdf_Export:' +
  JSON.stringify({
    SelectPdfVersion: { type: 'long', value: '2' },
    ExportBookmarksToPDFDestination: { type: 'boolean', value: 'true' },
  });

/** How long a conversion may take before it is killed, unless the caller says otherwise. */
export const DEFAULT_CONVERSION_TIMEOUT_MS = 120_000;

export interface SofficeSearch {
  /** The PATH variable, searched first, in order. */
  pathVariable: string | undefined;
  /** Where installers put LibreOffice outside PATH, searched after it. */
  usualPlaces: readonly string[];
  /** The executable's names on this system (`soffice`, or `soffice.exe` and `soffice.com` on Windows). */
  names: readonly string[];
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first `soffice` on PATH, else in the usual places; undefined when there is none. */
export function findSoffice(search: SofficeSearch): string | undefined {
  const folders = [...(search.pathVariable ?? '').split(delimiter).filter((folder) => folder !== ''), ...search.usualPlaces];
  for (const folder of folders) {
    for (const name of search.names) {
      const candidate = join(folder, name);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * The folders LibreOffice's own installers and the distributions use: Debian and Fedora
 * (/usr/lib*), the upstream packages (/opt/libreoffice<version>), snap, macOS and Windows.
 */
export function usualSofficePlaces(platform: NodeJS.Platform, env: Record<string, string | undefined>): string[] {
  if (platform === 'darwin') return ['/Applications/LibreOffice.app/Contents/MacOS'];
  if (platform === 'win32') {
    return [env.ProgramFiles, env['ProgramFiles(x86)']].filter((root): root is string => root !== undefined).map((root) => join(root, 'LibreOffice', 'program'));
  }
  const upstream = (() => {
    try {
      return readdirSync('/opt')
        .filter((name) => /^libreoffice/i.test(name))
        .sort()
        .reverse()
        .map((name) => join('/opt', name, 'program'));
    } catch {
      return [];
    }
  })();
  return ['/usr/lib/libreoffice/program', '/usr/lib64/libreoffice/program', ...upstream, '/snap/bin', '/usr/local/bin'];
}

/** The search as this machine and environment give it. */
export function systemSofficeSearch(env: Record<string, string | undefined>): SofficeSearch {
  const names = process.platform === 'win32' ? ['soffice.com', 'soffice.exe'] : ['soffice'];
  return { pathVariable: env.PATH ?? env.Path, usualPlaces: usualSofficePlaces(process.platform, env), names };
}

/** Why the soffice a user named cannot be run: nothing there, a folder, or a file without the right to run it. */
export type UnusableSoffice = 'missing' | 'folder' | 'not-executable';

/** Why a conversion gave no PDF. */
export type ConversionFailure =
  | { kind: 'missing' }
  /** The path the user gave (`setting` says where: `kehoach.pdf.libreOffice`, `--libreoffice`) holds no soffice to run. */
  | { kind: 'unusable'; path: string; reason: UnusableSoffice; setting: string }
  | { kind: 'fonts-not-embedded'; fonts: string[] }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'exit'; code: number | null; signal: string | null; output: string }
  | { kind: 'no-output'; output: string }
  | { kind: 'spawn'; code: string };

export class ConversionError extends Error {
  constructor(readonly failure: ConversionFailure) {
    super(`LibreOffice conversion failed: ${failure.kind}`);
  }

  words(): Message {
    const failure = this.failure;
    switch (failure.kind) {
      case 'missing':
        return {
          vi: `Cần LibreOffice để tạo PDF nhưng không tìm thấy lệnh soffice (trong PATH và các thư mục cài đặt thường gặp). Cài đặt: ${LIBREOFFICE_INSTALL_COMMAND} — hoặc dùng --format docx.`,
          en: `Building a PDF needs LibreOffice, but no soffice was found (on PATH or in the usual install folders). Install it with: ${LIBREOFFICE_INSTALL_COMMAND} — or use --format docx.`,
        };
      case 'unusable': {
        const { path, setting } = failure;
        const why: Message = {
          missing: { vi: 'nhưng không có tệp nào ở đó', en: 'but there is no file there' },
          folder: { vi: 'nhưng đó là một thư mục, không phải chương trình soffice', en: 'but that is a folder, not the soffice program' },
          'not-executable': { vi: 'nhưng tệp đó không có quyền chạy', en: 'but that file may not be run (it is not executable)' },
        }[failure.reason];
        return {
          vi: `${setting} chỉ tới "${path}", ${why.vi}. Hãy ghi ở ${setting} đường dẫn của chương trình soffice của LibreOffice; không có ${setting} thì soffice được tìm trong PATH và các thư mục cài đặt thường gặp.`,
          en: `${setting} names "${path}", ${why.en}. Give ${setting} the path of LibreOffice's soffice program; without ${setting}, soffice is looked for on PATH and in the usual install folders.`,
        };
      }
      case 'fonts-not-embedded':
        return {
          vi: `LibreOffice không nhúng phông ${failure.fonts.join(', ')} vào PDF, nên PDF không đạt PDF/A; không ghi. Hãy cài phông đó (hoặc fonts-liberation2) rồi chạy lại.`,
          en: `LibreOffice did not embed ${failure.fonts.join(', ')} in the PDF, so it is not PDF/A; not written. Install that font (or fonts-liberation2) and run again.`,
        };
      case 'timeout':
        return {
          vi: `LibreOffice không chuyển xong sang PDF trong ${failure.seconds} giây nên đã bị dừng; không ghi tệp PDF nào. Hãy thử lại, hoặc tăng --timeout.`,
          en: `LibreOffice did not finish the PDF within ${failure.seconds} s and was stopped; no PDF was written. Try again, or raise --timeout.`,
        };
      case 'exit':
        return {
          vi: `LibreOffice dừng với mã ${failure.code ?? failure.signal} mà không tạo PDF${detail(failure.output)}.`,
          en: `LibreOffice stopped with ${failure.code ?? failure.signal} without making the PDF${detail(failure.output)}.`,
        };
      case 'no-output':
        return {
          vi: `LibreOffice chạy xong nhưng không tạo ra PDF hợp lệ${detail(failure.output)}.`,
          en: `LibreOffice finished without making a valid PDF${detail(failure.output)}.`,
        };
      case 'spawn':
        return {
          vi: `Không chạy được LibreOffice (${failure.code}). Cài đặt: ${LIBREOFFICE_INSTALL_COMMAND}`,
          en: `Cannot start LibreOffice (${failure.code}). Install it with: ${LIBREOFFICE_INSTALL_COMMAND}`,
        };
    }
  }
}

/** The last line LibreOffice printed, which names what went wrong, kept short. */
function detail(output: string): string {
  const last = output
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/javaldx/.test(line))
    .at(-1);
  return last ? `: ${last.slice(0, 200)}` : '';
}

export interface ConversionOptions {
  soffice: string;
  timeoutMs?: number;
  /** The environment LibreOffice runs in. */
  env?: Record<string, string | undefined>;
}

/** A PDF file begins with its header and ends with an end-of-file marker; anything else is cut short. */
function isCompletePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 5)).toString('latin1');
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 32))).toString('latin1');
  return head === '%PDF-' && tail.includes('%%EOF');
}

/**
 * Where soffice comes from: the path the user gave, for a LibreOffice outside PATH and the usual
 * places, with the name of the setting or option that gave it; else the search.
 */
export interface SofficeChoice {
  search: SofficeSearch;
  configured?: { path: string; setting: string };
}

/**
 * The soffice to run. A path the user gave is used or refused, never replaced by the search: a
 * LibreOffice found elsewhere would hide a setting that is wrong, and may not be the one the user
 * meant. Throws ConversionError 'unusable' (naming the path and the setting) or 'missing'.
 */
export function chooseSoffice(choice: SofficeChoice): string {
  if (choice.configured) {
    const { path, setting } = choice.configured;
    const reason = unusableReason(path);
    if (reason) throw new ConversionError({ kind: 'unusable', path, reason, setting });
    return path;
  }
  const found = findSoffice(choice.search);
  if (!found) throw new ConversionError({ kind: 'missing' });
  return found;
}

function unusableReason(path: string): UnusableSoffice | undefined {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 'missing';
  }
  if (stats.isDirectory()) return 'folder';
  return isExecutableFile(path) ? undefined : 'not-executable';
}

/**
 * The converter of this machine: the soffice of the choice, looked for at each conversion and run
 * with the given time limit. It throws a ConversionError when there is none to run, so a caller
 * that never builds a PDF never needs LibreOffice.
 */
export function sofficeConverter(choice: SofficeChoice, options: Omit<ConversionOptions, 'soffice'> = {}): (docx: Uint8Array) => Promise<Uint8Array> {
  return async (docx) => convertDocxToPdf(docx, { ...options, soffice: chooseSoffice(choice) });
}

/** Converts DOCX bytes into PDF/A-2b bytes. Throws a ConversionError, and leaves nothing behind, on failure. */
export async function convertDocxToPdf(docx: Uint8Array, options: ConversionOptions): Promise<Uint8Array> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_CONVERSION_TIMEOUT_MS;
  const folder = mkdtempSync(join(tmpdir(), 'kehoach-pdf-'));
  try {
    const input = join(folder, 'document.docx');
    writeFileSync(input, docx);
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(folder, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      PDF_EXPORT_FILTER,
      '--outdir',
      folder,
      input,
    ];
    const output = await run(options.soffice, args, timeoutMs, options.env ?? process.env);
    const pdf = join(folder, 'document.pdf');
    if (!existsSync(pdf)) throw new ConversionError({ kind: 'no-output', output });
    const bytes = new Uint8Array(readFileSync(pdf));
    if (!isCompletePdf(bytes)) throw new ConversionError({ kind: 'no-output', output });
    return bytes;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Runs the command in a process group of its own; resolves with its output when it exits with 0. */
function run(command: string, args: string[], timeoutMs: number, env: Record<string, string | undefined>): Promise<string> {
  return new Promise((resolvePromise, rejectPromise) => {
    let output = '';
    let timedOut = false;
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32', env, windowsHide: true });
    const keep = (chunk: Buffer): void => {
      // Only the end of what LibreOffice says is shown; a runaway process must not fill memory.
      output = (output + chunk.toString('utf8')).slice(-4096);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    let settled = false;
    const settle = (failure: ConversionFailure | undefined): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (failure) rejectPromise(new ConversionError(failure));
      else resolvePromise(output);
    };
    child.on('error', (error: NodeJS.ErrnoException) => settle({ kind: 'spawn', code: error.code ?? 'EIO' }));
    // 'exit' rather than 'close': a process left behind in the group may hold the pipes open.
    child.on('exit', (code, signal) => {
      // A process of the group may outlive the one that was started (the splash starts soffice.bin).
      killGroup(child.pid);
      if (timedOut) settle({ kind: 'timeout', seconds: Math.round(timeoutMs / 100) / 10 });
      else if (code !== 0) settle({ kind: 'exit', code, signal, output });
      else settle(undefined);
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    if (process.platform === 'win32') process.kill(pid, 'SIGKILL');
    else process.kill(-pid, 'SIGKILL');
  } catch {
    // The group has already gone.
  }
}
