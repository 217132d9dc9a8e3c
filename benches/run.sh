#!/usr/bin/env bash
# Benchmark runner for cranepy: a thin wrapper around `cranepy bench`.
#
#   benches/run.sh [names or paths...] [--runs N] [--json] [--markdown] ...
#
# Runs from the repository root (so bare names such as `fib` mean
# benches/programs/fib.py) with the compiler in $CRANEPY, else
# $CARGO_TARGET_DIR/release/cranepy, else target/release/cranepy.
# `benches/run.sh --help` lists every option.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cranepy="${CRANEPY:-${CARGO_TARGET_DIR:-$repo/target}/release/cranepy}"

if [[ ! -x $cranepy ]]; then
    echo "run.sh: no compiler at $cranepy; run 'cargo build --release -p cranepy' or set CRANEPY" >&2
    exit 2
fi

cd "$repo"
exec "$cranepy" bench "$@"
