//! A one-word filter of the key hashes a hash table holds, so that a
//! lock-free lookup of a key the table does not hold can stop before
//! probing: `obj.method` checks that the instance dict does not shadow the
//! method, and a class attribute read through an instance first misses in
//! the instance dict, on every execution.
//!
//! Each key sets one of the word's bits, chosen by its hash. Bits are only
//! set (a removed key's bit stays until the table is rebuilt), so a clear
//! bit proves absence and a set one proves nothing.
//!
//! The protocol: the writer (one at a time, under the table's lock) sets
//! the key's bit *before* it publishes the entry with a release store, in
//! [`KeyFilter::publish`]. A reader that can see the entry (its load
//! synchronizes with that store, or anything after it) then sees the bit
//! too, so it never wrongly skips a key that was inserted before its
//! lookup. A reader that sees neither was concurrent with the insert, and
//! "absent" is a correct answer for it. Model: `loom-tests/tests/sync_key_filter.rs`.

use crate::flaws::{self, Flaw};
use crate::primitive::{AtomicUsize, Ordering};

pub struct KeyFilter {
    bits: AtomicUsize,
}

impl KeyFilter {
    /// A filter of an empty table.
    #[cfg(not(loom))]
    pub const fn new() -> KeyFilter {
        KeyFilter {
            bits: AtomicUsize::new(0),
        }
    }

    #[cfg(loom)]
    pub fn new() -> KeyFilter {
        KeyFilter {
            bits: AtomicUsize::new(0),
        }
    }

    /// The bit of `hash`: its top bits after a multiplicative mix, so that
    /// small ints (which hash to themselves) spread over the word too.
    #[inline]
    fn bit(hash: isize) -> usize {
        let mixed = (hash as usize).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        1 << (mixed >> (usize::BITS - usize::BITS.trailing_zeros()))
    }

    /// Whether the table may hold a key with this hash (`false`: it does
    /// not, as far as inserts this reader must see go).
    #[inline]
    pub fn may_contain(&self, hash: isize) -> bool {
        self.bits.load(Ordering::Acquire) & Self::bit(hash) != 0
    }

    /// Record a key of `hash`, then run `publish`, which makes the entry
    /// visible to lock-free readers. Only the table's lock holder calls it.
    #[inline]
    pub fn publish(&self, hash: isize, publish: impl FnOnce()) {
        if flaws::active(Flaw::FilterSetAfterPublish) {
            // Broken on purpose (loom models only): a reader can see the
            // entry and still find the bit clear.
            publish();
            self.add_locked(hash);
            return;
        }
        self.add_locked(hash);
        publish();
    }

    /// Record a key of `hash` in a filter no reader sees yet (a table being
    /// built), or before the caller publishes it.
    #[inline]
    pub fn add_locked(&self, hash: isize) {
        let bits = self.bits.load(Ordering::Relaxed);
        self.bits.store(bits | Self::bit(hash), Ordering::Release);
    }
}

#[cfg(not(loom))]
impl Default for KeyFilter {
    fn default() -> KeyFilter {
        KeyFilter::new()
    }
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::KeyFilter;

    #[test]
    fn recorded_hashes_are_possible_and_a_clear_bit_is_absence() {
        let f = KeyFilter::new();
        assert!(!f.may_contain(0));
        f.publish(12345, || {});
        assert!(f.may_contain(12345));
        // Small ints spread over the word: 0..64 does not land on one bit.
        let spread: std::collections::HashSet<usize> = (0..64).map(KeyFilter::bit).collect();
        assert!(spread.len() > 30, "{} distinct bits", spread.len());
    }
}
