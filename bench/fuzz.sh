#!/usr/bin/env bash
# A long fuzzing run of one target: bench/fuzz.sh TARGET SECONDS [libFuzzer options...]
# TARGET is report, template, verifier, pkcs12, seal, photo, docx, style, workbook or import (the
# fuzz_TARGET executables of tests/fuzz/CMakeLists.txt). Builds the target with clang in its own
# build directory (CSR_FUZZ_BUILD_DIR, default build-fuzz), keeps the corpus it grows in
# $build/fuzz-corpus/TARGET (seeded from tests/fuzz/corpus/TARGET, which it never writes), and
# leaves any crash, hang or out-of-memory input in $build/fuzz-findings/TARGET/.
# Prints executions, time, corpus size and findings. On a shared machine: nice -n 19 bench/fuzz.sh
# To go on past a finding (and collect them all): bench/fuzz.sh TARGET SECONDS -fork=1 -ignore_crashes=1
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: bench/fuzz.sh TARGET SECONDS} seconds=${2:?usage: bench/fuzz.sh TARGET SECONDS}
shift 2
build=${CSR_FUZZ_BUILD_DIR:-build-fuzz}
if [[ ! -f $build/CMakeCache.txt ]]; then
    CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER:-ccache} \
        cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCSR_FUZZ=ON >/dev/null
fi
cmake --build "$build" --target "fuzz_$target"
corpus=$build/fuzz-corpus/$target findings=$build/fuzz-findings/$target
mkdir -p "$corpus" "$findings"
args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
      -artifact_prefix="$findings/")
[[ -f tests/fuzz/$target.dict ]] && args+=(-dict="tests/fuzz/$target.dict")
log=$build/fuzz-$target.log
export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0:${ASAN_OPTIONS:-}
status=0
"$build/tests/fuzz/fuzz_$target" "${args[@]}" "$@" "$corpus" "tests/fuzz/corpus/$target" \
    >"$log" 2>&1 || status=$?
executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
elapsed=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -1 | awk '{print $5}')
if [[ -z $executions ]]; then # -fork=N: the last progress line counts all jobs
    executions=$(grep -o '^#[0-9]*: cov' "$log" | tail -1 | tr -dc '0-9')
    elapsed=$(grep -o ' time: [0-9]*s' "$log" | tail -1 | tr -dc '0-9')
fi
echo "fuzz $target: ${executions:-?} executions in ${elapsed:-?} s," \
    "corpus $(find "$corpus" -type f | wc -l) files, findings: $(ls "$findings" | wc -l)" \
    "(exit $status, log $log)"
ls "$findings"
exit "$status"
