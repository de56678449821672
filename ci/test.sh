#!/usr/bin/env bash
# The README's test command: every test of the project.
#   1. unit and integration tests of every crate (debug build);
#   2. the loom models, in release mode with their own target directory;
#   3. the project's differential corpus tests/python (expected outputs
#      committed) and ../shared/conformance when that folder is present,
#      both run by target/release/weft, once weft runs Python programs.
# Needs only the Rust toolchain. Prints a summary line per step.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== unit and integration tests"
cargo test --workspace

echo "== loom models"
ci/loom.sh

echo "== Python programs"
cargo build --release -p weft-interp
weft=target/release/weft
if ! "$weft" -c 'pass' >/dev/null 2>&1; then
    echo "skipped: weft does not run Python programs yet (issue 4), so the"
    echo "differential corpus and ../shared/conformance cannot run."
    exit 0
fi
if [ -d tests/python ]; then
    ci/run_corpus.sh "$weft" tests/python
fi
if [ -d ../shared/conformance ]; then
    ../shared/conformance/run.sh "$weft"
fi
