//! The cycle collector: frees garbage that reference counting cannot (objects
//! that reference each other in a cycle), looking only at the subgraph
//! reachable from candidate roots (Bacon and Rajan, "Concurrent Cycle
//! Collection in Reference Counted Systems", ECOOP 2001), so its work is
//! proportional to that subgraph, not to the heap.
//!
//! A collection (`collect`):
//! 1. stops the world, so reference counts hold still;
//! 2. takes every thread's candidate buffer (`runtime::object::candidates`);
//!    zombies (candidates that died meanwhile) are released;
//! 3. trial deletion over the subgraph reachable from the candidates: each
//!    object starts with its true total count (local + shared, queued merges
//!    applied), every reference from inside the subgraph is subtracted, and
//!    objects left with a positive count, and everything they reach, are
//!    live; the rest is cyclic garbage;
//! 4. takes a reference to each garbage object, starts the world, and clears
//!    them (the type's `clear` slot drops their references), so reference
//!    counting frees the cycle when the collector lets go.
//!
//! Automatic collection: `install()` lets safepoints collect once the
//! candidate buffers pass a threshold.
//!
//! Finalizers (`__del__`, PEP 442) run once, before garbage is cleared;
//! weak references to garbage are cleared first (`runtime/src/types/
//! weakref.rs`). `api.rs` holds what Python's `gc` module calls.
//!
//! Step 3 runs on a rayon pool when the subgraph is large
//! (`trial_deletion/parallel.rs`). Not built yet (issue 6): a concurrent
//! mark: the world is stopped for steps 2-3 (`docs/internals/gc.md`).

pub mod api;
mod trial_deletion;

/// The tests of this crate share process-wide state (the live-object
/// count, the collector's settings and buffers): they run one at a time.
#[cfg(test)]
pub(crate) fn test_serial() -> std::sync::MutexGuard<'static, ()> {
    static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

pub use trial_deletion::{
    collect, collect_without_callbacks, set_collect_hook, set_parallel_threshold,
    take_longest_pause, Phase,
};

/// Let safepoints run a collection when candidates pass the threshold
/// (`weft_runtime::object::candidates::set_threshold`).
pub fn install() {
    weft_runtime::object::candidates::install_collector(collect);
}
