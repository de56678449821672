//! Instances of classes defined in Python: a class and a `__dict__`.
//!
//! Their hash and equality follow the class: `__hash__` and `__eq__` found
//! on it are called (so a user class works as a dict key without the
//! interpreter's hooks), `__hash__ = None` makes it unhashable, and without
//! either the object's identity is used, as `object`'s defaults do.

use super::dict::Dict;
use super::typeobj;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::alloc::{self, drop_and_free};
use crate::object::header::{ObjHeader, GC_FINALIZED, GC_ZOMBIE};
use crate::object::typeinfo::TypeInfo;
use crate::protocol;
use crate::value::Value;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::Mutex;

/// The payload of an instance of a Python class.
pub struct Instance {
    /// The class it was made with (`class()` is `type(obj)`).
    class: Value,
    /// The class later assigned to `obj.__class__`, if any: it points to a
    /// `Value` that is never freed nor changed (`retained_class`), so
    /// `class()` can lend it out while another thread reassigns.
    reassigned: AtomicPtr<Value>,
    /// Its attributes (`obj.__dict__`).
    pub dict: Value,
    /// For a class derived from a built-in type (`class L(list)`), the
    /// built-in value the instance extends: the built-in type's methods and
    /// operators work on it (see `builtin_base`).
    pub base: Option<Value>,
    /// The values of its `__slots__` (a dict by slot name), for a class
    /// that declares slots (`slots.rs`); kept apart from `__dict__`.
    pub slots: Option<Value>,
}

impl Instance {
    /// Its class (`type(obj)`).
    #[inline]
    pub fn class(&self) -> &Value {
        let p = self.reassigned.load(Ordering::Acquire);
        if p.is_null() {
            return &self.class;
        }
        // SAFETY: non-null pointers come from `retained_class`, whose Values
        // are leaked: never changed nor freed.
        unsafe { &*p }
    }

    /// `obj.__class__ = class` (the caller checked the layouts agree).
    /// The first class stays referenced by the instance.
    pub fn set_class(&self, class: &Value) {
        let p = if class.is(&self.class) {
            std::ptr::null_mut()
        } else {
            retained_class(class)
        };
        self.reassigned.store(p, Ordering::Release);
    }
}

/// A `Value` of `class` that lives as long as the process, one per class:
/// classes that instances were moved to are kept alive (a class is
/// normally long-lived anyway) so that readers never see one freed.
fn retained_class(class: &Value) -> *mut Value {
    static RETAINED: Mutex<Vec<&'static Value>> = Mutex::new(Vec::new());
    let mut all = RETAINED.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(v) = all.iter().find(|v| v.is(class)) {
        return std::ptr::from_ref::<Value>(v).cast_mut();
    }
    let leaked: &'static Value = Box::leak(Box::new(class.clone()));
    all.push(leaked);
    std::ptr::from_ref::<Value>(leaked).cast_mut()
}

pub static INSTANCE_TYPE: TypeInfo = TypeInfo {
    hash: Some(instance_hash),
    eq: Some(instance_eq),
    traverse: Some(traverse_instance),
    // No `clear`: an instance's only cycle-forming references go through
    // its dict (or its built-in base value), which the collector clears
    // itself when it is garbage too. Emptying the dict from here would wipe
    // a dict that live code still holds (`d = obj.__dict__`).
    finalize: Some(finalize_instance),
    ..TypeInfo::new("object", dealloc_instance)
};

/// Deallocate an instance, running its class's `__del__` first, once
/// (PEP 442): the instance is revived for the call, and if `__del__` stored
/// it somewhere it stays alive, intact.
///
/// # Safety
/// As `TypeInfo::dealloc`: `obj` is an `Obj<Instance>` whose count is zero.
unsafe fn dealloc_instance(obj: *mut ObjHeader) {
    // SAFETY: the caller's contract: the memory is valid.
    let header = unsafe { &*obj };
    let bits = header.gc_bits().load(std::sync::atomic::Ordering::Acquire);
    if bits & (GC_FINALIZED | GC_ZOMBIE) == 0 {
        // SAFETY: the payload is still intact (not dropped yet).
        let class = unsafe { alloc::payload::<Instance>(std::ptr::NonNull::new_unchecked(obj)) }
            .class()
            .clone();
        if let Some(del) = typeobj::lookup(&class, crate::interned!("__del__")) {
            header
                .gc_bits()
                .fetch_or(GC_FINALIZED, std::sync::atomic::Ordering::AcqRel);
            // Revive it for the call: a count of one, owned by this Value.
            // SAFETY: the memory is valid and the payload intact.
            let me = unsafe { Value::from_borrowed(std::ptr::NonNull::new_unchecked(obj)) };
            run_finalizer(&del, &me, &class);
            // Dropping the revived reference frees it for good, unless
            // `__del__` resurrected it (then a later decref frees it, and
            // GC_FINALIZED keeps `__del__` from running again).
            drop(me);
            return;
        }
    }
    // SAFETY: the caller's contract.
    unsafe { drop_and_free::<Instance>(obj) };
}

/// The collector's call: run `__del__` once, if the class has one.
fn finalize_instance(v: &Value) -> bool {
    let header = v.as_object().expect("an instance");
    // SAFETY: `v` holds a reference.
    let bits = unsafe { header.as_ref() }.gc_bits();
    let class = as_instance(v).expect("an instance").class().clone();
    let Some(del) = typeobj::lookup(&class, crate::interned!("__del__")) else {
        return false;
    };
    if bits.fetch_or(GC_FINALIZED, std::sync::atomic::Ordering::AcqRel) & GC_FINALIZED != 0 {
        return false;
    }
    run_finalizer(&del, v, &class);
    true
}

/// Call `obj.__del__()`; an exception is reported and ignored, as CPython.
pub fn run_finalizer(del: &Value, obj: &Value, class: &Value) {
    let result = typeobj::bind(del, obj, class).and_then(|f| protocol::call(&f, &[]));
    if let Err(e) = result {
        // As CPython, the report names the `__del__` function.
        protocol::report_unraisable(e, del);
    }
}

/// A new, empty instance of `class`.
pub fn new_instance(class: &Value) -> Value {
    new_instance_with_base(class, None)
}

/// A new instance of `class` (a subclass of a built-in type) extending the
/// built-in value `base`.
pub fn new_instance_with_base(class: &Value, base: Option<Value>) -> Value {
    let slots = typeobj::lookup(class, crate::interned!("__slots__")).map(|_| Dict::new());
    let instance = Instance {
        class: class.clone(),
        reassigned: AtomicPtr::new(std::ptr::null_mut()),
        dict: Dict::new(),
        base,
        slots,
    };
    let obj = alloc::alloc(&INSTANCE_TYPE, instance);
    // SAFETY: a fresh object's one reference moves into the Value.
    unsafe { Value::from_owned(obj) }
}

/// The built-in value an instance of a built-in type's subclass extends,
/// when the operation `name` (a special method) is not overridden by a
/// Python class: then the operation is the built-in type's, on that value.
/// `None` for other values, or when a class defines `name` in Python.
#[inline]
pub fn builtin_base(v: &Value, name: &Value) -> Option<Value> {
    let inst = as_instance(v)?;
    let base = inst.base.as_ref()?;
    match typeobj::lookup(inst.class(), name) {
        Some(f) if super::function::as_native(&f).is_none() => None,
        _ => Some(base.clone()),
    }
}

/// The built-in value behind `v`: `v` itself, or what an instance of a
/// built-in type's subclass extends (for functions that take, say, any
/// `str`, as CPython's `PyUnicode_Check` accepts subclasses).
pub fn builtin_value(v: &Value) -> &Value {
    as_instance(v).and_then(|i| i.base.as_ref()).unwrap_or(v)
}

/// The instance behind `v`, if it is one.
pub fn as_instance(v: &Value) -> Option<&Instance> {
    // SAFETY: objects of `INSTANCE_TYPE` are allocated as `Obj<Instance>`.
    unsafe { alloc::downcast::<Instance>(v, &INSTANCE_TYPE) }
}

fn instance_hash(v: &Value) -> PyResult<isize> {
    if let Some(base) = builtin_base(v, crate::interned!("__hash__")) {
        return protocol::hash(&base);
    }
    let class = &as_instance(v).expect("hash slot of instances").class();
    match typeobj::lookup(class, crate::interned!("__hash__")) {
        Some(h) if super::none_bool::is_none(&h) => Err(PyErr::new(
            ExcKind::TypeError,
            format!("unhashable type: '{}'", typeobj::type_name(class)),
        )),
        Some(h) => {
            let r = protocol::call(&typeobj::bind(&h, v, class)?, &[])?;
            let Some(n) = super::int::as_int(&r) else {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    "__hash__ method should return an integer",
                ));
            };
            // As CPython: a result that fits a machine word is the hash
            // itself (-1 becomes -2); a bigger one is reduced as an int's.
            match n.to_i64() {
                Some(-1) => Ok(-2),
                Some(h) => Ok(h as isize),
                None => protocol::hash(&r),
            }
        }
        None => Ok(identity_hash(v)),
    }
}

/// `object.__hash__`: the address, rotated as CPython's `_Py_HashPointer`.
pub fn identity_hash(v: &Value) -> isize {
    crate::numeric::hash::hash_pointer(v.word()) as isize
}

fn instance_eq(a: &Value, b: &Value) -> PyResult<Option<bool>> {
    if let Some(base) = builtin_base(a, crate::interned!("__eq__")) {
        let other = builtin_base(b, crate::interned!("__eq__")).unwrap_or_else(|| b.clone());
        return protocol::eq(&base, &other).map(Some);
    }
    let class = &as_instance(a).expect("eq slot of instances").class();
    match typeobj::lookup(class, crate::interned!("__eq__")) {
        None => Ok(None),
        // `object.__eq__` (a slot wrapper): identity, which the caller
        // tests itself.
        Some(eq) if super::function::is_slot_wrapper(&eq) => Ok(None),
        Some(eq) => {
            let r = protocol::call(&typeobj::bind(&eq, a, class)?, std::slice::from_ref(b))?;
            if typeobj::is_not_implemented(&r) {
                return Ok(None);
            }
            Ok(Some(protocol::truthy(&r)?))
        }
    }
}

/// # Safety
/// `obj` is a live `Obj<Instance>`.
unsafe fn traverse_instance(obj: *const ObjHeader, visit: &mut dyn FnMut(*const ObjHeader)) {
    // SAFETY: the caller's contract.
    let i = unsafe {
        alloc::payload::<Instance>(std::ptr::NonNull::new_unchecked(obj as *mut ObjHeader))
    };
    for v in [&i.class, &i.dict]
        .into_iter()
        .chain(i.base.as_ref())
        .chain(i.slots.as_ref())
    {
        if let Some(o) = v.as_object() {
            visit(o.as_ptr());
        }
    }
}
