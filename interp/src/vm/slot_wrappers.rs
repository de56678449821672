//! The special methods of the built-in types as attributes (CPython's slot
//! wrappers): `'a'.__add__('b')`, `(1).__add__(2.0)` (NotImplemented),
//! `[].__len__()`, `int.__neg__(5)`, `{1: 2}.__getitem__(1)`.
//!
//! They sit in the types' namespaces (`install`, at start-up), where
//! CPython keeps them, so `'__eq__' in str.__dict__` and a subclass's MRO
//! lookup find them in CPython's order. Built-in values still run their
//! operators natively (`ops.rs`), never through these, so a wrapper may
//! call the full operator (`ops::len`, `ops::builtin_binary`...) without
//! recursing; on an instance of a subclass, a wrapper gets the built-in
//! value the instance extends (a native method's owner, `call_native`).
//!
//! Which type has which special method is one table (`TYPES`); each special
//! method is one generic function over any built-in value.

use weft_runtime::object::typeinfo::TypeInfo;
use weft_runtime::types::bytearray::BYTEARRAY_TYPE;
use weft_runtime::types::bytes::BYTES_TYPE;
use weft_runtime::types::compare::CompareOp;
use weft_runtime::types::dict::DICT_TYPE;
use weft_runtime::types::float::FLOAT_TYPE;
use weft_runtime::types::function::NativeFn;
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

/// The special methods each built-in type's own namespace holds, as in
/// CPython 3.11's `T.__dict__` (a subclass's lookup along its MRO must
/// find them where CPython does: in `class S(str, Mixin)`, `str.__eq__`
/// comes before the mixin's). A name a type inherits is not listed:
/// `int.__str__` is `object.__str__`, so a subclass's `__repr__` shows.
const COMPARE: &[&str] = &["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"];
/// The arithmetic of int and float.
#[rustfmt::skip]
const NUMBER: &[&str] = &[
    "__abs__", "__add__", "__bool__", "__divmod__", "__float__", "__floordiv__", "__int__",
    "__mod__", "__mul__", "__neg__", "__pos__", "__pow__", "__radd__", "__rdivmod__",
    "__rfloordiv__", "__rmod__", "__rmul__", "__rpow__", "__rsub__", "__rtruediv__", "__sub__",
    "__truediv__", "__hash__", "__repr__",
];
/// What bool overrides of int.
const BITS: &[&str] = &[
    "__and__", "__or__", "__rand__", "__ror__", "__rxor__", "__xor__",
];
#[rustfmt::skip]
const INTEGER: &[&str] = &[
    "__index__", "__invert__", "__lshift__", "__rlshift__", "__rrshift__", "__rshift__",
];
const SEQUENCE: &[&str] = &["__contains__", "__getitem__", "__iter__", "__len__"];
/// A set's: a sequence's but indexing.
const COLLECTION: &[&str] = &["__contains__", "__iter__", "__len__"];
const CONCAT: &[&str] = &["__add__", "__mul__", "__rmul__"];
const MUTABLE: &[&str] = &["__delitem__", "__setitem__", "__iadd__", "__imul__"];
const FORMAT: &[&str] = &["__mod__", "__rmod__", "__str__"];
#[rustfmt::skip]
const SET_OPS: &[&str] = &[
    "__and__", "__or__", "__rand__", "__ror__", "__rsub__", "__rxor__", "__sub__", "__xor__",
];
const SET_INPLACE: &[&str] = &["__iand__", "__ior__", "__isub__", "__ixor__"];
const MAPPING: &[&str] = &["__delitem__", "__setitem__", "__ior__", "__or__", "__ror__"];
const HASH: &[&str] = &["__hash__"];
const REPR: &[&str] = &["__repr__"];

/// Each built-in type, its special methods (CPython 3.11's `T.__dict__`,
/// in groups), and whether its `__hash__` is None (the mutable containers
/// are unhashable).
type Groups = &'static [&'static [&'static str]];
#[rustfmt::skip]
const TYPES: &[(&TypeInfo, Groups, bool)] = &[
    (&INT_TYPE, &[NUMBER, BITS, INTEGER, COMPARE], false),
    (&BOOL_TYPE, &[BITS, REPR], false),
    (&FLOAT_TYPE, &[NUMBER, COMPARE], false),
    (
        &STR_TYPE,
        &[SEQUENCE, CONCAT, FORMAT, COMPARE, HASH, REPR],
        false,
    ),
    (
        &BYTES_TYPE,
        &[SEQUENCE, CONCAT, FORMAT, COMPARE, HASH, REPR],
        false,
    ),
    (
        &BYTEARRAY_TYPE,
        &[SEQUENCE, CONCAT, MUTABLE, FORMAT, COMPARE, REPR],
        true,
    ),
    (
        &LIST_TYPE,
        &[SEQUENCE, CONCAT, MUTABLE, COMPARE, REPR],
        true,
    ),
    (&TUPLE_TYPE, &[SEQUENCE, CONCAT, COMPARE, HASH, REPR], false),
    (
        &RANGE_TYPE,
        &[SEQUENCE, COMPARE, HASH, REPR, &["__bool__"]],
        false,
    ),
    (&DICT_TYPE, &[SEQUENCE, MAPPING, COMPARE, REPR], true),
    (
        &SET_TYPE,
        &[COLLECTION, SET_OPS, SET_INPLACE, COMPARE, REPR],
        true,
    ),
    (
        &FROZENSET_TYPE,
        &[COLLECTION, SET_OPS, COMPARE, HASH, REPR],
        false,
    ),
];

/// Put the special methods into the built-in types' namespaces, and
/// `object`'s comparisons into its own (at start-up, before any program
/// code runs: these namespaces never change after).
pub fn install() {
    for &(info, groups, unhashable) in TYPES {
        let ty = typeobj::builtin_type(info);
        let dict = weft_runtime::types::dict::Dict::cast(typeobj::class_dict(&ty)).expect("a dict");
        for name in groups.iter().flat_map(|g| g.iter()) {
            // The runtime's own method of that name (`list.__getitem__`),
            // when the type has one, stays: the operators may call it.
            if dict.contains(&pystr::intern(name)).unwrap_or(true) {
                continue;
            }
            let (name, f) = wrapper(name);
            let method = weft_runtime::types::function::immortal_slot_wrapper(name, f, info);
            dict.set(pystr::intern(name), method)
                .expect("str keys hash");
        }
        if unhashable {
            dict.set(pystr::intern("__hash__"), none_bool::none())
                .expect("str keys hash");
        }
        typeobj::dict_changed(&ty);
    }
    let object = typeobj::builtin_type(&typeobj::OBJECT_TYPE);
    let dict = weft_runtime::types::dict::Dict::cast(typeobj::class_dict(&object)).expect("a dict");
    for &(name, f) in OBJECT_COMPARISONS {
        let method =
            weft_runtime::types::function::immortal_slot_wrapper(name, f, &typeobj::OBJECT_TYPE);
        dict.set(pystr::intern(name), method)
            .expect("str keys hash");
    }
    typeobj::dict_changed(&object);
}

/// The wrapper for a listed name.
fn wrapper(name: &str) -> (&'static str, NativeFn) {
    *WRAPPERS
        .iter()
        .find(|(n, _)| *n == name)
        .expect("every listed special method has a wrapper")
}

/// Whether `f`, found on a class's MRO, is one of `object`'s comparisons:
/// the operators answer those themselves (identity, else NotImplemented),
/// without a call.
pub fn is_object_comparison(f: &Value) -> bool {
    weft_runtime::types::function::is_slot_wrapper(f)
        && weft_runtime::types::function::as_native(f).is_some_and(|n| {
            n.owner
                .is_some_and(|o| std::ptr::eq(o, &typeobj::OBJECT_TYPE))
        })
}

// ------------------------------------------------------------ object's comparisons

const OBJECT_COMPARISONS: &[(&str, NativeFn)] = &[
    ("__eq__", object_eq),
    ("__ne__", object_ne),
    ("__lt__", object_order),
    ("__le__", object_order),
    ("__gt__", object_order),
    ("__ge__", object_order),
];

/// `object.__eq__`: True for the object itself, else NotImplemented.
fn object_eq(args: Args<'_>) -> PyResult<Value> {
    let (a, [b]) = unpack::<1>(args, "__eq__")?;
    Ok(if a.is(&b) {
        none_bool::true_value()
    } else {
        not_implemented()
    })
}

/// `object.__ne__`: the inverse of the type's `__eq__`, unless that is
/// NotImplemented.
fn object_ne(args: Args<'_>) -> PyResult<Value> {
    let (a, [b]) = unpack::<1>(args, "__ne__")?;
    let eq = match typeobj::lookup(&typeobj::type_of(&a), weft_runtime::interned!("__eq__")) {
        Some(f) if !is_object_comparison(&f) => {
            weft_runtime::protocol::call(&f, &[a.clone(), b.clone()])?
        }
        _ => return object_eq(Args::positional(&[a, b])).and_then(|r| invert(&r)),
    };
    invert(&eq)
}

fn invert(r: &Value) -> PyResult<Value> {
    if typeobj::is_not_implemented(r) {
        return Ok(r.clone());
    }
    Ok(none_bool::bool_value(!weft_runtime::protocol::truthy(r)?))
}

/// `object.__lt__` and the other orderings: NotImplemented.
fn object_order(args: Args<'_>) -> PyResult<Value> {
    let (_, [_]) = unpack::<1>(args, "__lt__")?;
    Ok(not_implemented())
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

    /// Every name a type lists has a wrapper, once.
    #[test]
    fn every_listed_slot_has_a_wrapper() {
        for &(info, groups, _) in TYPES {
            let names: Vec<&str> = groups.iter().flat_map(|g| g.iter().copied()).collect();
            for (i, name) in names.iter().enumerate() {
                assert!(
                    WRAPPERS.iter().any(|(n, _)| n == name),
                    "{name} of {} has no wrapper",
                    info.name
                );
                assert!(
                    !names[..i].contains(name),
                    "{name} listed twice for {}",
                    info.name
                );
            }
        }
    }
}
