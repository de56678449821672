//! `SeqSlot`: three words written by any thread without a lock and read
//! consistently (a sequence lock). Used for caches whose entries must never
//! be seen torn (the runtime's type attribute cache).
//!
//! A writer claims the slot by moving the sequence from even to odd with a
//! CAS (a writer that loses the race just skips its write: a cache can
//! drop an update), stores the words, and publishes with the next even
//! sequence. A reader reads the sequence, the words, and the sequence
//! again; equal even values mean no write overlapped the reads.

use crate::flaws::{self, Flaw};
use crate::primitive::{fence, AtomicUsize, Ordering};

pub struct SeqSlot {
    seq: AtomicUsize,
    words: [AtomicUsize; 3],
}

impl SeqSlot {
    /// An empty slot (all words zero).
    #[cfg(not(loom))]
    pub const fn new() -> SeqSlot {
        SeqSlot {
            seq: AtomicUsize::new(0),
            words: [
                AtomicUsize::new(0),
                AtomicUsize::new(0),
                AtomicUsize::new(0),
            ],
        }
    }

    /// An empty slot (all words zero).
    #[cfg(loom)]
    pub fn new() -> SeqSlot {
        SeqSlot {
            seq: AtomicUsize::new(0),
            words: [
                AtomicUsize::new(0),
                AtomicUsize::new(0),
                AtomicUsize::new(0),
            ],
        }
    }

    /// The three words as one consistent write left them, or `None` if a
    /// write is in progress or overlapped the read.
    #[inline]
    pub fn read(&self) -> Option<[usize; 3]> {
        let s1 = self.seq.load(Ordering::Acquire);
        if s1 & 1 != 0 {
            return None;
        }
        let words = [
            self.words[0].load(Ordering::Relaxed),
            self.words[1].load(Ordering::Relaxed),
            self.words[2].load(Ordering::Relaxed),
        ];
        fence(Ordering::Acquire);
        if self.seq.load(Ordering::Relaxed) != s1 && !flaws::active(Flaw::SeqReadSkipsRecheck) {
            return None;
        }
        Some(words)
    }

    /// Store three words, unless another writer holds the slot (then the
    /// write is dropped and `false` returned).
    pub fn try_write(&self, words: [usize; 3]) -> bool {
        let s = self.seq.load(Ordering::Relaxed);
        if s & 1 != 0
            || self
                .seq
                .compare_exchange(s, s + 1, Ordering::Acquire, Ordering::Relaxed)
                .is_err()
        {
            return false;
        }
        fence(Ordering::Release);
        for (slot, w) in self.words.iter().zip(words) {
            slot.store(w, Ordering::Relaxed);
        }
        self.seq.store(s + 2, Ordering::Release);
        true
    }
}

#[cfg(not(loom))]
impl Default for SeqSlot {
    fn default() -> SeqSlot {
        SeqSlot::new()
    }
}
