//! The `_weakref` module: `ref` (with callbacks), `getweakrefcount`,
//! `getweakrefs` and `ReferenceType`, over the runtime's weak references.
//! The rest of `weakref` (proxies, weak containers, `finalize`) is written
//! in Python over these (`interp/lib/weakref.py`).

use weft_runtime::types::function::NativeFn;
use weft_runtime::types::weakref::{new_weakref, weakref_count, weakrefs_to, WEAKREF_TYPE};
use weft_runtime::types::{
    bytes, dict::Dict, float, int, list::List, none_bool, str as pystr, tuple, typeobj,
};
use weft_runtime::{Args, PyResult, Value};

use crate::vm::errors::type_error;
use crate::vm::objects::{module_set, module_with_functions};

/// Whether `v` can be weakly referenced (CPython: not the built-in scalars
/// and containers without a weak-reference slot).
fn referenceable(v: &Value) -> bool {
    !(v.as_object().is_none()
        || int::as_int(v).is_some()
        || none_bool::is_none(v)
        || float::as_f64(v).is_some()
        || weft_runtime::types::complex::is_complex(v)
        || pystr::as_str(v).is_some()
        || bytes::as_bytes(v).is_some()
        || tuple::as_tuple(v).is_some()
        || List::cast(v).is_some()
        || Dict::cast(v).is_some())
}

fn weak_ref(args: Args<'_>) -> PyResult<Value> {
    let (obj, callback) = match args.positional {
        [o] => (o, None),
        [o, c] => (o, Some(c.clone()).filter(|c| !none_bool::is_none(c))),
        _ => {
            return Err(type_error(format!(
                "__new__ expected at most 2 arguments, got {}",
                args.positional.len()
            )))
        }
    };
    if !referenceable(obj) {
        return Err(type_error(format!(
            "cannot create weak reference to '{}' object",
            typeobj::type_name_of(obj)
        )));
    }
    Ok(new_weakref(obj, callback))
}

fn getweakrefcount(args: Args<'_>) -> PyResult<Value> {
    let [obj] = args.positional else {
        return Err(type_error("getweakrefcount() takes exactly one argument"));
    };
    let n = if referenceable(obj) {
        weakref_count(obj)
    } else {
        0
    };
    Ok(int::int_from_i64(n as i64))
}

fn getweakrefs(args: Args<'_>) -> PyResult<Value> {
    let [obj] = args.positional else {
        return Err(type_error("getweakrefs() takes exactly one argument"));
    };
    let refs = if referenceable(obj) {
        weakrefs_to(obj)
    } else {
        Vec::new()
    };
    Ok(List::new(refs))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("ref", weak_ref),
    ("getweakrefcount", getweakrefcount),
    ("getweakrefs", getweakrefs),
];

/// Make the `_weakref` module.
pub fn module() -> Value {
    let m = module_with_functions("_weakref", FUNCTIONS);
    module_set(&m, "ReferenceType", typeobj::builtin_type(&WEAKREF_TYPE));
    m
}
