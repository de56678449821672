//! One collection: stop the world, trial deletion over the candidates'
//! subgraph, clear the garbage with the world running again.

use std::collections::HashMap;
use std::ptr::NonNull;
use weft_runtime::object::candidates;
use weft_runtime::object::header::{ObjHeader, GC_BUFFERED, GC_ZOMBIE};
use weft_runtime::object::refcount;
use weft_runtime::{runtime, thread, Value};
use weft_sync::atomic::Ordering;

/// Run a collection; returns the number of garbage objects found (as
/// `gc.collect()` does). The calling thread should have a thread state.
pub fn collect() -> usize {
    let garbage: Vec<Value> = {
        let world = runtime().world();
        let stopped = thread::with_current(|ts| world.stop_the_world(Some(ts.slot())))
            .unwrap_or_else(|| world.stop_the_world(None));
        let roots = take_roots();
        let garbage = find_garbage(&roots);
        drop(stopped);
        garbage
    };
    let found = garbage.len();
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

/// Drain the candidate buffers: release zombies, return live roots (with
/// their buffered mark cleared, so later decrefs buffer them again).
fn take_roots() -> Vec<usize> {
    let mut roots = Vec::new();
    for obj in candidates::take_all() {
        // SAFETY: a buffered object's memory is kept until it leaves its
        // buffer, which is now.
        let h = unsafe { &*(obj as *const ObjHeader) };
        let bits = h.gc_bits().fetch_and(!GC_BUFFERED, Ordering::AcqRel);
        if bits & GC_ZOMBIE != 0 {
            // Died while buffered: its payload is gone, free the memory.
            // SAFETY: the ZOMBIE bit makes `dealloc` release memory only.
            unsafe { (h.type_info().dealloc)(obj as *mut ObjHeader) };
        } else {
            roots.push(obj);
        }
    }
    roots
}

/// The objects reachable from `obj` that the collector tracks (those with a
/// `traverse` slot).
fn children(obj: usize) -> Vec<usize> {
    let mut out = Vec::new();
    // SAFETY: `obj` is alive: it is a buffered root or reachable from one,
    // and the world is stopped.
    let info = unsafe { &*(obj as *const ObjHeader) }.type_info();
    if let Some(traverse) = info.traverse {
        // SAFETY: as above; `traverse` matches the object's type.
        unsafe {
            traverse(obj as *const ObjHeader, &mut |child| {
                if (*child).type_info().traverse.is_some() {
                    out.push(child as usize);
                }
            })
        };
    }
    out
}

/// Trial deletion over the subgraph reachable from `roots`; returns the
/// garbage, each with a new reference. World stopped.
fn find_garbage(roots: &[usize]) -> Vec<Value> {
    // 1. The subgraph, with each object's true count.
    let mut refs: HashMap<usize, isize> = HashMap::new();
    let mut edges: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut stack: Vec<usize> = roots.to_vec();
    while let Some(obj) = stack.pop() {
        if refs.contains_key(&obj) {
            continue;
        }
        // SAFETY: alive (see `children`); the world is stopped, so no count
        // changes under us.
        let count = unsafe { refcount::total_count(obj as *const ObjHeader) };
        if count == isize::MAX {
            continue; // immortal: never garbage, and its children stay too
        }
        refs.insert(obj, count);
        let kids = children(obj);
        stack.extend(kids.iter().copied());
        edges.insert(obj, kids);
    }
    // 2. Subtract references from inside the subgraph.
    for kids in edges.values() {
        for k in kids {
            if let Some(r) = refs.get_mut(k) {
                *r -= 1;
            }
        }
    }
    // 3. Whatever still has outside references is live, with all it reaches.
    let mut live: Vec<usize> = refs.iter().filter(|(_, &r)| r > 0).map(|(&o, _)| o).collect();
    let mut reachable: std::collections::HashSet<usize> = live.iter().copied().collect();
    while let Some(obj) = live.pop() {
        for &k in edges.get(&obj).map(Vec::as_slice).unwrap_or(&[]) {
            if refs.contains_key(&k) && reachable.insert(k) {
                live.push(k);
            }
        }
    }
    // 4. The rest is garbage: hold it.
    refs.keys()
        .filter(|o| !reachable.contains(o))
        // SAFETY: alive (its count is still positive: only cycles hold it).
        .map(|&o| unsafe { Value::from_borrowed(NonNull::new_unchecked(o as *mut ObjHeader)) })
        .collect()
}

#[cfg(test)]
mod tests;
