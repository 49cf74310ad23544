#!/usr/bin/env bash
# Installs what the extension's end-to-end tests need on a machine that reaches only the npm registry
# and Debian's apt: code-server 4.100.3 (VS Code 1.100.3, the version engines.vscode targets, with a
# real Node extension host) and Debian's chromium to render its workbench. Everything goes into
# ~/.cache/kehoach-e2e, outside the repository, so the 300 MB install is made once and reused.
#
# Usage: scripts/setup-code-server.sh   (then: npm run test:e2e)
set -euo pipefail
CS_VERSION="${CS_VERSION:-4.100.3}"   # the last code-server on npm whose engines allow Node 20
E2E_HOME="${KEHOACH_E2E_HOME:-$HOME/.cache/kehoach-e2e}"
CS_DIR="$E2E_HOME/code-server"

if [ -x "$CS_DIR/node_modules/.bin/code-server" ] && [ -x /usr/bin/chromium ]; then
  echo "code-server and chromium are already installed in $E2E_HOME"
  exit 0
fi

# System packages: the browser, the kerberos headers a native module of code-server needs, and the
# toolchain node-gyp uses to build the native modules that have no prebuilt binary here.
if [ ! -x /usr/bin/chromium ] || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup-code-server: apt-get not found; install chromium, libkrb5-dev, build-essential, python3 and pkg-config by hand" >&2
    exit 1
  fi
  # sudo drops the environment, so DEBIAN_FRONTEND goes through env; -n fails instead of prompting.
  SUDO="env DEBIAN_FRONTEND=noninteractive"
  [ "$(id -u)" -eq 0 ] || SUDO="sudo -n env DEBIAN_FRONTEND=noninteractive"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends chromium libkrb5-dev build-essential python3 pkg-config
fi

# @vscode/ripgrep 1.15.11 (pinned inside code-server) downloads rg from GitHub in its postinstall.
# Its download cache is seeded with the rg binary of the npm package @vscode/ripgrep-linux-x64, so
# the postinstall finds a cached download and never goes to GitHub.
RG_CACHE="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-1.15.11"
RG_TGZ="$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -f "$RG_TGZ" ]; then
  work="$(mktemp -d)"
  (cd "$work" && npm pack @vscode/ripgrep-linux-x64@1.18.0 --silent >/dev/null && tar xzf vscode-ripgrep-linux-x64-1.18.0.tgz)
  mkdir -p "$RG_CACHE"
  tar czf "$RG_TGZ" -C "$work/package/bin" rg
  rm -rf "$work"
fi

# code-server's postinstall refuses to run as root without unsafe_perm, and node-pty's runs
# `npx node-gyp`, which aborts on a prompt unless npx is told yes.
mkdir -p "$CS_DIR"
cd "$CS_DIR"
[ -f package.json ] || npm init -y >/dev/null
npm_config_unsafe_perm=true npm_config_yes=true npm install --no-audit --no-fund "code-server@$CS_VERSION"
# --config keeps code-server from writing ~/.config/code-server/config.yaml.
"$CS_DIR/node_modules/.bin/code-server" --config /dev/null --version
test -x "$CS_DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
echo "installed in $E2E_HOME"
