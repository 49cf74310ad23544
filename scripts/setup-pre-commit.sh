#!/usr/bin/env bash
# Installs Debian's pre-commit, which test/package/pre-commit.test.ts runs on a temporary
# repository to prove the hooks of .pre-commit-hooks.yaml install and run in the pre-commit that
# distributions ship (3.0.x on Debian 12). Does nothing when pre-commit is already there. Needs
# root (or sudo) and apt-get.
set -euo pipefail

if command -v pre-commit >/dev/null 2>&1; then
  exit 0
fi

source "$(dirname "$0")/apt-install.sh"
apt_install setup-pre-commit pre-commit
