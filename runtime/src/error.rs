//! `PyErr`: a pending Python exception as the runtime reports it.
//!
//! Built-in errors are created lazily, as a kind and a message (CPython's
//! `PyErr_SetString` does the same: most raised errors are caught and never
//! need an exception object). An exception raised by Python code travels as
//! its object. The interpreter turns a lazy error into an instance of the
//! built-in class of the same name when Python code needs to see it.

use crate::value::Value;

/// A built-in exception class, by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcKind {
    TypeError,
    ValueError,
    KeyError,
    IndexError,
    AttributeError,
    OverflowError,
    ZeroDivisionError,
    MemoryError,
    RecursionError,
    RuntimeError,
    StopIteration,
    NotImplementedError,
    UnicodeDecodeError,
    UnicodeEncodeError,
    AssertionError,
    NameError,
    LookupError,
    ArithmeticError,
    // Stays last: `exception::class_of_kind` sizes its cache by it.
    Exception,
}

impl ExcKind {
    /// The class name, as CPython prints it.
    pub fn name(self) -> &'static str {
        match self {
            ExcKind::TypeError => "TypeError",
            ExcKind::ValueError => "ValueError",
            ExcKind::KeyError => "KeyError",
            ExcKind::IndexError => "IndexError",
            ExcKind::AttributeError => "AttributeError",
            ExcKind::OverflowError => "OverflowError",
            ExcKind::ZeroDivisionError => "ZeroDivisionError",
            ExcKind::MemoryError => "MemoryError",
            ExcKind::RecursionError => "RecursionError",
            ExcKind::RuntimeError => "RuntimeError",
            ExcKind::StopIteration => "StopIteration",
            ExcKind::NotImplementedError => "NotImplementedError",
            ExcKind::UnicodeDecodeError => "UnicodeDecodeError",
            ExcKind::UnicodeEncodeError => "UnicodeEncodeError",
            ExcKind::AssertionError => "AssertionError",
            ExcKind::NameError => "NameError",
            ExcKind::LookupError => "LookupError",
            ExcKind::ArithmeticError => "ArithmeticError",
            ExcKind::Exception => "Exception",
        }
    }
}

/// A pending exception.
#[derive(Debug, Clone)]
pub enum PyErr {
    /// A built-in exception not yet materialized. Boxed, so that a
    /// `PyResult<Value>` is two words and returns in registers: every
    /// fallible call in the interpreter pays for the error's size.
    Lazy(Box<LazyError>),
    /// An exception object raised by Python code.
    Object(Value),
}

/// A built-in exception not yet materialized: its class, its message,
/// and for `KeyError` and `StopIteration` the value they carry.
#[derive(Debug, Clone)]
pub struct LazyError {
    pub kind: ExcKind,
    pub message: String,
    pub arg: Option<Value>,
}

impl PyErr {
    /// A lazy built-in exception with a message.
    pub fn new(kind: ExcKind, message: impl Into<String>) -> PyErr {
        PyErr::lazy(kind, message.into(), None)
    }

    /// A lazy built-in exception with its message and carried value.
    pub fn lazy(kind: ExcKind, message: String, arg: Option<Value>) -> PyErr {
        PyErr::Lazy(Box::new(LazyError { kind, message, arg }))
    }

    /// `KeyError(key)`.
    pub fn key_error(key: Value) -> PyErr {
        PyErr::lazy(ExcKind::KeyError, String::new(), Some(key))
    }

    /// The built-in kind, if the error is still lazy.
    pub fn kind(&self) -> Option<ExcKind> {
        match self {
            PyErr::Lazy(l) => Some(l.kind),
            PyErr::Object(_) => None,
        }
    }

    /// Whether the error is a `kind` (its class or a subclass of it), lazy
    /// or raised by Python code: `except LookupError` as a test.
    pub fn is_a(&self, kind: ExcKind) -> bool {
        use crate::types::{exception, typeobj};
        let class = exception::class_of_kind(kind);
        match self {
            PyErr::Lazy(l) => {
                l.kind == kind || typeobj::is_subclass(&exception::class_of_kind(l.kind), &class)
            }
            PyErr::Object(v) => exception::matches(v, &class),
        }
    }
}

/// The result of an operation that may raise.
pub type PyResult<T> = Result<T, PyErr>;
