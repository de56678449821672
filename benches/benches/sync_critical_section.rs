//! Critical sections: entering and ending a one-object and a two-object
//! section, uncontended, against taking the bare lock(s).

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use weft_benches::{on_threads, quick_criterion};
use weft_sync::{CriticalSection, ObjectLock};

fn sections(c: &mut Criterion) {
    let mut g = c.benchmark_group("sync/critical_section");
    let (a, b) = (ObjectLock::new(), ObjectLock::new());
    g.bench_function("bare_lock_pair", |bch| {
        bch.iter(|| {
            a.lock();
            // SAFETY: taken just above.
            unsafe { a.unlock() };
        })
    });
    g.bench_function("one_object", |bch| {
        bch.iter(|| drop(black_box(CriticalSection::new(&a))))
    });
    g.bench_function("two_objects", |bch| {
        bch.iter(|| drop(black_box(CriticalSection::new2(&a, &b))))
    });
    g.bench_function("two_objects_contended_2_threads", |bch| {
        bch.iter_custom(|n| {
            on_threads(2, n, |n| {
                for i in 0..n {
                    // Half the sections name the pair in the other order.
                    let s = if i % 2 == 0 {
                        CriticalSection::new2(&a, &b)
                    } else {
                        CriticalSection::new2(&b, &a)
                    };
                    drop(black_box(s));
                }
            })
        })
    });
    g.finish();
}

criterion_group! { name = benches; config = quick_criterion(); targets = sections }
criterion_main!(benches);
