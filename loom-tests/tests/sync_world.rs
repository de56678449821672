//! Stop-the-world never lets an attached thread run while the world is
//! stopped; detached threads do not hold it up; requests are serialized.
#![cfg(loom)]

use loom::sync::Arc;
use loom::thread;
use weft_loom_tests::{check, flawed_model, Checked};
use weft_sync::flaws::Flaw;
use weft_sync::World;

/// Each worker touches only its own cell while attached; the requester
/// touches every cell while the world is stopped. loom flags any access of
/// a worker that is not ordered with the requester's.
fn workers_and_a_requester(workers: usize) {
    let world = World::new();
    let cells: Arc<Vec<Checked>> = Arc::new((0..workers).map(|_| Checked::new()).collect());
    let handles: Vec<_> = (0..workers)
        .map(|i| {
            let slot = world.register();
            let cells = cells.clone();
            thread::spawn(move || {
                slot.attach();
                cells[i].bump();
                slot.safepoint();
                cells[i].bump();
                slot.detach();
            })
        })
        .collect();
    {
        let _stopped = world.stop_the_world(None);
        for c in cells.iter() {
            c.bump();
        }
    }
    handles.into_iter().for_each(|h| h.join().unwrap());
}

/// Two attached threads both request a stop; a third runs.
fn two_requesters() {
    let world = World::new();
    let shared = Arc::new(Checked::new());
    let worker_cell = Arc::new(Checked::new());
    let requesters: Vec<_> = (0..2)
        .map(|_| {
            let slot = world.register();
            let (world, shared, worker_cell) = (world.clone(), shared.clone(), worker_cell.clone());
            thread::spawn(move || {
                slot.attach();
                {
                    let _stopped = world.stop_the_world(Some(&slot));
                    shared.bump();
                    worker_cell.bump();
                }
                slot.detach();
            })
        })
        .collect();
    let slot = world.register();
    slot.attach();
    worker_cell.bump();
    slot.safepoint();
    slot.detach();
    requesters.into_iter().for_each(|h| h.join().unwrap());
    assert_eq!(shared.get(), 2);
}

#[test]
fn one_worker_never_runs_while_stopped() {
    check(&[], false, || workers_and_a_requester(1));
}

#[test]
fn two_workers_never_run_while_stopped() {
    check(&[], false, || workers_and_a_requester(2));
}

#[test]
fn concurrent_requests_are_serialized() {
    check(&[], false, two_requesters);
}

flawed_model!(
    catches_a_requester_that_does_not_wait,
    requester_does_not_wait_model,
    [Flaw::WorldSkipsAttachedThreads],
    false,
    || workers_and_a_requester(1),
    "Causality violation"
);
