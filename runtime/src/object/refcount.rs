//! Biased reference counting (Choi, Shull, Torrellas, PACT 2018; PEP 703).
//!
//! The owner thread changes `local` with a plain load and store, no atomic
//! read-modify-write. Every other thread changes `shared` atomically. The
//! low two bits of `shared` hold the object's state:
//!
//! | state           | meaning                                                   |
//! |-----------------|-----------------------------------------------------------|
//! | `NORMAL`        | owned; `shared` counts other threads' references           |
//! | `MAYBE_WEAKREF` | as NORMAL, and a lock-free reader may `try_incref` it even at shared count 0 |
//! | `QUEUED`        | a non-owner's decref found shared count 0 and queued the object to its owner; that decref is not applied yet: the queue holds the reference |
//! | `MERGED`        | `owner` is 0 and `shared` is the whole count              |
//!
//! Transitions:
//! - owner decref takes `local` to 0: if `shared` is exactly 0 the object is
//!   freed; otherwise `owner := 0`, state `MERGED`, and it is freed if the
//!   shared count is 0.
//! - non-owner decref with shared count 0 (NORMAL or MAYBE_WEAKREF): state
//!   `QUEUED`, count unchanged, object pushed to the owner's merge queue.
//!   Otherwise the shared count drops by one (it may go negative: the
//!   matching increments are in `local`); at `MERGED` and count 0, freed.
//! - the owner drains its queue at safepoints and merges each object:
//!   `shared := (shared count + local - 1) | MERGED`, `local := 0`,
//!   `owner := 0`; freed if that total is 0. If the owner has exited, the
//!   queueing thread merges in place instead.
//!
//! Memory orderings follow `Arc`: increments relaxed, decrements release,
//! an acquire fence before freeing.

use super::deferred;
use super::header::{
    ObjHeader, GC_BUFFERED, GC_DEFERRED, GC_KEEP_MEMORY, GC_PUBLISHED, GC_TRACKED,
};
use crate::thread;
use weft_sync::atomic::{fence, Ordering};
use weft_sync::flaws::{self, Flaw};

/// `local` value of an immortal object: increments and decrements skip it.
pub const IMMORTAL: u32 = u32::MAX;
/// The count in `shared` sits above the two state bits.
pub const SHARED_SHIFT: u32 = 2;
/// One reference in `shared`.
pub const SHARED_ONE: isize = 1 << SHARED_SHIFT;
const STATE_MASK: isize = 0b11;
pub const NORMAL: isize = 0;
pub const MAYBE_WEAKREF: isize = 1;
pub const QUEUED: isize = 2;
pub const MERGED: isize = 3;

/// Add a reference.
///
/// # Safety
/// `obj` must point to a live object (the caller holds a reference).
#[inline]
pub unsafe fn incref(obj: *const ObjHeader) {
    // SAFETY: the caller holds a reference, so the object is alive.
    let h = unsafe { &*obj };
    // The owner test comes first: immortal objects have owner 0, which is
    // never a thread's id, so the owner path needs no immortality check.
    if h.owner.load(Ordering::Relaxed) == thread::current_tid() {
        // Only this thread writes `local`: no read-modify-write needed. An
        // overflow lands on IMMORTAL, which is what CPython does too.
        let local = h.local.load(Ordering::Relaxed);
        h.local.store(local + 1, Ordering::Relaxed);
    } else if h.local.load(Ordering::Relaxed) != IMMORTAL {
        // SAFETY: the caller's contract.
        unsafe { incref_shared(obj) };
    }
}

/// Whether the caller's one reference to `obj` is its only reference
/// anywhere, held on the owning thread, and no lock-free reader can have
/// loaded its address (it was never stored where such readers look:
/// `GC_PUBLISHED` clear). Then nothing but the caller can see the object,
/// now or later, and it may be changed in place.
///
/// # Safety
/// `obj` must point to a live object (the caller holds a reference).
#[inline]
pub unsafe fn is_sole_private_reference(obj: *const ObjHeader) -> bool {
    // SAFETY: the caller holds a reference, so the object is alive.
    let h = unsafe { &*obj };
    // Other threads' references are counted in `shared` (or, for a
    // deferred object, in their delta caches: such an object never
    // qualifies); a reader can only take a new one through `try_incref` on
    // a published address, so with our count at one and the object
    // unpublished, none can appear. `shared` is read with Acquire: what a
    // thread did with the object before dropping its last reference (a
    // Release decrement) is then visible to the caller's plain accesses.
    // (Cheapest and likeliest to fail first.)
    h.gc_bits.load(Ordering::Relaxed) & (GC_PUBLISHED | GC_KEEP_MEMORY | GC_DEFERRED) == 0
        && h.local.load(Ordering::Relaxed) == 1
        && h.shared.load(Ordering::Acquire) == 0
        && h.owner.load(Ordering::Relaxed) == thread::current_tid()
}

/// `is_sole_private_reference` for the object `v` refers to (false for an
/// inline int): whether `v` is the only way to reach it.
#[inline]
pub fn value_is_sole_private(v: &crate::value::Value) -> bool {
    match v.as_object() {
        // SAFETY: `v` holds a reference, so the object is alive.
        Some(obj) => unsafe { is_sole_private_reference(obj.as_ptr()) },
        None => false,
    }
}

/// Add a reference to a deferred object, counted in this thread's delta
/// cache without reading the object's header (the owner may count there
/// too: a deferred object's count is its owner's, plus the shared one, plus
/// every cache's). For callers that already know the object is deferred
/// (a cache entry tagged so), where reading the header would pull a cache
/// line other threads keep writing.
///
/// # Safety
/// `obj` is alive and deferred.
#[inline]
pub unsafe fn incref_deferred(obj: *const ObjHeader) {
    // SAFETY: the caller's contract.
    unsafe { deferred::add_delta(obj, 1) };
}

/// A non-owner's increment: into the thread's delta cache if the object is
/// deferred, else on the shared count (noting contention).
#[inline]
unsafe fn incref_shared(obj: *const ObjHeader) {
    // SAFETY: the caller holds a reference.
    let h = unsafe { &*obj };
    if h.gc_bits.load(Ordering::Relaxed) & GC_DEFERRED != 0 {
        // SAFETY: alive and deferred; the reference is the caller's.
        unsafe { deferred::add_delta(obj, 1) };
        return;
    }
    h.shared.fetch_add(SHARED_ONE, Ordering::Relaxed);
    // SAFETY: the caller holds a reference.
    unsafe { deferred::note_shared_increment(obj) };
}

/// Drop a reference, freeing the object if it was the last.
///
/// # Safety
/// `obj` must point to a live object, and the caller gives up one reference
/// it holds.
#[inline]
pub unsafe fn decref(obj: *const ObjHeader) {
    // SAFETY: the caller holds a reference, so the object is alive.
    let h = unsafe { &*obj };
    if h.owner.load(Ordering::Relaxed) == thread::current_tid() {
        let local = h.local.load(Ordering::Relaxed);
        if local == 0 {
            // Only a deferred object keeps its owner once the owner's count
            // is spent (the collector, not the count, frees it): this
            // reference was counted where other threads count theirs.
            debug_assert!(
                h.gc_bits.load(Ordering::Relaxed) & GC_DEFERRED != 0,
                "owner count underflow"
            );
            // SAFETY: the caller's contract; a deferred object's decref
            // never frees.
            unsafe { deferred::decref_deferred(obj) };
            return;
        }
        let local = local - 1;
        h.local.store(local, Ordering::Relaxed);
        if local == 0 {
            // SAFETY: the owner's count reached zero; this was our reference.
            unsafe { merge_zero_local(obj) };
        } else if h.gc_bits.load(Ordering::Relaxed) & (GC_TRACKED | GC_BUFFERED) == GC_TRACKED {
            // Still alive, and only we can lower `local`: a possible root.
            // SAFETY: the remaining local references keep it alive.
            unsafe { super::candidates::possible_root(obj) };
        }
    } else if h.local.load(Ordering::Relaxed) != IMMORTAL {
        let bits = h.gc_bits.load(Ordering::Relaxed);
        if bits & GC_DEFERRED != 0 {
            // SAFETY: the caller's contract; never frees.
            unsafe { deferred::decref_deferred(obj) };
            return;
        }
        if bits & (GC_TRACKED | GC_BUFFERED) == GC_TRACKED {
            // Marked before the decrement, while our reference keeps it
            // alive; if the decrement frees it, it becomes a zombie.
            // SAFETY: the caller holds a reference.
            unsafe { super::candidates::possible_root(obj) };
        }
        // SAFETY: as the caller's contract.
        unsafe { decref_shared(obj) };
    }
}

/// The owner's count reached zero: free, or hand the object to the shared
/// count for good.
#[cold]
unsafe fn merge_zero_local(obj: *const ObjHeader) {
    // SAFETY: the caller's reference kept it alive until now, and nobody
    // frees an object whose owner count was not zero.
    let h = unsafe { &*obj };
    if h.gc_bits.load(Ordering::Relaxed) & GC_DEFERRED != 0
        && !flaws::active(Flaw::DeferredFreedAtZero)
    {
        // Other threads may hold references counted only in their caches:
        // the collector decides.
        // SAFETY: deferred objects are freed only by the collector.
        unsafe { deferred::buffer_candidate(obj) };
        return;
    }
    let mut shared = h.shared.load(Ordering::Acquire);
    if shared == 0 {
        // No other thread holds or may take a reference (state NORMAL
        // forbids `try_incref` at count 0).
        // SAFETY: the total count is zero.
        unsafe { super::alloc::dealloc(obj as *mut ObjHeader) };
        return;
    }
    h.owner.store(0, Ordering::Relaxed);
    if flaws::active(Flaw::MergeWithoutCas) {
        // Broken on purpose (loom models only): a racing decref is lost.
        let new = (shared & !STATE_MASK) | MERGED;
        h.shared.store(new, Ordering::Release);
        if new == MERGED {
            // SAFETY: none; deliberately broken.
            unsafe { super::alloc::dealloc(obj as *mut ObjHeader) };
        }
        return;
    }
    let merged = loop {
        let new = (shared & !STATE_MASK) | MERGED;
        match h
            .shared
            .compare_exchange_weak(shared, new, Ordering::AcqRel, Ordering::Acquire)
        {
            Ok(_) => break new,
            Err(now) => shared = now,
        }
    };
    if merged == MERGED {
        // SAFETY: merged with a shared count of zero: the total is zero.
        unsafe { super::alloc::dealloc(obj as *mut ObjHeader) };
    }
}

/// A non-owner's decref.
#[inline]
unsafe fn decref_shared(obj: *const ObjHeader) {
    // SAFETY: the caller holds a reference.
    let h = unsafe { &*obj };
    let mut shared = h.shared.load(Ordering::Relaxed);
    let (queue, new) = loop {
        let queue = shared == NORMAL || shared == MAYBE_WEAKREF;
        let new = if queue { QUEUED } else { shared - SHARED_ONE };
        match h
            .shared
            .compare_exchange_weak(shared, new, Ordering::Release, Ordering::Relaxed)
        {
            Ok(_) => break (queue, new),
            Err(now) => shared = now,
        }
    };
    if queue {
        // SAFETY: the object is QUEUED: our reference now belongs to the
        // queue, which keeps it alive until the owner merges it.
        unsafe { thread::queue_to_owner(obj) };
    } else if new == MERGED {
        fence(Ordering::Acquire);
        // SAFETY: merged and the shared count reached zero.
        unsafe { super::alloc::dealloc(obj as *mut ObjHeader) };
    }
}

/// Fold the owner's count into the shared one, plus `extra`, and mark the
/// object merged. Returns the total count. Run by the owner draining its
/// queue, or by a queueing thread whose owner has exited.
///
/// # Safety
/// `obj` is alive, and the caller is the owner or the owner has exited
/// (nobody else writes `local`).
pub(crate) unsafe fn explicit_merge(obj: *const ObjHeader, extra: isize) -> isize {
    // SAFETY: the caller's contract.
    let h = unsafe { &*obj };
    let local = h.local.load(Ordering::Relaxed) as isize;
    let mut shared = h.shared.load(Ordering::Relaxed);
    let total = loop {
        let total = (shared >> SHARED_SHIFT) + local + extra;
        let new = (total << SHARED_SHIFT) | MERGED;
        match h
            .shared
            .compare_exchange_weak(shared, new, Ordering::AcqRel, Ordering::Relaxed)
        {
            Ok(_) => break total,
            Err(now) => shared = now,
        }
    };
    h.local.store(0, Ordering::Relaxed);
    h.owner.store(0, Ordering::Relaxed);
    total
}

/// Merge an object taken from this thread's queue: apply the queued
/// decref, free if that was the last reference.
///
/// # Safety
/// `obj` came from the calling thread's own merge queue.
pub(crate) unsafe fn merge_queued(obj: *const ObjHeader) {
    // SAFETY: queued objects are alive (the queue holds a reference) and
    // we are their owner, or their owner exited.
    if unsafe { explicit_merge(obj, -1) } == 0 {
        // SAFETY: still alive (merging frees nothing).
        if unsafe { deferred::is_deferred(obj) } {
            // Caches may hold references: the collector decides.
            // SAFETY: as above.
            unsafe { deferred::buffer_candidate(obj) };
            return;
        }
        fence(Ordering::Acquire);
        // SAFETY: the total count is zero.
        unsafe { super::alloc::dealloc(obj as *mut ObjHeader) };
    }
}

/// Take a reference to an object found through a lock-free read, unless it
/// is already dead (or its state does not allow it: then the caller falls
/// back to reading under the container's lock). The caller must re-check
/// that the slot it read still holds the object, and drop the reference if
/// not.
///
/// # Safety
/// `obj` points to object memory that is not reused while the caller is
/// pinned (objects are freed through reclamation), though the object may be
/// dead.
#[inline]
pub unsafe fn try_incref(obj: *const ObjHeader) -> bool {
    // SAFETY: the memory is valid (caller's contract); the fields are atomics.
    let h = unsafe { &*obj };
    let local = h.local.load(Ordering::Relaxed);
    if local == IMMORTAL {
        return true;
    }
    if h.gc_bits.load(Ordering::Relaxed) & GC_DEFERRED != 0 {
        // Only the collector frees a deferred object, and not while this
        // thread is between safepoints: it is alive.
        // SAFETY: as just said.
        unsafe { incref(obj) };
        return true;
    }
    if h.owner.load(Ordering::Relaxed) == thread::current_tid() {
        if local == 0 {
            return false;
        }
        h.local.store(local + 1, Ordering::Relaxed);
        return true;
    }
    let mut shared = h.shared.load(Ordering::Relaxed);
    loop {
        // At count 0 in state NORMAL the owner may free without a CAS, and at
        // MERGED with count 0 the object is dead.
        if (shared == NORMAL || shared == MERGED) && !flaws::active(Flaw::TryIncrefIgnoresDeath) {
            return false;
        }
        match h.shared.compare_exchange_weak(
            shared,
            shared + SHARED_ONE,
            Ordering::Relaxed,
            Ordering::Relaxed,
        ) {
            Ok(_) => {
                // Objects read through shared containers and caches are
                // what contended threads increment most.
                // SAFETY: we now hold a reference.
                unsafe { deferred::note_shared_increment(obj) };
                return true;
            }
            Err(now) => shared = now,
        }
    }
}

/// Let lock-free readers `try_incref` this object even while no other thread
/// holds a reference (state NORMAL, at any shared count, becomes
/// MAYBE_WEAKREF, which makes the owner's final decref use a CAS). Before
/// this set the state only at count 0, a reader that had just taken its own
/// reference under the lock never got it set, and every later read of that
/// item took the container's lock again.
///
/// # Safety
/// `obj` is alive.
pub unsafe fn allow_try_incref(obj: *const ObjHeader) {
    // SAFETY: alive per the caller.
    let h = unsafe { &*obj };
    if h.local.load(Ordering::Relaxed) == IMMORTAL {
        return;
    }
    // Whatever the shared count: callers often hold a reference they just
    // took as non-owners (count 1), and the state must outlive it.
    let mut shared = h.shared.load(Ordering::Relaxed);
    while shared & STATE_MASK == NORMAL {
        match h.shared.compare_exchange_weak(
            shared,
            shared | MAYBE_WEAKREF,
            Ordering::Relaxed,
            Ordering::Relaxed,
        ) {
            Ok(_) => return,
            Err(now) => shared = now,
        }
    }
}

/// The true total count (local + shared, queued decrefs applied), for the
/// cycle collector while the world is stopped, and for tests.
///
/// # Safety
/// `obj` is alive, and no thread changes its counts meanwhile (the world is
/// stopped, or the caller knows the object is not shared).
pub unsafe fn total_count(obj: *const ObjHeader) -> isize {
    // SAFETY: the caller's contract.
    let h = unsafe { &*obj };
    let local = h.local.load(Ordering::Relaxed);
    if local == IMMORTAL {
        return isize::MAX;
    }
    let shared = h.shared.load(Ordering::Relaxed);
    let queued = if shared & STATE_MASK == QUEUED { 1 } else { 0 };
    (shared >> SHARED_SHIFT) + local as isize - queued
}

/// Whether the object waits in its owner's merge queue.
///
/// # Safety
/// `obj` is alive.
pub unsafe fn is_queued(obj: *const ObjHeader) -> bool {
    // SAFETY: the caller's contract.
    unsafe { &*obj }.shared.load(Ordering::Relaxed) & STATE_MASK == QUEUED
}

/// Whether the object is immortal.
///
/// # Safety
/// `obj` is alive.
#[inline]
pub unsafe fn is_immortal(obj: *const ObjHeader) -> bool {
    // SAFETY: the caller's contract.
    unsafe { (*obj).local.load(Ordering::Relaxed) == IMMORTAL }
}

/// Make a freshly made object immortal, if `v` is its only reference and
/// this thread owns it (so no other thread can see it change). The
/// interpreter does this for the functions and classes a module or class
/// body defines: every thread that calls a shared function or instantiates
/// a shared class would otherwise contend on its count (the role deferred
/// reference counting plays in CPython's free-threaded build). Such an
/// object is never freed. Returns whether it was done.
pub fn immortalize_fresh(v: &crate::value::Value) -> bool {
    let Some(obj) = v.as_object() else {
        return false;
    };
    // SAFETY: `v` holds a reference, so the object is alive.
    let h = unsafe { obj.as_ref() };
    let fresh = h.owner.load(Ordering::Relaxed) == thread::current_tid()
        && h.local.load(Ordering::Relaxed) == 1
        && h.shared.load(Ordering::Relaxed) == NORMAL
        && h.gc_bits.load(Ordering::Relaxed) & GC_BUFFERED == 0;
    if !fresh {
        return false;
    }
    // Only this thread knows the object: plain stores publish nothing racy.
    h.gc_bits.fetch_and(!GC_TRACKED, Ordering::Relaxed);
    h.shared.store(MERGED, Ordering::Relaxed);
    h.local.store(IMMORTAL, Ordering::Relaxed);
    h.owner.store(0, Ordering::Release);
    true
}

/// Whether `v` is immortal (never counted, never freed).
#[inline]
pub fn value_is_immortal(v: &crate::value::Value) -> bool {
    match v.as_object() {
        None => true,
        // SAFETY: `v` holds a reference, so the object is alive.
        Some(obj) => unsafe { obj.as_ref() }.local.load(Ordering::Relaxed) == IMMORTAL,
    }
}

/// `sys.getrefcount`'s answer for `v`: the owner's count plus the shared
/// count, or `u32::MAX` for an immortal object (as CPython 3.12 reports
/// its immortals). A snapshot, and approximate: another thread may change
/// it at once, and the increments other threads hold in their delta caches
/// (deferred objects) are not seen.
pub fn approximate_count(v: &crate::value::Value) -> i64 {
    let Some(obj) = v.as_object() else {
        return i64::from(IMMORTAL);
    };
    // SAFETY: `v` holds a reference, so the object is alive.
    let h = unsafe { obj.as_ref() };
    let local = h.local.load(Ordering::Relaxed);
    if local == IMMORTAL {
        return i64::from(IMMORTAL);
    }
    let shared = (h.shared.load(Ordering::Relaxed) >> SHARED_SHIFT) as i64;
    let owned = if h.owner.load(Ordering::Relaxed) != 0 {
        i64::from(local)
    } else {
        0
    };
    (owned + shared).max(1)
}
