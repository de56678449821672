//! A `ValueSlot` (closure cells) read lock-free by threads while others
//! replace its value: every read gets a whole, live value, and nothing
//! leaks or is freed twice.

mod common;

use common::*;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use weft_runtime::object::value_slot::ValueSlot;
use weft_runtime::ThreadState;

#[test]
fn lock_free_reads_race_replacements() {
    let check = LeakCheck::start();
    let (interp, drops) = (&check.interp, check.drops.clone());
    for _round in 0..5 {
        let ts = ThreadState::new(interp);
        let slot = Arc::new(ValueSlot::new(Some(tracked(0, &drops))));
        let stop = Arc::new(AtomicBool::new(false));
        let writers: Vec<_> = (0..2)
            .map(|w| {
                let (slot, drops, stop) = (slot.clone(), drops.clone(), stop.clone());
                spawn_python_thread(interp, move |ts| {
                    let mut i = 0usize;
                    while !stop.load(Ordering::Relaxed) {
                        // The old value dies at once, racing readers that
                        // loaded its word.
                        drop(slot.replace(Some(tracked(1 + w, &drops))));
                        i += 1;
                        if i.is_multiple_of(32) {
                            ts.safepoint();
                        }
                    }
                })
            })
            .collect();
        let readers: Vec<_> = (0..2)
            .map(|_| {
                let slot = slot.clone();
                spawn_python_thread(interp, move |ts| {
                    for i in 0..20_000 {
                        let v = slot.get().expect("never emptied");
                        assert!(tracked_id(&v) <= 2, "a whole value");
                        if i % 64 == 0 {
                            ts.safepoint();
                        }
                    }
                })
            })
            .collect();
        ts.blocking(|| readers.into_iter().for_each(|t| t.join().unwrap()));
        stop.store(true, Ordering::Relaxed);
        ts.blocking(|| writers.into_iter().for_each(|t| t.join().unwrap()));
        drop(slot);
        drop(ts);
    }
    check.finish();
}
