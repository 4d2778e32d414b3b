#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UBSan and runs the whole test suite, then builds the
# libFuzzer targets with clang in a second build directory and runs each for a bounded number of
# inputs over its seed corpus (tests/fuzz/). Installs its Debian packages first
# (scripts/install-deps.sh). Used by README and .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
build=${CSR_TEST_BUILD_DIR:-build-test}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCSR_SANITIZE=ON -DCSR_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1
ctest --test-dir "$build" --output-on-failure --no-tests=error --parallel "$(nproc)"

# Only the fuzz targets and the libraries they need; the gcc build above is left as it is.
fuzz_build=${CSR_FUZZ_BUILD_DIR:-$build-fuzz}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$fuzz_build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCSR_FUZZ=ON "${launcher[@]}" \
    >/dev/null
cmake --build "$fuzz_build" --parallel "$(nproc)"
ctest --test-dir "$fuzz_build" --output-on-failure --no-tests=error --parallel "$(nproc)"
