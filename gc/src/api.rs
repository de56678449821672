//! The operations behind Python's `gc` module (the module object itself is
//! the interpreter's): enable/disable, thresholds, counts, freeze, and
//! introspection.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;
use weft_runtime::object::candidates;
use weft_runtime::object::header::{ObjHeader, GC_BUFFERED, GC_FINALIZED, GC_TRACKED, GC_ZOMBIE};
use weft_runtime::Value;

/// The threshold saved while automatic collection is disabled.
static SAVED_THRESHOLD: AtomicUsize = AtomicUsize::new(0);
static DISABLED: AtomicBool = AtomicBool::new(false);
/// Serializes enable/disable/set_threshold against each other.
static SETTINGS: Mutex<()> = Mutex::new(());

/// `gc.disable()`: no automatic collections (explicit ones still run).
pub fn disable() {
    let _g = SETTINGS.lock().unwrap_or_else(|e| e.into_inner());
    if !DISABLED.swap(true, Ordering::AcqRel) {
        SAVED_THRESHOLD.store(candidates::threshold(), Ordering::Relaxed);
        candidates::set_threshold(0);
    }
}

/// `gc.enable()`.
pub fn enable() {
    let _g = SETTINGS.lock().unwrap_or_else(|e| e.into_inner());
    if DISABLED.swap(false, Ordering::AcqRel) {
        candidates::set_threshold(SAVED_THRESHOLD.load(Ordering::Relaxed));
    }
}

/// `gc.isenabled()`.
pub fn isenabled() -> bool {
    !DISABLED.load(Ordering::Acquire)
}

/// `gc.set_threshold(n)`: collect automatically once `n` candidates are
/// buffered. (CPython's generational thresholds have no equivalent: there
/// is one threshold on candidate roots.)
pub fn set_threshold(n: usize) {
    let _g = SETTINGS.lock().unwrap_or_else(|e| e.into_inner());
    if DISABLED.load(Ordering::Acquire) {
        SAVED_THRESHOLD.store(n, Ordering::Relaxed);
    } else {
        candidates::set_threshold(n);
    }
}

/// `gc.get_threshold()[0]`.
pub fn get_threshold() -> usize {
    let _g = SETTINGS.lock().unwrap_or_else(|e| e.into_inner());
    if DISABLED.load(Ordering::Acquire) {
        SAVED_THRESHOLD.load(Ordering::Relaxed)
    } else {
        candidates::threshold()
    }
}

/// `gc.get_count()[0]`: candidates buffered since the last collection.
pub fn get_count() -> usize {
    candidates::buffered_count()
}

/// `gc.is_tracked(v)`: whether the collector can see the object (its type
/// can hold references). Inline ints and atomic types are never tracked.
pub fn is_tracked(v: &Value) -> bool {
    v.as_object().is_some_and(|o| {
        // SAFETY: `v` holds a reference, so the object is alive.
        unsafe { o.as_ref() }.gc_bits().load(Ordering::Relaxed) & GC_TRACKED != 0
    })
}

/// `gc.is_finalized(v)`: whether the object's finalizer has run (the
/// header's finalized bit, which objects without a finalizer reuse for
/// other purposes, so only theirs counts).
pub fn is_finalized(v: &Value) -> bool {
    v.as_object().is_some_and(|o| {
        // SAFETY: `v` holds a reference, so the object is alive.
        let h = unsafe { o.as_ref() };
        h.type_info().finalize.is_some() && h.gc_bits().load(Ordering::Relaxed) & GC_FINALIZED != 0
    })
}

/// `gc.get_referents(v)`: the objects `v` refers to directly.
pub fn get_referents(v: &Value) -> Vec<Value> {
    let Some(o) = v.as_object() else {
        return Vec::new();
    };
    // SAFETY: `v` holds a reference, so the object is alive.
    let Some(traverse) = (unsafe { o.as_ref() }).type_info().traverse else {
        return Vec::new();
    };
    let mut out = Vec::new();
    // Other threads hold still meanwhile, as they do for a collection:
    // some traversals (a generator's) briefly take state out of the object.
    let stopped = weft_runtime::thread::stop_the_world();
    // SAFETY: the object is alive and `traverse` matches its type.
    unsafe {
        traverse(o.as_ptr(), &mut |child| {
            out.push(Value::from_borrowed(std::ptr::NonNull::new_unchecked(
                child as *mut ObjHeader,
            )));
        })
    };
    drop(stopped);
    out
}

/// `gc.freeze()`: the objects buffered so far are left out of later
/// collections until they are decref'd again (a program about to fork or to
/// start many threads freezes its start-up heap so no collection walks it).
pub fn freeze() {
    let taken = candidates::take_all();
    FROZEN.fetch_add(taken.len(), std::sync::atomic::Ordering::Relaxed);
    for obj in taken {
        // SAFETY: a buffered object's memory stays until it leaves its
        // buffer, which is now.
        let h = unsafe { &*(obj as *const ObjHeader) };
        let bits = h.gc_bits().fetch_and(!GC_BUFFERED, Ordering::AcqRel);
        if bits & GC_ZOMBIE != 0 {
            // SAFETY: a zombie: `dealloc` releases its memory only.
            unsafe { (h.type_info().dealloc)(obj as *mut ObjHeader) };
        }
    }
}

/// Objects `freeze` took out of the candidate buffers since the last
/// `unfreeze` (`gc.get_freeze_count`).
static FROZEN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// `gc.get_freeze_count()`.
pub fn get_freeze_count() -> usize {
    FROZEN.load(std::sync::atomic::Ordering::Relaxed)
}

/// `gc.unfreeze()`: frozen objects are not kept anywhere (a frozen object
/// becomes a candidate again at its next decrement), so only the count
/// resets.
pub fn unfreeze() {
    FROZEN.store(0, std::sync::atomic::Ordering::Relaxed);
}

/// `gc.get_referrers(*targets)`, best effort: Weft keeps no list of every
/// object, so this walks what `roots` reach (the interpreter passes its
/// `sys.modules` and the running frames' namespaces) and returns the
/// objects found there that refer directly to a target. The world is
/// stopped during the walk so that containers hold still.
pub fn get_referrers(targets: &[Value], roots: &[Value]) -> Vec<Value> {
    let wanted: std::collections::HashSet<usize> = targets
        .iter()
        .filter_map(|t| t.as_object())
        .map(|o| o.as_ptr() as usize)
        .collect();
    let mut found = Vec::new();
    let stopped = weft_runtime::thread::stop_the_world();
    let mut seen = std::collections::HashSet::new();
    let mut stack: Vec<usize> = roots
        .iter()
        .filter_map(|r| r.as_object())
        .map(|o| o.as_ptr() as usize)
        .collect();
    while let Some(obj) = stack.pop() {
        if !seen.insert(obj) {
            continue;
        }
        // SAFETY: reachable from a root the caller holds, and the world is
        // stopped, so the object is alive and its children stay put.
        let Some(traverse) = unsafe { &*(obj as *const ObjHeader) }.type_info().traverse else {
            continue;
        };
        let mut refers = false;
        // SAFETY: as above; `traverse` matches the object's type.
        unsafe {
            traverse(obj as *const ObjHeader, &mut |child| {
                refers |= wanted.contains(&(child as usize));
                stack.push(child as usize);
            })
        };
        if refers {
            found.push(obj);
        }
    }
    // SAFETY: each is reachable from the roots and the world is still
    // stopped: alive; the Value takes a reference of its own.
    let out = found
        .into_iter()
        .map(|o| unsafe {
            Value::from_borrowed(std::ptr::NonNull::new_unchecked(o as *mut ObjHeader))
        })
        .collect();
    drop(stopped);
    out
}

#[cfg(test)]
mod tests;
