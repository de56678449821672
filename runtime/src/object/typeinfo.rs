//! `TypeInfo`: what the runtime must know about an object's Rust layout to
//! free it. (Python-level type objects, with their dicts and MRO, build on
//! this in `types/`.)

use super::header::ObjHeader;

/// Static description of one kind of heap object.
pub struct TypeInfo {
    /// The Python type name, as `type(x).__name__` shows it.
    pub name: &'static str,
    /// Drop the object's payload and release its memory. Called exactly once,
    /// when the total reference count reaches zero.
    pub dealloc: unsafe fn(*mut ObjHeader),
}

impl std::fmt::Debug for TypeInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TypeInfo").field("name", &self.name).finish()
    }
}
