//! Code generation: AST plus symbol table to register bytecode.
//!
//! One `Unit` per code object being built, nested units on a stack. Each
//! unit allocates registers as a stack: locals (parameters first) at the
//! bottom, temporaries above, freed in LIFO order, so the arguments of a call
//! land in a contiguous window just by being evaluated in order. Jumps refer
//! to labels until `assemble.rs` lays the code out.
//!
//! The passes are split by concern: `expr.rs` (expressions and calls),
//! `stmt.rs` (statements and control flow), `pattern.rs` (`match`
//! statements), `target.rs` (assignment, unpacking, `del`), `scope.rs`
//! (functions, lambdas, classes, comprehensions), `assemble.rs` (layout,
//! line and exception tables).

mod assemble;
mod except_star;
mod expr;
mod pattern;
mod scope;
mod stmt;
mod target;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use ruff_python_ast::Stmt;
use ruff_text_size::{TextRange, TextSize};

use super::constants::ConstantPool;
use super::error::{CompileError, ErrorKind};
use super::source::{Source, Span};
use super::symtable::{flag, Resolution, ScopeKind, SymbolTable, MAX_DEPTH};
use crate::bytecode::{CodeObject, Constant, Instruction};

/// A jump target, resolved by the assembler.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(usize);

/// An instruction before layout.
struct Emitted {
    instruction: Instruction,
    /// For jumps: where to.
    target: Option<Label>,
    span: Span,
    /// The innermost exception handler covering it: its label and register.
    handler: Option<(Label, u32)>,
}

/// What `break`, `continue` and `return` must undo when leaving a block.
/// `handler_depth` is the handler stack depth outside the block: code that
/// leaves the block must not be covered by the block's own handlers.
#[derive(Clone, Copy)]
enum Block<'a> {
    /// `iter`: the register holding a `for` loop's iterator, released on `break`.
    Loop {
        start: Label,
        end: Label,
        handler_depth: usize,
        iter: Option<u32>,
    },
    /// Inside `try` of a `try`/`finally`: run the finally body on the way out.
    Finally {
        body: &'a [Stmt],
        handler_depth: usize,
    },
    /// Inside an `except` clause: restore the handled exception, clear the name.
    Except {
        save: u32,
        name: Option<&'a str>,
        handler_depth: usize,
    },
    /// Inside a `with` body: call `R[exit](None, None, None)` on the way out.
    With { exit: u32, handler_depth: usize },
    /// Inside a finally body run for an exception: restore the handled exception.
    HandlerCleanup { save: u32, handler_depth: usize },
}

/// How a name is reached from the current unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Access {
    Register(u32),
    Deref(u32),
    ClassDeref(u32),
    Global,
    Name,
}

/// A code object under construction.
struct Unit<'a> {
    scope: usize,
    name: String,
    qualname: String,
    first_line: u32,
    code: Vec<Emitted>,
    labels: Vec<Option<usize>>,
    pool: ConstantPool,
    names: Vec<Arc<str>>,
    name_index: HashMap<String, u32>,
    local_names: Vec<Arc<str>>,
    local_index: HashMap<String, u32>,
    cell_names: Vec<Arc<str>>,
    free_names: Vec<Arc<str>>,
    cell_index: HashMap<String, u32>,
    /// First free register.
    top: u32,
    max_registers: u32,
    caches: u32,
    handlers: Vec<(Label, u32)>,
    blocks: Vec<Block<'a>>,
    /// Local registers known to be bound here: reading them needs no
    /// `CheckLocal`. At a label, what every way in guarantees (`bind`).
    bound: HashSet<u32>,
    /// Parameters no `del` or `except ... as` unbinds: bound everywhere,
    /// so reading them needs no check even after a label.
    always_bound: Vec<u32>,
    /// Locals no `del` or `except ... as` unbinds: once bound, bound for
    /// the rest of the call, so a loop's back edges and a handler's entry
    /// keep them bound if they were bound on the way in.
    never_deleted: HashSet<u32>,
    /// Per label not bound yet: the registers bound at every jump to it
    /// emitted so far.
    incoming: HashMap<usize, HashSet<u32>>,
    /// Per handler label: the registers bound where its `try` began.
    handler_entry: HashMap<usize, HashSet<u32>>,
    span: Span,
    arg_count: u32,
    posonly_count: u32,
    kwonly_count: u32,
    varargs: bool,
    varkeywords: bool,
}

/// The code generator for one module.
pub struct Compiler<'a> {
    source: &'a Source,
    table: &'a SymbolTable,
    units: Vec<Unit<'a>>,
    depth: usize,
    /// Top-level expression statements print (`compile(..., "single")`).
    interactive: bool,
    /// The next set display is the container of an `in` / `not in` test,
    /// whose iteration order nothing sees (`expr::sequence`).
    membership_operand: bool,
}

/// The result type of every codegen step.
type Result<T = ()> = std::result::Result<T, CompileError>;

impl<'a> Compiler<'a> {
    /// Compiles a module body into its code object; `interactive` (the
    /// `single` mode of `compile()`) sends the values of top-level
    /// expression statements to `sys.displayhook`.
    pub fn module(
        source: &'a Source,
        table: &'a SymbolTable,
        body: &'a [Stmt],
        interactive: bool,
    ) -> Result<CodeObject> {
        let mut compiler = Compiler {
            source,
            table,
            units: Vec::new(),
            depth: 0,
            interactive,
            membership_operand: false,
        };
        compiler.push_unit(0, "<module>".into(), "<module>".into(), 1);
        stmt::module_body(&mut compiler, body)?;
        Ok(compiler.pop_unit())
    }

    /// Compiles `eval` input: a module-level code object returning the
    /// value of `expression`.
    pub fn expression(
        source: &'a Source,
        table: &'a SymbolTable,
        expression: &'a ruff_python_ast::Expr,
    ) -> Result<CodeObject> {
        let mut compiler = Compiler {
            source,
            table,
            units: Vec::new(),
            depth: 0,
            interactive: false,
            membership_operand: false,
        };
        compiler.push_unit(0, "<module>".into(), "<module>".into(), 1);
        compiler.set_location(ruff_text_size::Ranged::range(expression));
        let result = compiler.temp();
        compiler.expr_into(expression, result)?;
        compiler.emit(Instruction::Return { src: result });
        Ok(compiler.pop_unit())
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a unit is always open while compiling")
    }

    fn unit_ref(&self) -> &Unit<'a> {
        self.units
            .last()
            .expect("a unit is always open while compiling")
    }

    fn scope_kind(&self) -> ScopeKind {
        self.table.scopes[self.unit_ref().scope].kind
    }

    /// Opens a unit for scope `scope`, laying out its registers and cells.
    fn push_unit(&mut self, scope: usize, name: String, qualname: String, first_line: u32) {
        let info = &self.table.scopes[scope];
        let mut unit = Unit {
            scope,
            name,
            qualname,
            first_line,
            code: Vec::new(),
            labels: Vec::new(),
            pool: ConstantPool::default(),
            names: Vec::new(),
            name_index: HashMap::new(),
            local_names: Vec::new(),
            local_index: HashMap::new(),
            cell_names: Vec::new(),
            free_names: Vec::new(),
            cell_index: HashMap::new(),
            top: 0,
            max_registers: 0,
            caches: 0,
            handlers: Vec::new(),
            blocks: Vec::new(),
            bound: HashSet::new(),
            always_bound: Vec::new(),
            never_deleted: HashSet::new(),
            incoming: HashMap::new(),
            handler_entry: HashMap::new(),
            span: Span {
                line: first_line,
                end_line: first_line,
                column: 0,
                end_column: 0,
            },
            arg_count: 0,
            posonly_count: 0,
            kwonly_count: 0,
            varargs: false,
            varkeywords: false,
        };
        if info.is_function_like() {
            let add_local = |unit: &mut Unit, name: &str| {
                if !unit.local_index.contains_key(name) {
                    unit.local_index
                        .insert(name.to_owned(), unit.local_names.len() as u32);
                    unit.local_names.push(Arc::from(name));
                }
            };
            for parameter in &info.parameters {
                add_local(&mut unit, parameter);
            }
            for symbol in &info.symbols {
                if symbol.resolution == Resolution::Local {
                    add_local(&mut unit, &symbol.name);
                }
            }
        }
        for symbol in &info.symbols {
            if symbol.resolution == Resolution::Cell {
                unit.cell_index
                    .insert(symbol.name.clone(), unit.cell_names.len() as u32);
                unit.cell_names.push(Arc::from(symbol.name.as_str()));
            }
        }
        if info.needs_class_cell {
            unit.cell_index
                .insert("__class__".into(), unit.cell_names.len() as u32);
            unit.cell_names.push(Arc::from("__class__"));
        }
        let frees = info
            .symbols
            .iter()
            .filter(|s| s.resolution == Resolution::Free)
            .map(|s| s.name.clone())
            .chain(info.class_passthrough.iter().cloned());
        for name in frees {
            if !unit.cell_index.contains_key(&name) {
                unit.cell_index.insert(
                    name.clone(),
                    (unit.cell_names.len() + unit.free_names.len()) as u32,
                );
                unit.free_names.push(Arc::from(name.as_str()));
            }
        }
        unit.top = unit.local_names.len() as u32;
        unit.max_registers = unit.top;
        for (name, &register) in &unit.local_index {
            if info
                .symbol(name)
                .is_some_and(|s| s.flags & flag::DELETED == 0)
            {
                unit.never_deleted.insert(register);
            }
        }
        // Parameters are bound on entry; those never unbound stay so.
        for (index, parameter) in info.parameters.iter().enumerate() {
            let index = index as u32;
            unit.bound.insert(index);
            if info
                .symbol(parameter)
                .is_some_and(|s| s.flags & flag::DELETED == 0)
            {
                unit.always_bound.push(index);
            }
        }
        self.units.push(unit);
    }

    /// Closes the current unit and assembles its code object.
    fn pop_unit(&mut self) -> CodeObject {
        let unit = self.units.pop().expect("pop_unit matches push_unit");
        let info = &self.table.scopes[unit.scope];
        assemble::assemble(unit, info, self.source)
    }

    fn error(&self, message: impl Into<String>, at: impl super::source::Site) -> CompileError {
        self.source.error_at(ErrorKind::SyntaxError, message, at)
    }

    fn unsupported(&self, what: &str, at: TextSize) -> CompileError {
        self.error(format!("not supported yet: {what}"), at)
    }

    /// Guards recursion over the AST: CPython's RecursionError instead of a
    /// stack overflow, and stack growth on the heap for the depths allowed.
    fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> Result<T>) -> Result<T> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return Err(self.source.error_nowhere(
                ErrorKind::RecursionError,
                "maximum recursion depth exceeded during compilation",
            ));
        }
        let result = stacker::maybe_grow(64 * 1024, 1024 * 1024, || f(self));
        self.depth -= 1;
        result
    }

    fn set_location(&mut self, range: TextRange) {
        let span = self.source.span(range);
        self.unit().span = span;
    }

    fn emit(&mut self, instruction: Instruction) {
        let unit = self.unit();
        let handler = unit.handlers.last().copied();
        let span = unit.span;
        unit.code.push(Emitted {
            instruction,
            target: None,
            span,
            handler,
        });
    }

    /// Emits a jump to `label`: forward if the label is not bound yet, else backward.
    fn jump(&mut self, label: Label) {
        let backward = self.unit_ref().labels[label.0].is_some();
        let instruction = if backward {
            Instruction::JumpBack { offset: 0 }
        } else {
            Instruction::Jump { offset: 0 }
        };
        self.emit_to(instruction, label);
    }

    /// Emits a forward jump-carrying instruction whose offset the assembler fills.
    fn emit_to(&mut self, instruction: Instruction, label: Label) {
        self.emit(instruction);
        let unit = self.unit();
        if let Some(last) = unit.code.last_mut() {
            last.target = Some(label);
        }
        // A forward jump: what is bound here holds where it lands.
        if unit.labels[label.0].is_none() {
            match unit.incoming.get_mut(&label.0) {
                Some(known) => known.retain(|r| unit.bound.contains(r)),
                None => {
                    let here = unit.bound.clone();
                    unit.incoming.insert(label.0, here);
                }
            }
        }
    }

    fn label(&mut self) -> Label {
        let unit = self.unit();
        unit.labels.push(None);
        Label(unit.labels.len() - 1)
    }

    fn bind(&mut self, label: Label) {
        let unit = self.unit();
        unit.labels[label.0] = Some(unit.code.len());
        // Control can arrive here by falling through, by the forward jumps
        // emitted so far, by backward jumps not emitted yet (a loop), and,
        // for a handler, from anywhere in its `try`: keep what all of them
        // guarantee. Along a path only a deletion unbinds a local, so the
        // never-deleted locals bound when the loop or `try` began are still
        // bound on its back edges and at its handler.
        let mut bound: HashSet<u32> = unit
            .bound
            .intersection(&unit.never_deleted)
            .copied()
            .collect();
        if let Some(at_try) = unit.handler_entry.remove(&label.0) {
            bound.retain(|r| at_try.contains(r));
        }
        if let Some(jumps) = unit.incoming.remove(&label.0) {
            bound.retain(|r| jumps.contains(r));
        }
        bound.extend(unit.always_bound.iter().copied());
        unit.bound = bound;
    }

    fn temp(&mut self) -> u32 {
        let unit = self.unit();
        let register = unit.top;
        unit.top += 1;
        unit.max_registers = unit.max_registers.max(unit.top);
        register
    }

    fn top(&self) -> u32 {
        self.unit_ref().top
    }

    fn free_to(&mut self, mark: u32) {
        let unit = self.unit();
        unit.top = mark.max(unit.local_names.len() as u32);
    }

    fn cache(&mut self) -> u32 {
        let unit = self.unit();
        unit.caches += 1;
        unit.caches - 1
    }

    /// The first of an attribute instruction's `ATTR_CACHE_WAYS` caches.
    fn attr_cache(&mut self) -> u32 {
        let unit = self.unit();
        unit.caches += crate::bytecode::ATTR_CACHE_WAYS;
        unit.caches - crate::bytecode::ATTR_CACHE_WAYS
    }

    fn constant(&mut self, constant: Constant) -> u32 {
        self.unit().pool.add(constant)
    }

    fn load_const(&mut self, dst: u32, constant: Constant) {
        let constant = self.constant(constant);
        self.emit(Instruction::LoadConst { dst, constant });
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let unit = self.unit();
        if let Some(&index) = unit.name_index.get(name) {
            return index;
        }
        let index = unit.names.len() as u32;
        unit.names.push(Arc::from(name));
        unit.name_index.insert(name.to_owned(), index);
        index
    }

    /// Where `name` lives, seen from the current unit.
    fn access(&self, name: &str, store: bool) -> Access {
        let unit = self.unit_ref();
        let scope = &self.table.scopes[unit.scope];
        let resolution = scope.symbol(name).map(|s| s.resolution);
        match scope.kind {
            ScopeKind::Module => match resolution {
                Some(Resolution::GlobalExplicit) => Access::Global,
                _ => Access::Name,
            },
            ScopeKind::Class => match resolution {
                Some(Resolution::GlobalExplicit) => Access::Global,
                Some(Resolution::Free) => match unit.cell_index.get(name) {
                    Some(&cell) if store => Access::Deref(cell),
                    Some(&cell) => Access::ClassDeref(cell),
                    None => Access::Name,
                },
                _ => Access::Name,
            },
            _ => match resolution {
                Some(Resolution::Local) => unit
                    .local_index
                    .get(name)
                    .map_or(Access::Global, |&r| Access::Register(r)),
                Some(Resolution::Cell | Resolution::Free) => unit
                    .cell_index
                    .get(name)
                    .map_or(Access::Global, |&c| Access::Deref(c)),
                _ => Access::Global,
            },
        }
    }

    /// The register holding local `name` if it can be read in place: bound
    /// for sure (or checked now) and never the target of a walrus, which
    /// could change it while an expression that read it is half done.
    fn readable_local(&mut self, name: &str) -> Option<u32> {
        let Access::Register(register) = self.access(name, false) else {
            return None;
        };
        let scope = &self.table.scopes[self.unit_ref().scope];
        if scope
            .symbol(name)
            .is_some_and(|s| s.flags & flag::WALRUS_TARGET != 0)
        {
            return None;
        }
        self.check_bound(register);
        Some(register)
    }

    fn check_bound(&mut self, register: u32) {
        if !self.unit_ref().bound.contains(&register) {
            self.emit(Instruction::CheckLocal { local: register });
            self.unit().bound.insert(register);
        }
    }

    fn load_name(&mut self, name: &str, dst: u32) {
        match self.access(name, false) {
            Access::Register(register) => {
                self.check_bound(register);
                if register != dst {
                    self.emit(Instruction::Move { dst, src: register });
                }
            }
            Access::Deref(cell) => self.emit(Instruction::LoadDeref { dst, cell }),
            Access::ClassDeref(cell) => self.emit(Instruction::LoadClassDeref { dst, cell }),
            Access::Global => {
                let name = self.name_index(name);
                let cache = self.cache();
                self.emit(Instruction::LoadGlobal { dst, name, cache });
            }
            Access::Name => {
                let name = self.name_index(name);
                self.emit(Instruction::LoadName { dst, name });
            }
        }
    }

    fn store_name(&mut self, name: &str, src: u32) {
        match self.access(name, true) {
            Access::Register(register) => {
                if register != src {
                    self.emit(Instruction::Move { dst: register, src });
                }
                self.unit().bound.insert(register);
            }
            Access::Deref(cell) | Access::ClassDeref(cell) => {
                self.emit(Instruction::StoreDeref { cell, src })
            }
            Access::Global => {
                let name = self.name_index(name);
                self.emit(Instruction::StoreGlobal { name, src });
            }
            Access::Name => {
                let name = self.name_index(name);
                self.emit(Instruction::StoreName { name, src });
            }
        }
    }

    fn delete_name(&mut self, name: &str) {
        match self.access(name, true) {
            Access::Register(local) => {
                self.emit(Instruction::DeleteLocal { local });
                self.unit().bound.remove(&local);
            }
            Access::Deref(cell) | Access::ClassDeref(cell) => {
                self.emit(Instruction::DeleteDeref { cell })
            }
            Access::Global => {
                let name = self.name_index(name);
                self.emit(Instruction::DeleteGlobal { name });
            }
            Access::Name => {
                let name = self.name_index(name);
                self.emit(Instruction::DeleteName { name });
            }
        }
    }
}
