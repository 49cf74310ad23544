/**
 * How the server talks to its editor. vscode-languageserver reads the transport from the command
 * line (`--stdio`, `--node-ipc`, `--socket=N`, `--pipe=NAME`) and throws without one; editors
 * other than VS Code (Neovim, Helix, Emacs) and a drafter trying `kehoach lsp` by hand expect
 * standard input and output, so that is what the server uses when no transport is named.
 */
import type { Message } from '../base/diagnostic';

const TRANSPORT_FLAG = /^--(stdio|node-ipc|socket|pipe)(=|$)/;

/** The arguments the connection reads, with `--stdio` added when they name no transport. */
export function withDefaultTransport(args: readonly string[]): string[] {
  return args.some((arg) => TRANSPORT_FLAG.test(arg)) ? [...args] : [...args, '--stdio'];
}

/**
 * What is wrong with a `--socket` or `--pipe` the connection could not use (it would throw a stack
 * trace at the user), or undefined.
 */
export function transportProblem(args: readonly string[]): Message | undefined {
  for (let at = 0; at < args.length; at++) {
    const match = /^--(socket|pipe)(?:=(.*))?$/.exec(args[at]!);
    if (!match) continue;
    const value = match[2] ?? args[at + 1];
    if (match[1] === 'socket') {
      const port = Number(value);
      if (!value || !/^\d+$/.test(value) || port < 1 || port > 65535) {
        return { vi: `--socket cần một cổng TCP từ 1 đến 65535, không phải "${value ?? ''}".`, en: `--socket needs a TCP port from 1 to 65535, not "${value ?? ''}".` };
      }
    } else if (!value) {
      return { vi: '--pipe cần tên của một đường ống.', en: '--pipe needs the name of a pipe.' };
    }
  }
  return undefined;
}
