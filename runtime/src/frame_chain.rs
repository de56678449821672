//! The Python frames running on this thread, innermost first, for
//! `sys._getframe` (the interpreter's frames are register files on the
//! native stack, with no links between them).
//!
//! Each run of the evaluation loop links a `FrameLink` (on its native
//! stack) in front of the chain for the duration of a closure; `walk`
//! visits the links. A link is only reachable while the `with_link` call
//! that linked it is running on this thread: the references it holds are
//! alive for as long as it can be seen.

use std::any::Any;
use std::cell::Cell;

use crate::Value;

/// One running frame. What the code is, is the interpreter's business.
pub struct FrameLink<'a> {
    /// The code running.
    pub code: &'a dyn Any,
    /// Its globals.
    pub globals: &'a Value,
    /// The interpreter's position in the code, updated before each call.
    pub pc: Cell<usize>,
    prev: Cell<*const FrameLink<'static>>,
}

thread_local! {
    static TOP: Cell<*const FrameLink<'static>> = const { Cell::new(std::ptr::null()) };
}

impl<'a> FrameLink<'a> {
    #[inline]
    pub fn new(code: &'a dyn Any, globals: &'a Value, pc: usize) -> FrameLink<'a> {
        FrameLink {
            code,
            globals,
            pc: Cell::new(pc),
            prev: Cell::new(std::ptr::null()),
        }
    }
}

/// Run `f` with `link` as this thread's innermost running frame.
#[inline]
pub fn with_link<R>(link: &FrameLink<'_>, f: impl FnOnce() -> R) -> R {
    struct Unlink(*const FrameLink<'static>);
    impl Drop for Unlink {
        #[inline]
        fn drop(&mut self) {
            let _ = TOP.try_with(|t| t.set(self.0));
        }
    }
    let this = (link as *const FrameLink<'_>).cast::<FrameLink<'static>>();
    let prev = TOP.with(|t| t.replace(this));
    link.prev.set(prev);
    // Unlinked however `f` ends, unwinding included.
    let _unlink = Unlink(prev);
    f()
}

/// Visit this thread's running frames, innermost first, while `visit`
/// returns true.
pub fn walk(mut visit: impl FnMut(&FrameLink<'_>) -> bool) {
    let mut node = TOP.with(Cell::get);
    while !node.is_null() {
        // SAFETY: a linked `FrameLink` is borrowed by a `with_link` call
        // still running on this thread, outside this one (links are
        // per-thread and unlinked before that call returns or unwinds), so
        // it and what it references are alive; `visit` cannot keep the
        // reference past this iteration (it is higher-ranked).
        let link: &FrameLink<'_> = unsafe { &*node };
        if !visit(link) {
            break;
        }
        node = link.prev.get();
    }
}

#[cfg(test)]
mod tests;
