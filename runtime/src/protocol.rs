//! Operations on any value that containers need: `hash(x)` and `x == y`.
//!
//! Built-in types answer through their `TypeInfo`; everything else (user
//! classes with `__eq__`/`__hash__`) goes to the hooks the interpreter
//! installs. Callers must not hold a container lock across these calls:
//! they may run Python code, which may touch the same container.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::numeric::hash::hash_i64;
use crate::types::compare::CompareOp;
use crate::value::Value;
use std::sync::OnceLock;

/// Python-level behaviour the interpreter supplies.
pub trait Hooks: Sync + Send {
    /// `hash(v)` for a value whose type has no built-in hash; `None` if the
    /// hooks do not know the type either.
    fn hash(&self, v: &Value) -> Option<PyResult<isize>>;
    /// `a == b` for types without a built-in equality (or that returned
    /// NotImplemented); `None` if the hooks do not know the types either.
    fn eq(&self, a: &Value, b: &Value) -> Option<PyResult<bool>>;
    /// `a <op> b` for types without a built-in ordering (user classes with
    /// `__lt__` and friends); `None` if unknown.
    fn compare(&self, _a: &Value, _b: &Value, _op: CompareOp) -> Option<PyResult<bool>> {
        None
    }
    /// `callable(*args)` for objects the runtime cannot call itself.
    fn call(&self, _callable: &Value, _args: crate::args::Args<'_>) -> Option<PyResult<Value>> {
        None
    }
    /// `repr(v)` for types the runtime cannot format itself.
    fn repr(&self, _v: &Value) -> Option<PyResult<String>> {
        None
    }
    /// Calling a built-in type whose constructor the interpreter provides
    /// (`int("3")`, `list(x)`).
    fn construct(&self, _ty: &Value, _args: crate::args::Args<'_>) -> Option<PyResult<Value>> {
        None
    }
    /// `list(v)` for iterables the runtime cannot walk itself (generators,
    /// user iterators); `None` if unknown.
    fn iterate(&self, _v: &Value) -> Option<PyResult<Vec<Value>>> {
        None
    }
    /// `d.update(other)` for an `other` that is not a dict: a mapping's
    /// `keys()` and `__getitem__` (which only the interpreter can call),
    /// else an iterable of pairs; `None` if unknown.
    fn dict_update(&self, _d: &Value, _other: &Value) -> Option<PyResult<()>> {
        None
    }
    /// Report an exception that cannot be raised (in `__del__`, a weak
    /// reference callback), through `sys.unraisablehook`; `object` is what
    /// raised it. Returns whether the hooks reported it.
    fn unraisable(&self, _exc: &Value, _object: &Value) -> bool {
        false
    }
}

/// Report an exception that cannot propagate (CPython's
/// `PyErr_WriteUnraisable`), raised by `object`: through the interpreter
/// (`sys.unraisablehook`), else as a line on stderr.
pub fn report_unraisable(err: PyErr, object: &Value) {
    let exc = crate::types::exception::materialize(err);
    if HOOKS.get().is_some_and(|h| h.unraisable(&exc, object)) {
        return;
    }
    let text = crate::types::exception::exception_str(&exc).unwrap_or_default();
    let name = crate::types::typeobj::type_name_of(&exc);
    let what = repr(object).unwrap_or_else(|_| "<object>".to_string());
    if text.is_empty() {
        eprintln!("Exception ignored in: {what}\n{name}");
    } else {
        eprintln!("Exception ignored in: {what}\n{name}: {text}");
    }
}

static HOOKS: OnceLock<&'static dyn Hooks> = OnceLock::new();

/// Install the interpreter's hooks (once per process).
pub fn install_hooks(hooks: &'static dyn Hooks) {
    let _ = HOOKS.set(hooks);
}

/// `hash(v)`.
pub fn hash(v: &Value) -> PyResult<isize> {
    let Some(obj) = v.as_object() else {
        return Ok(hash_i64(v.as_small_int().expect("not an object, so an inline int")) as isize);
    };
    // SAFETY: `v` holds a reference, so the object is alive.
    let ty = unsafe { obj.as_ref() }.type_info();
    // Strs (most keys that are objects): their cached hash, no slot call.
    if std::ptr::eq(ty, &crate::types::str::STR_TYPE) {
        if let Some(s) = crate::types::str::cast(v) {
            return Ok(s.hash());
        }
    }
    if let Some(h) = ty.hash {
        return h(v);
    }
    if let Some(r) = HOOKS.get().and_then(|h| h.hash(v)) {
        return r;
    }
    Err(PyErr::new(
        ExcKind::TypeError,
        format!("unhashable type: '{}'", ty.name),
    ))
}

/// `a == b`, with Python's rules: identity implies equality for container
/// lookups (`x is y or x == y`), then the left operand's equality, then the
/// reflected one, then identity.
pub fn eq(a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    // As the `==` operator: a right operand whose class is a proper
    // subclass of the left one's is asked first.
    let order = if reflected_first(a, b) {
        [(b, a), (a, b)]
    } else {
        [(a, b), (b, a)]
    };
    for (x, y) in order {
        if let Some(f) = type_eq(x) {
            if let Some(r) = f(x, y)? {
                return Ok(r);
            }
        }
    }
    if let Some(r) = HOOKS.get().and_then(|h| h.eq(a, b)) {
        return r;
    }
    Ok(false)
}

/// Whether `b` is an instance of a Python class that is a proper
/// subclass of `a`'s type (CPython's `do_richcompare` rule).
fn reflected_first(a: &Value, b: &Value) -> bool {
    use crate::types::{instance, typeobj};
    let Some(ib) = instance::as_instance(b) else {
        return false;
    };
    let (class_a, class_b) = (typeobj::type_of(a), ib.class());
    !class_a.is(class_b) && typeobj::is_subclass(class_b, &class_a)
}

fn type_eq(v: &Value) -> Option<crate::object::typeinfo::EqFn> {
    match v.as_object() {
        // SAFETY: `v` holds a reference, so the object is alive.
        Some(obj) => unsafe { obj.as_ref() }.type_info().eq,
        None => crate::types::int_eq_fn(),
    }
}

/// `a < b`.
pub fn lt(a: &Value, b: &Value) -> PyResult<bool> {
    crate::types::compare::richcompare(a, b, CompareOp::Lt)
}

/// The interpreter's comparison for types the runtime does not order.
pub(crate) fn hooks_dict_update(d: &Value, other: &Value) -> Option<PyResult<()>> {
    HOOKS.get().and_then(|h| h.dict_update(d, other))
}

pub(crate) fn hooks_compare(a: &Value, b: &Value, op: CompareOp) -> Option<PyResult<bool>> {
    HOOKS.get().and_then(|h| h.compare(a, b, op))
}

/// `repr(v)` for the runtime's scalar types, else through the hooks.
pub fn repr(v: &Value) -> PyResult<String> {
    use crate::types::{bytes, float, int, none_bool, str as pystr};
    if int::as_int(v).is_some() && none_bool::as_bool(v).is_none() {
        return int::int_repr(v);
    }
    if let Some(b) = none_bool::as_bool(v) {
        return Ok(none_bool::bool_repr(b).to_string());
    }
    if none_bool::is_none(v) {
        return Ok("None".to_string());
    }
    if let Some(x) = float::as_f64(v) {
        return Ok(float::float_repr(x));
    }
    if let Some(c) = crate::types::complex::as_complex(v) {
        return Ok(crate::types::complex::complex_repr(c));
    }
    if let Some(s) = pystr::as_str(v) {
        return Ok(pystr::str_repr(s));
    }
    if let Some(b) = bytes::as_bytes(v) {
        return Ok(bytes::bytes_repr(b));
    }
    if let Some(r) = crate::types::range::as_range(v) {
        return Ok(crate::types::range::range_repr(r));
    }
    if let Some(s) = crate::types::slice::as_slice(v) {
        return crate::types::slice::slice_repr(s);
    }
    if crate::types::exception::as_exception(v).is_some() {
        return crate::types::exception::exception_repr(v);
    }
    if let Some(view) = crate::types::dict_views::as_view(v) {
        let item_repr = |item: &Value| -> PyResult<String> {
            match crate::types::tuple::as_tuple(item) {
                Some([k, x]) => Ok(format!("({}, {})", repr(k)?, repr(x)?)),
                _ => repr(item),
            }
        };
        let items: PyResult<Vec<String>> = view.items().iter().map(item_repr).collect();
        return Ok(format!("{}([{}])", v.type_name(), items?.join(", ")));
    }
    if let Some(text) = crate::types::weakref::weakref_repr_text(v) {
        return Ok(text);
    }
    if let Some(p) = crate::types::mappingproxy::as_proxy(v) {
        return crate::types::mappingproxy::proxy_repr(p);
    }
    if let Some(m) = crate::types::slots::as_member(v) {
        return Ok(crate::types::slots::member_repr(m));
    }
    if let Some(r) = HOOKS.get().and_then(|h| h.repr(v)) {
        return r;
    }
    let obj = v.as_object().expect("inline ints are handled above");
    Ok(format!(
        "<{} object at {:#x}>",
        v.type_name(),
        obj.as_ptr() as usize
    ))
}

/// `ty(*args)` for a built-in type `ty` (through the interpreter's hooks).
pub fn construct(ty: &Value, args: crate::args::Args<'_>) -> PyResult<Value> {
    if let Some(r) = HOOKS.get().and_then(|h| h.construct(ty, args)) {
        return r;
    }
    Err(PyErr::new(
        ExcKind::TypeError,
        format!(
            "cannot create '{}' instances",
            crate::types::typeobj::type_name(ty)
        ),
    ))
}

/// `callable(*args)`.
pub fn call(callable: &Value, args: &[Value]) -> PyResult<Value> {
    call_args(callable, crate::args::Args::positional(args))
}

/// `object.__hash__`: by identity. The hash slot of built-in types that
/// define no equality of their own (functions, descriptors, generators).
pub fn identity_hash_slot(v: &Value) -> PyResult<isize> {
    Ok(crate::types::instance::identity_hash(v))
}

/// Whether the value's built-in type has a call slot (functions, methods,
/// classes, staticmethod, weakref...): the built-in half of `callable()`.
pub fn has_call_slot(v: &Value) -> bool {
    // SAFETY: `v` holds a reference, so the object is alive.
    v.as_object()
        .is_some_and(|obj| unsafe { obj.as_ref() }.type_info().call.is_some())
}

/// `callable(*args, **kwargs)`.
pub fn call_args(callable: &Value, args: crate::args::Args<'_>) -> PyResult<Value> {
    if let Some(obj) = callable.as_object() {
        // SAFETY: `callable` holds a reference, so the object is alive.
        let info = unsafe { obj.as_ref() }.type_info();
        if let Some(call) = info.call {
            return call(callable, args);
        }
        if let Some(inst) = crate::types::instance::as_instance(callable) {
            let ty = inst.class();
            if let Some(f) = crate::types::typeobj::lookup(ty, crate::interned!("__call__")) {
                return call_args(&crate::types::typeobj::bind(&f, callable, ty)?, args);
            }
        }
    }
    if let Some(r) = HOOKS.get().and_then(|h| h.call(callable, args)) {
        return r;
    }
    Err(PyErr::new(
        ExcKind::TypeError,
        format!(
            "'{}' object is not callable",
            crate::types::typeobj::type_name_of(callable)
        ),
    ))
}

/// `bool(v)`: `__bool__`, then `__len__`, then true, as CPython.
pub fn truthy(v: &Value) -> PyResult<bool> {
    use crate::types::{
        bytearray, bytes, dict, float, int, list, none_bool, set, str as pystr, tuple,
    };
    if let Some(i) = v.as_small_int() {
        return Ok(i != 0);
    }
    if let Some(b) = none_bool::as_bool(v) {
        return Ok(b);
    }
    if none_bool::is_none(v) {
        return Ok(false);
    }
    if let Some(i) = int::as_int(v) {
        return Ok(!matches!(i, int::IntRef::Small(0)));
    }
    if let Some(x) = float::as_f64(v) {
        return Ok(x != 0.0);
    }
    if let Some(c) = crate::types::complex::as_complex(v) {
        return Ok(crate::types::complex::complex_is_true(c));
    }
    let len = pystr::str_len(v)
        .or_else(|| bytes::as_bytes(v).map(<[u8]>::len))
        .or_else(|| tuple::as_tuple(v).map(<[Value]>::len))
        .or_else(|| list::List::cast(v).map(|l| l.len()))
        .or_else(|| dict::Dict::cast(v).map(|d| d.len()))
        .or_else(|| crate::types::dict_views::as_view(v).map(|d| d.len()))
        .or_else(|| set::Set::cast(v).map(|s| s.len()))
        .or_else(|| bytearray::ByteArray::cast(v).map(|b| b.len()))
        .or_else(|| crate::types::range::as_range(v).map(|r| r.len()));
    if let Some(n) = len {
        return Ok(n != 0);
    }
    // A native type defined outside the runtime with a `__len__` method
    // (the interpreter's `collections.deque`).
    if let Some(obj) = v.as_object() {
        // SAFETY: `v` holds a reference, so the object is alive.
        let info = unsafe { obj.as_ref() }.type_info();
        if let Some(&(_, len_fn)) = info.methods.iter().find(|(n, _)| *n == "__len__") {
            let r = len_fn(crate::args::Args::positional(std::slice::from_ref(v)))?;
            return truthy(&r);
        }
    }
    if let (Some(base), Some(_)) = (
        crate::types::instance::builtin_base(v, crate::interned!("__bool__")),
        crate::types::instance::builtin_base(v, crate::interned!("__len__")),
    ) {
        return truthy(&base);
    }
    if let Some(inst) = crate::types::instance::as_instance(v) {
        use crate::types::typeobj::{bind, lookup};
        let ty = inst.class();
        if let Some(f) = lookup(ty, crate::interned!("__bool__")) {
            let r = call(&bind(&f, v, ty)?, &[])?;
            return none_bool::as_bool(&r).ok_or_else(|| {
                PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "__bool__ should return bool, returned {}",
                        crate::types::typeobj::type_name_of(&r)
                    ),
                )
            });
        }
        if let Some(f) = lookup(ty, crate::interned!("__len__")) {
            let r = call(&bind(&f, v, ty)?, &[])?;
            return truthy(&r);
        }
    }
    Ok(true)
}

/// The items of an iterable the runtime can walk itself: list, tuple, dict
/// (its keys), set, str (its characters), bytes and bytearray (their
/// ints). `None` for anything else (user iterables need the interpreter),
/// so callers choose their error (`'int' object is not iterable`,
/// `can only join an iterable`).
pub fn builtin_items(v: &Value) -> Option<Vec<Value>> {
    use crate::types::{bytearray, bytes, dict, list, set, str as pystr, tuple};
    let byte = |b: &u8| Value::small_int(i64::from(*b)).expect("a byte fits inline");
    if let Some(l) = list::List::cast(v) {
        Some(l.to_vec())
    } else if let Some(t) = tuple::as_tuple(v) {
        Some(t.to_vec())
    } else if let Some(d) = dict::Dict::cast(v) {
        Some(d.keys())
    } else if let Some(view) = crate::types::dict_views::as_view(v) {
        Some(view.items())
    } else if let Some(s) = set::Set::cast(v) {
        Some(s.items())
    } else if let Some(s) = pystr::as_str(v) {
        Some(s.chars().map(pystr::char_value).collect())
    } else if let Some(b) = bytes::as_bytes(v) {
        Some(b.iter().map(byte).collect())
    } else {
        bytearray::ByteArray::cast(v).map(|b| b.to_vec().iter().map(byte).collect())
    }
}

/// `list(v)` for the iterables of `builtin_items`; `TypeError: 'int' object
/// is not iterable` otherwise.
pub fn iterate(v: &Value) -> PyResult<Vec<Value>> {
    if let Some(items) = builtin_items(v) {
        return Ok(items);
    }
    if let Some(r) = HOOKS.get().and_then(|h| h.iterate(v)) {
        return r;
    }
    Err(PyErr::new(
        ExcKind::TypeError,
        format!(
            "'{}' object is not iterable",
            crate::types::typeobj::type_name_of(v)
        ),
    ))
}
