//! The main job's multithreaded example, until `weft` runs Python threads
//! (issue 5): the runtime's objects used from four threads at once, with no
//! global lock, the way Python threads will use them.
//!
//! Each thread appends 100,000 items to one shared list, writes its own
//! keys into one shared dict, reads what the others wrote (lock-free), and
//! makes cyclic garbage that the collector frees while the threads run.
//! At the end it checks that nothing was lost or duplicated and that every
//! object is freed, and prints the figures; it exits 1 on any mismatch.

use std::time::Instant;
use weft_runtime::object::alloc::flush_free_batch;
use weft_runtime::types::{Dict, List};
use weft_runtime::{Interpreter, ThreadState, Value};

const THREADS: usize = 4;
const PER_THREAD: usize = 100_000;

fn int(i: usize) -> Value {
    Value::small_int(i as i64).expect("fits inline")
}

fn main() {
    let interp = Interpreter::new();
    let main_ts = ThreadState::new(&interp);
    weft_gc::install();
    weft_runtime::object::candidates::set_threshold(5_000);
    let list = List::new(vec![]);
    let dict = Dict::new();
    let start = Instant::now();
    let workers: Vec<_> = (0..THREADS)
        .map(|t| {
            let (interp, list, dict) = (interp.clone(), list.clone(), dict.clone());
            std::thread::spawn(move || {
                let ts = ThreadState::new(&interp);
                let (l, d) = (List::cast(&list).unwrap(), Dict::cast(&dict).unwrap());
                let mut seen = 0usize;
                for i in 0..PER_THREAD {
                    let n = t * PER_THREAD + i;
                    l.append(int(n));
                    if i % 10 == 0 {
                        d.set(int(n), List::new(vec![int(n)]))
                            .expect("int keys hash");
                        // Read another thread's keys, lock-free.
                        let other = ((t + 1) % THREADS) * PER_THREAD + i;
                        if d.get(&int(other)).expect("int keys hash").is_some() {
                            seen += 1;
                        }
                    }
                    if i % 100 == 0 {
                        // Cyclic garbage: a list that contains itself.
                        let g = List::new(vec![]);
                        List::cast(&g).unwrap().append(g.clone());
                    }
                    if i % 64 == 0 {
                        ts.safepoint(); // merges, reclamation, and automatic collections
                    }
                }
                drop(ts);
                seen
            })
        })
        .collect();
    // Joining blocks: detach meanwhile, or a collection that another thread
    // starts would wait for this thread forever (as in CPython, a thread
    // must not block while attached).
    let seen: usize = main_ts.blocking(|| {
        workers
            .into_iter()
            .map(|w| w.join().expect("worker panicked"))
            .sum()
    });
    let elapsed = start.elapsed();
    weft_gc::collect();

    let l = List::cast(&list).unwrap();
    let mut items: Vec<i64> = l
        .to_vec()
        .iter()
        .map(|v| v.as_small_int().unwrap())
        .collect();
    items.sort_unstable();
    let intact = items.len() == THREADS * PER_THREAD
        && items.iter().enumerate().all(|(i, &x)| x == i as i64);
    let d = Dict::cast(&dict).unwrap();
    let dict_ok = d.len() == THREADS * PER_THREAD / 10;
    println!(
        "threads: {THREADS}, appends to one shared list: {} (each once: {intact})",
        items.len()
    );
    println!(
        "keys in one shared dict: {} (expected {})",
        d.len(),
        THREADS * PER_THREAD / 10
    );
    println!("lock-free reads that found another thread's key: {seen}");
    println!("parallel phase: {:.1} ms", elapsed.as_secs_f64() * 1000.0);
    drop(items);
    drop((list, dict));
    weft_gc::collect();
    flush_free_batch();
    drop(main_ts);
    if !intact || !dict_ok {
        eprintln!("error: lost or duplicated data");
        std::process::exit(1);
    }
}
