/**
 * The `kehoach` command line: `check` lints plan files, `format` lays them out, `build` compiles
 * them into documents, `import` writes a plan from a Word, PDF or text document, `lsp` starts the
 * language server for an editor.
 * The same core as the language server; this layer only reads files, prints and exits.
 */
import { Command, CommanderError } from 'commander';
import { defineBuildCommand } from './build';
import { defineCheckCommand } from './check';
import { defineFormatCommand } from './format-command';
import { defineImportCommand } from './import';
import { defineInitCommand } from './init';
import { defineLspCommand } from './lsp-command';
import { defineReportCommand } from './report';
import { ioMessage } from '../node/io-messages';
import { EXIT_OK, EXIT_USAGE, processIO, type CliIO } from './io';

declare const KEHOACH_VERSION: string | undefined;

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  let exitCode = EXIT_OK;
  const setExitCode = (code: number) => {
    exitCode = code;
  };
  const version = typeof KEHOACH_VERSION === 'string' ? KEHOACH_VERSION : 'dev';
  const program = new Command('kehoach')
    .description('Công cụ cho ngôn ngữ Kế hoạch (.kh) / tools for the Kế hoạch plan language')
    .version(version)
    .exitOverride()
    // Commander's own error lines are English; they are printed below in both languages instead.
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} });
  defineCheckCommand(program, io, setExitCode, version);
  defineFormatCommand(program, io, setExitCode);
  defineBuildCommand(program, io, setExitCode);
  defineImportCommand(program, io, setExitCode, version);
  defineInitCommand(program, io, setExitCode);
  defineLspCommand(program, io, setExitCode);
  defineReportCommand(program, io, setExitCode);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT_OK;
      const usage = usageMessage(error);
      if (usage) io.stderr(`kehoach: ${usage}\n`);
      return EXIT_USAGE;
    }
    const errno = error as NodeJS.ErrnoException | undefined;
    if (typeof errno?.code === 'string' && typeof errno.syscall === 'string') {
      // A file operation that failed below a command (a folder that cannot be listed, say): the
      // words for its code, not Node's English text.
      const words = ioMessage(error);
      io.stderr(`kehoach: ${errno.path ? `${errno.path}: ` : ''}${words.vi} / ${words.en}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`kehoach: lỗi nội bộ / internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
  return exitCode;
}

/** What Vietnamese words say each usage error of the command line; help output needs none. */
const USAGE_ERRORS: Record<string, string> = {
  'commander.unknownOption': 'không có tùy chọn',
  'commander.unknownCommand': 'không có lệnh',
  'commander.missingArgument': 'thiếu đối số bắt buộc',
  'commander.optionMissingArgument': 'tùy chọn thiếu giá trị',
  'commander.missingMandatoryOptionValue': 'thiếu tùy chọn bắt buộc',
  'commander.excessArguments': 'thừa đối số',
  'commander.invalidArgument': 'giá trị không hợp lệ',
  'commander.conflictingOption': 'các tùy chọn không đi cùng nhau',
};

/** "không có tùy chọn '--x' / unknown option '--x' (kehoach --help)", or nothing for help itself. */
function usageMessage(error: CommanderError): string | undefined {
  const english = error.message.replace(/^error:\s*/, '');
  const vietnamese = USAGE_ERRORS[error.code];
  if (!vietnamese) return error.code === 'commander.help' || error.code === 'commander.helpDisplayed' ? undefined : english;
  const quoted = /'[^']*'/.exec(english)?.[0];
  return `${vietnamese}${quoted ? ` ${quoted}` : ''} / ${english} (kehoach --help)`;
}
