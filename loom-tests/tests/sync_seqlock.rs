//! A sequence-locked slot is never read torn: a reader that gets words
//! gets the three words of one write, with writers racing it.
#![cfg(loom)]

use loom::sync::Arc;
use loom::thread;
use weft_loom_tests::{check, flawed_model};
use weft_sync::flaws::Flaw;
use weft_sync::SeqSlot;

fn writers_race_a_reader() {
    let slot = Arc::new(SeqSlot::new());
    let writers: Vec<_> = (1..=2)
        .map(|k| {
            let slot = slot.clone();
            thread::spawn(move || {
                slot.try_write([k, k, k]);
            })
        })
        .collect();
    for _ in 0..2 {
        if let Some(words) = slot.read() {
            assert!(
                words[0] == words[1] && words[1] == words[2],
                "torn read: {words:?}"
            );
        }
    }
    writers.into_iter().for_each(|t| t.join().unwrap());
    let last = slot.read().expect("no writer is left");
    assert!(
        last[0] == last[1] && last[1] == last[2],
        "torn after the writers: {last:?}"
    );
}

#[test]
fn reads_are_never_torn() {
    check(&[], false, writers_race_a_reader);
}

flawed_model!(
    skipping_the_recheck_reads_torn,
    skipping_the_recheck_reads_torn_inner,
    [Flaw::SeqReadSkipsRecheck],
    false,
    writers_race_a_reader,
    "torn"
);
