//! Calling the built-in types: `int(x)`, `str(x)`, `list(it)`...

use weft_runtime::numeric::float_parse::{float_parse_error_message, parse_float};
use weft_runtime::types::descriptor::{
    classmethod, property, staticmethod, CLASSMETHOD_TYPE, PROPERTY_TYPE, STATICMETHOD_TYPE,
};
use weft_runtime::types::{
    bytearray::{ByteArray, BYTEARRAY_TYPE},
    bytes::{self, BYTES_TYPE},
    byteslike,
    complex::COMPLEX_TYPE,
    dict::{Dict, DICT_TYPE},
    float::{self, FLOAT_TYPE},
    int::{self, INT_TYPE},
    list::{List, LIST_TYPE},
    none_bool::{self, BOOL_TYPE},
    range::{self, RANGE_TYPE},
    set::{Set, SET_TYPE},
    slice::{self, SLICE_TYPE},
    str::{self as pystr, STR_TYPE},
    tuple::{self, TUPLE_TYPE},
    typeobj,
};
use weft_runtime::{Args, ExcKind, PyErr, PyResult, TypeInfo, Value};

use crate::vm::errors::{error, type_error};
use crate::vm::ops;

fn is(ty: &Value, info: &'static TypeInfo) -> bool {
    typeobj::is_builtin_type(ty, info)
}

fn at_most(name: &str, args: &Args<'_>, n: usize) -> PyResult<()> {
    if args.positional.len() > n {
        let s = if n == 1 { "" } else { "s" };
        return Err(type_error(format!(
            "{name} expected at most {n} argument{s}, got {}",
            args.positional.len()
        )));
    }
    Ok(())
}

fn no_keywords(name: &str, args: &Args<'_>) -> PyResult<()> {
    if !args.keywords.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// `ty(*args)` for the built-in types the interpreter constructs.
/// `set(v)` / `frozenset(v)` into the new empty `set`: a set or dict
/// operand is added as CPython's `set_update_internal` adds it (its
/// resizes decide the iteration order), any other iterable member by
/// member.
fn from_iterable(set: Value, v: &Value) -> PyResult<Value> {
    let s = Set::cast(&set).expect("a set");
    if Set::cast(v).is_some() || weft_runtime::types::dict::Dict::cast(v).is_some() {
        s.update_from(v)?;
    } else {
        for item in ops::collect(v)? {
            s.add(item)?;
        }
    }
    Ok(set)
}

pub fn construct(ty: &Value, args: Args<'_>) -> Option<PyResult<Value>> {
    let a = args.positional;
    // `range` first: most `for` loops call it.
    Some(if is(ty, &RANGE_TYPE) {
        no_keywords("range", &args).and_then(|_| range::range_new(a))
    } else if crate::modules::collections::is_deque_type(ty) {
        crate::modules::collections::construct(args)
    } else if is(ty, &INT_TYPE) {
        int_new(args)
    } else if is(ty, &FLOAT_TYPE) {
        no_keywords("float", &args)
            .and_then(|_| at_most("float", &args, 1))
            .and_then(|_| match a.first() {
                None => Ok(float::float_value(0.0)),
                Some(v) => float_new(v),
            })
    } else if is(ty, &COMPLEX_TYPE) {
        super::complex_new::complex_new(args)
    } else if is(ty, &STR_TYPE) {
        str_new(args)
    } else if is(ty, &BOOL_TYPE) {
        no_keywords("bool", &args)
            .and_then(|_| at_most("bool", &args, 1))
            .and_then(|_| {
                Ok(none_bool::bool_value(match a.first() {
                    None => false,
                    Some(v) => ops::truthy(v)?,
                }))
            })
    } else if is(ty, &LIST_TYPE) {
        no_keywords("list", &args)
            .and_then(|_| at_most("list", &args, 1))
            .and_then(|_| {
                Ok(List::new(match a.first() {
                    None => vec![],
                    Some(v) => ops::collect(v)?,
                }))
            })
    } else if is(ty, &TUPLE_TYPE) {
        no_keywords("tuple", &args)
            .and_then(|_| at_most("tuple", &args, 1))
            .and_then(|_| match a.first() {
                None => Ok(tuple::empty_tuple()),
                Some(v) if tuple::as_tuple(v).is_some() => Ok(v.clone()),
                Some(v) => Ok(tuple::tuple_new(ops::collect(v)?)),
            })
    } else if is(ty, &DICT_TYPE) {
        at_most("dict", &args, 1).and_then(|_| {
            let d = Dict::new();
            if let Some(src) = a.first() {
                ops::dict_update(&d, src)?;
            }
            for (k, v) in args.keywords {
                Dict::cast(&d).expect("a dict").set(k.clone(), v.clone())?;
            }
            Ok(d)
        })
    } else if is(ty, &SET_TYPE) {
        no_keywords("set", &args)
            .and_then(|_| at_most("set", &args, 1))
            .and_then(|_| match a.first() {
                None => Set::new(vec![]),
                Some(v) => from_iterable(Set::new(vec![])?, v),
            })
    } else if is(ty, &weft_runtime::types::set::FROZENSET_TYPE) {
        no_keywords("frozenset", &args)
            .and_then(|_| at_most("frozenset", &args, 1))
            .and_then(|_| match a.first() {
                Some(v) if Set::is_frozen(v) => Ok(v.clone()),
                None => Set::new_frozen(vec![]),
                Some(v) => from_iterable(Set::new_frozen(vec![])?, v),
            })
    } else if is(ty, &SLICE_TYPE) {
        match a {
            [stop] => Ok(slice::slice_new(None, Some(stop.clone()), None)),
            [start, stop] => Ok(slice::slice_new(
                Some(start.clone()),
                Some(stop.clone()),
                None,
            )),
            [start, stop, step] => Ok(slice::slice_new(
                Some(start.clone()),
                Some(stop.clone()),
                Some(step.clone()),
            )),
            _ => Err(type_error(format!(
                "slice expected at least 1 argument, got {}",
                a.len()
            ))),
        }
    } else if is(ty, &BYTES_TYPE) {
        bytes_new(a, false).map(bytes::bytes_new)
    } else if is(ty, &BYTEARRAY_TYPE) {
        bytes_new(a, true).map(|b| ByteArray::new(&b))
    } else if is(ty, &PROPERTY_TYPE) {
        let get = |i: usize, name: &str| {
            a.get(i)
                .or_else(|| {
                    args.keywords
                        .iter()
                        .find(|(k, _)| pystr::as_str(k) == Some(name))
                        .map(|(_, v)| v)
                })
                .filter(|v| !none_bool::is_none(v))
                .cloned()
        };
        // The name comes later, from the class body (`__set_name__`).
        Ok(property(
            get(0, "fget"),
            get(1, "fset"),
            get(2, "fdel"),
            get(3, "doc"),
            "",
        ))
    } else if is(ty, crate::vm::objects::SUPER_TYPE.info()) {
        crate::vm::objects::super_new(args)
    } else if is(ty, &CLASSMETHOD_TYPE) {
        one_arg("classmethod", a).map(classmethod)
    } else if is(ty, &STATICMETHOD_TYPE) {
        one_arg("staticmethod", a).map(staticmethod)
    } else if is(ty, crate::vm::objects::MODULE_TYPE.info()) {
        module_new(args)
    } else if is(ty, crate::modules::thread::RLOCK_TYPE.info()) {
        crate::modules::thread::rlock(args)
    } else if is(ty, &weft_runtime::types::mappingproxy::MAPPINGPROXY_TYPE) {
        mappingproxy_new(args)
    } else {
        return None;
    })
}

/// `types.MappingProxyType(mapping)`: a read-only view of a dict (or of
/// the dict a dict subclass's instance extends). Weft's proxies view dicts
/// only: another mapping is refused with a clear message.
fn mappingproxy_new(args: Args<'_>) -> PyResult<Value> {
    let mapping = match (args.positional, args.keywords) {
        ([m], []) => m,
        ([], [(k, m)]) if pystr::as_str(k) == Some("mapping") => m,
        _ => {
            return Err(type_error(format!(
                "mappingproxy() takes exactly one argument ({} given)",
                args.positional.len() + args.keywords.len()
            )))
        }
    };
    let dict = weft_runtime::types::instance::builtin_value(mapping);
    if Dict::cast(dict).is_some() {
        return Ok(weft_runtime::types::mappingproxy::mappingproxy(dict));
    }
    let is_sequence = List::cast(mapping).is_some() || tuple::as_tuple(mapping).is_some();
    if is_sequence || ops::special(mapping, "__getitem__")?.is_none() {
        return Err(type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            typeobj::type_name_of(mapping)
        )));
    }
    Err(type_error(format!(
        "weft's mappingproxy() views a dict, not {}",
        typeobj::type_name_of(mapping)
    )))
}

/// `types.ModuleType(name, doc=None)`.
fn module_new(args: Args<'_>) -> PyResult<Value> {
    let mut name = args.positional.first();
    let mut doc = args.positional.get(1);
    for (k, v) in args.keywords {
        match pystr::as_str(k) {
            Some("name") if name.is_none() => name = Some(v),
            Some("doc") if doc.is_none() => doc = Some(v),
            _ => {
                return Err(type_error(format!(
                    "module() got an unexpected keyword argument '{}'",
                    pystr::as_str(k).unwrap_or("?")
                )))
            }
        }
    }
    if args.positional.len() > 2 {
        return Err(type_error(format!(
            "module() takes at most 2 arguments ({} given)",
            args.positional.len()
        )));
    }
    let name =
        name.ok_or_else(|| type_error("module() missing required argument 'name' (pos 1)"))?;
    let name_str = pystr::as_str(name).ok_or_else(|| {
        type_error(format!(
            "module.__init__() argument 'name' must be str, not {}",
            typeobj::type_name_of(name)
        ))
    })?;
    let m = crate::vm::objects::new_module(name_str);
    if let Some(doc) = doc {
        crate::vm::attr::setattr(&m, weft_runtime::interned!("__doc__"), doc.clone())?;
    }
    Ok(m)
}

fn one_arg(name: &str, a: &[Value]) -> PyResult<Value> {
    match a {
        [v] => Ok(v.clone()),
        _ => Err(type_error(format!(
            "{name} expected 1 argument, got {}",
            a.len()
        ))),
    }
}

/// The contents of `bytes(...)` / `bytearray(...)` (CPython's
/// `bytes_new`): a count of zeros, a bytes-like object, `__bytes__`, an
/// iterable of ints, or a str with an encoding.
fn bytes_new(a: &[Value], is_bytearray: bool) -> PyResult<Vec<u8>> {
    match a {
        [] => Ok(vec![]),
        [v] => {
            if let Some(b) = byteslike::buffer(v) {
                return Ok(b.into_owned());
            }
            if pystr::as_str(v).is_some() {
                return Err(type_error("string argument without an encoding"));
            }
            if !is_bytearray {
                if let Some(r) = ops::call_special(v, "__bytes__", &[])? {
                    return bytes::as_bytes(&r).map(<[u8]>::to_vec).ok_or_else(|| {
                        type_error(format!(
                            "__bytes__ returned non-bytes (type {})",
                            typeobj::type_name_of(&r)
                        ))
                    });
                }
            }
            let count = match weft_runtime::args::subscript_index(v) {
                Err(e) if e.kind() == Some(ExcKind::IndexError) => {
                    return Err(error(
                        "OverflowError",
                        "cannot fit 'int' into an index-sized integer",
                    ))
                }
                other => other?,
            };
            if let Some(n) = count {
                if n < 0 {
                    return Err(error("ValueError", "negative count"));
                }
                if n as u64 > crate::vm::ops::MAX_ITEMS as u64 {
                    return Err(PyErr::new(ExcKind::MemoryError, ""));
                }
                let mut out = Vec::new();
                out.try_reserve_exact(n as usize)
                    .map_err(|_| PyErr::new(ExcKind::MemoryError, ""))?;
                out.resize(n as usize, 0);
                return Ok(out);
            }
            let items = ops::iter(v).map_err(|_| {
                type_error(format!(
                    "cannot convert '{}' object to {}",
                    typeobj::type_name_of(v),
                    if is_bytearray { "bytearray" } else { "bytes" }
                ))
            })?;
            let mut out = Vec::new();
            while let Some(item) = ops::next(&items)? {
                let n = weft_runtime::args::index_arg(&item).map_err(|e| match e.kind() {
                    Some(ExcKind::OverflowError) => {
                        error("ValueError", "bytes must be in range(0, 256)")
                    }
                    _ => e,
                })?;
                if !(0..256).contains(&n) {
                    let what = if is_bytearray { "byte" } else { "bytes" };
                    return Err(error(
                        "ValueError",
                        format!("{what} must be in range(0, 256)"),
                    ));
                }
                out.push(n as u8);
            }
            Ok(out)
        }
        [s, rest @ ..] => {
            let s =
                pystr::as_str(s).ok_or_else(|| type_error("encoding without a string argument"))?;
            let arg = |i: usize, what: &str| -> PyResult<&str> {
                let v = &rest[i];
                pystr::as_str(v).ok_or_else(|| {
                    type_error(format!(
                        "{}() argument '{what}' must be str, not {}",
                        if is_bytearray { "bytearray" } else { "bytes" },
                        typeobj::type_name_of(v)
                    ))
                })
            };
            if rest.len() > 2 {
                return Err(type_error(format!(
                    "{}() takes at most 3 arguments ({} given)",
                    if is_bytearray { "bytearray" } else { "bytes" },
                    a.len()
                )));
            }
            let encoding = arg(0, "encoding")?;
            let errors = if rest.len() > 1 {
                arg(1, "errors")?
            } else {
                "strict"
            };
            let encoded = pystr::encode(s, encoding, errors)?;
            Ok(bytes::as_bytes(&encoded)
                .expect("encode makes bytes")
                .to_vec())
        }
    }
}

fn float_new(v: &Value) -> PyResult<Value> {
    float_of(v).map(float::float_value)
}

/// The value of `float(v)` (`PyNumber_Float`): strings parsed, ints
/// rounded, then `__float__` (which must return a float) or `__index__`.
pub(super) fn float_of(v: &Value) -> PyResult<f64> {
    // A float or int subclass's instance without its own `__float__`.
    if let Some(b) = ops::base_of(v, "__float__") {
        return float_of(&b);
    }
    if let Some(x) = float::as_f64(v) {
        return Ok(x);
    }
    if let Some(i) = int::as_int(v) {
        return i.to_f64();
    }
    if let Some(s) = pystr::as_str(v) {
        return parse_float(s).ok_or_else(|| error("ValueError", float_parse_error_message(s)));
    }
    if let Some(r) = ops::call_special(v, "__float__", &[])? {
        return float::as_f64(&r).ok_or_else(|| {
            type_error(format!(
                "{}.__float__ returned non-float (type {})",
                typeobj::type_name_of(v),
                typeobj::type_name_of(&r)
            ))
        });
    }
    if let Some(r) = ops::call_special(v, "__index__", &[])? {
        return int::as_int(&r)
            .ok_or_else(|| non_int("__index__", &r))?
            .to_f64();
    }
    Err(type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        typeobj::type_name_of(v)
    )))
}

/// `TypeError: __int__ returned non-int (type str)`.
fn non_int(method: &str, result: &Value) -> PyErr {
    type_error(format!(
        "{method} returned non-int (type {})",
        typeobj::type_name_of(result)
    ))
}

fn int_new(args: Args<'_>) -> PyResult<Value> {
    let a = args.positional;
    let mut base_kw = None;
    for (k, v) in args.keywords {
        if pystr::as_str(k) == Some("base") {
            base_kw = Some(v.clone());
        } else {
            return Err(type_error(format!(
                "'{}' is an invalid keyword argument for int()",
                pystr::as_str(k).unwrap_or("?")
            )));
        }
    }
    if a.len() > 2 {
        return Err(type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let base = a.get(1).cloned().or(base_kw);
    let Some(v) = a.first() else {
        if base.is_some() {
            return Err(type_error("int() missing string argument"));
        }
        return Ok(int::int_from_i64(0));
    };
    if let Some(base) = base {
        let b = int::as_int(&base).and_then(|b| b.to_i64()).ok_or_else(|| {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                typeobj::type_name_of(&base)
            ))
        })?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(error(
                "ValueError",
                "int() base must be >= 2 and <= 36, or 0",
            ));
        }
        if let Some(s) = pystr::as_str(v) {
            return int::int_parse(s, b as u32);
        }
        if let Some(data) = byteslike::buffer(v) {
            return int_from_bytes_text(&data, b as u32);
        }
        return Err(type_error(
            "int() can't convert non-string with explicit base",
        ));
    }
    if let Some(b) = ops::base_of(v, "__int__") {
        return int_new(Args::new(std::slice::from_ref(&b), &[]));
    }
    if let Some(i) = int::as_int(v) {
        return Ok(int::int_from_bigint(i.to_big().into_owned()));
    }
    if let Some(x) = float::as_f64(v) {
        if x.is_nan() {
            return Err(error("ValueError", "cannot convert float NaN to integer"));
        }
        if x.is_infinite() {
            return Err(error(
                "OverflowError",
                "cannot convert float infinity to integer",
            ));
        }
        let t = x.trunc();
        if t.abs() < 9.0e18 {
            return Ok(int::int_from_i64(t as i64));
        }
        use num_bigint::BigInt;
        use num_traits::FromPrimitive;
        return Ok(int::int_from_bigint(BigInt::from_f64(t).expect("finite")));
    }
    if let Some(s) = pystr::as_str(v) {
        return int::int_parse(s, 10);
    }
    if let Some(data) = byteslike::buffer(v) {
        return int_from_bytes_text(&data, 10);
    }
    for name in ["__int__", "__index__"] {
        if let Some(r) = ops::call_special(v, name, &[])? {
            // A bool result counts as the int it is.
            let i = int::as_int(&r).ok_or_else(|| non_int(name, &r))?;
            return Ok(int::int_from_bigint(i.to_big().into_owned()));
        }
    }
    if let Some(r) = ops::call_special(v, "__trunc__", &[])? {
        if int::is_int(&r) {
            return Ok(r);
        }
        return match ops::call_special(&r, "__index__", &[])? {
            Some(i) if int::is_int(&i) => Ok(i),
            _ => Err(type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                typeobj::type_name_of(&r)
            ))),
        };
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        typeobj::type_name_of(v)
    )))
}

/// `int(b, base)` for a bytes-like `b`: parsed as its ASCII text; the
/// error shows the bytes' repr (`invalid literal for int() with base 10:
/// b'x'`).
fn int_from_bytes_text(data: &[u8], base: u32) -> PyResult<Value> {
    let text: Option<&str> = std::str::from_utf8(data).ok().filter(|t| t.is_ascii());
    let parsed = match text {
        Some(t) => int::int_parse(t, base),
        None => Err(error("ValueError", "")),
    };
    parsed.map_err(|e| match e.kind() {
        Some(ExcKind::ValueError) if !matches!(&e, PyErr::Lazy(l) if l.message.starts_with("Exceeds")) => error(
            "ValueError",
            format!("invalid literal for int() with base {base}: {}", bytes::bytes_repr(data)),
        ),
        _ => e,
    })
}

fn str_new(args: Args<'_>) -> PyResult<Value> {
    let a = args.positional;
    if a.len() > 3 {
        return Err(type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            a.len()
        )));
    }
    let kw = |name: &str| {
        args.keywords
            .iter()
            .find(|(k, _)| pystr::as_str(k) == Some(name))
            .map(|(_, v)| v.clone())
    };
    let encoding = a.get(1).cloned().or_else(|| kw("encoding"));
    let errors = a.get(2).cloned().or_else(|| kw("errors"));
    let obj = a.first().cloned().or_else(|| kw("object"));
    let Some(v) = obj else {
        return Ok(pystr::empty_str());
    };
    if encoding.is_some() || errors.is_some() {
        let enc = encoding
            .as_ref()
            .and_then(|e| pystr::as_str(e).map(str::to_string))
            .unwrap_or_else(|| "utf-8".into());
        let err = errors
            .as_ref()
            .and_then(|e| pystr::as_str(e).map(str::to_string))
            .unwrap_or_else(|| "strict".into());
        let data = byteslike::buffer(&v)
            .map(std::borrow::Cow::into_owned)
            .ok_or_else(|| {
                type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    typeobj::type_name_of(&v)
                ))
            })?;
        return bytes::decode(&data, &enc, &err);
    }
    ops::str_value(&v)
}
