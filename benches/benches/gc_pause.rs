//! `collect()` pause with a large live heap and a little cyclic garbage:
//! the same shape as `benches/python/gc/pause.py` (run it with python3 for
//! the comparison). For N live objects (lists, dicts and instances pointing
//! at each other, all reachable), after one warm-up collection, each
//! iteration makes 10,000 two-list garbage cycles and times one collection.
//! Target (issue 6): the pause does not grow with N.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use std::time::{Duration, Instant};
use weft_benches::quick_criterion;
use weft_runtime::attr::setattr;
use weft_runtime::types::str::{intern, str_value};
use weft_runtime::types::{typeobj, Dict, List};
use weft_runtime::{protocol, Interpreter, ThreadState, Value};

fn build(n: usize) -> Vec<Value> {
    let class = typeobj::new_class("Node", vec![], Dict::new()).unwrap();
    (0..n / 3)
        .map(|i| {
            let lst = List::new(vec![Value::small_int(i as i64).unwrap()]);
            let d = Dict::new();
            Dict::cast(&d).unwrap().set(str_value("k"), lst).unwrap();
            let node = protocol::call(&class, &[]).unwrap();
            setattr(&node, &intern("other"), Some(d)).unwrap();
            node
        })
        .collect()
}

fn garbage(k: usize) {
    for _ in 0..k {
        let a = List::new(vec![]);
        let b = List::new(vec![a.clone()]);
        List::cast(&a).unwrap().append(b);
    }
}

fn pause(c: &mut Criterion) {
    let _ts = ThreadState::new(&Interpreter::new());
    weft_runtime::object::candidates::set_threshold(0); // only explicit collections
    let mut g = c.benchmark_group("gc/collect_10k_cycles");
    g.sample_size(10).measurement_time(Duration::from_secs(3));
    for n in [100_000usize, 1_000_000, 3_000_000] {
        let heap = build(n);
        weft_gc::collect(); // the heap's own candidates: all live
        g.bench_with_input(BenchmarkId::new("live", n), &n, |b, _| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    garbage(10_000);
                    let t0 = Instant::now();
                    let found = weft_gc::collect();
                    total += t0.elapsed();
                    assert_eq!(found, 20_000);
                }
                total
            })
        });
        drop(heap);
        weft_gc::collect();
    }
    g.finish();
}

criterion_group! { name = benches; config = quick_criterion(); targets = pause }
criterion_main!(benches);
