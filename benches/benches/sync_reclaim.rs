//! Safe memory reclamation: crossbeam-epoch against seize, for the read side
//! (protect + load) and for retiring replaced storage, single-threaded and
//! with a second thread doing the other half, and pinning per operation
//! against a guard held across operations (what Weft does: pinned while
//! attached, renewed at safepoints). A plain atomic load is the baseline.
//!
//! The result decided `weft_sync::reclaim` (see docs/internals/reclamation.md).

use criterion::{criterion_group, criterion_main, Criterion};
use crossbeam_epoch as epoch;
use seize::Guard as _;
use std::hint::black_box;
use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};
use std::time::{Duration, Instant};
use weft_benches::quick_criterion;

/// Loads between renewals of a held pin: a safepoint every few dozen
/// operations, as in the evaluation loop's backward jumps.
const OPS_PER_SAFEPOINT: u64 = 64;

/// Run `background` on another thread until `measured` returns.
fn with_background(
    background: impl Fn(&AtomicBool) + Sync,
    measured: impl FnOnce() -> Duration,
) -> Duration {
    let stop = AtomicBool::new(false);
    std::thread::scope(|s| {
        s.spawn(|| background(&stop));
        let t = measured();
        stop.store(true, Ordering::Relaxed);
        t
    })
}

fn crossbeam_reads(
    domain: &epoch::Collector,
    slot: &epoch::Atomic<u64>,
    iters: u64,
    held: bool,
) -> Duration {
    let handle = domain.register();
    let start = Instant::now();
    if held {
        let mut guard = handle.pin();
        for i in 0..iters {
            // SAFETY: the slot always holds a live box while readers run; the
            // pin protects it.
            black_box(unsafe { slot.load(Ordering::Acquire, &guard).deref() });
            if i % OPS_PER_SAFEPOINT == 0 {
                guard.repin();
            }
        }
    } else {
        for _ in 0..iters {
            let guard = handle.pin();
            // SAFETY: as above.
            black_box(unsafe { slot.load(Ordering::Acquire, &guard).deref() });
        }
    }
    start.elapsed()
}

fn seize_reads(
    domain: &seize::Collector,
    slot: &AtomicPtr<u64>,
    iters: u64,
    held: bool,
) -> Duration {
    let start = Instant::now();
    if held {
        let mut guard = domain.enter();
        for i in 0..iters {
            // SAFETY: the slot always holds a live box; the guard protects it.
            black_box(unsafe { *guard.protect(slot, Ordering::Acquire) });
            if i % OPS_PER_SAFEPOINT == 0 {
                guard.refresh();
            }
        }
    } else {
        for _ in 0..iters {
            let guard = domain.enter();
            // SAFETY: as above.
            black_box(unsafe { *guard.protect(slot, Ordering::Acquire) });
        }
    }
    start.elapsed()
}

fn crossbeam_retires(domain: &epoch::Collector, slot: &epoch::Atomic<u64>, iters: u64) -> Duration {
    let handle = domain.register();
    let mut guard = handle.pin();
    let start = Instant::now();
    for i in 0..iters {
        let old = slot.swap(epoch::Owned::new(i), Ordering::AcqRel, &guard);
        // SAFETY: `old` was unlinked by the swap and is retired once.
        unsafe { guard.defer_destroy(old) };
        if i % OPS_PER_SAFEPOINT == 0 {
            guard.repin();
            guard.flush();
        }
    }
    start.elapsed()
}

fn seize_retires(domain: &seize::Collector, slot: &AtomicPtr<u64>, iters: u64) -> Duration {
    let mut guard = domain.enter();
    let start = Instant::now();
    for i in 0..iters {
        let old = guard.swap(slot, Box::into_raw(Box::new(i)), Ordering::AcqRel);
        // SAFETY: `old` was unlinked by the swap, came from `Box`, and is
        // retired once.
        unsafe { guard.defer_retire(old, seize::reclaim::boxed) };
        if i % OPS_PER_SAFEPOINT == 0 {
            guard.refresh();
        }
    }
    start.elapsed()
}

fn reads(c: &mut Criterion) {
    let mut g = c.benchmark_group("sync/reclaim/read");
    let plain = AtomicPtr::new(Box::into_raw(Box::new(7u64)));
    g.bench_function("baseline_plain_atomic_load", |b| {
        // SAFETY: the box is never freed during the benchmark.
        b.iter(|| black_box(unsafe { *plain.load(Ordering::Acquire) }))
    });
    let ce = epoch::Collector::new();
    let cslot = epoch::Atomic::new(7u64);
    let se = seize::Collector::new();
    let sslot = AtomicPtr::new(Box::into_raw(Box::new(7u64)));
    for held in [true, false] {
        let mode = if held { "held_guard" } else { "pin_per_op" };
        g.bench_function(format!("crossbeam_epoch/{mode}"), |b| {
            b.iter_custom(|n| crossbeam_reads(&ce, &cslot, n, held))
        });
        g.bench_function(format!("seize/{mode}"), |b| {
            b.iter_custom(|n| seize_reads(&se, &sslot, n, held))
        });
    }
    // The same reads while a second thread keeps replacing the storage.
    g.bench_function(
        "crossbeam_epoch/held_guard_while_other_thread_retires",
        |b| {
            b.iter_custom(|n| {
                with_background(
                    |stop| {
                        while !stop.load(Ordering::Relaxed) {
                            crossbeam_retires(&ce, &cslot, 1024);
                        }
                    },
                    || crossbeam_reads(&ce, &cslot, n, true),
                )
            })
        },
    );
    g.bench_function("seize/held_guard_while_other_thread_retires", |b| {
        b.iter_custom(|n| {
            with_background(
                |stop| {
                    while !stop.load(Ordering::Relaxed) {
                        seize_retires(&se, &sslot, 1024);
                    }
                },
                || seize_reads(&se, &sslot, n, true),
            )
        })
    });
    g.finish();
}

fn retires(c: &mut Criterion) {
    let mut g = c.benchmark_group("sync/reclaim/retire");
    let ce = epoch::Collector::new();
    let cslot = epoch::Atomic::new(7u64);
    let se = seize::Collector::new();
    let sslot = AtomicPtr::new(Box::into_raw(Box::new(7u64)));
    g.bench_function("crossbeam_epoch", |b| {
        b.iter_custom(|n| crossbeam_retires(&ce, &cslot, n))
    });
    g.bench_function("seize", |b| {
        b.iter_custom(|n| seize_retires(&se, &sslot, n))
    });
    g.bench_function("crossbeam_epoch/while_other_thread_reads", |b| {
        b.iter_custom(|n| {
            with_background(
                |stop| {
                    while !stop.load(Ordering::Relaxed) {
                        crossbeam_reads(&ce, &cslot, 4096, true);
                    }
                },
                || crossbeam_retires(&ce, &cslot, n),
            )
        })
    });
    g.bench_function("seize/while_other_thread_reads", |b| {
        b.iter_custom(|n| {
            with_background(
                |stop| {
                    while !stop.load(Ordering::Relaxed) {
                        seize_reads(&se, &sslot, 4096, true);
                    }
                },
                || seize_retires(&se, &sslot, n),
            )
        })
    });
    g.finish();
}

/// Weft's own wrapper, as the runtime will use it: a thread state's handle,
/// pinned while attached, with a quiescent state every few dozen reads.
fn weft_wrapper(c: &mut Criterion) {
    let mut g = c.benchmark_group("sync/reclaim/weft_handle");
    let r = weft_sync::Reclaimer::new();
    let slot = weft_sync::reclaim::Atomic::new(7u64);
    g.bench_function("read_pinned_while_attached", |b| {
        b.iter_custom(|n| {
            let mut h = r.register();
            h.pin();
            let start = Instant::now();
            for i in 0..n {
                // SAFETY: the slot always holds a live box; the pin protects it.
                black_box(unsafe { slot.load(Ordering::Acquire, h.guard()).deref() });
                if i % OPS_PER_SAFEPOINT == 0 {
                    h.quiescent();
                }
            }
            start.elapsed()
        })
    });
    g.finish();
}

criterion_group! { name = benches; config = quick_criterion(); targets = reads, retires, weft_wrapper }
criterion_main!(benches);
