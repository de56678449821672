//! The built-in descriptors: `property`, `classmethod`, `staticmethod`.
//! Their behaviour lives in their `TypeInfo` slots, which attribute lookup
//! (`attr.rs`) calls; user classes defining `__get__`/`__set__` take the
//! same path through their class's methods.

use super::function::bound_method;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::alloc::{self, drop_and_free};
use crate::object::header::ObjHeader;
use crate::object::typeinfo::TypeInfo;
use crate::protocol;
use crate::value::Value;

/// `property(fget, fset, fdel, doc)`; `name` is the attribute it was
/// assigned to in a class body (CPython 3.11 learns it from `__set_name__`;
/// empty until then), for error messages.
pub struct Property {
    pub fget: Option<Value>,
    pub fset: Option<Value>,
    pub fdel: Option<Value>,
    /// The `doc` argument; without it `__doc__` is the getter's.
    pub doc: Option<Value>,
    pub name: std::sync::Mutex<String>,
}

pub static PROPERTY_TYPE: TypeInfo = TypeInfo {
    traverse: Some(traverse_property),
    descr_get: Some(property_get),
    hash: Some(protocol::identity_hash_slot),
    descr_set: Some(property_set),
    ..TypeInfo::new("property", drop_and_free::<Property>)
};

/// `classmethod(func)`.
pub struct ClassMethod {
    pub func: Value,
}

pub static CLASSMETHOD_TYPE: TypeInfo = TypeInfo {
    traverse: Some(traverse_wrapped::<ClassMethod>),
    descr_get: Some(classmethod_get),
    hash: Some(protocol::identity_hash_slot),
    ..TypeInfo::new("classmethod", drop_and_free::<ClassMethod>)
};

/// `staticmethod(func)`.
pub struct StaticMethod {
    pub func: Value,
}

pub static STATICMETHOD_TYPE: TypeInfo = TypeInfo {
    traverse: Some(traverse_wrapped::<StaticMethod>),
    descr_get: Some(staticmethod_get),
    hash: Some(protocol::identity_hash_slot),
    call: Some(staticmethod_call),
    ..TypeInfo::new("staticmethod", drop_and_free::<StaticMethod>)
};

fn new_object<T>(ty: &'static TypeInfo, payload: T) -> Value {
    let obj = alloc::alloc(ty, payload);
    // SAFETY: a fresh object's one reference moves into the Value.
    unsafe { Value::from_owned(obj) }
}

/// The function a `classmethod` or `staticmethod` object wraps (its
/// `__func__`).
pub fn wrapped_function(v: &Value) -> Option<&Value> {
    // SAFETY: objects of these types are allocated as their payloads.
    if let Some(c) = unsafe { alloc::downcast::<ClassMethod>(v, &CLASSMETHOD_TYPE) } {
        return Some(&c.func);
    }
    // SAFETY: as above.
    unsafe { alloc::downcast::<StaticMethod>(v, &STATICMETHOD_TYPE) }.map(|s| &s.func)
}

/// A new property object.
pub fn property(
    fget: Option<Value>,
    fset: Option<Value>,
    fdel: Option<Value>,
    doc: Option<Value>,
    name: &str,
) -> Value {
    new_object(
        &PROPERTY_TYPE,
        Property {
            fget,
            fset,
            fdel,
            doc,
            name: std::sync::Mutex::new(name.to_string()),
        },
    )
}

impl Property {
    /// The attribute name `__set_name__` gave it (empty if none).
    pub fn name(&self) -> String {
        self.name.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// `property.__set_name__(owner, name)`.
    pub fn set_name(&self, name: &str) {
        *self.name.lock().unwrap_or_else(|p| p.into_inner()) = name.to_string();
    }
}

/// A new classmethod object.
pub fn classmethod(func: Value) -> Value {
    new_object(&CLASSMETHOD_TYPE, ClassMethod { func })
}

/// A new staticmethod object.
pub fn staticmethod(func: Value) -> Value {
    new_object(&STATICMETHOD_TYPE, StaticMethod { func })
}

fn payload<T>(v: &Value) -> &T {
    let obj = v.as_object().expect("a descriptor object");
    // SAFETY: only called from the slots of the type whose payload is `T`.
    unsafe { alloc::payload::<T>(obj) }
}

fn property_get(descr: &Value, obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    let Some(obj) = obj else {
        return Ok(descr.clone());
    };
    let p = payload::<Property>(descr);
    match &p.fget {
        Some(f) => protocol::call(f, std::slice::from_ref(obj)),
        None => Err(no_accessor(p, obj, "getter")),
    }
}

/// `prop.__set__(obj, value)`, or `__delete__` when `value` is None.
pub fn property_set(descr: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let p = payload::<Property>(descr);
    match value {
        Some(v) => match &p.fset {
            Some(f) => protocol::call(f, &[obj.clone(), v]).map(drop),
            None => Err(no_accessor(p, obj, "setter")),
        },
        None => match &p.fdel {
            Some(f) => protocol::call(f, std::slice::from_ref(obj)).map(drop),
            None => Err(no_accessor(p, obj, "deleter")),
        },
    }
}

/// CPython 3.11: "property 'x' of 'C' object has no setter".
fn no_accessor(p: &Property, obj: &Value, what: &str) -> PyErr {
    let class = super::typeobj::type_name_of(obj);
    let name = p.name();
    let named = if name.is_empty() {
        String::new()
    } else {
        format!(" '{name}'")
    };
    PyErr::new(
        ExcKind::AttributeError,
        format!("property{named} of '{class}' object has no {what}"),
    )
}

fn classmethod_get(descr: &Value, _obj: Option<&Value>, owner: &Value) -> PyResult<Value> {
    Ok(bound_method(
        payload::<ClassMethod>(descr).func.clone(),
        owner.clone(),
    ))
}

fn staticmethod_get(descr: &Value, _obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    Ok(payload::<StaticMethod>(descr).func.clone())
}

fn staticmethod_call(descr: &Value, args: crate::args::Args<'_>) -> PyResult<Value> {
    protocol::call_args(&payload::<StaticMethod>(descr).func, args)
}

/// # Safety
/// `obj` is a live `Obj<Property>`.
unsafe fn traverse_property(obj: *const ObjHeader, visit: &mut dyn FnMut(*const ObjHeader)) {
    // SAFETY: the caller's contract.
    let p = unsafe {
        alloc::payload::<Property>(std::ptr::NonNull::new_unchecked(obj as *mut ObjHeader))
    };
    for v in [&p.fget, &p.fset, &p.fdel, &p.doc].into_iter().flatten() {
        if let Some(o) = v.as_object() {
            visit(o.as_ptr());
        }
    }
}

/// Payloads that wrap one callable.
trait Wrapper {
    fn wrapped(&self) -> &Value;
}
impl Wrapper for ClassMethod {
    fn wrapped(&self) -> &Value {
        &self.func
    }
}
impl Wrapper for StaticMethod {
    fn wrapped(&self) -> &Value {
        &self.func
    }
}

/// # Safety
/// `obj` is a live `Obj<T>`.
unsafe fn traverse_wrapped<T: Wrapper>(
    obj: *const ObjHeader,
    visit: &mut dyn FnMut(*const ObjHeader),
) {
    // SAFETY: the caller's contract.
    let w = unsafe { alloc::payload::<T>(std::ptr::NonNull::new_unchecked(obj as *mut ObjHeader)) };
    if let Some(o) = w.wrapped().as_object() {
        visit(o.as_ptr());
    }
}

/// The property behind `v`, if it is one.
pub fn as_property(v: &Value) -> Option<&Property> {
    // SAFETY: objects of `PROPERTY_TYPE` are allocated as `Obj<Property>`.
    unsafe { alloc::downcast::<Property>(v, &PROPERTY_TYPE) }
}
