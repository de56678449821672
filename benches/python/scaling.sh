#!/usr/bin/env bash
# Weak scaling, weft and python3 side by side: each workload of
# scaling/workloads.py runs the same work per thread on 1 and on N threads;
# the table shows T(N)/T(1) (1.00 is perfect scaling; a GIL gives about N).
#
# A shared virtual machine is noisy (a run can take twice as long as the
# one before it), so the runs of T(1) and T(N) alternate, and the table
# gives the ratio of the fastest runs (`min`: noise only ever adds time)
# beside the ratio of the medians. `procs` is the machine's own limit:
# N separate weft processes, each running the workload on one thread, at
# the same time (slowest of them / T(1), fastest round). Threads that share
# nothing cannot scale better than that. `vs procs` divides weft's T(N) by
# that time (fastest runs): what running as threads of one process costs
# over separate processes, measured against the same machine state.
#
# usage: benches/python/scaling.sh [WEFT] [N] [RUNS] [WORKLOAD...]
set -u
# A relative WEFT is taken from where the script was started.
weft="${1:-$(dirname "$0")/../../target/release/weft}"
case "$weft" in
    */*) weft="$(cd "$(dirname "$weft")" && pwd)/$(basename "$weft")" ;;
esac
cd "$(dirname "$0")"
n="${2:-2}"
runs="${3:-5}"
shift $(($# < 3 ? $# : 3))
workloads="$*"
[ -n "$workloads" ] || workloads=$(grep -oE '^def [a-z_]+\(\):' scaling/workloads.py | sed 's/def \(.*\)():/\1/' | grep -v '^main$')
py=python3

stats() { # "times of T1" "times of TN" -> "T1 TN min-ratio median-ratio" (T1, TN: fastest)
    awk -v a="$1" -v b="$2" 'function sort(x, k,  i, j, t) { for (i = 2; i <= k; i++) for (j = i; j > 1 && x[j-1] > x[j]; j--) { t = x[j]; x[j] = x[j-1]; x[j-1] = t } }
        function med(x, k) { return (k % 2) ? x[(k+1)/2] : (x[k/2] + x[k/2+1]) / 2 }
        BEGIN { p = split(a, x, " "); q = split(b, y, " "); sort(x, p); sort(y, q);
                printf "%.3f %.3f %.2f %.2f", x[1], y[1], y[1] / x[1], med(y, q) / med(x, p) }'
}
procs_round() { # interpreter workload -> wall time of the slowest of N processes
    local pids=""
    for i in $(seq "$n"); do
        "$1" scaling/workloads.py "$2" 1 > "$tmp/p$i" & pids="$pids $!"
    done
    wait $pids
    cat "$tmp"/p* | sort -n | tail -1
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

printf '%-24s | %7s %7s %6s %6s %6s %6s | %7s %7s %6s %6s\n' "" weft weft min median procs vs python3 python3 min median
printf '%-24s | %7s %7s %6s %6s %6s %6s | %7s %7s %6s %6s\n' workload T1 "T$n" ratio ratio ratio procs T1 "T$n" ratio ratio
for w in $workloads; do
    wa=""; wb=""; pa=""; pb=""; pr=""
    for _ in $(seq "$runs"); do
        wa="$wa $("$weft" scaling/workloads.py "$w" 1)"
        wb="$wb $("$weft" scaling/workloads.py "$w" "$n")"
        pr="$pr $(procs_round "$weft" "$w")"
        pa="$pa $("$py" scaling/workloads.py "$w" 1)"
        pb="$pb $("$py" scaling/workloads.py "$w" "$n")"
    done
    read -r wt1 wtn wmin wmed <<< "$(stats "$wa" "$wb")"
    read -r _ _ prmin _ <<< "$(stats "$wa" "$pr")"
    read -r _ _ vsprocs _ <<< "$(stats "$pr" "$wb")"
    read -r pt1 ptn pmin pmed <<< "$(stats "$pa" "$pb")"
    printf '%-24s | %7s %7s %6s %6s %6s %6s | %7s %7s %6s %6s\n' "$w" "$wt1" "$wtn" "$wmin" "$wmed" "$prmin" "$vsprocs" "$pt1" "$ptn" "$pmin" "$pmed"
done
