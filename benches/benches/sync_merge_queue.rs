//! The merge queue: push (one producer, two producers), and drain.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use weft_benches::{on_threads, quick_criterion};
use weft_sync::atomic::AtomicPtr;
use weft_sync::{MergeQueue, QueueNode};

struct Node {
    link: AtomicPtr<Node>,
}

// SAFETY: `queue_link` always returns the `link` field, used only by the queue.
unsafe impl QueueNode for Node {
    fn queue_link(&self) -> &AtomicPtr<Node> {
        &self.link
    }
}

fn nodes(n: usize) -> Vec<Node> {
    (0..n)
        .map(|_| Node {
            link: AtomicPtr::new(std::ptr::null_mut()),
        })
        .collect()
}

fn queue(c: &mut Criterion) {
    let mut g = c.benchmark_group("sync/merge_queue");
    const N: usize = 4096;
    g.bench_function("push_4096_then_drain", |b| {
        let pool = nodes(N);
        let q = MergeQueue::new();
        b.iter(|| {
            for n in &pool {
                // SAFETY: each node is pushed once per round and drained below
                // before it is pushed again; the pool outlives the queue use.
                unsafe { q.push(n) };
            }
            assert_eq!(q.drain().count(), N);
        })
    });
    g.bench_function("drain_4096", |b| {
        let pool = nodes(N);
        let q = MergeQueue::new();
        b.iter_batched(
            || {
                for n in &pool {
                    // SAFETY: as above: pushed once, drained in the routine.
                    unsafe { q.push(n) };
                }
            },
            |()| q.drain().count(),
            BatchSize::PerIteration,
        )
    });
    g.bench_function("push_2_producers", |b| {
        b.iter_custom(|iters| {
            let q = MergeQueue::new();
            let per = iters as usize;
            let pools = [nodes(per), nodes(per)];
            let next = std::sync::atomic::AtomicUsize::new(0);
            let t = on_threads(2, iters, |_| {
                let pool = &pools[next.fetch_add(1, std::sync::atomic::Ordering::Relaxed)];
                for n in pool {
                    // SAFETY: each node is pushed once and drained below.
                    unsafe { q.push(n) };
                }
            });
            assert_eq!(q.drain().count(), 2 * per);
            t
        })
    });
    g.finish();
}

criterion_group! { name = benches; config = quick_criterion(); targets = queue }
criterion_main!(benches);
