//! The methods of `bytes` and `bytearray` that make a new byte string:
//! case mapping, stripping, padding, `replace`, `expandtabs`, `translate`,
//! `join`, plus `hex`, `decode` and the class methods `fromhex` and
//! `maketrans`.

use super::search::is_space;
use super::{buffer, buffer_arg, find_in, hex_with_separator, ByteKind};
use crate::args::{c_int_arg, check_positional, index_arg, required, str_arg, Args, Method};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::types::{bytes, int, none_bool, str as pystr};
use crate::value::Value;

fn map_bytes<K: ByteKind>(
    args: Args<'_>,
    name: &'static str,
    f: impl FnOnce(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    let (b, []) = Method::no_args(K::NAME, name).parse(args, K::receiver)?;
    Ok(K::make(f(&b)))
}

pub(crate) fn upper<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    map_bytes::<K>(args, "upper", <[u8]>::to_ascii_uppercase)
}

pub(crate) fn lower<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    map_bytes::<K>(args, "lower", <[u8]>::to_ascii_lowercase)
}

pub(crate) fn swapcase<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    map_bytes::<K>(args, "swapcase", |b| {
        b.iter()
            .map(|&c| if c.is_ascii_alphabetic() { c ^ 0x20 } else { c })
            .collect()
    })
}

/// `b.title()`: a letter after a cased byte is lowered, others uppered.
pub(crate) fn title_bytes(b: &[u8]) -> Vec<u8> {
    let mut previous_cased = false;
    b.iter()
        .map(|&c| {
            let out = if previous_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            previous_cased = c.is_ascii_alphabetic();
            out
        })
        .collect()
}

pub(crate) fn title<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    map_bytes::<K>(args, "title", title_bytes)
}

pub(crate) fn capitalize<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    map_bytes::<K>(args, "capitalize", |b| {
        b.iter()
            .enumerate()
            .map(|(i, c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn strip_with<K: ByteKind>(
    args: Args<'_>,
    name: &'static str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let (b, [chars]) = Method::positional(K::NAME, name, 0, 1).parse(args, K::receiver)?;
    let chars = chars
        .filter(|c| !none_bool::is_none(c))
        .map(buffer_arg)
        .transpose()?;
    let strip = |c: &u8| match &chars {
        Some(set) => set.contains(c),
        None => is_space(*c),
    };
    let start = if left {
        b.iter().position(|c| !strip(c)).unwrap_or(b.len())
    } else {
        0
    };
    let end = if right {
        b.iter().rposition(|c| !strip(c)).map_or(0, |i| i + 1)
    } else {
        b.len()
    };
    Ok(K::make(b[start..end.max(start)].to_vec()))
}

pub(crate) fn strip<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    strip_with::<K>(args, "strip", true, true)
}

pub(crate) fn lstrip<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    strip_with::<K>(args, "lstrip", true, false)
}

pub(crate) fn rstrip<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    strip_with::<K>(args, "rstrip", false, true)
}

/// `b` with `left` and `right` fill bytes around it; a MemoryError rather
/// than an abort for absurd widths.
fn padded(b: &[u8], left: usize, right: usize, fill: u8) -> PyResult<Vec<u8>> {
    let total = b.len().saturating_add(left).saturating_add(right);
    if total as u64 > crate::numeric::int_ops::MAX_RESULT_BITS / 8 {
        return Err(PyErr::new(ExcKind::MemoryError, ""));
    }
    let mut out = Vec::new();
    out.try_reserve_exact(total)
        .map_err(|_| PyErr::new(ExcKind::MemoryError, ""))?;
    out.extend(std::iter::repeat_n(fill, left));
    out.extend_from_slice(b);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// Which side `center`, `ljust` and `rjust` pad.
#[derive(Clone, Copy)]
enum Justify {
    Center,
    Left,
    Right,
}

fn justify<K: ByteKind>(args: Args<'_>, name: &'static str, how: Justify) -> PyResult<Value> {
    let (b, [width, fill]) = Method::positional(K::NAME, name, 1, 2).parse(args, K::receiver)?;
    let width = index_arg(required(width))?;
    let fill = match fill {
        None => b' ',
        Some(f) => match buffer(f) {
            Some(c) if c.len() == 1 => c[0],
            _ => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "{name}() argument 2 must be a byte string of length 1, not {}",
                        crate::args::type_name(f)
                    ),
                ))
            }
        },
    };
    let Some(margin) = usize::try_from(width)
        .ok()
        .and_then(|w| w.checked_sub(b.len()))
        .filter(|&m| m > 0)
    else {
        return Ok(K::make(b.into_owned()));
    };
    let (left, right) = match how {
        // CPython's `pad`: the odd byte goes left when the width is odd.
        Justify::Center => {
            let left = margin / 2 + (margin & width as usize & 1);
            (left, margin - left)
        }
        Justify::Left => (0, margin),
        Justify::Right => (margin, 0),
    };
    Ok(K::make(padded(&b, left, right, fill)?))
}

pub(crate) fn center<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    justify::<K>(args, "center", Justify::Center)
}

pub(crate) fn ljust<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    justify::<K>(args, "ljust", Justify::Left)
}

pub(crate) fn rjust<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    justify::<K>(args, "rjust", Justify::Right)
}

pub(crate) fn zfill<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    let (b, [width]) = Method::one(K::NAME, "zfill").parse(args, K::receiver)?;
    let width = index_arg(required(width))?;
    let Some(margin) = usize::try_from(width)
        .ok()
        .and_then(|w| w.checked_sub(b.len()))
        .filter(|&m| m > 0)
    else {
        return Ok(K::make(b.into_owned()));
    };
    let mut out = padded(&b, margin, 0, b'0')?;
    // A sign moves in front of the zeros.
    if let Some(&sign @ (b'+' | b'-')) = b.first() {
        out[0] = sign;
        out[margin] = b'0';
    }
    Ok(K::make(out))
}

/// `b.expandtabs(tabsize)`: the column restarts after `\n` and `\r`.
pub(crate) fn expand_tabs(b: &[u8], tabsize: i64) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    let mut column: u64 = 0;
    for &c in b {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize as u64 - column % tabsize as u64;
                    if out.len() as u64 + n > crate::numeric::int_ops::MAX_RESULT_BITS / 8 {
                        return Err(PyErr::new(ExcKind::OverflowError, "result too long"));
                    }
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    column += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(out)
}

pub(crate) fn expandtabs<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    let m = Method::keywords(K::NAME, "expandtabs", &["tabsize"], 0, 1);
    let (b, [tabsize]) = m.parse(args, K::receiver)?;
    let tabsize = tabsize.map(c_int_arg).transpose()?.unwrap_or(8);
    Ok(K::make(expand_tabs(&b, i64::from(tabsize))?))
}

/// `b.replace(old, new, count)`; a negative count replaces all.
pub(crate) fn replace_bytes(b: &[u8], old: &[u8], new: &[u8], count: i64) -> PyResult<Vec<u8>> {
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        // An empty `old` inserts `new` before every byte and at the end.
        let n = (b.len() + 1).min(limit);
        if (b.len() as u64).saturating_add((new.len() as u64).saturating_mul(n as u64))
            > crate::numeric::int_ops::MAX_RESULT_BITS / 8
        {
            return Err(PyErr::new(
                ExcKind::OverflowError,
                "replace bytes is too long",
            ));
        }
        for (i, &c) in b.iter().enumerate() {
            if i < n {
                out.extend_from_slice(new);
            }
            out.push(c);
        }
        if n > b.len() {
            out.extend_from_slice(new);
        }
        return Ok(out);
    }
    let mut rest = b;
    let mut done = 0;
    while done < limit {
        let Some(p) = find_in(rest, old) else { break };
        out.extend_from_slice(&rest[..p]);
        out.extend_from_slice(new);
        rest = &rest[p + old.len()..];
        done += 1;
    }
    out.extend_from_slice(rest);
    Ok(out)
}

pub(crate) fn replace<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    let (b, [old, new, count]) =
        Method::positional(K::NAME, "replace", 2, 3).parse(args, K::receiver)?;
    let (old, new) = (buffer_arg(required(old))?, buffer_arg(required(new))?);
    let count = count.map(index_arg).transpose()?.unwrap_or(-1);
    Ok(K::make(replace_bytes(&b, &old, &new, count)?))
}

fn remove_affix<K: ByteKind>(args: Args<'_>, name: &'static str, suffix: bool) -> PyResult<Value> {
    let (b, [affix]) = Method::one(K::NAME, name).parse(args, K::receiver)?;
    let affix = buffer_arg(required(affix))?;
    let kept = if suffix {
        b.strip_suffix(&affix[..]).unwrap_or(&b)
    } else {
        b.strip_prefix(&affix[..]).unwrap_or(&b)
    };
    Ok(K::make(kept.to_vec()))
}

pub(crate) fn removeprefix<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    remove_affix::<K>(args, "removeprefix", false)
}

pub(crate) fn removesuffix<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    remove_affix::<K>(args, "removesuffix", true)
}

pub(crate) fn translate<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    let m = Method::keywords(K::NAME, "translate", &["table", "delete"], 1, 2);
    let (b, [table, delete]) = m.parse(args, K::receiver)?;
    let table = required(table);
    let table = if none_bool::is_none(table) {
        None
    } else {
        Some(buffer_arg(table)?)
    };
    if table.as_ref().is_some_and(|t| t.len() != 256) {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "translation table must be 256 characters long",
        ));
    }
    let delete = delete.map(buffer_arg).transpose()?;
    let out = b
        .iter()
        .filter(|c| !delete.as_ref().is_some_and(|d| d.contains(c)))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(K::make(out))
}

/// `bytes.maketrans(frm, to)` (a static method: no receiver).
pub(crate) fn maketrans(args: Args<'_>) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "maketrans() takes no keyword arguments",
        ));
    }
    check_positional("maketrans", args.positional.len(), 2, 2)?;
    let (from, to) = (
        buffer_arg(&args.positional[0])?,
        buffer_arg(&args.positional[1])?,
    );
    if from.len() != to.len() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in from.iter().zip(to.iter()) {
        table[f as usize] = t;
    }
    Ok(bytes::bytes_new(table))
}

pub(crate) fn join<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    let (sep, [items]) = Method::one(K::NAME, "join").parse(args, K::receiver)?;
    let mut out = Vec::new();
    for (i, item) in crate::protocol::iterate(required(items))?
        .iter()
        .enumerate()
    {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        let part = buffer(item).ok_or_else(|| {
            PyErr::new(
                ExcKind::TypeError,
                format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    crate::args::type_name(item)
                ),
            )
        })?;
        out.extend_from_slice(&part);
    }
    Ok(K::make(out))
}

pub(crate) fn hex<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    let m = Method::keywords(K::NAME, "hex", &["sep", "bytes_per_sep"], 0, 2);
    let (b, [sep, per]) = m.parse(args, K::receiver)?;
    let sep = match sep.filter(|s| !none_bool::is_none(s)) {
        None => None,
        Some(s) => {
            let raw: Vec<u8> = match (pystr::as_str(s), buffer(s)) {
                (Some(text), _) => {
                    if text.chars().count() != 1 {
                        return Err(PyErr::new(ExcKind::ValueError, "sep must be length 1."));
                    }
                    text.as_bytes().to_vec()
                }
                (None, Some(bytes)) => bytes.into_owned(),
                (None, None) => {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        format!(
                            "object of type '{}' has no len()",
                            crate::args::type_name(s)
                        ),
                    ))
                }
            };
            if raw.len() != 1 {
                return Err(PyErr::new(ExcKind::ValueError, "sep must be length 1."));
            }
            if !raw[0].is_ascii() {
                return Err(PyErr::new(ExcKind::ValueError, "sep must be ASCII."));
            }
            Some(raw[0])
        }
    };
    let per = per.map(c_int_arg).transpose()?.unwrap_or(1);
    Ok(pystr::str_from_string(hex_with_separator(
        &b,
        sep,
        i64::from(per),
    )))
}

/// `bytes.fromhex(string)` / `bytearray.fromhex(string)` (class methods:
/// looked up on the class, no receiver). Whitespace may separate pairs.
pub(crate) fn fromhex<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    check_positional("fromhex", args.positional.len(), 1, 1)?;
    let text = str_arg(&args.positional[0])?;
    Ok(K::make(parse_hex(text)?))
}

/// The bytes of a `fromhex` string: CPython's error names the position of
/// the first bad character.
pub(crate) fn parse_hex(text: &str) -> PyResult<Vec<u8>> {
    let bad = |pos: usize| {
        PyErr::new(
            ExcKind::ValueError,
            format!("non-hexadecimal number found in fromhex() arg at position {pos}"),
        )
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let high = chars[i].to_digit(16).ok_or_else(|| bad(i))?;
        let low = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| bad(i + 1))?;
        out.push((high * 16 + low) as u8);
        i += 2;
    }
    Ok(out)
}

pub(crate) fn decode<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    let m = Method::keywords(K::NAME, "decode", &["encoding", "errors"], 0, 2);
    let (b, [encoding, errors]) = m.parse(args, K::receiver)?;
    let encoding = encoding
        .map(|e| crate::args::str_arg_of(e, "decode", "1"))
        .transpose()?
        .unwrap_or("utf-8");
    let errors = errors
        .map(|e| crate::args::str_arg_of(e, "decode", "2"))
        .transpose()?
        .unwrap_or("strict");
    bytes::decode(&b, encoding, errors)
}

pub(crate) fn len<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    let (b, []) = Method::wrapper(K::NAME, "__len__", 0).parse(args, K::receiver)?;
    Ok(int::int_from_i64(b.len() as i64))
}

pub(crate) fn iter<K: ByteKind>(args: Args<'_>) -> PyResult<Value> {
    let (_, []) = Method::wrapper(K::NAME, "__iter__", 0).parse(args, K::receiver)?;
    crate::types::iterator::iter(&args.positional[0])
}
