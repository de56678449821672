//! `TypeInfo`: what the runtime must know about a kind of heap object to
//! free it and to run the operations containers need on it (hash and
//! equality for dict keys and set members). Python-level type objects, with
//! their dicts and MRO, build on this.

use super::header::ObjHeader;
use crate::error::PyResult;
use crate::value::Value;

/// Hash of a value of this type (`hash(x)`), never -1.
pub type HashFn = fn(&Value) -> PyResult<isize>;
/// Equality `a == b` where `a` is of this type: `Ok(None)` means
/// "not implemented for that pair" (Python's `NotImplemented`).
pub type EqFn = fn(&Value, &Value) -> PyResult<Option<bool>>;

/// Static description of one kind of heap object.
pub struct TypeInfo {
    /// The Python type name, as `type(x).__name__` shows it.
    pub name: &'static str,
    /// Drop the object's payload and release its memory. Called exactly once,
    /// when the total reference count reaches zero.
    pub dealloc: unsafe fn(*mut ObjHeader),
    /// `hash(x)`; `None`: unhashable (`TypeError: unhashable type: 'list'`),
    /// unless the interpreter's hooks handle the type (user classes).
    pub hash: Option<HashFn>,
    /// `x == y`; `None`: identity, unless the interpreter's hooks handle it.
    pub eq: Option<EqFn>,
}

impl std::fmt::Debug for TypeInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TypeInfo").field("name", &self.name).finish()
    }
}
