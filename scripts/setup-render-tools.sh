#!/usr/bin/env bash
# Installs the Debian tools that check rendered documents the way a person would: LibreOffice
# (DOCX → PDF), the Liberation fonts (metric-compatible with Times New Roman, so the page breaks
# match Word's), poppler (pdftotext, pdftoppm) and pandoc (the benchmark's reference converter).
# Does nothing when every tool is already there. Needs root (or sudo) and apt-get.
set -euo pipefail

missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
fc-list 2>/dev/null | grep -qi 'Liberation Serif' || missing+=(fonts-liberation2)
command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v pandoc >/dev/null 2>&1 || missing+=(pandoc)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-render-tools: apt-get not found; install ${missing[*]} by hand" >&2
  exit 1
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    as_root=(sudo -n)
  else
    echo "setup-render-tools: need root to install ${missing[*]}" >&2
    exit 1
  fi
fi

echo "setup-render-tools: installing ${missing[*]}" >&2
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
