//! `str`'s search, shape and classification methods as callables:
//! `find` and friends, `partition`, padding, `is*` tests, `encode`,
//! `splitlines`, `translate`, with CPython's argument errors.

use crate::args::{c_int_arg, index_arg, required, slice_index_or_none, str_arg, Args, Method};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::types::{dict::Dict, int, list::List, none_bool, tuple};
use crate::value::Value;

use super::{as_str, cast, char_value, str_from_string, str_value, Str};

/// `(sub, start, end)` of `find`-like methods (`find() takes at least 1 argument`).
fn search_args<'a>(
    args: Args<'a>,
    name: &'static str,
) -> PyResult<(&'a Str, &'a str, Option<i64>, Option<i64>)> {
    let m = Method::tuple("str", name, 1, 3);
    let (s, [sub, start, end]) = m.parse(args, cast)?;
    let sub = str_operand(required(sub), |t| format!("must be str, not {t}"))?;
    Ok((
        s,
        sub,
        slice_index_or_none(start)?,
        slice_index_or_none(end)?,
    ))
}

/// `v` as text, or `TypeError(message(type name))`.
fn str_operand(v: &Value, message: impl FnOnce(&str) -> String) -> PyResult<&str> {
    as_str(v).ok_or_else(|| PyErr::new(ExcKind::TypeError, message(&crate::args::type_name(v))))
}

pub(super) fn str_find(args: Args<'_>) -> PyResult<Value> {
    let (s, sub, start, end) = search_args(args, "find")?;
    Ok(int::int_from_i64(super::find(s, sub, start, end)))
}

pub(super) fn str_rfind(args: Args<'_>) -> PyResult<Value> {
    let (s, sub, start, end) = search_args(args, "rfind")?;
    Ok(int::int_from_i64(super::rfind(s, sub, start, end)))
}

pub(super) fn str_index(args: Args<'_>) -> PyResult<Value> {
    let (s, sub, start, end) = search_args(args, "index")?;
    Ok(int::int_from_i64(super::index(s, sub, start, end)? as i64))
}

pub(super) fn str_rindex(args: Args<'_>) -> PyResult<Value> {
    let (s, sub, start, end) = search_args(args, "rindex")?;
    Ok(int::int_from_i64(super::rindex(s, sub, start, end)? as i64))
}

pub(super) fn str_count(args: Args<'_>) -> PyResult<Value> {
    let (s, sub, start, end) = search_args(args, "count")?;
    Ok(int::int_from_i64(super::count(s, sub, start, end) as i64))
}

fn partition_with(args: Args<'_>, name: &'static str, right: bool) -> PyResult<Value> {
    let (s, [sep]) = Method::one("str", name).parse(args, as_str)?;
    let sep = str_arg(required(sep))?;
    let (a, b, c) = if right {
        super::rpartition(s, sep)?
    } else {
        super::partition(s, sep)?
    };
    Ok(tuple::tuple_new(vec![a, b, c]))
}

pub(super) fn str_partition(args: Args<'_>) -> PyResult<Value> {
    partition_with(args, "partition", false)
}

pub(super) fn str_rpartition(args: Args<'_>) -> PyResult<Value> {
    partition_with(args, "rpartition", true)
}

/// `(width, fillchar)` of the padding methods.
fn pad_args<'a>(args: Args<'a>, name: &'static str) -> PyResult<(&'a Str, i64, char)> {
    let m = Method::positional("str", name, 1, 2);
    let (s, [width, fill]) = m.parse(args, cast)?;
    let width = index_arg(required(width))?;
    let fill = match fill {
        None => ' ',
        Some(f) => {
            let text = as_str(f).ok_or_else(|| {
                PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "{name}() argument 2 must be str, not {}",
                        crate::args::type_name(f)
                    ),
                )
            })?;
            let mut chars = text.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        "The fill character must be exactly one character long",
                    ))
                }
            }
        }
    };
    Ok((s, width, fill))
}

pub(super) fn str_center(args: Args<'_>) -> PyResult<Value> {
    let (s, w, f) = pad_args(args, "center")?;
    super::center(s, w, f)
}

pub(super) fn str_ljust(args: Args<'_>) -> PyResult<Value> {
    let (s, w, f) = pad_args(args, "ljust")?;
    super::ljust(s, w, f)
}

pub(super) fn str_rjust(args: Args<'_>) -> PyResult<Value> {
    let (s, w, f) = pad_args(args, "rjust")?;
    super::rjust(s, w, f)
}

pub(super) fn str_zfill(args: Args<'_>) -> PyResult<Value> {
    let (s, [width]) = Method::one("str", "zfill").parse(args, cast)?;
    super::zfill(s, index_arg(required(width))?)
}

pub(super) fn str_expandtabs(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::keywords("str", "expandtabs", &["tabsize"], 0, 1);
    let (s, [tabsize]) = M.parse(args, as_str)?;
    let size = tabsize.map(c_int_arg).transpose()?.unwrap_or(8).max(0) as usize;
    let mut out = String::new();
    let mut column = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - column % size;
                    out.extend(std::iter::repeat_n(' ', n));
                    column += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(str_from_string(out))
}

macro_rules! predicate {
    ($fn:ident, $name:literal, $impl:ident) => {
        pub(super) fn $fn(args: Args<'_>) -> PyResult<Value> {
            let (s, []) = Method::no_args("str", $name).parse(args, as_str)?;
            Ok(none_bool::bool_value(super::$impl(s)))
        }
    };
}
predicate!(str_isdigit, "isdigit", isdigit);
predicate!(str_isdecimal, "isdecimal", isdecimal);
predicate!(str_isnumeric, "isnumeric", isnumeric);
predicate!(str_isalpha, "isalpha", isalpha);
predicate!(str_isalnum, "isalnum", isalnum);
predicate!(str_isspace, "isspace", isspace);
predicate!(str_isprintable, "isprintable", isprintable);
predicate!(str_isascii, "isascii", isascii);
predicate!(str_isupper, "isupper", isupper);
predicate!(str_islower, "islower", islower);
predicate!(str_istitle, "istitle", istitle);
predicate!(str_isidentifier, "isidentifier", isidentifier);

macro_rules! transform {
    ($fn:ident, $name:literal, $impl:ident) => {
        pub(super) fn $fn(args: Args<'_>) -> PyResult<Value> {
            let (s, []) = Method::no_args("str", $name).parse(args, as_str)?;
            Ok(super::$impl(s))
        }
    };
}
transform!(str_casefold, "casefold", casefold);
transform!(str_swapcase, "swapcase", swapcase);
transform!(str_capitalize, "capitalize", capitalize);
transform!(str_title, "title", title);

pub(super) fn str_encode(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::keywords("str", "encode", &["encoding", "errors"], 0, 2);
    let (s, [encoding, errors]) = M.parse(args, as_str)?;
    let encoding = encoding.map(str_arg).transpose()?.unwrap_or("utf-8");
    let errors = errors.map(str_arg).transpose()?.unwrap_or("strict");
    super::encode(s, encoding, errors)
}

fn affix_removal(args: Args<'_>, name: &'static str, prefix: bool) -> PyResult<Value> {
    let (s, [affix]) = Method::one("str", name).parse(args, as_str)?;
    let text = str_operand(required(affix), |t| {
        format!("{name}() argument must be str, not {t}")
    })?;
    let rest = if prefix {
        s.strip_prefix(text)
    } else {
        s.strip_suffix(text)
    };
    Ok(str_value(rest.unwrap_or(s)))
}

pub(super) fn str_removeprefix(args: Args<'_>) -> PyResult<Value> {
    affix_removal(args, "removeprefix", true)
}

pub(super) fn str_removesuffix(args: Args<'_>) -> PyResult<Value> {
    affix_removal(args, "removesuffix", false)
}

pub(super) fn str_splitlines(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::keywords("str", "splitlines", &["keepends"], 0, 1);
    let (s, [keepends]) = M.parse(args, as_str)?;
    let keep = keepends.map(c_int_arg).transpose()?.unwrap_or(0) != 0;
    Ok(List::new(super::splitlines(s, keep)))
}

/// A table lookup's outcome for `translate`: a LookupError means the
/// character has no mapping.
fn lookup_result(r: PyResult<Value>) -> PyResult<Option<Value>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.is_a(ExcKind::LookupError) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Whether `table`'s class defines `__getitem__` in Python (so a KeyError
/// is its answer, not the built-in dict's).
fn overrides_getitem(table: &Value) -> bool {
    let class = super::super::typeobj::type_of(table);
    super::super::typeobj::lookup(&class, &super::intern("__getitem__"))
        .is_some_and(|f| super::super::function::as_native(&f).is_none())
}

/// The bound `__missing__` of a dict subclass instance, if its class has one.
fn dict_missing(table: &Value) -> PyResult<Option<Value>> {
    let class = super::super::typeobj::type_of(table);
    match super::super::typeobj::lookup(&class, &super::intern("__missing__")) {
        Some(m) => super::super::typeobj::bind(&m, table, &class).map(Some),
        None => Ok(None),
    }
}

/// `s.translate(table)`: a mapping from code points to str, code point or None.
pub(super) fn str_translate(args: Args<'_>) -> PyResult<Value> {
    let (s, [table]) = Method::one("str", "translate").parse(args, as_str)?;
    let table = required(table);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let key = int::int_from_i64(c as i64);
        let mapped = match Dict::cast(table) {
            Some(d) => d.get(&key)?,
            None => {
                let getitem = crate::attr::getattr(table, &super::intern("__getitem__"))?;
                match crate::protocol::call(&getitem, std::slice::from_ref(&key)) {
                    Ok(v) => Some(v),
                    // A dict subclass's `__missing__` answers for absent
                    // keys, as `table[key]` would.
                    Err(e) if e.is_a(ExcKind::KeyError) && !overrides_getitem(table) => {
                        match dict_missing(table)? {
                            Some(missing) => lookup_result(crate::protocol::call(
                                &missing,
                                std::slice::from_ref(&key),
                            ))?,
                            None => None,
                        }
                    }
                    other => lookup_result(other)?,
                }
            }
        };
        match mapped {
            None => out.push(c),
            Some(v) if none_bool::is_none(&v) => {}
            Some(v) => {
                if let Some(t) = as_str(&v) {
                    out.push_str(t);
                } else if let Some(n) = int::as_int(&v).and_then(|i| i.to_i64()) {
                    let c = u32::try_from(n)
                        .ok()
                        .and_then(char::from_u32)
                        .ok_or_else(|| {
                            PyErr::new(
                                ExcKind::ValueError,
                                "character mapping must be in range(0x110000)",
                            )
                        })?;
                    out.push(c);
                } else {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        "character mapping must return integer, None or str",
                    ));
                }
            }
        }
    }
    Ok(str_from_string(out))
}

/// `str.maketrans(x[, y[, z]])` (a static method: no receiver).
pub(super) fn str_maketrans(args: Args<'_>) -> PyResult<Value> {
    crate::args::check_positional("maketrans", args.positional.len(), 1, 3)?;
    let d = Dict::new();
    let table = Dict::cast(&d).expect("a dict");
    match args.positional {
        [x] => {
            let src = Dict::cast(x).ok_or_else(|| {
                PyErr::new(
                    ExcKind::TypeError,
                    "if you give only one argument to maketrans it must be a dict",
                )
            })?;
            for (k, v) in src.items() {
                let key = match as_str(&k) {
                    Some(t) if t.chars().count() == 1 => {
                        int::int_from_i64(t.chars().next().expect("one char") as i64)
                    }
                    Some(_) => {
                        return Err(PyErr::new(
                            ExcKind::ValueError,
                            "string keys in translate table must be of length 1",
                        ))
                    }
                    None => k,
                };
                table.set(key, v)?;
            }
        }
        [x, y, rest @ ..] => {
            let (x, y) = (str_arg(x)?, str_arg(y)?);
            if x.chars().count() != y.chars().count() {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (a, b) in x.chars().zip(y.chars()) {
                table.set(int::int_from_i64(a as i64), int::int_from_i64(b as i64))?;
            }
            if let Some(z) = rest.first() {
                for c in str_arg(z)?.chars() {
                    table.set(int::int_from_i64(c as i64), none_bool::none())?;
                }
            }
        }
        [] => unreachable!("checked"),
    }
    Ok(d)
}

pub(super) fn str_len(args: Args<'_>) -> PyResult<Value> {
    let (s, []) = Method::wrapper("str", "__len__", 0).parse(args, cast)?;
    Ok(int::int_from_i64(s.char_len() as i64))
}

pub(super) fn str_contains(args: Args<'_>) -> PyResult<Value> {
    let (s, [x]) = Method::wrapper("str", "__contains__", 1).parse(args, as_str)?;
    let sub = str_operand(required(x), |t| {
        format!("'in <string>' requires string as left operand, not {t}")
    })?;
    Ok(none_bool::bool_value(super::contains(s, sub)))
}

pub(super) fn str_getitem(args: Args<'_>) -> PyResult<Value> {
    let (_, [key]) = Method::wrapper("str", "__getitem__", 1).parse(args, as_str)?;
    let v = &args.positional[0];
    let key = required(key);
    if let Some(sl) = crate::types::slice::as_slice(key) {
        let len = super::str_len(v).unwrap_or(0);
        let idx = sl.indices(len)?;
        let chars: Vec<char> = as_str(v).unwrap_or("").chars().collect();
        return Ok(str_from_string(idx.positions().map(|p| chars[p]).collect()));
    }
    let i = crate::args::subscript_index(key)?.ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "string indices must be integers, not '{}'",
                crate::args::type_name(key)
            ),
        )
    })?;
    let _ = char_value;
    super::getitem(v, i)
}
