//! Deferred reference counting: objects that many threads use at once.
//!
//! Biased counting makes the owner's increments cheap, but every other
//! thread changes the atomic shared count: when several threads keep taking
//! references to one object (a function every thread calls, an instance
//! every thread reads, a module), they all write one cache line and run no
//! faster than one thread. A *deferred* object (`GC_DEFERRED`) stops that:
//!
//! - a non-owner's increment or decrement goes to its thread's *delta
//!   cache*, a small two-way table of (object, pending delta), and
//!   reaches the shared count only when the entry is evicted or the thread
//!   flushes the cache: before it parks for a stop-the-world, when it
//!   detaches to block, and when it exits (an inline cache that knows its
//!   object is deferred counts there too, owner included, without reading
//!   the header: `refcount::incref_deferred`);
//! - so the true count is `local + shared + every cache's delta`, and no
//!   decrement may free a deferred object: only the cycle collector does,
//!   with the world stopped and every cache flushed (then `local + shared`
//!   is exact). Every decrement buffers the object as a collector
//!   candidate (once per collection), so a deferred object whose count
//!   reached zero is found at the next collection; the collector turns its
//!   garbage back into ordinary objects (`undefer_garbage`) and frees them
//!   by ordinary counting.
//!
//! Objects become deferred in two ways. Functions and classes that module
//! and class bodies make are deferred when made (`defer_fresh`, on an object
//! no other thread can see yet). Any other object switches itself when it
//! proves contended (*contention-adaptive deferral*): each thread counts, in
//! a small table, its shared increments per object; one that reaches
//! `DEFER_AFTER` is queued, and once a batch is queued (`DEFER_BATCH`, or
//! a while after the first) the thread's safepoint stops the world briefly
//! and marks them. The bit changes only
//! while no other thread runs (or before the object is shared), so every
//! thread sees it consistently; that is the whole protocol, and
//! `loom-tests/tests/runtime_refcount.rs` checks that no decrement frees a
//! deferred object another thread still holds through its cache.

use super::header::{ObjHeader, GC_BUFFERED, GC_DEFERRED, GC_TRACKED};
use super::refcount::SHARED_ONE;
use crate::thread::{self, NO_THREAD};
use std::cell::{RefCell, UnsafeCell};
use weft_sync::atomic::Ordering;

/// Entries of a thread's delta cache (a power of two, two ways per set; small under loom,
/// whose threads run on small coroutine stacks).
#[cfg(not(loom))]
const CACHE_SLOTS: usize = 128;
#[cfg(loom)]
const CACHE_SLOTS: usize = 8;
/// Entries of a thread's contention table (a power of two, two ways per set).
/// Threads that read a few thousand shared objects in turn (the keys, values
/// and items of shared containers) must keep each in the table long enough
/// to count it: at 1024 entries, 4000 such objects evicted each other and
/// none was ever deferred (64 KiB per thread).
#[cfg(not(loom))]
const HOT_SLOTS: usize = 4096;
#[cfg(loom)]
const HOT_SLOTS: usize = 8;
/// Shared increments by one thread, without its table entry being taken by
/// another object, after which an object is deferred. (128 left objects
/// that each thread reads once per pass over a 1000-item container shared
/// for most of a run.)
pub const DEFER_AFTER: u32 = 32;
/// Objects queued for deferral that make the thread stop the world at its
/// next safepoint to mark them (fewer wait `thread::DEFER_WAIT_SAFEPOINTS`
/// for company). A thread starting to loop over a shared 1000-item
/// container finds its items contended one after another: marking each
/// alone stopped the world 3000 times in a run of `read_shared_objects`
/// (7 ms of waiting for the other thread to stop, in 0.4 s).
pub const DEFER_BATCH: usize = 64;

/// One pending change of one object's count.
#[derive(Clone, Copy)]
struct Delta {
    obj: usize,
    delta: isize,
}

/// A thread's pending count changes of deferred objects.
struct DeltaCache {
    entries: [Delta; CACHE_SLOTS],
    /// Entries in use (`obj != 0`): a flush with none costs one load.
    used: usize,
}

/// A thread's count of shared increments per recent object.
#[derive(Clone, Copy)]
struct Hot {
    obj: usize,
    count: u32,
}

#[cfg(not(loom))]
std::thread_local! {
    static DELTAS: UnsafeCell<DeltaCache> = const {
        UnsafeCell::new(DeltaCache { entries: [Delta { obj: 0, delta: 0 }; CACHE_SLOTS], used: 0 })
    };
    static HOT: UnsafeCell<[Hot; HOT_SLOTS]> = const { UnsafeCell::new([Hot { obj: 0, count: 0 }; HOT_SLOTS]) };
    /// Objects queued for deferral, each with a reference.
    static PENDING: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}
#[cfg(loom)]
loom::thread_local! {
    static DELTAS: UnsafeCell<DeltaCache> =
        UnsafeCell::new(DeltaCache { entries: [Delta { obj: 0, delta: 0 }; CACHE_SLOTS], used: 0 });
    static HOT: UnsafeCell<[Hot; HOT_SLOTS]> = UnsafeCell::new([Hot { obj: 0, count: 0 }; HOT_SLOTS]);
    static PENDING: RefCell<Vec<usize>> = RefCell::new(Vec::new());
}

#[inline]
fn slot_of(obj: usize, slots: usize) -> usize {
    // Object addresses are 16-aligned; fold in higher bits too.
    ((obj >> 4) ^ (obj >> 11)) & (slots - 1)
}

/// Whether `obj` is deferred.
///
/// # Safety
/// `obj` is alive.
#[inline]
pub unsafe fn is_deferred(obj: *const ObjHeader) -> bool {
    // SAFETY: the caller's contract.
    unsafe { &*obj }.gc_bits.load(Ordering::Relaxed) & GC_DEFERRED != 0
}

/// A non-owner's increment (`delta` 1) or decrement (-1) of a deferred
/// object: into this thread's cache. A thread with no thread state never
/// flushes for a collection, so it changes the shared count directly (which
/// is what a flush would do).
///
/// # Safety
/// `obj` is alive and deferred, and the caller holds (or gives up) the
/// reference counted.
#[inline]
pub(crate) unsafe fn add_delta(obj: *const ObjHeader, delta: isize) {
    if thread::current_tid() == NO_THREAD {
        // SAFETY: alive per the caller.
        unsafe { &*obj }
            .shared
            .fetch_add(delta * SHARED_ONE, Ordering::Release);
        return;
    }
    let key = obj as usize;
    let cached = DELTAS.try_with(|cell| {
        // SAFETY: only this thread touches its cache, and no call below
        // re-enters it (a flush touches only shared counts).
        let cache = unsafe { &mut *cell.get() };
        // Two ways per set. A thread holds a few deferred objects at once
        // (a key, the value it looked up, a list item); when two of them
        // shared one entry, each increment evicted the other's pending +1
        // into its shared count, an atomic add on a line other readers of
        // the object also write (12% of the turns of a loop reading 3000
        // shared objects). A newcomer takes a way whose delta is zero
        // (evicting it writes nothing) before one with a pending delta.
        let set = slot_of(key, CACHE_SLOTS / 2) * 2;
        let [a, b] = &mut cache.entries[set..set + 2] else {
            unreachable!("two ways")
        };
        if a.obj == key {
            a.delta += delta;
            return;
        }
        if b.obj == key {
            b.delta += delta;
            return;
        }
        let e = if a.delta == 0 || b.delta != 0 { a } else { b };
        if e.obj == 0 {
            cache.used += 1;
        } else {
            // SAFETY: a cached object stays alive until its delta is flushed.
            unsafe { apply(*e) };
        }
        *e = Delta { obj: key, delta };
    });
    if cached.is_err() {
        // Thread exiting: its cache is gone.
        // SAFETY: alive per the caller.
        unsafe { &*obj }
            .shared
            .fetch_add(delta * SHARED_ONE, Ordering::Release);
    }
}

/// The set of the delta cache that counts `obj` (for tests of the cache's
/// placement).
#[doc(hidden)]
pub fn delta_cache_set(obj: *const ObjHeader) -> usize {
    slot_of(obj as usize, CACHE_SLOTS / 2)
}

/// Add an entry's delta to its object's shared count.
///
/// # Safety
/// The entry's object is alive (deferred objects are freed only by the
/// collector, after every cache is flushed).
unsafe fn apply(e: Delta) {
    if e.delta != 0 {
        // SAFETY: the caller's contract.
        unsafe { &*(e.obj as *const ObjHeader) }
            .shared
            .fetch_add(e.delta * SHARED_ONE, Ordering::Release);
    }
}

/// Flush this thread's delta cache into the shared counts. Runs before the
/// thread parks for a stop-the-world, detaches, requests a stop itself, or
/// exits: a collection then sees exact counts.
pub fn flush_deltas() {
    let _ = DELTAS.try_with(|cell| {
        // SAFETY: only this thread touches its cache.
        let cache = unsafe { &mut *cell.get() };
        if cache.used == 0 {
            return;
        }
        for e in cache.entries.iter_mut() {
            if e.obj != 0 {
                // SAFETY: cached objects are alive until flushed.
                unsafe { apply(*e) };
                *e = Delta { obj: 0, delta: 0 };
            }
        }
        cache.used = 0;
    });
}

/// A decrement of a deferred object by a non-owner: buffer it as a
/// collector candidate (the only way it can be freed), then count.
///
/// # Safety
/// `obj` is alive and deferred; the caller gives up a reference it holds.
#[cold]
#[inline(never)]
pub(crate) unsafe fn decref_deferred(obj: *const ObjHeader) {
    // SAFETY: the caller still holds its reference.
    unsafe { buffer_candidate(obj) };
    // SAFETY: the caller's contract.
    unsafe { add_delta(obj, -1) };
}

/// Make a deferred object a collector candidate, once per collection.
///
/// # Safety
/// `obj` is alive and deferred.
pub(crate) unsafe fn buffer_candidate(obj: *const ObjHeader) {
    // SAFETY: the caller's contract.
    if unsafe { &*obj }.gc_bits.load(Ordering::Relaxed) & GC_BUFFERED == 0 {
        // SAFETY: alive, and deferred objects are freed only by the collector.
        unsafe { super::candidates::possible_root(obj) };
    }
}

/// Note a non-owner's shared increment of `obj` (not deferred, not
/// immortal): one that this thread keeps incrementing is queued for
/// deferral (`thread::ThreadState::deferral_queued`).
///
/// # Safety
/// The caller holds a reference to `obj`.
#[inline]
pub(crate) unsafe fn note_shared_increment(obj: *const ObjHeader) {
    let key = obj as usize;
    let hot = HOT.try_with(|cell| {
        // SAFETY: only this thread touches its table.
        let table = unsafe { &mut *cell.get() };
        // Two ways per set; a newcomer takes the way whose count has decayed
        // to zero, so objects read over and over keep their place while
        // one-off increments pass through (a plain direct-mapped table let
        // the items of a shared 1000-item list evict each other forever).
        let set = slot_of(key, HOT_SLOTS / 2) * 2;
        let [a, b] = &mut table[set..set + 2] else {
            unreachable!("two ways")
        };
        let e = if a.obj == key {
            a
        } else if b.obj == key {
            b
        } else {
            let weaker = if a.count <= b.count { a } else { b };
            if weaker.count > 0 {
                weaker.count -= 1;
                return false;
            }
            *weaker = Hot { obj: key, count: 0 };
            weaker
        };
        e.count += 1;
        if e.count == DEFER_AFTER {
            *e = Hot { obj: 0, count: 0 };
            return true;
        }
        false
    });
    if matches!(hot, Ok(true)) && thread::current_tid() != NO_THREAD {
        // SAFETY: the caller's reference keeps it alive.
        unsafe { queue_for_deferral(obj) };
    }
}

#[cold]
unsafe fn queue_for_deferral(obj: *const ObjHeader) {
    // The queue's own reference keeps the object alive until it is marked.
    // SAFETY: alive per the caller.
    unsafe { &*obj }
        .shared
        .fetch_add(SHARED_ONE, Ordering::Relaxed);
    let queued = PENDING
        .try_with(|p| {
            let mut p = p.borrow_mut();
            p.push(obj as usize);
            p.len()
        })
        .unwrap_or(0);
    thread::with_current(|ts| ts.deferral_queued(queued));
}

/// Take the objects this thread queued for deferral (each with the
/// reference the queue held).
pub fn take_pending() -> Vec<usize> {
    PENDING
        .try_with(|p| std::mem::take(&mut *p.borrow_mut()))
        .unwrap_or_default()
}

/// Mark objects deferred. Runs with the world stopped, so no other thread
/// is between reading the bit and acting on it. Deferred objects are also
/// tracked (even a str): the collector is what frees them, so the owner's
/// decrements must buffer them as candidates too.
///
/// # Safety
/// The world is stopped (or no other thread can reach the objects), and
/// each object is alive.
pub unsafe fn mark_deferred(objs: &[usize]) {
    for &obj in objs {
        // SAFETY: the caller's contract.
        unsafe { &*(obj as *const ObjHeader) }
            .gc_bits
            .fetch_or(GC_DEFERRED | GC_TRACKED, Ordering::Relaxed);
    }
}

/// Defer a freshly made object (a function or class that a module or class
/// body made): every thread that calls it would otherwise write its count.
/// Only the current thread can see `v` yet, so the bit needs no stop.
pub fn defer_fresh(v: &crate::value::Value) {
    if let Some(obj) = v.as_object() {
        // SAFETY: `v` holds a reference.
        if unsafe { super::refcount::is_immortal(obj.as_ptr()) } {
            return;
        }
        // SAFETY: as above; not yet visible to other threads.
        unsafe { mark_deferred(&[obj.as_ptr() as usize]) };
    }
}

/// Turn a deferred object the collector found to be garbage back into an
/// ordinary one, its counts merged, so that dropping the collector's
/// references frees it.
///
/// # Safety
/// The world is stopped, every delta cache flushed, and the object is not
/// queued to its owner (`refcount::is_queued`: the queue holds a reference
/// its owner will merge).
pub unsafe fn undefer_garbage(obj: *const ObjHeader) {
    // SAFETY: the caller's contract; the object is alive.
    let h = unsafe { &*obj };
    h.gc_bits.fetch_and(!GC_DEFERRED, Ordering::Relaxed);
    // SAFETY: no other thread runs, so nobody else writes `local`.
    unsafe { super::refcount::explicit_merge(obj, 0) };
}
