#!/usr/bin/env bash
# Installs Debian's neovim, which test/editors/neovim.test.ts runs headless to drive the language
# server through Neovim's own LSP client, as a drafter using Neovim would (0.7.x on Debian 12: no
# pull diagnostics and no file watching in the client, so the server's fallbacks are what it sees).
# Does nothing when nvim is already there. Needs root (or sudo) and apt-get.
set -euo pipefail

if command -v nvim >/dev/null 2>&1; then
  exit 0
fi

source "$(dirname "$0")/apt-install.sh"
apt_install setup-neovim neovim
