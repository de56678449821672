//! Code objects: what the compiler produces for a module, class body,
//! function, lambda or comprehension, and what a frame runs.
//!
//! A code object is immutable once built and shared between threads behind
//! an `Arc`; inline caches live in a separate per-code array of atomic slots
//! indexed by the instructions' `cache` operands, never in the instructions.

use std::sync::Arc;

use super::constant::Constant;

/// Properties of a code object that change how a frame is set up or run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags {
    /// The function takes `*args` (held in the register after the kw-only ones).
    pub varargs: bool,
    /// The function takes `**kwargs` (held in the register after `*args`).
    pub varkeywords: bool,
    /// Calling it makes a generator instead of running the body.
    pub generator: bool,
    /// Calling it makes a coroutine (never set yet: no `async def`).
    pub coroutine: bool,
    /// Locals live in registers (functions, lambdas, comprehensions), not in
    /// a namespace dict (modules, class bodies).
    pub optimized: bool,
    /// Defined inside a function (CPython's CO_NESTED): its qualname has `<locals>`.
    pub nested: bool,
}

/// Source position of a run of instructions, as CPython's `co_positions`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineTableEntry {
    /// First word of the run; the run ends where the next entry starts.
    pub start: u32,
    /// 1-based first line.
    pub line: u32,
    /// 1-based last line.
    pub end_line: u32,
    /// 0-based UTF-8 byte column of the start, as CPython's `col_offset`.
    pub column: u32,
    /// 0-based UTF-8 byte column of the end.
    pub end_column: u32,
}

/// One protected range: an exception raised by an instruction in
/// `start..end` jumps to `handler` with the exception in `register`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    /// First word covered.
    pub start: u32,
    /// One past the last word covered.
    pub end: u32,
    /// Word where the handler starts.
    pub handler: u32,
    /// Register the handler expects the exception in. A register machine has
    /// no value stack to unwind, so this replaces CPython's stack depth.
    pub register: u32,
}

/// A compiled body.
#[derive(Clone, Debug)]
pub struct CodeObject {
    /// `co_name`: the function or class name, `<module>`, `<lambda>`, `<listcomp>`...
    pub name: Arc<str>,
    /// `co_qualname`: dotted path through enclosing functions and classes.
    pub qualname: Arc<str>,
    /// The source file name, for tracebacks.
    pub filename: Arc<str>,
    /// Line of the `def`/`class` (or 1 for a module), as `co_firstlineno`.
    pub first_line: u32,
    /// Positional parameters, including positional-only ones.
    pub arg_count: u32,
    /// How many of the positional parameters are positional-only.
    pub posonly_count: u32,
    /// Keyword-only parameters.
    pub kwonly_count: u32,
    /// Varargs, generator and friends.
    pub flags: CodeFlags,
    /// Registers a frame needs: locals first, then temporaries.
    pub register_count: u32,
    /// Names of the local registers (parameters first, CPython's order), for
    /// `UnboundLocalError` messages, `locals()` and keyword argument binding.
    pub local_names: Vec<Arc<str>>,
    /// Variables of this scope captured by inner scopes (`C[0..]`).
    pub cell_names: Vec<Arc<str>>,
    /// Variables captured from enclosing scopes (`C[cells..]`), filled from
    /// the function's closure when a frame starts.
    pub free_names: Vec<Arc<str>>,
    /// Global, builtin and attribute names (`N[...]`).
    pub names: Vec<Arc<str>>,
    /// Literal values (`K[...]`).
    pub constants: Vec<Constant>,
    /// Encoded instructions (see `encoding.rs`).
    pub instructions: Vec<u32>,
    /// Number of inline-cache slots the instructions refer to.
    pub cache_count: u32,
    /// Source positions, sorted by `start`.
    pub line_table: Vec<LineTableEntry>,
    /// Protected ranges, innermost first where they nest.
    pub exception_table: Vec<ExceptionTableEntry>,
}

impl CodeObject {
    /// The source position of the instruction at word `pc`.
    pub fn position(&self, pc: u32) -> Option<&LineTableEntry> {
        let index = self.line_table.partition_point(|entry| entry.start <= pc);
        index.checked_sub(1).and_then(|i| self.line_table.get(i))
    }

    /// The handler covering word `pc`, if any.
    pub fn handler(&self, pc: u32) -> Option<&ExceptionTableEntry> {
        self.exception_table
            .iter()
            .find(|entry| entry.start <= pc && pc < entry.end)
    }

    /// The code objects nested in this one's constants.
    pub fn children(&self) -> impl Iterator<Item = &Arc<CodeObject>> {
        self.constants.iter().filter_map(|constant| match constant {
            Constant::Code(code) => Some(code),
            _ => None,
        })
    }
}
