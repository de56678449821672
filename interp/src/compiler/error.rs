//! Compile errors: what a `SyntaxError` (or `IndentationError`,
//! `RecursionError`...) raised by the compiler carries, and its CPython-style
//! rendering.

use std::fmt;
use std::sync::Arc;

/// The Python exception class a compile error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `SyntaxError`.
    SyntaxError,
    /// `IndentationError` (a subclass of `SyntaxError`).
    IndentationError,
    /// `TabError` (a subclass of `IndentationError`).
    TabError,
    /// `RecursionError`: the source nests deeper than the compiler allows.
    RecursionError,
    /// `MemoryError`: the source is too large or complex to compile at all.
    MemoryError,
}

impl ErrorKind {
    /// The Python class name.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::RecursionError => "RecursionError",
            ErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// An error found while turning source into bytecode. The position fields
/// are CPython's `SyntaxError` attributes, so they keep its conventions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// Which exception class to raise.
    pub kind: ErrorKind,
    /// The message, CPython's where we know it.
    pub message: String,
    /// The file name given to the compiler.
    pub filename: Arc<str>,
    /// 1-based line, 0 when the error has no position (RecursionError).
    pub line: u32,
    /// 1-based character column, as `SyntaxError.offset`; 0 when unknown.
    pub column: u32,
    /// `SyntaxError.end_lineno`.
    pub end_line: u32,
    /// `SyntaxError.end_offset`: 1-based column just past the range, or
    /// CPython's 0 / -1 for errors that have no end.
    pub end_column: i64,
    /// `SyntaxError.text`: the offending line as CPython gives it (parser
    /// errors end it with a newline; compiler errors have it only when the
    /// file exists).
    pub source_line: Option<String>,
    /// Whether `SyntaxError.args` carries the location tuple. CPython's
    /// symbol-table errors set the attributes but leave `args == (msg,)`.
    pub args_carry_location: bool,
}

impl CompileError {
    /// Whether this is a `SyntaxError` or one of its subclasses.
    pub fn is_syntax_error(&self) -> bool {
        matches!(
            self.kind,
            ErrorKind::SyntaxError | ErrorKind::IndentationError | ErrorKind::TabError
        )
    }
}

/// CPython's `File ..., line N` header, the offending line and its carets,
/// as `print_exception` writes them for a `SyntaxError` (each line ends
/// with a newline). `offset`/`end_offset` are 1-based character columns;
/// an `IndentationError` (`single_caret`) always gets one caret.
pub fn render_location(
    filename: &str,
    line: i64,
    text: Option<&str>,
    offset: i64,
    end_line: i64,
    end_offset: i64,
    single_caret: bool,
) -> String {
    let mut out = format!("  File \"{filename}\", line {line}\n");
    let Some(text) = text else { return out };
    // CPython works on the UTF-8 bytes: convert the character columns.
    let byte_column = |column: i64| -> i64 {
        if column <= 0 {
            return column;
        }
        let chars = (column - 1) as usize;
        text.char_indices()
            .nth(chars)
            .map_or(text.len(), |(at, _)| at) as i64
            + 1
    };
    let mut offset = byte_column(offset).saturating_sub(1);
    // A range over several lines is shown to the end of its first line.
    let line_size = text.len() as i64;
    let end_offset = if end_line > line {
        line_size
    } else {
        byte_column(end_offset)
    }
    .min(line_size + 1);
    let start_offset = offset.saturating_add(1);
    let mut text = text;
    let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
    offset = offset.saturating_sub((text.len() - stripped.len()) as i64);
    text = stripped;
    let len = text.trim_end_matches('\n').len() as i64;
    offset = offset.min(len);
    // Skip the lines before the one the offset is on.
    while let Some(newline) = text.find('\n') {
        let inl = newline as i64;
        if inl >= offset {
            break;
        }
        text = &text[newline + 1..];
        offset -= inl + 1;
    }
    out.push_str("    ");
    out.push_str(text.trim_end_matches('\n'));
    out.push('\n');
    if offset >= 0 {
        let carets = if end_offset > start_offset && !single_caret {
            end_offset.saturating_sub(start_offset)
        } else {
            1
        };
        out.push_str("    ");
        out.push_str(&" ".repeat(offset as usize));
        out.push_str(&"^".repeat(carets as usize));
        out.push('\n');
    }
    out
}

/// CPython's rendering, as printed for an uncaught `SyntaxError`:
///
/// ```text
///   File "t.py", line 1
///     x = = 1
///         ^
/// SyntaxError: invalid syntax
/// ```
impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_syntax_error() {
            let location = render_location(
                &self.filename,
                i64::from(self.line),
                self.source_line.as_deref(),
                i64::from(self.column),
                i64::from(self.end_line),
                self.end_column,
                self.kind != ErrorKind::SyntaxError,
            );
            f.write_str(&location)?;
        }
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

impl std::error::Error for CompileError {}
