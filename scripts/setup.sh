#!/usr/bin/env bash
# Installs what StrategyMiner needs besides the .NET SDK, once. Safe to run again: it only
# installs packages that are missing. Needs root or sudo for apt-get.
set -euo pipefail

packages=(
  tesseract-ocr tesseract-ocr-swe tesseract-ocr-eng tesseract-ocr-osd libtesseract5  # OCR (Swedish model; eng for test data; osd for rotation)
  poppler-utils      # pdftoppm renders pages for OCR and the review page; pdftotext is a benchmark anchor
  ocrmypdf           # benchmark anchor for OCR (its python3-pikepdf also encrypts a test fixture)
  hunspell-sv hunspell-tools wswedish  # Swedish lexicon for OCR repair (unmunch expands hunspell)
  chromium           # end-to-end tests of the review page (driven by Playwright, never downloaded)
  fonts-dejavu-core  # a font with å/ä/ö for rendered pages and screenshots
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=sudo
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

command -v dotnet >/dev/null || { echo "setup: the .NET 10 SDK (dotnet) is not on PATH" >&2; exit 1; }
