//! The keys version of a hash table: a reader that saw a key missing
//! remembers the number it read before its lookup, and trusts the miss
//! while the table keeps that number. So a miss may only be remembered at
//! a number older than the one the key's insert gave the table: at that
//! number or a later one, the reader would trust a stale "absent" (a
//! builtin read where a global of the same name now exists) for as long
//! as no other key is added. A writer adds two keys, as under the table's
//! lock, while a reader looks for both.
#![cfg(loom)]

use loom::sync::atomic::{AtomicUsize, Ordering};
use loom::sync::Arc;
use loom::thread;
use weft_loom_tests::{check, flawed_model};
use weft_sync::flaws::Flaw;
use weft_sync::KeysVersion;

/// A table of two entry slots, each holding its key once inserted.
struct Table {
    keys: KeysVersion,
    entries: [AtomicUsize; 2],
    /// The number each key's insert gave the table (written by the writer).
    numbered: [AtomicUsize; 2],
}

const KEYS: [usize; 2] = [7, 9];

/// A lookup as `load_global` does it: the number first, then the entry.
/// `Some(number)` when the key was missing (the number to remember).
fn miss_at(t: &Table, slot: usize) -> Option<usize> {
    let number = t.keys.current();
    (t.entries[slot].load(Ordering::Acquire) != KEYS[slot]).then_some(number)
}

fn insert_while_reading() {
    let t = Arc::new(Table {
        keys: KeysVersion::new(),
        entries: [AtomicUsize::new(0), AtomicUsize::new(0)],
        numbered: [AtomicUsize::new(0), AtomicUsize::new(0)],
    });
    t.keys.watch_locked();
    let writer = {
        let t = t.clone();
        thread::spawn(move || {
            for (slot, key) in KEYS.iter().enumerate() {
                t.keys
                    .publish_key(|| t.entries[slot].store(*key, Ordering::Release));
                // The writer's own last store: the number this insert gave.
                t.numbered[slot].store(t.keys.current(), Ordering::Relaxed);
            }
        })
    };
    let misses: Vec<(usize, Option<usize>)> = [1, 0]
        .iter()
        .map(|&slot| (slot, miss_at(&t, slot)))
        .collect();
    writer.join().unwrap();
    // Numbers only grow, so "older" is "smaller".
    for (slot, miss) in misses {
        if let Some(number) = miss {
            let insert = t.numbered[slot].load(Ordering::Relaxed);
            assert!(
                number < insert,
                "a miss remembered at number {number}, not older than the insert's {insert}"
            );
        }
    }
}

#[test]
fn a_remembered_miss_ends_with_the_insert() {
    check(&[], false, insert_while_reading);
}

flawed_model!(
    numbering_before_publishing_keeps_a_stale_miss,
    numbering_before_publishing_keeps_a_stale_miss_inner,
    [Flaw::KeysVersionBeforePublish],
    false,
    insert_while_reading,
    "not older than the insert"
);
