//! `repr()` of the built-in containers, whose items may be user objects
//! with their own `__repr__`; a container met again while its own repr is
//! being built prints as `[...]` / `{...}`, as CPython's `Py_ReprEnter`.

use std::cell::RefCell;

use weft_runtime::types::{dict::Dict, list::List, set::Set, tuple};
use weft_runtime::{protocol, PyResult, Value};

use super::ops::repr_of;

thread_local! {
    static IN_PROGRESS: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` unless `v` is already being printed on this thread.
pub(crate) fn guarded(
    v: &Value,
    recursive: &str,
    f: impl FnOnce() -> PyResult<String>,
) -> PyResult<String> {
    let word = v.word();
    if IN_PROGRESS.with(|p| p.borrow().contains(&word)) {
        return Ok(recursive.to_string());
    }
    IN_PROGRESS.with(|p| p.borrow_mut().push(word));
    // Nesting counts against the recursion limit, as CPython's
    // `Py_EnterRecursiveCall` in container reprs.
    let r = super::call::with_depth(f);
    IN_PROGRESS.with(|p| p.borrow_mut().retain(|&w| w != word));
    r
}

fn join(items: &[Value]) -> PyResult<String> {
    let parts: PyResult<Vec<String>> = items.iter().map(repr_of).collect();
    Ok(parts?.join(", "))
}

/// `repr(v)` for a value that is not a user instance.
pub fn repr(v: &Value) -> PyResult<String> {
    match interpreter_repr(v) {
        Some(r) => r,
        None => protocol::repr(v),
    }
}

/// The repr of the values whose repr the interpreter makes (containers,
/// which repr their items through user classes; the interpreter's own
/// objects); `None` for values the runtime formats itself.
pub fn interpreter_repr(v: &Value) -> Option<PyResult<String>> {
    if let Some(l) = List::cast(v) {
        return Some(guarded(v, "[...]", || {
            Ok(format!("[{}]", join(&l.to_vec())?))
        }));
    }
    if let Some(t) = tuple::as_tuple(v) {
        return Some(guarded(v, "(...)", || {
            Ok(if t.len() == 1 {
                format!("({},)", repr_of(&t[0])?)
            } else {
                format!("({})", join(t)?)
            })
        }));
    }
    if let Some(d) = Dict::cast(v) {
        return Some(guarded(v, "{...}", || {
            let parts: PyResult<Vec<String>> = d
                .items()
                .iter()
                .map(|(k, x)| Ok(format!("{}: {}", repr_of(k)?, repr_of(x)?)))
                .collect();
            Ok(format!("{{{}}}", parts?.join(", ")))
        }));
    }
    if let Some(s) = Set::cast(v) {
        let frozen = Set::is_frozen(v);
        return Some(guarded(v, "{...}", || {
            let items = s.items();
            Ok(match (frozen, items.is_empty()) {
                (false, true) => "set()".to_string(),
                (false, false) => format!("{{{}}}", join(&items)?),
                (true, true) => "frozenset()".to_string(),
                (true, false) => format!("frozenset({{{}}})", join(&items)?),
            })
        }));
    }
    if let Some(b) = weft_runtime::types::bytearray::ByteArray::cast(v) {
        return Some(Ok(format!(
            "bytearray({})",
            weft_runtime::types::bytes::bytes_repr(&b.to_vec())
        )));
    }
    if let Some(view) = weft_runtime::types::dict_views::as_view(v) {
        let name = weft_runtime::types::typeobj::type_name_of(v);
        return Some(guarded(v, "...", || {
            Ok(format!("{name}([{}])", join(&view.items())?))
        }));
    }
    if crate::modules::collections::as_deque(v).is_some() {
        return Some(crate::modules::collections::repr(v));
    }
    super::objects::repr(v)
}
