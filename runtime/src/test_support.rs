//! Helpers shared by the crate's unit tests.

use crate::error::{ExcKind, PyErr, PyResult};

/// The class and message of the error `r` must be (a lazy one: raised by
/// the runtime itself, not made into an object).
pub fn err<T: std::fmt::Debug>(r: PyResult<T>) -> (ExcKind, String) {
    match r.unwrap_err() {
        PyErr::Lazy(l) => (l.kind, l.message),
        e => panic!("not a lazy error: {e:?}"),
    }
}
