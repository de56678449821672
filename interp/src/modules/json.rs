//! `_json`: the fast paths of `json.loads` and `json.dumps` (CPython's
//! `_json` accelerates the same).
//!
//! `parse(s, strict)` decodes a whole well-formed document with the
//! standard conversions; on anything else (a syntax error, a string weft
//! cannot hold, very deep nesting, an int past the digit limit) it answers
//! None, and `json/decoder.py` parses the text again in Python, which
//! raises CPython's exact error.
//!
//! `encode(obj, key_separator, item_separator, sort_keys, skipkeys,
//! ensure_ascii, allow_nan)` writes the text of a value made of the exact
//! built-in types (dict, list, tuple, str, int, float, bool, None) without
//! indentation; for anything else (a subclass, an object needing
//! `default`, a non-finite float refused, keys it cannot order or write,
//! deep nesting or a cycle) it answers None and `json/encoder.py` does the
//! work, with CPython's errors.

use weft_runtime::types::function::NativeFn;
use weft_runtime::types::{dict::Dict, float, int, list::List, none_bool, str as pystr, tuple};
use weft_runtime::{Args, PyResult, Value};

use crate::vm::errors::type_error;
use crate::vm::objects::module_with_functions;

const FUNCTIONS: &[(&str, NativeFn)] = &[("parse", parse), ("encode", encode)];

/// Make the `_json` module.
pub fn module() -> Value {
    module_with_functions("_json", FUNCTIONS)
}

/// Deeper nesting is left to the Python parser (and its RecursionError):
/// the Rust stack must not overflow.
const MAX_DEPTH: usize = 200;

/// `_json.parse(s, strict)`: `(value,)`, or None when the Python parser
/// must decide.
fn parse(args: Args<'_>) -> PyResult<Value> {
    let Some(s) = args.positional.first().and_then(pystr::as_str) else {
        return Err(type_error("_json.parse(s, strict): s must be a str"));
    };
    let strict = match args.positional.get(1) {
        Some(v) => weft_runtime::protocol::truthy(v)?,
        None => true,
    };
    let mut parser = Parser {
        text: s.as_bytes(),
        at: 0,
        strict,
    };
    parser.skip_blanks();
    let value = match parser.value(0) {
        Ok(Some(v)) => v,
        Ok(None) => return Ok(none_bool::none()),
        Err(e) => return Err(e),
    };
    parser.skip_blanks();
    if parser.at != parser.text.len() {
        return Ok(none_bool::none());
    }
    Ok(tuple::tuple_new(vec![value]))
}

struct Parser<'a> {
    text: &'a [u8],
    at: usize,
    strict: bool,
}

/// `Ok(None)`: not something this parser decides (see the module's doc).
type Parsed = PyResult<Option<Value>>;

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn skip_blanks(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, word: &[u8]) -> bool {
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> Parsed {
        if depth > MAX_DEPTH {
            return Ok(None);
        }
        match self.peek() {
            Some(b'"') => {
                self.at += 1;
                Ok(self.string()?.map(pystr::str_from_string))
            }
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'n') if self.eat(b"null") => Ok(Some(none_bool::none())),
            Some(b't') if self.eat(b"true") => Ok(Some(none_bool::true_value())),
            Some(b'f') if self.eat(b"false") => Ok(Some(none_bool::false_value())),
            Some(b'N') if self.eat(b"NaN") => Ok(Some(float::float_value(f64::NAN))),
            Some(b'I') if self.eat(b"Infinity") => Ok(Some(float::float_value(f64::INFINITY))),
            Some(b'-') if self.text[self.at..].starts_with(b"-Infinity") => {
                self.at += b"-Infinity".len();
                Ok(Some(float::float_value(f64::NEG_INFINITY)))
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Ok(None),
        }
    }

    /// After the opening quote: the string's text, the closing quote eaten.
    fn string(&mut self) -> PyResult<Option<String>> {
        let mut out = String::new();
        loop {
            // A run of plain characters at once.
            let start = self.at;
            while let Some(&b) = self.text.get(self.at) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // The text is a str's UTF-8, and the run stops only at ASCII
            // bytes, so it is whole characters.
            out.push_str(std::str::from_utf8(&self.text[start..self.at]).expect("UTF-8"));
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(Some(out));
                }
                Some(b'\\') => {
                    self.at += 1;
                    let Some(c) = self.escape() else {
                        return Ok(None);
                    };
                    out.push(c);
                }
                Some(c) if !self.strict => {
                    out.push(char::from(c));
                    self.at += 1;
                }
                _ => return Ok(None),
            }
        }
    }

    /// After a backslash: the character it stands for; None for a bad
    /// escape or a lone surrogate (weft's str holds none).
    fn escape(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += 1;
        Some(match c {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let high = self.hex_quad()?;
                if (0xD800..0xDC00).contains(&high) && self.eat(b"\\u") {
                    let low = self.hex_quad()?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return None;
                    }
                    return char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00));
                }
                return char::from_u32(high);
            }
            _ => return None,
        })
    }

    fn hex_quad(&mut self) -> Option<u32> {
        let digits = self.text.get(self.at..self.at + 4)?;
        if !digits.iter().all(u8::is_ascii_hexdigit) {
            return None;
        }
        self.at += 4;
        u32::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`: an int, or a float
    /// with a fraction or an exponent.
    fn number(&mut self) -> Parsed {
        let start = self.at;
        let digits = |p: &mut Self| {
            let from = p.at;
            while matches!(p.peek(), Some(b'0'..=b'9')) {
                p.at += 1;
            }
            p.at - from
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                digits(self);
            }
            _ => return Ok(None),
        }
        let mut is_float = false;
        if self.peek() == Some(b'.') && matches!(self.text.get(self.at + 1), Some(b'0'..=b'9')) {
            self.at += 1;
            digits(self);
            is_float = true;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            let mark = self.at;
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if digits(self) == 0 {
                // Not an exponent: the number ends before the `e`.
                self.at = mark;
            } else {
                is_float = true;
            }
        }
        let text = std::str::from_utf8(&self.text[start..self.at]).expect("ASCII");
        if is_float {
            return Ok(text.parse::<f64>().ok().map(float::float_value));
        }
        if let Ok(n) = text.parse::<i64>() {
            return Ok(Some(int::int_from_i64(n)));
        }
        // Past the int digit limit, int() raises: the Python parser says so.
        let limit = weft_runtime::numeric::max_str_digits();
        if limit != 0 && text.trim_start_matches('-').len() > limit {
            return Ok(None);
        }
        Ok(text
            .parse::<num_bigint::BigInt>()
            .ok()
            .map(int::int_from_bigint))
    }

    fn array(&mut self, depth: usize) -> Parsed {
        self.at += 1;
        let mut items = Vec::new();
        self.skip_blanks();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Some(List::new(items)));
        }
        loop {
            self.skip_blanks();
            let Some(v) = self.value(depth + 1)? else {
                return Ok(None);
            };
            items.push(v);
            self.skip_blanks();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Some(List::new(items)));
                }
                _ => return Ok(None),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Parsed {
        self.at += 1;
        let d = Dict::new();
        let dict = Dict::cast(&d).expect("a dict");
        self.skip_blanks();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Some(d));
        }
        loop {
            self.skip_blanks();
            if self.peek() != Some(b'"') {
                return Ok(None);
            }
            self.at += 1;
            let Some(key) = self.string()? else {
                return Ok(None);
            };
            self.skip_blanks();
            if self.peek() != Some(b':') {
                return Ok(None);
            }
            self.at += 1;
            self.skip_blanks();
            let Some(v) = self.value(depth + 1)? else {
                return Ok(None);
            };
            dict.set(pystr::str_from_string(key), v)?;
            self.skip_blanks();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Some(d));
                }
                _ => return Ok(None),
            }
        }
    }
}

// ------------------------------------------------------------ encoding

/// `_json.encode(...)`: the text, or None when the Python encoder must
/// write it (see the module's doc).
fn encode(args: Args<'_>) -> PyResult<Value> {
    let [obj, key_sep, item_sep, sort_keys, skipkeys, ensure_ascii, allow_nan] = args.positional
    else {
        return Err(type_error("_json.encode() takes 7 arguments"));
    };
    let (Some(key_separator), Some(item_separator)) =
        (pystr::as_str(key_sep), pystr::as_str(item_sep))
    else {
        return Ok(none_bool::none());
    };
    let flag = |v: &Value| weft_runtime::protocol::truthy(v);
    let mut encoder = Encoder {
        out: String::new(),
        key_separator,
        item_separator,
        sort_keys: flag(sort_keys)?,
        skipkeys: flag(skipkeys)?,
        ensure_ascii: flag(ensure_ascii)?,
        allow_nan: flag(allow_nan)?,
    };
    Ok(match encoder.value(obj, 0)? {
        true => pystr::str_from_string(encoder.out),
        false => none_bool::none(),
    })
}

struct Encoder<'a> {
    out: String,
    key_separator: &'a str,
    item_separator: &'a str,
    sort_keys: bool,
    skipkeys: bool,
    ensure_ascii: bool,
    allow_nan: bool,
}

impl Encoder<'_> {
    /// Write `v`; false when the Python encoder must do it.
    fn value(&mut self, v: &Value, depth: usize) -> PyResult<bool> {
        use weft_runtime::types::typeobj;
        if depth > MAX_DEPTH {
            return Ok(false);
        }
        if none_bool::is_none(v) {
            self.out.push_str("null");
            return Ok(true);
        }
        if v.is(&none_bool::true_value()) {
            self.out.push_str("true");
            return Ok(true);
        }
        if v.is(&none_bool::false_value()) {
            self.out.push_str("false");
            return Ok(true);
        }
        if let Some(s) = pystr::as_str(v) {
            if !typeobj::is_builtin_type(&typeobj::type_of(v), &weft_runtime::types::str::STR_TYPE)
            {
                return Ok(false);
            }
            self.string(s);
            return Ok(true);
        }
        if let Some(n) = v.as_small_int() {
            self.out.push_str(&n.to_string());
            return Ok(true);
        }
        let ty = typeobj::type_of(v);
        if typeobj::is_builtin_type(&ty, &int::INT_TYPE) {
            return match int::int_repr(v) {
                Ok(text) => {
                    self.out.push_str(&text);
                    Ok(true)
                }
                Err(_) => Ok(false),
            };
        }
        if let Some(x) = float::as_f64(v) {
            return Ok(self.float(x));
        }
        if let Some(items) =
            tuple::as_tuple(v).filter(|_| typeobj::is_builtin_type(&ty, &tuple::TUPLE_TYPE))
        {
            return self.array(items, depth);
        }
        if let Some(list) = List::cast(v) {
            if !typeobj::is_builtin_type(&ty, &weft_runtime::types::list::LIST_TYPE) {
                return Ok(false);
            }
            return self.array(&list.to_vec(), depth);
        }
        if let Some(dict) = Dict::cast(v) {
            if !typeobj::is_builtin_type(&ty, &weft_runtime::types::dict::DICT_TYPE) {
                return Ok(false);
            }
            return self.object(dict.items(), depth);
        }
        Ok(false)
    }

    /// A finite float as `repr`, a non-finite one as NaN/Infinity when
    /// allowed; false to let the Python encoder raise.
    fn float(&mut self, x: f64) -> bool {
        if x.is_finite() {
            self.out.push_str(&float::float_repr(x));
        } else if !self.allow_nan {
            return false;
        } else if x.is_nan() {
            self.out.push_str("NaN");
        } else if x > 0.0 {
            self.out.push_str("Infinity");
        } else {
            self.out.push_str("-Infinity");
        }
        true
    }

    fn array(&mut self, items: &[Value], depth: usize) -> PyResult<bool> {
        self.out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(self.item_separator);
            }
            if !self.value(item, depth + 1)? {
                return Ok(false);
            }
        }
        self.out.push(']');
        Ok(true)
    }

    fn object(&mut self, mut items: Vec<(Value, Value)>, depth: usize) -> PyResult<bool> {
        if self.sort_keys {
            // Only str keys are ordered here (by code point, as Python's
            // str comparison: the order of their UTF-8 bytes).
            if !items.iter().all(|(k, _)| pystr::as_str(k).is_some()) {
                return Ok(false);
            }
            items.sort_by(|(a, _), (b, _)| pystr::as_str(a).cmp(&pystr::as_str(b)));
        }
        self.out.push('{');
        let mut first = true;
        for (k, v) in &items {
            let key = match self.key_text(k) {
                Some(Some(key)) => key,
                Some(None) => continue, // skipped (skipkeys)
                None => return Ok(false),
            };
            if !first {
                self.out.push_str(self.item_separator);
            }
            first = false;
            self.string(&key);
            self.out.push_str(self.key_separator);
            if !self.value(v, depth + 1)? {
                return Ok(false);
            }
        }
        self.out.push('}');
        Ok(true)
    }

    /// A key as JSON writes it: `Some(Some(text))`, `Some(None)` to skip
    /// it, None for the Python encoder (it raises).
    fn key_text(&self, k: &Value) -> Option<Option<String>> {
        use weft_runtime::types::typeobj;
        if let Some(s) = pystr::as_str(k) {
            return Some(Some(s.to_string()));
        }
        if none_bool::is_none(k) {
            return Some(Some("null".to_string()));
        }
        if k.is(&none_bool::true_value()) {
            return Some(Some("true".to_string()));
        }
        if k.is(&none_bool::false_value()) {
            return Some(Some("false".to_string()));
        }
        let ty = typeobj::type_of(k);
        if typeobj::is_builtin_type(&ty, &int::INT_TYPE) {
            return int::int_repr(k).ok().map(Some);
        }
        if let Some(x) = float::as_f64(k) {
            return x.is_finite().then(|| Some(float::float_repr(x)));
        }
        // Another key: skipped, or the Python encoder's TypeError.
        self.skipkeys.then_some(None)
    }

    /// A JSON string literal: `"`, `\\` and control characters escaped,
    /// and with `ensure_ascii` every character past `~` as `\u` and four hex digits
    /// (astral ones as a surrogate pair), as CPython's encoder writes.
    fn string(&mut self, s: &str) {
        self.out.push('"');
        for c in s.chars() {
            match c {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\n' => self.out.push_str("\\n"),
                '\r' => self.out.push_str("\\r"),
                '\t' => self.out.push_str("\\t"),
                '\u{8}' => self.out.push_str("\\b"),
                '\u{c}' => self.out.push_str("\\f"),
                c if (c as u32) < 0x20 => self.push_u_escape(c as u32),
                c if self.ensure_ascii && (c as u32) > 0x7e => {
                    let code = c as u32;
                    if code >= 0x10000 {
                        let v = code - 0x10000;
                        self.push_u_escape(0xD800 + (v >> 10));
                        self.push_u_escape(0xDC00 + (v & 0x3FF));
                    } else {
                        self.push_u_escape(code);
                    }
                }
                c => self.out.push(c),
            }
        }
        self.out.push('"');
    }

    fn push_u_escape(&mut self, code: u32) {
        use std::fmt::Write;
        let _ = write!(self.out, "\\u{code:04x}");
    }
}
