//! One collection: stop the world, trial deletion over the candidates'
//! subgraph, clear the garbage with the world running again.

mod parallel;
mod trace;

use std::collections::HashMap;
use std::ptr::NonNull;
use std::sync::atomic::AtomicUsize;
use std::sync::{Mutex, OnceLock};
use trace::Trace;
use weft_runtime::object::candidates;
use weft_runtime::object::header::{ObjHeader, GC_BUFFERED, GC_HAS_WEAKREFS, GC_ZOMBIE};
use weft_runtime::object::{deferred, refcount};
use weft_runtime::types::weakref;
use weft_runtime::{thread, Value};
use weft_sync::atomic::Ordering;

/// Run a collection; returns the number of garbage objects found (as
/// `gc.collect()` does). The calling thread should have a thread state.
pub fn collect() -> usize {
    collect_with_hook(true)
}

/// A collection that calls no `gc.callbacks`: the last one at exit, after
/// the program's names are gone (CPython's final collections call none
/// either).
pub fn collect_without_callbacks() -> usize {
    collect_with_hook(false)
}

fn collect_with_hook(call_hook: bool) -> usize {
    // One collection at a time runs its callbacks: an automatic collection
    // started by a callback's own garbage must not call them again.
    let hook = HOOK
        .get()
        .copied()
        .filter(|_| call_hook && !IN_HOOK.with(|h| h.replace(true)));
    if let Some(hook) = hook {
        hook(Phase::Start, 0);
    }
    // The caller's own deferral queue holds references to its objects.
    thread::with_current(|ts| ts.mark_queued_deferrals());
    let started = std::time::Instant::now();
    let result = collect_inner();
    record_pause(started.elapsed());
    if let Some(hook) = hook {
        hook(Phase::Stop, result);
        IN_HOOK.with(|h| h.set(false));
    }
    result
}

/// Where a collection is, for `gc.callbacks`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Start,
    Stop,
}

/// Called before (`Start`) and after (`Stop`, with the number collected)
/// each collection, with the world running: the interpreter calls
/// `gc.callbacks` from it.
static HOOK: OnceLock<fn(Phase, usize)> = OnceLock::new();

thread_local! {
    static IN_HOOK: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Install the collection hook (once per process).
pub fn set_collect_hook(hook: fn(Phase, usize)) {
    let _ = HOOK.set(hook);
}

/// The longest collection so far, in nanoseconds (for benchmarks).
static LONGEST_PAUSE_NS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

fn record_pause(d: std::time::Duration) {
    LONGEST_PAUSE_NS.fetch_max(d.as_nanos() as u64, std::sync::atomic::Ordering::Relaxed);
}

/// The longest collection since the last call, and reset it.
pub fn take_longest_pause() -> std::time::Duration {
    std::time::Duration::from_nanos(LONGEST_PAUSE_NS.swap(0, std::sync::atomic::Ordering::Relaxed))
}

fn collect_inner() -> usize {
    let mut trace = Trace::start();
    let (garbage, zombies, callbacks, silenced) = {
        // Every thread flushes its delta cache before it stops (deferred
        // counting), so counts are exact from here on.
        let stopped = thread::stop_the_world();
        trace.lap("stop");
        let (roots, zombies) = take_roots();
        trace.lap("take_roots");
        let garbage = find_garbage(&roots, &mut trace);
        candidates::record_collection(trace.nodes, garbage.len());
        // Weak references to the garbage are cleared before the world runs
        // again: once it does, a thread reading one would take a new
        // reference to an object we are about to clear, and use it cleared
        // (a closure whose cells are emptied). Their callbacks run after the
        // restart, before any finalizer can see the garbage (PEP 442's
        // order).
        let has_weakrefs = |g: usize| {
            // SAFETY: garbage is alive (its cycles hold it), world stopped.
            unsafe { &*(g as *const ObjHeader) }
                .gc_bits()
                .load(Ordering::Acquire)
                & GC_HAS_WEAKREFS
                != 0
        };
        let with_weakrefs = if use_pool(garbage.len()) {
            parallel::filter(&garbage, &has_weakrefs)
        } else {
            garbage
                .iter()
                .copied()
                .filter(|&g| has_weakrefs(g))
                .collect()
        };
        let mut callbacks = Vec::new();
        for g in with_weakrefs {
            // SAFETY: as above. Runs no Python code.
            callbacks.extend(unsafe { weakref::detach_weakrefs(g as *mut ObjHeader) });
        }
        // A weak reference that is garbage itself calls no callback (as in
        // CPython): nothing alive can observe it.
        // (Those are dropped once the world runs: a drop may run Python
        // code.)
        let mut silenced = Vec::new();
        if !callbacks.is_empty() {
            let dead: std::collections::HashSet<usize> = garbage.iter().copied().collect();
            (silenced, callbacks) = callbacks
                .into_iter()
                .partition(|(_, r)| dead.contains(&r.word()));
        }
        trace.lap("weakrefs");
        drop(stopped);
        trace.lap("restart");
        (garbage, zombies, callbacks, silenced)
    };
    // With the world running: nothing can reach the garbage any more (no
    // reference from outside the subgraph, its weak references detached,
    // out of every candidate buffer), so no thread changes its counts or
    // deferral, and taking our references now is as good as before the
    // restart. Likewise the zombies: out of their buffers, dead.
    // Garbage with no reference at all is in no cycle: deferred objects (a
    // lambda, a class's function) that counting left to the collector,
    // which CPython frees at once and `gc.collect()` does not count.
    // Counted with the world running (out of the pause): nothing can reach
    // the garbage, so its counts stay as the stopped world saw them.
    // SAFETY: garbage is alive (not yet freed) and unreachable.
    let acyclic = garbage
        .iter()
        .filter(|&&g| unsafe { refcount::total_count(g as *const ObjHeader) } == 0)
        .count();
    let garbage = hold(garbage);
    drop(silenced);
    trace.lap("hold");
    release_zombies(zombies);
    trace.lap("zombies");
    trace.print();
    let found = count_as_cpython(&garbage) - acyclic;
    weakref::run_weakref_callbacks(callbacks);
    // Finalizers next (PEP 442), with the world running. A finalizer may
    // resurrect any object of the garbage, so if one ran, nothing is cleared
    // this time: our references go, the objects are buffered again, and the
    // next collection, finding them still unreachable (and finalized, so no
    // `__del__` runs twice), frees them.
    let mut finalized = false;
    for g in &garbage {
        // SAFETY: we hold a reference.
        let info = unsafe { g.as_object().expect("garbage is objects").as_ref() }.type_info();
        if let Some(finalize) = info.finalize {
            finalized |= finalize(g);
        }
    }
    if finalized {
        drop(garbage);
        return found;
    }
    // Break the cycles with the world running: clearing may run arbitrary
    // drops. Our references keep every garbage object alive until all are
    // cleared, so none is freed while another still points to it.
    for g in &garbage {
        // SAFETY: we hold a reference.
        let info = unsafe { g.as_object().expect("garbage is objects").as_ref() }.type_info();
        if let Some(clear) = info.clear {
            clear(g);
        }
    }
    drop(garbage);
    found
}

/// Drain the candidate buffers: return the live roots (with their
/// buffered mark cleared, so later decrefs buffer them again) and the
/// zombies, whose memory the caller releases. World stopped.
fn take_roots() -> (Vec<usize>, Vec<usize>) {
    let all = candidates::take_all();
    let is_zombie = |obj: usize| {
        // SAFETY: a buffered object's memory is kept until it leaves its
        // buffer, which is now (the zombies' when the caller releases it).
        let h = unsafe { &*(obj as *const ObjHeader) };
        h.gc_bits().fetch_and(!GC_BUFFERED, Ordering::AcqRel) & GC_ZOMBIE != 0
    };
    if use_pool(all.len()) {
        return parallel::split_roots(all, &is_zombie);
    }
    let (zombies, roots) = all.into_iter().partition(|&o| is_zombie(o));
    (roots, zombies)
}

/// Free the memory of candidates that died while buffered (their payload
/// is gone). On the collecting thread: freeing goes through its epoch
/// reclamation.
fn release_zombies(zombies: Vec<usize>) {
    for obj in zombies {
        // SAFETY: out of its buffer, dead: nothing else knows it; the
        // ZOMBIE bit makes `dealloc` release memory only.
        let h = unsafe { &*(obj as *const ObjHeader) };
        // SAFETY: as above.
        unsafe { (h.type_info().dealloc)(obj as *mut ObjHeader) };
    }
}

/// Hashing for object addresses: they are already unique and 16-aligned, so
/// a multiply-and-fold is enough (the default SipHash cost more than the
/// rest of the trial deletion).
#[derive(Default, Clone, Copy)]
struct AddressHasher(u64);

impl std::hash::Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8 | u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        let x = (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = x ^ (x >> 29);
    }
}

type AddressMap<V> = HashMap<usize, V, std::hash::BuildHasherDefault<AddressHasher>>;

/// One tracked object of the subgraph under examination.
struct Node {
    /// Its count minus the references from inside the subgraph.
    refs: isize,
    /// Its children: `edges[first..first + len]`.
    first: usize,
    len: usize,
    /// Reachable from outside the subgraph.
    live: bool,
}

/// The collector's working memory, kept between collections: building
/// fresh tables of this size each time cost more in page faults (the
/// allocator maps large tables anew) than the trial deletion itself.
#[derive(Default)]
struct Scratch {
    nodes: AddressMap<Node>,
    edges: Vec<usize>,
    stack: Vec<usize>,
    par: parallel::ParScratch,
}

fn scratch() -> &'static Mutex<Scratch> {
    static SCRATCH: OnceLock<Mutex<Scratch>> = OnceLock::new();
    SCRATCH.get_or_init(Default::default)
}

/// Append `obj`'s tracked children (objects whose type has `traverse`).
/// Called by the pool's workers too: see `parallel.rs` on why traversals
/// are safe off the collecting thread.
fn push_children(obj: usize, edges: &mut Vec<usize>) {
    // SAFETY: `obj` is alive: a buffered root or reachable from one, and
    // the world is stopped.
    let info = unsafe { &*(obj as *const ObjHeader) }.type_info();
    if let Some(traverse) = info.traverse {
        // SAFETY: as above; `traverse` matches the object's type.
        unsafe {
            traverse(obj as *const ObjHeader, &mut |child| {
                if (*child).type_info().traverse.is_some() {
                    edges.push(child as usize);
                }
            })
        };
    }
}

/// `obj`'s true count, if it belongs in the subgraph: `None` for objects
/// the collection leaves out (they count as outside references to what
/// they hold). Reads the header only; world stopped.
fn examinable_count(obj: usize) -> Option<isize> {
    // SAFETY: alive (see `push_children`); the world is stopped, so no
    // count changes under us.
    let count = unsafe { refcount::total_count(obj as *const ObjHeader) };
    if count == isize::MAX {
        return None; // immortal: never garbage
    }
    // SAFETY: alive (or dying, memory intact); the world is stopped.
    if count <= 0 && !unsafe { deferred::is_deferred(obj as *const ObjHeader) } {
        // Dying: a thread is deallocating it, stopped in Python code
        // that its death runs (a weak reference's callback, a `__del__`
        // of something it held). Its memory is intact, but it must not
        // be taken as garbage: freeing it again would free it twice.
        // (CPython untracks an object before deallocating it.) Left out,
        // what it still holds counts as referenced from outside.
        return None;
    }
    // SAFETY: alive; the world is stopped.
    if unsafe { refcount::is_queued(obj as *const ObjHeader) } {
        // Its owner has yet to merge counts given back by other threads:
        // its true fate is decided then (its count may already be zero,
        // with the object due to be freed by that merge, and clearing it
        // here would break an object that, as a weak reference, still
        // has a callback to run). Left out of this collection, it counts
        // as an outside reference to what it holds; the next collection
        // sees it merged.
        return None;
    }
    Some(count)
}

/// Subgraphs of at least this many objects (or this many roots) are
/// examined by the pool (`parallel.rs`); below it, waking the pool costs
/// more than it saves. `WEFT_GC_PARALLEL=N` sets it at start-up (0: always,
/// to run a test suite through the parallel path).
const DEFAULT_PARALLEL_THRESHOLD: usize = 50_000;
static PARALLEL_THRESHOLD: AtomicUsize = AtomicUsize::new(UNSET);
const UNSET: usize = usize::MAX - 1;

fn parallel_threshold() -> usize {
    let t = PARALLEL_THRESHOLD.load(std::sync::atomic::Ordering::Relaxed);
    if t != UNSET {
        return t;
    }
    let from_env = std::env::var("WEFT_GC_PARALLEL")
        .ok()
        .and_then(|v| v.parse().ok());
    let t = from_env.unwrap_or(DEFAULT_PARALLEL_THRESHOLD);
    let _ = PARALLEL_THRESHOLD.compare_exchange(
        UNSET,
        t,
        std::sync::atomic::Ordering::Relaxed,
        std::sync::atomic::Ordering::Relaxed,
    );
    PARALLEL_THRESHOLD.load(std::sync::atomic::Ordering::Relaxed)
}

/// Whether to spread work over `n` objects on the pool.
fn use_pool(n: usize) -> bool {
    n >= parallel_threshold() && parallel::available()
}

/// Set the subgraph size from which trial deletion runs in parallel
/// (`usize::MAX`: never; 0: always); returns the previous one. For tests
/// and benchmarks.
pub fn set_parallel_threshold(objects: usize) -> usize {
    let old = parallel_threshold();
    PARALLEL_THRESHOLD.store(objects.min(UNSET - 1), std::sync::atomic::Ordering::Relaxed);
    old
}

/// Trial deletion over the subgraph reachable from `roots`; returns the
/// garbage's addresses. World stopped.
fn find_garbage(roots: &[usize], trace: &mut Trace) -> Vec<usize> {
    find_garbage_addresses(roots, parallel_threshold(), trace)
}

/// How many objects `gc.collect()` reports for `garbage`: an instance's
/// attribute dict counts with its instance, since CPython 3.11 keeps the
/// attributes inside the object (a cycle of two instances: 2, not 4).
fn count_as_cpython(garbage: &[Value]) -> usize {
    let words: std::collections::HashSet<usize> = garbage.iter().map(Value::word).collect();
    let attribute_dicts = garbage
        .iter()
        .filter_map(weft_runtime::types::instance::as_instance)
        .filter(|inst| words.contains(&inst.dict.word()))
        .count();
    garbage.len() - attribute_dicts
}

/// Take a reference to each garbage object, on this thread (it has a
/// thread state; the pool's workers do not). Deferred garbage becomes
/// ordinary first, so that reference counting frees it when we let go.
fn hold(garbage: Vec<usize>) -> Vec<Value> {
    garbage
        .into_iter()
        .map(|o| {
            let obj = o as *const ObjHeader;
            // SAFETY: alive (its cycles hold it); caches were flushed, and
            // no thread can reach it to count it again (see
            // `collect_inner`); queued deferred objects were left out of
            // the subgraph.
            unsafe {
                if deferred::is_deferred(obj) {
                    deferred::undefer_garbage(obj);
                }
            }
            // SAFETY: alive (only cycles, or nothing, hold it).
            unsafe { Value::from_borrowed(NonNull::new_unchecked(o as *mut ObjHeader)) }
        })
        .collect()
}

/// The addresses of the garbage in the subgraph reachable from `roots`:
/// sequential, handing over to the pool once the subgraph reaches
/// `threshold` objects. World stopped.
fn find_garbage_addresses(roots: &[usize], threshold: usize, trace: &mut Trace) -> Vec<usize> {
    let mut guard = scratch().lock().unwrap_or_else(|e| e.into_inner());
    let Scratch {
        nodes,
        edges,
        stack,
        par,
    } = &mut *guard;
    nodes.clear();
    edges.clear();
    stack.clear();
    let threshold = if threshold == usize::MAX || parallel::available() {
        threshold
    } else {
        usize::MAX
    };
    if roots.len() >= threshold {
        trace.parallel = true;
        let (garbage, n) =
            parallel::find_garbage(parallel::Chunk::handed_over(), roots.to_vec(), par, trace);
        trace.nodes = n;
        return garbage;
    }
    // 1. The subgraph, with each object's true count.
    stack.extend_from_slice(roots);
    while let Some(obj) = stack.pop() {
        if nodes.contains_key(&obj) {
            continue;
        }
        let Some(count) = examinable_count(obj) else {
            continue;
        };
        if nodes.len() >= threshold {
            // Large after all: the pool carries on from what we found.
            let mut found = parallel::Chunk::handed_over();
            for (&o, n) in nodes.iter() {
                found.claim(o);
                found.push(o, n.refs, &edges[n.first..n.first + n.len]);
            }
            stack.push(obj);
            trace.lap("discover_sequential");
            trace.parallel = true;
            let (garbage, n) = parallel::find_garbage(found, std::mem::take(stack), par, trace);
            trace.nodes = n;
            return garbage;
        }
        let first = edges.len();
        push_children(obj, edges);
        stack.extend_from_slice(&edges[first..]);
        nodes.insert(
            obj,
            Node {
                refs: count,
                first,
                len: edges.len() - first,
                live: false,
            },
        );
    }
    trace.nodes = nodes.len();
    trace.lap("discover");
    // 2. Subtract references from inside the subgraph.
    for &child in edges.iter() {
        if let Some(n) = nodes.get_mut(&child) {
            n.refs -= 1;
        }
    }
    trace.lap("subtract");
    // 3. Whatever still has outside references is live, with all it reaches.
    stack.extend(nodes.iter().filter(|(_, n)| n.refs > 0).map(|(&o, _)| o));
    while let Some(obj) = stack.pop() {
        let Some(n) = nodes.get_mut(&obj) else {
            continue;
        };
        if n.live {
            continue;
        }
        n.live = true;
        let (first, len) = (n.first, n.len);
        stack.extend_from_slice(&edges[first..first + len]);
    }
    trace.lap("liveness");
    // 4. The rest is garbage.
    let garbage = nodes
        .iter()
        .filter(|(_, n)| !n.live)
        .map(|(&o, _)| o)
        .collect();
    trace.lap("garbage");
    garbage
}

#[cfg(test)]
mod tests;
