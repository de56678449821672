//! What this machine charges for moving one cache line between two cores:
//! the floor under any operation that two threads take turns on (two
//! threads appending to one list move the list's lock line and its tail
//! line on every turn). Two threads pass a token through one atomic word,
//! each waiting for the other's write before making its own; the time per
//! pass is one core-to-core transfer of the line.

use criterion::{criterion_group, criterion_main, Criterion};
use std::sync::atomic::{AtomicU64, Ordering};
use weft_benches::quick_criterion;

/// A word alone on its cache line.
#[repr(align(128))]
struct Line(AtomicU64);

/// One side of the ping-pong: wait for each value of the given parity,
/// answer with the next one.
fn play(token: &Line, passes: u64, parity: u64) {
    let mut next = parity;
    while next < passes {
        while token.0.load(Ordering::Acquire) != next {
            std::hint::spin_loop();
        }
        token.0.store(next + 1, Ordering::Release);
        next += 2;
    }
}

fn one_way_transfer(c: &mut Criterion) {
    let mut g = c.benchmark_group("machine/cache_line");
    g.bench_function("one_way_transfer", |b| {
        b.iter_custom(|passes| {
            let token = Line(AtomicU64::new(0));
            let start = std::time::Instant::now();
            std::thread::scope(|s| {
                s.spawn(|| play(&token, passes, 1));
                play(&token, passes, 0);
            });
            start.elapsed()
        })
    });
    g.finish();
}

criterion_group! { name = benches; config = quick_criterion(); targets = one_way_transfer }
criterion_main!(benches);
