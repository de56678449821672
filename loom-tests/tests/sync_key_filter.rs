//! The key filter of a hash table: a reader that sees an entry the writer
//! published also sees the entry's filter bit, so it never skips a key
//! inserted before its lookup. Two keys are inserted one after the other
//! (as under the table's lock) while a reader looks for both.
#![cfg(loom)]

use loom::sync::atomic::{AtomicUsize, Ordering};
use loom::sync::Arc;
use loom::thread;
use weft_loom_tests::{check, flawed_model};
use weft_sync::flaws::Flaw;
use weft_sync::KeyFilter;

/// A table of two entry slots: each holds its key (the key is its hash).
struct Table {
    filter: KeyFilter,
    entries: [AtomicUsize; 2],
}

const KEYS: [usize; 2] = [7, 1 << 40];

fn lookup(t: &Table, slot: usize) {
    let key = KEYS[slot];
    // What a lookup does: the filter first, then the entry. A key found in
    // its entry must pass the filter read after it as well.
    let entry = t.entries[slot].load(Ordering::Acquire);
    if entry == key {
        assert!(
            t.filter.may_contain(key as isize),
            "entry {key} visible with its filter bit clear"
        );
    }
}

fn insert_while_reading() {
    let t = Arc::new(Table {
        filter: KeyFilter::new(),
        entries: [AtomicUsize::new(0), AtomicUsize::new(0)],
    });
    let writer = {
        let t = t.clone();
        thread::spawn(move || {
            for (slot, key) in KEYS.iter().enumerate() {
                t.filter.publish(*key as isize, || {
                    t.entries[slot].store(*key, Ordering::Release)
                });
            }
        })
    };
    for slot in [1, 0] {
        lookup(&t, slot);
    }
    writer.join().unwrap();
    // After the join every insert happened before: both must be found.
    for (slot, key) in KEYS.iter().enumerate() {
        assert!(
            t.filter.may_contain(*key as isize),
            "key {key} missing after the join"
        );
        lookup(&t, slot);
    }
}

#[test]
fn published_entries_pass_the_filter() {
    check(&[], false, insert_while_reading);
}

flawed_model!(
    setting_the_bit_after_publishing_skips_a_visible_key,
    setting_the_bit_after_publishing_skips_a_visible_key_inner,
    [Flaw::FilterSetAfterPublish],
    false,
    insert_while_reading,
    "filter bit clear"
);
