//! The merge queue never loses or duplicates an entry, with producers racing
//! a draining consumer.
#![cfg(loom)]

use loom::sync::atomic::AtomicPtr;
use loom::sync::Arc;
use loom::thread;
use weft_loom_tests::{check, flawed_model};
use weft_sync::flaws::Flaw;
use weft_sync::{MergeQueue, QueueNode};

struct Node {
    id: usize,
    link: AtomicPtr<Node>,
}

// SAFETY: `queue_link` always returns the `link` field, used only by the queue.
unsafe impl QueueNode for Node {
    fn queue_link(&self) -> &AtomicPtr<Node> {
        &self.link
    }
}

fn push(q: &MergeQueue<Node>, id: usize) {
    let node = Box::into_raw(Box::new(Node {
        id,
        link: AtomicPtr::new(std::ptr::null_mut()),
    }));
    // SAFETY: a fresh node in no queue, freed only by the consumer.
    unsafe { q.push(node) };
}

fn drain_into(q: &MergeQueue<Node>, seen: &mut Vec<usize>) {
    for node in q.drain() {
        // SAFETY: every node comes from `push` and is drained exactly once.
        seen.push(unsafe { Box::from_raw(node as *mut Node) }.id);
    }
}

fn producers_race_a_drain() {
    let q = Arc::new(MergeQueue::new());
    let producers: Vec<_> = (0..2)
        .map(|p| {
            let q = q.clone();
            thread::spawn(move || {
                push(&q, 2 * p);
                push(&q, 2 * p + 1);
            })
        })
        .collect();
    let mut seen = Vec::new();
    drain_into(&q, &mut seen);
    producers.into_iter().for_each(|t| t.join().unwrap());
    drain_into(&q, &mut seen);
    seen.sort_unstable();
    assert_eq!(seen, vec![0, 1, 2, 3], "an entry was lost or duplicated");
}

#[test]
fn never_loses_or_duplicates() {
    check(&[], false, producers_race_a_drain);
}

flawed_model!(
    catches_publishing_before_linking,
    publishing_before_linking_model,
    [Flaw::QueuePublishesBeforeLinking],
    false,
    producers_race_a_drain,
    "lost or duplicated"
);
