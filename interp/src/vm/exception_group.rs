//! The Python-facing methods of exception groups (`message`, `exceptions`,
//! `split`, `subgroup`, `derive`); the rules live in the runtime's
//! `types/exception/group.rs`.

use weft_runtime::types::exception::group::{self, Hooks, Matcher};
use weft_runtime::types::function::{bound_method, native_function};
use weft_runtime::types::{none_bool, str as pystr, tuple, typeobj};
use weft_runtime::{protocol, Args, PyResult, Value};

use super::errors::type_error;

/// Attributes of an exception group other than its dict's.
pub fn attr(obj: &Value, name: &str) -> Option<Value> {
    let (message, exceptions) = group::parts(obj)?;
    // A subclass's own definition (an overridden `derive`) wins.
    if typeobj::lookup(&typeobj::type_of(obj), &pystr::str_value(name)).is_some() {
        return None;
    }
    Some(match name {
        "message" => message,
        "exceptions" => exceptions,
        "split" => bound_method(native_function("split", split), obj.clone()),
        "subgroup" => bound_method(native_function("subgroup", subgroup), obj.clone()),
        "derive" => bound_method(native_function("derive", derive), obj.clone()),
        _ => return None,
    })
}

/// `derive` looked up on the group, so a subclass's override is used.
fn call_derive(exc: &Value, excs: Value) -> PyResult<Value> {
    let f = super::attr::getattr(exc, weft_runtime::interned!("derive"))?;
    protocol::call(&f, &[excs])
}

fn hooks_split(
    exc: &Value,
    cond: &Value,
    want_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    let m = Matcher::new(cond)?;
    let hooks = Hooks {
        truthy: &super::ops::truthy,
        derive: &call_derive,
    };
    group::split(exc, &m, want_rest, &hooks)
}

fn receiver_and_arg<'a>(args: &'a Args<'_>, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    match args.positional {
        [exc, cond] if group::parts(exc).is_some() => Ok((exc, cond)),
        _ => Err(type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.positional.len().saturating_sub(1)
        ))),
    }
}

/// `group.split(cond)`.
fn split(args: Args<'_>) -> PyResult<Value> {
    let (exc, cond) = receiver_and_arg(&args, "split")?;
    let (m, r) = hooks_split(exc, cond, true)?;
    let none = none_bool::none;
    Ok(tuple::tuple_new(vec![
        m.unwrap_or_else(none),
        r.unwrap_or_else(none),
    ]))
}

/// `group.subgroup(cond)`.
fn subgroup(args: Args<'_>) -> PyResult<Value> {
    let (exc, cond) = receiver_and_arg(&args, "subgroup")?;
    Ok(hooks_split(exc, cond, false)?
        .0
        .unwrap_or_else(none_bool::none))
}

/// `group.derive(excs)`.
fn derive(args: Args<'_>) -> PyResult<Value> {
    let (exc, excs) = receiver_and_arg(&args, "derive")?;
    group::derive(exc, excs.clone())
}
