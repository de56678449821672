//! The searching and splitting methods of `bytes` and `bytearray`:
//! `find`/`rfind`/`index`/`rindex`/`count`, `startswith`/`endswith`,
//! `split`/`rsplit`/`splitlines`, `partition`/`rpartition`.

use super::{buffer, find_in, needle_arg, rfind_in, ByteKind};
use crate::args::{c_int_arg, index_arg, required, slice_index_or_none, Args, Method};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::types::sequence::adjust_range;
use crate::types::{int, list::List, none_bool, tuple};
use crate::value::Value;

/// The receiver, the needle and the `start:end` window of a search
/// (`find(sub[, start[, end]])`); `None` for the window when `start` is
/// past `end` (nothing, not even `b''`, is found there).
fn parse_search<K: ByteKind>(
    args: Args<'_>,
    name: &'static str,
    f: impl FnOnce(&[u8], &[u8], Option<usize>) -> PyResult<Value>,
) -> PyResult<Value> {
    let (b, [sub, start, end]) = Method::tuple(K::NAME, name, 1, 3).parse(args, K::receiver)?;
    let sub = needle_arg(required(sub))?;
    let (start, end) = adjust_range(
        b.len(),
        slice_index_or_none(start)?,
        slice_index_or_none(end)?,
    );
    if start > end || start > b.len() {
        return f(&[], &sub, None);
    }
    f(&b[start..end], &sub, Some(start))
}

fn not_found() -> PyErr {
    PyErr::new(ExcKind::ValueError, "subsection not found")
}

pub(crate) fn find<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    parse_search::<K>(args, "find", |hay, sub, start| {
        Ok(int::int_from_i64(
            start
                .and_then(|s| find_in(hay, sub).map(|i| (i + s) as i64))
                .unwrap_or(-1),
        ))
    })
}

pub(crate) fn rfind<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    parse_search::<K>(args, "rfind", |hay, sub, start| {
        Ok(int::int_from_i64(
            start
                .and_then(|s| rfind_in(hay, sub).map(|i| (i + s) as i64))
                .unwrap_or(-1),
        ))
    })
}

pub(crate) fn index<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    parse_search::<K>(args, "index", |hay, sub, start| {
        start
            .and_then(|s| find_in(hay, sub).map(|i| int::int_from_i64((i + s) as i64)))
            .ok_or_else(not_found)
    })
}

pub(crate) fn rindex<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    parse_search::<K>(args, "rindex", |hay, sub, start| {
        start
            .and_then(|s| rfind_in(hay, sub).map(|i| int::int_from_i64((i + s) as i64)))
            .ok_or_else(not_found)
    })
}

/// Non-overlapping occurrences of `sub` in `hay` (`len + 1` for `b''`).
pub(crate) fn count_in(hay: &[u8], sub: &[u8]) -> usize {
    if sub.is_empty() {
        return hay.len() + 1;
    }
    let (mut n, mut i) = (0, 0);
    while let Some(p) = find_in(&hay[i..], sub) {
        n += 1;
        i += p + sub.len();
    }
    n
}

pub(crate) fn count<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    parse_search::<K>(args, "count", |hay, sub, start| {
        Ok(int::int_from_i64(if start.is_some() {
            count_in(hay, sub) as i64
        } else {
            0
        }))
    })
}

fn affix<K: ByteKind>(args: Args<'_>, name: &'static str, ends: bool) -> PyResult<Value> {
    let (b, [affix, start, end]) = Method::tuple(K::NAME, name, 1, 3).parse(args, K::receiver)?;
    let (start, end) = adjust_range(
        b.len(),
        slice_index_or_none(start)?,
        slice_index_or_none(end)?,
    );
    let hay: &[u8] = if start <= end && start <= b.len() {
        &b[start..end]
    } else {
        &[]
    };
    let out_of_window = start > b.len();
    let affix = required(affix);
    let bad = |v: &Value| {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                crate::args::type_name(v)
            ),
        )
    };
    let test = |c: &[u8]| {
        !out_of_window
            && start <= end
            && if ends {
                hay.ends_with(c)
            } else {
                hay.starts_with(c)
            }
    };
    let hit = match tuple::as_tuple(affix) {
        Some(items) => {
            let mut hit = false;
            for item in items {
                let c = buffer(item).ok_or_else(|| {
                    PyErr::new(
                        ExcKind::TypeError,
                        format!(
                            "a bytes-like object is required, not '{}'",
                            crate::args::type_name(item)
                        ),
                    )
                })?;
                if test(&c) {
                    hit = true;
                    break;
                }
            }
            hit
        }
        None => test(&buffer(affix).ok_or_else(|| bad(affix))?),
    };
    Ok(none_bool::bool_value(hit))
}

pub(crate) fn startswith<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    affix::<K>(args, "startswith", false)
}

pub(crate) fn endswith<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    affix::<K>(args, "endswith", true)
}

/// ASCII whitespace as `bytes.split()` and `strip()` see it.
pub(crate) fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// The receiver, the separator (`None`: whitespace) and the split limit
/// of a `split`/`rsplit` call.
type SplitArgs<'a> = (std::borrow::Cow<'a, [u8]>, Option<Vec<u8>>, usize);

/// `sep` and `maxsplit` of `split`/`rsplit` (`None` for whitespace).
fn split_args<'a, K: ByteKind>(args: Args<'a>, name: &'static str) -> PyResult<SplitArgs<'a>> {
    let m = Method::keywords(K::NAME, name, &["sep", "maxsplit"], 0, 2);
    let (b, [sep, maxsplit]) = m.parse(args, K::receiver)?;
    let maxsplit = maxsplit.map(index_arg).transpose()?.unwrap_or(-1);
    let maxsplit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let sep = match sep.filter(|s| !none_bool::is_none(s)) {
        None => None,
        Some(s) => {
            let s = super::buffer_arg(s)?.into_owned();
            if s.is_empty() {
                return Err(PyErr::new(ExcKind::ValueError, "empty separator"));
            }
            Some(s)
        }
    };
    Ok((b, sep, maxsplit))
}

/// `b.split(sep, maxsplit)` as slices.
pub(crate) fn split_parts<'b>(b: &'b [u8], sep: Option<&[u8]>, maxsplit: usize) -> Vec<&'b [u8]> {
    let mut parts = Vec::new();
    let mut rest = b;
    match sep {
        None => loop {
            let start = rest
                .iter()
                .position(|&c| !is_space(c))
                .unwrap_or(rest.len());
            rest = &rest[start..];
            if rest.is_empty() {
                break;
            }
            if parts.len() >= maxsplit {
                parts.push(rest);
                break;
            }
            let end = rest.iter().position(|&c| is_space(c)).unwrap_or(rest.len());
            parts.push(&rest[..end]);
            rest = &rest[end..];
        },
        Some(sep) => {
            while parts.len() < maxsplit {
                let Some(p) = find_in(rest, sep) else { break };
                parts.push(&rest[..p]);
                rest = &rest[p + sep.len()..];
            }
            parts.push(rest);
        }
    }
    parts
}

/// `b.rsplit(sep, maxsplit)` as slices, in order.
pub(crate) fn rsplit_parts<'b>(b: &'b [u8], sep: Option<&[u8]>, maxsplit: usize) -> Vec<&'b [u8]> {
    let mut parts = Vec::new();
    let mut rest = b;
    match sep {
        None => loop {
            let end = rest
                .iter()
                .rposition(|&c| !is_space(c))
                .map_or(0, |i| i + 1);
            rest = &rest[..end];
            if rest.is_empty() {
                break;
            }
            if parts.len() >= maxsplit {
                parts.push(rest);
                break;
            }
            let start = rest.iter().rposition(|&c| is_space(c)).map_or(0, |i| i + 1);
            parts.push(&rest[start..]);
            rest = &rest[..start];
        },
        Some(sep) => {
            while parts.len() < maxsplit {
                let Some(p) = rfind_in(rest, sep) else { break };
                parts.push(&rest[p + sep.len()..]);
                rest = &rest[..p];
            }
            parts.push(rest);
        }
    }
    parts.reverse();
    parts
}

fn to_list<K: ByteKind>(parts: Vec<&[u8]>) -> Value {
    List::new(parts.into_iter().map(|p| K::make(p.to_vec())).collect())
}

pub(crate) fn split<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    let (b, sep, maxsplit) = split_args::<K>(args, "split")?;
    Ok(to_list::<K>(split_parts(&b, sep.as_deref(), maxsplit)))
}

pub(crate) fn rsplit<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    let (b, sep, maxsplit) = split_args::<K>(args, "rsplit")?;
    Ok(to_list::<K>(rsplit_parts(&b, sep.as_deref(), maxsplit)))
}

/// `b.splitlines(keepends)` as slices: lines end at `\n`, `\r` or `\r\n`.
pub(crate) fn splitlines_parts(b: &[u8], keepends: bool) -> Vec<&[u8]> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let eol = match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => {
                i += 1;
                continue;
            }
        };
        parts.push(&b[start..if keepends { i + eol } else { i }]);
        i += eol;
        start = i;
    }
    if start < b.len() {
        parts.push(&b[start..]);
    }
    parts
}

pub(crate) fn splitlines<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    let m = Method::keywords(K::NAME, "splitlines", &["keepends"], 0, 1);
    let (b, [keepends]) = m.parse(args, K::receiver)?;
    let keepends = keepends.map(c_int_arg).transpose()?.unwrap_or(0) != 0;
    Ok(to_list::<K>(splitlines_parts(&b, keepends)))
}

fn partition_with<K: ByteKind>(args: Args<'_>, name: &'static str, right: bool) -> PyResult<Value> {
    let (b, [sep]) = Method::one(K::NAME, name).parse(args, K::receiver)?;
    let sep = super::buffer_arg(required(sep))?;
    if sep.is_empty() {
        return Err(PyErr::new(ExcKind::ValueError, "empty separator"));
    }
    let found = if right {
        rfind_in(&b, &sep)
    } else {
        find_in(&b, &sep)
    };
    let parts = match found {
        Some(p) => [&b[..p], &sep[..], &b[p + sep.len()..]],
        None if right => [&b[..0], &b[..0], &b[..]],
        None => [&b[..], &b[..0], &b[..0]],
    };
    Ok(tuple::tuple_new(
        parts.iter().map(|p| K::make(p.to_vec())).collect(),
    ))
}

pub(crate) fn partition<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    partition_with::<K>(args, "partition", false)
}

pub(crate) fn rpartition<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    partition_with::<K>(args, "rpartition", true)
}

/// `b.__contains__(x)`: a byte value or a bytes-like subsequence.
pub(crate) fn contains<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    let (b, [x]) = Method::wrapper(K::NAME, "__contains__", 1).parse(args, K::receiver)?;
    let sub = needle_arg(required(x))?;
    Ok(none_bool::bool_value(find_in(&b, &sub).is_some()))
}
