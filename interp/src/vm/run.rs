//! Compiling and running source: modules, `exec` and `eval` strings.

use std::sync::Arc;

use weft_runtime::types::{dict::Dict, exception, int, str as pystr, tuple};
use weft_runtime::{PyErr, PyResult, Value};

use super::code::CodeRt;
use super::frame::Frame;
use crate::compiler::CompileError;

/// The exception a compile error raises (`SyntaxError` and friends), with
/// CPython's attributes (`msg`, `filename`, `lineno`, `offset`, `text`).
pub fn compile_error(e: &CompileError) -> PyErr {
    let class = exception::exception_class(e.kind.name()).expect("a built-in class");
    let args = if e.is_syntax_error() {
        let text = e.source_line.as_deref().map(pystr::str_value).unwrap_or_else(weft_runtime::types::none_bool::none);
        let details = tuple::tuple_new(vec![
            pystr::str_value(&e.filename),
            int::int_from_i64(i64::from(e.line)),
            int::int_from_i64(i64::from(e.column)),
            text.clone(),
        ]);
        vec![pystr::str_value(&e.message), details]
    } else {
        vec![pystr::str_value(&e.message)]
    };
    let exc = exception::new_exception(&class, args);
    if e.is_syntax_error() {
        let _ = super::attr::generic_setattr(&exc, weft_runtime::interned!("msg"), Some(pystr::str_value(&e.message)));
        let _ = super::attr::generic_setattr(&exc, weft_runtime::interned!("filename"), Some(pystr::str_value(&e.filename)));
        let _ = super::attr::generic_setattr(&exc, weft_runtime::interned!("lineno"), Some(int::int_from_i64(i64::from(e.line))));
        let _ = super::attr::generic_setattr(&exc, weft_runtime::interned!("offset"), Some(int::int_from_i64(i64::from(e.column))));
        let _ = super::attr::generic_setattr(&exc, weft_runtime::interned!("_weft_display"), Some(pystr::str_from_string(e.to_string())));
    }
    PyErr::Object(exc)
}

/// Compile module source.
pub fn compile(source: &[u8], filename: &str) -> PyResult<Arc<CodeRt>> {
    match crate::compiler::compile_module(source, filename) {
        Ok(code) => Ok(CodeRt::new(code)),
        Err(e) => Err(compile_error(&e)),
    }
}

/// Run module-level code with `globals` and `locals`.
pub fn run_code(code: Arc<CodeRt>, globals: Value, locals: Value) -> PyResult<Value> {
    let builtins = super::builtins_dict();
    let mut frame = Frame::new(super::frame::CodeRef::Owned(code), globals, builtins, Some(locals), &[]);
    super::call::run_frame(&mut frame)
}

/// `exec(source, globals, locals)`.
pub fn exec_string(src: &str, globals: Value, locals: Value) -> PyResult<()> {
    let code = compile(src.as_bytes(), "<string>")?;
    run_code(code, globals, locals).map(drop)
}

/// `eval(source, globals, locals)`: the expression is compiled as an
/// assignment to a hidden name in a scratch namespace layered on `locals`.
pub fn eval_string(src: &str, globals: Value, locals: Value, filename: &str) -> PyResult<Value> {
    // On the first line, so that line numbers are the source's own.
    let wrapped = format!("__weft_eval_result__ = ({}\n)", src.trim_end());
    let code = compile(wrapped.as_bytes(), filename)?;
    let key = weft_runtime::interned!("__weft_eval_result__").clone();
    run_code(code, globals, locals.clone())?;
    match Dict::cast(&locals) {
        Some(d) => Ok(d.pop(&key)?.unwrap_or_else(weft_runtime::types::none_bool::none)),
        None => {
            let v = super::ops::getitem(&locals, &key)?;
            super::ops::delitem(&locals, &key)?;
            Ok(v)
        }
    }
}
