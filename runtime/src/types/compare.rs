//! Rich comparison (`<`, `<=`, `==`, `!=`, `>`, `>=`) across the built-in
//! immutable types: numbers (exact across int and float; complex numbers
//! only for `==` and `!=`), `str`, `bytes`
//! and `tuple` (item-wise, recursively).
//!
//! `==` and `!=` between other values go through `protocol::eq` (the types'
//! `eq` slots and the interpreter's hooks). Ordering of other types is the
//! interpreter's business (user `__lt__`); here it is a `TypeError` with
//! CPython's message.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::protocol;
use crate::value::Value;
use std::cmp::Ordering;

use super::{bytes, complex, int, str as pystr, tuple};

/// A comparison operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CompareOp {
    /// The operator as Python writes it.
    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }

    /// The operator with its operands swapped (`a < b` is `b > a`), which
    /// a reflected comparison method answers.
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
            other => other,
        }
    }

    /// Whether the operator holds for operands in order `ord`; `None` means
    /// unordered (a NaN), where only `!=` holds.
    pub fn holds(self, ord: Option<Ordering>) -> bool {
        let Some(ord) = ord else {
            return self == CompareOp::Ne;
        };
        match self {
            CompareOp::Lt => ord == Ordering::Less,
            CompareOp::Le => ord != Ordering::Greater,
            CompareOp::Eq => ord == Ordering::Equal,
            CompareOp::Ne => ord != Ordering::Equal,
            CompareOp::Gt => ord == Ordering::Greater,
            CompareOp::Ge => ord != Ordering::Less,
        }
    }

    /// `TypeError: '<' not supported between instances of 'int' and 'str'`.
    pub fn unsupported(self, a: &Value, b: &Value) -> PyErr {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "'{}' not supported between instances of '{}' and '{}'",
                self.symbol(),
                a.type_name(),
                b.type_name()
            ),
        )
    }
}

/// `a <op> b` for built-in values.
pub fn richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<bool> {
    if let Some(r) = int::num_compare(a, b, op) {
        return Ok(r);
    }
    // By value, never by identity: a complex with a NaN part is not equal
    // to itself.
    if matches!(op, CompareOp::Eq | CompareOp::Ne) {
        if let Some(equal) = complex::complex_eq(a, b)?.or(complex::complex_eq(b, a)?) {
            return Ok(equal == (op == CompareOp::Eq));
        }
    }
    // UTF-8 byte order is code point order, which is Python's str order.
    if let (Some(x), Some(y)) = (pystr::as_str(a), pystr::as_str(b)) {
        return Ok(op.holds(Some(x.cmp(y))));
    }
    if let (Some(x), Some(y)) = (bytes::as_bytes(a), bytes::as_bytes(b)) {
        return Ok(op.holds(Some(x.cmp(y))));
    }
    // `bytes` and `bytearray` compare with each other by content.
    if let (Some(x), Some(y)) = (super::byteslike::buffer(a), super::byteslike::buffer(b)) {
        return Ok(op.holds(Some(x.cmp(&y))));
    }
    if tuple::as_tuple(a).is_some() && tuple::as_tuple(b).is_some() {
        return tuple::tuple_compare(a, b, op);
    }
    if let (Some(x), Some(y)) = (super::list::List::cast(a), super::list::List::cast(b)) {
        return x.compare(y, op);
    }
    match op {
        CompareOp::Eq => protocol::eq(a, b),
        CompareOp::Ne => protocol::eq(a, b).map(|e| !e),
        _ => protocol::hooks_compare(a, b, op).unwrap_or_else(|| Err(op.unsupported(a, b))),
    }
}

#[cfg(all(test, not(loom)))]
mod tests;
