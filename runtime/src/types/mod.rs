//! The built-in types, one file each.

pub mod list;

pub use list::List;
