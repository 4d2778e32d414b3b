#!/usr/bin/env bash
# The user guide's photo pictures: a school-like report with two activity photos, made through
# the editor's own path (csr_photo_screenshot: docs/images/ui-photo-editor.png), exported as a
# PDF, and the photo page rendered (docs/images/page-photo.png). The photos are synthetic
# (ImageMagick's plasma fractal): no camera pictures ship with Debian.
# Usage: scripts/photo-page.sh BUILD_DIR
set -euo pipefail
build=${1:-build}
out=docs/images
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --build "$build" --target csr_photo_screenshot csrstudio
convert -seed 7 -size 2400x1600 plasma:skyblue-forestgreen -blur 0x3 -quality 88 "$tmp/garden.jpg"
convert -seed 3 -size 1800x1350 plasma:wheat-indianred -blur 0x4 -quality 88 "$tmp/visit.jpg"
QT_QPA_PLATFORM=offscreen "$build/ui/csr_photo_screenshot" "$out/ui-photo-editor.png" \
    "$tmp/school.csreport" "$tmp/garden.jpg" "$tmp/visit.jpg"
"$build/app/csrstudio" export "$tmp/school.csreport" -o "$tmp/school.pdf" --force
pdfimages -list "$tmp/school.pdf"
page=$(pdftotext "$tmp/school.pdf" - | awk -v RS='\f' '/图1/ {print NR; exit}')
pdftoppm -f "$page" -l "$page" -r 70 -png "$tmp/school.pdf" "$tmp/page"
convert "$tmp"/page-*.png -colors 96 "$out/page-photo.png"
ls -l "$out/page-photo.png" "$out/ui-photo-editor.png" "$tmp/school.pdf"
