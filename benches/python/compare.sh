#!/usr/bin/env bash
# Times weft against python3 on the single-thread programs in cpu/, side by
# side: for each program the two interpreters alternate (python3, weft,
# python3, weft...) so machine noise hits both alike; weft's output must
# equal the committed NAME.out. Prints each median and the ratio
# weft/python3, then their geometric mean.
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
