//! Builtins about objects: attributes, types, identity, hashing.

use weft_runtime::types::{int, none_bool, str as pystr, tuple, typeobj};
use weft_runtime::{protocol, Args, PyResult, Value};

use crate::vm::errors::{error, type_error};
use crate::vm::{attr, ops};

/// Exactly `n` positional arguments, no keywords (`len() takes exactly one
/// argument (2 given)` style).
#[inline]
pub fn exact<'a>(name: &str, args: &Args<'a>, n: usize) -> PyResult<&'a [Value]> {
    if args.keywords.is_empty() && args.positional.len() == n {
        return Ok(args.positional);
    }
    Err(exact_error(name, args, n))
}

/// Why `exact` refused its arguments; out of line, so that the check
/// inlines into every builtin that makes it.
#[cold]
#[inline(never)]
fn exact_error(name: &str, args: &Args<'_>, n: usize) -> weft_runtime::PyErr {
    if !args.keywords.is_empty() {
        return type_error(format!("{name}() takes no keyword arguments"));
    }
    type_error(if n == 1 {
        format!(
            "{name}() takes exactly one argument ({} given)",
            args.positional.len()
        )
    } else {
        format!(
            "{name} expected {n} arguments, got {}",
            args.positional.len()
        )
    })
}

/// Between `min` and `max` positional arguments (`getattr expected at
/// least 2 arguments, got 1`).
pub fn between<'a>(name: &str, args: &Args<'a>, min: usize, max: usize) -> PyResult<&'a [Value]> {
    if !args.keywords.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    weft_runtime::args::check_positional(name, args.positional.len(), min, max)?;
    Ok(args.positional)
}

fn attr_name(v: &Value) -> PyResult<&Value> {
    if pystr::as_str(v).is_some() {
        Ok(v)
    } else {
        Err(type_error(format!(
            "attribute name must be string, not '{}'",
            typeobj::type_name_of(v)
        )))
    }
}

pub fn getattr(args: Args<'_>) -> PyResult<Value> {
    let a = between("getattr", &args, 2, 3)?;
    let name = attr_name(&a[1])?;
    match attr::getattr(&a[0], name) {
        Err(e) if a.len() == 3 && is_attribute_error(&e) => Ok(a[2].clone()),
        r => r,
    }
}

fn is_attribute_error(e: &weft_runtime::PyErr) -> bool {
    use weft_runtime::types::exception;
    match e {
        weft_runtime::PyErr::Lazy(l) => l.kind == weft_runtime::ExcKind::AttributeError,
        weft_runtime::PyErr::Object(v) => exception::matches(
            v,
            &exception::class_of_kind(weft_runtime::ExcKind::AttributeError),
        ),
    }
}

pub fn hasattr(args: Args<'_>) -> PyResult<Value> {
    let a = exact("hasattr", &args, 2)?;
    let name = attr_name(&a[1])?;
    match attr::getattr(&a[0], name) {
        Ok(_) => Ok(none_bool::true_value()),
        Err(e) if is_attribute_error(&e) => Ok(none_bool::false_value()),
        Err(e) => Err(e),
    }
}

pub fn setattr(args: Args<'_>) -> PyResult<Value> {
    let a = exact("setattr", &args, 3)?;
    attr::setattr(&a[0], attr_name(&a[1])?, a[2].clone())?;
    Ok(none_bool::none())
}

pub fn delattr(args: Args<'_>) -> PyResult<Value> {
    let a = exact("delattr", &args, 2)?;
    attr::delattr(&a[0], attr_name(&a[1])?)?;
    Ok(none_bool::none())
}

pub fn callable(args: Args<'_>) -> PyResult<Value> {
    let a = exact("callable", &args, 1)?;
    let v = &a[0];
    let yes = match v.as_object() {
        None => false,
        Some(_) => {
            typeobj::as_type(v).is_some()
                || weft_runtime::protocol::has_call_slot(v)
                || (ops::is_user(v) && ops::special(v, "__call__")?.is_some())
        }
    };
    Ok(none_bool::bool_value(yes))
}

pub fn chr(args: Args<'_>) -> PyResult<Value> {
    let a = exact("chr", &args, 1)?;
    let n = weft_runtime::args::index_value(&a[0])?.ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            typeobj::type_name_of(&a[0])
        ))
    })?;
    let i = int::as_int(&n).expect("index_value gives an int");
    // CPython reads the argument as a C int first.
    if i.to_i64().is_none_or(|n| i32::try_from(n).is_err()) {
        return Err(error(
            "OverflowError",
            "Python int too large to convert to C int",
        ));
    }
    match i
        .to_i64()
        .filter(|n| (0..=0x10ffff).contains(n))
        .and_then(|n| char::from_u32(n as u32))
    {
        Some(c) => Ok(pystr::char_value(c)),
        None if i.to_i64().is_some_and(|n| (0xd800..=0xdfff).contains(&n)) => Err(error(
            "ValueError",
            "surrogate code points are not supported yet",
        )),
        None => Err(error("ValueError", "chr() arg not in range(0x110000)")),
    }
}

pub fn ord(args: Args<'_>) -> PyResult<Value> {
    let a = exact("ord", &args, 1)?;
    if let Some(s) = pystr::as_str(&a[0]) {
        let mut chars = s.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(int::int_from_i64(c as i64)),
            _ => Err(type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.chars().count()
            ))),
        };
    }
    if let Some(b) = weft_runtime::types::byteslike::buffer(&a[0]) {
        return match b[..] {
            [x] => Ok(int::int_from_i64(i64::from(x))),
            _ => Err(type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            ))),
        };
    }
    Err(type_error(format!(
        "ord() expected string of length 1, but {} found",
        typeobj::type_name_of(&a[0])
    )))
}

pub fn hash(args: Args<'_>) -> PyResult<Value> {
    let a = exact("hash", &args, 1)?;
    Ok(int::int_from_i64(ops::hash(&a[0])? as i64))
}

pub fn id(args: Args<'_>) -> PyResult<Value> {
    let a = exact("id", &args, 1)?;
    Ok(int::int_from_i64(a[0].word() as i64 >> 1))
}

pub fn len(args: Args<'_>) -> PyResult<Value> {
    let a = exact("len", &args, 1)?;
    Ok(int::int_from_i64(ops::len(&a[0])? as i64))
}

/// Whether `test` holds for `classinfo`, a class or a (nested) tuple of
/// classes, checked in order: the first match wins before any later item
/// is validated, as in CPython (`isinstance(1, (int, 2))` is True).
fn check_classes(classinfo: &Value, func: &str, test: &dyn Fn(&Value) -> bool) -> PyResult<bool> {
    if let Some(t) = tuple::as_tuple(classinfo) {
        for x in t {
            if check_classes(x, func, test)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if typeobj::as_type(classinfo).is_some() {
        return Ok(test(classinfo));
    }
    if let Some(members) = crate::vm::type_expressions::union_members(classinfo) {
        return Ok(members.iter().any(test));
    }
    crate::vm::type_expressions::check_not_alias(classinfo, func)?;
    let (one, many) = if func == "issubclass" {
        ("class", "classes")
    } else {
        ("type", "types")
    };
    Err(type_error(format!(
        "{func}() arg 2 must be a {one}, a tuple of {many}, or a union"
    )))
}

/// The `__instancecheck__` / `__subclasscheck__` written in Python that
/// `type(classinfo)` defines (a metaclass's, for a class).
fn metaclass_hook(classinfo: &Value, name: &'static str) -> Option<Value> {
    if typeobj::as_type(classinfo).is_some() && typeobj::metaclass_of(classinfo).is_none() {
        return None; // a class whose metaclass is `type` (the common case)
    }
    let meta = typeobj::type_of(classinfo);
    if typeobj::is_builtin_type(&meta, &typeobj::TYPE_TYPE) {
        return None; // `type`'s own checks are the built-in ones
    }
    typeobj::lookup(&meta, &crate::vm::names::name(name))
        .filter(|f| weft_runtime::types::function::as_native(f).is_none())
}

pub fn isinstance(args: Args<'_>) -> PyResult<Value> {
    let a = exact("isinstance", &args, 2)?;
    // An object is an instance of its own type whatever any
    // `__instancecheck__` says (CPython answers this first too).
    let class = typeobj::type_of(&a[0]);
    if class.is(&a[1]) {
        return Ok(none_bool::bool_value(true));
    }
    if let Some(hook) = metaclass_hook(&a[1], "__instancecheck__") {
        let meta = typeobj::type_of(&a[1]);
        let r = protocol::call(
            &typeobj::bind(&hook, &a[1], &meta)?,
            std::slice::from_ref(&a[0]),
        )?;
        return Ok(none_bool::bool_value(ops::truthy(&r)?));
    }
    let found = check_classes(&a[1], "isinstance", &|c| typeobj::is_subclass(&class, c))?;
    Ok(none_bool::bool_value(found))
}

pub fn issubclass(args: Args<'_>) -> PyResult<Value> {
    let a = exact("issubclass", &args, 2)?;
    if let Some(hook) = metaclass_hook(&a[1], "__subclasscheck__") {
        let meta = typeobj::type_of(&a[1]);
        let r = protocol::call(
            &typeobj::bind(&hook, &a[1], &meta)?,
            std::slice::from_ref(&a[0]),
        )?;
        return Ok(none_bool::bool_value(ops::truthy(&r)?));
    }
    if typeobj::as_type(&a[0]).is_none() {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    let found = check_classes(&a[1], "issubclass", &|c| typeobj::is_subclass(&a[0], c))?;
    Ok(none_bool::bool_value(found))
}

pub fn all(args: Args<'_>) -> PyResult<Value> {
    let a = exact("all", &args, 1)?;
    let it = ops::iter(&a[0])?;
    while let Some(v) = ops::next(&it)? {
        if !ops::truthy(&v)? {
            return Ok(none_bool::false_value());
        }
    }
    Ok(none_bool::true_value())
}

pub fn any(args: Args<'_>) -> PyResult<Value> {
    let a = exact("any", &args, 1)?;
    let it = ops::iter(&a[0])?;
    while let Some(v) = ops::next(&it)? {
        if ops::truthy(&v)? {
            return Ok(none_bool::true_value());
        }
    }
    Ok(none_bool::false_value())
}

pub fn import(args: Args<'_>) -> PyResult<Value> {
    let name = args
        .positional
        .first()
        .and_then(|n| pystr::as_str(n))
        .ok_or_else(|| type_error("__import__() argument 1 must be str"))?;
    let module = crate::vm::import::import_module(name)?;
    // __import__(name, globals=None, locals=None, fromlist=(), level=0)
    let mut fromlist_arg = args.positional.get(3).cloned();
    for (k, v) in args.keywords {
        match pystr::as_str(k) {
            Some("fromlist") => fromlist_arg = Some(v.clone()),
            Some("globals" | "locals" | "level") => {}
            Some(other) => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for __import__()"
                )))
            }
            None => return Err(type_error("keywords must be strings")),
        }
    }
    let fromlist = fromlist_arg
        .as_ref()
        .map(ops::truthy)
        .transpose()?
        .unwrap_or(false);
    if fromlist {
        return Ok(module);
    }
    let top = name.split('.').next().unwrap_or(name);
    crate::vm::import::import_module(top)
}
