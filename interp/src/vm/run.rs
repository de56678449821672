//! Compiling and running source: modules, `exec` and `eval` strings.

use std::sync::Arc;

use weft_runtime::types::{bytes, dict::Dict, exception, str as pystr};
use weft_runtime::{PyErr, PyResult, Value};

use super::code::CodeRt;
use super::frame::Frame;
use crate::compiler::{compile_mode, CompileError, Mode, Source};

/// The exception a compile error raises (`SyntaxError` and friends).
pub fn compile_error(e: &CompileError) -> PyErr {
    super::syntax_error::from_compile_error(e)
}

/// Compile module source.
pub fn compile(source: &[u8], filename: &str) -> PyResult<Arc<CodeRt>> {
    match crate::compiler::compile_module(source, filename) {
        Ok(code) => Ok(CodeRt::new(code)),
        Err(e) => Err(compile_error(&e)),
    }
}

/// Compiles `text` (already a str) from `filename` in `mode`.
pub fn compile_text(text: &str, filename: &str, mode: Mode) -> PyResult<Arc<CodeRt>> {
    if text.contains('\0') {
        return Err(null_bytes());
    }
    let source = Source::new(text.to_owned(), Arc::from(filename));
    compile_mode(&source, mode)
        .map(CodeRt::new)
        .map_err(|e| compile_error(&e))
}

/// Compiles the source argument of `compile`/`exec`/`eval`: a `str`, or
/// `bytes` decoded as PEP 263 says. `None` when it is neither.
pub fn compile_value(source: &Value, filename: &str, mode: Mode) -> Option<PyResult<Arc<CodeRt>>> {
    if let Some(text) = pystr::as_str(source) {
        return Some(compile_text(text, filename, mode));
    }
    let raw = match bytes::as_bytes(source) {
        Some(b) => b.to_vec(),
        None => weft_runtime::types::bytearray::ByteArray::cast(source)?.to_vec(),
    };
    if raw.contains(&0) {
        return Some(Err(null_bytes()));
    }
    Some(
        Source::decode(&raw, filename)
            .and_then(|source| compile_mode(&source, mode))
            .map(CodeRt::new)
            .map_err(|e| compile_error(&e)),
    )
}

fn null_bytes() -> PyErr {
    let class = exception::exception_class("SyntaxError").expect("a built-in class");
    PyErr::Object(exception::new_exception(
        &class,
        vec![pystr::str_value(
            "source code string cannot contain null bytes",
        )],
    ))
}

/// Run module-level code with `globals` and `locals`. As CPython's `exec`,
/// globals without `__builtins__` get the builtins module, and the
/// `__builtins__` they have (a module or a dict) is what names fall back to.
/// `locals` may be any mapping.
pub fn run_code(code: Arc<CodeRt>, globals: Value, locals: Value) -> PyResult<Value> {
    let builtins = builtins_of(&globals)?;
    let mut frame = Frame::new(
        super::frame::CodeRef::Owned(code),
        super::frame::EnvRef::Owned(globals),
        super::frame::EnvRef::Owned(builtins),
        Some(locals),
        &[],
    );
    super::call::run_frame(&mut frame)
}

fn builtins_of(globals: &Value) -> PyResult<Value> {
    let Some(g) = Dict::cast(globals) else {
        return Ok(super::builtins_dict());
    };
    let key = weft_runtime::interned!("__builtins__");
    match g.get(key)? {
        None => {
            g.set(key.clone(), super::builtins_module())?;
            Ok(super::builtins_dict())
        }
        Some(b) => match super::objects::as_module(&b) {
            Some(m) => Ok(m.dict.clone()),
            None if Dict::cast(&b).is_some() => Ok(b),
            // Not a namespace the frame can use: the real builtins.
            None => Ok(super::builtins_dict()),
        },
    }
}

/// `exec(source, globals, locals)`.
pub fn exec_string(src: &str, globals: Value, locals: Value) -> PyResult<()> {
    let code = compile_text(src, "<string>", Mode::Exec)?;
    run_code(code, globals, locals).map(drop)
}

/// `eval(source, globals, locals)`: the value of one expression.
pub fn eval_string(src: &str, globals: Value, locals: Value, filename: &str) -> PyResult<Value> {
    let code = compile_text(src, filename, Mode::Eval)?;
    run_code(code, globals, locals)
}
