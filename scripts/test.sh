#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UBSan and runs the whole test suite.
# Installs its Debian packages first (scripts/install-deps.sh). Used by README and .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
build=${CSR_TEST_BUILD_DIR:-build-test}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCSR_SANITIZE=ON -DCSR_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1
ctest --test-dir "$build" --output-on-failure --no-tests=error --parallel "$(nproc)"
