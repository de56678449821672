//! `SyntaxError` objects as CPython has them: built from a compile error
//! with `args == (msg, (filename, lineno, offset, text, end_lineno,
//! end_offset))`, the attributes `msg`, `filename`, `lineno`... read from
//! those arguments (unless assigned), `str(e) == "msg (file, line N)"`, and
//! the `File ..., line N` / source / caret lines of an uncaught one.

use weft_runtime::types::{dict::Dict, exception, int, none_bool, str as pystr, tuple};
use weft_runtime::{PyErr, PyResult, Value};

use crate::compiler::error::render_location;
use crate::compiler::CompileError;

/// The exception a compile error raises.
pub fn from_compile_error(e: &CompileError) -> PyErr {
    let class = exception::exception_class(e.kind.name()).expect("a built-in class");
    if !e.is_syntax_error() {
        return PyErr::Object(exception::new_exception(
            &class,
            vec![pystr::str_value(&e.message)],
        ));
    }
    let message = pystr::str_value(&e.message);
    let details = [
        pystr::str_value(&e.filename),
        int::int_from_i64(i64::from(e.line)),
        int::int_from_i64(i64::from(e.column)),
        e.source_line
            .as_deref()
            .map(pystr::str_value)
            .unwrap_or_else(none_bool::none),
        int::int_from_i64(i64::from(e.end_line)),
        int::int_from_i64(e.end_column),
    ];
    if e.args_carry_location {
        let args = vec![message, tuple::tuple_new(details.to_vec())];
        return PyErr::Object(exception::new_exception(&class, args));
    }
    // Symbol-table errors: `args == (msg,)`, the location in attributes.
    let exc = exception::new_exception(&class, vec![message.clone()]);
    let set = |name: &str, value: Value| {
        let _ = super::attr::generic_setattr(&exc, &pystr::intern(name), Some(value));
    };
    set("msg", message);
    for (name, value) in DETAILS.iter().zip(details) {
        set(name, value);
    }
    PyErr::Object(exc)
}

/// Whether `exc` is a `SyntaxError` (or a subclass's instance).
pub fn is_syntax_error(exc: &Value) -> bool {
    // Asked of every exception whose attribute is read: the class is
    // looked up by name once.
    static CLASS: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    exception::as_exception(exc).is_some()
        && exception::matches(
            exc,
            CLASS.get_or_init(|| exception::exception_class("SyntaxError").expect("built in")),
        )
}

const DETAILS: [&str; 6] = [
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
];

/// A `SyntaxError` attribute: assigned ones first, else from `args` as
/// `SyntaxError.__init__` sets them. `None` when `name` is not one.
pub fn attribute(exc: &Value, name: &str) -> PyResult<Option<Value>> {
    if name != "msg" && name != "print_file_and_line" && !DETAILS.contains(&name) {
        return Ok(None);
    }
    let Some(e) = exception::as_exception(exc) else {
        return Ok(None);
    };
    if let Some(d) = Dict::cast(&e.dict) {
        if let Some(v) = d.get(&pystr::str_value(name))? {
            return Ok(Some(v));
        }
    }
    let args = exception::args(exc);
    let args = tuple::as_tuple(&args).unwrap_or(&[]);
    let value = match name {
        "msg" => args.first().cloned(),
        "print_file_and_line" => None,
        _ => {
            let index = DETAILS
                .iter()
                .position(|d| *d == name)
                .expect("checked above");
            match args {
                [_, info] => tuple::as_tuple(info).and_then(|info| info.get(index).cloned()),
                _ => None,
            }
        }
    };
    Ok(Some(value.unwrap_or_else(none_bool::none)))
}

fn get(exc: &Value, name: &str) -> Value {
    attribute(exc, name)
        .ok()
        .flatten()
        .unwrap_or_else(none_bool::none)
}

/// `str(e)`: `msg (file, line N)` with the file's base name, as CPython.
pub fn str_of(exc: &Value) -> PyResult<String> {
    let msg = get(exc, "msg");
    let msg = if none_bool::is_none(&msg) {
        "None".to_owned()
    } else {
        super::ops::str_of(&msg)?
    };
    let filename = get(exc, "filename");
    let filename = pystr::as_str(&filename).map(|f| f.rsplit('/').next().unwrap_or(f).to_owned());
    let lineno = int::as_int(&get(exc, "lineno")).and_then(|i| i.to_i64());
    Ok(match (filename, lineno) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    })
}

/// The lines an uncaught `SyntaxError` prints before `Name: msg`, and the
/// message itself (CPython prints `msg`, not `str(e)`).
pub fn location_and_message(exc: &Value) -> PyResult<(String, String)> {
    let msg = get(exc, "msg");
    let msg = if none_bool::is_none(&msg) {
        String::new()
    } else {
        super::ops::str_of(&msg)?
    };
    let number = |name: &str| int::as_int(&get(exc, name)).and_then(|i| i.to_i64());
    let filename = get(exc, "filename");
    let filename = pystr::as_str(&filename).unwrap_or("<string>").to_owned();
    let Some(lineno) = number("lineno") else {
        return Ok((String::new(), msg));
    };
    let text = get(exc, "text");
    let text = pystr::as_str(&text).map(str::to_owned);
    let offset = number("offset").unwrap_or(0);
    let end_line = number("end_lineno").unwrap_or(lineno);
    let end_offset = number("end_offset").unwrap_or(0);
    let indentation =
        exception::exception_class("IndentationError").is_some_and(|c| exception::matches(exc, &c));
    let location = render_location(
        &filename,
        lineno,
        text.as_deref(),
        offset,
        end_line,
        end_offset,
        indentation,
    );
    Ok((location, msg))
}
