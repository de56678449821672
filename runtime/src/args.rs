//! `Args`: the arguments of a call, positional and keyword, as every
//! callable receives them (CPython's vectorcall: a slice of positional
//! values and the keyword pairs).

use crate::value::Value;

/// The arguments of one call.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    /// Positional arguments, in order (for a bound method, the receiver
    /// first).
    pub positional: &'a [Value],
    /// Keyword arguments as `(name, value)` pairs; names are `str`.
    pub keywords: &'a [(Value, Value)],
}

impl<'a> Args<'a> {
    /// Positional arguments only.
    pub fn positional(positional: &'a [Value]) -> Args<'a> {
        Args { positional, keywords: &[] }
    }

    /// Positional and keyword arguments.
    pub fn new(positional: &'a [Value], keywords: &'a [(Value, Value)]) -> Args<'a> {
        Args { positional, keywords }
    }
}
