//! Compile-time constants: the values a code object's `K[...]` table holds.
//!
//! The compiler knows nothing of runtime objects, so constants are plain
//! data; the evaluation loop turns them into values once per code object.

use std::sync::Arc;

use num_bigint::BigInt;

use super::code::CodeObject;

/// A literal value known at compile time.
#[derive(Clone, Debug)]
pub enum Constant {
    /// `None`.
    None,
    /// `True` or `False`.
    Bool(bool),
    /// An int that fits in 64 bits.
    Int(i64),
    /// An int that does not.
    BigInt(BigInt),
    /// A float.
    Float(f64),
    /// An imaginary literal (`2j`): the real part is always zero in source.
    Complex { real: f64, imag: f64 },
    /// A str.
    Str(Arc<str>),
    /// A bytes literal.
    Bytes(Arc<[u8]>),
    /// A tuple of constants (keyword names, `fromlist`, folded displays).
    Tuple(Arc<[Constant]>),
    /// A nested function, lambda, class body or comprehension.
    Code(Arc<CodeObject>),
    /// `...`.
    Ellipsis,
}

impl Constant {
    /// Equality that distinguishes what CPython's constant table does:
    /// `0`, `0.0`, `-0.0`, `False` and NaNs with different bits are distinct
    /// constants; code objects are equal only to themselves.
    pub fn same(&self, other: &Constant) -> bool {
        match (self, other) {
            (Constant::None, Constant::None) | (Constant::Ellipsis, Constant::Ellipsis) => true,
            (Constant::Bool(a), Constant::Bool(b)) => a == b,
            (Constant::Int(a), Constant::Int(b)) => a == b,
            (Constant::BigInt(a), Constant::BigInt(b)) => a == b,
            (Constant::Float(a), Constant::Float(b)) => a.to_bits() == b.to_bits(),
            (Constant::Complex { real: a, imag: b }, Constant::Complex { real: c, imag: d }) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Constant::Str(a), Constant::Str(b)) => a == b,
            (Constant::Bytes(a), Constant::Bytes(b)) => a == b,
            (Constant::Tuple(a), Constant::Tuple(b)) => {
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.same(y))
            }
            (Constant::Code(a), Constant::Code(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}
