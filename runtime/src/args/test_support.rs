//! Helpers for the method tests of every built-in type: calls through the
//! Python-level path (`getattr` then a call) and Python-like displays of
//! results and errors, to compare with what `python3` prints.

use crate::args::Args;
use crate::error::{PyErr, PyResult};
use crate::types::{dict::Dict, float, list::List, set::Set, str as pystr, tuple, typeobj};
use crate::value::Value;
use crate::{attr, protocol};

/// An int value.
pub(crate) fn int(i: i64) -> Value {
    crate::types::int::int_from_i64(i)
}

/// A str value.
pub(crate) fn s(text: &str) -> Value {
    pystr::str_value(text)
}

/// `obj.name(*pos, **kw)`.
pub(crate) fn call_kw(
    obj: &Value,
    name: &str,
    pos: &[Value],
    kw: &[(&str, Value)],
) -> PyResult<Value> {
    let method = attr::getattr(obj, &pystr::intern(name))?;
    let kw: Vec<(Value, Value)> = kw
        .iter()
        .map(|(k, v)| (pystr::intern(k), v.clone()))
        .collect();
    protocol::call_args(&method, Args::new(pos, &kw))
}

/// `obj.name(*pos)`.
pub(crate) fn call(obj: &Value, name: &str, pos: &[Value]) -> PyResult<Value> {
    call_kw(obj, name, pos, &[])
}

/// `type(example).name(*pos)`: the unbound method, called directly.
pub(crate) fn call_unbound(example: &Value, name: &str, pos: &[Value]) -> PyResult<Value> {
    let method = attr::getattr(&typeobj::type_of(example), &pystr::intern(name))?;
    protocol::call(&method, pos)
}

/// `repr(v)` for the values tests produce (containers included; sets in
/// their insertion order).
pub(crate) fn show(v: &Value) -> String {
    let items = |vs: &[Value]| vs.iter().map(show).collect::<Vec<_>>().join(", ");
    if let Some(l) = List::cast(v) {
        return format!("[{}]", items(&l.to_vec()));
    }
    if let Some(t) = tuple::as_tuple(v) {
        return if t.len() == 1 {
            format!("({},)", show(&t[0]))
        } else {
            format!("({})", items(t))
        };
    }
    if let Some(d) = Dict::cast(v) {
        let pairs: Vec<String> = d
            .items()
            .iter()
            .map(|(k, x)| format!("{}: {}", show(k), show(x)))
            .collect();
        return format!("{{{}}}", pairs.join(", "));
    }
    if let Some(st) = Set::cast(v) {
        return if st.is_empty() {
            "set()".to_string()
        } else {
            format!("{{{}}}", items(&st.items()))
        };
    }
    if let Some(b) = crate::types::bytearray::ByteArray::cast(v) {
        return format!(
            "bytearray({})",
            crate::types::bytes::bytes_repr(&b.to_vec())
        );
    }
    if let Some(x) = float::as_f64(v) {
        return float::float_repr(x);
    }
    protocol::repr(v).expect("repr")
}

/// The result as python3's test script prints it: `repr(result)`, or
/// `"Kind: message"` for an error (a `KeyError` shows the repr of its key).
pub(crate) fn outcome(r: PyResult<Value>) -> String {
    match r {
        Ok(v) => show(&v),
        Err(PyErr::Lazy(l)) => match &l.arg {
            Some(a) => format!("{}: {}", l.kind.name(), show(a)),
            None => format!("{}: {}", l.kind.name(), l.message),
        },
        Err(PyErr::Object(o)) => format!("<exception object {}>", show(&o)),
    }
}

/// Check each `(result, expected)` pair, reporting every mismatch at once.
pub(crate) fn check_all(cases: Vec<(PyResult<Value>, &str)>) {
    let mut bad = Vec::new();
    for (i, (r, want)) in cases.into_iter().enumerate() {
        let got = outcome(r);
        if got != want {
            bad.push(format!("case {i}: got {got:?}, want {want:?}"));
        }
    }
    assert!(bad.is_empty(), "\n{}", bad.join("\n"));
}

/// `obj.name(*pos)`, then `obj` itself (to show what a mutation did).
pub(crate) fn after(obj: &Value, name: &str, pos: &[Value]) -> PyResult<Value> {
    call(obj, name, pos).map(|_| obj.clone())
}

/// `obj.name(**kw)`, then `obj` itself.
pub(crate) fn after_kw(obj: &Value, name: &str, kw: &[(&str, Value)]) -> PyResult<Value> {
    call_kw(obj, name, &[], kw).map(|_| obj.clone())
}

/// `2**70`.
pub(crate) fn big() -> Value {
    crate::types::int::int_from_bigint(num_bigint::BigInt::from(1i64) << 70u32)
}

/// `-2**70`.
pub(crate) fn big_neg() -> Value {
    crate::types::int::int_from_bigint(-(num_bigint::BigInt::from(1i64) << 70u32))
}

/// A list of ints.
pub(crate) fn ints(v: &[i64]) -> Value {
    List::new(v.iter().map(|&i| int(i)).collect())
}

/// A native function computing `-x` (a `key=` for sorts).
pub(crate) fn negate() -> Value {
    crate::types::function::native_function("negate", |a| crate::types::int::neg(&a.positional[0]))
}

/// A dict of `pairs`.
pub(crate) fn dict_of(pairs: Vec<(Value, Value)>) -> Value {
    let d = Dict::new();
    for (k, v) in pairs {
        Dict::cast(&d)
            .expect("a dict")
            .set(k, v)
            .expect("hashable keys");
    }
    d
}

/// A tuple.
pub(crate) fn tup(items: Vec<Value>) -> Value {
    tuple::tuple_new(items)
}
