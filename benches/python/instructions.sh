#!/usr/bin/env bash
# Instruction counts instead of time: runs each program of single/ (made
# smaller, about 1/50 of its work) under valgrind's callgrind, for weft and
# python3, and prints the instructions each executed beyond its own
# start-up (`-c pass`) and their ratio. Unlike timings these do not move
# with the machine's load, so two builds compare exactly; on this machine
# the ratios follow compare.sh's time ratios within about 10%.
# PYTHONHASHSEED is fixed (1 unless set): with random str hash keys the
# counts of dict-heavy programs move about 3% from run to run. Equal
# counts do not mean equal times: a change elsewhere in the binary can
# move the evaluation loop and cost a program 5% of wall time alone.
#
# usage: benches/python/instructions.sh [WEFT]      (needs valgrind)
set -u
here="$(cd "$(dirname "$0")" && pwd)"
weft="${1:-$here/../../target/release/weft}"
python="${PYTHON:-$(python3 -c 'import sys; print(sys.executable)')}"
command -v valgrind >/dev/null || { echo "instructions.sh: needs valgrind" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export PYTHONHASHSEED="${PYTHONHASHSEED:-1}"

# program: sed expression making it smaller
shrink() {
    case "$1" in
        dict_ops) echo 's/^N = 700000/N = 14000/' ;;
        exceptions) echo 's/^N = 600000/N = 12000/' ;;
        expr_parser) echo 's/^N = 14000/N = 300/' ;;
        fannkuch) echo 's/^N = 9/N = 7/; s/^RUNS = 3/RUNS = 1/' ;;
        fib) echo 's/^N = 35/N = 22/' ;;
        float_loops) echo 's/^N = 1300000/N = 26000/; s/^GRID = 280/GRID = 40/' ;;
        generators) echo 's/^N = 2000000/N = 40000/' ;;
        int_loops) echo 's/^N = 60000/N = 1200/' ;;
        list_ops) echo 's/^N = 500000/N = 10000/' ;;
        method_calls) echo 's/^N = 1000000/N = 20000/' ;;
        nbody) echo 's/^STEPS = 260000/STEPS = 5000/' ;;
        nqueens) echo 's/^N = 12/N = 8/' ;;
        richards) echo 's/^RUNS = 30/RUNS = 1/; s/^COUNT = 10000/COUNT = 1000/' ;;
        spectral_norm) echo 's/^N = 350$/N = 60/' ;;
        string_ops) echo 's/^N = 350000/N = 7000/' ;;
        *) echo "" ;;
    esac
}

count() { # interpreter, program -> instructions executed
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | awk '/Collected/ {print $4}'
}

weft_base=$(count "$weft" -c pass)
py_base=$(count "$python" -c pass)
printf '%-14s %12s %12s %7s\n' program python3 weft ratio
for f in "$here"/single/*.py; do
    name="$(basename "$f" .py)"
    expr="$(shrink "$name")"
    [ -n "$expr" ] || continue
    sed "$expr" "$f" > "$tmp/$name.py"
    p=$(( $(count "$python" "$tmp/$name.py") - py_base ))
    w=$(( $(count "$weft" "$tmp/$name.py") - weft_base ))
    awk -v n="$name" -v p="$p" -v w="$w" 'BEGIN {printf "%-14s %12d %12d %7.2f\n", n, p, w, w / p}'
    echo "$name $p $w" >> "$tmp/all"
done
awk '{s += log($3 / $2); c++} END {printf "geometric mean weft/python3: %.2f over %d programs\n", exp(s / c), c}' "$tmp/all"
