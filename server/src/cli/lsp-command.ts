/**
 * `kehoach lsp`: starts the language server for editors other than VS Code, on standard input and
 * output unless `--node-ipc` or `--socket=N` says otherwise. The server is its own bundle
 * (dist/server.js, also the `kehoach-language-server` command) beside the CLI's; it is loaded
 * only here, so checking and building never pay for it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { EXIT_USAGE, type CliIO } from './io';

/** Where `npm run build` puts the server: next to the CLI bundle this file is part of. */
function serverBundle(): string {
  return join(__dirname, 'server.js');
}

export function defineLspCommand(program: Command, io: CliIO, setExitCode: (code: number) => void): void {
  program
    .command('lsp')
    .description('Chạy máy chủ ngôn ngữ cho trình soạn thảo / run the language server for an editor')
    .option('--stdio', 'qua đầu vào và đầu ra chuẩn (mặc định) / over standard input and output (the default)')
    .option('--node-ipc', 'qua kênh IPC của Node / over Node IPC')
    .option('--socket <port>', 'qua cổng TCP / over a TCP port')
    .option('--clientProcessId <pid>', 'dừng khi tiến trình của trình soạn thảo dừng / exit when the editor process exits')
    .action(() => {
      const bundle = serverBundle();
      if (!existsSync(bundle)) {
        io.stderr(`kehoach: không thấy máy chủ ngôn ngữ ${bundle} (chạy npm run build) / the language server ${bundle} is missing (run npm run build)\n`);
        setExitCode(EXIT_USAGE);
        return;
      }
      // The server reads its transport from process.argv, where the options above stand as given.
      require(bundle);
    });
}
