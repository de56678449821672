//! Text builtins: `print`, `repr`, `ascii`, `format`, `input`.

use weft_runtime::types::{none_bool, str as pystr};
use weft_runtime::{protocol, Args, PyResult, Value};

use super::functions::{between, exact};
use crate::modules::stdio;
use crate::vm::errors::type_error;
use crate::vm::ops;

/// `sys.stdout` if `sys` is imported and has one.
fn current_sys_stdout() -> Option<Value> {
    let modules = crate::vm::import::modules();
    let sys = weft_runtime::types::dict::Dict::cast(&modules)?
        .get(weft_runtime::interned!("sys"))
        .ok()
        .flatten()?;
    crate::vm::attr::getattr(&sys, weft_runtime::interned!("stdout"))
        .ok()
        .filter(|f| !none_bool::is_none(f))
}

pub fn print(args: Args<'_>) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = None;
    let mut flush = false;
    for (k, v) in args.keywords {
        let text = |name: &str| -> PyResult<Option<String>> {
            if none_bool::is_none(v) {
                return Ok(None);
            }
            pystr::as_str(v)
                .map(|s| Some(s.to_string()))
                .ok_or_else(|| {
                    type_error(format!(
                        "{name} must be None or a string, not {}",
                        weft_runtime::types::typeobj::type_name_of(v)
                    ))
                })
        };
        match pystr::as_str(k) {
            Some("sep") => sep = text("sep")?.unwrap_or_else(|| " ".into()),
            Some("end") => end = text("end")?.unwrap_or_else(|| "\n".into()),
            Some("file") => file = Some(v.clone()).filter(|f| !none_bool::is_none(f)),
            Some("flush") => flush = ops::truthy(v)?,
            Some(other) => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )))
            }
            None => return Err(type_error("keywords must be strings")),
        }
    }
    // CPython writes each piece with its own write() call, converting each
    // argument just before writing it (a failing __str__ leaves earlier
    // pieces written).
    // No file: whatever sys.stdout is now (contextlib.redirect_stdout
    // replaces it), the native stream when it is still that.
    let file = match file {
        Some(f) => Some(f),
        None => current_sys_stdout(),
    };
    match file {
        Some(f) if !stdio::is_stdout(&f) => {
            let write = crate::vm::attr::getattr(&f, weft_runtime::interned!("write"))?;
            for (i, v) in args.positional.iter().enumerate() {
                if i > 0 {
                    protocol::call(&write, &[pystr::str_from_string(sep.clone())])?;
                }
                protocol::call(&write, &[pystr::str_from_string(ops::str_of(v)?)])?;
            }
            protocol::call(&write, &[pystr::str_from_string(end)])?;
            if flush {
                let fl = crate::vm::attr::getattr(&f, weft_runtime::interned!("flush"))?;
                protocol::call(&fl, &[])?;
            }
        }
        _ => {
            // One write for the whole line, so lines of different threads do
            // not interleave; a failing __str__ still leaves the pieces
            // before it written, as with CPython.
            let mut out = String::new();
            for (i, v) in args.positional.iter().enumerate() {
                if i > 0 {
                    out.push_str(&sep);
                }
                match ops::str_of(v) {
                    Ok(text) => out.push_str(&text),
                    Err(e) => {
                        stdio::write_stdout(&out);
                        return Err(e);
                    }
                }
            }
            out.push_str(&end);
            stdio::write_stdout(&out);
            if flush {
                stdio::flush_stdout();
            }
        }
    }
    Ok(none_bool::none())
}

pub fn repr(args: Args<'_>) -> PyResult<Value> {
    let a = exact("repr", &args, 1)?;
    Ok(pystr::str_from_string(ops::repr_of(&a[0])?))
}

pub fn ascii(args: Args<'_>) -> PyResult<Value> {
    let a = exact("ascii", &args, 1)?;
    Ok(pystr::str_from_string(ops::ascii_of(&a[0])?))
}

pub fn format(args: Args<'_>) -> PyResult<Value> {
    let a = between("format", &args, 1, 2)?;
    let spec = match a.get(1) {
        None => "",
        Some(s) => pystr::as_str(s).ok_or_else(|| {
            type_error(format!(
                "format() argument 2 must be str, not {}",
                weft_runtime::types::typeobj::type_name_of(s)
            ))
        })?,
    };
    Ok(pystr::str_from_string(ops::format(&a[0], spec)?))
}

pub fn input(args: Args<'_>) -> PyResult<Value> {
    let a = between("input", &args, 0, 1)?;
    if let Some(prompt) = a.first() {
        stdio::write_stdout(&ops::str_of(prompt)?);
    }
    stdio::flush_stdout();
    match stdio::read_line()? {
        Some(mut line) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(pystr::str_from_string(line))
        }
        None => Err(crate::vm::errors::error(
            "EOFError",
            "EOF when reading a line",
        )),
    }
}
