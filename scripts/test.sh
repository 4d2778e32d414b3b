#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UBSan and runs the whole test suite, then builds the
# libFuzzer targets with clang in a second build directory and runs each for a bounded number of
# inputs over its seed corpus (tests/fuzz/). Installs its Debian packages first
# (scripts/install-deps.sh). Used by README and .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

# On a developer's machine, a committed tree that has already passed here is not built and tested
# again: several people land one after another, and the one who merges last often brings nothing
# new. CI (CI=true) and any tree with uncommitted changes always run everything.
passed=${TMPDIR:-/tmp}/csr-passed-trees
tree=""
if [[ ${CI:-} != true ]] && [[ -z $(git status --porcelain 2>/dev/null) ]]; then
    tree=$(git rev-parse 'HEAD^{tree}' 2>/dev/null || true)
    if [[ -n $tree ]] && grep -qx "$tree" "$passed" 2>/dev/null; then
        echo "test.sh: this tree ($tree) has already passed the whole suite on this machine"
        exit 0
    fi
fi
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
if [[ -n $tree ]]; then echo "$tree" >>"$passed"; fi
