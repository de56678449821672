//! What `bytes` and `bytearray` share: their read-only methods (`find`,
//! `split`, `center`, `title`, `translate`...), written once over a byte
//! slice and instantiated for each type through `ByteKind` (the receiver
//! and how a result is made: `bytes` methods return bytes, `bytearray`
//! methods a new bytearray), as CPython's `Objects/bytes_methods.c` does.
//!
//! A bytearray receiver is read as one snapshot under its lock, so a method
//! sees consistent contents even while another thread writes.

use std::borrow::Cow;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::types::bytearray::ByteArray;
use crate::types::bytes;
use crate::value::Value;

/// One of the two byte-string types, for the shared methods.
pub trait ByteKind: 'static {
    /// The type name, for error messages (`"bytes"`).
    const NAME: &'static str;
    /// The receiver's bytes, if `v` is of this type.
    fn receiver(v: &Value) -> Option<Cow<'_, [u8]>>;
    /// A new object of this type holding `data`.
    fn make(data: Vec<u8>) -> Value;
}

/// `bytes`.
pub struct BytesKind;

impl ByteKind for BytesKind {
    const NAME: &'static str = "bytes";
    fn receiver(v: &Value) -> Option<Cow<'_, [u8]>> {
        bytes::as_bytes(v).map(Cow::Borrowed)
    }
    fn make(data: Vec<u8>) -> Value {
        bytes::bytes_new(data)
    }
}

/// `bytearray`.
pub struct ByteArrayKind;

impl ByteKind for ByteArrayKind {
    const NAME: &'static str = "bytearray";
    fn receiver(v: &Value) -> Option<Cow<'_, [u8]>> {
        ByteArray::cast(v).map(|b| Cow::Owned(b.to_vec()))
    }
    fn make(data: Vec<u8>) -> Value {
        ByteArray::new(&data)
    }
}

/// The bytes of a bytes-like object (`bytes` or `bytearray`), if `v` is
/// one: CPython's buffer protocol, for the types that have it here.
pub fn buffer(v: &Value) -> Option<Cow<'_, [u8]>> {
    BytesKind::receiver(v).or_else(|| ByteArrayKind::receiver(v))
}

/// A bytes-like argument: `TypeError: a bytes-like object is required, not
/// 'str'`.
pub fn buffer_arg(v: &Value) -> PyResult<Cow<'_, [u8]>> {
    buffer(v).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "a bytes-like object is required, not '{}'",
                crate::args::type_name(v)
            ),
        )
    })
}

/// The needle of `find`, `count`, `index`...: a bytes-like object or an
/// int in `range(0, 256)`.
pub fn needle_arg(v: &Value) -> PyResult<Cow<'_, [u8]>> {
    if let Some(b) = buffer(v) {
        return Ok(b);
    }
    if crate::types::int::is_int(v) {
        return Ok(Cow::Owned(vec![byte_arg(v)?]));
    }
    Err(PyErr::new(
        ExcKind::TypeError,
        format!(
            "argument should be integer or bytes-like object, not '{}'",
            crate::args::type_name(v)
        ),
    ))
}

/// An int (or `__index__`) in `range(0, 256)`: `ValueError: byte must be in
/// range(0, 256)`.
pub fn byte_arg(v: &Value) -> PyResult<u8> {
    let n = crate::args::index_arg(v).map_err(|e| match e.kind() {
        Some(ExcKind::OverflowError) => {
            PyErr::new(ExcKind::ValueError, "byte must be in range(0, 256)")
        }
        _ => e,
    })?;
    u8::try_from(n).map_err(|_| PyErr::new(ExcKind::ValueError, "byte must be in range(0, 256)"))
}

/// The first position of `needle` in `hay` (`Some(0)` for an empty needle).
pub fn find_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() == 1 {
        return hay.iter().position(|&c| c == needle[0]);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The last position of `needle` in `hay` (`Some(len)` for an empty needle).
pub fn rfind_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// `bytes.hex(sep, bytes_per_sep)`: CPython's `_Py_strhex_impl`. Groups of
/// `|bytes_per_sep|` bytes are counted from the right when it is positive,
/// from the left when negative.
pub fn hex_with_separator(data: &[u8], sep: Option<u8>, bytes_per_sep: i64) -> String {
    let digits = |b: u8| format!("{b:02x}");
    let Some(sep) = sep.filter(|_| bytes_per_sep != 0 && !data.is_empty()) else {
        return data.iter().map(|&b| digits(b)).collect();
    };
    let group = bytes_per_sep.unsigned_abs().min(data.len() as u64) as usize;
    let mut out = String::with_capacity(data.len() * 3);
    // The first group is the short one when counting from the right.
    let first = if bytes_per_sep > 0 {
        (data.len() - 1) % group + 1
    } else {
        group
    };
    for (i, &b) in data.iter().enumerate() {
        let boundary = if i < first {
            false
        } else {
            (i - first).is_multiple_of(group)
        };
        if boundary {
            out.push(sep as char);
        }
        out.push_str(&digits(b));
    }
    out
}

mod methods;
pub mod predicates;
pub mod search;
pub mod transform;

#[cfg(all(test, not(loom)))]
mod tests;
