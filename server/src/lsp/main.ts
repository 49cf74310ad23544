/**
 * The language server's entry point: a Node process talking to its editor over standard input and
 * output (the default, for Neovim, Helix, Emacs), IPC (VS Code) or a socket, with the real disk and
 * the real clock. Everything else is in server.ts.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeFileSystem } from './file-system';
import { startServer } from './server';
import { transportProblem, withDefaultTransport } from './transport';

const problem = transportProblem(process.argv.slice(2));
if (problem) {
  process.stderr.write(`kehoach-language-server: ${problem.vi} / ${problem.en}\n`);
  process.exit(2);
}
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
