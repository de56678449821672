//! A version number for the set of keys of a hash table, so that a reader
//! can remember "this key is absent" and trust it until a key is added:
//! the interpreter remembers that `len` is not a global and reads it from
//! the builtins at once, where it would otherwise miss in the module's
//! namespace first on every load.
//!
//! The number is 0 until someone watches the table (`watch_locked`); from
//! then on, every added key gives the table a new number, drawn from one
//! process-wide counter, so no two tables (nor one table at two times)
//! ever share one. Removing keys or replacing values leaves it: neither
//! makes an absent key present.
//!
//! The protocol: the writer (one at a time, under the table's lock)
//! publishes the new entry *then* stores the new number with a release
//! store, in [`KeysVersion::publish_key`]. A reader loads the number
//! (acquire) *before* its lookup; if the lookup misses, it remembers the
//! number. Seeing a number means seeing every entry published before it,
//! so a remembered number never vouches for the absence of a key whose
//! entry was visible when it was read. A reader that later finds the number
//! unchanged ran concurrently with any insert not yet numbered, and
//! "absent" is a correct answer for it. Model:
//! `loom-tests/tests/sync_keys_version.rs`.

use crate::flaws::{self, Flaw};
use crate::primitive::{AtomicUsize, Ordering};

/// The source of numbers: unique for the life of the process. Only
/// watched tables draw from it, when they gain a key (module namespaces,
/// rarely once a program runs), so it is no point of contention. A plain
/// atomic even under loom: only uniqueness matters here, not ordering.
static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(1);

fn fresh() -> usize {
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

pub struct KeysVersion {
    number: AtomicUsize,
}

impl Default for KeysVersion {
    fn default() -> Self {
        KeysVersion::new()
    }
}

impl KeysVersion {
    /// An unwatched table's (0).
    pub fn new() -> KeysVersion {
        KeysVersion {
            number: AtomicUsize::new(0),
        }
    }

    /// The current number, 0 while unwatched. Read it before the lookup
    /// whose miss it is to vouch for.
    #[inline]
    pub fn current(&self) -> usize {
        self.number.load(Ordering::Acquire)
    }

    /// Start numbering. Only the table's lock holder calls it.
    pub fn watch_locked(&self) {
        if self.number.load(Ordering::Relaxed) == 0 {
            self.number.store(fresh(), Ordering::Release);
        }
    }

    /// Take `from`'s number, for a table that replaces `from` with the same
    /// keys (a resize), before it is published. Only the lock holder calls it.
    pub fn inherit_locked(&self, from: &KeysVersion) {
        self.number
            .store(from.number.load(Ordering::Relaxed), Ordering::Relaxed);
    }

    /// Run `publish`, which makes a new key's entry visible to lock-free
    /// readers, then give a watched table a new number. Only the table's
    /// lock holder calls it.
    #[inline]
    pub fn publish_key(&self, publish: impl FnOnce()) {
        let watched = self.number.load(Ordering::Relaxed) != 0;
        if watched && flaws::active(Flaw::KeysVersionBeforePublish) {
            // Broken on purpose (loom models only): a reader can read the
            // new number, miss the entry, and remember a stale absence.
            self.number.store(fresh(), Ordering::Release);
            publish();
            return;
        }
        publish();
        if watched {
            self.number.store(fresh(), Ordering::Release);
        }
    }
}
