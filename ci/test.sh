#!/usr/bin/env bash
# The README's test command: every test of the project.
#   1. unit and integration tests of every crate (debug build);
#   2. the loom models, in release mode with their own target directory;
#   3. the project's differential corpus tests/python (expected outputs
#      committed) and ../shared/conformance when that folder is present,
#      both run by target/release/weft;
#   4. every threaded program 20 times over (ci/repeat_threads.sh), and
#      the threaded and collector programs once with the debug build.
# Needs only the Rust toolchain. Ends with one summary line of all steps.
set -euo pipefail
cd "$(dirname "$0")/.."
log="$(mktemp /tmp/weft-test.XXXXXX)"
trap 'rm -f "$log"' EXIT

status=0

echo "== unit and integration tests"
cargo test --workspace 2>&1 | tee -a "$log" || status=1

echo "== loom models"
ci/loom.sh 2>&1 | tee -a "$log" || status=1

echo "== Python programs"
cargo build --release -p weft-interp
weft=target/release/weft
if "$weft" -c 'pass' >/dev/null 2>&1; then
    if [ -d tests/python ]; then
        ci/run_corpus.sh "$weft" tests/python tests/python/known-failures.txt 2>&1 | tee -a "$log" || status=1
    fi
    if [ -d ../shared/conformance ]; then
        # Programs that need what later issues bring are listed, with the
        # reason, in tests/conformance-known-failures.txt.
        ci/run_corpus.sh "$weft" ../shared/conformance tests/conformance-known-failures.txt 2>&1 | tee -a "$log" || status=1
    fi
    # Threaded programs again and again: races must not hide.
    ci/repeat_threads.sh "$weft" 20 2>&1 | tee -a "$log" || status=1
    # The threaded and collector programs once more with the debug build:
    # its overflow checks and debug assertions catch count errors that the
    # release build would let pass.
    echo "== threaded and collector programs, debug build"
    cargo build -p weft-interp
    debug_dir="$(mktemp -d)"
    for f in tests/python/thread_*.py tests/python/gc_*.py; do
        base="${f%.py}"
        for g in "$f" "$base.out" "$base.err"; do
            if [ -f "$g" ]; then ln -s "$PWD/$g" "$debug_dir/"; fi
        done
    done
    ci/run_corpus.sh target/debug/weft "$debug_dir" 2>&1 | tee -a "$log" || status=1
    rm -rf "$debug_dir"
else
    echo "skipped: weft does not run Python programs (its build is broken)."
    status=1
fi

# Sum cargo's "test result: ok. N passed; M failed" lines and the corpus
# runners' "N passed, M failed" lines.
passed=$(grep -hoE '([0-9]+) passed' "$log" | awk '{s += $1} END {print s + 0}')
failed=$(grep -hoE '([0-9]+) failed' "$log" | awk '{s += $1} END {print s + 0}')
if [ "$status" -ne 0 ]; then
    echo "all steps: $passed passed, $failed failed, and a step FAILED (see above)"
else
    echo "all steps: $passed passed, $failed failed"
fi
exit $status
