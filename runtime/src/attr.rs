//! Attribute access: `getattr`, `setattr`, `delattr` with Python's rules
//! (CPython's `PyObject_GenericGetAttr`, `type_getattro`):
//!
//! 1. look the name up along `type(obj)`'s MRO;
//! 2. a *data* descriptor found there (it has `__set__` or `__delete__`)
//!    wins: its `__get__` gives the value;
//! 3. else the instance's `__dict__`;
//! 4. else a non-data descriptor's `__get__`, or the class attribute as is;
//! 5. else the class's `__getattr__`, if any; else AttributeError.
//!
//! On a class, the name is looked up along the class's own MRO and bound
//! with `__get__(None, cls)` (functions stay plain, classmethods bind to
//! the class).

use crate::error::{ExcKind, PyErr, PyResult};
use crate::protocol;
use crate::types::dict::Dict;
use crate::types::instance::{self, INSTANCE_TYPE};
use crate::types::str::{as_str, intern};
use crate::types::{exception, tuple, typeobj};
use crate::value::Value;

/// Whether `descr` is a data descriptor.
pub fn is_data_descriptor(descr: &Value) -> bool {
    let Some(o) = descr.as_object() else {
        return false;
    };
    // SAFETY: `descr` holds a reference, so the object is alive.
    let info = unsafe { o.as_ref() }.type_info();
    if info.descr_set.is_some() {
        return true;
    }
    if std::ptr::eq(info, &INSTANCE_TYPE) {
        let class = &instance::as_instance(descr).expect("checked").class();
        return typeobj::lookup(class, crate::interned!("__set__")).is_some()
            || typeobj::lookup(class, crate::interned!("__delete__")).is_some();
    }
    false
}

/// Whether a class attribute is what an instance lookup returns as it is:
/// a value of a built-in type that has no `__get__` (numbers, strings,
/// bytes, tuples, None). Anything else may be a descriptor.
pub fn is_plain_value(v: &Value) -> bool {
    let Some(o) = v.as_object() else { return true };
    // SAFETY: `v` holds a reference, so the object is alive.
    let info = unsafe { o.as_ref() }.type_info();
    [
        &crate::types::int::INT_TYPE,
        &crate::types::float::FLOAT_TYPE,
        &crate::types::str::STR_TYPE,
        &crate::types::none_bool::NONE_TYPE,
        &crate::types::none_bool::BOOL_TYPE,
        &crate::types::tuple::TUPLE_TYPE,
        &crate::types::bytes::BYTES_TYPE,
    ]
    .into_iter()
    .any(|t| std::ptr::eq(info, t))
}

/// Run a data descriptor's `__set__` (or `__delete__` when `value` is None).
pub fn descr_set(descr: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let o = descr.as_object().expect("a data descriptor is an object");
    // SAFETY: `descr` holds a reference, so the object is alive.
    if let Some(set) = unsafe { o.as_ref() }.type_info().descr_set {
        return set(descr, obj, value);
    }
    let class = &instance::as_instance(descr)
        .expect("user data descriptor")
        .class();
    let (method, args) = match value {
        Some(v) => ("__set__", vec![obj.clone(), v]),
        None => ("__delete__", vec![obj.clone()]),
    };
    let f = typeobj::lookup(class, &intern(method))
        .ok_or_else(|| PyErr::new(ExcKind::AttributeError, method.to_string()))?;
    protocol::call(&typeobj::bind(&f, descr, class)?, &args).map(drop)
}

/// The `__dict__` of an object that has one (instances of Python classes
/// and exceptions).
fn attribute_dict(obj: &Value) -> Option<&Value> {
    instance::as_instance(obj)
        .map(|i| &i.dict)
        .or_else(|| exception::as_exception(obj).map(|e| &e.dict))
}

fn name_str(name: &Value) -> &str {
    as_str(name).unwrap_or("?")
}

fn no_attribute(obj: &Value, name: &Value) -> PyErr {
    if let Some(_t) = typeobj::as_type(obj) {
        return PyErr::new(
            ExcKind::AttributeError,
            format!(
                "type object '{}' has no attribute '{}'",
                typeobj::type_name(obj),
                name_str(name)
            ),
        );
    }
    PyErr::new(
        ExcKind::AttributeError,
        format!(
            "'{}' object has no attribute '{}'",
            typeobj::type_name_of(obj),
            name_str(name)
        ),
    )
}

/// `getattr(obj, name)`.
pub fn getattr(obj: &Value, name: &Value) -> PyResult<Value> {
    if typeobj::as_type(obj).is_some() {
        return class_getattr(obj, name);
    }
    let ty = typeobj::type_of(obj);
    let descr = typeobj::lookup(&ty, name);
    if let Some(d) = &descr {
        if is_data_descriptor(d) {
            return typeobj::descr_get(d, Some(obj), &ty);
        }
    }
    if let Some(e) = exception::as_exception(obj) {
        if let Some(v) = exception::get_field(e, name_str(name)) {
            return Ok(v);
        }
    }
    if let Some(dict) = attribute_dict(obj) {
        if let Some(v) = Dict::cast(dict).expect("a dict").get(name)? {
            return Ok(v);
        }
        if name_str(name) == "__dict__" {
            return Ok(dict.clone());
        }
    }
    if let Some(d) = descr {
        return typeobj::descr_get(&d, Some(obj), &ty);
    }
    if name_str(name) == "__class__" {
        return Ok(ty);
    }
    if let Some(fallback) = typeobj::lookup(&ty, crate::interned!("__getattr__")) {
        return protocol::call(
            &typeobj::bind(&fallback, obj, &ty)?,
            std::slice::from_ref(name),
        );
    }
    Err(no_attribute(obj, name))
}

/// Attribute lookup on a class object.
fn class_getattr(cls: &Value, name: &Value) -> PyResult<Value> {
    if let Some(d) = typeobj::lookup(cls, name) {
        return typeobj::descr_get(&d, None, cls);
    }
    // Then the metaclass's attributes, bound to the class.
    let meta = typeobj::type_of(cls);
    if let Some(d) = typeobj::lookup(&meta, name) {
        return typeobj::descr_get(&d, Some(cls), &meta);
    }
    match name_str(name) {
        "__name__" => Ok(crate::types::str::str_value(
            match typeobj::builtin_module_and_name(cls) {
                Some((_, name)) => name.to_string(),
                None => typeobj::type_name(cls),
            }
            .as_str(),
        )),
        "__base__" => Ok(typeobj::bases(cls)
            .first()
            .cloned()
            .unwrap_or_else(crate::types::none_bool::none)),
        "__mro__" => Ok(tuple::tuple_new(typeobj::mro(cls))),
        "__bases__" => Ok(tuple::tuple_new(typeobj::bases(cls).to_vec())),
        "__dict__" => Ok(crate::types::mappingproxy::mappingproxy(
            typeobj::class_dict(cls),
        )),
        "__class__" => Ok(typeobj::type_of(cls)),
        _ => match typeobj::metaclass_of(cls)
            .and_then(|m| typeobj::lookup(m, crate::interned!("__getattr__")))
        {
            // A metaclass's `__getattr__` answers what the class lacks.
            Some(f) => protocol::call(&typeobj::bind(&f, cls, &meta)?, std::slice::from_ref(name)),
            None => Err(no_attribute(cls, name)),
        },
    }
}

/// `setattr(obj, name, value)`; `delattr` when `value` is `None`.
pub fn setattr(obj: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    if typeobj::as_type(obj).is_some() {
        return typeobj::set_class_attr(obj, name, value);
    }
    let ty = typeobj::type_of(obj);
    if let Some(d) = typeobj::lookup(&ty, name) {
        if is_data_descriptor(&d) {
            return descr_set(&d, obj, value);
        }
    }
    if let (Some(e), Some(v)) = (exception::as_exception(obj), value.as_ref()) {
        if exception::set_field(e, name_str(name), v.clone())? {
            return Ok(());
        }
    }
    let Some(dict) = attribute_dict(obj) else {
        return Err(no_attribute(obj, name));
    };
    let dict = Dict::cast(dict).expect("a dict");
    match value {
        Some(v) => dict.set(name.clone(), v),
        None => match dict.pop(name)? {
            Some(_) => Ok(()),
            None => Err(no_attribute(obj, name)),
        },
    }
}

/// `delattr(obj, name)`.
pub fn delattr(obj: &Value, name: &Value) -> PyResult<()> {
    setattr(obj, name, None)
}

/// `hasattr(obj, name)`: only AttributeError means "no".
pub fn hasattr(obj: &Value, name: &Value) -> PyResult<bool> {
    match getattr(obj, name) {
        Ok(_) => Ok(true),
        Err(e) if e.kind() == Some(ExcKind::AttributeError) => Ok(false),
        Err(e) => Err(e),
    }
}

#[cfg(all(test, not(loom)))]
mod tests;
