//! Stop-the-world: the safepoint poll (paid at every backward jump and call),
//! attach+detach (paid at every blocking call), and a whole stop/start with
//! one other thread attached and running.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use std::sync::atomic::{AtomicBool, Ordering};
use weft_benches::quick_criterion;
use weft_sync::World;

fn world(c: &mut Criterion) {
    let mut g = c.benchmark_group("sync/world");
    let w = World::new();
    let slot = w.register();
    slot.attach();
    g.bench_function("safepoint_nothing_pending", |b| {
        b.iter(|| black_box(slot.safepoint()))
    });
    slot.detach();
    g.bench_function("attach_detach", |b| {
        b.iter(|| {
            slot.attach();
            slot.detach();
        })
    });
    g.bench_function("stop_start_with_1_running_thread", |b| {
        let stop = AtomicBool::new(false);
        std::thread::scope(|s| {
            s.spawn(|| {
                let other = w.register();
                other.attach();
                while !stop.load(Ordering::Relaxed) {
                    other.safepoint();
                }
                other.detach();
            });
            b.iter(|| drop(w.stop_the_world(None)));
            stop.store(true, Ordering::Relaxed);
        });
    });
    g.finish();
}

criterion_group! { name = benches; config = quick_criterion(); targets = world }
criterion_main!(benches);
