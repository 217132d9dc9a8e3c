#!/usr/bin/env bash
# Re-measures every benchmark and rewrites the table in README.md between
# <!-- bench:start --> and <!-- bench:end -->. Extra arguments go to
# `cranepy bench` (e.g. --runs 5, --no-pypy, --svg benches/ratios.svg).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$here/run.sh" --runs 3 "$@" --update-readme "$here/../README.md"
