//! Trial deletion over a large subgraph, spread over a rayon pool.
//!
//! The same steps as the sequential `find_garbage`, over the same subgraph,
//! with the world stopped throughout. The workers are plain threads with no
//! Python thread state, so they only read headers, call `traverse`, and
//! change what only the collector uses while the world is stopped (the
//! `GC_MARKED` and `GC_BUFFERED` bits, the borrowed `collector_word`):
//! every traversal takes no
//! lock a stopped thread holds across a safepoint (the ones that lock at
//! all use a plain mutex held for a field read, or `try_lock`, which behave
//! the same from any thread) and touches no thread-local state. Taking
//! references and undeferring stay on the collecting thread.
//!
//! Discovery claims objects with `GC_MARKED` (one `fetch_or`), so no shared
//! visited set is needed, and writes where it recorded the object (its
//! task and position) into the object's `collector_word`, so no address
//! index is needed either: the tasks' chunks are numbered into flat arrays,
//! an edge's target index is read from the target's header, and
//! subtraction and liveness work on indices with atomics.

use super::trace::Trace;
use super::{examinable_count, push_children};
use rayon::prelude::*;
use std::sync::atomic::{AtomicBool, AtomicIsize, AtomicPtr, AtomicU32, Ordering};
use std::sync::{Mutex, OnceLock};
use weft_runtime::object::header::{ObjHeader, GC_MARKED};

/// A walk task with more than this many objects to visit hands half of
/// them to a new task (rayon steals those when a worker is idle).
const SPLIT: usize = 256;
/// An edge to an object outside the subgraph (immortal, dying, queued, or
/// not tracked).
const OUTSIDE: u32 = u32::MAX;

/// The collector's pool: built on first use, one worker per core; `None`
/// if its threads could not be started (then every walk is sequential).
fn try_pool() -> Option<&'static rayon::ThreadPool> {
    static POOL: OnceLock<Option<rayon::ThreadPool>> = OnceLock::new();
    POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .thread_name(|i| format!("weft-gc-{i}"))
            .build()
            .ok()
    })
    .as_ref()
}

/// Whether the pool can be used (starting it if need be).
pub(super) fn available() -> bool {
    try_pool().is_some()
}

fn pool() -> &'static rayon::ThreadPool {
    try_pool().expect("callers check `available` first")
}

fn header(obj: usize) -> &'static ObjHeader {
    // SAFETY: `obj` is alive (a root or reachable from one) and the world
    // is stopped, so its header stays put while the collection runs.
    unsafe { &*(obj as *const ObjHeader) }
}

fn bits(obj: usize) -> &'static weft_sync::atomic::AtomicU8 {
    header(obj).gc_bits()
}

/// The word of a claimed object: in the subgraph, not QUEUED (left out by
/// `examinable_count`), and the world stopped, so no one queues it.
fn word(obj: usize) -> &'static AtomicPtr<ObjHeader> {
    // SAFETY: as above; `unmark` restores every word taken.
    unsafe { header(obj).collector_word() }
}

/// What one discovery task found: objects, their counts, their children.
pub(super) struct Chunk {
    /// Which task: the high half of the words it writes.
    id: u32,
    addrs: Vec<usize>,
    counts: Vec<isize>,
    /// Object `i`'s children are the next `lens[i]` entries of `edges`.
    lens: Vec<u32>,
    edges: Vec<usize>,
    /// Each object's `collector_word` before we took it.
    saved: Vec<AtomicPtr<ObjHeader>>,
}

impl Chunk {
    /// The chunk of the walk that hands over (task 0).
    pub(super) fn handed_over() -> Chunk {
        Chunk::new(0)
    }

    fn new(id: u32) -> Chunk {
        Chunk {
            id,
            addrs: Vec::new(),
            counts: Vec::new(),
            lens: Vec::new(),
            edges: Vec::new(),
            saved: Vec::new(),
        }
    }

    /// Claim `obj` for the subgraph, into this chunk: `false` if another
    /// task has it. The caller then `add`s it, before claiming another.
    pub(super) fn claim(&mut self, obj: usize) -> bool {
        if bits(obj).fetch_or(GC_MARKED, Ordering::Relaxed) & GC_MARKED != 0 {
            return false;
        }
        let at = (self.id as usize) << 32 | self.addrs.len();
        self.saved.push(AtomicPtr::new(
            word(obj).swap(std::ptr::without_provenance_mut(at), Ordering::Relaxed),
        ));
        true
    }

    /// Add a claimed object with its children.
    pub(super) fn push(&mut self, obj: usize, count: isize, children: &[usize]) {
        let start = self.edges.len();
        self.edges.extend_from_slice(children);
        self.add(obj, count, start);
    }

    /// Add a claimed object whose children are `edges[start..]`.
    fn add(&mut self, obj: usize, count: isize, start: usize) {
        self.addrs.push(obj);
        self.counts.push(count);
        self.lens.push((self.edges.len() - start) as u32);
    }
}

/// The subgraph's working arrays, kept between collections (see `Scratch`).
#[derive(Default)]
pub(super) struct ParScratch {
    addrs: Vec<usize>,
    refs: Vec<AtomicIsize>,
    live: Vec<AtomicBool>,
    /// Object `i`'s children are `edges[first[i]..first[i + 1]]`.
    first: Vec<usize>,
    edges: Vec<u32>,
}

/// `take_roots` for many candidates: clear their buffered marks on the
/// pool; `(live roots, zombies)`.
pub(super) fn split_roots(
    all: Vec<usize>,
    is_zombie: &(dyn Fn(usize) -> bool + Sync),
) -> (Vec<usize>, Vec<usize>) {
    pool().install(|| {
        let (zombies, roots) = all
            .into_par_iter()
            .with_min_len(4096)
            .partition(|&o| is_zombie(o));
        (roots, zombies)
    })
}

/// The objects of `objs` that pass `keep` (a header test), on the pool.
pub(super) fn filter(objs: &[usize], keep: &(dyn Fn(usize) -> bool + Sync)) -> Vec<usize> {
    pool().install(|| {
        objs.par_iter()
            .with_min_len(4096)
            .copied()
            .filter(|&o| keep(o))
            .collect()
    })
}

/// Trial deletion from `seeds`, plus `found`: objects already discovered
/// (and marked) by the sequential walk that handed over. Returns the
/// addresses of the garbage and how many objects the subgraph had. World
/// stopped; every mark set here is cleared before returning.
pub(super) fn find_garbage(
    found: Chunk,
    seeds: Vec<usize>,
    s: &mut ParScratch,
    t: &mut Trace,
) -> (Vec<usize>, usize) {
    pool().install(|| find_garbage_in_pool(found, seeds, s, t))
}

fn find_garbage_in_pool(
    found: Chunk,
    seeds: Vec<usize>,
    s: &mut ParScratch,
    t: &mut Trace,
) -> (Vec<usize>, usize) {
    // 1. The subgraph, with each object's true count.
    let next_id = AtomicU32::new(1);
    let chunks = Mutex::new(vec![found]);
    walk(
        seeds,
        &|| Chunk::new(next_id.fetch_add(1, Ordering::Relaxed)),
        &|chunk: &mut Chunk, obj: usize, stack: &mut Vec<usize>| {
            if bits(obj).load(Ordering::Relaxed) & GC_MARKED != 0 {
                return;
            }
            let Some(count) = examinable_count(obj) else {
                return;
            };
            if !chunk.claim(obj) {
                return;
            }
            let start = chunk.edges.len();
            push_children(obj, &mut chunk.edges);
            stack.extend(
                chunk.edges[start..]
                    .iter()
                    .filter(|&&c| bits(c).load(Ordering::Relaxed) & GC_MARKED == 0),
            );
            chunk.add(obj, count, start);
        },
        &|chunk: Chunk| {
            if !chunk.addrs.is_empty() {
                chunks.lock().unwrap_or_else(|e| e.into_inner()).push(chunk);
            }
        },
    );
    let chunks = chunks.into_inner().unwrap_or_else(|e| e.into_inner());
    t.lap("discover");
    number(&chunks, next_id.into_inner(), s);
    t.lap("number");
    // 2. Subtract references from inside the subgraph.
    let refs = &s.refs;
    s.edges.par_iter().with_min_len(4096).for_each(|&c| {
        if c != OUTSIDE {
            refs[c as usize].fetch_sub(1, Ordering::Relaxed);
        }
    });
    t.lap("subtract");
    // 3. Whatever still has outside references is live, with all it reaches.
    let (live, first, edges) = (&s.live, &s.first, &s.edges);
    let seeds: Vec<u32> = (0..s.addrs.len() as u32)
        .into_par_iter()
        .with_min_len(4096)
        .filter(|&i| refs[i as usize].load(Ordering::Relaxed) > 0)
        .inspect(|&i| live[i as usize].store(true, Ordering::Relaxed))
        .collect();
    walk(
        seeds,
        &|| (),
        &|_: &mut (), i: u32, stack: &mut Vec<u32>| {
            for &c in &edges[first[i as usize]..first[i as usize + 1]] {
                if c != OUTSIDE
                    && !live[c as usize].load(Ordering::Relaxed)
                    && !live[c as usize].swap(true, Ordering::Relaxed)
                {
                    stack.push(c);
                }
            }
        },
        &|()| {},
    );
    t.lap("liveness");
    // 4. The rest is garbage. Unmark everything.
    let garbage = s
        .addrs
        .par_iter()
        .zip(&s.live)
        .with_min_len(4096)
        .filter(|(_, l)| !l.load(Ordering::Relaxed))
        .map(|(&a, _)| a)
        .collect();
    chunks.par_iter().for_each(unmark);
    t.lap("garbage+unmark");
    (garbage, s.addrs.len())
}

/// Give back the words and marks a chunk's objects lent.
fn unmark(c: &Chunk) {
    for (&a, saved) in c.addrs.iter().zip(&c.saved) {
        word(a).store(saved.load(Ordering::Relaxed), Ordering::Relaxed);
        bits(a).fetch_and(!GC_MARKED, Ordering::Relaxed);
    }
}

/// Number the chunks' objects into `s`'s flat arrays: addresses, counts,
/// each object's first edge, and edges as indices (`OUTSIDE` for objects
/// not in the subgraph). `tasks` is one more than the highest chunk id.
fn number(chunks: &[Chunk], tasks: u32, s: &mut ParScratch) {
    let mut base = vec![0usize; tasks as usize];
    let mut edge_base = Vec::with_capacity(chunks.len());
    let (mut n, mut e) = (0usize, 0usize);
    for c in chunks {
        base[c.id as usize] = n;
        edge_base.push(e);
        n += c.addrs.len();
        e += c.edges.len();
    }
    assert!(n < OUTSIDE as usize, "a subgraph of 2^32 objects");
    s.addrs.clear();
    s.addrs.resize(n, 0);
    s.refs.clear();
    s.refs.resize_with(n, Default::default);
    s.live.clear();
    s.live.resize_with(n, Default::default);
    s.first.clear();
    s.first.resize(n + 1, e);
    s.edges.clear();
    s.edges.resize(e, OUTSIDE);
    // Each chunk fills its own disjoint slices.
    let mut addrs = s.addrs.as_mut_slice();
    let mut refs = s.refs.as_mut_slice();
    let mut first = s.first.as_mut_slice();
    let mut edges = s.edges.as_mut_slice();
    let mut parts = Vec::with_capacity(chunks.len());
    for c in chunks {
        let (a, rest_a) = addrs.split_at_mut(c.addrs.len());
        let (r, rest_r) = refs.split_at_mut(c.addrs.len());
        let (f, rest_f) = first.split_at_mut(c.addrs.len());
        let (ed, rest_e) = edges.split_at_mut(c.edges.len());
        (addrs, refs, first, edges) = (rest_a, rest_r, rest_f, rest_e);
        parts.push((a, r, f, ed));
    }
    let base = &base;
    parts
        .into_par_iter()
        .zip(chunks)
        .zip(edge_base)
        .for_each(|(((a, r, f, ed), c), eb)| {
            a.copy_from_slice(&c.addrs);
            for (r, &count) in r.iter_mut().zip(&c.counts) {
                *r.get_mut() = count;
            }
            let mut next = eb;
            for (f, &len) in f.iter_mut().zip(&c.lens) {
                *f = next;
                next += len as usize;
            }
            for (slot, &child) in ed.iter_mut().zip(&c.edges) {
                if bits(child).load(Ordering::Relaxed) & GC_MARKED != 0 {
                    let at = word(child).load(Ordering::Relaxed).addr();
                    *slot = (base[at >> 32] + (at & 0xFFFF_FFFF)) as u32;
                }
            }
        });
}

/// A depth-first walk from `seeds` spread over the pool: each task pops
/// from its own stack, `step` pushes what to visit next, and a task whose
/// stack grows past `SPLIT` hands half of it to a new task. Each task's
/// state goes to `finish`. Runs inside the pool.
fn walk<T, S>(
    seeds: Vec<T>,
    init: &(dyn Fn() -> S + Sync),
    step: &(dyn Fn(&mut S, T, &mut Vec<T>) + Sync),
    finish: &(dyn Fn(S) + Sync),
) where
    T: Copy + Send + Sync,
{
    let f = Walk { init, step, finish };
    rayon::scope(|scope| {
        for part in seeds.chunks(SPLIT) {
            let stack = part.to_vec();
            let f = &f;
            scope.spawn(move |scope| walk_task(scope, stack, f));
        }
    });
}

struct Walk<'a, T, S> {
    init: &'a (dyn Fn() -> S + Sync),
    step: &'a (dyn Fn(&mut S, T, &mut Vec<T>) + Sync),
    finish: &'a (dyn Fn(S) + Sync),
}

fn walk_task<'s, T: Copy + Send + Sync, S>(
    scope: &rayon::Scope<'s>,
    mut stack: Vec<T>,
    f: &'s Walk<'s, T, S>,
) {
    let mut state = (f.init)();
    while let Some(x) = stack.pop() {
        (f.step)(&mut state, x, &mut stack);
        if stack.len() > SPLIT {
            let half = stack.split_off(stack.len() / 2);
            scope.spawn(move |scope| walk_task(scope, half, f));
        }
    }
    (f.finish)(state);
}

#[cfg(test)]
mod tests;
