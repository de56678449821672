//! `str`'s methods as callables (splitting, joining, trimming, case,
//! prefix tests, replace; the table of all of them, with those of
//! `search_methods.rs`), argument handling as CPython's.

use crate::args::{required, str_arg, str_or_none_arg, Args, Method};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::protocol;
use crate::types::function::NativeFn;
use crate::types::{list::List, none_bool, tuple};
use crate::value::Value;

use super::{as_str, cast, Str};

fn maxsplit_arg(v: Option<&Value>) -> PyResult<i64> {
    v.map(crate::args::index_arg)
        .transpose()
        .map(|m| m.unwrap_or(-1))
}

fn str_split(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::keywords("str", "split", &["sep", "maxsplit"], 0, 2);
    let (s, [sep, maxsplit]) = M.parse(args, as_str)?;
    Ok(List::new(super::split(
        s,
        str_or_none_arg(sep)?,
        maxsplit_arg(maxsplit)?,
    )?))
}

fn str_rsplit(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::keywords("str", "rsplit", &["sep", "maxsplit"], 0, 2);
    let (s, [sep, maxsplit]) = M.parse(args, as_str)?;
    Ok(List::new(super::rsplit(
        s,
        str_or_none_arg(sep)?,
        maxsplit_arg(maxsplit)?,
    )?))
}

fn str_join(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::one("str", "join");
    let (s, [items]) = M.parse(args, as_str)?;
    let items = required(items);
    match tuple::as_tuple(items) {
        Some(t) => super::join(s, t),
        None => super::join(s, &protocol::iterate(items)?),
    }
}

macro_rules! strip_method {
    ($fn:ident, $name:literal, $impl:ident) => {
        fn $fn(args: Args<'_>) -> PyResult<Value> {
            const M: Method = Method::positional("str", $name, 0, 1);
            let (s, [chars]) = M.parse(args, as_str)?;
            Ok(super::$impl(s, str_or_none_arg(chars)?))
        }
    };
}
strip_method!(str_strip, "strip", strip);
strip_method!(str_lstrip, "lstrip", lstrip);
strip_method!(str_rstrip, "rstrip", rstrip);

macro_rules! case_method {
    ($fn:ident, $name:literal, $impl:ident) => {
        fn $fn(args: Args<'_>) -> PyResult<Value> {
            let (s, []) = Method::no_args("str", $name).parse(args, as_str)?;
            Ok(super::$impl(s))
        }
    };
}
case_method!(str_upper, "upper", upper);
case_method!(str_lower, "lower", lower);

/// `startswith` / `endswith` with a str or a tuple of str.
fn affix(args: Args<'_>, name: &'static str, ends: bool) -> PyResult<Value> {
    if args.positional.len() == 1 && args.keywords.is_empty() {
        // CPython's wording for this method (not Argument Clinic's).
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!("{name}() takes at least 1 argument (0 given)"),
        ));
    }
    let method = Method::positional("str", name, 1, 3);
    let (s, [affix, start, end]): (&Str, _) = method.parse(args, cast)?;
    let start = crate::args::slice_index_or_none(start)?;
    let end = crate::args::slice_index_or_none(end)?;
    let affix = required(affix);
    let found = if let Some(items) = tuple::as_tuple(affix) {
        let mut texts = Vec::with_capacity(items.len());
        for item in items {
            texts.push(as_str(item).ok_or_else(|| {
                PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "tuple for {name} must only contain str, not {}",
                        crate::args::type_name(item)
                    ),
                )
            })?);
        }
        if ends {
            super::endswith_any(s, &texts, start, end)
        } else {
            super::startswith_any(s, &texts, start, end)
        }
    } else {
        let text = as_str(affix).ok_or_else(|| {
            PyErr::new(
                ExcKind::TypeError,
                format!(
                    "{name} first arg must be str or a tuple of str, not {}",
                    crate::args::type_name(affix)
                ),
            )
        })?;
        if ends {
            super::endswith(s, text, start, end)
        } else {
            super::startswith(s, text, start, end)
        }
    };
    Ok(none_bool::bool_value(found))
}

fn str_startswith(args: Args<'_>) -> PyResult<Value> {
    affix(args, "startswith", false)
}

fn str_endswith(args: Args<'_>) -> PyResult<Value> {
    affix(args, "endswith", true)
}

fn str_replace(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::positional("str", "replace", 2, 3);
    let (s, [old, new, count]) = M.parse(args, as_str)?;
    let count = count.map(crate::args::index_arg).transpose()?.unwrap_or(-1);
    super::replace(s, str_arg(required(old))?, str_arg(required(new))?, count)
}

/// The methods in `str`'s type dict.
pub static STR_METHODS: [(&str, NativeFn); 48] = [
    ("split", str_split),
    ("rsplit", str_rsplit),
    ("join", str_join),
    ("strip", str_strip),
    ("lstrip", str_lstrip),
    ("rstrip", str_rstrip),
    ("upper", str_upper),
    ("lower", str_lower),
    ("startswith", str_startswith),
    ("endswith", str_endswith),
    ("replace", str_replace),
    ("find", super::search_methods::str_find),
    ("rfind", super::search_methods::str_rfind),
    ("index", super::search_methods::str_index),
    ("rindex", super::search_methods::str_rindex),
    ("count", super::search_methods::str_count),
    ("partition", super::search_methods::str_partition),
    ("rpartition", super::search_methods::str_rpartition),
    ("center", super::search_methods::str_center),
    ("ljust", super::search_methods::str_ljust),
    ("rjust", super::search_methods::str_rjust),
    ("zfill", super::search_methods::str_zfill),
    ("expandtabs", super::search_methods::str_expandtabs),
    ("isdigit", super::search_methods::str_isdigit),
    ("isdecimal", super::search_methods::str_isdecimal),
    ("isnumeric", super::search_methods::str_isnumeric),
    ("isalpha", super::search_methods::str_isalpha),
    ("isalnum", super::search_methods::str_isalnum),
    ("isspace", super::search_methods::str_isspace),
    ("isprintable", super::search_methods::str_isprintable),
    ("isascii", super::search_methods::str_isascii),
    ("isupper", super::search_methods::str_isupper),
    ("islower", super::search_methods::str_islower),
    ("istitle", super::search_methods::str_istitle),
    ("isidentifier", super::search_methods::str_isidentifier),
    ("casefold", super::search_methods::str_casefold),
    ("swapcase", super::search_methods::str_swapcase),
    ("capitalize", super::search_methods::str_capitalize),
    ("title", super::search_methods::str_title),
    ("encode", super::search_methods::str_encode),
    ("removeprefix", super::search_methods::str_removeprefix),
    ("removesuffix", super::search_methods::str_removesuffix),
    ("splitlines", super::search_methods::str_splitlines),
    ("translate", super::search_methods::str_translate),
    ("maketrans", super::search_methods::str_maketrans),
    ("__len__", super::search_methods::str_len),
    ("__contains__", super::search_methods::str_contains),
    ("__getitem__", super::search_methods::str_getitem),
];
