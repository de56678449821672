//! The operations behind Python's `gc` module (the module object itself is
//! the interpreter's): enable/disable, thresholds, counts, freeze, and
//! introspection.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;
use weft_runtime::object::candidates;
use weft_runtime::object::header::{ObjHeader, GC_BUFFERED, GC_TRACKED, GC_ZOMBIE};
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

/// `gc.get_referents(v)`: the objects `v` refers to directly.
pub fn get_referents(v: &Value) -> Vec<Value> {
    let Some(o) = v.as_object() else { return Vec::new() };
    // SAFETY: `v` holds a reference, so the object is alive.
    let Some(traverse) = (unsafe { o.as_ref() }).type_info().traverse else { return Vec::new() };
    let mut out = Vec::new();
    // SAFETY: the object is alive and `traverse` matches its type. (A
    // container changed by another thread meanwhile gives some state it
    // had, as iteration does.)
    unsafe {
        traverse(o.as_ptr(), &mut |child| {
            out.push(Value::from_borrowed(std::ptr::NonNull::new_unchecked(child as *mut ObjHeader)));
        })
    };
    out
}

/// `gc.freeze()`: the objects buffered so far are left out of later
/// collections until they are decref'd again (a program about to fork or to
/// start many threads freezes its start-up heap so no collection walks it).
pub fn freeze() {
    for obj in candidates::take_all() {
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

#[cfg(test)]
mod tests;
