//! The `is...` methods of `bytes` and `bytearray` (ASCII classes only, as
//! CPython's `Py_ISALPHA` and friends).

use super::search::is_space;
use super::ByteKind;
use crate::args::{Args, Method};
use crate::error::PyResult;
use crate::types::none_bool::bool_value;
use crate::value::Value;

/// `b.istitle()`: uppercase letters only after uncased bytes, lowercase
/// only after cased ones, and at least one cased byte.
pub(crate) fn istitle_bytes(b: &[u8]) -> bool {
    use crate::types::str::{is_titlecased, Case};
    is_titlecased(b.iter().map(|c| {
        if c.is_ascii_uppercase() {
            Case::Upper
        } else if c.is_ascii_lowercase() {
            Case::Lower
        } else {
            Case::Uncased
        }
    }))
}

/// `isupper` (`lower == false`) or `islower`: some cased byte, none of the
/// other case.
fn is_case(b: &[u8], lower: bool) -> bool {
    let wanted = |c: &u8| {
        if lower {
            c.is_ascii_lowercase()
        } else {
            c.is_ascii_uppercase()
        }
    };
    let other = |c: &u8| {
        if lower {
            c.is_ascii_uppercase()
        } else {
            c.is_ascii_lowercase()
        }
    };
    b.iter().any(wanted) && !b.iter().any(other)
}

fn predicate<K: ByteKind>(
    args: Args<'_>,
    name: &'static str,
    test: impl Fn(&[u8]) -> bool,
) -> PyResult<Value> {
    let (b, []) = Method::no_args(K::NAME, name).parse(args, K::receiver)?;
    Ok(bool_value(test(&b)))
}

fn every(b: &[u8], f: impl Fn(u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(|&c| f(c))
}

pub(crate) fn isalnum<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    predicate::<K>(args, "isalnum", |b| every(b, |c| c.is_ascii_alphanumeric()))
}

pub(crate) fn isalpha<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    predicate::<K>(args, "isalpha", |b| every(b, |c| c.is_ascii_alphabetic()))
}

pub(crate) fn isascii<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    predicate::<K>(args, "isascii", |b| b.is_ascii())
}

pub(crate) fn isdigit<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    predicate::<K>(args, "isdigit", |b| every(b, |c| c.is_ascii_digit()))
}

pub(crate) fn isspace<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    predicate::<K>(args, "isspace", |b| every(b, is_space))
}

pub(crate) fn islower<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    predicate::<K>(args, "islower", |b| is_case(b, true))
}

pub(crate) fn isupper<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    predicate::<K>(args, "isupper", |b| is_case(b, false))
}

pub(crate) fn istitle<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    predicate::<K>(args, "istitle", istitle_bytes)
}
