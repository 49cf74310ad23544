#!/usr/bin/env node
'use strict';
// The CLI is bundled by `npm run build` into dist/cli.js; this file only starts it, through a V8
// compile cache: compiling the bundle is a large part of a short command's time, and the cache
// lets the next run skip it. Node 22 offers that cache itself (module.enableCompileCache); on
// Node 20 the bundle is compiled here with the code V8 produced after the previous run, which
// holds every function that run compiled. NODE_DISABLE_COMPILE_CACHE turns both off, as in Node.
const Module = require('node:module');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');

const dist = path.join(__dirname, '..', 'dist');
const bundle = path.join(dist, 'cli.js');
/**
 * The bundles the CLI requires only when it needs them (scripts/build.mjs): the document writers,
 * for a DOCX or PDF build, and PDF.js, for reading a PDF. They go through the same cache.
 */
const BUNDLES_APART = new Set(['./cli-writers.js', './cli-pdf.js']);

function loadCli() {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return { cli: require(bundle), saveCache: () => {} };
  const folder = cacheFolder();
  if (typeof Module.enableCompileCache === 'function') {
    // Node's own folder would be os.tmpdir()/node-compile-cache, shared by every user of the
    // machine: code cached there by someone else would run as this user. The checked folder only.
    if (folder) Module.enableCompileCache(folder);
    return { cli: require(bundle), saveCache: () => {} };
  }
  const compiled = [];
  const cli = loadWithCodeCache(bundle, folder, compiled);
  const saveCache = () => {
    for (const { script, cacheFile, accepted } of compiled) {
      if (!cacheFile || accepted) continue;
      try {
        // Written whole under another name and renamed, so a run at the same time never reads half.
        const partial = `${cacheFile}.${process.pid}`;
        fs.writeFileSync(partial, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(partial, cacheFile);
      } catch {
        // A cache that cannot be written costs the next run its compile time, nothing more.
      }
    }
  };
  return { cli, saveCache };
}

/** A bundle of dist/ compiled with the cached code when there is some that V8 accepts; its exports. */
function loadWithCodeCache(file, folder, compiled) {
  const source = fs.readFileSync(file, 'utf8');
  // V8 checks only the length of the source a cache was made from, so the cache is named by the
  // bundle's content: code cached for another build of the same length would run the wrong code.
  const digest = require('node:crypto').createHash('sha256').update(source).digest('hex').slice(0, 32);
  const cacheFile = folder && path.join(folder, `${path.basename(file, '.js')}-${digest}-${process.version}-${process.arch}.cache`);
  let cachedData;
  try {
    if (cacheFile) cachedData = fs.readFileSync(cacheFile);
  } catch {
    // No cache yet: this run makes one.
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  compiled.push({ script, cacheFile, accepted: cachedData !== undefined && !script.cachedDataRejected });
  const bundleModule = new Module(file, module);
  bundleModule.filename = file;
  bundleModule.paths = Module._nodeModulePaths(path.dirname(file));
  const plainRequire = Module.createRequire(file);
  const loaded = new Map();
  const bundleRequire = (id) => {
    if (!BUNDLES_APART.has(id)) return plainRequire(id);
    if (!loaded.has(id)) loaded.set(id, loadWithCodeCache(path.join(dist, id), folder, compiled));
    return loaded.get(id);
  };
  script.runInThisContext()(bundleModule.exports, bundleRequire, bundleModule, file, path.dirname(file));
  bundleModule.loaded = true;
  return bundleModule.exports;
}

/**
 * The user's own cache folder under the temporary folder, or none. Cached code runs as the CLI, so
 * a folder some other user made or can write to is never used.
 */
function cacheFolder() {
  try {
    const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
    const folder = path.join(os.tmpdir(), `kehoach-compile-cache-${uid ?? os.userInfo().username}`);
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    const stat = fs.lstatSync(folder);
    if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid) || (process.platform !== 'win32' && (stat.mode & 0o022) !== 0)) return undefined;
    return folder;
  } catch {
    return undefined;
  }
}

/**
 * A command is over in a fraction of a second to a few seconds, and V8 spent a quarter of a DOCX
 * build of the seed compiling functions with its optimising compiler, on other threads, for the few
 * times they would run after. Ten times V8's interrupt budget (67,584 by default on Node 20) lets a
 * function run that much longer before it is optimised: what runs hot is still optimised, the code
 * a command runs a few times no longer is. Measured in CPU time, interleaved: a DOCX build of the
 * seed 0.88×, of a 100-page plan 0.81×, `check` of 100 generated plans 0.90×. The language server
 * runs for hours and keeps V8's default.
 */
if (process.argv[2] !== 'lsp') require('node:v8').setFlagsFromString('--interrupt-budget=675840');

/**
 * `kehoach lsp` with only its transport options starts the language server's own bundle at once,
 * as kehoach-language-server does: going through the CLI would keep the CLI's bundle (its
 * commands, the Word and PDF readers) in the server's process for as long as the editor runs,
 * 15 MB of a workspace's 150. Anything else (help, an unknown option, a build without the server)
 * still goes through the CLI, which says what is wrong.
 */
function startsServer(args) {
  if (args[0] !== 'lsp' || !fs.existsSync(path.join(dist, 'server.js'))) return false;
  for (let at = 1; at < args.length; at++) {
    const arg = args[at];
    if (arg === '--stdio' || arg === '--node-ipc' || /^--(socket|clientProcessId)=\d+$/.test(arg)) continue;
    if ((arg === '--socket' || arg === '--clientProcessId') && /^\d+$/.test(args[at + 1] ?? '')) {
      at++;
      continue;
    }
    return false;
  }
  return true;
}

if (startsServer(process.argv.slice(2))) {
  process.argv.splice(2, 1);
  require(path.join(dist, 'server.js'));
  return;
}

const { cli, saveCache } = loadCli();
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  saveCache();
});
