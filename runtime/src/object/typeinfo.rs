//! `TypeInfo`: what the runtime must know about a kind of heap object to
//! free it, walk it, and run the operations the runtime itself needs on it
//! (hashing and equality for dict keys, the descriptor protocol for
//! attribute lookup, calls). Python-level type objects (`types/typeobj.rs`)
//! point to one of these for their instances' layout.
//!
//! Write statics with struct update syntax, so that a slot added later
//! needs no edit of every type:
//! `TypeInfo { hash: Some(h), ..TypeInfo::new("name", drop_and_free::<T>) }`.

use super::header::ObjHeader;
use crate::error::PyResult;
use crate::value::Value;

/// Hash of a value of this type (`hash(x)`), never -1.
pub type HashFn = fn(&Value) -> PyResult<isize>;
/// Equality `a == b` where `a` is of this type: `Ok(None)` means
/// "not implemented for that pair" (Python's `NotImplemented`).
pub type EqFn = fn(&Value, &Value) -> PyResult<Option<bool>>;
/// Visit every object reference the object holds (for the collector).
pub type TraverseFn = unsafe fn(*const ObjHeader, &mut dyn FnMut(*const ObjHeader));
/// `descr.__get__(obj, owner)`; `obj` is `None` for access on the class.
pub type DescrGetFn = fn(&Value, Option<&Value>, &Value) -> PyResult<Value>;
/// `descr.__set__(obj, value)`, or `__delete__` when `value` is `None`.
pub type DescrSetFn = fn(&Value, &Value, Option<Value>) -> PyResult<()>;
/// `callable(*args, **kwargs)`.
pub type CallFn = fn(&Value, crate::args::Args<'_>) -> PyResult<Value>;

/// Static description of one kind of heap object.
pub struct TypeInfo {
    /// The Python type name, as `type(x).__name__` shows it.
    pub name: &'static str,
    /// Drop the object's payload and release its memory, when the total
    /// count reaches zero. For an object that dies while in a collector
    /// buffer, `alloc::drop_and_free` drops the payload and marks it
    /// `GC_ZOMBIE`; the collector then calls `dealloc` a second time, which
    /// must only release the memory: a custom `dealloc` checks `GC_ZOMBIE`
    /// first and defers to `drop_and_free` (see `types/weakref.rs`).
    pub dealloc: unsafe fn(*mut ObjHeader),
    /// `hash(x)`; `None`: unhashable (`TypeError: unhashable type: 'list'`),
    /// unless the interpreter's hooks handle the type (user classes).
    pub hash: Option<HashFn>,
    /// `x == y`; `None`: identity, unless the interpreter's hooks handle it.
    pub eq: Option<EqFn>,
    /// The object's references, for the cycle collector; `None` for types
    /// that cannot be part of a cycle (they are never tracked).
    pub traverse: Option<TraverseFn>,
    /// Drop the references the object holds (Python's `tp_clear`): the
    /// cycle collector calls it on garbage to break its cycles.
    pub clear: Option<fn(&Value)>,
    /// Run the object's finalizer (`__del__`) if it has one that has not
    /// run yet; returns whether it ran. The collector calls it on garbage
    /// before breaking cycles (PEP 442).
    pub finalize: Option<fn(&Value) -> bool>,
    /// Makes the type's objects descriptors (`__get__`).
    pub descr_get: Option<DescrGetFn>,
    /// Makes them data descriptors (`__set__`/`__delete__`), which take
    /// precedence over an instance's `__dict__`.
    pub descr_set: Option<DescrSetFn>,
    /// Makes them callable.
    pub call: Option<CallFn>,
    /// The type's methods, as `(name, function)`: they fill the Python type
    /// object's `__dict__` (so `list.append` exists) when it is created.
    pub methods: &'static [(&'static str, crate::types::function::NativeFn)],
    /// Its objects hold no references (floats, ints, strs, bytes): freeing
    /// one never frees another, so `alloc::dealloc` skips the bookkeeping
    /// that bounds nested frees.
    pub leaf: bool,
    /// Dead objects' memory is kept for new objects of the type, even once
    /// published (`alloc::Recycled`; floats). Lock-free readers that find
    /// such a block re-check the slot they loaded it from, except caches,
    /// whose objects are marked `GC_KEEP_MEMORY` and never recycled.
    pub recycles_memory: bool,
    /// The Python type object made for this layout by
    /// `typeobj::builtin_type` (its immortal object's address; 0 until
    /// made), so `type(x)` of a built-in value is one load.
    pub type_object: std::sync::atomic::AtomicUsize,
}

impl TypeInfo {
    /// A type with a name and a deallocator and every other slot empty.
    pub const fn new(name: &'static str, dealloc: unsafe fn(*mut ObjHeader)) -> TypeInfo {
        TypeInfo {
            name,
            dealloc,
            hash: None,
            eq: None,
            traverse: None,
            clear: None,
            finalize: None,
            descr_get: None,
            descr_set: None,
            call: None,
            methods: &[],
            leaf: false,
            recycles_memory: false,
            type_object: std::sync::atomic::AtomicUsize::new(0),
        }
    }
}

impl std::fmt::Debug for TypeInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TypeInfo")
            .field("name", &self.name)
            .finish()
    }
}
