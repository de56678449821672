//! Thread states: one per OS thread that runs Python code.
//!
//! A thread state gives its thread a *thread id* (never reused, so an object
//! owned by an exited thread can never be mistaken for another thread's), a
//! merge queue registered where other threads can find it, a slot in the
//! runtime's stop-the-world `World`, and a reclamation handle that is pinned
//! while the thread is attached.
//!
//! Thread exit: the state unregisters its merge queue and merges what was
//! queued. Objects it still owns keep its (now dead) id; any thread whose
//! decref would queue one to the dead owner merges it in place instead
//! (the owner can no longer write `local`), so their counts stay exact.

use crate::object::header::ObjHeader;
use crate::object::refcount;
use crate::runtime::{runtime, Interpreter};
use std::cell::{Cell, RefCell};
use std::marker::PhantomData;
use std::sync::Arc;
use weft_sync::reclaim::Guard;
use weft_sync::{MergeQueue, ReclaimHandle, ThreadSlot};

/// `current_tid()` of a thread with no thread state. Never an owner: objects
/// store 0 as the owner once merged, and real ids start at 1, so neither
/// ever matches it and such a thread always takes the shared path.
pub const NO_THREAD: usize = usize::MAX;

#[cfg(not(loom))]
std::thread_local! {
    /// The current thread's id, `NO_THREAD` if it has no thread state. A
    /// `const` thread-local: reading it is one load from the thread pointer.
    static CURRENT_TID: Cell<usize> = const { Cell::new(NO_THREAD) };
    static CURRENT_STATE: Cell<*const ThreadState> = const { Cell::new(std::ptr::null()) };
}
#[cfg(loom)]
loom::thread_local! {
    static CURRENT_TID: Cell<usize> = Cell::new(NO_THREAD);
    static CURRENT_STATE: Cell<*const ThreadState> = Cell::new(std::ptr::null());
}

/// The current thread's id (`NO_THREAD`: no thread state).
#[inline]
pub fn current_tid() -> usize {
    CURRENT_TID.with(|t| t.get())
}

/// One thread's membership in the runtime. Not `Send`: it belongs to the
/// thread that created it. Dropping it detaches and unregisters the thread.
pub struct ThreadState {
    tid: usize,
    interpreter: Arc<Interpreter>,
    /// Where other threads send objects whose shared count they took to zero.
    queue: Arc<MergeQueue<ObjHeader>>,
    /// Stop-the-world registration and the eval-breaker word.
    slot: ThreadSlot,
    /// Pinned while attached, so lock-free reads cost a plain load.
    reclaim: RefCell<ReclaimHandle>,
    /// The pin inside `reclaim` while attached, null while detached: a
    /// lock-free read takes it with one load (`with_guard`) instead of a
    /// borrow of `reclaim`. Set after pinning, cleared before unpinning.
    pinned: Cell<*const Guard>,
    /// Safepoints passed (one in `SAFEPOINTS_PER_QUIESCENT` moves the pin).
    safepoints: Cell<u32>,
    /// The safepoint count at which the objects queued for deferral are
    /// marked even if fewer than a batch (`deferral_queued`).
    defer_due: Cell<Option<u32>>,
    _not_send: PhantomData<*const ()>,
}

impl ThreadState {
    /// Give the current thread a state in `interpreter`, attached. Panics if
    /// the thread already has one.
    pub fn new(interpreter: &Arc<Interpreter>) -> Box<ThreadState> {
        assert_eq!(
            current_tid(),
            NO_THREAD,
            "this thread already has a thread state"
        );
        let rt = runtime();
        let tid = rt.next_thread_id();
        let queue = Arc::new(MergeQueue::new());
        rt.merge_queues.register(tid, queue.clone());
        let state = Box::new(ThreadState {
            tid,
            interpreter: interpreter.clone(),
            queue,
            slot: rt.world.register(),
            reclaim: RefCell::new(rt.reclaimer.register()),
            pinned: Cell::new(std::ptr::null()),
            safepoints: Cell::new(0),
            defer_due: Cell::new(None),
            _not_send: PhantomData,
        });
        CURRENT_TID.with(|t| t.set(tid));
        CURRENT_STATE.with(|s| s.set(&*state));
        state.attach();
        state
    }

    /// This thread's id.
    pub fn tid(&self) -> usize {
        self.tid
    }

    /// The interpreter this thread runs in.
    pub fn interpreter(&self) -> &Arc<Interpreter> {
        &self.interpreter
    }

    /// Start running Python code again (after `detach`).
    pub fn attach(&self) {
        self.slot.attach();
        let mut reclaim = self.reclaim.borrow_mut();
        reclaim.pin();
        self.pinned.set(reclaim.guard_ptr());
    }

    /// Stop running Python code, to block: releases critical sections and
    /// the reclamation pin, and lets stop-the-world proceed without us.
    pub fn detach(&self) {
        // A stop may start while we are detached: it must see our counts.
        publish_thread_counts();
        self.pinned.set(std::ptr::null());
        self.reclaim.borrow_mut().unpin();
        self.slot.detach();
    }

    /// Run a blocking operation detached.
    pub fn blocking<R>(&self, f: impl FnOnce() -> R) -> R {
        // The deferral queue holds references: a thread blocked for long
        // must not keep its objects alive (nor undeferred) meanwhile.
        self.mark_queued_deferrals();
        self.detach();
        let r = f();
        self.attach();
        r
    }

    /// Whether the thread is attached.
    pub fn is_attached(&self) -> bool {
        self.slot.is_attached()
    }

    /// The safepoint the evaluation loop calls at backward jumps and calls:
    /// honour a stop-the-world, merge queued objects, renew the reclamation
    /// pin. One load each when nothing is pending.
    #[inline]
    pub fn safepoint(&self) {
        // A stopped world must see the counts in our delta cache.
        let bits = self.slot.safepoint_with(publish_thread_counts);
        if !self.queue.is_empty() {
            self.merge_queued();
        }
        // Moving the pin reads the global epoch, a cache line every advance
        // writes: on every loop turn, threads running loops would trade it.
        let n = self.safepoints.get().wrapping_add(1);
        self.safepoints.set(n);
        if n.is_multiple_of(SAFEPOINTS_PER_QUIESCENT) {
            self.reclaim.borrow_mut().quiescent();
            // Wrapping comparison: the count wraps.
            if self
                .defer_due
                .get()
                .is_some_and(|due| n.wrapping_sub(due) as i32 >= 0)
            {
                self.defer_pending();
            }
        }
        if bits & BREAKER_DEFER != 0 {
            self.defer_pending();
        }
        crate::object::candidates::maybe_collect();
    }

    /// Mark now the objects this thread queued for deferral, if any (before
    /// it blocks, or collects: the queue's references would keep them
    /// alive).
    pub fn mark_queued_deferrals(&self) {
        if self.defer_due.get().is_some() {
            self.defer_pending();
        }
    }

    /// Mark the objects this thread found contended as deferred
    /// (`object/deferred.rs`): a brief stop-the-world, so that no thread is
    /// between reading the bit and counting.
    #[cold]
    fn defer_pending(&self) {
        self.slot.clear_breaker(BREAKER_DEFER);
        self.defer_due.set(None);
        let objs = crate::object::deferred::take_pending();
        if objs.is_empty() {
            return;
        }
        {
            let _stopped = stop_the_world();
            // SAFETY: the world is stopped; each queued object holds the
            // reference its queueing took.
            unsafe { crate::object::deferred::mark_deferred(&objs) };
        }
        for obj in objs {
            // SAFETY: drop the queue's reference.
            unsafe { refcount::decref(obj as *const ObjHeader) };
        }
    }

    /// `queued` objects now wait in this thread's deferral queue: a full
    /// batch is marked at the next safepoint, the first of a new batch
    /// within `DEFER_WAIT_SAFEPOINTS`.
    pub(crate) fn deferral_queued(&self, queued: usize) {
        if queued >= crate::object::deferred::DEFER_BATCH {
            self.slot.raise_breaker(BREAKER_DEFER);
        } else if queued == 1 {
            self.defer_due.set(Some(
                self.safepoints.get().wrapping_add(DEFER_WAIT_SAFEPOINTS),
            ));
        }
    }

    #[cold]
    fn merge_queued(&self) {
        for obj in self.queue.drain() {
            // SAFETY: objects in our queue are ours and kept alive by the
            // queue's reference.
            unsafe { refcount::merge_queued(obj) };
        }
    }

    /// The reclamation pin, for lock-free reads. `f` must not pass a
    /// safepoint, attach or detach (the calls that move or drop the pin);
    /// no lock-free read does, and debug builds check it with a borrow.
    #[inline]
    pub(crate) fn with_guard<R>(&self, f: impl FnOnce(Option<&Guard>) -> R) -> R {
        #[cfg(debug_assertions)]
        let _no_repin = self.reclaim.borrow();
        // SAFETY: `pinned` is the address of the guard inside `reclaim`
        // (this boxed state does not move) while the thread is pinned, and
        // null otherwise; the guard is only replaced, re-pinned or dropped
        // by attach, detach and safepoints, which `f` does not reach (see
        // above), so the reference outlives no change to it.
        f(unsafe { self.pinned.get().as_ref() })
    }

    /// The eval-breaker word of this thread.
    pub fn eval_breaker(&self) -> &weft_sync::atomic::AtomicUsize {
        self.slot.eval_breaker()
    }

    /// This thread's stop-the-world slot (to request a stop as this thread).
    pub fn slot(&self) -> &ThreadSlot {
        &self.slot
    }
}

impl Drop for ThreadState {
    fn drop(&mut self) {
        publish_thread_counts();
        for obj in crate::object::deferred::take_pending() {
            // SAFETY: the deferral queue's reference.
            unsafe { refcount::decref(obj as *const ObjHeader) };
        }
        // Unregister first: from now on queueing threads merge in place, and
        // everything queued before is in our queue.
        runtime().merge_queues.unregister(self.tid);
        self.merge_queued();
        if self.is_attached() {
            self.detach();
        }
        crate::object::alloc::flush_free_batch();
        CURRENT_STATE.with(|s| s.set(std::ptr::null()));
        CURRENT_TID.with(|t| t.set(NO_THREAD));
    }
}

/// Safepoints per quiescent state of the reclamation pin.
const SAFEPOINTS_PER_QUIESCENT: u32 = 16;

/// Safepoints an object queued for deferral waits for others to be marked
/// with (a loop turn passes one; about 0.1 ms of a tight loop).
const DEFER_WAIT_SAFEPOINTS: u32 = 1024;

/// The eval-breaker bit asking a thread's safepoint to mark the objects it
/// queued for deferral.
const BREAKER_DEFER: usize = 1 << 1;

/// Make what this thread keeps to itself about counts visible to a
/// collection: the pending deltas of deferred objects, and candidates not
/// yet in its shared buffer. Runs before the thread parks for a stop,
/// detaches, requests a stop, or exits.
pub fn publish_thread_counts() {
    crate::object::deferred::flush_deltas();
    crate::object::candidates::flush_local();
}

/// Stop the world as the current thread (or as a thread without a state):
/// flushes this thread's delta cache first, since a stopped world must see
/// exact counts and the requester may be suspended while it waits its turn.
pub fn stop_the_world() -> weft_sync::StoppedWorld<'static> {
    publish_thread_counts();
    let world = runtime().world();
    with_current(|ts| world.stop_the_world(Some(ts.slot())))
        .unwrap_or_else(|| world.stop_the_world(None))
}

/// Run `f` with the current thread state, if the thread has one.
pub fn with_current<R>(f: impl FnOnce(&ThreadState) -> R) -> Option<R> {
    let state = CURRENT_STATE.with(|s| s.get());
    if state.is_null() {
        return None;
    }
    // SAFETY: CURRENT_STATE points to this thread's boxed state from its
    // creation until its drop clears it; only this thread reads it.
    Some(f(unsafe { &*state }))
}

/// Run `f` with the current thread's reclamation pin, if it is attached.
pub fn with_pinned_guard<R>(f: impl FnOnce(Option<&Guard>) -> R) -> R {
    let state = CURRENT_STATE.with(|s| s.get());
    if state.is_null() {
        return f(None);
    }
    // SAFETY: as in `with_current`.
    unsafe { &*state }.with_guard(f)
}

/// Send `obj` to its owner's merge queue, or merge it here if the owner has
/// exited.
///
/// # Safety
/// The caller's decref set `obj`'s state to QUEUED; the reference it gave up
/// is now the queue's.
pub(crate) unsafe fn queue_to_owner(obj: *const ObjHeader) {
    // SAFETY: alive: the queued reference keeps it so.
    let owner = unsafe { &*obj }
        .owner
        .load(weft_sync::atomic::Ordering::Relaxed);
    if !runtime().merge_queues.push(owner, obj) {
        // SAFETY: the owner exited, so nobody else writes `local`.
        unsafe { refcount::merge_queued(obj) };
    }
}

thread_local! {
    /// A reclamation handle for deferring frees from this thread, pinned only
    /// for the moment of deferring.
    static DEFER_HANDLE: RefCell<Option<ReclaimHandle>> = const { RefCell::new(None) };
}

/// Run `release` once every thread that is pinned now has unpinned or passed
/// a safepoint.
pub(crate) fn defer_after_readers(release: impl FnOnce() + Send + 'static) {
    let mut release = Some(release);
    let _ = DEFER_HANDLE.try_with(|h| {
        let mut h = h.borrow_mut();
        let handle = h.get_or_insert_with(|| runtime().reclaimer.register());
        handle.pin();
        // SAFETY: the memory `release` frees belongs to dead objects, which
        // no container links any more.
        unsafe { handle.defer(release.take().expect("run once")) };
        // No flush here: crossbeam hands full bags (64 closures) to the
        // global queue and collects every 128 pins by itself. Flushing on
        // every call made each freed list cost microseconds.
        handle.unpin();
    });
    if let Some(release) = release {
        // Thread-local already destroyed (thread exit): a one-off handle.
        let mut handle = runtime().reclaimer.register();
        handle.pin();
        // SAFETY: as above.
        unsafe { handle.defer(release) };
        handle.flush();
        handle.unpin();
    }
}

/// Retire container storage replaced by a writer: freed once no reader that
/// may have loaded it is still pinned.
pub(crate) fn retire_storage<T: ?Sized + weft_sync::reclaim::Pointable>(
    storage: weft_sync::reclaim::Owned<T>,
) where
    weft_sync::reclaim::Owned<T>: Send + 'static,
{
    use weft_sync::reclaim::Pointer;
    /// # Safety
    /// `word` came from `Owned::<T>::into_usize` and is dropped once.
    unsafe fn drop_owned<T: ?Sized + weft_sync::reclaim::Pointable>(word: usize) {
        // SAFETY: the caller's contract.
        drop(unsafe { weft_sync::reclaim::Owned::<T>::from_usize(word) });
    }
    // SAFETY: the storage was unlinked by the writer that retires it, and
    // `drop_owned::<T>` is its own drop.
    unsafe { crate::object::alloc::drop_storage_later(storage.into_usize(), drop_owned::<T>) };
}

/// Model-checking hooks: a thread identity and a registered merge queue,
/// without the rest of a `ThreadState` (whose world and reclamation
/// registrations have their own models and would only multiply the
/// interleavings loom must explore).
#[cfg(loom)]
pub mod model {
    use super::*;

    /// A loom thread acting as the owner `tid`.
    pub struct ModelThread {
        tid: usize,
        queue: Arc<MergeQueue<ObjHeader>>,
    }

    impl ModelThread {
        /// Make the current loom thread `tid` (>= 1) with its merge queue.
        pub fn enter(tid: usize) -> ModelThread {
            let queue = Arc::new(MergeQueue::new());
            runtime().merge_queues.register(tid, queue.clone());
            CURRENT_TID.with(|t| t.set(tid));
            ModelThread { tid, queue }
        }

        /// The safepoint's merge of queued objects.
        pub fn merge_queued(&self) {
            for obj in self.queue.drain() {
                // SAFETY: our own queue; the queue's reference keeps it alive.
                unsafe { refcount::merge_queued(obj) };
            }
        }
    }

    impl Drop for ModelThread {
        fn drop(&mut self) {
            publish_thread_counts();
            runtime().merge_queues.unregister(self.tid);
            self.merge_queued();
            CURRENT_TID.with(|t| t.set(NO_THREAD));
        }
    }
}
