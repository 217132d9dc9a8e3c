#!/usr/bin/env bash
# Regenerate expected outputs for the differential test programs.
#
# Usage:
#   tests/gen_expected.sh                 # every test under tests/programs
#   tests/gen_expected.sh PATH...         # only the given test files / dirs
#
# A test is any tests/programs/<area>/**/<name>.py (files directly in
# tests/programs/ are not tests). For each test the program is run from its own
# directory with CPython 3.11:
#
#   cd <dir> && PYTHONHASHSEED=0 python3 <name>.py [ARGS...] < INPUT
#
# where ARGS are the lines of <name>.args (if present) and INPUT is <name>.in
# (if present, else /dev/null). Results are written next to the program:
#   <name>.out  stdout (always)
#   <name>.rc   exit status, only when non-zero
#   <name>.err  last non-empty line of stderr, only when exit status non-zero
# Nothing is normalised here; the test runner does that.
#
# Environment: PYTHON (default python3) selects the interpreter.

set -u
export LC_ALL=C.UTF-8

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
programs_dir="$script_dir/programs"
python=${PYTHON:-python3}

if ! "$python" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)'; then
    echo "gen_expected.sh: $python is not CPython 3.11" >&2
    exit 2
fi

programs_real=$(cd "$programs_dir" && pwd -P)

# Collect test files.
tests=()
collect() {
    local p=$1
    if [[ -d $p ]]; then
        while IFS= read -r -d '' f; do
            tests+=("$f")
        done < <(find "$p" -type f -name '*.py' -print0 | sort -z)
    elif [[ -f $p && $p == *.py ]]; then
        tests+=("$p")
    elif [[ -f $p ]]; then
        # Allow naming a sibling file (.out, .in, .args, ...) of a test.
        local base=${p%.*}
        if [[ -f $base.py ]]; then
            tests+=("$base.py")
        else
            echo "gen_expected.sh: not a test: $p" >&2
            return 1
        fi
    else
        echo "gen_expected.sh: no such file or directory: $p" >&2
        return 1
    fi
}

status=0
if [[ $# -eq 0 ]]; then
    collect "$programs_dir" || status=1
else
    for p in "$@"; do
        collect "$p" || status=1
    done
fi

count=0
failed=0
for f in "${tests[@]}"; do
    dir=$(cd "$(dirname "$f")" && pwd -P)
    name=$(basename "$f" .py)
    # Only files inside an <area> directory (or deeper) are tests.
    case "$dir/" in
        "$programs_real"/*/) ;;
        *) continue ;;
    esac
    if [[ $dir == "$programs_real" ]]; then
        continue
    fi

    args=()
    if [[ -f $dir/$name.args ]]; then
        while IFS= read -r line || [[ -n $line ]]; do
            args+=("$line")
        done < "$dir/$name.args"
    fi
    input=/dev/null
    if [[ -f $dir/$name.in ]]; then
        input=$dir/$name.in
    fi

    errfile=$(mktemp)
    (cd "$dir" && PYTHONHASHSEED=0 timeout 60 "$python" "$name.py" "${args[@]}" \
        < "$input" > "$name.out" 2> "$errfile")
    rc=$?
    rm -f "$dir/$name.rc" "$dir/$name.err"
    if [[ $rc -ne 0 ]]; then
        echo "$rc" > "$dir/$name.rc"
        grep -v '^[[:space:]]*$' "$errfile" | tail -n 1 > "$dir/$name.err"
    fi
    rm -f "$errfile"
    # Absolute paths of the program's directory are written as <dir>, which
    # is what the test runner maps the directory it runs from to.
    absdir=$(cd "$dir" && pwd)
    for out in "$dir/$name.out" "$dir/$name.err"; do
        if [[ -f $out ]]; then
            sed -i "s|$absdir|<dir>|g" "$out"
        fi
    done
    count=$((count + 1))
    if [[ $rc -eq 124 ]]; then
        echo "gen_expected.sh: timeout: ${f#"$script_dir"/}" >&2
        failed=$((failed + 1))
    fi
done

echo "gen_expected.sh: generated expected output for $count test(s)" >&2
if [[ $failed -ne 0 ]]; then
    status=1
fi
exit $status
