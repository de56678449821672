//! Modules implemented in Rust, made on first import.

pub mod frozen;
pub mod gc;
pub mod heapq;
pub mod io;
pub mod math;
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
pub mod weakref;

use weft_runtime::{PyResult, Value};

/// The module `name` if it is built in.
pub fn make(name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "sys" => Some(sys::module()),
        "gc" => Some(gc::module()),
        "_thread" => Some(thread::module()),
        "_time" => Some(time::module()),
        "math" => Some(math::module()),
        "_os" => Some(posix::module()),
        "_random" => Some(random::module()),
        "_heapq" => Some(heapq::module()),
        "_weakref" => Some(weakref::module()),
        "_re" => Some(re::module()),
        "_struct" => Some(struct_module::module()),
        "builtins" => Some(crate::vm::builtins_module()),
        _ => None,
    })
}
