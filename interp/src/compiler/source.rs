//! Source text: decoding bytes as PEP 263 says, mapping byte offsets to
//! CPython's line and column through ruff's `LineIndex`, and a cheap pre-scan
//! that enforces CPython's tokenizer limits (200 nested brackets, 100
//! indentation levels) before the parser sees hostile nesting.

use std::sync::Arc;

use ruff_source_file::{LineIndex, OneIndexed};
use ruff_text_size::{TextRange, TextSize};

use super::error::{CompileError, ErrorKind};

/// CPython's tokenizer `MAXLEVEL`.
const MAX_BRACKET_DEPTH: usize = 200;
/// CPython's tokenizer `MAXINDENT`.
const MAX_INDENT_DEPTH: usize = 100;

/// Where a compiler error is: a node's range, or just a position.
pub trait Site {
    /// The range (empty for a position).
    fn range(self) -> TextRange;
}

impl Site for TextSize {
    fn range(self) -> TextRange {
        TextRange::empty(self)
    }
}

impl Site for TextRange {
    fn range(self) -> TextRange {
        self
    }
}

/// Decoded source with its line index.
pub struct Source {
    /// The text, without a leading byte-order mark.
    pub text: String,
    /// The file name used in errors and code objects.
    pub filename: Arc<str>,
    index: LineIndex,
}

/// A node's span as the line table stores it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    /// 1-based first line.
    pub line: u32,
    /// 1-based last line.
    pub end_line: u32,
    /// 0-based UTF-8 byte column of the start.
    pub column: u32,
    /// 0-based UTF-8 byte column of the end.
    pub end_column: u32,
}

impl Source {
    /// Decodes `bytes` (UTF-8, or Latin-1 when a coding cookie says so).
    pub fn decode(bytes: &[u8], filename: &str) -> Result<Source, CompileError> {
        let filename: Arc<str> = Arc::from(filename);
        let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
        let text = match coding_cookie(bytes).as_deref() {
            None | Some("utf-8") => match std::str::from_utf8(bytes) {
                Ok(text) => text.to_owned(),
                Err(error) => {
                    let at = error.valid_up_to();
                    let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
                    let message = format!(
                        "Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                        bytes[at], filename, line
                    );
                    return Err(CompileError {
                        kind: ErrorKind::SyntaxError,
                        message,
                        filename,
                        line: line as u32,
                        column: 0,
                        end_line: line as u32,
                        end_column: 0,
                        source_line: None,
                        args_carry_location: true,
                    });
                }
            },
            Some("latin-1") => bytes.iter().map(|&b| char::from(b)).collect(),
            Some(other) => {
                return Err(CompileError {
                    kind: ErrorKind::SyntaxError,
                    message: format!("not supported yet: source encoding '{other}'"),
                    filename,
                    line: 1,
                    column: 0,
                    end_line: 1,
                    end_column: 0,
                    source_line: None,
                    args_carry_location: true,
                })
            }
        };
        Ok(Source::new(text, filename))
    }

    /// Wraps text that is already a str (`compile()` of a str, `-c`).
    pub fn new(text: String, filename: Arc<str>) -> Source {
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_owned(),
            None => text,
        };
        let index = LineIndex::from_source_text(&text);
        Source {
            text,
            filename,
            index,
        }
    }

    /// An error found by the compiler passes (symbol table, code
    /// generation) at byte `offset`. As CPython, its `text` is read back
    /// from the file, so source that is not a file (`compile()` of a
    /// string, `exec`) has none.
    pub fn error_at(
        &self,
        kind: ErrorKind,
        message: impl Into<String>,
        site: impl Site,
    ) -> CompileError {
        let range = site.range();
        let (line, column) = self.char_position(range.start());
        let (end_line, end_column) = self.char_position(range.end());
        let text = std::path::Path::new(&*self.filename).is_file().then(|| {
            format!(
                "{}\n",
                self.line_text(OneIndexed::new(line as usize).unwrap_or(OneIndexed::MIN))
            )
        });
        CompileError {
            kind,
            message: message.into(),
            filename: self.filename.clone(),
            line,
            column,
            end_line,
            end_column: i64::from(end_column),
            source_line: text,
            args_carry_location: true,
        }
    }

    /// An error the parser reports over `range`: CPython's 1-based columns,
    /// and the line's text with a newline.
    pub fn parser_error(
        &self,
        kind: ErrorKind,
        message: impl Into<String>,
        range: TextRange,
    ) -> CompileError {
        let (line, column) = self.char_position(range.start());
        let (end_line, end_column) = self.char_position(range.end());
        self.error_with(
            kind,
            message,
            (line, column),
            (end_line, i64::from(end_column)),
            true,
        )
    }

    /// An error at explicit CPython positions: `start` is (line, offset),
    /// `end` is (end_lineno, end_offset); the text is the start line's, with
    /// a newline added when `newline` (the parser's text always has one,
    /// the tokenizer's only when the source line has one).
    pub fn error_with(
        &self,
        kind: ErrorKind,
        message: impl Into<String>,
        start: (u32, u32),
        end: (u32, i64),
        newline: bool,
    ) -> CompileError {
        let line = OneIndexed::new(start.0 as usize).unwrap_or(OneIndexed::MIN);
        let newline = newline || self.line_has_newline(line);
        self.error_with_text(kind, message, start, end, newline)
    }

    /// As `error_with`, with the text's newline decided by the caller.
    pub fn error_with_text(
        &self,
        kind: ErrorKind,
        message: impl Into<String>,
        start: (u32, u32),
        end: (u32, i64),
        newline: bool,
    ) -> CompileError {
        let line = OneIndexed::new(start.0 as usize).unwrap_or(OneIndexed::MIN);
        let mut text = self.line_text(line).to_owned();
        if newline {
            text.push('\n');
        }
        CompileError {
            kind,
            message: message.into(),
            filename: self.filename.clone(),
            line: start.0,
            column: start.1,
            end_line: end.0,
            end_column: end.1,
            source_line: Some(text),
            args_carry_location: true,
        }
    }

    /// An error the tokenizer raises with its cursor at byte `cursor`:
    /// CPython's offset and end offset are both the number of characters
    /// before the cursor on its line.
    pub fn tokenizer_error(
        &self,
        kind: ErrorKind,
        message: impl Into<String>,
        cursor: TextSize,
    ) -> CompileError {
        let cursor = cursor.min(TextSize::of(self.text.as_str()));
        // The cursor sits after the character that ended the token.
        let (line, column) = match self.text[..cursor.to_usize()].chars().next_back() {
            Some(c) if c != '\n' => {
                let (line, column) = self.char_position(cursor - TextSize::of(c));
                (line, column)
            }
            _ => (self.char_position(cursor).0, 0),
        };
        self.error_with(
            kind,
            message,
            (line, column),
            (line, i64::from(column)),
            false,
        )
    }

    /// The 1-based line and 1-based character column of a byte offset.
    pub fn char_position(&self, offset: TextSize) -> (u32, u32) {
        let offset = offset.min(TextSize::of(self.text.as_str()));
        let location = self.index.line_column(offset, &self.text);
        (location.line.get() as u32, location.column.get() as u32)
    }

    /// An error without a position (RecursionError, MemoryError).
    pub fn error_nowhere(&self, kind: ErrorKind, message: impl Into<String>) -> CompileError {
        CompileError {
            kind,
            message: message.into(),
            filename: self.filename.clone(),
            line: 0,
            column: 0,
            end_line: 0,
            end_column: 0,
            source_line: None,
            args_carry_location: true,
        }
    }

    /// The text of a 1-based line, without its line break.
    pub fn line_text(&self, line: OneIndexed) -> &str {
        if line.to_zero_indexed() >= self.index.line_count() {
            return "";
        }
        let range = self.index.line_range(line, &self.text);
        self.text[range].trim_end_matches(['\n', '\r'])
    }

    fn line_has_newline(&self, line: OneIndexed) -> bool {
        if line.to_zero_indexed() >= self.index.line_count() {
            return false;
        }
        let range = self.index.line_range(line, &self.text);
        self.text[range].ends_with('\n')
    }

    /// The number of lines (a last line without a newline counts).
    pub fn line_count(&self) -> usize {
        self.index.line_count()
    }

    /// The byte offset where a 1-based line starts.
    pub fn line_start(&self, line: u32) -> TextSize {
        let line = OneIndexed::new(line as usize).unwrap_or(OneIndexed::MIN);
        self.index.line_start(line, &self.text)
    }

    /// The line-table span of a node.
    pub fn span(&self, range: TextRange) -> Span {
        let (line, column) = self.line_and_byte_column(range.start());
        let (end_line, end_column) = self.line_and_byte_column(range.end());
        Span {
            line,
            end_line,
            column,
            end_column,
        }
    }

    /// The 1-based line of an offset.
    pub fn line_of(&self, offset: TextSize) -> u32 {
        self.line_and_byte_column(offset).0
    }

    fn line_and_byte_column(&self, offset: TextSize) -> (u32, u32) {
        let offset = offset.min(TextSize::of(self.text.as_str()));
        let line = self.index.line_index(offset);
        let start = self.index.line_start(line, &self.text);
        (line.get() as u32, u32::from(offset - start))
    }

    /// Enforces the tokenizer's nesting limits with CPython's messages. The
    /// scan skips comments and string literals (f-string replacement fields
    /// included, whose nesting the parser's own stack growth absorbs).
    pub fn check_nesting(&self) -> Result<(), CompileError> {
        let bytes = self.text.as_bytes();
        let mut brackets = 0usize;
        let mut indents: Vec<usize> = vec![0];
        let mut at_line_start = true;
        let mut i = 0;
        while i < bytes.len() {
            if at_line_start && brackets == 0 {
                at_line_start = false;
                let mut width = 0;
                let mut j = i;
                while j < bytes.len() {
                    match bytes[j] {
                        b' ' => width += 1,
                        b'\t' => width = (width / 8 + 1) * 8,
                        b'\x0c' => width = 0,
                        _ => break,
                    }
                    j += 1;
                }
                let blank = matches!(bytes.get(j), None | Some(b'\n' | b'\r' | b'#' | b'\\'));
                if !blank {
                    while indents.last().is_some_and(|&top| width < top) {
                        indents.pop();
                    }
                    if indents.last().is_some_and(|&top| width > top) {
                        indents.push(width);
                        if indents.len() > MAX_INDENT_DEPTH {
                            let line = self.line_of(TextSize::new(j as u32));
                            return Err(self.error_with(
                                ErrorKind::IndentationError,
                                "too many levels of indentation",
                                (line, 1),
                                (line, 0),
                                false,
                            ));
                        }
                    }
                }
                i = j;
                continue;
            }
            match bytes[i] {
                b'#' => {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                    continue;
                }
                b'\n' => at_line_start = true,
                b'\\' => i += 1,
                b'(' | b'[' | b'{' => {
                    brackets += 1;
                    if brackets > MAX_BRACKET_DEPTH {
                        return Err(self.tokenizer_error(
                            ErrorKind::SyntaxError,
                            "too many nested parentheses",
                            TextSize::new(i as u32 + 1),
                        ));
                    }
                }
                b')' | b']' | b'}' => brackets = brackets.saturating_sub(1),
                quote @ (b'\'' | b'"') => {
                    i = skip_string(bytes, i, quote);
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        Ok(())
    }
}

/// The index just past the string literal whose opening quote is at `start`.
pub(super) fn skip_string(bytes: &[u8], start: usize, quote: u8) -> usize {
    let triple = bytes.get(start + 1) == Some(&quote) && bytes.get(start + 2) == Some(&quote);
    let mut i = start + if triple { 3 } else { 1 };
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'\n' if !triple => return i,
            b if b == quote => {
                if !triple {
                    return i + 1;
                }
                if bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote) {
                    return i + 3;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    i
}

/// The PEP 263 encoding named in the first two lines, normalized.
fn coding_cookie(bytes: &[u8]) -> Option<String> {
    for line in bytes.split(|&b| b == b'\n').take(2) {
        let text = String::from_utf8_lossy(line);
        let trimmed = text.trim_start_matches([' ', '\t', '\x0c']);
        if !trimmed.starts_with('#') {
            if trimmed.trim().is_empty() {
                continue;
            }
            return None;
        }
        if let Some(at) = trimmed.find("coding") {
            let rest = &trimmed[at + 6..];
            if let Some(rest) = rest.strip_prefix([':', '=']) {
                let name: String = rest
                    .trim_start_matches([' ', '\t'])
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
                    .collect();
                let lower = name.to_ascii_lowercase().replace('_', "-");
                return Some(match lower.as_str() {
                    "utf-8" | "utf8" => "utf-8".to_owned(),
                    n if n.starts_with("utf-8-") => "utf-8".to_owned(),
                    "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => {
                        "latin-1".to_owned()
                    }
                    _ => lower,
                });
            }
        }
    }
    None
}
