#!/usr/bin/env bash
# Runs every threaded Python program (tests/python/thread_*.py, and the
# shared conformance threads_*.py when present) many times: a race that
# shows once in a thousand runs is a bug.
#
# usage: ci/repeat_threads.sh WEFT [REPEATS]   (default 20 repeats)
# Ends with "N passed, M failed" (one count per run).
set -u
cd "$(dirname "$0")/.."
weft="$1"
repeats="${2:-20}"
tmp="$(mktemp -d /tmp/weft-threads.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
programs=(tests/python/thread_*.py)
[ -d ../shared/conformance ] && programs+=(../shared/conformance/threads_*.py)
passed=0
failed=0
for _ in $(seq "$repeats"); do
    for py in "${programs[@]}"; do
        expected="${py%.py}.out"
        timeout 60 "$weft" "$py" >"$tmp/out" 2>"$tmp/err" </dev/null
        rc=$?
        if [ $rc -eq 0 ] && cmp -s "$tmp/out" "$expected"; then
            passed=$((passed + 1))
        else
            failed=$((failed + 1))
            echo "FAIL $(basename "$py") (exit $rc): $(tail -1 "$tmp/err")"
        fi
    done
done
echo "threaded programs x$repeats: $passed passed, $failed failed"
[ $failed -eq 0 ]
