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

source "$(dirname "$0")/apt-install.sh"
apt_install setup-render-tools "${missing[@]}"
