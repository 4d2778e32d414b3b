#!/usr/bin/env bash
# Installs every Debian package the project needs, to build, run, test and check its PDFs.
# The one place where packages are listed; run as root on Debian bookworm.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config git clang-format ccache
  # the libFuzzer targets of tests/fuzz (clang 14 with its fuzzer and sanitizer runtimes)
  clang libfuzzer-14-dev libclang-rt-14-dev
  # Qt 6: widgets, print support, charts, SVG (seal images), Linguist tools
  qt6-base-dev libqt6opengl6-dev libxkbcommon-dev libgl-dev libvulkan-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6svg6 qt6-translations-l10n
  # tests
  catch2
  # PDF: outline/links and signing (PoDoFo + OpenSSL), verification and rendering (poppler)
  libpodofo-dev libssl-dev openssl libpoppler-qt6-dev
  # fonts that embed and extract CJK exactly (see docs/architecture.md)
  fonts-wqy-microhei
  fonts-wqy-zenhei   # the civic-blue style's font (print/style/StyleFonts)
  # icons rendered at build time; the .deb (scripts/package.sh) and its checks
  librsvg2-bin dpkg-dev desktop-file-utils shared-mime-info man-db file lintian
  # trying the installed package by hand: xdg-mime's file-type answer outside a desktop session
  xdg-utils libfile-mimeinfo-perl
  # checking PDFs as a reader would, and screenshots of a real window
  poppler-utils qpdf xvfb xauth x11-apps imagemagick
  # team mode: Qt's PostgreSQL driver, libpq (addresses, lost connections) and the server the
  # tests start on a temporary directory
  libqt6sql6-psql libpq-dev postgresql-15
  # figures in and out through spreadsheets: data-request workbooks written with libxlsxwriter,
  # workbooks read back through QuaZip (ZIP) + QXmlStreamReader; the tests fill a workbook with
  # openpyxl and re-save it with LibreOffice Calc (headless) as a foreign writer
  libxlsxwriter-dev libquazip1-qt6-dev python3-openpyxl libreoffice-calc-nogui
  # a temporary NSS database that trusts the test CA, for pdfsig in the signing tests
  libnss3-tools
  # open data workbooks (export --data -o figures.xlsx); the tests read them back with openpyxl
  libxlsxwriter-dev python3-openpyxl
  # importing last year's report from Word: the tests build a .docx from the sample's text
  python3-docx
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "install-deps: missing packages (${missing[*]}); run as root" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
