//! Object sizes, pinned down so that a change to them is a conscious one.
//! CPython 3.11's `sys.getsizeof` for comparison: `object()` 16 (+16 GC
//! header for containers), `[]` 56, `{}` 64, `set()` 216.

use weft_runtime::types::{dict::Dict, list::List, set::Set};
use weft_runtime::{Obj, ObjHeader};

#[test]
fn object_sizes() {
    assert_eq!(std::mem::size_of::<ObjHeader>(), 40);
    assert_eq!(std::mem::size_of::<Obj<List>>(), 56, "empty list");
    assert_eq!(
        std::mem::size_of::<Obj<Dict>>(),
        64,
        "empty dict (no table until the first insert)"
    );
    // One more word than a dict: the pointer to the CPython layout model a
    // set builds once it loses a member (`types/set/layout.rs`).
    assert_eq!(
        std::mem::size_of::<Obj<Set>>(),
        72,
        "empty set (no table until the first insert)"
    );
}

/// A fallible call's result fits in two registers (the error is boxed):
/// every `?` in the interpreter copies it.
#[test]
fn result_sizes() {
    use weft_runtime::{PyErr, PyResult, Value};
    assert_eq!(std::mem::size_of::<PyErr>(), 16);
    assert_eq!(std::mem::size_of::<PyResult<Value>>(), 16);
    assert_eq!(std::mem::size_of::<PyResult<()>>(), 16);
}
