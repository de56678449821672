//! The runtime side of `match` statements (PEP 634), as CPython 3.11's
//! `MATCH_SEQUENCE`, `MATCH_MAPPING`, `MATCH_CLASS`, `MATCH_KEYS` and the
//! `**rest` copy: the evaluation loop calls these from thin arms.

use weft_runtime::types::dict::{Dict, DICT_TYPE};
use weft_runtime::types::list::LIST_TYPE;
use weft_runtime::types::range::RANGE_TYPE;
use weft_runtime::types::set::Set;
use weft_runtime::types::tuple::{self, TUPLE_TYPE};
use weft_runtime::types::{
    bytearray, bytes, float, int, list::List, none_bool, set, str as pystr, typeobj,
};
use weft_runtime::{protocol, ExcKind, PyErr, PyResult, TypeInfo, Value};

use super::errors::{error, type_error};
use super::ops;

/// Whether `t` is `info`'s built-in type or a subclass of it.
fn derives_from(t: &Value, info: &'static TypeInfo) -> bool {
    typeobj::is_subclass(t, &typeobj::builtin_type(info))
}

/// Whether `subject` matches sequence patterns: lists, tuples, ranges and
/// their subclasses (CPython's `Py_TPFLAGS_SEQUENCE`; never str, bytes,
/// bytearray or dict).
pub fn is_sequence(subject: &Value) -> bool {
    if List::cast(subject).is_some() || tuple::as_tuple(subject).is_some() {
        return true;
    }
    let t = typeobj::type_of(subject);
    [&LIST_TYPE, &TUPLE_TYPE, &RANGE_TYPE]
        .into_iter()
        .any(|info| derives_from(&t, info))
}

/// Whether `subject` matches mapping patterns: dicts and their subclasses
/// (CPython's `Py_TPFLAGS_MAPPING`).
pub fn is_mapping(subject: &Value) -> bool {
    Dict::cast(subject).is_some() || derives_from(&typeobj::type_of(subject), &DICT_TYPE)
}

/// `len(subject)` as an int.
pub fn get_len(subject: &Value) -> PyResult<Value> {
    let n = ops::len(subject)?;
    Ok(int::int_from_i64(i64::try_from(n).unwrap_or(i64::MAX)))
}

pub(crate) fn is_attribute_error(e: &PyErr) -> bool {
    match e {
        PyErr::Lazy(l) => l.kind == ExcKind::AttributeError,
        PyErr::Object(v) => weft_runtime::types::exception::matches(
            v,
            &weft_runtime::types::exception::class_of_kind(ExcKind::AttributeError),
        ),
    }
}

/// Classes whose instances a single positional sub-pattern matches whole
/// (`case int(x)`), unless they define `__match_args__`.
fn matches_self(cls: &Value) -> bool {
    let infos: [&'static TypeInfo; 10] = [
        &int::INT_TYPE,
        &float::FLOAT_TYPE,
        &pystr::STR_TYPE,
        &bytes::BYTES_TYPE,
        &bytearray::BYTEARRAY_TYPE,
        &DICT_TYPE,
        &set::SET_TYPE,
        &LIST_TYPE,
        &TUPLE_TYPE,
        &none_bool::BOOL_TYPE,
    ];
    infos.into_iter().any(|info| derives_from(cls, info))
}

/// `getattr(subject, name)` for one sub-pattern, refusing a name already
/// used; `None` (no match) when the attribute is missing.
fn class_attr(
    subject: &Value,
    cls: &Value,
    name: &Value,
    seen: &mut Vec<Value>,
) -> PyResult<Option<Value>> {
    let text = pystr::as_str(name).unwrap_or("");
    if seen.iter().any(|s| pystr::as_str(s) == Some(text)) {
        return Err(type_error(format!(
            "{}() got multiple sub-patterns for attribute {}",
            typeobj::type_name(cls),
            ops::repr_of(name)?
        )));
    }
    seen.push(name.clone());
    match super::attr::getattr(subject, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if is_attribute_error(&e) => Ok(None),
        Err(e) => Err(e),
    }
}

/// A class pattern `cls(<nargs positional>, <kwnames>=...)` against
/// `subject`: the attributes for the sub-patterns, or `None` if it does not
/// match.
pub fn match_class(
    subject: &Value,
    cls: &Value,
    nargs: usize,
    kwnames: &Value,
) -> PyResult<Option<Vec<Value>>> {
    if typeobj::as_type(cls).is_none() {
        return Err(type_error("called match pattern must be a type"));
    }
    if !typeobj::isinstance(subject, cls) {
        return Ok(None);
    }
    let mut seen = Vec::new();
    let mut attrs = Vec::new();
    if nargs > 0 {
        let (match_args, match_self) =
            match super::attr::getattr(cls, &pystr::intern("__match_args__")) {
                Ok(v) => {
                    if tuple::as_tuple(&v).is_none()
                        || !typeobj::is_builtin_type(&typeobj::type_of(&v), &TUPLE_TYPE)
                    {
                        return Err(type_error(format!(
                            "{}.__match_args__ must be a tuple (got {})",
                            typeobj::type_name(cls),
                            typeobj::type_name_of(&v)
                        )));
                    }
                    (tuple::as_tuple(&v).unwrap_or(&[]).to_vec(), false)
                }
                Err(e) if is_attribute_error(&e) => (Vec::new(), matches_self(cls)),
                Err(e) => return Err(e),
            };
        let allowed = if match_self { 1 } else { match_args.len() };
        if allowed < nargs {
            let plural = if allowed == 1 { "" } else { "s" };
            return Err(type_error(format!(
                "{}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)",
                typeobj::type_name(cls)
            )));
        }
        if match_self {
            attrs.push(subject.clone());
        } else {
            for name in &match_args[..nargs] {
                if pystr::as_str(name).is_none()
                    || !typeobj::is_builtin_type(&typeobj::type_of(name), &pystr::STR_TYPE)
                {
                    return Err(type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        typeobj::type_name_of(name)
                    )));
                }
                match class_attr(subject, cls, name, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(None),
                }
            }
        }
    }
    for name in tuple::as_tuple(kwnames).unwrap_or(&[]) {
        match class_attr(subject, cls, name, &mut seen)? {
            Some(v) => attrs.push(v),
            None => return Ok(None),
        }
    }
    Ok(Some(attrs))
}

/// The values of `keys` (a tuple) in mapping `subject`, or `None` if one
/// is missing; a key repeated among those found is a ValueError.
pub fn match_keys(subject: &Value, keys: &Value) -> PyResult<Option<Vec<Value>>> {
    let keys = tuple::as_tuple(keys).unwrap_or(&[]);
    if keys.is_empty() {
        return Ok(Some(Vec::new()));
    }
    // Exact dicts are read directly; anything else through its `get`, with
    // a private default, as CPython does (no `__missing__` side effects).
    let exact = Dict::cast(subject);
    let get = match exact {
        Some(_) => None,
        None => Some(super::attr::getattr(subject, &pystr::intern("get"))?),
    };
    let missing = List::new(Vec::new());
    let seen = Set::new(Vec::new())?;
    let seen = Set::cast(&seen).expect("a set");
    let mut values = Vec::with_capacity(keys.len());
    for key in keys {
        if seen.contains(key)? {
            return Err(error(
                "ValueError",
                format!(
                    "mapping pattern checks duplicate key ({})",
                    ops::repr_of(key)?
                ),
            ));
        }
        seen.add(key.clone())?;
        let value = match (&exact, &get) {
            (Some(d), _) => d.get(key)?,
            (None, Some(get)) => {
                let v = protocol::call(get, &[key.clone(), missing.clone()])?;
                if v.is(&missing) {
                    None
                } else {
                    Some(v)
                }
            }
            (None, None) => None,
        };
        match value {
            Some(v) => values.push(v),
            None => return Ok(None),
        }
    }
    Ok(Some(values))
}

/// `**rest`: a new dict of `subject`'s items without `keys` (a tuple).
pub fn copy_without_keys(subject: &Value, keys: &Value) -> PyResult<Value> {
    let copy = Dict::new();
    ops::dict_update(&copy, subject)?;
    for key in tuple::as_tuple(keys).unwrap_or(&[]) {
        ops::delitem(&copy, key)?;
    }
    Ok(copy)
}

/// Stores a `MatchClass` or `MatchKeys` result in a register window:
/// `regs[base]` := whether it matched, then the values in `regs[base+1..]`.
pub fn store_result(regs: &mut [Value], base: usize, found: Option<Vec<Value>>) {
    regs[base] = none_bool::bool_value(found.is_some());
    for (i, v) in found.into_iter().flatten().enumerate() {
        regs[base + 1 + i] = v;
    }
}
