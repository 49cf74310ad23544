/**
 * `kehoach import`: writes a plan in the language from a document the drafter already has.
 *
 *   kehoach import <van-ban.docx | .odt | .pdf | .txt> [-o ke-hoach.kh] [--lang vi|en]
 *
 * The plan is what the recogniser reads (server/src/original/recognise.ts): the header fields,
 * each document cited in full declared once and referred to, căn cứ, sections and items, Nơi nhận and the signer; every word of the original is kept, and what
 * is not understood stays prose, so building the plan gives the original's text back. Nothing is
 * corrected. Then it prints a report: what was recognised, per kind, what stayed prose, and the
 * original's diagnostics, as `kehoach check` gives them.
 *
 * Where it goes: `-o`, or the original's name with `.kh` beside it. It is always a new file: an
 * existing one (a plan, anything) is never replaced, even one created while the import ran.
 * Exit codes: 0 written, 2 a document that cannot be read or a plan that cannot be written.
 */
import { extname, resolve } from 'node:path';
import type { Command } from 'commander';
import { shownSafely } from '../base/characters';
import { type Language, messageIn } from '../base/diagnostic';
import { WorkingCalendar } from '../deadline/calendar';
import { WriteError } from '../node/atomic-write';
import { ioMessage } from '../node/io-messages';
import { writeNewFile } from '../node/new-file';
import { checkOriginal } from '../original/check-original';
import type { RecognisedCounts } from '../original/recognise';
import { formatHuman } from './format/human';
import { EXIT_OK, EXIT_USAGE, type CliIO } from './io';
import { originalTypeOf, readOriginalFile } from './originals';
import { displayPath, fileUri, loadWorkspaces } from './workspace';

export interface ImportCommandOptions {
  output?: string;
  lang?: string;
}

export function defineImportCommand(program: Command, io: CliIO, setExitCode: (code: number) => void, version: string): void {
  program
    .command('import')
    .description('Nhập văn bản Word, OpenDocument, PDF hay văn bản thuần thành kế hoạch .kh / import a Word, OpenDocument, PDF or text document as a .kh plan')
    .argument('<file>', 'văn bản .docx, .odt, .pdf hoặc .txt / a .docx, .odt, .pdf or .txt document')
    .option('-o, --output <path>', 'tệp .kh mới (mặc định: cùng tên, cạnh văn bản) / the new .kh file (default: the same name beside the document)')
    .option('--lang <language>', 'ngôn ngữ của báo cáo / report language: vi | en')
    .action(async (file: string, options: ImportCommandOptions) => {
      setExitCode(await runImport(file, options, io, version));
    });
}

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
];

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
  const original = await readOriginalFile(source, { declareDocuments: true });
  if ('error' in original) {
    io.stderr(`${shownSafely(`${file}: ${messageIn(original.error, language)}`)}\n`);
    return EXIT_USAGE;
  }
  const { recognition } = original;

  // The original is checked in the workspace the new plan joins, so the catalogs there resolve.
  const loaded = loadWorkspaces([target], io, new Map([[target, recognition.plan]]));
  const workspace = loaded.workspaces[0];
  language = (options.lang as Language | undefined) ?? workspace?.config.language ?? 'vi';
  const uri = fileUri(target);
  const checked = workspace
    ? checkOriginal(workspace.workspace, uri, recognition, original.locate, {
        calendar: WorkingCalendar.withUserOverrides(workspace.config.calendar),
        rules: workspace.config.rules,
        ...(workspace.config.asOf ? { asOf: workspace.config.asOf } : {}),
      })
    : { diagnostics: [], places: new Map() };

  try {
    writeNewFile(target, recognition.plan);
  } catch (error) {
    const reason = error instanceof WriteError ? error.words() : ioMessage(error);
    const words = error instanceof WriteError && error.code === 'EEXIST' ? { vi: 'đã có tệp này, không ghi đè', en: 'a file is already there; not overwritten' } : reason;
    io.stderr(`${shownSafely(`${displayPath(io, target)}: ${messageIn(words, language)}`)}\n`);
    return EXIT_USAGE;
  }

  const counts = recognition.counts;
  const lines = [say(`Đã nhập ${file} vào ${displayPath(io, target)}:`, `Imported ${file} into ${displayPath(io, target)}:`)];
  const found = KINDS.filter((kind) => counts[kind.key] > 0).map((kind) => `${counts[kind.key]} ${language === 'en' ? kind.en : kind.vi}`);
  lines.push(`  ${say('nhận ra', 'recognised')}: ${found.length > 0 ? found.join(', ') : say('không có gì', 'nothing')}`);
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
  lines.push(
    `  ${say(
      'văn xuôi giữ nguyên: trích dẫn viết khác cách trình biên dịch in (để kiểm tra thấy lỗi của nó), đơn vị và nhiệm vụ',
      'kept as prose: citations written otherwise than the compiler prints them (so their defects stay visible), units and tasks',
    )}`,
  );
  io.stdout(`${lines.join('\n')}\n\n`);
  const path = displayPath(io, source);
  const report = { path, diagnostics: checked.diagnostics, places: checked.places, ...(recognition.document.kind === 'txt' ? {} : { paragraphs: true }) };
  io.stdout(formatHuman([report], { language, color: false, version }));
  return EXIT_OK;
}
