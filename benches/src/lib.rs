//! Helpers shared by the criterion benchmarks in `benches/`.
//!
//! Benchmark groups are named `<crate>/<type>/<operation>` (STYLE.md §8).

use std::sync::Barrier;
use std::time::{Duration, Instant};

/// Run `work(iters)` on `threads` threads at once and return the wall time
/// from their common start to the last one's end. With criterion's
/// `iter_custom` this reports the time per operation *per thread* while the
/// others contend.
pub fn on_threads(threads: usize, iters: u64, work: impl Fn(u64) + Sync) -> Duration {
    let barrier = Barrier::new(threads + 1);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                barrier.wait();
                work(iters);
            });
        }
        barrier.wait();
        let start = Instant::now();
        // The scope joins every thread before returning.
        start
    })
    .elapsed()
}

/// Criterion settings that keep the whole suite within minutes on a 2-core
/// machine while still giving stable medians.
pub fn quick_criterion() -> criterion::Criterion {
    criterion::Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
}

/// Time `iters` operations on each of `threads` threads running as Python
/// threads: each gets a thread state in `interp`, builds its own state with
/// `setup`, runs `op(&state, i)` for each `i`, and passes a safepoint every
/// 64 operations (as the evaluation loop would at backward jumps).
pub fn on_python_threads<S>(
    interp: &std::sync::Arc<weft_runtime::Interpreter>,
    threads: usize,
    iters: u64,
    setup: impl Fn() -> S + Sync,
    op: impl Fn(&S, usize) + Sync,
) -> Duration {
    let run = || {
        on_threads(threads, iters, |n| {
            let ts = weft_runtime::ThreadState::new(interp);
            let state = setup();
            for i in 0..n as usize {
                op(&state, i);
                if i % 64 == 0 {
                    ts.safepoint();
                }
            }
            drop(state);
            drop(ts);
        })
    };
    // The caller's thread waits detached, as a Python thread blocked in a
    // join does: a stop-the-world that the workers request (a collection,
    // deferring a contended object) must not wait for it.
    let mut run = Some(run);
    weft_runtime::thread::with_current(|ts| ts.blocking(|| run.take().expect("once")()))
        .unwrap_or_else(|| run.take().expect("once")())
}
