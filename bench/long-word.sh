#!/usr/bin/env bash
# Export of a report whose one metric unit is a single unbreakable 100,000-character word, beside
# the sample itself: wall time and peak memory of `csrstudio export`, each in a process of its
# own. The word must cost about what the sample costs (it took 44 s and 9.8 GB when QTextLayout
# broke it; see print-engine.md, "Limits on hostile input").
# Usage: bench/long-word.sh path/to/csrstudio [LENGTH]   (a release build gives the real figures)
set -euo pipefail
csrstudio=$(realpath "${1:?usage: bench/long-word.sh path/to/csrstudio [LENGTH]}")
length=${2:-100000}
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sample=resources/samples/west-district-2023.csreport
python3 - "$sample" "$work/word.csreport" "$length" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
for metric in report["metrics"]:
    if metric["id"] == "staff.total":  # shown in a metric table and in a paragraph
        metric["unit"] = "W" * int(sys.argv[3])
json.dump(report, open(sys.argv[2], "w"), ensure_ascii=False)
PY
export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0:${ASAN_OPTIONS:-}
printf '%-22s %8s %12s %6s\n' report "wall s" "peak MiB" pages
for input in "$sample" "$work/word.csreport"; do
    name=$([[ $input == "$sample" ]] && echo sample || echo "unit of $length chars")
    # Wall time and the child's peak resident memory (ru_maxrss, KiB).
    read -r wall kib < <(python3 - "$csrstudio" "$input" "$work/out.pdf" <<'PY'
import resource, subprocess, sys, time
start = time.monotonic()
subprocess.run([sys.argv[1], "export", sys.argv[2], "-o", sys.argv[3], "--force"], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(f"{time.monotonic() - start:.2f}", resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
PY
    )
    pages=$(pdfinfo "$work/out.pdf" | sed -n 's/^Pages: *//p')
    printf '%-22s %8s %12s %6s\n' "$name" "$wall" "$((kib / 1024))" "$pages"
done
