//! `OSError`'s extras: `OSError(errno, strerror[, filename])` picks the
//! subclass its errno names (`FileNotFoundError` for ENOENT), shows as
//! `[Errno 2] No such file or directory: 'f.txt'`, and has `errno`,
//! `strerror` and `filename`; the Unicode errors' messages.

use super::super::{int, none_bool, str as pystr, tuple};
use super::{args, exception_class, matches};
use crate::error::PyResult;
use crate::protocol;
use crate::value::Value;

/// The `OSError` subclass CPython makes for `OSError(errno, ...)`.
fn subclass_for_errno(errno: i64) -> Option<&'static str> {
    Some(match errno {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        32 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        104 => "ConnectionResetError",
        110 => "TimeoutError",
        111 => "ConnectionRefusedError",
        _ => return None,
    })
}

/// The class an exception made by calling `class(*args)` gets: OSError
/// itself with an errno argument becomes the matching subclass.
pub fn effective_class(class: &Value, args: &[Value]) -> Value {
    // The cheap checks first: this runs for every exception made.
    if !(2..=5).contains(&args.len()) {
        return class.clone();
    }
    let Some(name) = args[0].as_small_int().and_then(subclass_for_errno) else {
        return class.clone();
    };
    // OSError looked up by name once: every exception made with an errno-like
    // first argument (`AppError(2, detail)`) comes here.
    static OS_ERROR: std::sync::OnceLock<Option<Value>> = std::sync::OnceLock::new();
    if OS_ERROR
        .get_or_init(|| exception_class("OSError"))
        .as_ref()
        .is_some_and(|c| c.is(class))
    {
        if let Some(sub) = exception_class(name) {
            return sub;
        }
    }
    class.clone()
}

/// `str(v)` for the str and number arguments OSError shows.
fn plain_str(v: &Value) -> PyResult<String> {
    match pystr::as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => protocol::repr(v),
    }
}

fn is(exc: &Value, name: &str) -> bool {
    exception_class(name).is_some_and(|c| matches(exc, &c))
}

/// `errno`, `strerror`, `filename`, `filename2` of an OSError; `None` for
/// other names or exceptions.
pub fn os_error_field(exc: &Value, name: &str) -> Option<Value> {
    if !is(exc, "OSError") {
        return None;
    }
    let args = args(exc);
    let items = tuple::as_tuple(&args).unwrap_or(&[]);
    let with_errno = (2..=5).contains(&items.len());
    let at = |i: usize| {
        if with_errno {
            items.get(i).cloned()
        } else {
            None
        }
    };
    let index = match name {
        "errno" => 0,
        "strerror" => 1,
        "filename" => 2,
        "filename2" => 4,
        _ => return None,
    };
    Some(at(index).unwrap_or_else(none_bool::none))
}

/// `str(exc)` for the exceptions whose str is not their args': OSError with
/// an errno, the Unicode errors. `None` for the others.
pub fn special_str(exc: &Value) -> Option<PyResult<String>> {
    let args = args(exc);
    let items = tuple::as_tuple(&args).unwrap_or(&[]);
    // The cheap check first: both kinds have two or more arguments.
    if items.len() < 2 {
        return None;
    }
    if is(exc, "OSError") && (2..=5).contains(&items.len()) {
        let text = (|| {
            let (errno, strerror) = (plain_str(&items[0])?, plain_str(&items[1])?);
            Ok(
                match (
                    items.get(2).filter(|f| !none_bool::is_none(f)),
                    items.get(4).filter(|f| !none_bool::is_none(f)),
                ) {
                    (Some(f), Some(f2)) => {
                        format!(
                            "[Errno {errno}] {strerror}: {} -> {}",
                            protocol::repr(f)?,
                            protocol::repr(f2)?
                        )
                    }
                    (Some(f), None) => {
                        format!("[Errno {errno}] {strerror}: {}", protocol::repr(f)?)
                    }
                    _ => format!("[Errno {errno}] {strerror}"),
                },
            )
        })();
        return Some(text);
    }
    if is(exc, "UnicodeDecodeError") || is(exc, "UnicodeEncodeError") {
        if let [encoding, object, start, end, reason] = items {
            let (Some(enc), Some(reason)) = (pystr::as_str(encoding), pystr::as_str(reason)) else {
                return None;
            };
            let (Some(start), Some(end)) = (
                int::as_int(start).and_then(|i| i.to_i64()),
                int::as_int(end).and_then(|i| i.to_i64()),
            ) else {
                return None;
            };
            let decode = is(exc, "UnicodeDecodeError");
            let unit = if decode {
                super::super::bytes::as_bytes(object)
                    .and_then(|b| b.get(start as usize))
                    .map(|b| format!("byte 0x{b:02x}"))
            } else {
                pystr::as_str(object)
                    .and_then(|s| s.chars().nth(start as usize))
                    .map(|c| {
                        let n = c as u32;
                        if n <= 0xff {
                            format!("character '\\x{n:02x}'")
                        } else if n <= 0xffff {
                            format!("character '\\u{n:04x}'")
                        } else {
                            format!("character '\\U{n:08x}'")
                        }
                    })
            };
            let verb = if decode { "decode" } else { "encode" };
            let what = if decode { "bytes" } else { "characters" };
            return Some(Ok(match unit {
                Some(u) if end == start + 1 => {
                    format!("'{enc}' codec can't {verb} {u} in position {start}: {reason}")
                }
                _ => format!(
                    "'{enc}' codec can't {verb} {what} in position {start}-{}: {reason}",
                    end - 1
                ),
            }));
        }
    }
    None
}
