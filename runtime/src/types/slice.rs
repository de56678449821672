//! `slice(start, stop, step)`: the object `a[i:j:k]` passes to
//! `__getitem__`. Unhashable, as in CPython 3.11.

use super::sequence::{slice_indices, SliceIndices};
use super::{int, none_bool, tuple};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::alloc::{self, drop_and_free};
use crate::object::header::ObjHeader;
use crate::object::typeinfo::TypeInfo;
use crate::protocol;
use crate::value::Value;

/// The payload of a slice object; absent parts are `None` objects.
pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub static SLICE_TYPE: TypeInfo = TypeInfo {
    eq: Some(slice_eq),
    traverse: Some(traverse_slice),
    methods: &[("indices", slice_indices_method)],
    ..TypeInfo::new("slice", drop_and_free::<Slice>)
};

/// `s.indices(length)`.
fn slice_indices_method(args: crate::args::Args<'_>) -> PyResult<Value> {
    let (s, [length]) = crate::args::Method::one("slice", "indices").parse(args, as_slice)?;
    let n = crate::args::index_arg(crate::args::required(length))?;
    if n < 0 {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "length should not be negative",
        ));
    }
    indices_tuple(s, n as usize)
}

/// A new slice; `None` parts become Python `None`.
pub fn slice_new(start: Option<Value>, stop: Option<Value>, step: Option<Value>) -> Value {
    let or_none = |v: Option<Value>| v.unwrap_or_else(none_bool::none);
    let payload = Slice {
        start: or_none(start),
        stop: or_none(stop),
        step: or_none(step),
    };
    // SAFETY: a fresh object's one reference moves into the Value.
    unsafe { Value::from_owned(alloc::alloc(&SLICE_TYPE, payload)) }
}

/// The slice behind `v`, if it is one.
pub fn as_slice(v: &Value) -> Option<&Slice> {
    // SAFETY: objects of `SLICE_TYPE` are allocated as `Obj<Slice>`.
    unsafe { alloc::downcast::<Slice>(v, &SLICE_TYPE) }
}

/// A slice part as an optional i64: None, an int or an object with
/// `__index__` ("slice indices must be integers or None or have an
/// __index__ method"). Huge ints clamp, as CPython's `_PyEval_SliceIndex`
/// does.
fn part(v: &Value) -> PyResult<Option<i64>> {
    crate::args::slice_index_or_none(Some(v))
}

/// A slice's start, stop and step as optional ints: what `__index__`
/// gives, before any sequence length is known.
#[derive(Clone, Copy)]
pub struct SliceParts(Option<i64>, Option<i64>, Option<i64>);

impl SliceParts {
    /// The parts of `start:stop` or `start:stop:step` written without a
    /// slice object (`x[a:b:c]`), checked as a slice's are (may call
    /// `__index__`).
    pub fn of_parts(parts: &[Value]) -> PyResult<SliceParts> {
        let at = |i: usize| parts.get(i).map_or(Ok(None), part);
        Ok(SliceParts(at(0)?, at(1)?, at(2)?))
    }

    /// Start, stop and step, each `None` where absent.
    pub fn get(self) -> (Option<i64>, Option<i64>, Option<i64>) {
        (self.0, self.1, self.2)
    }

    /// The positions selected in a sequence of `len` items. Runs no Python
    /// code, so it may be called under a container's lock.
    pub fn indices(self, len: usize) -> PyResult<SliceIndices> {
        slice_indices(len, self.0, self.1, self.2)
    }
}

impl Slice {
    /// The positions this slice selects in a sequence of `len` items.
    pub fn indices(&self, len: usize) -> PyResult<SliceIndices> {
        self.parts()?.indices(len)
    }

    /// The parts as ints (may call `__index__`, so never under a lock).
    pub fn parts(&self) -> PyResult<SliceParts> {
        Ok(SliceParts(
            part(&self.start)?,
            part(&self.stop)?,
            part(&self.step)?,
        ))
    }
}

/// `s.indices(len)` as Python returns it: `(start, stop, step)`.
pub fn indices_tuple(s: &Slice, len: usize) -> PyResult<Value> {
    let ix = s.indices(len)?;
    Ok(tuple::tuple_new(vec![
        int::int_from_i64(ix.start),
        int::int_from_i64(ix.stop),
        int::int_from_i64(ix.step),
    ]))
}

/// `repr(slice)`: `slice(1, 2, None)`.
pub fn slice_repr(s: &Slice) -> PyResult<String> {
    Ok(format!(
        "slice({}, {}, {})",
        protocol::repr(&s.start)?,
        protocol::repr(&s.stop)?,
        protocol::repr(&s.step)?
    ))
}

fn slice_eq(a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (as_slice(a), as_slice(b)) else {
        return Ok(None);
    };
    Ok(Some(
        protocol::eq(&x.start, &y.start)?
            && protocol::eq(&x.stop, &y.stop)?
            && protocol::eq(&x.step, &y.step)?,
    ))
}

/// # Safety
/// `obj` is a live `Obj<Slice>`.
unsafe fn traverse_slice(obj: *const ObjHeader, visit: &mut dyn FnMut(*const ObjHeader)) {
    // SAFETY: the caller's contract.
    let s =
        unsafe { alloc::payload::<Slice>(std::ptr::NonNull::new_unchecked(obj as *mut ObjHeader)) };
    for v in [&s.start, &s.stop, &s.step] {
        if let Some(o) = v.as_object() {
            visit(o.as_ptr());
        }
    }
}
