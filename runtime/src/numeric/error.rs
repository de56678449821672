//! The error every helper in `numeric` returns: which Python exception to
//! raise and its message, so callers build the exception object themselves.

use std::fmt;

/// A Python exception to be raised by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumError {
    ValueError(String),
    OverflowError(String),
    ZeroDivisionError(String),
    /// CPython raises a bare `MemoryError` for results that cannot be allocated.
    MemoryError(String),
}

impl NumError {
    /// The Python exception type's name, e.g. `"ValueError"`.
    pub fn type_name(&self) -> &'static str {
        match self {
            NumError::ValueError(_) => "ValueError",
            NumError::OverflowError(_) => "OverflowError",
            NumError::ZeroDivisionError(_) => "ZeroDivisionError",
            NumError::MemoryError(_) => "MemoryError",
        }
    }

    /// The exception's message (what `str(exc)` shows).
    pub fn message(&self) -> &str {
        match self {
            NumError::ValueError(m)
            | NumError::OverflowError(m)
            | NumError::ZeroDivisionError(m)
            | NumError::MemoryError(m) => m,
        }
    }

    pub(crate) fn value(msg: impl Into<String>) -> Self {
        NumError::ValueError(msg.into())
    }

    pub(crate) fn overflow(msg: impl Into<String>) -> Self {
        NumError::OverflowError(msg.into())
    }

    pub(crate) fn zero_div(msg: impl Into<String>) -> Self {
        NumError::ZeroDivisionError(msg.into())
    }
}

/// Formats like a traceback's last line: `ValueError: message`.
impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message().is_empty() {
            f.write_str(self.type_name())
        } else {
            write!(f, "{}: {}", self.type_name(), self.message())
        }
    }
}

impl std::error::Error for NumError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_display() {
        let e = NumError::value("negative shift count");
        assert_eq!(e.type_name(), "ValueError");
        assert_eq!(e.message(), "negative shift count");
        assert_eq!(e.to_string(), "ValueError: negative shift count");
        assert_eq!(
            NumError::MemoryError(String::new()).to_string(),
            "MemoryError"
        );
        assert_eq!(NumError::overflow("x").type_name(), "OverflowError");
        assert_eq!(NumError::zero_div("x").type_name(), "ZeroDivisionError");
    }
}
