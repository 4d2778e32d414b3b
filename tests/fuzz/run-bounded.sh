#!/usr/bin/env bash
# Runs one fuzz target over its seed corpus for a bounded number of inputs (the test suite's
# run). New inputs go to a scratch folder, never into the committed corpus; a crash, a hang
# (10 s on one input), a leak-free sanitizer report or an RSS over 2 GB fails the run, and
# libFuzzer leaves the input as crash-*/timeout-* in the scratch folder, printed here.
# Usage: run-bounded.sh FUZZER CORPUS RUNS
set -euo pipefail
fuzzer=$1 corpus=$2 runs=$3
dict=${corpus%/corpus/*}/$(basename "$corpus").dict
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
args=(-runs="$runs" -seed=1 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
      -artifact_prefix="$scratch/")
[[ -f $dict ]] && args+=(-dict="$dict")
if ! "$fuzzer" "${args[@]}" "$scratch" "$corpus"; then
    for f in "$scratch"/crash-* "$scratch"/timeout-* "$scratch"/oom-* "$scratch"/leak-*; do
        [[ -f $f ]] && { echo "== $f (base64)"; base64 -w0 "$f"; echo; }
    done
    exit 1
fi
