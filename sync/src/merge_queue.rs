//! The biased-refcount merge queue: where other threads send an object whose
//! shared count they took below zero, for its owner to merge.
//!
//! An intrusive lock-free stack (a Treiber stack without pop): many producers
//! push with a compare-and-swap on the head; the single consumer, the owning
//! thread at a safepoint, takes the whole stack with one swap. Because nodes
//! are only ever removed all at once, the ABA problem of Treiber pops cannot
//! arise. Measured at 4.3 ns a push against 18 ns for crossbeam's `SegQueue`
//! (DESIGN.md), and it allocates nothing: the link lives in the object.

use crate::flaws::{self, Flaw};
use crate::primitive::{AtomicPtr, Ordering};
use std::ptr;

/// A node that can sit in a [`MergeQueue`]: it embeds the link field.
///
/// # Safety
/// `queue_link` must always return the same field of `self`, used by no one
/// but the queue.
pub unsafe trait QueueNode: Sized {
    /// The intrusive link: the next node in the queue.
    fn queue_link(&self) -> &AtomicPtr<Self>;
}

/// A multi-producer, single-consumer intrusive stack of nodes.
#[derive(Debug)]
pub struct MergeQueue<T: QueueNode> {
    head: AtomicPtr<T>,
}

// SAFETY: the queue only stores pointers; pushing and draining synchronize
// through `head` (release push, acquire drain), and nodes are handed from
// producer to consumer, so sending or sharing the queue is sound when the
// nodes themselves may move between threads.
unsafe impl<T: QueueNode + Send> Send for MergeQueue<T> {}
// SAFETY: as for `Send`: every shared access goes through the atomic head.
unsafe impl<T: QueueNode + Send> Sync for MergeQueue<T> {}

impl<T: QueueNode> Default for MergeQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: QueueNode> MergeQueue<T> {
    /// An empty queue.
    pub fn new() -> Self {
        MergeQueue {
            head: AtomicPtr::new(ptr::null_mut()),
        }
    }

    /// Push a node. Lock-free; callable from any thread.
    ///
    /// # Safety
    /// `node` must be valid, in no queue (the object's "queued" flag is how
    /// the runtime guarantees this), and must stay valid until a drain has
    /// returned it.
    #[inline]
    pub unsafe fn push(&self, node: *const T) {
        let node = node as *mut T;
        // SAFETY: the caller guarantees `node` is valid and not in a queue, so
        // this thread is the only one touching its link.
        let link = unsafe { (*node).queue_link() };
        let mut head = self.head.load(Ordering::Relaxed);
        loop {
            if flaws::active(Flaw::QueuePublishesBeforeLinking) {
                // Broken on purpose: the node is visible before it links to
                // the rest, so a racing drain cuts the older nodes off.
                self.head.store(node, Ordering::Release);
                link.store(head, Ordering::Relaxed);
                return;
            }
            link.store(head, Ordering::Relaxed);
            match self
                .head
                .compare_exchange_weak(head, node, Ordering::Release, Ordering::Relaxed)
            {
                Ok(_) => return,
                Err(now) => head = now,
            }
        }
    }

    /// Take every node pushed before this call, newest first. Only the
    /// queue's consumer (its owning thread) may drain.
    #[inline]
    pub fn drain(&self) -> Drain<T> {
        // Cheap check first: a safepoint drains an empty queue almost always.
        if self.head.load(Ordering::Relaxed).is_null() {
            return Drain {
                next: ptr::null_mut(),
            };
        }
        Drain {
            next: self.head.swap(ptr::null_mut(), Ordering::Acquire),
        }
    }

    /// Whether the queue looks empty (a snapshot).
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.head.load(Ordering::Relaxed).is_null()
    }
}

/// The nodes taken by one [`MergeQueue::drain`].
pub struct Drain<T: QueueNode> {
    next: *mut T,
}

impl<T: QueueNode> Iterator for Drain<T> {
    type Item = *const T;

    fn next(&mut self) -> Option<*const T> {
        if self.next.is_null() {
            return None;
        }
        let node = self.next;
        // SAFETY: pushed nodes stay valid until drained (push's contract),
        // and the link is read before the node is yielded, so the consumer
        // may free it as soon as it has it.
        self.next = unsafe { (*node).queue_link().load(Ordering::Relaxed) };
        Some(node)
    }
}

#[cfg(all(test, not(loom)))]
mod tests;
