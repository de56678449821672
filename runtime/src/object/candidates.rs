//! Candidate buffers of the cycle collector: possible roots of garbage
//! cycles (Bacon and Rajan, ECOOP 2001).
//!
//! A decref that leaves a container object alive marks it `GC_BUFFERED`
//! and appends it to the current thread's buffer, once: the collector then
//! looks only at the subgraph reachable from buffered objects, so its work
//! follows the garbage, not the heap. Marking is safe because the marking
//! thread still holds a reference (the owner marks after its decrement
//! left `local > 0`, which only it can lower; a non-owner marks before its
//! decrement). An object that dies while buffered becomes a zombie: its
//! payload is dropped at once, its memory stays until the collector takes
//! it out of the buffer (`alloc::drop_and_free`).
//!
//! Buffers are per thread (an uncontended lock each) and registered
//! globally, so the collector drains every thread's buffer, including those
//! of threads that have exited.

use super::header::{ObjHeader, GC_BUFFERED};
use std::cell::OnceCell;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

type Buffer = Arc<Mutex<Vec<usize>>>;

fn all_buffers() -> &'static Mutex<Vec<Buffer>> {
    static ALL: OnceLock<Mutex<Vec<Buffer>>> = OnceLock::new();
    ALL.get_or_init(|| Mutex::new(Vec::new()))
}

/// Objects buffered since the last collection (approximate, for the
/// automatic collection threshold).
static BUFFERED: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static MINE: OnceCell<Buffer> = const { OnceCell::new() };
    /// This thread's pushes not yet added to `BUFFERED`.
    static UNCOUNTED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    /// Candidates not yet moved to `MINE` (see `push`).
    static LOCAL: std::cell::RefCell<LocalCandidates> = const { std::cell::RefCell::new(LocalCandidates(Vec::new())) };
}

/// Mark `obj` as a possible cycle root, once.
///
/// # Safety
/// The caller holds a reference to `obj`, and its type has `traverse`.
/// (Callers test `GC_TRACKED`/`GC_BUFFERED` first, inline: this runs once
/// per object per collection cycle.)
#[cold]
pub unsafe fn possible_root(obj: *const ObjHeader) {
    // SAFETY: the caller holds a reference.
    let bits = unsafe { &(*obj).gc_bits };
    if bits.fetch_or(GC_BUFFERED, Ordering::AcqRel) & GC_BUFFERED == 0 {
        push(obj as usize);
    }
}

fn push(obj: usize) {
    // A thread with a state collects candidates in a small local array and
    // moves them to its shared buffer when it fills, or when a collection
    // may look (`flush_local`, before the thread stops, detaches or exits):
    // one lock per `LOCAL_BATCH` candidates instead of one per candidate.
    if crate::thread::current_tid() != crate::thread::NO_THREAD {
        let kept = LOCAL.try_with(|l| {
            let mut l = l.borrow_mut();
            l.0.push(obj);
            if l.0.len() >= LOCAL_BATCH {
                let batch = std::mem::take(&mut l.0);
                drop(l);
                push_batch(batch);
            }
        });
        if kept.is_ok() {
            return;
        }
    }
    push_batch(vec![obj]);
}

/// Move candidates into this thread's shared buffer (registered so the
/// collector finds it).
fn push_batch(mut objs: Vec<usize>) {
    let n = objs.len();
    let pushed = MINE.try_with(|cell| {
        let buf = cell.get_or_init(|| {
            let buf = Buffer::default();
            all_buffers()
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(buf.clone());
            buf
        });
        buf.lock()
            .unwrap_or_else(|e| e.into_inner())
            .append(&mut objs);
    });
    if pushed.is_err() {
        // Thread exiting: its thread-local is gone; use a fresh registered buffer.
        let buf = Buffer::new(Mutex::new(objs));
        all_buffers()
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(buf);
        BUFFERED.fetch_add(n, Ordering::Relaxed);
        return;
    }
    // The global count is shared by every thread: add to it in steps, or
    // threads buffering at once would all write one cache line per push.
    let step = UNCOUNTED.with(|u| {
        let now = u.get() + n;
        if now >= COUNT_STEP {
            u.set(0);
            now
        } else {
            u.set(now);
            0
        }
    });
    if step > 0 {
        BUFFERED.fetch_add(step, Ordering::Relaxed);
    }
}

/// Move this thread's locally kept candidates to its shared buffer, where
/// the collector finds them.
pub fn flush_local() {
    let batch = LOCAL
        .try_with(|l| std::mem::take(&mut l.borrow_mut().0))
        .unwrap_or_default();
    if !batch.is_empty() {
        push_batch(batch);
    }
}

/// A thread's locally kept candidates; whatever is left when the thread's
/// locals are destroyed goes to a shared buffer (a buffered object must
/// reach the collector, or its memory would never be released).
struct LocalCandidates(Vec<usize>);

impl Drop for LocalCandidates {
    fn drop(&mut self) {
        if !self.0.is_empty() {
            push_batch(std::mem::take(&mut self.0));
        }
    }
}

/// Candidates a thread keeps locally before taking its buffer's lock.
const LOCAL_BATCH: usize = 64;

/// Pushes a thread makes between updates of `BUFFERED`.
const COUNT_STEP: usize = 64;

/// Take every buffered object out of every buffer (the collector, with the
/// world stopped). Buffers of exited threads are dropped once empty.
pub fn take_all() -> Vec<usize> {
    let mut all = all_buffers().lock().unwrap_or_else(|e| e.into_inner());
    let mut out = Vec::new();
    for buf in all.iter() {
        out.append(&mut buf.lock().unwrap_or_else(|e| e.into_inner()));
    }
    // A buffer only the registry holds belongs to an exited thread.
    all.retain(|b| Arc::strong_count(b) > 1);
    BUFFERED.store(0, Ordering::Relaxed);
    out
}

/// Objects buffered since the last collection.
pub fn buffered_count() -> usize {
    BUFFERED.load(Ordering::Relaxed)
}

/// The collector, installed by the `gc` crate (which depends on this one).
static COLLECTOR: OnceLock<fn() -> usize> = OnceLock::new();
/// Candidates that trigger an automatic collection (`gc.set_threshold`'s
/// first value plays this role); 0 disables automatic collection.
static THRESHOLD: AtomicUsize = AtomicUsize::new(DEFAULT_THRESHOLD);
const DEFAULT_THRESHOLD: usize = 10_000;

/// Install the collector that safepoints run automatically.
pub fn install_collector(collect: fn() -> usize) {
    let _ = COLLECTOR.set(collect);
}

/// Set the automatic collection threshold (0: never).
pub fn set_threshold(candidates: usize) {
    THRESHOLD.store(candidates, Ordering::Relaxed);
    update_auto_threshold();
}

pub fn threshold() -> usize {
    THRESHOLD.load(Ordering::Relaxed)
}

/// Live objects the last collection walked (its subgraph less its
/// garbage): the next automatic collection waits for a quarter as many
/// candidates. A program that grows a large structure keeps making its
/// root a candidate (every decrement that leaves a container alive does),
/// so each collection walks everything reachable from it: at a fixed
/// threshold, building a million objects walked the heap 100 times over
/// (quadratic). Waiting in proportion keeps the total walk linear in the
/// candidates, as CPython's rule for full collections does (25% growth of
/// the long-lived objects); garbage then waits at most as long.
static LAST_SURVIVORS: AtomicUsize = AtomicUsize::new(0);

/// Candidates that start an automatic collection now (0: never): the
/// threshold, or a quarter of `LAST_SURVIVORS` if more.
static AUTO_THRESHOLD: AtomicUsize = AtomicUsize::new(DEFAULT_THRESHOLD);

/// Record what a collection walked and found (the `gc` crate calls it).
pub fn record_collection(walked: usize, garbage: usize) {
    LAST_SURVIVORS.store(walked.saturating_sub(garbage), Ordering::Relaxed);
    update_auto_threshold();
}

/// Candidates that start the next automatic collection (0: never).
pub fn auto_threshold() -> usize {
    AUTO_THRESHOLD.load(Ordering::Relaxed)
}

fn update_auto_threshold() {
    let t = match THRESHOLD.load(Ordering::Relaxed) {
        0 => 0,
        t => t.max(LAST_SURVIVORS.load(Ordering::Relaxed) / 4),
    };
    AUTO_THRESHOLD.store(t, Ordering::Relaxed);
}

/// Called at safepoints: collect if candidates have piled up.
#[inline]
pub fn maybe_collect() {
    let threshold = AUTO_THRESHOLD.load(Ordering::Relaxed);
    if threshold != 0 && BUFFERED.load(Ordering::Relaxed) >= threshold {
        collect_now();
    }
}

/// Set while an automatic collection runs: threads that pass the
/// threshold meanwhile leave it to that one (they would each run another
/// collection right after it, over nearly empty buffers).
static AUTO_COLLECTING: AtomicBool = AtomicBool::new(false);

#[cold]
fn collect_now() {
    let Some(collect) = COLLECTOR.get() else {
        return;
    };
    if AUTO_COLLECTING.swap(true, Ordering::Acquire) {
        return;
    }
    /// Clears the flag however the collection ends.
    struct Running;
    impl Drop for Running {
        fn drop(&mut self) {
            AUTO_COLLECTING.store(false, Ordering::Release);
        }
    }
    let _running = Running;
    // Another thread's collection may have drained the buffers since this
    // thread looked; and a large heap raises the bar (`LAST_SURVIVORS`).
    let threshold = AUTO_THRESHOLD.load(Ordering::Relaxed);
    if threshold != 0 && BUFFERED.load(Ordering::Relaxed) >= threshold {
        collect();
    }
}

/// Take `obj`, which is dying while buffered, back out of this thread's
/// local candidates if it is still there (objects often die soon after
/// they were marked: a temporary passed to a call). `true` if it was: no
/// buffer holds it any more and its memory can be released at once,
/// instead of waiting for a collection as a zombie.
pub fn unbuffer_local(obj: usize) -> bool {
    LOCAL
        .try_with(|l| {
            let Ok(mut l) = l.try_borrow_mut() else {
                return false;
            };
            match l.0.iter().rposition(|&o| o == obj) {
                Some(i) => {
                    l.0.swap_remove(i);
                    true
                }
                None => false,
            }
        })
        .unwrap_or(false)
}
