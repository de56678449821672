#!/usr/bin/env bash
# Times weft against python3 on the single-thread programs in single/, side
# by side: for each program the two interpreters alternate (python3, weft,
# python3, weft, ... RUNS times each) so machine noise hits both alike. Each
# run's wall time is taken with `date +%s%N`. weft's stdout must equal the
# committed NAME.out and its exit status must be 0, else the program is
# FAILED and left out of the mean (after a failure its remaining runs are
# skipped). Prints the median of each and the ratio weft/python3, then the
# geometric mean of the ratios.
#
# usage: benches/python/compare.sh [WEFT] [RUNS]
#   WEFT     the interpreter to compare (default: target/release/weft under
#            the repo root; a name without / is looked up on PATH)
#   RUNS     runs of each interpreter per program (default 5)
# environment:
#   FILTER=substr   only programs whose name contains substr
#   TIMEOUT=secs    a weft run taking longer is killed and FAILED (default 120)
#   SUITE=dir       the directory of programs under benches/python (default single)
#   PYTHON=path     the python3 to time (default: python3's sys.executable)
#   STARTUP=1       subtract each interpreter's start-up time (median of 5
#                   runs of `-c pass`) from its medians before the ratio
set -u

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
weft="${1:-$root/target/release/weft}"
runs="${2:-5}"
timeout_s="${TIMEOUT:-120}"
filter="${FILTER:-}"
suite="$here/${SUITE:-single}"
# python3 itself, not a wrapper such as a pyenv shim (whose own start-up would
# be charged to python3): the binary it reports as sys.executable
python="${PYTHON:-$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null)}"
python="${python:-python3}"

case "$weft" in
    */*) [ -x "$weft" ] || { echo "compare.sh: $weft is not an executable (build it or pass WEFT)" >&2; exit 2; }
         weft="$(cd "$(dirname "$weft")" && pwd)/$(basename "$weft")" ;;
    python3) weft="$python" ;;
    *) command -v "$weft" >/dev/null || { echo "compare.sh: $weft not found on PATH" >&2; exit 2; } ;;
esac
case "$runs" in ''|*[!0-9]*|0) echo "compare.sh: RUNS must be a positive integer" >&2; exit 2 ;; esac
[ -d "$suite" ] || { echo "compare.sh: no directory $suite" >&2; exit 2; }
command -v timeout >/dev/null || { echo "compare.sh: needs timeout (coreutils)" >&2; exit 2; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

now() { date +%s%N; }
# median of whitespace-separated numbers on stdin
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR] = $1} END {if (NR == 0) print 0; else print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
secs() { awk -v ns="$1" 'BEGIN {printf "%.3f", ns / 1e9}'; }

py_start=0 weft_start=0
if [ "${STARTUP:-0}" = 1 ]; then
    startup() { # interpreter -> median ns of `-c pass`
        local ts="" s e
        for _ in 1 2 3 4 5; do
            s=$(now); timeout -k 5 "$timeout_s" "$1" -c pass >/dev/null 2>&1 </dev/null; e=$(now)
            ts="$ts $((e - s))"
        done
        echo "$ts" | median
    }
    py_start=$(startup "$python")
    weft_start=$(startup "$weft")
    echo "start-up subtracted: python3 $(secs "$py_start") s, weft $(secs "$weft_start") s"
fi

echo "weft: $weft   python3: $(command -v "$python") ($("$python" --version 2>&1))   runs: $runs"
printf '%-16s %10s %10s %8s  %s\n' program python3_s weft_s ratio note
ratios=""
failed=0
count=0
for prog in "$suite"/*.py; do
    [ -e "$prog" ] || continue
    name="$(basename "$prog" .py)"
    [ -n "$filter" ] && [[ "$name" != *"$filter"* ]] && continue
    expected="$suite/$name.out"
    count=$((count + 1))
    pt="" wt="" note=""
    for _ in $(seq "$runs"); do
        s=$(now); "$python" "$prog" >"$tmp/py.out" 2>/dev/null </dev/null; e=$(now)
        pt="$pt $((e - s))"
        if [ -e "$expected" ] && ! cmp -s "$tmp/py.out" "$expected"; then
            note="(python3 output differs from $name.out)"
        fi
        s=$(now); timeout -k 5 "$timeout_s" "$weft" "$prog" >"$tmp/weft.out" 2>"$tmp/weft.err" </dev/null; rc=$?; e=$(now)
        wt="$wt $((e - s))"
        if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
            note="timed out after ${timeout_s}s $note"; break
        elif [ $rc -ne 0 ]; then
            note="exit $rc: $(grep -v '^\s*$' "$tmp/weft.err" | tail -n 1 | cut -c1-60) $note"; break
        elif [ ! -e "$expected" ]; then
            note="no $name.out $note"; break
        elif ! cmp -s "$tmp/weft.out" "$expected"; then
            note="wrong output $note"; break
        fi
    done
    pm=$(echo "$pt" | median); wm=$(echo "$wt" | median)
    pm=$(awk -v a="$pm" -v b="$py_start" 'BEGIN {v = a - b; printf "%.0f", (v < 1e6) ? 1e6 : v}')
    wm=$(awk -v a="$wm" -v b="$weft_start" 'BEGIN {v = a - b; printf "%.0f", (v < 1e6) ? 1e6 : v}')
    case "$note" in
        "timed out"*|exit*|"no "*|"wrong output"*)
            failed=$((failed + 1))
            printf '%-16s %10s %10s %8s  %s\n' "$name" "$(secs "$pm")" FAILED - "$note"
            continue ;;
    esac
    ratio=$(awk -v w="$wm" -v p="$pm" 'BEGIN {printf "%.3f", w / p}')
    ratios="$ratios $ratio"
    printf '%-16s %10s %10s %8s  %s\n' "$name" "$(secs "$pm")" "$(secs "$wm")" "$ratio" "$note"
done
[ $count -gt 0 ] || { echo "no programs matched${filter:+ FILTER=$filter}"; exit 1; }
echo "$ratios" | tr ' ' '\n' | grep -v '^$' | awk -v f="$failed" -v c="$count" '
    {s += log($1); n++}
    END {
        if (n) printf "geometric mean weft/python3: %.3f over %d programs (%d of %d failed)\n", exp(s / n), n, f, c
        else printf "geometric mean weft/python3: - (all %d programs failed)\n", c
    }'
[ $failed -eq 0 ]
