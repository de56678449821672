//! Builtins that need the calling frame: `locals`, `globals`, `vars`,
//! `dir`, `eval`, `exec`, and zero-argument `super()`. The evaluation loop
//! recognises them at the call and passes its frame.

use weft_runtime::object::alloc::drop_and_free;
use weft_runtime::object::native::{NativeType, Traverse};
use weft_runtime::types::{dict::Dict, list::List, none_bool, str as pystr, typeobj};
use weft_runtime::{protocol, Args, PyResult, TypeInfo, Value};

use super::errors::{error, type_error};
use super::frame::Frame;
use super::function::as_cell;
use super::objects::{new_super, SUPER_TYPE};
use crate::compiler::Mode;

type FrameFn = fn(Option<&Frame>, &[Value], &[(Value, Value)]) -> PyResult<Value>;

pub struct FrameBuiltin {
    pub name: &'static str,
    pub func: FrameFn,
}

impl Traverse for FrameBuiltin {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

pub static FRAME_BUILTIN_TYPE: NativeType<FrameBuiltin> = NativeType::new(TypeInfo {
    call: Some(call_without_frame),
    ..TypeInfo::new("builtin_function_or_method", drop_and_free::<()>)
});

fn call_without_frame(callee: &Value, args: Args<'_>) -> PyResult<Value> {
    let b = FRAME_BUILTIN_TYPE
        .downcast(callee)
        .expect("called through its type");
    (b.func)(None, args.positional, args.keywords)
}

/// A builtin that receives the caller's frame.
pub fn frame_builtin(name: &'static str, func: FrameFn) -> Value {
    FRAME_BUILTIN_TYPE.alloc_immortal(FrameBuiltin { name, func })
}

/// Whether a call to `callee` needs the frame passed.
#[inline]
pub fn needs_frame(callee: &Value) -> bool {
    FRAME_BUILTIN_TYPE.is(callee)
        || typeobj::as_type(callee).is_some_and(|_| callee.is(&super_type()))
}

/// The `super` type object.
pub fn super_type() -> Value {
    typeobj::builtin_type(SUPER_TYPE.info())
}

/// Call a frame-needing builtin.
pub fn call(
    callee: &Value,
    frame: &Frame,
    args: &[Value],
    keywords: &[(Value, Value)],
) -> PyResult<Value> {
    if let Some(b) = FRAME_BUILTIN_TYPE.downcast(callee) {
        return (b.func)(Some(frame), args, keywords);
    }
    if args.is_empty() && keywords.is_empty() {
        return zero_arg_super(frame);
    }
    protocol::call_args(callee, Args::new(args, keywords))
}

fn zero_arg_super(frame: &Frame) -> PyResult<Value> {
    let code = &frame.code;
    if code.code.arg_count == 0 && !code.code.flags.varargs {
        return Err(error("RuntimeError", "super(): no arguments"));
    }
    let index = code
        .cell_names
        .iter()
        .position(|n| pystr::as_str(n) == Some("__class__"))
        .ok_or_else(|| error("RuntimeError", "super(): __class__ cell not found"))?;
    let class = as_cell(&frame.cells[index])
        .and_then(|c| c.contents.get())
        .ok_or_else(|| error("RuntimeError", "super(): empty __class__ cell"))?;
    let mut first = frame.regs[0].clone();
    if super::singletons::is_unbound(&first) {
        // The first parameter may live in a cell.
        let name = &code.local_names[0];
        if let Some(i) = code.cell_names.iter().position(|n| n.is(name)) {
            first = as_cell(&frame.cells[i])
                .and_then(|c| c.contents.get())
                .unwrap_or(first);
        }
    }
    if super::singletons::is_unbound(&first) {
        return Err(error("RuntimeError", "super(): arg[0] deleted"));
    }
    new_super(class, first)
}

fn no_keywords(name: &str, keywords: &[(Value, Value)]) -> PyResult<()> {
    if keywords.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{name}() takes no keyword arguments")))
    }
}

fn require_frame<'a, 'b>(frame: Option<&'a Frame<'b>>, name: &str) -> PyResult<&'a Frame<'b>> {
    frame.ok_or_else(|| error("RuntimeError", format!("{name}(): no current frame")))
}

pub fn locals(
    frame: Option<&Frame>,
    args: &[Value],
    keywords: &[(Value, Value)],
) -> PyResult<Value> {
    no_keywords("locals", keywords)?;
    if !args.is_empty() {
        return Err(type_error(format!(
            "locals() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(require_frame(frame, "locals")?.locals_dict())
}

pub fn globals(
    frame: Option<&Frame>,
    args: &[Value],
    keywords: &[(Value, Value)],
) -> PyResult<Value> {
    no_keywords("globals", keywords)?;
    if !args.is_empty() {
        return Err(type_error(format!(
            "globals() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok((*require_frame(frame, "globals")?.globals).clone())
}

pub fn vars(frame: Option<&Frame>, args: &[Value], keywords: &[(Value, Value)]) -> PyResult<Value> {
    no_keywords("vars", keywords)?;
    match args {
        [] => Ok(require_frame(frame, "vars")?.locals_dict()),
        [obj] => super::attr::getattr(obj, weft_runtime::interned!("__dict__"))
            .map_err(|_| type_error("vars() argument must have __dict__ attribute")),
        _ => Err(type_error(format!(
            "vars expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

pub fn dir(frame: Option<&Frame>, args: &[Value], keywords: &[(Value, Value)]) -> PyResult<Value> {
    no_keywords("dir", keywords)?;
    let mut names: Vec<String> = match args {
        [] => {
            let d = require_frame(frame, "dir")?.locals_dict();
            Dict::cast(&d)
                .expect("a dict")
                .keys()
                .iter()
                .filter_map(|k| pystr::as_str(k).map(str::to_string))
                .collect()
        }
        [obj] => {
            if let Some(r) = super::ops::call_special(obj, "__dir__", &[])
                .ok()
                .flatten()
                .filter(|_| super::ops::is_user(obj))
            {
                let mut v: Vec<String> = super::ops::collect(&r)?
                    .iter()
                    .filter_map(|k| pystr::as_str(k).map(str::to_string))
                    .collect();
                v.sort();
                return Ok(List::new(v.iter().map(|s| pystr::str_value(s)).collect()));
            }
            attribute_names(obj)
        }
        _ => {
            return Err(type_error(format!(
                "dir expected at most 1 argument, got {}",
                args.len()
            )))
        }
    };
    names.sort();
    names.dedup();
    Ok(List::new(
        names.iter().map(|s| pystr::str_value(s)).collect(),
    ))
}

fn dict_keys(d: &Value, out: &mut Vec<String>) {
    if let Some(d) = Dict::cast(d) {
        out.extend(
            d.keys()
                .iter()
                .filter_map(|k| pystr::as_str(k).map(str::to_string)),
        );
    }
}

fn attribute_names(obj: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(m) = super::objects::as_module(obj) {
        dict_keys(&m.dict, &mut out);
        return out;
    }
    let classes = if typeobj::as_type(obj).is_some() {
        typeobj::mro(obj)
    } else {
        if let Ok(d) = super::attr::getattr(obj, weft_runtime::interned!("__dict__")) {
            dict_keys(&d, &mut out);
        }
        typeobj::mro(&typeobj::type_of(obj))
    };
    for k in classes {
        dict_keys(typeobj::class_dict(&k), &mut out);
    }
    // `object.__class__` and functions' attributes are served by attribute
    // lookup, not dict entries.
    out.push("__class__".to_string());
    if super::function::as_function(obj).is_some() {
        const FUNCTION_ATTRS: [&str; 13] = [
            "__annotations__",
            "__call__",
            "__closure__",
            "__code__",
            "__defaults__",
            "__dict__",
            "__doc__",
            "__get__",
            "__globals__",
            "__kwdefaults__",
            "__module__",
            "__name__",
            "__qualname__",
        ];
        out.extend(FUNCTION_ATTRS.iter().map(|a| a.to_string()));
    }
    out
}

/// The namespaces `eval`/`exec` run in.
fn namespaces(frame: Option<&Frame>, name: &str, args: &[Value]) -> PyResult<(Value, Value)> {
    let globals = args.get(1).filter(|g| !none_bool::is_none(g)).cloned();
    let locals = args.get(2).filter(|l| !none_bool::is_none(l)).cloned();
    if let Some(g) = &globals {
        if Dict::cast(g).is_none() {
            return Err(type_error(format!(
                "{name}() globals must be a dict, not {}",
                typeobj::type_name_of(g)
            )));
        }
    }
    Ok(match (globals, locals) {
        (Some(g), Some(l)) => (g, l),
        (Some(g), None) => (g.clone(), g),
        (None, l) => {
            let f = require_frame(frame, name)?;
            let l = l.unwrap_or_else(|| f.locals_dict());
            (f.globals.clone(), l)
        }
    })
}

/// The code object an `exec`/`eval` argument already is.
fn code_of(v: &Value) -> Option<std::sync::Arc<super::code::CodeRt>> {
    super::objects::CODE_TYPE
        .downcast(v)
        .map(|c| c.code.clone())
}

/// The code `exec`/`eval` run: a code object as it is, else the source
/// compiled in `mode` (`eval` ignores leading blanks of a str, as CPython).
fn code_for(
    name: &str,
    source: &Value,
    mode: Mode,
) -> PyResult<std::sync::Arc<super::code::CodeRt>> {
    if let Some(code) = code_of(source) {
        return Ok(code);
    }
    if let (Mode::Eval, Some(text)) = (mode, pystr::as_str(source)) {
        return super::run::compile_text(text.trim_start_matches([' ', '\t']), "<string>", mode);
    }
    super::run::compile_value(source, "<string>", mode).unwrap_or_else(|| {
        Err(type_error(format!(
            "{name}() arg 1 must be a string, bytes or code object"
        )))
    })
}

pub fn eval(frame: Option<&Frame>, args: &[Value], keywords: &[(Value, Value)]) -> PyResult<Value> {
    no_keywords("eval", keywords)?;
    let source = args
        .first()
        .ok_or_else(|| type_error("eval expected at least 1 argument, got 0"))?;
    let (globals, locals) = namespaces(frame, "eval", args)?;
    let code = code_for("eval", source, Mode::Eval)?;
    super::run::run_code(code, globals, locals)
}

pub fn exec(frame: Option<&Frame>, args: &[Value], keywords: &[(Value, Value)]) -> PyResult<Value> {
    no_keywords("exec", keywords)?;
    let source = args
        .first()
        .ok_or_else(|| type_error("exec expected at least 1 argument, got 0"))?;
    let (globals, locals) = namespaces(frame, "exec", args)?;
    let code = code_for("exec", source, Mode::Exec)?;
    super::run::run_code(code, globals, locals)?;
    Ok(none_bool::none())
}
