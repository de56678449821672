//! Type-stable recycling of published objects' memory (`alloc::Recycled`,
//! used by floats): a dead object's block goes back into its thread's
//! stock and becomes the next object of the type, even though a lock-free
//! reader may still hold its address.
//!
//! Two readers race the owner, which drops an object and makes a new one
//! in the same block:
//! - a slot reader (lists, dicts, cells) loads the slot, `try_incref`s and
//!   re-checks the slot: it may see the old object or the new one, but
//!   only ever one the slot held, alive, and it leaves the counts exact;
//! - a cache reader (value caches) does not re-check: the object it
//!   loaded must never become another one, which the `GC_KEEP_MEMORY` mark
//!   `ValueCache::put` sets ensures. The flawed run ignores the mark, and
//!   the cache reader gets the block's next object.
#![cfg(loom)]

use loom::sync::atomic::{AtomicUsize, Ordering};
use loom::sync::Arc;
use loom::thread;
use std::ptr::NonNull;
use weft_loom_tests::{check, flawed_model};
use weft_runtime::object::alloc::{self, Recycled};
use weft_runtime::object::header::GC_KEEP_MEMORY;
use weft_runtime::object::refcount;
use weft_runtime::thread::model::ModelThread;
use weft_runtime::{ObjHeader, TypeInfo, Value};
use weft_sync::flaws::Flaw;

loom::thread_local! {
    /// The model type's stock: per (loom) thread, as floats' is.
    static STOCK: Recycled<u64> = Recycled::new();
}

/// Deaths of model objects, whichever block they had.
static DEATHS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The model type's deallocator: count the death and keep the block if
/// `Recycled::keep` takes it. A block it refuses is leaked, not freed
/// through reclamation as the runtime does (reclamation's handles outlive
/// a loom iteration), so its memory stays readable as it would.
unsafe fn recycle(obj: *mut ObjHeader) {
    DEATHS.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    // SAFETY: the caller's contract: a dead `Obj<u64>`, deallocated once.
    STOCK.with(|s| unsafe { s.keep(obj) });
}

static RECYCLED_TYPE: TypeInfo = TypeInfo {
    leaf: true,
    recycles_memory: true,
    ..TypeInfo::new("recycled", recycle)
};

/// A new object holding `n`, in a block from the stock if it has one.
fn make(n: u64) -> Value {
    let obj = STOCK
        .with(|s| s.take(&RECYCLED_TYPE, n))
        .unwrap_or_else(|| alloc::alloc(&RECYCLED_TYPE, n));
    // SAFETY: a fresh object's one reference moves into the Value.
    unsafe { Value::from_owned(obj) }
}

/// The number a live model object holds.
fn number(v: &Value) -> u64 {
    // SAFETY: `v` holds a reference; model objects are `Obj<u64>`.
    *unsafe { alloc::payload::<u64>(NonNull::new(v.word() as *mut ObjHeader).expect("an object")) }
}

/// Empty this thread's stock before its model thread ends: the stock's
/// drop would free a published block through reclamation, whose handles
/// outlive a loom iteration. (The block is leaked: std memory, which loom
/// does not track.)
fn drain_stock() {
    std::mem::forget(make(0));
}

/// What the owner does in both models: empty the slot, drop the old
/// object (its last reference), make a new one (in the old block unless
/// that is kept out of the stock), let other threads `try_incref` it (as
/// storing it in a cell would) and store it in the slot.
fn replace_in_slot(slot: &AtomicUsize, old: Value) -> Value {
    slot.store(0, Ordering::Release);
    drop(old);
    let new = make(2);
    alloc::publish(&new);
    // SAFETY: alive: we hold it.
    unsafe { refcount::allow_try_incref(new.word() as *const ObjHeader) };
    slot.store(new.word(), Ordering::Release);
    new
}

fn slot_reader_sees_only_what_the_slot_held() {
    DEATHS.store(0, std::sync::atomic::Ordering::SeqCst);
    let owner = ModelThread::enter(1);
    let a = make(1);
    alloc::publish(&a);
    // SAFETY: alive: we hold it. Readers may take it at shared count 0.
    unsafe { refcount::allow_try_incref(a.word() as *const ObjHeader) };
    let slot = Arc::new(AtomicUsize::new(a.word()));
    let reader = {
        let slot = slot.clone();
        thread::spawn(move || {
            let _me = ModelThread::enter(2);
            let w = slot.load(Ordering::Acquire);
            if w == 0 {
                return;
            }
            // SAFETY: the block stays an object of the model type (kept in
            // the stock or, once freed, only after readers move on: the
            // model never reaches a reclamation).
            if unsafe { refcount::try_incref(w as *const ObjHeader) } {
                // SAFETY: the reference was just taken.
                let v = unsafe { Value::from_raw(w) };
                if slot.load(Ordering::Acquire) == w {
                    let n = number(&v);
                    assert!(n == 1 || n == 2, "read a number the slot never held: {n}");
                }
                // Perhaps the object's last reference: its block then goes
                // into this thread's stock.
                drop(v);
            }
            drain_stock();
        })
    };
    let b = replace_in_slot(&slot, a);
    reader.join().unwrap();
    owner.merge_queued();
    assert_eq!(
        DEATHS.load(std::sync::atomic::Ordering::SeqCst),
        1,
        "the old object died once"
    );
    // SAFETY: alive (we hold it); the reader has finished.
    assert_eq!(
        unsafe { refcount::total_count(b.word() as *const ObjHeader) },
        1,
        "the new object's count is exact"
    );
    assert_eq!(number(&b), 2);
    slot.store(0, Ordering::Release);
    drop(b);
    drain_stock();
    drop(owner);
}

fn cache_reader_never_gets_another_object() {
    DEATHS.store(0, std::sync::atomic::Ordering::SeqCst);
    let owner = ModelThread::enter(1);
    let a = make(1);
    // What `ValueCache::put` does to an object of a recycling type (the
    // cache itself is not built under loom; the float tests check that
    // `put` marks): publish it and mark its memory kept.
    alloc::publish(&a);
    // SAFETY: alive: we hold it.
    unsafe { &*(a.word() as *const ObjHeader) }
        .gc_bits()
        .fetch_or(GC_KEEP_MEMORY, Ordering::Relaxed);
    // SAFETY: alive: we hold it.
    unsafe { refcount::allow_try_incref(a.word() as *const ObjHeader) };
    let entry = Arc::new(AtomicUsize::new(a.word()));
    let reader = {
        let entry = entry.clone();
        thread::spawn(move || {
            let _me = ModelThread::enter(2);
            // `ValueCache::get`: the word, `try_incref`, no re-check.
            let w = entry.load(Ordering::Acquire);
            // SAFETY: as in the slot model.
            if w != 0 && unsafe { refcount::try_incref(w as *const ObjHeader) } {
                // SAFETY: the reference was just taken.
                let v = unsafe { Value::from_raw(w) };
                assert_eq!(number(&v), 1, "a cache handed out another object");
                drop(v);
            }
            drain_stock();
        })
    };
    // The entry goes stale (in the runtime its keys stop matching) but a
    // reader may have loaded it already.
    let b = replace_in_slot(&AtomicUsize::new(0), a);
    reader.join().unwrap();
    owner.merge_queued();
    drop(b);
    drain_stock();
    drop(owner);
}

#[test]
fn a_slot_reader_of_a_recycled_block_sees_only_what_the_slot_held() {
    check(&[], false, slot_reader_sees_only_what_the_slot_held);
}

#[test]
fn a_cache_reader_never_gets_the_next_object_of_a_block() {
    check(&[], false, cache_reader_never_gets_another_object);
}

flawed_model!(
    catches_a_cached_block_recycled,
    cached_block_recycled_model,
    [Flaw::RecycleIgnoresKeepMemory],
    false,
    cache_reader_never_gets_another_object,
    "another object"
);
