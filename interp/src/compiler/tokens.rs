//! The checks CPython's tokenizer makes that ruff's lexer reports another
//! way or not at all: closing brackets that match no opener, brackets still
//! open at the end of the source, and malformed number literals (`1abc`,
//! `0777`, `1_`). Comments and string literals are skipped as the tokenizer
//! skips them (a 3.11 f-string is one string token).

use ruff_text_size::TextSize;

use super::error::{CompileError, ErrorKind};
use super::source::{skip_string, Source};

/// An opening bracket.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bracket {
    /// Its byte offset.
    pub offset: TextSize,
    /// `(`, `[` or `{`.
    pub kind: char,
}

/// What the tokenizer would find over the whole source.
pub struct TokenScan {
    /// The first error the tokenizer raises, and the byte offset it is
    /// raised at (to order it against the parser's errors).
    pub error: Option<(TextSize, CompileError)>,
    /// Every bracket up to the first error: (offset, character).
    events: Vec<(TextSize, u8)>,
}

impl TokenScan {
    /// Scans `source` up to its first tokenizer error.
    pub fn scan(source: &Source) -> TokenScan {
        let mut scanner = Scanner {
            source,
            bytes: source.text.as_bytes(),
            events: Vec::new(),
            stack: Vec::new(),
        };
        let error = scanner.run().err();
        TokenScan {
            error,
            events: scanner.events,
        }
    }

    /// The brackets open just before byte `offset`, innermost last.
    pub fn open_before(&self, offset: TextSize) -> Vec<Bracket> {
        let mut stack = Vec::new();
        for &(at, c) in self.events.iter().take_while(|(at, _)| *at < offset) {
            match c {
                b'(' | b'[' | b'{' => stack.push(Bracket {
                    offset: at,
                    kind: char::from(c),
                }),
                _ => {
                    stack.pop();
                }
            }
        }
        stack
    }

    /// Whether a newline outside brackets (the end of a logical line)
    /// lies between `from` and `to`.
    pub fn line_ends_between(&self, text: &str, from: TextSize, to: TextSize) -> bool {
        let mut depth = self.open_before(from).len();
        let mut events = self.events.iter().filter(|(at, _)| *at >= from).peekable();
        let bytes = text.as_bytes();
        let mut i = from.to_usize();
        while i < to.to_usize().min(bytes.len()) {
            while let Some(&&(at, c)) = events.peek() {
                if at.to_usize() > i {
                    break;
                }
                depth = if matches!(c, b'(' | b'[' | b'{') {
                    depth + 1
                } else {
                    depth.saturating_sub(1)
                };
                events.next();
            }
            match bytes[i] {
                b'\\' => i += 1,
                b'\n' if depth == 0 => return true,
                _ => {}
            }
            i += 1;
        }
        false
    }

    /// The brackets still open at the end of the source, innermost last.
    pub fn open_at_end(&self) -> Vec<Bracket> {
        self.open_before(TextSize::new(u32::MAX))
    }
}

struct Scanner<'a> {
    source: &'a Source,
    bytes: &'a [u8],
    events: Vec<(TextSize, u8)>,
    stack: Vec<usize>,
}

type Scanned<T = ()> = Result<T, (TextSize, CompileError)>;

fn is_identifier_char(c: u8) -> bool {
    c >= 0x80 || c.is_ascii_alphanumeric() || c == b'_'
}

fn offset(i: usize) -> TextSize {
    TextSize::new(i as u32)
}

impl Scanner<'_> {
    fn at(&self, i: usize) -> u8 {
        self.bytes.get(i).copied().unwrap_or(0)
    }

    fn error_at_cursor(&self, cursor: usize, message: String) -> (TextSize, CompileError) {
        (
            offset(cursor),
            self.source
                .tokenizer_error(ErrorKind::SyntaxError, message, offset(cursor)),
        )
    }

    fn run(&mut self) -> Scanned {
        let mut i = 0;
        while i < self.bytes.len() {
            let c = self.bytes[i];
            match c {
                b'#' => {
                    while i < self.bytes.len() && self.bytes[i] != b'\n' {
                        i += 1;
                    }
                    continue;
                }
                b'\\' => i += 2,
                b'\'' | b'"' => i = skip_string(self.bytes, i, c),
                b'(' | b'[' | b'{' => {
                    self.events.push((offset(i), c));
                    self.stack.push(i);
                    i += 1;
                }
                b')' | b']' | b'}' => {
                    self.close(i, c)?;
                    i += 1;
                }
                b'0'..=b'9' => i = self.number(i)?,
                b'.' if self.at(i + 1).is_ascii_digit() => i = self.number(i)?,
                c if is_identifier_char(c) => {
                    while i < self.bytes.len() && is_identifier_char(self.bytes[i]) {
                        i += 1;
                    }
                }
                _ => i += 1,
            }
        }
        Ok(())
    }

    fn close(&mut self, i: usize, c: u8) -> Scanned {
        let Some(open) = self.stack.pop() else {
            return Err(self.error_at_cursor(i + 1, format!("unmatched '{}'", char::from(c))));
        };
        let opener = self.bytes[open];
        let expected = match opener {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if c != expected {
            let open_line = self.source.line_of(offset(open));
            let here = self.source.line_of(offset(i));
            let message = if open_line == here {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                    char::from(c),
                    char::from(opener)
                )
            } else {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {open_line}",
                    char::from(c),
                    char::from(opener)
                )
            };
            return Err(self.error_at_cursor(i + 1, message));
        }
        self.events.push((offset(i), c));
        Ok(())
    }

    /// Digits and single underscores from `i`; the index after them.
    fn decimal_tail(&self, mut i: usize) -> Scanned<usize> {
        loop {
            while self.at(i).is_ascii_digit() {
                i += 1;
            }
            if self.at(i) != b'_' {
                return Ok(i);
            }
            i += 1;
            if !self.at(i).is_ascii_digit() {
                return Err(self.error_at_cursor(i, "invalid decimal literal".into()));
            }
        }
    }

    /// CPython's `verify_end_of_number`: a number may not run into a name,
    /// except the keywords that can follow one in valid code.
    fn verify_end(&self, i: usize, kind: &str) -> Scanned<usize> {
        let rest = &self.bytes[i.min(self.bytes.len())..];
        let keyword = ["and", "else", "for", "if", "in", "is", "not", "or"]
            .iter()
            .any(|k| rest.starts_with(k.as_bytes()));
        if !keyword && is_identifier_char(self.at(i)) {
            return Err(self.error_at_cursor(i, format!("invalid {kind} literal")));
        }
        Ok(i)
    }

    /// Digits of base `radix` after a `0x`/`0o`/`0b` prefix ending at `i`.
    fn radix_digits(&self, mut i: usize, radix: u32, kind: &str) -> Scanned<usize> {
        loop {
            if self.at(i) == b'_' {
                i += 1;
            }
            let c = self.at(i);
            if !char::from(c).is_digit(radix) {
                if radix < 10 && c.is_ascii_digit() {
                    return Err(self.error_at_cursor(
                        i + 1,
                        format!("invalid digit '{}' in {kind} literal", char::from(c)),
                    ));
                }
                return Err(self.error_at_cursor(i, format!("invalid {kind} literal")));
            }
            while char::from(self.at(i)).is_digit(radix) {
                i += 1;
            }
            if self.at(i) != b'_' {
                break;
            }
        }
        let c = self.at(i);
        if radix < 10 && c.is_ascii_digit() {
            return Err(self.error_at_cursor(
                i + 1,
                format!("invalid digit '{}' in {kind} literal", char::from(c)),
            ));
        }
        self.verify_end(i, kind)
    }

    /// A number literal starting at `start`; the index after it.
    fn number(&self, start: usize) -> Scanned<usize> {
        if self.at(start) == b'.' {
            return self.fraction(start);
        }
        if self.at(start) == b'0' {
            match self.at(start + 1).to_ascii_lowercase() {
                b'x' => return self.radix_digits(start + 2, 16, "hexadecimal"),
                b'o' => return self.radix_digits(start + 2, 8, "octal"),
                b'b' => return self.radix_digits(start + 2, 2, "binary"),
                _ => {}
            }
            let mut i = start + 1;
            loop {
                while self.at(i) == b'0' {
                    i += 1;
                }
                if self.at(i) != b'_' {
                    break;
                }
                i += 1;
                if !self.at(i).is_ascii_digit() {
                    return Err(self.error_at_cursor(i, "invalid decimal literal".into()));
                }
            }
            let zeros_end = i;
            let nonzero = self.at(i).is_ascii_digit();
            if nonzero {
                i = self.decimal_tail(i)?;
            }
            return match self.at(i) {
                b'.' => self.fraction(i),
                b'e' | b'E' => self.exponent(i),
                b'j' | b'J' => self.verify_end(i + 1, "imaginary"),
                _ if nonzero => {
                    let (line, column) = self.source.char_position(offset(start));
                    let (_, end) = self.source.char_position(offset(zeros_end));
                    let error = self.source.error_with(
                        ErrorKind::SyntaxError,
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        (line, column),
                        (line, i64::from(end)),
                        false,
                    );
                    Err((offset(start), error))
                }
                _ => self.verify_end(i, "decimal"),
            };
        }
        let i = self.decimal_tail(start)?;
        match self.at(i) {
            b'.' => self.fraction(i),
            b'e' | b'E' => self.exponent(i),
            b'j' | b'J' => self.verify_end(i + 1, "imaginary"),
            _ => self.verify_end(i, "decimal"),
        }
    }

    /// From the `.` of a float at `dot`.
    fn fraction(&self, dot: usize) -> Scanned<usize> {
        let mut i = dot + 1;
        if self.at(i).is_ascii_digit() {
            i = self.decimal_tail(i)?;
        }
        match self.at(i) {
            b'e' | b'E' => self.exponent(i),
            b'j' | b'J' => self.verify_end(i + 1, "imaginary"),
            _ => self.verify_end(i, "decimal"),
        }
    }

    /// From the `e` of an exponent at `e`.
    fn exponent(&self, e: usize) -> Scanned<usize> {
        let mut i = e + 1;
        if matches!(self.at(i), b'+' | b'-') {
            i += 1;
            if !self.at(i).is_ascii_digit() {
                return Err(self.error_at_cursor(i, "invalid decimal literal".into()));
            }
        } else if !self.at(i).is_ascii_digit() {
            // Not an exponent after all: the number ends before the `e`.
            return self.verify_end(e, "decimal");
        }
        i = self.decimal_tail(i)?;
        if matches!(self.at(i), b'j' | b'J') {
            return self.verify_end(i + 1, "imaginary");
        }
        self.verify_end(i, "decimal")
    }
}
