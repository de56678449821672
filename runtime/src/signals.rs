//! Ctrl-C: a SIGINT handler that only sets a flag; the evaluation loop
//! polls it at its safepoints and raises `KeyboardInterrupt` in the main
//! thread (as CPython, the handler itself runs no Python code).

use std::sync::atomic::{AtomicBool, Ordering};

static PENDING: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_signal: libc::c_int) {
    // Async-signal-safe: one atomic store.
    PENDING.store(true, Ordering::Relaxed);
}

/// Route SIGINT to the flag.
pub fn install_sigint() {
    let handler = on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t;
    // SAFETY: installing a handler that performs one atomic store, which is
    // async-signal-safe; no other code in the process owns SIGINT.
    unsafe {
        libc::signal(libc::SIGINT, handler);
    }
}

/// Restore the default SIGINT action (the process dies on Ctrl-C).
pub fn default_sigint() {
    // SAFETY: resetting a signal to its default disposition.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
    }
}

/// Whether Ctrl-C was pressed since the last call (clears the flag).
#[inline]
pub fn take_interrupt() -> bool {
    PENDING.load(Ordering::Relaxed) && PENDING.swap(false, Ordering::Relaxed)
}

/// Whether Ctrl-C was pressed and not yet taken (does not clear it).
#[inline]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed)
}
