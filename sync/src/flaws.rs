//! Deliberate protocol flaws, for the loom models only.
//!
//! Each loom model in `loom-tests` also runs with one flaw switched on and
//! must then fail: that is how we know the model can see the bug it guards
//! against. Outside `cfg(loom)` every check is a constant `false`, so the
//! shipped code carries no trace of this.

/// One deliberate bug in one protocol.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum Flaw {
    /// `ObjectLock`: a waiter parks without setting the parked bit, so the
    /// unlock fast path never wakes it (a lost wake-up).
    LockParksWithoutParkedBit = 1 << 0,
    /// `ObjectLock`: a hand-off unlock clears the locked bit although it gives
    /// the lock to the woken waiter (two owners at once).
    LockHandoffClearsLocked = 1 << 1,
    /// Critical sections: a thread about to block keeps its sections locked
    /// (re-entrant or crossing lock orders then deadlock).
    SectionsNotSuspendedWhenBlocking = 1 << 2,
    /// Critical sections: two locks are taken in argument order, not in
    /// address order.
    SectionsIgnoreAddressOrder = 1 << 3,
    /// Merge queue: push publishes the node before linking it to the old head.
    QueuePublishesBeforeLinking = 1 << 4,
    /// Reclamation: retired storage is freed at once instead of deferred.
    ReclaimFreesImmediately = 1 << 5,
    /// Stop-the-world: the requester does not wait for attached threads.
    WorldSkipsAttachedThreads = 1 << 6,
    /// Reference counts (runtime): `try_incref` increments a shared count of
    /// zero, reviving a dead object.
    TryIncrefIgnoresDeath = 1 << 7,
    /// Reference counts (runtime): the owner merges its zero local count
    /// with a plain store instead of a CAS, losing racing decrements.
    MergeWithoutCas = 1 << 8,
    /// Sequence lock: a reader does not re-check the sequence after reading
    /// the words, so it can return a torn entry.
    SeqReadSkipsRecheck = 1 << 9,
    /// Deferred counting (runtime): the owner's count reaching zero frees a
    /// deferred object, ignoring references counted in other threads'
    /// delta caches.
    DeferredFreedAtZero = 1 << 10,
    /// Key filter: the writer sets a key's bit after publishing its entry,
    /// so a reader can see the entry with the bit still clear.
    FilterSetAfterPublish = 1 << 11,
    /// Recycled memory (runtime): a dead object that a value cache may
    /// hand out goes back into its type's stock, so a cache reader can get
    /// the block's next object instead.
    RecycleIgnoresKeepMemory = 1 << 12,
    /// Take slot: `take` loads the pointer and then stores null, so two
    /// takers can both get the value.
    TakeSlotLoadThenStore = 1 << 13,
    /// Take slot: `put` stores the pointer with `Relaxed`, so the next
    /// taker may not see what the holder wrote.
    TakeSlotPutRelaxed = 1 << 14,
    /// Keys version: a new key's number is stored before its entry is
    /// published, so a reader can read the number and still miss the key.
    KeysVersionBeforePublish = 1 << 15,
}

#[cfg(loom)]
static ACTIVE: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

/// Is `flaw` switched on? Always `false` outside loom builds.
#[inline(always)]
pub fn active(flaw: Flaw) -> bool {
    #[cfg(loom)]
    {
        ACTIVE.load(std::sync::atomic::Ordering::Relaxed) & flaw as u32 != 0
    }
    #[cfg(not(loom))]
    {
        let _ = flaw;
        false
    }
}

/// Switch on exactly the given flaws (an empty slice switches all off).
/// Global to the process: loom test binaries serialize their tests.
#[cfg(loom)]
pub fn set(flaws: &[Flaw]) {
    let bits = flaws.iter().fold(0, |acc, f| acc | *f as u32);
    ACTIVE.store(bits, std::sync::atomic::Ordering::Relaxed);
}
