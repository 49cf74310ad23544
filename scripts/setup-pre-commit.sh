#!/usr/bin/env bash
# Installs Debian's pre-commit, which test/package/pre-commit.test.ts runs on a temporary
# repository to prove the hooks of .pre-commit-hooks.yaml install and run in the pre-commit that
# distributions ship (3.0.x on Debian 12). Does nothing when pre-commit is already there. Needs
# root (or sudo) and apt-get.
set -euo pipefail

if command -v pre-commit >/dev/null 2>&1; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-pre-commit: apt-get not found; install pre-commit by hand" >&2
  exit 1
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    as_root=(sudo -n)
  else
    echo "setup-pre-commit: need root to install pre-commit" >&2
    exit 1
  fi
fi

echo "setup-pre-commit: installing pre-commit" >&2
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends pre-commit >&2
