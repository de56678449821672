//! A take slot hands its value to one thread at a time, and each taker
//! sees what the previous holder wrote.
#![cfg(loom)]

use loom::sync::Arc;
use loom::thread;
use weft_loom_tests::{check, flawed_model, Checked};
use weft_sync::flaws::Flaw;
use weft_sync::TakeSlot;

fn two_threads_take_and_put_back() {
    let slot = Arc::new(TakeSlot::new(Some(Box::new(Checked::new()))));
    let other = {
        let slot = slot.clone();
        thread::spawn(move || {
            if let Some(v) = slot.take() {
                v.bump();
                slot.put(v);
                true
            } else {
                false
            }
        })
    };
    let mine = if let Some(v) = slot.take() {
        v.bump();
        slot.put(v);
        true
    } else {
        false
    };
    let theirs = other.join().unwrap();
    let v = slot.take().expect("every taker put the value back");
    let expected = usize::from(mine) + usize::from(theirs);
    assert_eq!(v.get(), expected, "a bump was lost");
    // Loom checks the `Checked` accesses: two holders at once, or a taker
    // not ordered after the last put, is reported as a causality violation.
}

#[test]
fn one_holder_at_a_time() {
    check(&[], false, two_threads_take_and_put_back);
}

flawed_model!(
    taking_by_load_and_store_gives_the_value_twice,
    taking_by_load_and_store_gives_the_value_twice_inner,
    [Flaw::TakeSlotLoadThenStore],
    false,
    two_threads_take_and_put_back,
    "Causality violation"
);

flawed_model!(
    a_relaxed_put_hides_the_holders_writes,
    a_relaxed_put_hides_the_holders_writes_inner,
    [Flaw::TakeSlotPutRelaxed],
    false,
    two_threads_take_and_put_back,
    "Causality violation"
);
