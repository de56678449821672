//! The built-in types, one file each.

pub mod dict;
pub(crate) mod hashtable;
pub mod list;
pub mod set;

pub use dict::Dict;
pub use list::List;
pub use set::Set;

/// Equality for inline ints (a small int against any value). Until the
/// `int` type exists, only inline ints compare equal to inline ints.
pub(crate) fn int_eq_fn() -> Option<crate::object::typeinfo::EqFn> {
    Some(|a, b| Ok(match (a.as_small_int(), b.as_small_int()) {
        (Some(x), Some(y)) => Some(x == y),
        _ => None,
    }))
}
