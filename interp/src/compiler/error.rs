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

/// An error found while turning source into bytecode.
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
    /// The text of the offending line without its newline, for the caret display.
    pub source_line: Option<String>,
}

impl CompileError {
    /// Whether this is a `SyntaxError` or one of its subclasses.
    pub fn is_syntax_error(&self) -> bool {
        matches!(self.kind, ErrorKind::SyntaxError | ErrorKind::IndentationError | ErrorKind::TabError)
    }
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
            writeln!(f, "  File \"{}\", line {}", self.filename, self.line)?;
            if let Some(line) = &self.source_line {
                let trimmed = line.trim_start();
                let indent = line.chars().count() - trimmed.chars().count();
                writeln!(f, "    {}", trimmed.trim_end())?;
                if self.column > 0 {
                    let caret = (self.column as usize).saturating_sub(1).saturating_sub(indent);
                    writeln!(f, "    {}^", " ".repeat(caret))?;
                }
            }
        }
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

impl std::error::Error for CompileError {}
