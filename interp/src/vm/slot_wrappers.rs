//! The special methods of the built-in types as attributes (CPython's slot
//! wrappers): `'a'.__add__('b')`, `(1).__add__(2.0)` (NotImplemented),
//! `[].__len__()`, `int.__neg__(5)`, `{1: 2}.__getitem__(1)`.
//!
//! Built-in values run their operators natively (`ops.rs`), so these are
//! not stored in the types' dicts: attribute lookup falls back to them
//! when the type dict has no such name (`wrapper_for`). The operators
//! therefore never dispatch through them, and a wrapper may call the full
//! operator (`ops::len`, `ops::builtin_binary`...) without recursing.
//!
//! Which type has which special method is one table (`slots_of`), built
//! from groups (numbers, sequences, mappings...) as CPython's slot tables
//! are; each special method is one generic function over any built-in
//! value, so the table is all there is to say per type.

use weft_runtime::object::typeinfo::TypeInfo;
use weft_runtime::types::bytearray::BYTEARRAY_TYPE;
use weft_runtime::types::bytes::BYTES_TYPE;
use weft_runtime::types::compare::CompareOp;
use weft_runtime::types::dict::DICT_TYPE;
use weft_runtime::types::float::FLOAT_TYPE;
use weft_runtime::types::function::{bound_method, native_function, NativeFn};
use weft_runtime::types::int::{BinOp, INT_TYPE};
use weft_runtime::types::list::LIST_TYPE;
use weft_runtime::types::none_bool::BOOL_TYPE;
use weft_runtime::types::range::RANGE_TYPE;
use weft_runtime::types::set::{Set, FROZENSET_TYPE, SET_TYPE};
use weft_runtime::types::str::STR_TYPE;
use weft_runtime::types::tuple::TUPLE_TYPE;
use weft_runtime::types::{byteslike, float, int, none_bool, str as pystr, typeobj};
use weft_runtime::{Args, ExcKind, PyResult, Value};

use super::errors::type_error;
use super::ops;

// ------------------------------------------------------------ the table

const NUMBER: &[&str] = &[
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__truediv__",
    "__rtruediv__",
    "__floordiv__",
    "__rfloordiv__",
    "__mod__",
    "__rmod__",
    "__divmod__",
    "__rdivmod__",
    "__pow__",
    "__rpow__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__bool__",
    "__int__",
    "__float__",
];
const INTEGER: &[&str] = &[
    "__lshift__",
    "__rlshift__",
    "__rshift__",
    "__rrshift__",
    "__and__",
    "__rand__",
    "__or__",
    "__ror__",
    "__xor__",
    "__rxor__",
    "__invert__",
    "__index__",
];
const COMPARE: &[&str] = &["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"];
const EQUALITY: &[&str] = &["__eq__", "__ne__"];
const HASH: &[&str] = &["__hash__"];
const SEQUENCE: &[&str] = &["__len__", "__contains__", "__getitem__", "__iter__"];
const CONCAT: &[&str] = &["__add__", "__mul__", "__rmul__"];
const MUTABLE: &[&str] = &["__setitem__", "__delitem__", "__iadd__", "__imul__"];
const FORMAT: &[&str] = &["__mod__", "__rmod__"];
const SET_OPS: &[&str] = &[
    "__or__",
    "__ror__",
    "__and__",
    "__rand__",
    "__sub__",
    "__rsub__",
    "__xor__",
    "__rxor__",
    "__len__",
    "__contains__",
    "__iter__",
];
const SET_INPLACE: &[&str] = &["__ior__", "__iand__", "__isub__", "__ixor__"];
const MAPPING: &[&str] = &[
    "__len__",
    "__contains__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__iter__",
    "__or__",
    "__ror__",
    "__ior__",
];
const REPR: &[&str] = &["__repr__", "__str__"];

/// The special-method groups of each built-in type.
fn slots_of(ty: &Value) -> &'static [&'static [&'static str]] {
    let is = |info: &'static TypeInfo| typeobj::is_builtin_type(ty, info);
    if is(&INT_TYPE) || is(&BOOL_TYPE) {
        &[NUMBER, INTEGER, COMPARE, HASH, REPR]
    } else if is(&FLOAT_TYPE) {
        &[NUMBER, COMPARE, HASH, REPR]
    } else if is(&STR_TYPE) || is(&BYTES_TYPE) {
        &[SEQUENCE, CONCAT, FORMAT, COMPARE, HASH, REPR]
    } else if is(&BYTEARRAY_TYPE) {
        &[SEQUENCE, CONCAT, MUTABLE, FORMAT, COMPARE, REPR]
    } else if is(&LIST_TYPE) {
        &[SEQUENCE, CONCAT, MUTABLE, COMPARE, REPR]
    } else if is(&TUPLE_TYPE) {
        &[SEQUENCE, CONCAT, COMPARE, HASH, REPR]
    } else if is(&RANGE_TYPE) {
        &[SEQUENCE, EQUALITY, HASH, REPR]
    } else if is(&DICT_TYPE) {
        &[MAPPING, EQUALITY, REPR]
    } else if is(&SET_TYPE) {
        &[SET_OPS, SET_INPLACE, COMPARE, REPR]
    } else if is(&FROZENSET_TYPE) {
        &[SET_OPS, COMPARE, HASH, REPR]
    } else {
        &[]
    }
}

/// The slot wrapper `name` of the built-in type `ty`, if it has one and
/// the type's own dict does not define `name` (a wrapper overrides what
/// `object` would give: `(1).__hash__` is int's, not object's).
fn lookup(ty: &Value, name: &str) -> Option<(&'static str, NativeFn)> {
    // Most names asked for (`e.code`) are answered here without making a
    // str to look up.
    if !is_special(name) || !slots_of(ty).iter().any(|group| group.contains(&name)) {
        return None;
    }
    let own = weft_runtime::types::dict::Dict::cast(typeobj::class_dict(ty)).expect("a dict");
    if own.contains(&pystr::str_value(name)).unwrap_or(true) {
        return None;
    }
    WRAPPERS.iter().find(|(n, _)| *n == name).copied()
}

/// Every slot is a special name, `__x__`.
fn is_special(name: &str) -> bool {
    name.len() > 4 && name.starts_with("__") && name.ends_with("__")
}

/// `obj.name` for a built-in value whose type dict has no `name`: the
/// special method bound to `obj`, if the type has it. Looked up before
/// the MRO (whose `object` entries it overrides).
pub fn bound_wrapper(obj: &Value, name: &str) -> Option<Value> {
    // Tested first: `is_user` is a lookup.
    if !is_special(name) || ops::is_user(obj) {
        return None;
    }
    let (name, f) = lookup(&typeobj::type_of(obj), name)?;
    Some(bound_method(native_function(name, f), obj.clone()))
}

/// `T.name` for a built-in type `T`: the unbound special method (its
/// receiver is the first argument).
pub fn unbound_wrapper(ty: &Value, name: &str) -> Option<Value> {
    let (name, f) = lookup(ty, name)?;
    // On an instance of a Python subclass, the wrapper works on the
    // built-in value it extends (not through the subclass's overrides).
    Some(match typeobj::builtin_base_of(ty) {
        Some(info) => weft_runtime::types::function::native_method(name, f, info),
        None => native_function(name, f),
    })
}

// ------------------------------------------------------------ the wrappers

/// The receiver and the `N` arguments of a slot wrapper call: `TypeError:
/// expected 1 argument, got 0` otherwise, as CPython's wrappers say.
fn unpack<const N: usize>(args: Args<'_>, name: &str) -> PyResult<(Value, [Value; N])> {
    if !args.keywords.is_empty() {
        return Err(type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    let Some((receiver, rest)) = args.positional.split_first() else {
        return Err(type_error(format!("descriptor '{name}' needs an argument")));
    };
    let rest: [Value; N] = rest.to_vec().try_into().map_err(|v: Vec<Value>| {
        type_error(format!(
            "expected {N} argument{}, got {}",
            if N == 1 { "" } else { "s" },
            v.len()
        ))
    })?;
    Ok((receiver.clone(), rest))
}

fn not_implemented() -> Value {
    typeobj::not_implemented()
}

/// Whether a number method of `receiver` takes `other`: an int's only
/// ints, a float's ints and floats (else NotImplemented, so the other
/// operand's reflected method runs, as in CPython).
fn number_accepts(receiver: &Value, other: &Value) -> bool {
    if int::as_int(receiver).is_some() {
        return int::as_int(other).is_some();
    }
    if float::as_f64(receiver).is_some() {
        return int::as_num(other).is_some();
    }
    true
}

fn binary_slot(args: Args<'_>, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let (receiver, [other]) = unpack::<1>(args, name)?;
    if !number_accepts(&receiver, &other) {
        return Ok(not_implemented());
    }
    let (a, b) = if reflected {
        (&other, &receiver)
    } else {
        (&receiver, &other)
    };
    Ok(ops::builtin_binary(op, a, b)?.unwrap_or_else(not_implemented))
}

fn inplace_slot(args: Args<'_>, name: &str, op: BinOp) -> PyResult<Value> {
    let (receiver, [other]) = unpack::<1>(args, name)?;
    ops::inplace(op, &receiver, &other)
}

fn divmod_slot(args: Args<'_>, name: &str, reflected: bool) -> PyResult<Value> {
    let (receiver, [other]) = unpack::<1>(args, name)?;
    if !number_accepts(&receiver, &other) {
        return Ok(not_implemented());
    }
    let (a, b) = if reflected {
        (&other, &receiver)
    } else {
        (&receiver, &other)
    };
    let pair = [a.clone(), b.clone()];
    crate::builtins::numeric::divmod(Args::positional(&pair))
}

fn unary_slot(args: Args<'_>, name: &'static str) -> PyResult<Value> {
    let (v, []) = unpack::<0>(args, name)?;
    let one = [v.clone()];
    match name {
        "__neg__" => ops::unary(&v, name, "-"),
        "__pos__" => ops::unary(&v, name, "+"),
        "__invert__" => ops::unary(&v, name, "~"),
        "__abs__" => crate::builtins::numeric::abs(Args::positional(&one)),
        "__bool__" => ops::truthy(&v).map(none_bool::bool_value),
        "__int__" | "__index__" => {
            ops::call(&typeobj::builtin_type(&INT_TYPE), Args::positional(&one))
        }
        "__float__" => ops::call(&typeobj::builtin_type(&FLOAT_TYPE), Args::positional(&one)),
        "__hash__" => ops::hash(&v).map(|h| int::int_from_i64(h as i64)),
        "__len__" => ops::len(&v).map(|n| int::int_from_i64(n as i64)),
        "__iter__" => ops::iter(&v),
        "__repr__" => ops::repr_of(&v).map(pystr::str_from_string),
        "__str__" => ops::str_value(&v),
        _ => Err(type_error(format!("no slot wrapper {name}"))),
    }
}

/// Whether `a.__eq__(b)` and the orderings compare or answer
/// NotImplemented: numbers with numbers, byte strings with byte strings,
/// sets with sets, otherwise only the same type.
fn comparable(a: &Value, b: &Value) -> bool {
    (int::as_num(a).is_some() && int::as_num(b).is_some() && number_accepts(a, b))
        || (byteslike::buffer(a).is_some() && byteslike::buffer(b).is_some())
        || (Set::cast(a).is_some() && Set::cast(b).is_some())
        || typeobj::type_of(a).is(&typeobj::type_of(b))
}

fn compare_slot(args: Args<'_>, name: &str, op: CompareOp) -> PyResult<Value> {
    let (a, [b]) = unpack::<1>(args, name)?;
    // Another value of a subclass of the same built-in type compares by
    // the value it extends (`dict.__eq__(d, MyDict(...))`).
    let b = ops::extended_value_of_same_type(&b, &a)
        .cloned()
        .unwrap_or(b);
    if !comparable(&a, &b) {
        return Ok(not_implemented());
    }
    match ops::compare(&a, &b, op) {
        Err(e) if e.kind() == Some(ExcKind::TypeError) => Ok(not_implemented()),
        other => other,
    }
}

fn item_slot(args: Args<'_>, name: &str) -> PyResult<Value> {
    match name {
        "__setitem__" => {
            let (obj, [key, value]) = unpack::<2>(args, name)?;
            ops::setitem(&obj, &key, value).map(|()| none_bool::none())
        }
        "__getitem__" => {
            let (obj, [key]) = unpack::<1>(args, name)?;
            ops::getitem(&obj, &key)
        }
        "__delitem__" => {
            let (obj, [key]) = unpack::<1>(args, name)?;
            ops::delitem(&obj, &key).map(|()| none_bool::none())
        }
        _ => {
            let (obj, [item]) = unpack::<1>(args, name)?;
            ops::contains(&obj, &item).map(none_bool::bool_value)
        }
    }
}

/// One native function per special method (a `NativeFn` carries no data,
/// so the name is fixed in each).
macro_rules! wrappers {
    ($($name:literal => |$args:ident| $body:expr;)*) => {
        const WRAPPERS: &[(&str, NativeFn)] = &[
            $(($name, {
                fn wrapper($args: Args<'_>) -> PyResult<Value> {
                    $body
                }
                wrapper
            })),*
        ];
    };
}

wrappers! {
    "__add__" => |a| binary_slot(a, "__add__", BinOp::Add, false);
    "__radd__" => |a| binary_slot(a, "__radd__", BinOp::Add, true);
    "__sub__" => |a| binary_slot(a, "__sub__", BinOp::Sub, false);
    "__rsub__" => |a| binary_slot(a, "__rsub__", BinOp::Sub, true);
    "__mul__" => |a| binary_slot(a, "__mul__", BinOp::Mul, false);
    "__rmul__" => |a| binary_slot(a, "__rmul__", BinOp::Mul, true);
    "__truediv__" => |a| binary_slot(a, "__truediv__", BinOp::TrueDiv, false);
    "__rtruediv__" => |a| binary_slot(a, "__rtruediv__", BinOp::TrueDiv, true);
    "__floordiv__" => |a| binary_slot(a, "__floordiv__", BinOp::FloorDiv, false);
    "__rfloordiv__" => |a| binary_slot(a, "__rfloordiv__", BinOp::FloorDiv, true);
    "__mod__" => |a| binary_slot(a, "__mod__", BinOp::Mod, false);
    "__rmod__" => |a| binary_slot(a, "__rmod__", BinOp::Mod, true);
    "__pow__" => |a| binary_slot(a, "__pow__", BinOp::Pow, false);
    "__rpow__" => |a| binary_slot(a, "__rpow__", BinOp::Pow, true);
    "__lshift__" => |a| binary_slot(a, "__lshift__", BinOp::LShift, false);
    "__rlshift__" => |a| binary_slot(a, "__rlshift__", BinOp::LShift, true);
    "__rshift__" => |a| binary_slot(a, "__rshift__", BinOp::RShift, false);
    "__rrshift__" => |a| binary_slot(a, "__rrshift__", BinOp::RShift, true);
    "__and__" => |a| binary_slot(a, "__and__", BinOp::And, false);
    "__rand__" => |a| binary_slot(a, "__rand__", BinOp::And, true);
    "__or__" => |a| binary_slot(a, "__or__", BinOp::Or, false);
    "__ror__" => |a| binary_slot(a, "__ror__", BinOp::Or, true);
    "__xor__" => |a| binary_slot(a, "__xor__", BinOp::Xor, false);
    "__rxor__" => |a| binary_slot(a, "__rxor__", BinOp::Xor, true);
    "__iadd__" => |a| inplace_slot(a, "__iadd__", BinOp::Add);
    "__imul__" => |a| inplace_slot(a, "__imul__", BinOp::Mul);
    "__ior__" => |a| inplace_slot(a, "__ior__", BinOp::Or);
    "__iand__" => |a| inplace_slot(a, "__iand__", BinOp::And);
    "__isub__" => |a| inplace_slot(a, "__isub__", BinOp::Sub);
    "__ixor__" => |a| inplace_slot(a, "__ixor__", BinOp::Xor);
    "__divmod__" => |a| divmod_slot(a, "__divmod__", false);
    "__rdivmod__" => |a| divmod_slot(a, "__rdivmod__", true);
    "__neg__" => |a| unary_slot(a, "__neg__");
    "__pos__" => |a| unary_slot(a, "__pos__");
    "__invert__" => |a| unary_slot(a, "__invert__");
    "__abs__" => |a| unary_slot(a, "__abs__");
    "__bool__" => |a| unary_slot(a, "__bool__");
    "__int__" => |a| unary_slot(a, "__int__");
    "__index__" => |a| unary_slot(a, "__index__");
    "__float__" => |a| unary_slot(a, "__float__");
    "__hash__" => |a| unary_slot(a, "__hash__");
    "__len__" => |a| unary_slot(a, "__len__");
    "__iter__" => |a| unary_slot(a, "__iter__");
    "__repr__" => |a| unary_slot(a, "__repr__");
    "__str__" => |a| unary_slot(a, "__str__");
    "__eq__" => |a| compare_slot(a, "__eq__", CompareOp::Eq);
    "__ne__" => |a| compare_slot(a, "__ne__", CompareOp::Ne);
    "__lt__" => |a| compare_slot(a, "__lt__", CompareOp::Lt);
    "__le__" => |a| compare_slot(a, "__le__", CompareOp::Le);
    "__gt__" => |a| compare_slot(a, "__gt__", CompareOp::Gt);
    "__ge__" => |a| compare_slot(a, "__ge__", CompareOp::Ge);
    "__getitem__" => |a| item_slot(a, "__getitem__");
    "__setitem__" => |a| item_slot(a, "__setitem__");
    "__delitem__" => |a| item_slot(a, "__delitem__");
    "__contains__" => |a| item_slot(a, "__contains__");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every name a type lists has a wrapper.
    #[test]
    fn every_listed_slot_has_a_wrapper() {
        for group in [
            NUMBER,
            INTEGER,
            COMPARE,
            HASH,
            SEQUENCE,
            CONCAT,
            MUTABLE,
            FORMAT,
            SET_OPS,
            SET_INPLACE,
            MAPPING,
            REPR,
        ] {
            for name in group {
                assert!(
                    WRAPPERS.iter().any(|(n, _)| n == name),
                    "{name} has no wrapper"
                );
            }
        }
    }
}
