#!/usr/bin/env bash
# Times weft against python3 on the single-thread programs in cpu/, side by
# side: for each program the two interpreters alternate (python3, weft,
# python3, weft...) so machine noise hits both alike; weft's output must
# equal the committed NAME.out. Each interpreter's start-up time (the median
# of `-c pass`, about 0.1 s for python3 with its site packages, a few ms for
# weft) is subtracted, so the ratio compares the programs' work. Prints each
# median and the ratio weft/python3, then their geometric mean.
#
# usage: benches/python/compare.sh [WEFT] [RUNS]   (env: FILTER, TIMEOUT)
set -u
cd "$(dirname "$0")"
weft="${1:-../../target/release/weft}"
runs="${2:-5}"
timeout_s="${TIMEOUT:-120}"
filter="${FILTER:-}"
case "$weft" in */*) weft="$(cd "$(dirname "$weft")" && pwd)/$(basename "$weft")" ;; esac
out="$(mktemp)"
trap 'rm -f "$out"' EXIT

now() { date +%s%N; }
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

startup() { # interpreter -> median microseconds of `-c pass`
    local ts=""
    for _ in 1 2 3 4 5; do s=$(now); "$1" -c pass >/dev/null 2>&1; e=$(now); ts="$ts $(( (e - s) / 1000 ))"; done
    echo "$ts" | median
}
py_start=$(startup python3)
weft_start=$(startup "$weft")
echo "start-up (subtracted): python3 $(awk -v p="$py_start" 'BEGIN {printf "%.3f", p/1e6}') s, weft $(awk -v w="$weft_start" 'BEGIN {printf "%.3f", w/1e6}') s"
printf '%-16s %10s %10s %8s\n' program python3_s weft_s ratio
ratios=""
failed=0
for py in cpu/*.py; do
    name="$(basename "$py" .py)"
    [ -n "$filter" ] && [[ "$name" != *"$filter"* ]] && continue
    pt="" wt="" ok=1
    for _ in $(seq "$runs"); do
        s=$(now); python3 "$py" >/dev/null 2>&1; e=$(now); pt="$pt $(( (e - s) / 1000 ))"
        s=$(now); timeout "$timeout_s" "$weft" "$py" >"$out" 2>&1; rc=$?; e=$(now); wt="$wt $(( (e - s) / 1000 ))"
        if [ $rc -ne 0 ] || ! cmp -s "$out" "cpu/$name.out"; then ok=0; fi
    done
    pm=$(echo "$pt" | median); wm=$(echo "$wt" | median)
    pm=$(awk -v a="$pm" -v b="$py_start" 'BEGIN {v = a - b; print (v < 1000) ? 1000 : v}')
    wm=$(awk -v a="$wm" -v b="$weft_start" 'BEGIN {v = a - b; print (v < 1000) ? 1000 : v}')
    if [ $ok -eq 0 ]; then
        failed=$((failed + 1))
        printf '%-16s %10.3f %10s %8s\n' "$name" "$(echo "$pm" | awk '{print $1/1e6}')" FAILED -
        continue
    fi
    ratio=$(awk -v w="$wm" -v p="$pm" 'BEGIN {printf "%.3f", w / p}')
    ratios="$ratios $ratio"
    printf '%-16s %10.3f %10.3f %8s\n' "$name" "$(awk -v p="$pm" 'BEGIN {print p/1e6}')" "$(awk -v w="$wm" 'BEGIN {print w/1e6}')" "$ratio"
done
echo "$ratios" | tr ' ' '\n' | grep -v '^$' | awk -v f="$failed" '{s += log($1); n++} END {if (n) printf "geometric mean weft/python3: %.3f over %d programs (%d failed)\n", exp(s / n), n, f; else print "no programs ran"}'
