//! `_json`: the fast path of `json.loads` (CPython's `_json` accelerates
//! the same). `parse(s, strict)` decodes a whole well-formed document with
//! the standard conversions; on anything else (a syntax error, a string
//! weft cannot hold, very deep nesting, an int past the digit limit) it
//! answers None, and `json/decoder.py` parses the text again in Python,
//! which raises CPython's exact error.

use weft_runtime::types::function::NativeFn;
use weft_runtime::types::{dict::Dict, float, int, list::List, none_bool, str as pystr, tuple};
use weft_runtime::{Args, PyResult, Value};

use crate::vm::errors::type_error;
use crate::vm::objects::module_with_functions;

const FUNCTIONS: &[(&str, NativeFn)] = &[("parse", parse)];

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
