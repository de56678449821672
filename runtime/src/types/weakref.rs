//! Weak references (`weakref.ref`): a reference that does not keep its
//! referent alive, cleared (and its callback called) when the referent
//! dies.
//!
//! The weak references to an object are listed in a sharded side table
//! keyed by the object's address, so objects pay no header space for them;
//! an object that has ever had one carries `GC_HAS_WEAKREFS`, so only those
//! objects look the table up when they die. Creating a weak reference puts
//! the referent in the MAYBE_WEAKREF count state, which lets `r()` take a
//! reference with `try_incref` as long as the referent is alive.
//!
//! Ordering: an object's deallocation clears its weak references (under the
//! shard lock) before anything else, and `r()` reads the referent under the
//! same lock, so `r()` either sees the referent before that step (its
//! memory is intact; `try_incref` refuses it if its count already reached
//! zero) or sees it cleared.

use super::none_bool;
use crate::error::PyResult;
use crate::object::alloc::{self, drop_and_free};
use crate::object::header::{ObjHeader, GC_HAS_WEAKREFS, GC_PUBLISHED, GC_ZOMBIE};
use crate::object::refcount;
use crate::object::typeinfo::TypeInfo;
use crate::protocol;
use crate::value::Value;
use std::collections::HashMap;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicIsize, AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

/// The payload of a weak reference.
pub struct WeakRef {
    /// The referent's address; 0 once it died.
    referent: AtomicUsize,
    callback: Mutex<Option<Value>>,
    /// The referent's hash, taken on the first `hash(r)` (so a dead
    /// reference keeps hashing the same and stays findable in a dict);
    /// `NO_HASH` until then.
    hash: AtomicIsize,
}

/// `WeakRef::hash` not yet taken (`hash()` never returns -1).
const NO_HASH: isize = -1;

pub static WEAKREF_TYPE: TypeInfo = TypeInfo {
    call: Some(weakref_call),
    hash: Some(weakref_hash),
    eq: Some(weakref_eq),
    methods: &[("__repr__", weakref_repr)],
    traverse: Some(traverse_weakref),
    ..TypeInfo::new("weakref.ReferenceType", dealloc_weakref)
};

const SHARDS: usize = 16;

type Table = Mutex<HashMap<usize, Vec<usize>>>;

fn shards() -> &'static [Table] {
    static SHARDS_: OnceLock<Vec<Table>> = OnceLock::new();
    SHARDS_.get_or_init(|| (0..SHARDS).map(|_| Mutex::new(HashMap::new())).collect())
}

fn shard(obj: usize) -> &'static Table {
    &shards()[(obj >> 4) % SHARDS]
}

/// `weakref.ref(obj, callback)`. Without a callback, an existing
/// callback-less reference to `obj` is returned instead of a new one, as
/// CPython does (`ref(o) is ref(o)`).
pub fn new_weakref(obj: &Value, callback: Option<Value>) -> Value {
    let target = obj
        .as_object()
        .expect("inline ints cannot be weakly referenced")
        .as_ptr();
    if callback.is_none() {
        if let Some(existing) = basic_weakref(target as usize) {
            return existing;
        }
    }
    // SAFETY: `obj` holds a reference, so the target is alive.
    unsafe {
        refcount::allow_try_incref(target);
        (*target)
            .gc_bits()
            .fetch_or(GC_HAS_WEAKREFS | GC_PUBLISHED, Ordering::AcqRel);
    }
    let payload = WeakRef {
        referent: AtomicUsize::new(target as usize),
        callback: Mutex::new(callback),
        hash: AtomicIsize::new(NO_HASH),
    };
    let r = alloc::alloc(&WEAKREF_TYPE, payload);
    // Listed where `clear_weakrefs` finds it without a reference.
    alloc::publish_word(r.as_ptr() as usize);
    shard(target as usize)
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .entry(target as usize)
        .or_default()
        .push(r.as_ptr() as usize);
    // SAFETY: a fresh object's one reference moves into the Value.
    unsafe { Value::from_owned(r) }
}

/// A live callback-less weak reference to `target`, if one is listed.
fn basic_weakref(target: usize) -> Option<Value> {
    let table = shard(target).lock().unwrap_or_else(|e| e.into_inner());
    table.get(&target)?.iter().find_map(|&r| {
        // SAFETY: a listed weakref unlists itself under this lock before its
        // memory goes, so its payload is intact; `try_incref` refuses one
        // whose count already reached zero.
        unsafe {
            let w = alloc::payload::<WeakRef>(NonNull::new_unchecked(r as *mut ObjHeader));
            let basic = w
                .callback
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .is_none();
            (basic && refcount::try_incref(r as *const ObjHeader))
                .then(|| Value::from_owned(NonNull::new_unchecked(r as *mut ObjHeader)))
        }
    })
}

fn payload(v: &Value) -> &WeakRef {
    // SAFETY: only called on weakref objects (by their own slots).
    unsafe { alloc::payload::<WeakRef>(v.as_object().expect("a weakref")) }
}

/// `r()`: the referent, or `None` once it died.
pub fn referent(r: &Value) -> Option<Value> {
    let w = payload(r);
    let target = w.referent.load(Ordering::Acquire);
    if target == 0 {
        return None;
    }
    let _table = shard(target).lock().unwrap_or_else(|e| e.into_inner());
    let target = w.referent.load(Ordering::Acquire);
    if target == 0 {
        return None;
    }
    // SAFETY: under the shard lock a non-cleared referent has not reached
    // its deallocation's first step, so its memory is intact; `try_incref`
    // refuses it if its count already reached zero.
    unsafe {
        if refcount::try_incref(target as *const ObjHeader) {
            Some(Value::from_owned(NonNull::new_unchecked(
                target as *mut ObjHeader,
            )))
        } else {
            None
        }
    }
}

fn weakref_call(r: &Value, args: crate::args::Args<'_>) -> PyResult<Value> {
    // CPython's messages: keywords are refused first.
    let message = if !args.keywords.is_empty() {
        Some("weakref() takes no keyword arguments".to_string())
    } else if !args.positional.is_empty() {
        Some(format!(
            "weakref expected 0 arguments, got {}",
            args.positional.len()
        ))
    } else {
        None
    };
    if let Some(message) = message {
        return Err(crate::error::PyErr::new(
            crate::error::ExcKind::TypeError,
            message,
        ));
    }
    Ok(referent(r).unwrap_or_else(none_bool::none))
}

/// `hash(r)`: the referent's hash, as CPython's (taken while it lives).
fn weakref_hash(r: &Value) -> PyResult<isize> {
    let w = payload(r);
    let cached = w.hash.load(Ordering::Acquire);
    if cached != NO_HASH {
        return Ok(cached);
    }
    let Some(obj) = referent(r) else {
        return Err(crate::error::PyErr::new(
            crate::error::ExcKind::TypeError,
            "weak object has gone away",
        ));
    };
    let h = protocol::hash(&obj)?;
    w.hash.store(h, Ordering::Release);
    Ok(h)
}

/// `a == b` for weak references: their referents compare while both live,
/// else the references are equal only to themselves (CPython's rule).
fn weakref_eq(a: &Value, b: &Value) -> PyResult<Option<bool>> {
    if !is_weakref(b) {
        return Ok(None);
    }
    match (referent(a), referent(b)) {
        (Some(x), Some(y)) => protocol::eq(&x, &y).map(Some),
        _ => Ok(Some(a.is(b))),
    }
}

fn is_weakref(v: &Value) -> bool {
    // SAFETY: `v` holds a reference, so the object is alive.
    v.as_object()
        .is_some_and(|o| std::ptr::eq(unsafe { o.as_ref() }.type_info(), &WEAKREF_TYPE))
}

/// `repr(r)` if `r` is a weak reference: `<weakref at 0x…; to 'T' at
/// 0x…>`, or `<weakref at 0x…; dead>`.
pub fn weakref_repr_text(r: &Value) -> Option<String> {
    if !is_weakref(r) {
        return None;
    }
    let at = r.as_object().expect("a weakref").as_ptr() as usize;
    Some(match referent(r) {
        Some(obj) => format!(
            "<weakref at {at:#x}; to '{}' at {:#x}>",
            super::typeobj::type_name_of(&obj),
            obj.as_object().map_or(0, |o| o.as_ptr() as usize)
        ),
        None => format!("<weakref at {at:#x}; dead>"),
    })
}

fn weakref_repr(args: crate::args::Args<'_>) -> PyResult<Value> {
    match args.positional {
        [r] => weakref_repr_text(r)
            .map(super::str::str_from_string)
            .ok_or_else(|| {
                crate::error::PyErr::new(
                    crate::error::ExcKind::TypeError,
                    "descriptor '__repr__' requires a 'weakref.ReferenceType' object",
                )
            }),
        _ => Err(crate::error::PyErr::new(
            crate::error::ExcKind::TypeError,
            "__repr__() takes no arguments",
        )),
    }
}

/// Clear the weak references to `obj` and run their callbacks: the first
/// step of deallocating an object with `GC_HAS_WEAKREFS`, and of the
/// collector's handling of garbage.
///
/// # Safety
/// `obj` is alive or being deallocated (its memory intact).
pub unsafe fn clear_weakrefs(obj: *const ObjHeader) {
    // SAFETY: the caller's contract.
    let callbacks = unsafe { detach_weakrefs(obj) };
    run_weakref_callbacks(callbacks);
}

/// The callbacks of cleared weak references, each with its weak reference,
/// still to be called.
pub type PendingCallbacks = Vec<(Value, Value)>;

/// Clear every weak reference to `obj` (each then returns None) and return
/// their callbacks without calling them: runs no Python code, so the
/// collector can clear the weak references to its garbage while the world
/// is stopped, before any thread could take a new reference through one.
///
/// # Safety
/// `obj` is alive or being deallocated (its memory intact).
pub unsafe fn detach_weakrefs(obj: *const ObjHeader) -> PendingCallbacks {
    let refs = shard(obj as usize)
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .remove(&(obj as usize));
    let Some(refs) = refs else { return Vec::new() };
    let mut callbacks = Vec::new();
    for r in refs {
        // SAFETY: a listed weakref object removes itself (under the lock we
        // just held) before its memory goes, so it was alive when listed;
        // its memory is kept by reclamation until we pass a safepoint.
        let w = unsafe { alloc::payload::<WeakRef>(NonNull::new_unchecked(r as *mut ObjHeader)) };
        w.referent.store(0, Ordering::Release);
        // SAFETY: as above; a weakref already dying is skipped.
        if unsafe { refcount::try_incref(r as *const ObjHeader) } {
            // SAFETY: the reference was just taken.
            let r = unsafe { Value::from_owned(NonNull::new_unchecked(r as *mut ObjHeader)) };
            let cb = w.callback.lock().unwrap_or_else(|e| e.into_inner()).take();
            if let Some(cb) = cb {
                callbacks.push((cb, r));
            }
        }
    }
    callbacks
}

/// Call the callbacks `detach_weakrefs` returned, reporting (not raising)
/// their errors as CPython does.
pub fn run_weakref_callbacks(callbacks: PendingCallbacks) {
    for (cb, r) in callbacks {
        if let Err(e) = protocol::call(&cb, std::slice::from_ref(&r)) {
            protocol::report_unraisable(e, &cb);
        }
    }
}

/// The weak references to `obj` still listed (for `weakref.getweakrefcount`).
pub fn weakref_count(obj: &Value) -> usize {
    let Some(o) = obj.as_object() else { return 0 };
    let key = o.as_ptr() as usize;
    shard(key)
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&key)
        .map_or(0, Vec::len)
}

/// The live weak references to `obj` (for `weakref.getweakrefs`), oldest
/// first; weak references already dying are left out.
pub fn weakrefs_to(obj: &Value) -> Vec<Value> {
    let Some(o) = obj.as_object() else {
        return Vec::new();
    };
    let key = o.as_ptr() as usize;
    let table = shard(key).lock().unwrap_or_else(|e| e.into_inner());
    let Some(refs) = table.get(&key) else {
        return Vec::new();
    };
    refs.iter()
        .filter_map(|&r| {
            // SAFETY: a listed weakref unlists itself under this lock before
            // its memory goes, so it is intact; `try_incref` refuses one
            // whose count already reached zero.
            unsafe {
                refcount::try_incref(r as *const ObjHeader)
                    .then(|| Value::from_owned(NonNull::new_unchecked(r as *mut ObjHeader)))
            }
        })
        .collect()
}

/// # Safety
/// As `TypeInfo::dealloc`.
unsafe fn dealloc_weakref(obj: *mut ObjHeader) {
    // SAFETY: the caller's contract: the memory is valid.
    if unsafe { &*obj }.gc_bits().load(Ordering::Acquire) & GC_ZOMBIE != 0 {
        // The collector releasing a zombie's memory: the payload is gone
        // (and was unlisted when it was dropped).
        // SAFETY: the caller's contract.
        return unsafe { drop_and_free::<WeakRef>(obj) };
    }
    // SAFETY: the caller's contract: the payload is intact.
    let w = unsafe { alloc::payload::<WeakRef>(NonNull::new_unchecked(obj)) };
    let target = w.referent.load(Ordering::Acquire);
    if target != 0 {
        let mut table = shard(target).lock().unwrap_or_else(|e| e.into_inner());
        if let Some(list) = table.get_mut(&target) {
            list.retain(|&r| r != obj as usize);
            if list.is_empty() {
                table.remove(&target);
            }
        }
    }
    // SAFETY: the caller's contract.
    unsafe { drop_and_free::<WeakRef>(obj) };
}

/// # Safety
/// `obj` is a live `Obj<WeakRef>`.
unsafe fn traverse_weakref(obj: *const ObjHeader, visit: &mut dyn FnMut(*const ObjHeader)) {
    // SAFETY: the caller's contract.
    let w = unsafe { alloc::payload::<WeakRef>(NonNull::new_unchecked(obj as *mut ObjHeader)) };
    if let Some(cb) = w
        .callback
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .as_ref()
    {
        if let Some(o) = cb.as_object() {
            visit(o.as_ptr());
        }
    }
}

#[cfg(all(test, not(loom)))]
mod tests;
