//! The built-in types, one file each.

pub mod bytearray;
pub mod bytes;
pub mod byteslike;
pub mod codecs;
pub mod compare;
pub mod complex;
pub mod descriptor;
pub mod dict;
pub mod dict_views;
pub mod exception;
pub mod float;
pub mod function;
pub(crate) mod hashtable;
pub mod instance;
pub mod int;
pub mod iterator;
pub mod list;
pub mod mappingproxy;
pub mod metaclass;
pub mod none_bool;
pub mod range;
pub mod sequence;
pub mod set;
pub mod slice;
pub mod slots;
pub mod str;
pub mod subclass;
pub mod tuple;
#[cfg(not(loom))]
pub(crate) mod type_cache;
pub mod typeobj;
pub mod weakref;

pub use dict::Dict;
pub use list::List;
pub use set::Set;

/// Equality for inline ints (a small int against any value): equal to an
/// int, bool or float of the same value (`int::numeric_eq`).
pub(crate) fn int_eq_fn() -> Option<crate::object::typeinfo::EqFn> {
    Some(int::numeric_eq)
}
