//! The text codecs behind `str.encode` and `bytes.decode`: UTF-8, ASCII,
//! Latin-1, UTF-16 and UTF-32 (with and without byte order), with the
//! error handlers `strict`, `ignore`, `replace`, `backslashreplace` and
//! (encoding only) `xmlcharrefreplace`, as CPython 3.11.
//!
//! Strict errors are `UnicodeEncodeError` / `UnicodeDecodeError` objects
//! carrying CPython's five arguments (`encoding`, `object`, `start`, `end`,
//! `reason`); `unicode_error_str` formats their message from them.

use super::exception::{class_of_kind, new_exception};
use super::{bytes, int, str as pystr};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::Value;
use std::fmt::Write;

/// A codec, by its normalized name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16/32; `None` byte order: with a BOM (encoding writes a
    /// little-endian one; decoding reads it, else little-endian).
    Utf16(Option<Endian>),
    Utf32(Option<Endian>),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Endian {
    Little,
    Big,
}

impl Codec {
    /// The name errors report (`'utf-16-le' codec can't ...`).
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(None) => "utf-16",
            Codec::Utf16(Some(Endian::Little)) => "utf-16-le",
            Codec::Utf16(Some(Endian::Big)) => "utf-16-be",
            Codec::Utf32(None) => "utf-32",
            Codec::Utf32(Some(Endian::Little)) => "utf-32-le",
            Codec::Utf32(Some(Endian::Big)) => "utf-32-be",
        }
    }
}

/// Python's codec lookup, reduced to the codecs above: `LookupError:
/// unknown encoding: x` otherwise.
pub fn lookup(encoding: &str) -> PyResult<Codec> {
    let norm: String = encoding
        .trim()
        .to_ascii_lowercase()
        .replace(['_', ' '], "-");
    Ok(match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8-ucs2" | "utf8-ucs4" => Codec::Utf8,
        "ascii" | "us-ascii" | "646" | "us" => Codec::Ascii,
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1" | "latin"
        | "iso-ir-100" => Codec::Latin1,
        "utf-16" | "utf16" | "u16" => Codec::Utf16(None),
        "utf-16-le" | "utf-16le" | "utf16le" => Codec::Utf16(Some(Endian::Little)),
        "utf-16-be" | "utf-16be" | "utf16be" => Codec::Utf16(Some(Endian::Big)),
        "utf-32" | "utf32" | "u32" => Codec::Utf32(None),
        "utf-32-le" | "utf-32le" | "utf32le" => Codec::Utf32(Some(Endian::Little)),
        "utf-32-be" | "utf-32be" | "utf32be" => Codec::Utf32(Some(Endian::Big)),
        _ => {
            return Err(PyErr::new(
                ExcKind::LookupError,
                format!("unknown encoding: {encoding}"),
            ))
        }
    })
}

/// The error handlers.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

/// `LookupError: unknown error handler name 'x'` for other names (looked
/// up only when an error happens, as CPython does).
pub fn handler(errors: &str) -> PyResult<Handler> {
    Ok(match errors {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        _ => {
            return Err(PyErr::new(
                ExcKind::LookupError,
                format!("unknown error handler name '{errors}'"),
            ))
        }
    })
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`: how errors and `backslashreplace`
/// show a character.
fn escape(c: char) -> String {
    match c as u32 {
        n if n < 0x100 => format!("\\x{n:02x}"),
        n if n < 0x10000 => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

fn unicode_error(
    kind: ExcKind,
    codec: Codec,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let args = vec![
        pystr::str_value(codec.name()),
        object,
        int::int_from_i64(start as i64),
        int::int_from_i64(end as i64),
        pystr::str_value(reason),
    ];
    PyErr::Object(new_exception(&class_of_kind(kind), args))
}

/// `str(e)` of a `UnicodeEncodeError` / `UnicodeDecodeError` made with the
/// five arguments; `None` if its arguments are not those.
pub fn unicode_error_str(kind: ExcKind, args: &[Value]) -> Option<String> {
    let [encoding, object, start, end, reason] = args else {
        return None;
    };
    let (encoding, reason) = (pystr::as_str(encoding)?, pystr::as_str(reason)?);
    let (start, end) = (start.as_small_int()?, end.as_small_int()?);
    let start_u = usize::try_from(start).ok()?;
    match kind {
        ExcKind::UnicodeEncodeError => {
            let s = pystr::cast(object)?;
            if end == start + 1 && start_u < s.char_len() {
                let c = escape(s.char_at(start_u));
                Some(format!(
                    "'{encoding}' codec can't encode character '{c}' in position {start}: {reason}"
                ))
            } else {
                Some(format!(
                    "'{encoding}' codec can't encode characters in position {start}-{}: {reason}",
                    end - 1
                ))
            }
        }
        ExcKind::UnicodeDecodeError => {
            let b = super::byteslike::buffer(object)?;
            if end == start + 1 && start_u < b.len() {
                Some(format!(
                    "'{encoding}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
                    b[start_u]
                ))
            } else {
                Some(format!(
                    "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
                    end - 1
                ))
            }
        }
        _ => None,
    }
}

// ------------------------------------------------------------ encoding

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Value> {
    let codec = lookup(encoding)?;
    let limit: u32 = match codec {
        // A Rust string has no lone surrogates: the UTFs cannot fail.
        Codec::Utf8 => return Ok(bytes::bytes_new(s.as_bytes().to_vec())),
        Codec::Utf16(order) => return Ok(bytes::bytes_new(encode_utf16(s, order))),
        Codec::Utf32(order) => return Ok(bytes::bytes_new(encode_utf32(s, order))),
        Codec::Ascii => 128,
        Codec::Latin1 => 256,
    };
    if s.chars().all(|c| (c as u32) < limit) {
        return Ok(bytes::bytes_new(s.chars().map(|c| c as u8).collect()));
    }
    let handler = handler(errors)?;
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if (chars[i] as u32) < limit {
            out.push(chars[i] as u8);
            i += 1;
            continue;
        }
        // The run of unencodable characters is reported (or replaced) at once.
        let end = i + chars[i..]
            .iter()
            .take_while(|&&c| c as u32 >= limit)
            .count();
        let run = &chars[i..end];
        match handler {
            Handler::Strict => {
                let reason = format!("ordinal not in range({limit})");
                return Err(unicode_error(
                    ExcKind::UnicodeEncodeError,
                    codec,
                    pystr::str_value(s),
                    i,
                    end,
                    &reason,
                ));
            }
            Handler::Ignore => {}
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', run.len())),
            Handler::BackslashReplace => run
                .iter()
                .for_each(|&c| out.extend_from_slice(escape(c).as_bytes())),
            Handler::XmlCharRefReplace => run
                .iter()
                .for_each(|&c| out.extend_from_slice(format!("&#{};", c as u32).as_bytes())),
        }
        i = end;
    }
    Ok(bytes::bytes_new(out))
}

fn encode_utf16(s: &str, order: Option<Endian>) -> Vec<u8> {
    let endian = order.unwrap_or(Endian::Little);
    let mut out = Vec::with_capacity(2 * s.len() + 2);
    let mut push = |u: u16| match endian {
        Endian::Little => out.extend_from_slice(&u.to_le_bytes()),
        Endian::Big => out.extend_from_slice(&u.to_be_bytes()),
    };
    if order.is_none() {
        push(0xfeff);
    }
    s.encode_utf16().for_each(&mut push);
    out
}

fn encode_utf32(s: &str, order: Option<Endian>) -> Vec<u8> {
    let endian = order.unwrap_or(Endian::Little);
    let mut out = Vec::with_capacity(4 * s.len() + 4);
    let mut push = |u: u32| match endian {
        Endian::Little => out.extend_from_slice(&u.to_le_bytes()),
        Endian::Big => out.extend_from_slice(&u.to_be_bytes()),
    };
    if order.is_none() {
        push(0xfeff);
    }
    s.chars().for_each(|c| push(c as u32));
    out
}

// ------------------------------------------------------------ decoding

/// Decoded text, with the error policy applied as errors are met.
struct Decoder<'a> {
    codec: Codec,
    data: &'a [u8],
    errors: &'a str,
    handler: Option<Handler>,
    out: String,
}

impl Decoder<'_> {
    /// Handle undecodable `data[start..end]`.
    fn error(&mut self, start: usize, end: usize, reason: &str) -> PyResult<()> {
        let handler = match self.handler {
            Some(h) => h,
            None => *self.handler.insert(handler(self.errors)?),
        };
        match handler {
            Handler::Strict | Handler::XmlCharRefReplace => {
                if handler == Handler::XmlCharRefReplace {
                    return Err(PyErr::new(
                        ExcKind::TypeError,
                        "don't know how to handle UnicodeDecodeError in error callback",
                    ));
                }
                let object = bytes::bytes_from_slice(self.data);
                Err(unicode_error(
                    ExcKind::UnicodeDecodeError,
                    self.codec,
                    object,
                    start,
                    end,
                    reason,
                ))
            }
            Handler::Ignore => Ok(()),
            Handler::Replace => {
                self.out.push('\u{fffd}');
                Ok(())
            }
            Handler::BackslashReplace => {
                for &b in &self.data[start..end] {
                    let _ = write!(self.out, "\\x{b:02x}");
                }
                Ok(())
            }
        }
    }

    fn finish(self) -> Value {
        pystr::str_from_string(self.out)
    }
}

/// `b.decode(encoding, errors)`.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> PyResult<Value> {
    let codec = lookup(encoding)?;
    let mut d = Decoder {
        codec,
        data: b,
        errors,
        handler: None,
        out: String::with_capacity(b.len()),
    };
    match codec {
        Codec::Utf8 => {
            if let Ok(s) = std::str::from_utf8(b) {
                return Ok(pystr::str_value(s));
            }
            decode_utf8(&mut d)?;
        }
        Codec::Ascii => {
            if b.is_ascii() {
                return Ok(pystr::str_value(
                    std::str::from_utf8(b).expect("ASCII is UTF-8"),
                ));
            }
            for (i, &c) in b.iter().enumerate() {
                if c.is_ascii() {
                    d.out.push(c as char);
                } else {
                    d.error(i, i + 1, "ordinal not in range(128)")?;
                }
            }
        }
        Codec::Latin1 => {
            return Ok(pystr::str_from_string(
                b.iter().map(|&c| c as char).collect(),
            ))
        }
        Codec::Utf16(order) => decode_utf16(&mut d, order)?,
        Codec::Utf32(order) => decode_utf32(&mut d, order)?,
    }
    Ok(d.finish())
}

/// UTF-8. Rust's `Utf8Error` reports the same maximal invalid subparts as
/// CPython's decoder; CPython calls a one-byte error at a valid lead byte
/// (0xC2..=0xF4) an "invalid continuation byte".
fn decode_utf8(d: &mut Decoder<'_>) -> PyResult<()> {
    let b = d.data;
    let mut pos = 0;
    while pos < b.len() {
        match std::str::from_utf8(&b[pos..]) {
            Ok(s) => {
                d.out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                d.out
                    .push_str(std::str::from_utf8(&b[pos..pos + good]).expect("validated prefix"));
                let start = pos + good;
                let (end, reason) = match e.error_len() {
                    None => (b.len(), "unexpected end of data"),
                    Some(n) => {
                        let reason = if n > 1 || (0xc2..=0xf4).contains(&b[start]) {
                            "invalid continuation byte"
                        } else {
                            "invalid start byte"
                        };
                        (start + n, reason)
                    }
                };
                d.error(start, end, reason)?;
                pos = end;
            }
        }
    }
    Ok(())
}

/// The byte order from a BOM (skipping it) or the default: CPython's
/// `utf-16`/`utf-32` decoders read a BOM, else assume little-endian.
fn byte_order(data: &[u8], order: Option<Endian>, le_bom: &[u8], be_bom: &[u8]) -> (Endian, usize) {
    match order {
        Some(e) => (e, 0),
        None if data.starts_with(le_bom) => (Endian::Little, le_bom.len()),
        None if data.starts_with(be_bom) => (Endian::Big, be_bom.len()),
        None => (Endian::Little, 0),
    }
}

fn decode_utf16(d: &mut Decoder<'_>, order: Option<Endian>) -> PyResult<()> {
    let (endian, mut pos) = byte_order(d.data, order, b"\xff\xfe", b"\xfe\xff");
    let data = d.data;
    let unit = |p: usize| {
        let pair = [data[p], data[p + 1]];
        match endian {
            Endian::Little => u16::from_le_bytes(pair),
            Endian::Big => u16::from_be_bytes(pair),
        }
    };
    while pos < data.len() {
        if pos + 2 > data.len() {
            d.error(pos, data.len(), "truncated data")?;
            break;
        }
        let u = unit(pos);
        if !(0xd800..0xe000).contains(&u) {
            d.out
                .push(char::from_u32(u32::from(u)).expect("not a surrogate"));
            pos += 2;
            continue;
        }
        if u >= 0xdc00 {
            d.error(pos, pos + 2, "illegal encoding")?;
            pos += 2;
            continue;
        }
        if pos + 4 > data.len() {
            d.error(pos, data.len(), "unexpected end of data")?;
            break;
        }
        let low = unit(pos + 2);
        if !(0xdc00..0xe000).contains(&low) {
            d.error(pos, pos + 2, "illegal UTF-16 surrogate")?;
            pos += 2;
            continue;
        }
        let c = 0x10000 + ((u32::from(u) - 0xd800) << 10) + (u32::from(low) - 0xdc00);
        d.out
            .push(char::from_u32(c).expect("a supplementary character"));
        pos += 4;
    }
    Ok(())
}

fn decode_utf32(d: &mut Decoder<'_>, order: Option<Endian>) -> PyResult<()> {
    let (endian, mut pos) = byte_order(d.data, order, b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff");
    let data = d.data;
    while pos < data.len() {
        if pos + 4 > data.len() {
            d.error(pos, data.len(), "truncated data")?;
            break;
        }
        let quad = [data[pos], data[pos + 1], data[pos + 2], data[pos + 3]];
        let n = match endian {
            Endian::Little => u32::from_le_bytes(quad),
            Endian::Big => u32::from_be_bytes(quad),
        };
        match char::from_u32(n) {
            Some(c) => d.out.push(c),
            None if n >= 0x110000 => d.error(pos, pos + 4, "code point not in range(0x110000)")?,
            None => d.error(
                pos,
                pos + 4,
                "code point in surrogate code point range(0xd800, 0xe000)",
            )?,
        }
        pos += 4;
    }
    Ok(())
}

/// A Unicode error object's kind and message, for tests.
#[cfg(all(test, not(loom)))]
pub(crate) fn unicode_error_parts(e: PyErr) -> (ExcKind, String) {
    let PyErr::Object(v) = e else {
        panic!("not an exception object")
    };
    let kind = [ExcKind::UnicodeEncodeError, ExcKind::UnicodeDecodeError]
        .into_iter()
        .find(|&k| super::exception::matches(&v, &class_of_kind(k)))
        .expect("a Unicode error");
    (
        kind,
        super::exception::exception_str(&v).expect("str of an exception"),
    )
}

#[cfg(all(test, not(loom)))]
mod tests;
