//! Biased reference counting: owner and non-owner increments and decrements
//! racing, queueing to the owner and merging, the owner's final decref
//! racing a non-owner's, `try_incref` racing the final decref, and a
//! deferred object whose owner's count reaches zero while another thread
//! holds a reference counted in its delta cache. In every interleaving the
//! object is freed exactly once, and never while a thread still holds a
//! reference.
#![cfg(loom)]

use loom::sync::atomic::{AtomicUsize, Ordering};
use loom::sync::Arc;
use loom::thread;
use std::ptr::NonNull;
use weft_loom_tests::{check, flawed_model};
use weft_runtime::object::alloc;
use weft_runtime::object::header::GC_BUFFERED;
use weft_runtime::object::{deferred, refcount};
use weft_runtime::thread::model::ModelThread;
use weft_runtime::{ObjHeader, TypeInfo};
use weft_sync::flaws::Flaw;

/// The payload: counts its deallocations in a counter the model owns (a
/// raw pointer: the object's memory is never released, and loom reports
/// any `Arc` that is never dropped).
struct Counted {
    frees: *const AtomicUsize,
}

/// Records the free but keeps the memory, so a model that (wrongly) touches
/// a dead object reads valid memory and its assertions, not UB, catch it.
unsafe fn record_free(obj: *mut ObjHeader) {
    // SAFETY: every object of this type is an `Obj<Counted>`.
    let payload = unsafe { alloc::payload::<Counted>(NonNull::new_unchecked(obj)) };
    // SAFETY: the model's `Object` keeps the counter alive until the end.
    unsafe { &*payload.frees }.fetch_add(1, Ordering::SeqCst);
}

static COUNTED: TypeInfo = TypeInfo {
    ..TypeInfo::new("Counted", record_free)
};

struct Object {
    ptr: usize,
    frees: Arc<AtomicUsize>,
}

impl Object {
    fn new() -> Object {
        let frees = Arc::new(AtomicUsize::new(0));
        let ptr = alloc::alloc(&COUNTED, Counted { frees: &*frees }).as_ptr() as usize;
        Object { ptr, frees }
    }
    fn header(&self) -> *const ObjHeader {
        self.ptr as *const ObjHeader
    }
    fn alive(&self) -> bool {
        self.frees.load(Ordering::SeqCst) == 0
    }
}

fn incref(o: &Object) {
    assert!(o.alive(), "incref of a freed object");
    // SAFETY: the caller holds a reference (checked alive above).
    unsafe { refcount::incref(o.header()) };
}

fn decref(o: &Object) {
    assert!(o.alive(), "decref of a freed object");
    // SAFETY: the caller gives up a reference it holds.
    unsafe { refcount::decref(o.header()) };
}

/// The owner hands a reference to another thread, which increments and
/// decrements it (shared path, queueing the object back), while the owner
/// drops its own and merges its queue.
fn owner_and_non_owner() {
    let owner = ModelThread::enter(1);
    let o = Arc::new(Object::new());
    incref(&o); // the reference given to the other thread
    let other = {
        let o = o.clone();
        thread::spawn(move || {
            let _me = ModelThread::enter(2);
            incref(&o);
            decref(&o);
            decref(&o); // its last: shared count 0, queued to the owner
        })
    };
    owner.merge_queued();
    decref(&o); // the owner's own reference
    other.join().unwrap();
    owner.merge_queued();
    drop(owner);
    assert_eq!(o.frees.load(Ordering::SeqCst), 1, "freed exactly once");
}

/// Two non-owners drop references the owner gave them (the first queues
/// the object, the second takes the shared count negative) while the owner
/// drops its own and merges.
fn two_non_owners_and_the_owner() {
    let owner = ModelThread::enter(1);
    let o = Arc::new(Object::new());
    incref(&o);
    incref(&o);
    let others: Vec<_> = (2..4)
        .map(|tid| {
            let o = o.clone();
            thread::spawn(move || {
                let _me = ModelThread::enter(tid);
                decref(&o);
            })
        })
        .collect();
    owner.merge_queued();
    decref(&o);
    others.into_iter().for_each(|t| t.join().unwrap());
    drop(owner);
    assert_eq!(o.frees.load(Ordering::SeqCst), 1, "freed exactly once");
}

/// The owner's last decref races a non-owner's last decref.
fn last_decrefs_race() {
    let _owner = ModelThread::enter(1);
    let o = Arc::new(Object::new());
    let mine = {
        // A shared reference taken by another thread first.
        let o = o.clone();
        thread::spawn(move || {
            let _me = ModelThread::enter(2);
            incref(&o);
            o
        })
        .join()
        .unwrap()
    };
    let other = {
        let o = mine.clone();
        thread::spawn(move || {
            let _me = ModelThread::enter(2);
            decref(&o);
        })
    };
    decref(&o);
    other.join().unwrap();
    assert_eq!(o.frees.load(Ordering::SeqCst), 1, "freed exactly once");
}

/// A lock-free reader finds the object in a slot and `try_incref`s it
/// while the owner empties the slot and drops the last reference.
fn try_incref_races_final_decref() {
    let _owner = ModelThread::enter(1);
    let o = Arc::new(Object::new());
    // SAFETY: alive; lets readers take a reference at shared count 0.
    unsafe { refcount::allow_try_incref(o.header()) };
    let slot = Arc::new(AtomicUsize::new(o.ptr));
    let reader = {
        let (o, slot) = (o.clone(), slot.clone());
        thread::spawn(move || {
            let _me = ModelThread::enter(2);
            let word = slot.load(Ordering::Acquire);
            if word == 0 {
                return;
            }
            // SAFETY: the model never releases object memory.
            if unsafe { refcount::try_incref(word as *const ObjHeader) } {
                if slot.load(Ordering::Acquire) == word {
                    assert!(o.alive(), "try_incref revived a freed object");
                }
                decref(&o);
            }
        })
    };
    slot.store(0, Ordering::Release);
    decref(&o);
    reader.join().unwrap();
    assert_eq!(o.frees.load(Ordering::SeqCst), 1, "freed exactly once");
}

/// A deferred object: a lock-free reader takes a reference, counted only in
/// its thread's delta cache, while the owner empties the slot and drops its
/// last reference. The owner's count reaching zero must not free it; once
/// both threads have flushed (as they do before a collection), the count is
/// exactly zero.
fn deferred_object_outlives_its_owners_count() {
    let owner = ModelThread::enter(1);
    let o = Arc::new(Object::new());
    // SAFETY: not shared yet. (Marked buffered up front: the candidate
    // buffer is process-wide std state that the model leaves out.)
    unsafe {
        (*o.header())
            .gc_bits()
            .fetch_or(GC_BUFFERED, Ordering::SeqCst);
        deferred::mark_deferred(&[o.ptr]);
    }
    let slot = Arc::new(AtomicUsize::new(o.ptr));
    let reader = {
        let (o, slot) = (o.clone(), slot.clone());
        thread::spawn(move || {
            let _me = ModelThread::enter(2);
            let word = slot.load(Ordering::Acquire);
            if word == 0 {
                return;
            }
            // SAFETY: the model never releases object memory.
            assert!(
                unsafe { refcount::try_incref(word as *const ObjHeader) },
                "a deferred object is alive"
            );
            assert!(
                o.alive(),
                "a deferred object was freed while a cache held it"
            );
            incref(&o);
            decref(&o);
            decref(&o);
        })
    };
    slot.store(0, Ordering::Release);
    decref(&o);
    reader.join().unwrap();
    drop(owner);
    assert!(o.alive(), "a deferred object was freed by counting");
    // SAFETY: both threads flushed their caches on exit; nothing runs now.
    assert_eq!(
        unsafe { refcount::total_count(o.header()) },
        0,
        "the flushed count is exact"
    );
}

/// A deferred object whose references both its owner and another thread
/// take into their delta caches (`incref_deferred`, as an inline cache hit
/// does) and give back by ordinary decrements, while the owner drops the
/// reference its own count held: never freed by counting, and the flushed
/// count is exact.
fn owner_and_reader_count_in_their_caches() {
    let owner = ModelThread::enter(1);
    let o = Arc::new(Object::new());
    // SAFETY: not shared yet (buffered up front, as above).
    unsafe {
        (*o.header())
            .gc_bits()
            .fetch_or(GC_BUFFERED, Ordering::SeqCst);
        deferred::mark_deferred(&[o.ptr]);
    }
    let reader = {
        let o = o.clone();
        // The reader's reference, taken for it before it starts.
        // SAFETY: alive and deferred.
        unsafe { refcount::incref_deferred(o.header()) };
        thread::spawn(move || {
            let _me = ModelThread::enter(2);
            // SAFETY: the reader holds a reference.
            unsafe { refcount::incref_deferred(o.header()) };
            decref(&o);
            assert!(
                o.alive(),
                "a deferred object was freed while a cache held it"
            );
            decref(&o);
        })
    };
    // SAFETY: the owner holds its reference.
    unsafe { refcount::incref_deferred(o.header()) };
    decref(&o);
    decref(&o);
    reader.join().unwrap();
    drop(owner);
    assert!(o.alive(), "a deferred object was freed by counting");
    // SAFETY: both threads flushed their caches on exit; nothing runs now.
    assert_eq!(
        unsafe { refcount::total_count(o.header()) },
        0,
        "the flushed count is exact"
    );
}

#[test]
fn owner_and_reader_counting_in_caches_keep_the_count_exact() {
    check(&[], false, owner_and_reader_count_in_their_caches);
}

flawed_model!(
    catches_a_deferred_object_freed_at_zero_from_caches,
    deferred_freed_at_zero_from_caches_model,
    [Flaw::DeferredFreedAtZero],
    false,
    owner_and_reader_count_in_their_caches,
    "freed"
);

#[test]
fn deferred_counts_in_caches_keep_the_object_alive() {
    check(&[], false, deferred_object_outlives_its_owners_count);
}

flawed_model!(
    catches_a_deferred_object_freed_at_zero,
    deferred_freed_at_zero_model,
    [Flaw::DeferredFreedAtZero],
    false,
    deferred_object_outlives_its_owners_count,
    "freed"
);

#[test]
fn owner_and_non_owner_increments_queue_and_merge() {
    check(&[], false, owner_and_non_owner);
}

#[test]
fn two_non_owners_queue_and_subtract_while_the_owner_merges() {
    check(&[], false, two_non_owners_and_the_owner);
}

#[test]
fn owner_and_non_owner_last_decrefs_race() {
    check(&[], false, last_decrefs_race);
}

#[test]
fn try_incref_never_revives_a_dead_object() {
    check(&[], false, try_incref_races_final_decref);
}

flawed_model!(
    catches_a_merge_without_cas,
    merge_without_cas_model,
    [Flaw::MergeWithoutCas],
    false,
    last_decrefs_race,
    "freed exactly once"
);

flawed_model!(
    catches_try_incref_reviving_the_dead,
    try_incref_ignores_death_model,
    [Flaw::TryIncrefIgnoresDeath],
    false,
    try_incref_races_final_decref,
    "freed"
);
