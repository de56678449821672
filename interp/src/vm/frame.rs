//! A frame: one activation of a code object, with its registers.

use std::borrow::Cow;
use std::sync::Arc;

use weft_runtime::types::dict::Dict;
use weft_runtime::Value;

use super::code::CodeRt;
use super::eval::Resume;
use super::function::{as_cell, new_cell};
use super::singletons::{is_unbound, unbound};

/// The code a frame runs: borrowed from the function for an ordinary call
/// (no shared count is touched per call, which would make every thread
/// calling one function write one cache line), owned by generator frames,
/// which outlive the call that made them.
pub enum CodeRef<'a> {
    Borrowed(&'a Arc<CodeRt>),
    Owned(Arc<CodeRt>),
}

impl CodeRef<'_> {
    /// The code as a counted reference (tracebacks, generators).
    /// The shared code, borrowed.
    pub fn as_arc(&self) -> &Arc<CodeRt> {
        match self {
            CodeRef::Borrowed(a) => a,
            CodeRef::Owned(a) => a,
        }
    }

    pub fn arc(&self) -> Arc<CodeRt> {
        match self {
            CodeRef::Borrowed(a) => Arc::clone(a),
            CodeRef::Owned(a) => a.clone(),
        }
    }

    /// An owned reference for a frame that outlives the borrow.
    pub fn into_owned(self) -> CodeRef<'static> {
        CodeRef::Owned(self.arc())
    }
}

impl Clone for CodeRef<'_> {
    fn clone(&self) -> Self {
        match self {
            CodeRef::Borrowed(a) => CodeRef::Borrowed(a),
            CodeRef::Owned(a) => CodeRef::Owned(a.clone()),
        }
    }
}

impl std::ops::Deref for CodeRef<'_> {
    type Target = CodeRt;
    fn deref(&self) -> &CodeRt {
        match self {
            CodeRef::Borrowed(a) => a,
            CodeRef::Owned(a) => a,
        }
    }
}

/// A value a frame uses (its globals, its builtins): borrowed from the
/// function for an ordinary call, so a call counts no references to them;
/// owned by frames that outlive the call (generators, module bodies).
pub enum EnvRef<'a> {
    Borrowed(&'a Value),
    Owned(Value),
}

impl std::ops::Deref for EnvRef<'_> {
    type Target = Value;
    #[inline]
    fn deref(&self) -> &Value {
        match self {
            EnvRef::Borrowed(v) => v,
            EnvRef::Owned(v) => v,
        }
    }
}

impl EnvRef<'_> {
    fn into_owned(self) -> EnvRef<'static> {
        match self {
            EnvRef::Borrowed(v) => EnvRef::Owned(v.clone()),
            EnvRef::Owned(v) => EnvRef::Owned(v),
        }
    }
}

pub struct Frame<'a> {
    pub code: CodeRef<'a>,
    /// Locals then temporaries (at least `register_count` of them; unbound
    /// ones hold the unbound marker).
    pub regs: Vec<Value>,
    /// Cell objects: cell variables, then free variables. Code without
    /// cell variables borrows its function's closure (no copy per call).
    pub cells: Cow<'a, [Value]>,
    pub globals: EnvRef<'a>,
    pub builtins: EnvRef<'a>,
    /// The namespace of a module or class body.
    pub locals: Option<Value>,
    /// Next instruction.
    pub pc: usize,
    /// Identifies this activation in tracebacks: 0 until an exception
    /// first passes through the frame (most calls never need one).
    pub id: u64,
    /// Register that receives the value sent into a suspended `yield`.
    pub yield_dst: Option<usize>,
    /// A resumption waiting for a suspended `yield from`.
    pub delegate: Option<Resume>,
}

thread_local! {
    /// The next activation id of this thread: its thread id in the high
    /// bits, a count in the low ones (no shared counter per call); 0 until
    /// the thread's first frame.
    static NEXT_ID: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

#[inline]
pub fn next_frame_id() -> u64 {
    NEXT_ID.with(|c| {
        let mut id = c.get();
        if id == 0 {
            id = ((weft_runtime::thread::current_tid() as u64) << 40) | 1;
        }
        c.set(id + 1);
        id
    })
}

thread_local! {
    /// Register files of finished frames, reused by the next calls so a
    /// call does not allocate (a few per size class are kept).
    static FREE_REGISTERS: std::cell::RefCell<Vec<Vec<Value>>> = const { std::cell::RefCell::new(Vec::new()) };
}

const KEPT_REGISTER_FILES: usize = 64;

/// A register file of at least `n` unbound registers. Pooled files are
/// kept all unbound, so taking one writes nothing.
#[inline(always)]
fn take_registers(n: usize) -> Vec<Value> {
    // The pool is a stack (calls nest): the top file is taken and grown if
    // it is too small, which is rare once the program is warm.
    let reused = FREE_REGISTERS.with(|free| free.borrow_mut().pop());
    let mut regs = reused.unwrap_or_else(|| Vec::with_capacity(n.max(8)));
    if regs.len() < n {
        regs.resize(n, unbound());
    }
    regs
}

impl Drop for Frame<'_> {
    fn drop(&mut self) {
        let mut regs = std::mem::take(&mut self.regs);
        // Values die here, outside any borrow of the free list (a __del__
        // may run Python code that makes frames); the file goes back all
        // unbound. Only this code's registers can be bound: a pooled file
        // may be longer (a bigger frame used it before), and its tail is
        // unbound already.
        let used = (self.code.code.register_count as usize).min(regs.len());
        for r in &mut regs[..used] {
            if is_unbound(r) {
                continue;
            }
            let old = std::mem::replace(r, unbound());
            // An inline int has no count to drop: no out-of-line call.
            if old.as_small_int().is_some() {
                std::mem::forget(old);
            }
        }
        let _ = FREE_REGISTERS.try_with(|free| {
            if let Ok(mut free) = free.try_borrow_mut() {
                if free.len() < KEPT_REGISTER_FILES {
                    free.push(regs);
                }
            }
        });
    }
}

impl<'a> Frame<'a> {
    /// A fresh frame for `code`; the caller fills the parameters.
    #[inline(always)]
    pub fn new(
        code: CodeRef<'a>,
        globals: EnvRef<'a>,
        builtins: EnvRef<'a>,
        locals: Option<Value>,
        closure: &'a [Value],
    ) -> Frame<'a> {
        let c = &code.code;
        let regs = take_registers(c.register_count as usize);
        let cells = if c.cell_names.is_empty() {
            Cow::Borrowed(closure)
        } else {
            let mut cells = Vec::with_capacity(c.cell_names.len() + closure.len());
            cells.extend((0..c.cell_names.len()).map(|_| new_cell(None)));
            cells.extend(closure.iter().cloned());
            Cow::Owned(cells)
        };
        Frame {
            code,
            regs,
            cells,
            globals,
            builtins,
            locals,
            pc: 0,
            id: 0,
            yield_dst: None,
            delegate: None,
        }
    }

    /// The same frame owning its code, to outlive the call (a generator's).
    pub fn into_owned(mut self) -> Frame<'static> {
        Frame {
            code: self.code.clone().into_owned(),
            regs: std::mem::take(&mut self.regs),
            cells: Cow::Owned(std::mem::take(&mut self.cells).into_owned()),
            globals: std::mem::replace(&mut self.globals, EnvRef::Owned(unbound())).into_owned(),
            builtins: std::mem::replace(&mut self.builtins, EnvRef::Owned(unbound())).into_owned(),
            locals: self.locals.take(),
            pc: self.pc,
            id: self.id,
            yield_dst: self.yield_dst.take(),
            delegate: self.delegate.take(),
        }
    }

    /// The references the frame holds, for the collector.
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        // Borrowed cells are the function's references, not ours.
        let owned_cells = match &self.cells {
            Cow::Owned(cells) => &cells[..],
            Cow::Borrowed(_) => &[],
        };
        for v in self.regs.iter().chain(owned_cells) {
            if !is_unbound(v) {
                visit(v);
            }
        }
        // A borrowed environment is the function's reference, not ours.
        if let EnvRef::Owned(g) = &self.globals {
            visit(g);
        }
        if let Some(l) = &self.locals {
            visit(l);
        }
    }

    /// `locals()`: the namespace, or a new dict of the bound locals and
    /// cells of an optimized frame.
    pub fn locals_dict(&self) -> Value {
        if let Some(l) = &self.locals {
            return l.clone();
        }
        let d = Dict::new();
        let dict = Dict::cast(&d).expect("a dict");
        for (name, v) in self.code.local_names.iter().zip(&self.regs) {
            if !is_unbound(v) {
                let _ = dict.set(name.clone(), v.clone());
            }
        }
        for (name, cell) in self.code.cell_names.iter().zip(self.cells.iter()) {
            if let Some(v) = as_cell(cell).and_then(|c| c.contents.get()) {
                let _ = dict.set(name.clone(), v);
            }
        }
        d
    }
}
