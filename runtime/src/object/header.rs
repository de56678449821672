//! The header every heap object starts with.
//!
//! Layout (40 bytes on 64-bit targets; CPython's free-threaded header is 32,
//! plus nothing for the merge queue, which there is a side table):
//!
//! | offset | field        | size | written by                                   |
//! |--------|--------------|------|----------------------------------------------|
//! | 0      | `owner`      | 8    | creation; cleared by a merge                  |
//! | 8      | `local`      | 4    | the owner thread only (plain loads/stores)    |
//! | 12     | `gc_bits`    | 1    | the collector, the object's owner            |
//! | 13     | `lock`       | 1    | the object's `ObjectLock` (containers)       |
//! | 14     | padding      | 2    |                                              |
//! | 16     | `shared`     | 8    | any thread, atomic read-modify-write         |
//! | 24     | `ty`         | 8    | creation                                     |
//! | 32     | `queue_link` | 8    | the merge queue, while the object is queued  |
//!
//! The reference-count protocol on these fields is in `refcount.rs`.

use super::typeinfo::TypeInfo;
use weft_sync::atomic::{AtomicIsize, AtomicPtr, AtomicU32, AtomicU8, AtomicUsize};
use weft_sync::{ObjectLock, QueueNode};

/// The common prefix of every heap object (`#[repr(C)]`, first field of
/// every object struct).
#[repr(C)]
pub struct ObjHeader {
    /// Id of the thread that owns `local` (see `thread::current_tid`); 0 once
    /// the counts are merged, or for objects born with no owner.
    pub(crate) owner: AtomicUsize,
    /// The owner's count. Only the owner changes it, with plain (relaxed)
    /// loads and stores, no atomic read-modify-write: that is the point of
    /// biased counting. `IMMORTAL` marks an object whose count never changes.
    pub(crate) local: AtomicU32,
    /// Collector bits (tracked, candidate, colours, finalized, deferred).
    pub(crate) gc_bits: AtomicU8,
    /// The object's 1-byte lock, used by mutable containers.
    pub(crate) lock: ObjectLock,
    /// Other threads' count, shifted left by `SHARED_SHIFT`, with the
    /// `NORMAL`/`MAYBE_WEAKREF`/`QUEUED`/`MERGED` state in the low two bits.
    pub(crate) shared: AtomicIsize,
    /// What the object is: its name, how to drop it.
    pub(crate) ty: &'static TypeInfo,
    /// Link in the owner's merge queue while the state is `QUEUED`.
    pub(crate) queue_link: AtomicPtr<ObjHeader>,
}

/// `gc_bits`: the object is in a thread's candidate buffer (a possible
/// cycle root, marked by a decref that left it alive).
pub const GC_BUFFERED: u8 = 1 << 0;
/// `gc_bits`: the object's type can hold references (`traverse`): set at
/// allocation, so the decref path tests one header byte, not the type.
pub const GC_TRACKED: u8 = 1 << 2;
/// `gc_bits`: the object's `__del__` has run (PEP 442: at most once).
pub const GC_FINALIZED: u8 = 1 << 3;
/// `gc_bits`: weak references to the object may exist (`types/weakref.rs`
/// lists them in a side table, cleared when the object dies).
pub const GC_HAS_WEAKREFS: u8 = 1 << 4;
/// `gc_bits`: the object's count is deferred (`deferred.rs`): other
/// threads count in per-thread caches, and only the collector frees it.
/// Changed only while no other thread can look (world stopped, or the
/// object not shared yet).
pub const GC_DEFERRED: u8 = 1 << 5;
/// `gc_bits`: a pointer to the object was stored where lock-free readers
/// load it (a list, dict or set slot, a value cache, a weak reference), so
/// a reader may still hold it after the object dies: its memory goes
/// through reclamation. Objects never published are freed at once.
pub const GC_PUBLISHED: u8 = 1 << 6;
/// `gc_bits`, for objects of a type that recycles memory (floats, which
/// have no `__del__` and so never use `GC_FINALIZED`): a value cache may
/// hand the object out (`value_cache.rs`) without re-checking where it
/// found it, so its memory must never become another object's: it is
/// freed through reclamation, not recycled (`alloc::Recycled`).
pub const GC_KEEP_MEMORY: u8 = GC_FINALIZED;
/// `gc_bits`: the object died while buffered: its payload is dropped, its
/// memory waits for the collector to take it out of the buffer.
pub const GC_ZOMBIE: u8 = 1 << 1;
/// `gc_bits`: claimed by the collector's parallel walk (`gc/src/
/// trial_deletion/parallel.rs`) as part of the subgraph it examines. Set
/// and cleared only while the world is stopped, so no one else sees it.
pub const GC_MARKED: u8 = 1 << 7;

// SAFETY: `queue_link` always returns the same field, and only the merge
// queue uses it (while the object's state is QUEUED, which one thread sets);
// the collector borrows it (`collector_word`) only for objects that are not
// QUEUED, with the world stopped, and restores it.
unsafe impl QueueNode for ObjHeader {
    fn queue_link(&self) -> &AtomicPtr<ObjHeader> {
        &self.queue_link
    }
}

impl ObjHeader {
    /// The object's type.
    #[inline]
    pub fn type_info(&self) -> &'static TypeInfo {
        self.ty
    }

    /// The collector's bits (`GC_BUFFERED`, `GC_ZOMBIE`).
    #[inline]
    pub fn gc_bits(&self) -> &AtomicU8 {
        &self.gc_bits
    }

    /// The object's lock (meaningful for mutable containers).
    #[inline]
    pub fn lock(&self) -> &ObjectLock {
        &self.lock
    }

    /// A word the collector may borrow: the merge-queue link, which means
    /// nothing unless the object is QUEUED. The parallel walk keeps each
    /// object's index in the subgraph there instead of in a hash table.
    ///
    /// # Safety
    /// The object is not QUEUED, and no thread can queue it while the
    /// caller uses the word (the world is stopped); the caller puts the old
    /// value back before the world restarts.
    #[inline]
    pub unsafe fn collector_word(&self) -> &AtomicPtr<ObjHeader> {
        &self.queue_link
    }
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;

    #[test]
    fn header_is_40_bytes() {
        assert_eq!(std::mem::size_of::<ObjHeader>(), 40);
        assert_eq!(std::mem::align_of::<ObjHeader>(), 8);
    }
}
