#!/usr/bin/env bash
# The user guide's picture of a data-request workbook (docs/images/collect-workbook.png): the
# sample report's staff chapter collected, filled in with openpyxl, printed by LibreOffice
# headless to PDF (its PNG export needs the GUI packages) and rendered with pdftoppm.
# Usage: scripts/workbook-screenshot.sh BUILD_DIR
set -euo pipefail
build=$(realpath "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
cp "$root/resources/samples/west-district-2023.csreport" report.csreport
QT_QPA_PLATFORM=offscreen "$build/app/csrstudio" collect report.csreport -o out --by chapter >/dev/null
/usr/bin/python3 "$root/tests/data/fill-workbook.py" "out/员工录用.xlsx" filled.xlsx \
    '{"staff.formal": 640, "staff.dispatched": 5, "note:staff.formal": "人力资源系统 2023-12-31"}'
# The first table sheet active, so that the picture shows what a colleague fills in.
/usr/bin/python3 -c "
import openpyxl, sys
b = openpyxl.load_workbook('filled.xlsx'); b.active = 1
for s in b.worksheets: s.sheet_view.tabSelected = s is b.worksheets[1]
b.save('filled.xlsx')"
soffice -env:UserInstallation="file://$work/profile" --headless --norestore \
    --convert-to pdf --outdir pdf filled.xlsx >/dev/null 2>&1
pdftoppm -png -r 110 -f 2 -l 2 pdf/filled.pdf page
convert page-*.png -trim -bordercolor white -border 16 "$root/docs/images/collect-workbook.png"
echo "$root/docs/images/collect-workbook.png"
