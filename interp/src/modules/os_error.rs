//! OSError from an `std::io::Error` as CPython raises it:
//! `OSError(errno, strerror, filename)`, which picks the subclass from the
//! errno (FileNotFoundError...) and sets `errno`, `strerror`, `filename`.

use weft_runtime::types::{exception, int, str as pystr};
use weft_runtime::{protocol, PyErr};

use crate::vm::errors::error;

pub fn from_io(e: &std::io::Error, path: &str) -> PyErr {
    make(e, Some(path))
}

/// The same without a filename (`OSError(errno, strerror)`).
pub fn from_io_without_path(e: &std::io::Error) -> PyErr {
    make(e, None)
}

fn make(e: &std::io::Error, path: Option<&str>) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        return error("OSError", e.to_string());
    };
    // std's text is the C library's strerror with " (os error N)" added.
    let text = e.to_string();
    let strerror = text
        .strip_suffix(&format!(" (os error {errno})"))
        .unwrap_or(&text)
        .to_string();
    let Some(class) = exception::exception_class("OSError") else {
        return error("OSError", text);
    };
    let mut args = vec![
        int::int_from_i64(i64::from(errno)),
        pystr::str_from_string(strerror),
    ];
    args.extend(path.map(pystr::str_value));
    match protocol::call(&class, &args) {
        Ok(exc) => PyErr::Object(exc),
        Err(e) => e,
    }
}
