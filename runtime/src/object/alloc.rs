//! Allocating and freeing heap objects: the one place raw object memory is
//! obtained and released.
//!
//! Freeing is in two steps. `dealloc` drops the payload at once (releasing
//! its references), but the memory itself goes to a per-thread batch that is
//! released through epoch reclamation: a lock-free reader may still hold a
//! pointer it loaded from a container slot, and must be able to read the
//! header (to see the object is dead, in `try_incref`) until it next
//! passes a safepoint. A batch costs one deferred closure per
//! `FREE_BATCH` objects. Floats keep their dead blocks for reuse instead,
//! published or not (`Recycled`: the memory stays a float's).
//!
//! Dropping a payload can drop other objects in turn; a long chain (a
//! million nested lists) would overflow the native stack, so past
//! `MAX_DEALLOC_DEPTH` nested deallocations further objects wait in a
//! per-thread list and are freed iteratively (CPython's "trashcan").

use super::header::{
    ObjHeader, GC_BUFFERED, GC_HAS_WEAKREFS, GC_KEEP_MEMORY, GC_PUBLISHED, GC_TRACKED, GC_ZOMBIE,
};
use super::refcount::{NORMAL, SHARED_ONE};
use super::typeinfo::TypeInfo;
use crate::thread;
use crate::value::Value;
use std::alloc::Layout;
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;
use std::sync::{Arc, Mutex};
use weft_sync::atomic::{AtomicIsize, AtomicPtr, AtomicU32, AtomicU8, AtomicUsize};
use weft_sync::ObjectLock;

use super::refcount::MERGED;

/// A heap object: the header, then the type's payload.
#[repr(C)]
pub struct Obj<T> {
    pub header: ObjHeader,
    pub payload: T,
}

/// Objects whose memory is released in one deferred batch.
const FREE_BATCH: usize = 256;
/// Nested deallocations before further ones are queued instead.
const MAX_DEALLOC_DEPTH: usize = 64;

#[cfg(feature = "live-objects")]
static LIVE: std::sync::atomic::AtomicIsize = std::sync::atomic::AtomicIsize::new(0);

/// Number of heap objects allocated and not yet deallocated (with the
/// `live-objects` feature; tests use it to prove nothing leaks).
#[cfg(feature = "live-objects")]
pub fn live_objects() -> isize {
    LIVE.load(std::sync::atomic::Ordering::SeqCst)
}

/// Allocate an object owned by the current thread, with one reference.
pub fn alloc<T>(ty: &'static TypeInfo, payload: T) -> NonNull<ObjHeader> {
    let obj = Box::new(Obj {
        header: new_header(ty),
        payload,
    });
    #[cfg(feature = "live-objects")]
    LIVE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    NonNull::from(Box::leak(obj)).cast()
}

/// The header of a new object of type `ty` owned by the current thread,
/// with one reference.
fn new_header(ty: &'static TypeInfo) -> ObjHeader {
    let tid = thread::current_tid();
    // A thread with no thread state owns nothing: its objects are born
    // merged, with their one reference in the shared count.
    let (owner, local, shared) = if tid == thread::NO_THREAD {
        (0, 0, SHARED_ONE | MERGED)
    } else {
        (tid, 1, NORMAL)
    };
    let tracked = if ty.traverse.is_some() { GC_TRACKED } else { 0 };
    ObjHeader {
        owner: AtomicUsize::new(owner),
        local: AtomicU32::new(local),
        gc_bits: AtomicU8::new(tracked),
        lock: ObjectLock::new(),
        shared: AtomicIsize::new(shared),
        ty,
        queue_link: AtomicPtr::new(std::ptr::null_mut()),
    }
}

/// A per-thread stock of dead objects' memory of one layout, reused
/// without the allocator (as CPython keeps free lists of floats), for a
/// type with `recycles_memory`.
///
/// Published blocks are kept too: such a block stays an object of this
/// type for good (type-stable memory), so a lock-free reader that loaded
/// its address from a slot before the object died reads a valid header. A
/// dead block refuses `try_incref` (count zero, never `MAYBE_WEAKREF`
/// once dead); a recycled one is a live object of the same type, which the
/// reader's re-check of the slot it loaded from rejects, or accepts if the
/// slot holds the new object now (the list, dict and cell readers all
/// re-check). Value caches do not re-check, so what they may hold is
/// marked `GC_KEEP_MEMORY` and never kept here. A reused block's header is
/// re-initialized with atomic stores, as readers may be loading it.
///
/// The stock is an intrusive list: a kept block's payload holds the
/// address of the next one (no vector to grow, no borrow flag: a thread's
/// stock is only touched by that thread, and never re-entered).
pub struct Recycled<T: 'static> {
    head: Cell<*mut Obj<T>>,
    count: Cell<usize>,
}

/// Blocks a `Recycled` keeps; more are freed.
const RECYCLED_BLOCKS: usize = 256;

impl<T> Recycled<T> {
    pub const fn new() -> Recycled<T> {
        const {
            assert!(
                std::mem::size_of::<T>() >= std::mem::size_of::<usize>()
                    && std::mem::align_of::<T>() >= std::mem::align_of::<usize>(),
                "a kept block's payload holds the next block's address"
            )
        };
        Recycled {
            head: Cell::new(std::ptr::null_mut()),
            count: Cell::new(0),
        }
    }

    /// A new object in a recycled block, if one is kept.
    #[inline]
    pub fn take(&self, ty: &'static TypeInfo, payload: T) -> Option<NonNull<ObjHeader>> {
        let block = NonNull::new(self.head.get())?;
        // SAFETY: a kept block is an `Obj<T>` from `alloc`, dead, owned by
        // this stock, whose payload holds the next block's address.
        let next = unsafe {
            block
                .as_ptr()
                .cast::<u8>()
                .add(std::mem::offset_of!(Obj<T>, payload))
                .cast::<*mut Obj<T>>()
                .read()
        };
        self.head.set(next);
        self.count.set(self.count.get() - 1);
        // SAFETY: the block is ours (just unlinked): no reference to it
        // exists, though stale readers may load its header's atomics (see
        // the type's comment), so the header is reset field by field with
        // atomic stores; its `ty` and `lock` are this type's already and
        // unlocked. No reader touches the payload without a reference.
        unsafe {
            let fresh = new_header(ty);
            let h = &(*block.as_ptr()).header;
            debug_assert!(std::ptr::eq(h.ty, ty), "a stock holds one type");
            h.queue_link
                .store(std::ptr::null_mut(), std::sync::atomic::Ordering::Relaxed);
            // A block once published keeps the bit: a reader from any of
            // its lives may hold it, so its memory is only ever released
            // through reclamation.
            let published = h.gc_bits.load(std::sync::atomic::Ordering::Relaxed) & GC_PUBLISHED;
            h.gc_bits.store(
                fresh.gc_bits.into_inner() | published,
                std::sync::atomic::Ordering::Relaxed,
            );
            h.shared.store(
                fresh.shared.into_inner(),
                std::sync::atomic::Ordering::Relaxed,
            );
            h.local.store(
                fresh.local.into_inner(),
                std::sync::atomic::Ordering::Relaxed,
            );
            h.owner.store(
                fresh.owner.into_inner(),
                std::sync::atomic::Ordering::Relaxed,
            );
            (&raw mut (*block.as_ptr()).payload).write(payload);
        }
        #[cfg(feature = "live-objects")]
        LIVE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Some(block.cast())
    }

    /// Keep a dead object's memory for reuse, or free it (`drop_and_free`).
    /// Its payload must need no drop.
    ///
    /// # Safety
    /// `obj` is an `Obj<T>` from `alloc` whose count reached zero,
    /// deallocated once.
    #[inline]
    pub unsafe fn give(&self, obj: *mut ObjHeader) {
        // SAFETY: the caller's contract.
        if !unsafe { self.keep(obj) } {
            // SAFETY: the caller's contract; not kept.
            unsafe { drop_and_free::<T>(obj) };
        }
    }

    /// Keep a dead object's memory for reuse if it may be; false leaves it
    /// to the caller to free.
    ///
    /// # Safety
    /// As `give`.
    #[inline]
    pub unsafe fn keep(&self, obj: *mut ObjHeader) -> bool {
        const {
            assert!(
                !std::mem::needs_drop::<T>(),
                "a recycled payload is overwritten, not dropped"
            )
        };
        // SAFETY: the caller's contract.
        let flags = unsafe { &(*obj).gc_bits }.load(std::sync::atomic::Ordering::Acquire);
        let keep = if weft_sync::flaws::active(weft_sync::flaws::Flaw::RecycleIgnoresKeepMemory) {
            0
        } else {
            GC_KEEP_MEMORY
        };
        if flags & (keep | GC_BUFFERED | GC_ZOMBIE) != 0 || self.count.get() >= RECYCLED_BLOCKS {
            return false;
        }
        #[cfg(feature = "live-objects")]
        LIVE.fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
        let block = obj.cast::<Obj<T>>();
        // SAFETY: the dead block is ours now; its payload (plain data, the
        // const assertion in `new` says it can hold an address) becomes the
        // link to the rest of the stock.
        unsafe {
            block
                .cast::<u8>()
                .add(std::mem::offset_of!(Obj<T>, payload))
                .cast::<*mut Obj<T>>()
                .write(self.head.get())
        };
        self.head.set(block);
        self.count.set(self.count.get() + 1);
        true
    }
}

impl<T> Default for Recycled<T> {
    fn default() -> Recycled<T> {
        Recycled::new()
    }
}

impl<T> Drop for Recycled<T> {
    fn drop(&mut self) {
        let mut block = self.head.replace(std::ptr::null_mut());
        while !block.is_null() {
            // SAFETY: a kept block: allocated by `alloc` as `Obj<T>`, dead,
            // ours, its payload holding the next block's address. A block
            // that was published goes through reclamation (a reader may
            // still hold it), others at once.
            unsafe {
                let next = block
                    .cast::<u8>()
                    .add(std::mem::offset_of!(Obj<T>, payload))
                    .cast::<*mut Obj<T>>()
                    .read();
                let flags = (*block)
                    .header
                    .gc_bits
                    .load(std::sync::atomic::Ordering::Relaxed);
                release_memory(block.cast(), flags, Layout::new::<Obj<T>>());
                block = next;
            }
        }
    }
}

/// The header of an immortal object of type `$ty`: no owner, a count that
/// never changes, never tracked. A macro, not a function: it is also built
/// in constants (`static_object.rs`), which loom's atomics cannot be.
macro_rules! immortal_header {
    ($ty:expr) => {
        $crate::object::header::ObjHeader {
            owner: weft_sync::atomic::AtomicUsize::new(0),
            local: weft_sync::atomic::AtomicU32::new($crate::object::refcount::IMMORTAL),
            gc_bits: weft_sync::atomic::AtomicU8::new(0),
            lock: weft_sync::ObjectLock::new(),
            shared: weft_sync::atomic::AtomicIsize::new($crate::object::refcount::MERGED),
            ty: $ty,
            queue_link: weft_sync::atomic::AtomicPtr::new(std::ptr::null_mut()),
        }
    };
}
#[cfg_attr(loom, allow(unused_imports))]
pub(crate) use immortal_header;

/// Allocate an immortal object: its count never changes and it is never
/// freed (None, True, False, small cached values, interned names).
pub fn alloc_immortal<T>(ty: &'static TypeInfo, payload: T) -> NonNull<ObjHeader> {
    let obj = Box::new(Obj {
        header: immortal_header!(ty),
        payload,
    });
    NonNull::from(Box::leak(obj)).cast()
}

/// The payload of an object known to be an `Obj<T>`.
///
/// # Safety
/// `obj` must have been allocated by `alloc::<T>` (or `alloc_immortal`) and
/// be alive for `'a`.
#[inline]
pub unsafe fn payload<'a, T>(obj: NonNull<ObjHeader>) -> &'a T {
    // SAFETY: the caller guarantees the layout and liveness.
    unsafe { &(*obj.cast::<Obj<T>>().as_ptr()).payload }
}

/// The payload of `v` if it is an object of type `ty`.
///
/// # Safety
/// Every object whose type is `ty` must have been allocated as `Obj<T>`
/// (each type's constructors guarantee this for their own `TypeInfo`).
#[inline]
pub unsafe fn downcast<'a, T>(v: &'a Value, ty: &'static TypeInfo) -> Option<&'a T> {
    let obj = v.as_object()?;
    // SAFETY: `v` holds a reference, so the object is alive for `'a`.
    if !std::ptr::eq(unsafe { obj.as_ref() }.type_info(), ty) {
        return None;
    }
    // SAFETY: the caller's contract: objects of `ty` are `Obj<T>`.
    Some(unsafe { payload::<T>(obj) })
}

/// `downcast`, with the object's header too (for types whose borrowed
/// handle needs the header's lock).
///
/// # Safety
/// As `downcast`.
#[inline]
pub unsafe fn downcast_with_header<'a, T>(
    v: &'a Value,
    ty: &'static TypeInfo,
) -> Option<(&'a ObjHeader, &'a T)> {
    // SAFETY: the caller's contract.
    let payload = unsafe { downcast::<T>(v, ty) }?;
    // SAFETY: `v` holds a reference, so the object is alive for `'a`.
    let header = unsafe { v.as_object()?.as_ref() };
    Some((header, payload))
}

/// `TypeInfo::dealloc` for a payload `T`: drop it and release the memory
/// through the thread's free batch.
///
/// # Safety
/// `obj` was allocated as `Obj<T>`, its count is zero, and it is
/// deallocated once.
pub unsafe fn drop_and_free<T>(obj: *mut ObjHeader) {
    // SAFETY: the caller's contract: the object's memory is valid.
    let bits = unsafe { &(*obj).gc_bits };
    let flags = bits.load(std::sync::atomic::Ordering::Acquire);
    if flags & GC_ZOMBIE != 0 {
        // The collector, taking a zombie out of its buffer: only the
        // memory is left to release.
        release_memory(obj.cast(), flags, Layout::new::<Obj<T>>());
        return;
    }
    if flags & GC_HAS_WEAKREFS != 0 {
        // First step of dying: weak references see `None` from now on.
        // SAFETY: the memory and payload are intact.
        unsafe { crate::types::weakref::clear_weakrefs(obj) };
    }
    let obj = obj.cast::<Obj<T>>();
    // SAFETY: the caller's contract: the payload is initialized and dropped
    // once.
    unsafe { std::ptr::drop_in_place(&raw mut (*obj).payload) };
    #[cfg(feature = "live-objects")]
    LIVE.fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
    // A buffered object stays until the collector drains its buffer. (No
    // thread can set GC_BUFFERED now: marking needs a reference, and the
    // count is zero; so a plain load decides.)
    let flags = bits.load(std::sync::atomic::Ordering::Acquire);
    if flags & GC_BUFFERED != 0 && !super::candidates::unbuffer_local(obj as usize) {
        bits.fetch_or(GC_ZOMBIE, std::sync::atomic::Ordering::AcqRel);
        return;
    }
    release_memory(obj.cast(), flags, Layout::new::<Obj<T>>());
}

/// Release a dead object's memory: at once if no lock-free reader can hold
/// a pointer to it (never published: the allocator reuses it while it is
/// still in cache), else once readers have moved on.
fn release_memory(ptr: *mut u8, flags: u8, layout: Layout) {
    if flags & GC_PUBLISHED == 0 {
        // SAFETY: allocated with this layout by `alloc`; dead, and no
        // reader can have loaded its address from a shared slot.
        unsafe { std::alloc::dealloc(ptr, layout) };
    } else {
        free_later(ptr, layout);
    }
}

thread_local! {
    static DEALLOC_DEPTH: Cell<usize> = const { Cell::new(0) };
    static DEALLOC_PENDING: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
    static FREE_LIST: RefCell<FreeBatch> = const { RefCell::new(FreeBatch { memory: Vec::new(), ready: None }) };
}

/// Note that `w` (a value word about to be stored in a lock-free readable
/// slot) may be loaded by lock-free readers from now on: when it dies, its
/// memory must wait for them (`GC_PUBLISHED`). One load once published.
#[inline]
pub fn publish_word(w: usize) {
    if w & 1 != 0 || w == 0 {
        return; // inline int, or an empty slot
    }
    // SAFETY: the caller is storing a reference it holds, so the object is alive.
    let bits = unsafe { &(*(w as *const ObjHeader)).gc_bits };
    if bits.load(std::sync::atomic::Ordering::Relaxed) & GC_PUBLISHED == 0 {
        bits.fetch_or(GC_PUBLISHED, std::sync::atomic::Ordering::Relaxed);
    }
}

/// `publish_word` for a value.
#[inline]
pub fn publish(v: &Value) {
    publish_word(v.word());
}

/// Deallocate an object whose count reached zero.
///
/// # Safety
/// The object's total count is zero and this is the only call for it.
pub unsafe fn dealloc(obj: *mut ObjHeader) {
    // SAFETY: the caller's contract: the memory is valid.
    let ty = unsafe { (*obj).ty };
    if ty.leaf {
        // Frees nothing else: no nesting to bound.
        // SAFETY: the caller's contract; the type's dealloc matches.
        unsafe { (ty.dealloc)(obj) };
        return;
    }
    let depth = DEALLOC_DEPTH.with(|d| d.get());
    if depth >= MAX_DEALLOC_DEPTH {
        DEALLOC_PENDING.with(|p| p.borrow_mut().push(obj as usize));
        return;
    }
    DEALLOC_DEPTH.with(|d| d.set(depth + 1));
    // SAFETY: the caller's contract; the type's dealloc matches the layout.
    unsafe { ((*obj).ty.dealloc)(obj) };
    if depth == 0 {
        // Outermost: drain what deeper levels deferred, iteratively.
        while let Some(next) = DEALLOC_PENDING.with(|p| p.borrow_mut().pop()) {
            // SAFETY: queued above with the same contract.
            unsafe { ((*(next as *mut ObjHeader)).ty.dealloc)(next as *mut ObjHeader) };
        }
    }
    DEALLOC_DEPTH.with(|d| d.set(depth));
}

/// What waits in a thread's batch for the readers pinned now to move on.
enum Pending {
    /// A dead object's memory, with its layout.
    Memory(usize, Layout),
    /// Replaced container storage (an `Owned` as a word) and how to drop it.
    Storage(usize, unsafe fn(usize)),
}

// SAFETY: the words are owned memory handed from one thread to whichever
// runs the batch; nothing else refers to them.
unsafe impl Send for Pending {}

impl Pending {
    /// # Safety
    /// Runs once, after every reader that might hold a pointer has moved on.
    unsafe fn release(self) {
        match self {
            // SAFETY: the memory of a dead object allocated with this layout.
            Pending::Memory(ptr, layout) => unsafe { std::alloc::dealloc(ptr as *mut u8, layout) },
            // SAFETY: the storage's own drop function, for its own word.
            Pending::Storage(word, drop_fn) => unsafe { drop_fn(word) },
        }
    }
}

/// Memory of dead objects and replaced storage waiting to be released.
struct FreeBatch {
    memory: Vec<Pending>,
    /// Batches the epoch has let go, handed back for this thread to free.
    ready: Option<Arc<ReadyBatches>>,
}

/// Batches whose readers have all moved on, waiting for the thread that
/// filled them. The allocator frees memory fastest on the thread that
/// allocated it (a free from another thread is an atomic push onto the
/// owning page, and bounces its cache line), and epoch reclamation runs a
/// deferred closure on whichever thread collects next: so the closure only
/// hands the batch back, and its thread frees it.
struct ReadyBatches {
    /// `None` once the thread has exited: closures then free in place.
    batches: Mutex<Option<Vec<Vec<Pending>>>>,
}

impl FreeBatch {
    fn ready(&mut self) -> &Arc<ReadyBatches> {
        self.ready.get_or_insert_with(|| {
            Arc::new(ReadyBatches {
                batches: Mutex::new(Some(Vec::new())),
            })
        })
    }

    /// Free the batches handed back so far (if nobody else holds the lock).
    fn release_ready(&mut self) {
        let Some(ready) = &self.ready else { return };
        let taken = match ready.batches.try_lock() {
            Ok(mut b) => b.as_mut().map(std::mem::take).unwrap_or_default(),
            Err(_) => return,
        };
        for batch in taken {
            release_all(batch);
        }
    }
}

impl Drop for FreeBatch {
    fn drop(&mut self) {
        // Thread exit: later hand-backs free in place; release what is left.
        if let Some(ready) = &self.ready {
            let left = ready
                .batches
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .take()
                .unwrap_or_default();
            left.into_iter().for_each(release_all);
        }
        retire_batch(std::mem::take(&mut self.memory), None);
    }
}

fn free_later(ptr: *mut u8, layout: Layout) {
    release_later(Pending::Memory(ptr as usize, layout));
}

/// Queue replaced container storage (given as a word with its drop
/// function) for release with the thread's next batch: one deferred closure
/// per batch instead of one per storage.
///
/// # Safety
/// `drop_fn(word)` must be the right way to free `word`, and nothing shared
/// may still link to it.
pub(crate) unsafe fn drop_storage_later(word: usize, drop_fn: unsafe fn(usize)) {
    release_later(Pending::Storage(word, drop_fn));
}

fn release_later(p: Pending) {
    let mut p = Some(p);
    let full = FREE_LIST
        .try_with(|f| {
            let mut f = f.borrow_mut();
            f.memory.push(p.take().expect("pushed once"));
            if f.memory.len() < FREE_BATCH {
                return None;
            }
            f.release_ready();
            // The next batch starts at full size: no regrowth per batch.
            let batch = std::mem::replace(&mut f.memory, Vec::with_capacity(FREE_BATCH));
            Some((batch, Some(f.ready().clone())))
        })
        .unwrap_or_else(|_| Some((p.take().into_iter().collect(), None)));
    if let Some((batch, ready)) = full {
        retire_batch(batch, ready);
    }
}

/// Release every entry of a batch.
fn release_all(batch: Vec<Pending>) {
    for p in batch {
        // SAFETY: each entry was queued once, unlinked from every shared
        // place, and the epoch has moved past every reader.
        unsafe { p.release() };
    }
}

/// Release a batch once no reader pinned now can hold a pointer into it:
/// handed back to `ready`'s thread if it is still running, else in place.
fn retire_batch(batch: Vec<Pending>, ready: Option<Arc<ReadyBatches>>) {
    if batch.is_empty() {
        return;
    }
    let release = move || {
        let batch = match &ready {
            Some(ready) => match ready
                .batches
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .as_mut()
            {
                Some(batches) => {
                    batches.push(batch);
                    return;
                }
                None => batch,
            },
            None => batch,
        };
        release_all(batch);
    };
    thread::defer_after_readers(release);
}

/// Release this thread's pending memory batch now (tests, thread exit).
pub fn flush_free_batch() {
    let batch = FREE_LIST
        .try_with(|f| {
            let mut f = f.borrow_mut();
            f.release_ready();
            std::mem::take(&mut f.memory)
        })
        .unwrap_or_default();
    retire_batch(batch, None);
}
