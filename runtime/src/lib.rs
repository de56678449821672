//! Weft's object model: values, the object header with biased reference
//! counts, thread states, and the built-in types. See `ARCHITECTURE.md` and
//! `docs/internals/biased-refcount.md`.
#![deny(unsafe_op_in_unsafe_fn)]
#![warn(clippy::undocumented_unsafe_blocks)]
// Type constructors (`List::new`, `Dict::new`...) return the new object as a
// `Value`, the currency of the whole runtime, not the payload type.
#![allow(clippy::new_ret_no_self)]

pub mod allocator;
pub mod args;
pub mod attr;
pub mod clib;
pub mod error;
pub mod frame_chain;
pub mod numeric;
pub mod object;
pub mod os_memory;
pub mod protocol;
pub mod runtime;
pub mod signals;
pub mod thread;
pub mod types;

#[cfg(all(test, not(loom)))]
mod test_support;
pub mod value;

pub use args::Args;
pub use error::{ExcKind, LazyError, PyErr, PyResult};
pub use object::{Obj, ObjHeader, TypeInfo};
pub use runtime::{runtime, Interpreter, Runtime};
pub use thread::ThreadState;
pub use value::Value;
