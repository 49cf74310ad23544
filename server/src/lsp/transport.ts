/**
 * How the server talks to its editor. vscode-languageserver reads the transport from the command
 * line (`--stdio`, `--node-ipc`, `--socket=N`, `--pipe=NAME`) and throws without one; editors
 * other than VS Code (Neovim, Helix, Emacs) and a drafter trying `kehoach lsp` by hand expect
 * standard input and output, so that is what the server uses when no transport is named.
 */

const TRANSPORT_FLAG = /^--(stdio|node-ipc|socket|pipe)(=|$)/;

/** The arguments the connection reads, with `--stdio` added when they name no transport. */
export function withDefaultTransport(args: readonly string[]): string[] {
  return args.some((arg) => TRANSPORT_FLAG.test(arg)) ? [...args] : [...args, '--stdio'];
}
