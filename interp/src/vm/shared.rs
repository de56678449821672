//! Functions and classes defined by module and class bodies are shared by
//! every thread that calls them; counting their references from every
//! thread would make all threads write one cache line per call. As
//! CPython's free-threaded build defers the counts of such objects, Weft
//! makes them immortal when they are made (`refcount::immortalize_fresh`).
//! To bound what is never freed, only the first object made from each code
//! object is (a `def` run in a loop makes ordinary functions after that).

use std::sync::atomic::Ordering;

use weft_runtime::object::refcount::immortalize_fresh;
use weft_runtime::Value;

use super::code::CodeRt;

/// Make `v` (just made from `code` by a module or class body) immortal if it
/// is the first such object of `code`.
pub fn share_once(code: &CodeRt, v: &Value) {
    if !code.shared_once.load(Ordering::Relaxed) && !code.shared_once.swap(true, Ordering::Relaxed) {
        immortalize_fresh(v);
    }
}
