#!/usr/bin/env node
// Runs the extension's end-to-end tests in a real VS Code without downloading one: code-server
// 4.100.3 (VS Code 1.100.3, with a Node extension host) serves the workbench and Debian's chromium,
// driven by playwright-core, renders it. The extension host loads the tests exactly as
// @vscode/test-electron does, by require()-ing the suite and awaiting its run(); on a machine that
// can download VS Code, @vscode/test-electron can run the same suite unchanged.
//
// Configurations run one after the other: the development tree (suite/, the extension loaded from
// the repository), the shipped package (installed/, the .vsix from `npm run package` installed
// into code-server's extensions folder), so a file the package leaves out fails a test, a window
// reload (reload/, whose suite runs twice, before and after it) and Restricted Mode (restricted/).
//
// Install the tools once with scripts/setup-code-server.sh, then: npm run test:e2e
// Environment: CODE_SERVER_BIN, CHROMIUM_BIN, TEST_TIMEOUT_MS, VERBOSE=1, KEEP_TMP=1.
//
// A test asks the browser side for what the extension host cannot do by printing one line:
// `[e2e:keys] Control+k v` presses those keys in the workbench (space between chords),
// `[e2e:collapse] title` clicks the header of that side-bar pane, `[e2e:screenshot] name`
// writes out/e2e/screenshots/name.png (by a rename, so a test that waits for the file never reads
// half of it), and `[e2e:notification] label` waits for the notification offering a button with
// that label, writes its message to out/e2e/notifications/label.txt (by a rename too) and clicks
// the button, as a user answers it. They are done one after the other, in the order asked.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');
const util = require('util');

const REPO = path.resolve(__dirname, '..', '..');
const E2E_HOME = process.env.KEHOACH_E2E_HOME || path.join(os.homedir(), '.cache', 'kehoach-e2e');
const OUT = path.join(REPO, 'out', 'e2e');
const SCREENSHOTS = path.join(OUT, 'screenshots');
const NOTIFICATIONS = path.join(OUT, 'notifications');
const ACTION = /^\[e2e:(keys|screenshot|collapse|notification)\] (.+)$/;

// Workbench chatter that says nothing about the tests.
const NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin|\[Service Worker\]|ChatSessionStore|Creation of workbench contribution|getaddrinfo ENOTFOUND|Started local extension host|Ignoring the error while validating workspace folder)/;

/**
 * Bundles each suite folder for the extension host into out/e2e/<folder>: CommonJS, with vscode and
 * mocha left to require(), and the shared Mocha entry (index.ts) beside the suite's files.
 */
async function buildSuites(folders) {
  const { build } = require('esbuild');
  fs.rmSync(OUT, { recursive: true, force: true });
  for (const folder of folders) {
    const dir = path.join(__dirname, folder);
    const entryPoints = { index: path.join(__dirname, 'index.ts') };
    for (const name of fs.readdirSync(dir).filter((file) => file.endsWith('.e2e.ts'))) entryPoints[name.slice(0, -'.ts'.length)] = path.join(dir, name);
    await build({ entryPoints, outdir: path.join(OUT, folder), bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['vscode', 'mocha'], logLevel: 'warning' });
  }
}

/** Builds and packs the extension exactly as `npm run package` does, into out/e2e. */
function packageVsix() {
  const { version } = require(path.join(REPO, 'package.json'));
  const vsix = path.join(OUT, `kehoach-${version}.vsix`);
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'package', '--', '--out', vsix], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(vsix) : reject(new Error(`npm run package failed (${code}):\n${output}`))));
  });
}

/**
 * VS Code starts tests only with an extension under development, which would shadow an installed
 * extension of the same id. The installed package is tested beside this empty one instead.
 */
function emptyHostExtension() {
  const dir = path.join(OUT, 'host');
  fs.mkdirSync(dir, { recursive: true });
  const manifest = { name: 'kehoach-e2e-host', publisher: 'kehoach-e2e', version: '0.0.0', engines: { vscode: '^1.100.0' } };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForHealthz(base, proc, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (proc.exitCode !== null) throw new Error(`code-server exited early with ${proc.exitCode}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // Not listening yet: poll again.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('code-server did not come up');
}

async function runTests({
  extensionDevelopmentPath,
  extensionTestsPath,
  workspacePath,
  codeServerPath = process.env.CODE_SERVER_BIN || path.join(E2E_HOME, 'code-server', 'node_modules', '.bin', 'code-server'),
  chromiumPath = process.env.CHROMIUM_BIN || '/usr/bin/chromium',
  installExtensions = [],
  trusted = true,
  timeoutMs = Number(process.env.TEST_TIMEOUT_MS || 300000),
  verbose = !!process.env.VERBOSE,
  keepTmp = !!process.env.KEEP_TMP,
}) {
  if (!fs.existsSync(codeServerPath) || !fs.existsSync(chromiumPath)) {
    console.error(`code-server (${codeServerPath}) or chromium (${chromiumPath}) is missing: run scripts/setup-code-server.sh first.`);
    return 2;
  }
  const { chromium } = require('playwright-core');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kehoach-e2e-'));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const base = `http://${host}`;
  const userData = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  // --config always: without it code-server writes ~/.config/code-server/config.yaml.
  fs.writeFileSync(path.join(tmp, 'config.yaml'), `bind-addr: ${host}\nauth: none\ncert: false\n`);
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'telemetry.telemetryLevel': 'off',
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        // Restricted Mode is tested by a configuration that leaves the folder untrusted.
        'security.workspace.trust.enabled': !trusted,
        'security.workspace.trust.startupPrompt': 'never',
        'security.workspace.trust.untrustedFiles': 'open',
        // Tests edit the workspace's plans and undo; a save would change the files later tests read.
        'files.autoSave': 'off',
        // The repository around the workspace folder is not the user's: its prompt would cover the screenshots.
        'git.openRepositoryInParentFolders': 'never',
      },
      null,
      2,
    ),
  );
  const args = ['--config', path.join(tmp, 'config.yaml'), '--user-data-dir', userData, '--extensions-dir', extensionsDir];
  // The extension host leaves sockets in TMPDIR; inside the run folder they go with it.
  const env = { ...process.env, TMPDIR: tmp };

  // Installed before the server starts, so the workbench finds them as a user's would.
  for (const vsix of installExtensions) {
    await new Promise((resolve, reject) =>
      spawn(codeServerPath, [...args, '--install-extension', path.resolve(vsix)], { stdio: verbose ? 'inherit' : 'ignore', env })
        .on('error', reject)
        .on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`--install-extension ${vsix} failed (${code})`)))),
    );
  }

  const log = fs.createWriteStream(path.join(tmp, 'code-server.log'));
  const server = spawn(
    codeServerPath,
    [...args, '--disable-telemetry', '--disable-update-check', ...(trusted ? ['--disable-workspace-trust'] : []), '--disable-getting-started-override', '--ignore-last-opened'],
    { stdio: ['ignore', 'pipe', 'pipe'], env, detached: true },
  );
  server.stdout.pipe(log);
  server.stderr.pipe(log);
  // code-server has its own process group, so the whole tree stops with it.
  const killServer = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  const onSignal = () => {
    killServer();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let browser;
  let page;
  let actions = Promise.resolve();
  let exitCode = 1;
  try {
    await waitForHealthz(base, server, 60000);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The workbench calls codeAutomationExit(code) once run() settles, and sends all extension-host
    // output (Mocha's reporter included) through codeAutomationLog.
    const done = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
    await page.exposeFunction('codeAutomationLog', (level, logArgs) => {
      const line = util.format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
      const action = ACTION.exec(line);
      if (action) actions = actions.then(() => act(page, action[1], action[2]));
      if (verbose || !NOISE.test(line)) (level === 'error' ? console.error : console.log)(line);
    });
    if (verbose) page.on('console', (message) => console.log('[browser]', message.type(), message.text()));
    page.on('pageerror', (error) => console.error('[pageerror]', error.message));

    const remote = (p) => `vscode-remote://${host}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(path.resolve(extensionDevelopmentPath))],
      ['extensionTestsPath', remote(path.resolve(extensionTestsPath))],
    ];
    let url = `${base}/?payload=${encodeURIComponent(JSON.stringify(payload))}`;
    if (workspacePath) url += `&folder=${encodeURIComponent(path.resolve(workspacePath))}`;
    await page.goto(url);
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`tests timed out after ${timeoutMs} ms`)), timeoutMs);
    });
    exitCode = await Promise.race([done, timeout]).finally(() => clearTimeout(timer));
    console.log(`extension tests finished with exit code ${exitCode}`);
  } catch (error) {
    console.error('runner error:', (error && error.stack) || error);
    if (page) await page.screenshot({ path: path.join(tmp, 'failure.png') }).catch(() => {});
    exitCode = 1;
  } finally {
    if (browser) await browser.close().catch(() => {});
    killServer();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    if (exitCode === 0 && !keepTmp) fs.rmSync(tmp, { recursive: true, force: true });
    else console.error(`logs kept in ${tmp} (code-server.log, user-data/logs/*/exthost*/remoteexthost.log)`);
  }
  return exitCode;
}

/** Does what a test asked for in an `[e2e:…]` line; a failure is printed, and the test times out waiting. */
async function act(page, kind, argument) {
  try {
    if (kind === 'keys') {
      for (const chord of argument.split(' ')) await page.keyboard.press(chord);
    } else if (kind === 'collapse') {
      await page.locator('.pane-header[aria-expanded="true"]', { hasText: new RegExp(`^\\s*${argument}\\s*$`, 'i') }).first().click();
    } else if (kind === 'notification') {
      // The toast is waited for as it appears (Playwright waits for the element), never for a set time.
      const button = page.getByRole('button', { name: argument, exact: true });
      const toast = page.locator('.notification-toast').filter({ has: button }).first();
      const message = await toast.locator('.notification-list-item-message').first().innerText({ timeout: 60000 });
      fs.mkdirSync(NOTIFICATIONS, { recursive: true });
      const target = path.join(NOTIFICATIONS, `${argument.replace(/[^\w-]/g, '_')}.txt`);
      fs.writeFileSync(`${target}.part`, message);
      fs.renameSync(`${target}.part`, target);
      await toast.getByRole('button', { name: argument, exact: true }).first().click();
    } else {
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      const target = path.join(SCREENSHOTS, `${argument.replace(/[^\w-]/g, '_')}.png`);
      await page.screenshot({ path: `${target}.part.png` });
      fs.renameSync(`${target}.part.png`, target);
    }
  } catch (error) {
    console.error(`[e2e:${kind}] ${argument} failed:`, error);
  }
}

module.exports = { runTests };

async function main() {
  await buildSuites(['suite', 'installed', 'restricted', 'reload']);
  const vsix = await packageVsix();
  const workspacePath = path.join(__dirname, 'workspace');
  const configurations = [
    { name: 'development tree', extensionDevelopmentPath: REPO, extensionTestsPath: path.join(OUT, 'suite', 'index.js'), workspacePath },
    {
      name: `installed ${path.basename(vsix)}`,
      extensionDevelopmentPath: emptyHostExtension(),
      extensionTestsPath: path.join(OUT, 'installed', 'index.js'),
      workspacePath,
      installExtensions: [vsix],
    },
    // The suite reloads the window once and runs again in the new one (reload/reload.e2e.ts).
    { name: 'a window reload', extensionDevelopmentPath: REPO, extensionTestsPath: path.join(OUT, 'reload', 'index.js'), workspacePath },
    {
      name: 'Restricted Mode (untrusted folder)',
      extensionDevelopmentPath: REPO,
      extensionTestsPath: path.join(OUT, 'restricted', 'index.js'),
      workspacePath,
      trusted: false,
    },
  ];
  let failed = 0;
  for (const { name, ...options } of configurations) {
    console.log(`\n# ${name}`);
    const started = Date.now();
    const code = await runTests(options);
    console.log(`# ${name}: ${code === 0 ? 'passed' : `failed (${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (code !== 0) failed++;
  }
  return failed === 0 ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
