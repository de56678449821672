//! Per-thread interpreter state: the exception being handled
//! (`sys.exc_info()`), the call depth, and the recursion limit.

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicUsize, Ordering};

use weft_runtime::Value;

thread_local! {
    static HANDLED: RefCell<Option<Value>> = const { RefCell::new(None) };
    static DEPTH: Cell<usize> = const { Cell::new(0) };
    static MAIN: Cell<bool> = const { Cell::new(false) };
}

/// Mark the current thread as the main thread (Ctrl-C is raised there).
pub fn set_main_thread() {
    MAIN.with(|m| m.set(true));
}

/// Whether this is the main thread.
#[inline]
pub fn is_main_thread() -> bool {
    MAIN.with(Cell::get)
}

static RECURSION_LIMIT: AtomicUsize = AtomicUsize::new(1000);

/// The exception being handled on this thread, if any.
pub fn handled() -> Option<Value> {
    HANDLED.with(|h| h.borrow().clone())
}

/// Replace the handled exception; returns the previous one.
pub fn set_handled(v: Option<Value>) -> Option<Value> {
    let old = HANDLED.with(|h| h.replace(v));
    old
}

/// `sys.getrecursionlimit()`.
pub fn recursion_limit() -> usize {
    RECURSION_LIMIT.load(Ordering::Relaxed)
}

/// `sys.setrecursionlimit(n)`.
pub fn set_recursion_limit(n: usize) {
    RECURSION_LIMIT.store(n, Ordering::Relaxed);
}

/// Enter one Python call level: the new depth, `None` if that passes the
/// limit.
#[inline]
pub fn enter_call() -> Option<usize> {
    DEPTH.with(|d| {
        let n = d.get() + 1;
        d.set(n);
        (n <= recursion_limit()).then_some(n)
    })
}

/// Leave a call level entered with `enter_call`.
#[inline]
pub fn leave_call() {
    DEPTH.with(|d| d.set(d.get() - 1));
}

/// The current call depth.
pub fn depth() -> usize {
    DEPTH.with(Cell::get)
}
