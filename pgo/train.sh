#!/usr/bin/env bash
# Regenerates pgo/weft.profdata, the execution profile that every cargo
# build of this workspace optimises with (.cargo/config.toml passes it to
# rustc as -Cprofile-use): which branches are taken, which calls are hot.
#
# It builds an instrumented weft (own target directory), runs the training
# programs (pgo/train/*.py, written for this and kept apart from the
# benchmark programs under benches/, so that the benchmarks measure a
# profile they did not make) and the differential corpus tests/python,
# and merges what they recorded.
#
# Run it after changing hot code: functions whose code changed since the
# profile was made get no profile data (the build still works, and those
# functions are optimised as without one).
#
# Needs llvm-profdata of rustc's own LLVM: `rustup component add llvm-tools`.
set -euo pipefail
cd "$(dirname "$0")/.."

profdata="$(ls "$(rustc --print sysroot)"/lib/rustlib/*/bin/llvm-profdata 2>/dev/null | head -n 1)"
if [ ! -x "$profdata" ]; then
    echo "train.sh: needs llvm-profdata (rustup component add llvm-tools)" >&2
    exit 2
fi
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT

# RUSTFLAGS replaces the config's flags: the instrumented build does not
# read the old profile.
RUSTFLAGS="-Cprofile-generate=$data" cargo build --release -p weft-interp --target-dir target/pgo-instrumented
weft=target/pgo-instrumented/release/weft

# (The instrumented build may warn on stderr that it ran out of value
# profile counters: harmless, the profile is still made.)
for f in pgo/train/*.py; do
    echo "== $f"
    "$weft" "$f" >/dev/null 2>&1
done
echo "== tests/python"
# A program that fails still trains the profile: the run goes on.
(ci/run_corpus.sh "$weft" tests/python tests/python/known-failures.txt || true) 2>/dev/null | tail -n 1

"$profdata" merge --sparse -o pgo/weft.profdata "$data"
ls -l pgo/weft.profdata
