//! `list` get (lock-free read) and append (1-byte lock), single-threaded,
//! with 2 threads on one shared list, and with 2 threads on their own lists.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use weft_benches::{on_python_threads, quick_criterion};
use weft_runtime::types::List;
use weft_runtime::{Interpreter, ThreadState, Value};

fn list_of(n: usize) -> Value {
    // Heap items, so reads pay a reference count.
    List::new((0..n).map(|_| List::new(vec![])).collect())
}

fn get(c: &mut Criterion) {
    let interp = Interpreter::new();
    let ts = ThreadState::new(&interp);
    let mut g = c.benchmark_group("runtime/list/get");
    let v = list_of(1024);
    let l = List::cast(&v).unwrap();
    g.bench_function("single_thread", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) & 1023;
            black_box(l.get(i))
        })
    });
    g.bench_function("2_threads_one_shared_list", |b| {
        b.iter_custom(|n| {
            on_python_threads(
                &interp,
                2,
                n,
                || v.clone(),
                |v, i| drop(black_box(List::cast(v).unwrap().get(i & 1023))),
            )
        })
    });
    g.bench_function("2_threads_own_lists", |b| {
        b.iter_custom(|n| {
            on_python_threads(
                &interp,
                2,
                n,
                || list_of(1024),
                |v, i| drop(black_box(List::cast(v).unwrap().get(i & 1023))),
            )
        })
    });
    g.finish();
    drop(v);
    drop(ts);
}

/// One append, clearing the list at 100k items so that the figures measure
/// appends, not the page faults of ever larger fresh arrays.
fn append_one(v: &Value, i: usize) {
    let l = List::cast(v).unwrap();
    l.append(Value::small_int(1).unwrap());
    if i % 64 == 0 && l.len() >= 100_000 {
        l.clear();
    }
}

fn append(c: &mut Criterion) {
    let interp = Interpreter::new();
    let ts = ThreadState::new(&interp);
    let mut g = c.benchmark_group("runtime/list/append");
    g.bench_function("single_thread", |b| {
        let v = List::new(vec![]);
        let l = List::cast(&v).unwrap();
        let mut n = 0;
        b.iter(|| {
            l.append(Value::small_int(1).unwrap());
            n += 1;
            if n == 100_000 {
                l.clear();
                n = 0;
            }
        })
    });
    g.bench_function("2_threads_one_shared_list", |b| {
        b.iter_custom(|n| {
            let shared = List::new(vec![]);
            on_python_threads(&interp, 2, n, || shared.clone(), append_one)
        })
    });
    g.bench_function("2_threads_own_lists", |b| {
        b.iter_custom(|n| on_python_threads(&interp, 2, n, || List::new(vec![]), append_one))
    });
    g.finish();
    drop(ts);
}

criterion_group! { name = benches; config = quick_criterion(); targets = get, append }
criterion_main!(benches);
