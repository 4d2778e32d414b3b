#!/usr/bin/env bash
# Builds the application (release) and opens the sample report in it; extra arguments are
# passed to csrstudio instead (e.g. `scripts/run.sh validate FILE`).
# Installs its Debian packages first (scripts/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
build=${CSR_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCSR_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target csrstudio
if (($#)); then
  exec "$build/app/csrstudio" "$@"
fi
exec "$build/app/csrstudio" resources/samples/west-district-2023.csreport
