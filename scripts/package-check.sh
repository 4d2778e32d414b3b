#!/usr/bin/env bash
# Checks what an installation of CSR Report Studio contains, the way a desktop will use it:
#   package-check.sh FILE.deb           the package (scripts/package.sh runs this on every build)
#   package-check.sh --build-tree DIR   `cmake --install DIR` into a temporary root (the test
#                                       suite, on its own build, without making a package)
# Both check the menu entry, icons, file type, manual page, sample and the program itself; a
# package also its control fields, file list and lintian (no errors; warnings are printed).
set -euo pipefail

failures=0
fail() {
  echo "package-check: $*" >&2
  failures=$((failures + 1))
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
root=$tmp/root
deb=
case ${1:-} in
--build-tree)
  cmake --install "$2" --prefix "$root/usr" >/dev/null
  ;;
*.deb)
  deb=$1
  dpkg-deb -x "$deb" "$root"
  ;;
*)
  echo "usage: package-check.sh FILE.deb | --build-tree DIR" >&2
  exit 2
  ;;
esac

exe=$root/usr/bin/csrstudio
[[ -x $exe ]] || fail "no executable usr/bin/csrstudio"
share=$root/usr/share

# The menu entry: valid, opening a file given to it, announcing the file type.
desktop=$share/applications/csrstudio.desktop
if [[ -f $desktop ]]; then
  desktop-file-validate "$desktop" || fail "csrstudio.desktop does not validate"
  for line in 'Exec=csrstudio %f' 'Icon=csrstudio' 'MimeType=application/x-csreport;' \
    'Categories=Office;' 'Name[zh_CN]='; do
    grep -qF "$line" "$desktop" || fail "csrstudio.desktop lacks $line"
  done
else
  fail "no usr/share/applications/csrstudio.desktop"
fi

# Icons: the SVG and every PNG size, each PNG really of its size.
for icon in apps/csrstudio mimetypes/application-x-csreport; do
  [[ -f $share/icons/hicolor/scalable/$icon.svg ]] || fail "no scalable icon $icon.svg"
  for size in 16 22 24 32 48 64 128 256; do
    png=$share/icons/hicolor/${size}x$size/$icon.png
    file -b "$png" 2>/dev/null | grep -q "PNG image data, $size x $size," ||
      fail "icon ${size}x$size/$icon.png missing or not $size×$size"
  done
done

# The file type, compiled the way shared-mime-info's trigger does it.
mime=$share/mime/packages/csrstudio.xml
if [[ -f $mime ]]; then
  mkdir -p "$tmp/mime/packages"
  cp "$mime" "$tmp/mime/packages/"
  out=$(XDG_DATA_DIRS=$tmp XDG_DATA_HOME=$tmp update-mime-database "$tmp/mime" 2>&1) || fail "update-mime-database failed: $out"
  [[ -z $out ]] || fail "update-mime-database complains: $out"
  grep -q '^50:application/x-csreport:\*\.csreport$' "$tmp/mime/globs2" ||
    fail "*.csreport is not application/x-csreport"
  grep -q '^application/x-csreport:application-x-csreport$' "$tmp/mime/icons" ||
    fail "application/x-csreport has not its own icon"
else
  fail "no usr/share/mime/packages/csrstudio.xml"
fi

# The program runs, says its version and validates the installed sample.
version=$("$exe" --version 2>/dev/null | sed -n 's/^csrstudio //p')
[[ -n $version ]] || fail "csrstudio --version says no version"
sample=$share/csr-report-studio/west-district-2023.csreport
[[ -f $sample ]] || fail "no sample report in usr/share/csr-report-studio"
"$exe" validate "$sample" >/dev/null 2>&1 || fail "csrstudio validate fails on the installed sample"

# The manual: renders without a groff warning and has a section for every command --help names.
for page in man1/csrstudio.1.gz zh_CN/man1/csrstudio.1.gz; do
  [[ -f $share/man/$page ]] || {
    fail "no manual page $page"
    continue
  }
  warnings=$(LC_ALL=C.UTF-8 man --warnings -E UTF-8 -l "$share/man/$page" 2>&1 >/dev/null)
  [[ -z $warnings ]] || fail "$page: $warnings"
done
manual=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$share/man/man1/csrstudio.1.gz" 2>/dev/null || true)
commands=$(LANG=C.UTF-8 "$exe" --help 2>/dev/null | sed -n 's/^  \([a-z]\+\)  .*/\1/p')
[[ -n $commands ]] || fail "csrstudio --help lists no commands"
for command in $commands; do
  grep -q "^ *csrstudio \[options\] $command\b" <<<"$manual" || fail "the manual lacks '$command'"
done
grep -q "csrstudio $version" <<<"$manual" || fail "the manual does not name version $version"

doc=$share/doc/csr-report-studio
[[ -f $doc/copyright && -f $doc/changelog.gz ]] || fail "no copyright or changelog.gz in $doc"

if [[ -n $deb ]]; then
  info=$(dpkg-deb -I "$deb")
  field() { dpkg-deb -f "$deb" "$1"; }
  [[ $(field Package) == csr-report-studio ]] || fail "package name is '$(field Package)'"
  [[ $(field Version) == "$version" ]] || fail "package version $(field Version) ≠ csrstudio $version"
  depends=$(field Depends)
  # Computed from the libraries (dpkg-shlibdeps), plus what is loaded at run time.
  for package in libqt6widgets6 libqt6charts6 libpodofo0.9.8 libssl3 \
    fonts-wqy-microhei libqt6svg6 qt6-qpa-plugins qt6-translations-l10n; do
    grep -qE "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package: $depends"
  done
  # Linked to Qt SQL (team mode): the PostgreSQL driver plugin is loaded at run time.
  if grep -qE '(^|, )libqt6sql6( |,|$)' <<<"$depends"; then
    grep -qE '(^|, )libqt6sql6-psql( |,|$)' <<<"$depends" || fail "Depends lacks libqt6sql6-psql"
  fi
  grep -qE 'libasan|libubsan' <<<"$depends" && fail "a sanitizer build was packaged: $depends"
  [[ -n $(field Maintainer) ]] || fail "no Maintainer"
  grep -q '社会责任' <<<"$(field Description)" || fail "the description has no Chinese part"
  # Debian's triggers do what maintainer scripts would: there must be none.
  grep -qE ' (postinst|postrm|preinst|prerm) ' <<<"$info" && fail "maintainer scripts found"
  list=$(dpkg-deb -c "$deb")
  grep -qE '^-rwxr-xr-x root/root .* \./usr/bin/csrstudio$' <<<"$list" ||
    fail "usr/bin/csrstudio is not an executable owned by root"
  grep -vqE ' root/root ' <<<"$list" && fail "files not owned by root: $(grep -v ' root/root ' <<<"$list")"
  grep -qE '\./usr/local/|\./work/|\./home/' <<<"$list" && fail "files outside /usr or build paths"
  if command -v lintian >/dev/null; then
    # Errors fail the check; warnings are shown for the release notes.
    report=$(lintian --fail-on error --display-info "$deb" 2>&1) || fail "lintian reports errors"
    grep -v 'running with root privileges' <<<"$report" || true
  else
    fail "lintian is not installed (scripts/install-deps.sh)"
  fi
fi

if ((failures)); then
  echo "package-check: $failures problem(s)" >&2
  exit 1
fi
echo "package-check: ${deb:-build tree $2}: all checks passed"
