//! `bytes`' methods as callables.

use super::{as_bytes, bytes_from_slice, bytes_new, decode};
use crate::args::{required, slice_index_or_none, str_arg, Args, Method};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::types::function::NativeFn;
use crate::types::sequence::adjust_range;
use crate::types::{int, list::List, none_bool, tuple};
use crate::value::Value;

fn bytes_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a [u8]> {
    as_bytes(v).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!("{what}a bytes-like object is required, not '{}'", crate::args::type_name(v)),
        )
    })
}

fn find_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn bytes_decode(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::keywords("bytes", "decode", &["encoding", "errors"], 0, 2);
    let (b, [encoding, errors]) = M.parse(args, as_bytes)?;
    let encoding = encoding.map(str_arg).transpose()?.unwrap_or("utf-8");
    let errors = errors.map(str_arg).transpose()?.unwrap_or("strict");
    decode(b, encoding, errors)
}

fn bytes_hex(args: Args<'_>) -> PyResult<Value> {
    let (b, []) = Method::no_args("bytes", "hex").parse(args, as_bytes)?;
    let text: String = b.iter().map(|x| format!("{x:02x}")).collect();
    Ok(crate::types::str::str_from_string(text))
}

fn search<'a>(args: Args<'a>, name: &'static str) -> PyResult<(&'a [u8], &'a [u8], usize)> {
    let m = Method::tuple("bytes", name, 1, 3);
    let (b, [sub, start, end]) = m.parse(args, as_bytes)?;
    let (start, end) = adjust_range(b.len(), slice_index_or_none(start)?, slice_index_or_none(end)?);
    let hay = if start <= end { &b[start..end] } else { &b[0..0] };
    Ok((hay, bytes_arg(required(sub), "argument should be integer or bytes-like object, not ").unwrap_or(b""), start))
}

fn bytes_find(args: Args<'_>) -> PyResult<Value> {
    let (hay, sub, start) = search(args, "find")?;
    Ok(int::int_from_i64(find_in(hay, sub).map_or(-1, |i| (i + start) as i64)))
}

fn bytes_index(args: Args<'_>) -> PyResult<Value> {
    let (hay, sub, start) = search(args, "index")?;
    find_in(hay, sub)
        .map(|i| int::int_from_i64((i + start) as i64))
        .ok_or_else(|| PyErr::new(ExcKind::ValueError, "subsection not found"))
}

fn bytes_count(args: Args<'_>) -> PyResult<Value> {
    let (hay, sub, _) = search(args, "count")?;
    if sub.is_empty() {
        return Ok(int::int_from_i64(hay.len() as i64 + 1));
    }
    let (mut n, mut i) = (0, 0);
    while let Some(p) = find_in(&hay[i..], sub) {
        n += 1;
        i += p + sub.len();
    }
    Ok(int::int_from_i64(n))
}

fn affix(args: Args<'_>, name: &'static str, ends: bool) -> PyResult<Value> {
    let m = Method::positional("bytes", name, 1, 3);
    let (b, [affix, start, end]) = m.parse(args, as_bytes)?;
    let (start, end) = adjust_range(b.len(), slice_index_or_none(start)?, slice_index_or_none(end)?);
    let hay = if start <= end { &b[start..end] } else { &b[0..0] };
    let affix = required(affix);
    let candidates: Vec<&[u8]> = match tuple::as_tuple(affix) {
        Some(items) => items.iter().map(|i| bytes_arg(i, "")).collect::<PyResult<_>>()?,
        None => vec![bytes_arg(affix, "")?],
    };
    let hit = candidates.iter().any(|c| if ends { hay.ends_with(c) } else { hay.starts_with(c) });
    Ok(none_bool::bool_value(hit))
}

fn bytes_startswith(args: Args<'_>) -> PyResult<Value> {
    affix(args, "startswith", false)
}

fn bytes_endswith(args: Args<'_>) -> PyResult<Value> {
    affix(args, "endswith", true)
}

fn bytes_split(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::keywords("bytes", "split", &["sep", "maxsplit"], 0, 2);
    let (b, [sep, maxsplit]) = M.parse(args, as_bytes)?;
    let maxsplit = maxsplit.map(crate::args::index_arg).transpose()?.unwrap_or(-1);
    let mut parts = Vec::new();
    match sep.filter(|s| !none_bool::is_none(s)) {
        None => {
            let mut rest = b;
            loop {
                let start = rest.iter().position(|c| !c.is_ascii_whitespace()).unwrap_or(rest.len());
                rest = &rest[start..];
                if rest.is_empty() {
                    break;
                }
                if maxsplit >= 0 && parts.len() as i64 >= maxsplit {
                    parts.push(bytes_from_slice(rest));
                    break;
                }
                let end = rest.iter().position(u8::is_ascii_whitespace).unwrap_or(rest.len());
                parts.push(bytes_from_slice(&rest[..end]));
                rest = &rest[end..];
            }
        }
        Some(sep) => {
            let sep = bytes_arg(sep, "")?;
            if sep.is_empty() {
                return Err(PyErr::new(ExcKind::ValueError, "empty separator"));
            }
            let mut rest = b;
            while let Some(p) = find_in(rest, sep).filter(|_| maxsplit < 0 || (parts.len() as i64) < maxsplit) {
                parts.push(bytes_from_slice(&rest[..p]));
                rest = &rest[p + sep.len()..];
            }
            parts.push(bytes_from_slice(rest));
        }
    }
    Ok(List::new(parts))
}

fn bytes_join(args: Args<'_>) -> PyResult<Value> {
    let (sep, [items]) = Method::one("bytes", "join").parse(args, as_bytes)?;
    let mut out = Vec::new();
    for (i, item) in crate::protocol::iterate(required(items))?.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(as_bytes(item).ok_or_else(|| {
            PyErr::new(
                ExcKind::TypeError,
                format!("sequence item {i}: expected a bytes-like object, {} found", crate::args::type_name(item)),
            )
        })?);
    }
    Ok(bytes_new(out))
}

fn strip_with(args: Args<'_>, name: &'static str, left: bool, right: bool) -> PyResult<Value> {
    let (b, [chars]) = Method::positional("bytes", name, 0, 1).parse(args, as_bytes)?;
    let set: Vec<u8> = match chars.filter(|c| !none_bool::is_none(c)) {
        Some(c) => bytes_arg(c, "")?.to_vec(),
        None => b" \t\n\r\x0b\x0c".to_vec(),
    };
    let start = if left { b.iter().position(|c| !set.contains(c)).unwrap_or(b.len()) } else { 0 };
    let end = if right { b.iter().rposition(|c| !set.contains(c)).map_or(start, |i| i + 1) } else { b.len() };
    Ok(bytes_from_slice(&b[start..end.max(start)]))
}

fn bytes_strip(args: Args<'_>) -> PyResult<Value> {
    strip_with(args, "strip", true, true)
}
fn bytes_lstrip(args: Args<'_>) -> PyResult<Value> {
    strip_with(args, "lstrip", true, false)
}
fn bytes_rstrip(args: Args<'_>) -> PyResult<Value> {
    strip_with(args, "rstrip", false, true)
}

fn bytes_replace(args: Args<'_>) -> PyResult<Value> {
    let (b, [old, new, count]) = Method::positional("bytes", "replace", 2, 3).parse(args, as_bytes)?;
    let (old, new) = (bytes_arg(required(old), "")?, bytes_arg(required(new), "")?);
    let mut count = count.map(crate::args::index_arg).transpose()?.unwrap_or(-1);
    let mut out = Vec::new();
    let mut rest = b;
    if old.is_empty() {
        return Ok(bytes_from_slice(b));
    }
    while count != 0 {
        let Some(p) = find_in(rest, old) else { break };
        out.extend_from_slice(&rest[..p]);
        out.extend_from_slice(new);
        rest = &rest[p + old.len()..];
        count -= 1;
    }
    out.extend_from_slice(rest);
    Ok(bytes_new(out))
}

fn bytes_upper(args: Args<'_>) -> PyResult<Value> {
    let (b, []) = Method::no_args("bytes", "upper").parse(args, as_bytes)?;
    Ok(bytes_new(b.to_ascii_uppercase()))
}

fn bytes_lower(args: Args<'_>) -> PyResult<Value> {
    let (b, []) = Method::no_args("bytes", "lower").parse(args, as_bytes)?;
    Ok(bytes_new(b.to_ascii_lowercase()))
}

fn bytes_len(args: Args<'_>) -> PyResult<Value> {
    let (b, []) = Method::wrapper("bytes", "__len__", 0).parse(args, as_bytes)?;
    Ok(int::int_from_i64(b.len() as i64))
}

/// `bytes.fromhex(string)` (looked up on the class: no receiver).
fn bytes_fromhex(args: Args<'_>) -> PyResult<Value> {
    crate::args::check_positional("fromhex", args.positional.len(), 1, 1)?;
    let text = str_arg(&args.positional[0])?;
    let digits: Vec<u32> = text.chars().filter(|c| !c.is_whitespace()).map(|c| c.to_digit(16)).collect::<Option<_>>().ok_or_else(
        || PyErr::new(ExcKind::ValueError, "non-hexadecimal number found in fromhex() arg"),
    )?;
    if !digits.len().is_multiple_of(2) {
        return Err(PyErr::new(ExcKind::ValueError, "non-hexadecimal number found in fromhex() arg"));
    }
    Ok(bytes_new(digits.chunks(2).map(|p| (p[0] * 16 + p[1]) as u8).collect()))
}

/// The methods in `bytes`' type dict.
pub static BYTES_METHODS: [(&str, NativeFn); 18] = [
    ("decode", bytes_decode),
    ("hex", bytes_hex),
    ("find", bytes_find),
    ("index", bytes_index),
    ("count", bytes_count),
    ("startswith", bytes_startswith),
    ("endswith", bytes_endswith),
    ("split", bytes_split),
    ("join", bytes_join),
    ("strip", bytes_strip),
    ("lstrip", bytes_lstrip),
    ("rstrip", bytes_rstrip),
    ("replace", bytes_replace),
    ("upper", bytes_upper),
    ("lower", bytes_lower),
    ("__len__", bytes_len),
    ("fromhex", bytes_fromhex),
    ("__iter__", bytes_iter),
];

fn bytes_iter(args: Args<'_>) -> PyResult<Value> {
    let (_, []) = Method::wrapper("bytes", "__iter__", 0).parse(args, as_bytes)?;
    crate::types::iterator::iter(&args.positional[0])
}
