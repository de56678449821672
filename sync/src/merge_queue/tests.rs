use super::*;
use std::sync::atomic::{AtomicBool, Ordering as O};
use std::sync::Arc;

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

fn node(id: usize) -> *const Node {
    Box::into_raw(Box::new(Node {
        id,
        link: AtomicPtr::new(ptr::null_mut()),
    }))
}

fn take(p: *const Node) -> usize {
    // SAFETY: every node comes from `node()` and is drained exactly once.
    unsafe { Box::from_raw(p as *mut Node) }.id
}

#[test]
fn drain_returns_newest_first() {
    let q = MergeQueue::new();
    assert!(q.is_empty());
    for id in 0..3 {
        // SAFETY: fresh node, in no queue, freed only after the drain.
        unsafe { q.push(node(id)) };
    }
    let ids: Vec<usize> = q.drain().map(take).collect();
    assert_eq!(ids, vec![2, 1, 0]);
    assert!(q.is_empty());
    assert_eq!(q.drain().count(), 0);
}

#[test]
fn concurrent_pushes_lose_and_duplicate_nothing() {
    const PRODUCERS: usize = 4;
    const PER: usize = 20_000;
    for _round in 0..5 {
        let q = Arc::new(MergeQueue::<Node>::new());
        let done = Arc::new(AtomicBool::new(false));
        let consumer = {
            let (q, done) = (q.clone(), done.clone());
            std::thread::spawn(move || {
                let mut seen = vec![false; PRODUCERS * PER];
                let mut count = 0;
                loop {
                    let finished = done.load(O::Acquire);
                    for id in q.drain().map(take) {
                        assert!(!seen[id], "node {id} drained twice");
                        seen[id] = true;
                        count += 1;
                    }
                    if finished {
                        break;
                    }
                }
                count
            })
        };
        let producers: Vec<_> = (0..PRODUCERS)
            .map(|p| {
                let q = q.clone();
                std::thread::spawn(move || {
                    for i in 0..PER {
                        // SAFETY: fresh node, freed by the consumer after draining.
                        unsafe { q.push(node(p * PER + i)) };
                    }
                })
            })
            .collect();
        producers.into_iter().for_each(|t| t.join().unwrap());
        done.store(true, O::Release);
        assert_eq!(consumer.join().unwrap(), PRODUCERS * PER);
    }
}
