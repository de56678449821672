//! `format(value, spec)` and `%`-formatting for built-in values.

use weft_runtime::types::{str as pystr, tuple};
use weft_runtime::{PyResult, Value};

use super::errors::{error, type_error};
use super::ops;

/// `format(v, spec)` for a value that is not a user instance.
pub fn format_value(v: &Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return ops::str_of(v);
    }
    Err(error("ValueError", format!("format spec '{spec}' is not supported yet for {}", weft_runtime::types::typeobj::type_name_of(v))))
}

/// `fmt % args`.
pub fn percent_format(fmt: &str, args: &Value) -> PyResult<String> {
    let items: Vec<Value> = match tuple::as_tuple(args) {
        Some(t) => t.to_vec(),
        None => vec![args.clone()],
    };
    let mut next = items.iter();
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('%') => out.push('%'),
            Some('s') => out.push_str(&ops::str_of(next.next().ok_or_else(|| type_error("not enough arguments for format string"))?)?),
            Some('r') => out.push_str(&ops::repr_of(next.next().ok_or_else(|| type_error("not enough arguments for format string"))?)?),
            Some('d') => out.push_str(&ops::str_of(next.next().ok_or_else(|| type_error("not enough arguments for format string"))?)?),
            _ => return Err(error("ValueError", "unsupported format character")),
        }
    }
    if next.next().is_some() {
        return Err(type_error("not all arguments converted during string formatting"));
    }
    let _ = pystr::empty_str;
    Ok(out)
}
