#!/usr/bin/env bash
# Run the sync crate's unit tests and the runtime's stress tests under
# ThreadSanitizer (stable toolchain,
# via RUSTC_BOOTSTRAP; own target directory). Without a sanitized std
# (rust-src is not installed here) std's own channels, `Arc` drops (fences)
# and test-harness threads are invisible to TSan; ci/tsan.supp suppresses
# reports that lie entirely inside std or the test harness, never ours.
set -euo pipefail
cd "$(dirname "$0")/.."
export RUSTC_BOOTSTRAP=1
export RUSTFLAGS="-Zsanitizer=thread -Cunsafe-allow-abi-mismatch=sanitizer --cfg crossbeam_sanitize_thread ${RUSTFLAGS:-}"
export TSAN_OPTIONS="suppressions=$PWD/ci/tsan.supp halt_on_error=0 ${TSAN_OPTIONS:-}"
cargo test -p weft-sync --lib --target x86_64-unknown-linux-gnu --target-dir target-tsan "$@"
# The runtime's multi-threaded stress tests: lock-free list/dict/set reads,
# biased reference counts, merge queues.
cargo test -p weft-runtime --tests --target x86_64-unknown-linux-gnu --target-dir target-tsan "$@"
# The cycle collector, with threads making garbage while collections run.
cargo test -p weft-gc --lib --tests --target x86_64-unknown-linux-gnu --target-dir target-tsan "$@"
