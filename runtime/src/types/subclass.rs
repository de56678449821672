//! Python classes derived from built-in types (`class L(list)`).
//!
//! An instance of such a class is an ordinary `Instance` (a class and a
//! `__dict__`) that also holds the built-in value it extends, its `base`.
//! The built-in type's methods, found along the class's MRO, run on that
//! value (`function::call_native` hands them the base as receiver), and an
//! operator the class does not override in Python goes to the base too
//! (`instance::builtin_base`). Results are the built-in type's, as in
//! CPython (`type(L() + [])` is `list`).
//!
//! This file holds what the built-in types' namespaces gain for this:
//! `__new__` (make the base: from the arguments for immutable types, empty
//! for mutable ones) and, for the mutable types, `__init__` (fill it).

use super::descriptor::staticmethod;
use super::function::{native_function, native_method, NativeFn};
use super::instance::new_instance_with_base;
use super::{bytearray, dict, list, none_bool, set, typeobj};
use crate::args::Args;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::typeinfo::TypeInfo;
use crate::protocol;
use crate::value::Value;

/// The built-in types a Python class may derive from (CPython refuses
/// `bool`, `range`, `slice`, functions...: "not an acceptable base type").
fn acceptable_bases() -> [&'static TypeInfo; 11] {
    use super::{bytes, complex, float, int, str as pystr, tuple};
    [
        &int::INT_TYPE,
        &float::FLOAT_TYPE,
        &complex::COMPLEX_TYPE,
        &pystr::STR_TYPE,
        &bytes::BYTES_TYPE,
        &bytearray::BYTEARRAY_TYPE,
        &tuple::TUPLE_TYPE,
        &list::LIST_TYPE,
        &dict::DICT_TYPE,
        &set::SET_TYPE,
        &set::FROZENSET_TYPE,
    ]
}

/// A mutable built-in type defined outside the runtime (the interpreter's
/// `collections.deque`) that Python classes may derive from. Its values
/// are made empty by `construct` and filled by `init`, as the runtime's own
/// mutable containers.
pub struct ExtraBase {
    pub info: &'static TypeInfo,
    /// `T.__new__(cls, *args)` (a static method): an empty `T` when `cls`
    /// is `T`, else `new_instance(cls, args)`.
    pub new: NativeFn,
    /// `T.__init__(self, *args)`, called with the built-in value as `self`.
    pub init: NativeFn,
    /// Further entries of the type's namespace (they override `methods`).
    pub entries: fn() -> Vec<(&'static str, Value)>,
}

static EXTRA_BASES: std::sync::RwLock<Vec<&'static ExtraBase>> = std::sync::RwLock::new(Vec::new());

/// Make `base.info` an acceptable base; call before its type object is
/// first made (`typeobj::builtin_type`).
pub fn register_base(base: &'static ExtraBase) {
    let mut v = EXTRA_BASES.write().unwrap_or_else(|e| e.into_inner());
    if !v.iter().any(|b| std::ptr::eq(b.info, base.info)) {
        v.push(base);
    }
}

fn extra_base(info: &'static TypeInfo) -> Option<&'static ExtraBase> {
    EXTRA_BASES
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .iter()
        .copied()
        .find(|b| std::ptr::eq(b.info, info))
}

/// Whether Python classes may derive from the built-in type `info`.
pub fn is_acceptable_base(info: &'static TypeInfo) -> bool {
    acceptable_bases()
        .into_iter()
        .any(|t| std::ptr::eq(t, info))
        || extra_base(info).is_some()
}

/// Built-in types whose values `__init__` fills after `__new__` made them
/// empty (the others take their value in `__new__`).
fn is_mutable(info: &'static TypeInfo) -> bool {
    [
        &list::LIST_TYPE,
        &dict::DICT_TYPE,
        &set::SET_TYPE,
        &bytearray::BYTEARRAY_TYPE,
    ]
    .into_iter()
    .any(|t| std::ptr::eq(t, info))
        || extra_base(info).is_some()
}

/// The entries a subclassable built-in type's namespace gets: `__new__`
/// (a static method, as in CPython) and for mutable types `__init__`.
pub fn namespace_entries(info: &'static TypeInfo) -> Vec<(&'static str, Value)> {
    if let Some(b) = extra_base(info) {
        let mut out = vec![
            ("__new__", staticmethod(native_function("__new__", b.new))),
            ("__init__", native_method("__init__", b.init, info)),
            ("__hash__", none_bool::none()),
        ];
        out.extend((b.entries)());
        return out;
    }
    if !is_acceptable_base(info) {
        return Vec::new();
    }
    let k = acceptable_bases()
        .into_iter()
        .position(|t| std::ptr::eq(t, info))
        .expect("an acceptable base");
    let mut out = vec![(
        "__new__",
        staticmethod(native_function("__new__", NEW_FUNCTIONS[k])),
    )];
    if is_mutable(info) {
        out.push((
            "__init__",
            native_method("__init__", builtin_init as NativeFn, info),
        ));
        // The mutable containers are unhashable, their subclasses too.
        out.push(("__hash__", none_bool::none()));
    }
    out
}

/// A new instance of `cls`, a Python class derived from a built-in type,
/// for the call `cls(*args)`: its base made as `__new__` makes it.
pub fn new_instance(cls: &Value, args: Args<'_>) -> PyResult<Value> {
    let info = typeobj::builtin_base_of(cls).expect("a class derived from a built-in type");
    let builtin = typeobj::builtin_type(info);
    let base = if is_mutable(info) {
        protocol::construct(&builtin, Args::new(&[], &[]))?
    } else {
        protocol::construct(&builtin, args)?
    };
    Ok(new_instance_with_base(cls, Some(base)))
}

/// `T.__new__` for each type of `acceptable_bases` (`T` is the K-th).
const NEW_FUNCTIONS: [NativeFn; 11] = [
    builtin_new::<0>,
    builtin_new::<1>,
    builtin_new::<2>,
    builtin_new::<3>,
    builtin_new::<4>,
    builtin_new::<5>,
    builtin_new::<6>,
    builtin_new::<7>,
    builtin_new::<8>,
    builtin_new::<9>,
    builtin_new::<10>,
];

/// `T.__new__(cls, *args)` for the K-th built-in type `T`: `T(*args)`
/// itself when `cls` is `T`, else an instance of `cls` (a subclass of `T`)
/// extending a new `T` value.
fn builtin_new<const K: usize>(args: Args<'_>) -> PyResult<Value> {
    let owner = typeobj::builtin_type(acceptable_bases()[K]);
    let name = typeobj::type_name(&owner);
    let Some((cls, rest)) = args.positional.split_first() else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("{name}.__new__(): not enough arguments"),
        ));
    };
    if typeobj::as_type(cls).is_none() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "{name}.__new__(X): X is not a type object ({})",
                typeobj::type_name_of(cls)
            ),
        ));
    }
    if !typeobj::is_subclass(cls, &owner) {
        let c = typeobj::type_name(cls);
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("{name}.__new__({c}): {c} is not a subtype of {name}"),
        ));
    }
    let info = typeobj::builtin_base_of(cls).expect("a subclass of a built-in type");
    let builtin = typeobj::builtin_type(info);
    let rest = Args::new(rest, args.keywords);
    if cls.is(&builtin) {
        return protocol::construct(&builtin, rest);
    }
    new_instance(cls, rest)
}

/// `T.__init__(self, *args)` for a mutable built-in type `T`: `self`'s
/// value becomes that of `T(*args)` (the receiver is the base already:
/// `call_native` passes it).
fn builtin_init(args: Args<'_>) -> PyResult<Value> {
    let Some((me, rest)) = args.positional.split_first() else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "descriptor '__init__' needs an argument",
        ));
    };
    let builtin = typeobj::type_of(me);
    let made = protocol::construct(&builtin, Args::new(rest, args.keywords))?;
    if let (Some(l), Some(new)) = (list::List::cast(me), list::List::cast(&made)) {
        l.clear();
        l.extend_from_list(new);
    } else if let (Some(d), Some(new)) = (dict::Dict::cast(me), dict::Dict::cast(&made)) {
        d.clear();
        for (k, v) in new.items() {
            d.set(k, v)?;
        }
    } else if let (Some(s), Some(new)) = (set::Set::cast(me), set::Set::cast(&made)) {
        s.clear();
        for x in new.items() {
            s.add(x)?;
        }
    } else if let (Some(b), Some(new)) = (
        bytearray::ByteArray::cast(me),
        bytearray::ByteArray::cast(&made),
    ) {
        b.clear();
        b.extend(&new.to_vec());
    } else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "descriptor '__init__' requires a '{}' object",
                typeobj::type_name(&builtin)
            ),
        ));
    }
    Ok(none_bool::none())
}

#[cfg(all(test, not(loom)))]
mod tests;
