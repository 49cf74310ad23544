/**
 * The `kehoach` command line: `check` lints plan files, `format` lays them out, `build` compiles
 * them into documents.
 * The same core as the language server; this layer only reads files, prints and exits.
 */
import { Command, CommanderError } from 'commander';
import { defineBuildCommand } from './build';
import { defineCheckCommand } from './check';
import { defineFormatCommand } from './format-command';
import { defineInitCommand } from './init';
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
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  defineCheckCommand(program, io, setExitCode, version);
  defineFormatCommand(program, io, setExitCode);
  defineBuildCommand(program, io, setExitCode);
  defineInitCommand(program, io, setExitCode);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    io.stderr(`kehoach: lỗi nội bộ / internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
  return exitCode;
}
