//! `set`'s and `frozenset`'s methods as callables. Operands of the set
//! algebra may be any iterable; results take the receiver's type.

use super::{Set, SetRef};
use crate::args::{required, Args, Method};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::protocol;
use crate::types::function::NativeFn;
use crate::types::{int, none_bool};
use crate::value::Value;

fn mutable(v: &Value) -> Option<SetRef<'_>> {
    Set::cast(v).filter(|_| !Set::is_frozen(v))
}

fn any_set(v: &Value) -> Option<SetRef<'_>> {
    Set::cast(v)
}

/// The members of an operand: a set's own, or an iterable's.
fn members(v: &Value) -> PyResult<Vec<Value>> {
    match Set::cast(v) {
        Some(s) => Ok(s.items()),
        None => protocol::iterate(v),
    }
}

/// A temporary set of an operand, for membership tests.
fn as_lookup(v: &Value) -> PyResult<Value> {
    if Set::cast(v).is_some() {
        Ok(v.clone())
    } else {
        Set::new(protocol::iterate(v)?)
    }
}

fn set_add(args: Args<'_>) -> PyResult<Value> {
    let (s, [x]) = Method::one("set", "add").parse(args, mutable)?;
    s.add(required(x).clone())?;
    Ok(none_bool::none())
}

fn set_remove(args: Args<'_>) -> PyResult<Value> {
    let (s, [x]) = Method::one("set", "remove").parse(args, mutable)?;
    s.remove(required(x))?;
    Ok(none_bool::none())
}

fn set_discard(args: Args<'_>) -> PyResult<Value> {
    let (s, [x]) = Method::one("set", "discard").parse(args, mutable)?;
    s.discard(required(x))?;
    Ok(none_bool::none())
}

/// `s.pop()`: the member CPython's table would give up (`layout.rs`).
fn set_pop(args: Args<'_>) -> PyResult<Value> {
    let (s, []) = Method::no_args("set", "pop").parse(args, mutable)?;
    s.pop()?
        .ok_or_else(|| PyErr::key_error(crate::types::str::str_value("pop from an empty set")))
}

fn set_clear(args: Args<'_>) -> PyResult<Value> {
    let (s, []) = Method::no_args("set", "clear").parse(args, mutable)?;
    s.clear();
    Ok(none_bool::none())
}

/// A new set (or frozenset, as `like`) of the members of `s`, laid out
/// as CPython's copy (`set_merge` into an empty table).
fn copy_of(like: &Value, s: SetRef<'_>) -> PyResult<Value> {
    let copy = Set::new_like(like, Vec::new())?;
    Set::cast(&copy).expect("a set").merge(s)?;
    Ok(copy)
}

fn set_copy(args: Args<'_>) -> PyResult<Value> {
    let (s, []) = Method::no_args("set", "copy").parse(args, any_set)?;
    copy_of(&args.positional[0], s)
}

fn frozenset_copy(args: Args<'_>) -> PyResult<Value> {
    let (_, []) = Method::no_args("frozenset", "copy").parse(args, any_set)?;
    Ok(args.positional[0].clone())
}

fn set_update(args: Args<'_>) -> PyResult<Value> {
    let (s, rest) = Method::var_args("set", "update").bind(args, mutable)?;
    for other in rest.positional {
        s.update_from(other)?;
    }
    Ok(none_bool::none())
}

/// Which algebra operation a method performs.
#[derive(Clone, Copy)]
enum Op {
    Union,
    Intersection,
    Difference,
    SymmetricDifference,
}

fn combine(receiver: SetRef<'_>, others: &[Value], op: Op) -> PyResult<Vec<Value>> {
    let mut current = receiver.items();
    for other in others {
        current = match op {
            Op::Union => {
                let mut all = current;
                all.extend(members(other)?);
                all
            }
            Op::Intersection | Op::Difference => {
                let lookup = as_lookup(other)?;
                let l = Set::cast(&lookup).expect("a set");
                let keep_present = matches!(op, Op::Intersection);
                let mut out = Vec::new();
                for x in current {
                    if l.contains(&x)? == keep_present {
                        out.push(x);
                    }
                }
                out
            }
            Op::SymmetricDifference => {
                let mine = Set::new(current.clone())?;
                let m = Set::cast(&mine).expect("a set");
                let theirs = members(other)?;
                let lookup = Set::new(theirs.clone())?;
                let l = Set::cast(&lookup).expect("a set");
                let mut out = Vec::new();
                for x in current {
                    if !l.contains(&x)? {
                        out.push(x);
                    }
                }
                for x in theirs {
                    if !m.contains(&x)? {
                        out.push(x);
                    }
                }
                out
            }
        };
    }
    Ok(current)
}

fn algebra(args: Args<'_>, name: &'static str, op: Op) -> PyResult<Value> {
    let (s, rest) = Method::var_args("set", name).bind(args, any_set)?;
    if matches!(op, Op::SymmetricDifference) && rest.positional.len() != 1 {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "set.symmetric_difference() takes exactly one argument ({} given)",
                rest.positional.len()
            ),
        ));
    }
    if matches!(op, Op::Union) {
        // CPython's `set_union`: a copy, then each operand added as
        // `update` adds it (the table resizes decide the order).
        let result = copy_of(&args.positional[0], s)?;
        let r = Set::cast(&result).expect("a set");
        for other in rest.positional {
            r.update_from(other)?;
        }
        return Ok(result);
    }
    let items = combine(s, rest.positional, op)?;
    Set::new_like(&args.positional[0], items)
}

fn algebra_update(args: Args<'_>, name: &'static str, op: Op) -> PyResult<Value> {
    let (s, rest) = Method::var_args("set", name).bind(args, mutable)?;
    let items = combine(s, rest.positional, op)?;
    s.clear();
    for item in items {
        s.add(item)?;
    }
    Ok(none_bool::none())
}

/// A method that is one algebra operation (`union`...) or its in-place
/// form (`intersection_update`...).
macro_rules! algebra_method {
    ($fn:ident, $name:literal, $op:expr, $apply:ident) => {
        fn $fn(args: Args<'_>) -> PyResult<Value> {
            $apply(args, $name, $op)
        }
    };
}
algebra_method!(set_union, "union", Op::Union, algebra);
algebra_method!(set_intersection, "intersection", Op::Intersection, algebra);
algebra_method!(set_difference, "difference", Op::Difference, algebra);
algebra_method!(
    set_symmetric_difference,
    "symmetric_difference",
    Op::SymmetricDifference,
    algebra
);
algebra_method!(
    set_intersection_update,
    "intersection_update",
    Op::Intersection,
    algebra_update
);
algebra_method!(
    set_difference_update,
    "difference_update",
    Op::Difference,
    algebra_update
);
algebra_method!(
    set_symmetric_difference_update,
    "symmetric_difference_update",
    Op::SymmetricDifference,
    algebra_update
);

fn subset_test(args: Args<'_>, name: &'static str, superset: bool) -> PyResult<Value> {
    let (s, [other]) = Method::one("set", name).parse(args, any_set)?;
    let lookup = as_lookup(required(other))?;
    let l = Set::cast(&lookup).expect("a set");
    let (small, big) = if superset { (l, s) } else { (s, l) };
    for x in small.items() {
        if !big.contains(&x)? {
            return Ok(none_bool::false_value());
        }
    }
    Ok(none_bool::true_value())
}

fn set_issubset(args: Args<'_>) -> PyResult<Value> {
    subset_test(args, "issubset", false)
}
fn set_issuperset(args: Args<'_>) -> PyResult<Value> {
    subset_test(args, "issuperset", true)
}

fn set_isdisjoint(args: Args<'_>) -> PyResult<Value> {
    let (s, [other]) = Method::one("set", "isdisjoint").parse(args, any_set)?;
    for x in members(required(other))? {
        if s.contains(&x)? {
            return Ok(none_bool::false_value());
        }
    }
    Ok(none_bool::true_value())
}

fn set_len(args: Args<'_>) -> PyResult<Value> {
    let (s, []) = Method::wrapper("set", "__len__", 0).parse(args, any_set)?;
    Ok(int::int_from_i64(s.len() as i64))
}

fn set_contains(args: Args<'_>) -> PyResult<Value> {
    let (s, [x]) = Method::wrapper("set", "__contains__", 1).parse(args, any_set)?;
    Ok(none_bool::bool_value(s.contains(required(x))?))
}

/// `set`'s methods.
pub static SET_METHODS: [(&str, NativeFn); 20] = [
    ("add", set_add),
    ("remove", set_remove),
    ("discard", set_discard),
    ("pop", set_pop),
    ("clear", set_clear),
    ("copy", set_copy),
    ("update", set_update),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("intersection_update", set_intersection_update),
    ("difference_update", set_difference_update),
    (
        "symmetric_difference_update",
        set_symmetric_difference_update,
    ),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
    ("__len__", set_len),
    ("__contains__", set_contains),
    ("__iter__", set_iter),
];

/// `frozenset`'s methods: the non-mutating ones.
pub static FROZENSET_METHODS: [(&str, NativeFn); 11] = [
    ("copy", frozenset_copy),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
    ("__len__", set_len),
    ("__contains__", set_contains),
    ("__iter__", set_iter),
];

fn set_iter(args: Args<'_>) -> PyResult<Value> {
    let (_, []) = Method::wrapper("set", "__iter__", 0).parse(args, any_set)?;
    crate::types::iterator::iter(&args.positional[0])
}
