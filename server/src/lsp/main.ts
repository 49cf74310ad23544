/**
 * The language server's entry point: a Node process talking to its editor over standard input and
 * output (the default, for Neovim, Helix, Emacs), IPC (VS Code) or a socket, with the real disk and
 * the real clock. Everything else is in server.ts.
 */
import { setFlagsFromString } from 'node:v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeFileSystem } from './file-system';
import { startServer } from './server';
import { transportProblem, withDefaultTransport } from './transport';

const problem = transportProblem(process.argv.slice(2));
if (problem) {
  process.stderr.write(`kehoach-language-server: ${problem.vi} / ${problem.en}\n`);
  process.exit(2);
}
// After a full collection V8 lets the old generation grow to up to four times what survived
// before the next one. The server's garbage is short-lived (each plan's tree and its check's
// findings, kept only while that plan is checked), so that headroom only ever held garbage: on a
// workspace of 1,000 plans, 35 to 80 MB beyond the 24 MB that stay alive. Growing by half of what
// survived costs a few more collections (6 or 7 instead of 2 while those plans are read and
// checked, about 0.1 s of 7 s) and bounds the garbage. V8 reads this setting at every full
// collection, so it takes effect when set here, for every way the server is started (the
// kehoach-language-server command, `kehoach lsp`, VS Code); the young generation's size, which V8
// fixes when it starts, is an option of the process that starts the server (SERVER_NODE_OPTIONS).
setFlagsFromString('--heap-growing-percent=50');
// The library reads the transport from process.argv itself; without one it would throw.
process.argv = [...process.argv.slice(0, 2), ...withDefaultTransport(process.argv.slice(2))];
const connection = createConnection(ProposedFeatures.all);

// A bug that escapes every guard is logged; the process stays up, so the editor keeps its features.
process.on('uncaughtException', (error) => connection.console.error(`uncaught: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${String(reason)}`));

startServer(connection, {
  fs: nodeFileSystem,
  today: () => {
    // The user's calendar day, in the zone of the machine the editor runs on.
    const now = new Date();
    return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  },
  now: () => new Date(),
});
