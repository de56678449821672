#!/usr/bin/env bash
# Model-check every synchronization protocol with loom.
# Release mode and a target directory of its own, so the normal build is kept.
set -euo pipefail
cd "$(dirname "$0")/.."
export RUSTFLAGS="--cfg loom --cfg crossbeam_loom ${RUSTFLAGS:-}"
export LOOM_MAX_PREEMPTIONS="${LOOM_MAX_PREEMPTIONS:-3}"
exec cargo test --profile loom -p weft-loom-tests --target-dir target-loom "$@"
