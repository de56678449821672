//! Functions and classes defined by module and class bodies are shared by
//! every thread that calls them; counting their references from every
//! thread would make all threads write one cache line per call. As
//! CPython's free-threaded build does, Weft defers the counts of such
//! objects when they are made (`runtime/src/object/deferred.rs`): other
//! threads count in their own caches, and the collector frees them once
//! unreferenced.

use weft_runtime::object::deferred::defer_fresh;
use weft_runtime::Value;

/// Defer the count of `v`, just made by a module or class body.
pub fn share(v: &Value) {
    defer_fresh(v);
}
