#!/usr/bin/env bash
# Installs Debian packages for the test command's setup scripts: `apt_install NAME PACKAGE...`
# runs apt-get as root (or through sudo) and says clearly why it cannot when apt-get or root is
# missing. Sourced, not run.

apt_install() {
  local name=$1
  shift
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "$name: apt-get not found; install $* by hand" >&2
    return 1
  fi
  local as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      as_root=(sudo -n)
    else
      echo "$name: need root to install $*" >&2
      return 1
    fi
  fi
  echo "$name: installing $*" >&2
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
}
