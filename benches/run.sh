#!/usr/bin/env bash
# Benchmark runner for cranepy.
#
#   benches/run.sh [--runs N] [--cranepy PATH] [--python-only] [--cpu] [names...]
#
# Builds each program in benches/programs/ with cranepy, checks its output
# against python3, then times cranepy's executable, python3 and pypy3 (if
# installed) interleaved N times (default 5) and prints a table of medians,
# speedups, peak RSS, build time and binary size, plus a startup line.
# `benches/run.sh --help` lists every option. The measuring is done by
# benches/measure.py.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if ! command -v python3 >/dev/null 2>&1; then
    echo "run.sh: python3 is required (it is the reference and runs the harness)" >&2
    exit 1
fi

exec python3 "$here/measure.py" "$@"
