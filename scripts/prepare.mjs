// npm's `prepare`: builds dist/ whenever the package is installed from its repository — `npm ci`
// or `npm install` in a clone, `npm pack`, and npm's install of the repository as a git
// dependency, which is how current pre-commit installs the hooks (`npm install -g git+file://…`).
//
// In that last case npm prepares the clone with `npm_config_global=true` left in the environment
// (npm/cli#8440), so its `npm install` there puts nothing in the clone's node_modules and the build
// tools are missing. The build then installs them locally first, from npm's cache when it can,
// with scripts off so this script does not run again inside that install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

if (!existsSync(new URL('../node_modules/esbuild/package.json', import.meta.url)) && process.env.npm_config_global === 'true') {
  const npm = process.env.npm_execpath;
  const args = ['install', '--no-save', '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'];
  const install = npm
    ? spawnSync(process.execPath, [npm, ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, npm_config_global: 'false' } })
    : { status: 1, error: new Error('npm_execpath is not set: this script runs under npm') };
  if (install.status !== 0) {
    console.error(`kehoach: could not install the build tools for the global install (${install.error ?? `exit ${install.status}`})`);
    process.exit(1);
  }
}

await import('./build.mjs');
