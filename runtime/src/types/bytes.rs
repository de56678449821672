//! `bytes`: an immutable byte string (payload `Box<[u8]>`).
//!
//! Immutable, so reads need no lock and `as_bytes` lends the slice for as
//! long as the caller's reference. The empty bytes object is an immortal
//! singleton. The hash is `str::hash_bytes` (so `hash(b'abc') ==
//! hash('abc')`, as in CPython); it is not cached, to keep the payload a
//! plain boxed slice. Indexing gives ints, slicing gives bytes; `repr`
//! matches CPython 3.11 exactly. The methods are shared with `bytearray`
//! (`types/byteslike`), the codecs live in `types/codecs.rs`.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::alloc::{self, drop_and_free};
use crate::object::typeinfo::TypeInfo;
use crate::value::Value;
use std::fmt::Write;
use std::sync::OnceLock;

use super::sequence::{normalize_index, slice_indices};
use super::str as pystr;

/// The payload of a bytes object.
pub type BytesData = Box<[u8]>;

/// The `bytes` type.
pub static BYTES_TYPE: TypeInfo = TypeInfo {
    hash: Some(bytes_hash),
    eq: Some(bytes_eq_slot),
    methods: methods::BYTES_METHODS,
    ..TypeInfo::new("bytes", drop_and_free::<BytesData>)
};

static EMPTY: OnceLock<usize> = OnceLock::new();

/// A bytes object holding `data`.
pub fn bytes_new(data: Vec<u8>) -> Value {
    if data.is_empty() {
        return empty_bytes();
    }
    let obj = alloc::alloc(&BYTES_TYPE, data.into_boxed_slice());
    // SAFETY: a fresh object's one reference moves into the Value.
    unsafe { Value::from_owned(obj) }
}

/// A bytes object holding a copy of `data`.
pub fn bytes_from_slice(data: &[u8]) -> Value {
    bytes_new(data.to_vec())
}

/// `b''`, immortal.
pub fn empty_bytes() -> Value {
    let word = *EMPTY
        .get_or_init(|| alloc::alloc_immortal(&BYTES_TYPE, BytesData::default()).as_ptr() as usize);
    // SAFETY: the word is an immortal object's address: its count never
    // changes, so a Value may claim it without taking a reference.
    unsafe { Value::from_raw(word) }
}

/// The bytes of a bytes object, borrowed for as long as `v` is.
#[inline]
pub fn as_bytes(v: &Value) -> Option<&[u8]> {
    // SAFETY: objects of `BYTES_TYPE` are allocated as `Obj<BytesData>`.
    unsafe { alloc::downcast::<BytesData>(v, &BYTES_TYPE) }.map(|b| &b[..])
}

fn expect_bytes(v: &Value) -> &[u8] {
    as_bytes(v).expect("a bytes object")
}

/// `len(b)`.
pub fn bytes_len(v: &Value) -> Option<usize> {
    as_bytes(v).map(<[u8]>::len)
}

fn bytes_hash(v: &Value) -> PyResult<isize> {
    Ok(pystr::hash_bytes(expect_bytes(v)))
}

fn bytes_eq_slot(a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let x = expect_bytes(a);
    Ok(super::byteslike::buffer(b).map(|y| x == &y[..]))
}

/// `b[i]`: an int.
pub fn getitem(v: &Value, i: i64) -> PyResult<Value> {
    let b = expect_bytes(v);
    normalize_index(i, b.len())
        .map(|j| Value::small_int(i64::from(b[j])).expect("a byte fits inline"))
        .ok_or_else(|| PyErr::new(ExcKind::IndexError, "index out of range"))
}

/// `b[start:stop:step]`.
pub fn slice(
    v: &Value,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> PyResult<Value> {
    let b = expect_bytes(v);
    let s = slice_indices(b.len(), start, stop, step)?;
    if s.len == b.len() && s.step == 1 {
        return Ok(v.clone());
    }
    Ok(bytes_new(s.positions().map(|i| b[i]).collect()))
}

/// `a + b` for a bytes `a` (`TypeError: can't concat str to bytes`).
pub fn concat(a: &Value, b: &Value) -> PyResult<Value> {
    let x = expect_bytes(a);
    let Some(y) = as_bytes(b) else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("can't concat {} to bytes", b.type_name()),
        ));
    };
    if y.is_empty() {
        return Ok(a.clone());
    }
    if x.is_empty() {
        return Ok(b.clone());
    }
    Ok(bytes_new([x, y].concat()))
}

/// `b * n`.
pub fn repeat(v: &Value, n: i64) -> PyResult<Value> {
    let b = expect_bytes(v);
    if n <= 0 || b.is_empty() {
        return Ok(empty_bytes());
    }
    if n == 1 {
        return Ok(v.clone());
    }
    if b.len() as u64 > i64::MAX as u64 / n as u64 {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "repeated bytes are too long",
        ));
    }
    if b.len() as u64 * n as u64 > crate::numeric::int_ops::MAX_RESULT_BITS / 8 {
        return Err(PyErr::new(ExcKind::MemoryError, ""));
    }
    Ok(bytes_new(b.repeat(n as usize)))
}

/// `x in b` for a bytes `x` (a subsequence test).
pub fn contains_bytes(b: &[u8], sub: &[u8]) -> bool {
    sub.is_empty() || b.windows(sub.len()).any(|w| w == sub)
}

/// `repr(b)`: `b'...'`, quoted with `"` only if the data holds `'` and no
/// `"`; `\\`, the quote, `\t`, `\n`, `\r` escaped, other bytes outside
/// 0x20..0x7f as `\xNN`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            _ if c == quote || c == b'\\' => {
                out.push('\\');
                out.push(c as char);
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7e => out.push(c as char),
            _ => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}

/// `b.decode(encoding, errors)` (`types/codecs.rs`).
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> PyResult<Value> {
    super::codecs::decode(b, encoding, errors)
}

#[cfg(all(test, not(loom)))]
mod tests;

mod methods;
