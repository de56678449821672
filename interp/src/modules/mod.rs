//! Modules implemented in Rust, made on first import.

pub mod collections;
pub mod frozen;
pub mod gc;
pub mod heapq;
pub mod io;
pub mod json;
pub mod math;
pub mod operator;
mod os_error;
pub mod posix;
pub mod random;
pub mod re;
mod sha512;
pub mod stdio;
pub mod struct_module;
pub mod sys;
pub mod thread;
pub mod time;
mod time_conv;
pub mod traceback;
pub mod weakref;

use weft_runtime::{PyResult, Value};

/// The modules implemented in Rust, and how to make each.
const NATIVE: &[(&str, fn() -> Value)] = &[
    ("sys", sys::module),
    ("gc", gc::module),
    ("_thread", thread::module),
    ("_time", time::module),
    ("math", math::module),
    ("_os", posix::module),
    ("_random", random::module),
    ("_heapq", heapq::module),
    ("_collections", collections::module),
    ("_weakref", weakref::module),
    ("_re", re::module),
    ("_struct", struct_module::module),
    ("_json", json::module),
    ("_operator", operator::module),
    ("_traceback", traceback::module),
    ("builtins", crate::vm::builtins_module),
];

/// The module `name` if it is built in.
pub fn make(name: &str) -> PyResult<Option<Value>> {
    Ok(NATIVE
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, make)| make()))
}

/// Whether `name` is a module implemented in Rust (shown "(built-in)").
pub fn is_native(name: &str) -> bool {
    NATIVE.iter().any(|(n, _)| *n == name)
}

/// The names of the modules implemented in Rust (`sys.builtin_module_names`).
pub fn native_names() -> impl Iterator<Item = &'static str> {
    NATIVE.iter().map(|&(name, _)| name)
}
