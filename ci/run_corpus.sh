#!/usr/bin/env bash
# Runs a corpus of Python programs with weft and compares with CPython's
# committed results.
#
# usage: ci/run_corpus.sh WEFT DIR [KNOWN_FAILURES]
#
# For each DIR/NAME.py (files in subfolders are support modules, not run):
#   - stdout must equal DIR/NAME.out byte for byte;
#   - with DIR/NAME.err, the exit status must be 1 and the last non-empty
#     stderr line must equal the one line in NAME.err; otherwise status 0.
# KNOWN_FAILURES (optional) lists program names, one per line (# comments),
# expected to fail for a reason named there: they are reported but not
# counted as failures, and a listed program that passes is reported so the
# list can shrink. TIMEOUT (default 30 s) bounds each run.
# Prints one line per failure and ends with "N passed, M failed"; exits 0
# only when nothing unexpected failed.
set -u
case "$1" in
    */*) weft="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")" ;;
    *) weft="$1" ;;
esac
dir="$2"
known="${3:-}"
timeout_s="${TIMEOUT:-30}"
tmp="$(mktemp -d /tmp/weft-corpus.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT

is_known() {
    [ -n "$known" ] && [ -f "$known" ] && grep -qE "^$1([[:space:]]|#|$)" "$known"
}

passed=0
failed=0
expected_failures=0
for py in "$dir"/*.py; do
    [ -e "$py" ] || continue
    name="$(basename "$py" .py)"
    [ -f "$dir/$name.out" ] || continue
    (cd "$dir" && timeout "$timeout_s" "$weft" "$name.py" >"$tmp/out" 2>"$tmp/err" </dev/null)
    rc=$?
    reason=""
    if [ $rc -eq 124 ]; then
        reason="timed out after ${timeout_s}s"
    elif [ -f "$dir/$name.err" ]; then
        want="$(grep -v '^[[:space:]]*$' "$dir/$name.err" | tail -1)"
        got="$(grep -v '^[[:space:]]*$' "$tmp/err" | tail -1)"
        if [ $rc -ne 1 ]; then
            reason="exit status $rc, expected 1"
        elif [ "$got" != "$want" ]; then
            reason="last stderr line: expected [$want] got [$got]"
        fi
    elif [ $rc -ne 0 ]; then
        reason="exit status $rc: $(grep -v '^[[:space:]]*$' "$tmp/err" | tail -1 | cut -c1-160)"
    fi
    if [ -z "$reason" ] && ! cmp -s "$dir/$name.out" "$tmp/out"; then
        reason="stdout differs: $(diff "$dir/$name.out" "$tmp/out" | head -3 | tr '\n' ' ' | cut -c1-200)"
    fi
    if [ -z "$reason" ]; then
        passed=$((passed + 1))
        if is_known "$name"; then
            echo "NOW PASSES (remove from $known): $name"
        fi
    elif is_known "$name"; then
        expected_failures=$((expected_failures + 1))
        echo "known failure $name: $reason"
    else
        failed=$((failed + 1))
        echo "FAIL $name: $reason"
    fi
done
echo "$dir: $expected_failures known failures"
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
