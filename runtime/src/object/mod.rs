//! Heap objects: the header, biased reference counting, allocation.

pub mod alloc;
pub mod candidates;
pub mod deferred;
pub mod header;
pub mod native;
pub mod refcount;
pub mod static_object;
pub mod typeinfo;
#[cfg(not(loom))]
pub mod value_cache;
pub mod value_slot;

pub use alloc::Obj;
pub use header::ObjHeader;
pub use typeinfo::TypeInfo;
