//! Cyclic garbage made by every thread at once: throughput and the longest
//! collection, with automatic collection at safepoints. The same shape as
//! `benches/python/gc/threads.py` (run it with python3 for the comparison).
//! A plain timing program rather than a criterion benchmark: the figures are
//! a whole run's throughput and its worst pause.

use std::time::Instant;
use weft_runtime::types::List;
use weft_runtime::{Interpreter, ThreadState, Value};

fn main() {
    let threads: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2);
    let k: usize = std::env::args()
        .nth(2)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200_000);
    let interp = Interpreter::new();
    let main_ts = ThreadState::new(&interp);
    weft_gc::install();
    weft_gc::collect();
    weft_gc::take_longest_pause();
    let keep = List::new(vec![]);
    let t0 = Instant::now();
    let workers: Vec<_> = (0..threads)
        .map(|_| {
            let (interp, keep) = (interp.clone(), keep.clone());
            std::thread::spawn(move || {
                let ts = ThreadState::new(&interp);
                for i in 0..k {
                    let a = List::new(vec![]);
                    let b = List::new(vec![a.clone()]);
                    List::cast(&a).unwrap().append(b);
                    if i % 100 == 0 {
                        List::cast(&keep)
                            .unwrap()
                            .append(List::new(vec![Value::small_int(i as i64).unwrap()]));
                    }
                    if i % 32 == 0 {
                        ts.safepoint();
                    }
                }
                drop(ts);
            })
        })
        .collect();
    main_ts.blocking(|| workers.into_iter().for_each(|w| w.join().unwrap()));
    let elapsed = t0.elapsed();
    let longest = weft_gc::take_longest_pause();
    println!(
        "threads={threads} cycles_per_s={:.0} longest_pause_ms={:.2}",
        (threads * k) as f64 / elapsed.as_secs_f64(),
        longest.as_secs_f64() * 1000.0
    );
    drop(keep);
}
