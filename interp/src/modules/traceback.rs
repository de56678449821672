//! `_traceback`: what the `traceback` module (`interp/lib/traceback.py`)
//! cannot do in Python: the caret line under a source line, which needs
//! the expression's parse (binary operations and subscripts are marked
//! `~~^~~`), done by the same code as weft's own traceback printer.

use weft_runtime::types::function::NativeFn;
use weft_runtime::types::{int, none_bool, str as pystr, tuple};
use weft_runtime::{Args, PyResult, Value};

use crate::vm::errors::type_error;
use crate::vm::objects::module_with_functions;

const FUNCTIONS: &[(&str, NativeFn)] = &[("caret_line", caret_line)];

/// `caret_line(line, (lineno, end_lineno, colno, end_colno))`: the caret
/// line with its margin, or None.
fn caret_line(args: Args<'_>) -> PyResult<Value> {
    let [line, positions] = args.positional else {
        return Err(type_error("caret_line() takes 2 arguments"));
    };
    let line = pystr::as_str(line).ok_or_else(|| type_error("caret_line(): line must be str"))?;
    let items = tuple::as_tuple(positions).unwrap_or(&[]);
    let numbers: Vec<u32> = items
        .iter()
        .filter_map(|v| int::as_int(v).and_then(|i| i.to_i64()))
        .map(|n| n.max(0) as u32)
        .collect();
    let [a, b, c, d] = numbers[..] else {
        return Ok(none_bool::none());
    };
    Ok(match crate::vm::errors::caret_text(line, (a, b, c, d)) {
        Some(text) => pystr::str_from_string(text),
        None => none_bool::none(),
    })
}

/// Make the `_traceback` module.
pub fn module() -> Value {
    module_with_functions("_traceback", FUNCTIONS)
}
