#!/usr/bin/env bash
# Weak scaling, weft and python3 side by side: each workload of
# scaling/workloads.py runs the same work per thread on 1 and on N threads;
# the table shows T(N)/T(1) (1.00 is perfect scaling; a GIL gives about N).
# Medians of RUNS runs.
#
# usage: benches/python/scaling.sh [WEFT] [N] [RUNS]
set -u
# A relative WEFT is taken from where the script was started.
weft="${1:-$(dirname "$0")/../../target/release/weft}"
case "$weft" in
    */*) weft="$(cd "$(dirname "$weft")" && pwd)/$(basename "$weft")" ;;
esac
cd "$(dirname "$0")"
n="${2:-2}"
runs="${3:-3}"
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
time_of() { # interpreter workload threads
    local ts=""
    for _ in $(seq "$runs"); do ts="$ts $("$1" scaling/workloads.py "$2" "$3")"; done
    echo "$ts" | median
}
printf '%-24s %9s %9s %8s   %9s %9s %8s\n' workload weft_T1 weft_TN ratio py_T1 py_TN ratio
for w in $(grep -oE '^def [a-z_]+\(\):' scaling/workloads.py | sed 's/def \(.*\)():/\1/' | grep -v '^main$'); do
    wt1=$(time_of "$weft" "$w" 1); wtn=$(time_of "$weft" "$w" "$n")
    pt1=$(time_of python3 "$w" 1); ptn=$(time_of python3 "$w" "$n")
    printf '%-24s %9s %9s %8s   %9s %9s %8s\n' "$w" "$wt1" "$wtn" "$(awk -v a="$wtn" -v b="$wt1" 'BEGIN {printf "%.2f", a/b}')" \
        "$pt1" "$ptn" "$(awk -v a="$ptn" -v b="$pt1" 'BEGIN {printf "%.2f", a/b}')"
done
