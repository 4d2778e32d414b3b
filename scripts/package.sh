#!/usr/bin/env bash
# Builds the release .deb (CPack) in build-package/ and checks it (scripts/package-check.sh).
# Installs its Debian packages first (scripts/install-deps.sh). Then, as root:
#   apt install ./build-package/csr-report-studio_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
build=${CSR_PACKAGE_BUILD_DIR:-build-package}
if command -v ccache >/dev/null; then
  export CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER:-ccache}
fi
# Debian's hardening flags (fortify, stack protector, relro, bindnow), without debug info: the
# package ships the stripped binary.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all DEB_CXXFLAGS_MAINT_STRIP=-g
CXXFLAGS="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
LDFLAGS="$(dpkg-buildflags --get LDFLAGS)"
export CXXFLAGS LDFLAGS
# The changelog's date: the last commit's, so the same sources make the same package.
SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null || date +%s)
export SOURCE_DATE_EPOCH
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
  -DCSR_BUILD_TESTS=OFF -DCSR_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)"
rm -f "$build"/csr-report-studio_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/csr-report-studio_*.deb)
bash scripts/package-check.sh "$deb"
echo "$deb"
