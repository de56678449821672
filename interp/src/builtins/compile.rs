//! `compile(source, filename, mode, flags=0, dont_inherit=False,
//! optimize=-1, *, _feature_version=-1)`: source to a code object that
//! `exec` and `eval` run.

use weft_runtime::types::{bytes, int, str as pystr, typeobj};
use weft_runtime::{protocol, Args, PyResult, Value};

use crate::compiler::Mode;
use crate::vm::errors::{error, type_error};

const PARAMETERS: [&str; 6] = [
    "source",
    "filename",
    "mode",
    "flags",
    "dont_inherit",
    "optimize",
];

/// `PyCF_ONLY_AST`: asks for an AST instead of code.
const ONLY_AST: i64 = 0x400;
/// The flags CPython accepts: the `__future__` features, the obsolete
/// ones, and the `PyCF_*` compile options.
const KNOWN_FLAGS: i64 = 0x3fe_0000 | 0x10 | 0x200 | ONLY_AST | 0x1000 | 0x2000 | 0x4000 | 0x8000;

/// Binds the arguments to CPython's parameters.
fn bind(args: &Args<'_>) -> PyResult<[Option<Value>; 6]> {
    if args.positional.len() > PARAMETERS.len() {
        return Err(type_error(format!(
            "compile() takes at most 6 arguments ({} given)",
            args.positional.len() + args.keywords.len()
        )));
    }
    let mut bound: [Option<Value>; 6] = Default::default();
    for (slot, value) in bound.iter_mut().zip(args.positional) {
        *slot = Some(value.clone());
    }
    for (name, value) in args.keywords {
        let name = pystr::as_str(name).unwrap_or("");
        if name == "_feature_version" {
            continue;
        }
        let Some(index) = PARAMETERS.iter().position(|p| *p == name) else {
            return Err(type_error(format!(
                "compile() got an unexpected keyword argument '{name}'"
            )));
        };
        if bound[index].is_some() {
            return Err(type_error(format!(
                "argument for compile() given by name ('{name}') and position ({})",
                index + 1
            )));
        }
        bound[index] = Some(value.clone());
    }
    for (index, name) in PARAMETERS.iter().enumerate().take(3) {
        if bound[index].is_none() {
            return Err(type_error(format!(
                "compile() missing required argument '{name}' (pos {})",
                index + 1
            )));
        }
    }
    Ok(bound)
}

/// The file name: a str, bytes, or an `os.PathLike`.
fn filename(value: &Value) -> PyResult<String> {
    if let Some(s) = pystr::as_str(value) {
        return Ok(s.to_owned());
    }
    if let Some(b) = bytes::as_bytes(value) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    let fspath = crate::vm::attr::getattr(value, &pystr::intern("__fspath__")).map_err(|_| {
        type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            typeobj::type_name_of(value)
        ))
    })?;
    let path = protocol::call(&fspath, &[])?;
    match (pystr::as_str(&path), bytes::as_bytes(&path)) {
        (Some(s), _) => Ok(s.to_owned()),
        (None, Some(b)) => Ok(String::from_utf8_lossy(b).into_owned()),
        _ => Err(type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            typeobj::type_name_of(value),
            typeobj::type_name_of(&path)
        ))),
    }
}

fn integer(value: &Option<Value>) -> PyResult<i64> {
    match value {
        None => Ok(0),
        Some(v) => int::as_int(v).and_then(|i| i.to_i64()).ok_or_else(|| {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                typeobj::type_name_of(v)
            ))
        }),
    }
}

/// `compile(...)`.
pub fn compile(args: Args<'_>) -> PyResult<Value> {
    let [source, file, mode, flags, dont_inherit, _optimize] = bind(&args)?;
    let (source, file, mode) = (
        source.expect("bound"),
        file.expect("bound"),
        mode.expect("bound"),
    );
    let filename = filename(&file)?;
    let mode = match pystr::as_str(&mode) {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        Some(_) => {
            return Err(error(
                "ValueError",
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
        None => {
            return Err(type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                typeobj::type_name_of(&mode)
            )))
        }
    };
    let flags = integer(&flags)?;
    // `dont_inherit` only chooses which `__future__` flags apply; all of
    // them are on in this implementation.
    integer(&dont_inherit)?;
    if flags & !KNOWN_FLAGS != 0 {
        return Err(error("ValueError", "compile(): unrecognised flags"));
    }
    if flags & ONLY_AST != 0 {
        return Err(error(
            "ValueError",
            "compile(): PyCF_ONLY_AST is not supported: weft has no ast module",
        ));
    }
    match crate::vm::run::compile_value(&source, &filename, mode) {
        Some(code) => Ok(crate::vm::objects::code_object(&code?)),
        None => Err(type_error(
            "compile() arg 1 must be a string, bytes or AST object",
        )),
    }
}
