//! Statements and control flow: branches, loops, `try`, `with`, `raise`,
//! `assert`, imports, and the unwinding that `break`, `continue` and
//! `return` do through `finally`, `with` and `except` blocks.
//!
//! Exception handling follows CPython 3.11's zero-cost model: no setup
//! instruction; each instruction records its innermost handler and the
//! assembler turns runs of them into the exception table. A handler saves
//! the previously handled exception in a register and restores it on every
//! way out, guarded by a cleanup handler for exceptions raised inside it.

use std::collections::HashSet;
use std::sync::Arc;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::super::symtable::ScopeKind;
use super::{scope, Block, Compiler, Label, Result};
use crate::bytecode::{Constant, Instruction};

/// Where a `break`/`continue` goes: the loop's labels (continue,
/// break), its handler depth and its iterator register.
type LoopExit = (Label, Label, usize, Option<u32>);

/// Where `try_handler_entry` left a `try` statement, for its clauses.
pub(super) struct TryEntry {
    /// Handler depth outside the statement.
    pub outside: usize,
    /// After the whole statement.
    pub end: Label,
    /// Register of the caught exception.
    pub exc: u32,
    /// Register of the previously handled exception.
    pub save: u32,
    /// The cleanup handler, and its exception register.
    pub cleanup: Label,
    pub cleanup_exc: u32,
}

pub(super) fn module_body<'a>(c: &mut Compiler<'a>, body: &'a [Stmt]) -> Result {
    let body = c.docstring_to_doc(body)?;
    if has_annotations(body) {
        c.emit(Instruction::SetupAnnotations {});
    }
    c.statements(body)?;
    c.return_none();
    Ok(())
}

/// The docstring of a body, if its first statement is a string literal.
pub(super) fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first() {
        Some(Stmt::Expr(ast::StmtExpr { value, .. })) => match &**value {
            Expr::StringLiteral(s) => Some(s.value.to_str()),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a module or class body has simple annotations (CPython's `find_ann`).
pub(super) fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| match stmt {
        Stmt::AnnAssign(_) => true,
        Stmt::For(s) => has_annotations(&s.body) || has_annotations(&s.orelse),
        Stmt::While(s) => has_annotations(&s.body) || has_annotations(&s.orelse),
        Stmt::If(s) => {
            has_annotations(&s.body) || s.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::With(s) => has_annotations(&s.body),
        Stmt::Match(s) => s.cases.iter().any(|c| has_annotations(&c.body)),
        Stmt::Try(s) => {
            has_annotations(&s.body)
                || has_annotations(&s.orelse)
                || has_annotations(&s.finalbody)
                || s.handlers
                    .iter()
                    .any(|ast::ExceptHandler::ExceptHandler(h)| has_annotations(&h.body))
        }
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    /// Stores a module or class docstring in `__doc__`; returns the rest.
    pub(super) fn docstring_to_doc(&mut self, body: &'a [Stmt]) -> Result<&'a [Stmt]> {
        if let (Some(doc), Some(first)) = (docstring(body), body.first()) {
            self.set_location(first.range());
            let t = self.temp();
            self.load_const(t, Constant::Str(Arc::from(doc)));
            self.store_name("__doc__", t);
            self.free_to(t);
            return Ok(&body[1..]);
        }
        Ok(body)
    }

    /// `sys.displayhook(value)`: an expression statement typed at the prompt.
    fn display(&mut self, value: &'a Expr) -> Result {
        let base = self.temp();
        let sys = self.name_index("sys");
        let fromlist = self.constant(Constant::None);
        self.emit(Instruction::ImportName {
            dst: base,
            name: sys,
            level: 0,
            fromlist,
        });
        let hook = self.name_index("displayhook");
        let cache = self.attr_cache();
        self.emit(Instruction::LoadAttr {
            dst: base,
            obj: base,
            name: hook,
            cache,
        });
        let argument = self.temp();
        self.expr_into(value, argument)?;
        self.set_location(value.range());
        let cache = self.cache();
        self.emit(Instruction::Call {
            base,
            argc: 1,
            cache,
        });
        self.emit(Instruction::Release { reg: base });
        Ok(())
    }

    pub(super) fn return_none(&mut self) {
        let constant = self.constant(Constant::None);
        self.emit(Instruction::ReturnConst { constant });
    }

    pub(super) fn statements(&mut self, body: &'a [Stmt]) -> Result {
        body.iter().try_for_each(|stmt| self.statement(stmt))
    }

    fn statement(&mut self, stmt: &'a Stmt) -> Result {
        self.nested(|c| {
            let mark = c.top();
            c.set_location(stmt.range());
            let result = c.statement_inner(stmt);
            c.free_to(mark);
            result
        })
    }

    fn statement_inner(&mut self, stmt: &'a Stmt) -> Result {
        match stmt {
            Stmt::FunctionDef(def) => scope::function_def(self, def)?,
            Stmt::ClassDef(class) => scope::class_def(self, class)?,
            Stmt::Return(ret) => self.return_(ret)?,
            Stmt::Delete(del) => del.targets.iter().try_for_each(|t| self.delete(t))?,
            Stmt::Assign(assign) => self.assign(&assign.targets, &assign.value)?,
            Stmt::AugAssign(aug) => self.augmented(aug)?,
            Stmt::AnnAssign(ann) => self.annotated(ann)?,
            Stmt::For(for_) => self.for_(for_)?,
            Stmt::While(while_) => self.while_(while_)?,
            Stmt::If(if_) => self.if_(if_)?,
            Stmt::With(with) => {
                if with.is_async {
                    return Err(self.unsupported("async with", with.range.start()));
                }
                self.with(&with.items, &with.body)?;
            }
            Stmt::Match(match_) => self.match_(match_)?,
            Stmt::Raise(raise) => self.raise(raise)?,
            Stmt::Try(try_) => self.try_(try_)?,
            Stmt::Assert(assert) => self.assert(assert)?,
            Stmt::Import(import) => self.import(import)?,
            Stmt::ImportFrom(import) => self.import_from(import)?,
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => {}
            Stmt::Expr(expr) if self.interactive && self.units.len() == 1 => {
                self.display(&expr.value)?
            }
            Stmt::Expr(expr) => {
                let t = self.temp();
                self.expr_into(&expr.value, t)?;
                self.emit(Instruction::Release { reg: t });
            }
            Stmt::Break(brk) => match self.unwind(true)? {
                Some((_, end, depth, iter)) => self.leave_with(depth, |c| {
                    if let Some(reg) = iter {
                        c.emit(Instruction::Release { reg });
                    }
                    c.jump(end)
                }),
                None => return Err(self.error("'break' outside loop", brk.range)),
            },
            Stmt::Continue(cont) => match self.unwind(true)? {
                Some((start, _, depth, _)) => self.leave_with(depth, |c| c.jump(start)),
                None => return Err(self.error("'continue' not properly in loop", cont.range)),
            },
            Stmt::TypeAlias(alias) => {
                return Err(self.unsupported("type alias statements", alias.range.start()))
            }
            Stmt::IpyEscapeCommand(command) => {
                return Err(self.error("invalid syntax", command.range.start()))
            }
        }
        Ok(())
    }

    fn return_(&mut self, ret: &'a ast::StmtReturn) -> Result {
        if !matches!(self.scope_kind(), ScopeKind::Function | ScopeKind::Lambda) {
            return Err(self.error("'return' outside function", ret.range));
        }
        // `return local` returns the local's register as it is: the frame
        // ends, so nothing reads it again. Only loops may enclose it (a
        // `finally`, `except` or `with` exit runs code that could).
        if let Some(ast::Expr::Name(name)) = ret.value.as_deref() {
            if self
                .unit_ref()
                .blocks
                .iter()
                .all(|b| matches!(b, Block::Loop { .. }))
            {
                if let Some(src) = self.readable_local(name.id.as_str()) {
                    self.set_location(ret.range);
                    self.leave_with(0, |c| c.emit(Instruction::Return { src }));
                    return Ok(());
                }
            }
        }
        // `return None`, `return 0`: the constant itself, no register.
        let literal = match ret.value.as_deref() {
            None => Some(Constant::None),
            Some(value) => crate::compiler::constants::literal(value),
        };
        if let Some(literal) = literal {
            let constant = self.constant(literal);
            self.unwind(false)?;
            self.set_location(ret.range);
            self.leave_with(0, |c| c.emit(Instruction::ReturnConst { constant }));
            return Ok(());
        }
        let src = self.temp();
        if let Some(value) = &ret.value {
            self.expr_into(value, src)?;
        }
        self.unwind(false)?;
        self.set_location(ret.range);
        self.leave_with(0, |c| c.emit(Instruction::Return { src }));
        Ok(())
    }

    /// Emits the final jump or return of an exit with only the handlers
    /// outside the blocks it leaves active.
    fn leave_with(&mut self, handler_depth: usize, emit: impl FnOnce(&mut Self)) {
        let handlers = self.unit().handlers.clone();
        self.unit().handlers.truncate(handler_depth);
        emit(self);
        self.unit().handlers = handlers;
    }

    /// Emits the exits of the blocks being left, innermost first, up to the
    /// nearest loop (`to_loop`) or all of them; returns that loop's labels
    /// and handler depth.
    fn unwind(&mut self, to_loop: bool) -> Result<Option<LoopExit>> {
        let blocks = self.unit().blocks.clone();
        let handlers = self.unit().handlers.clone();
        let mut found = None;
        let mut outcome = Ok(());
        for index in (0..blocks.len()).rev() {
            match blocks[index] {
                Block::Loop {
                    start,
                    end,
                    handler_depth,
                    iter,
                } => {
                    if to_loop {
                        found = Some((start, end, handler_depth, iter));
                        break;
                    }
                }
                Block::Finally {
                    body,
                    handler_depth,
                } => {
                    self.unit().handlers.truncate(handler_depth);
                    self.unit().blocks = blocks[..index].to_vec();
                    outcome = self.statements(body);
                }
                Block::Except {
                    save,
                    name,
                    handler_depth,
                } => {
                    self.unit().handlers.truncate(handler_depth);
                    self.emit(Instruction::PopExcInfo { save });
                    if let Some(name) = name {
                        self.clear_name(name);
                    }
                }
                Block::With {
                    exit,
                    handler_depth,
                } => {
                    self.unit().handlers.truncate(handler_depth);
                    self.call_exit(exit);
                }
                Block::HandlerCleanup {
                    save,
                    handler_depth,
                } => {
                    self.unit().handlers.truncate(handler_depth);
                    self.emit(Instruction::PopExcInfo { save });
                }
            }
            if outcome.is_err() {
                break;
            }
        }
        self.unit().blocks = blocks;
        self.unit().handlers = handlers;
        outcome.map(|()| found)
    }

    /// `name = None; del name`, as CPython does after `except E as name`.
    pub(super) fn clear_name(&mut self, name: &str) {
        let t = self.temp();
        self.load_const(t, Constant::None);
        self.store_name(name, t);
        self.delete_name(name);
        self.free_to(t);
    }

    /// `R[exit](None, None, None)`, result discarded.
    fn call_exit(&mut self, exit: u32) {
        let base = self.temp();
        self.emit(Instruction::Move {
            dst: base,
            src: exit,
        });
        for _ in 0..3 {
            let t = self.temp();
            self.load_const(t, Constant::None);
        }
        let cache = self.cache();
        self.emit(Instruction::Call {
            base,
            argc: 3,
            cache,
        });
        self.free_to(base);
    }

    fn annotated(&mut self, ann: &'a ast::StmtAnnAssign) -> Result {
        if let Some(value) = &ann.value {
            self.assign(std::slice::from_ref(&*ann.target), value)?;
        }
        let kind = self.scope_kind();
        if matches!(kind, ScopeKind::Module | ScopeKind::Class) {
            if let (Expr::Name(name), true) = (&*ann.target, ann.simple) {
                let annotation = self.operand(&ann.annotation)?;
                let dict = self.temp();
                self.load_name("__annotations__", dict);
                let key = self.temp();
                self.load_const(key, Constant::Str(Arc::from(name.id.as_str())));
                self.emit(Instruction::StoreSubscript {
                    obj: dict,
                    key,
                    src: annotation,
                });
            } else {
                // CPython evaluates the annotation of a complex target.
                let t = self.temp();
                self.expr_into(&ann.annotation, t)?;
            }
        }
        Ok(())
    }

    fn if_(&mut self, if_: &'a ast::StmtIf) -> Result {
        let end = self.label();
        let mut next = self.label();
        let mark = self.top();
        let cond = self.operand(&if_.test)?;
        self.emit_to(Instruction::JumpIfFalse { cond, offset: 0 }, next);
        self.free_to(mark);
        self.statements(&if_.body)?;
        for clause in &if_.elif_else_clauses {
            self.jump(end);
            self.bind(next);
            next = self.label();
            self.set_location(clause.range);
            if let Some(test) = &clause.test {
                let mark = self.top();
                let cond = self.operand(test)?;
                self.emit_to(Instruction::JumpIfFalse { cond, offset: 0 }, next);
                self.free_to(mark);
            }
            self.statements(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn while_(&mut self, while_: &'a ast::StmtWhile) -> Result {
        let start = self.label();
        let orelse = self.label();
        let end = self.label();
        self.bind(start);
        let always = matches!(&*while_.test, Expr::BooleanLiteral(b) if b.value)
            || matches!(&*while_.test, Expr::NumberLiteral(n) if matches!(&n.value, ast::Number::Int(i) if i.as_i64() != Some(0)));
        if !always {
            let mark = self.top();
            let cond = self.operand(&while_.test)?;
            self.emit_to(Instruction::JumpIfFalse { cond, offset: 0 }, orelse);
            self.free_to(mark);
        }
        let handler_depth = self.handler_depth();
        self.unit().blocks.push(Block::Loop {
            start,
            end,
            handler_depth,
            iter: None,
        });
        let body = self.statements(&while_.body);
        self.unit().blocks.pop();
        body?;
        self.set_location(while_.range);
        self.jump(start);
        self.bind(orelse);
        self.statements(&while_.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn for_(&mut self, for_: &'a ast::StmtFor) -> Result {
        if for_.is_async {
            return Err(self.unsupported("async for", for_.range.start()));
        }
        let iterable = self.operand(&for_.iter)?;
        let iter = self.temp();
        self.set_location(for_.iter.range());
        self.emit(Instruction::GetIter {
            dst: iter,
            src: iterable,
        });
        if iterable >= self.unit().local_names.len() as u32 {
            // Only the iterator keeps the iterable alive from here on.
            self.emit(Instruction::Release { reg: iterable });
        }
        let start = self.label();
        let orelse = self.label();
        let end = self.label();
        self.bind(start);
        // A plain local target receives the item directly.
        let direct = match &*for_.target {
            Expr::Name(name) => match self.access(name.id.as_str(), true) {
                super::Access::Register(register) => Some(register),
                _ => None,
            },
            _ => None,
        };
        let item = match direct {
            Some(register) => register,
            None => self.temp(),
        };
        self.set_location(for_.range);
        self.emit_to(
            Instruction::ForIter {
                dst: item,
                iter,
                exit: 0,
            },
            orelse,
        );
        self.unit().bound.insert(item);
        if direct.is_none() {
            self.store_target(&for_.target, item)?;
        }
        let handler_depth = self.handler_depth();
        self.unit().blocks.push(Block::Loop {
            start,
            end,
            handler_depth,
            iter: Some(iter),
        });
        let body = self.statements(&for_.body);
        self.unit().blocks.pop();
        body?;
        self.set_location(for_.range);
        self.jump(start);
        self.bind(orelse);
        self.statements(&for_.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn raise(&mut self, raise: &'a ast::StmtRaise) -> Result {
        match (&raise.exc, &raise.cause) {
            (None, _) => self.emit(Instruction::RaiseCurrent {}),
            (Some(exc), None) => {
                let exc = self.operand(exc)?;
                self.set_location(raise.range);
                self.emit(Instruction::Raise { exc });
            }
            (Some(exc), Some(cause)) => {
                let exc = self.operand(exc)?;
                let cause = self.operand(cause)?;
                self.set_location(raise.range);
                self.emit(Instruction::RaiseFrom { exc, cause });
            }
        }
        Ok(())
    }

    fn assert(&mut self, assert: &'a ast::StmtAssert) -> Result {
        let end = self.label();
        let cond = self.operand(&assert.test)?;
        self.emit_to(Instruction::JumpIfTrue { cond, offset: 0 }, end);
        let base = self.temp();
        // CPython places the raise at the tested expression.
        let at = assert.test.range();
        self.set_location(at);
        self.emit(Instruction::LoadAssertionError { dst: base });
        if let Some(msg) = &assert.msg {
            let arg = self.temp();
            self.expr_into(msg, arg)?;
            let cache = self.cache();
            self.set_location(at);
            self.emit(Instruction::Call {
                base,
                argc: 1,
                cache,
            });
        }
        self.emit(Instruction::Raise { exc: base });
        self.bind(end);
        Ok(())
    }

    fn import(&mut self, import: &'a ast::StmtImport) -> Result {
        for alias in &import.names {
            let mark = self.top();
            let module = self.temp();
            let name = self.name_index(alias.name.as_str());
            let fromlist = self.constant(Constant::None);
            self.set_location(alias.range);
            self.emit(Instruction::ImportName {
                dst: module,
                name,
                level: 0,
                fromlist,
            });
            match &alias.asname {
                Some(asname) => {
                    // `import a.b.c as d` binds the submodule a.b.c.
                    for part in alias.name.as_str().split('.').skip(1) {
                        let name = self.name_index(part);
                        self.emit(Instruction::ImportFrom {
                            dst: module,
                            module,
                            name,
                        });
                    }
                    self.store_name(asname.as_str(), module);
                }
                None => {
                    let first = alias.name.as_str().split('.').next().unwrap_or("");
                    self.store_name(first, module);
                }
            }
            self.free_to(mark);
        }
        Ok(())
    }

    fn import_from(&mut self, import: &'a ast::StmtImportFrom) -> Result {
        let module = self.temp();
        let names: Vec<Constant> = import
            .names
            .iter()
            .map(|a| Constant::Str(Arc::from(a.name.as_str())))
            .collect();
        let fromlist = self.constant(Constant::Tuple(names.into()));
        let name = self.name_index(import.module.as_ref().map_or("", |m| m.as_str()));
        self.emit(Instruction::ImportName {
            dst: module,
            name,
            level: import.level,
            fromlist,
        });
        for alias in &import.names {
            self.set_location(alias.range);
            if alias.name.as_str() == "*" {
                self.emit(Instruction::ImportStar { module });
                continue;
            }
            let value = self.temp();
            let name = self.name_index(alias.name.as_str());
            self.emit(Instruction::ImportFrom {
                dst: value,
                module,
                name,
            });
            self.store_name(alias.asname.as_ref().unwrap_or(&alias.name).as_str(), value);
            self.free_to(value);
        }
        Ok(())
    }

    /// Pushes a handler at `label` whose exception lands in a new register.
    pub(super) fn push_handler(&mut self, label: Label) -> u32 {
        let register = self.temp();
        let unit = self.unit();
        debug_assert!(
            unit.labels[label.0].is_none(),
            "a handler is bound after its try body"
        );
        unit.handlers.push((label, register));
        let at_try: HashSet<u32> = unit
            .bound
            .intersection(&unit.never_deleted)
            .copied()
            .collect();
        match unit.handler_entry.get_mut(&label.0) {
            Some(known) => known.retain(|r| at_try.contains(r)),
            None => {
                unit.handler_entry.insert(label.0, at_try);
            }
        }
        register
    }

    pub(super) fn handler_depth(&self) -> usize {
        self.unit_ref().handlers.len()
    }

    fn try_(&mut self, try_: &'a ast::StmtTry) -> Result {
        if try_.finalbody.is_empty() {
            return self.try_except(try_);
        }
        let outside = self.handler_depth();
        let handler = self.label();
        let end = self.label();
        let exc = self.push_handler(handler);
        self.unit().blocks.push(Block::Finally {
            body: &try_.finalbody,
            handler_depth: outside,
        });
        let body = if try_.handlers.is_empty() {
            self.statements(&try_.body)
                .and_then(|()| self.statements(&try_.orelse))
        } else {
            self.try_except(try_)
        };
        self.unit().blocks.pop();
        self.unit().handlers.truncate(outside);
        body?;
        self.statements(&try_.finalbody)?;
        self.jump(end);
        // The exceptional path: run the finally body, then re-raise.
        self.bind(handler);
        let save = self.temp();
        let cleanup = self.label();
        let cleanup_exc = self.push_handler(cleanup);
        self.emit(Instruction::PushExcInfo { save, exc });
        self.unit().blocks.push(Block::HandlerCleanup {
            save,
            handler_depth: outside,
        });
        let finally = self.statements(&try_.finalbody);
        self.unit().blocks.pop();
        finally?;
        self.emit(Instruction::PopExcInfo { save });
        self.emit(Instruction::Reraise { exc });
        self.unit().handlers.truncate(outside);
        self.cleanup_handler(cleanup, save, cleanup_exc);
        self.bind(end);
        Ok(())
    }

    /// `cleanup:` restore the handled exception and re-raise what escaped.
    pub(super) fn cleanup_handler(&mut self, cleanup: Label, save: u32, exc: u32) {
        self.bind(cleanup);
        self.emit(Instruction::PopExcInfo { save });
        self.emit(Instruction::Reraise { exc });
    }

    /// What `try` with `except` or `except*` clauses emits before its
    /// clauses: the body under a handler, the `else` block and a jump to
    /// the end, then the handler's entry (the caught exception becomes the
    /// one being handled, its predecessor saved, under a cleanup handler
    /// that restores it if a clause raises).
    pub(super) fn try_handler_entry(&mut self, try_: &'a ast::StmtTry) -> Result<TryEntry> {
        let outside = self.handler_depth();
        let handler = self.label();
        let end = self.label();
        let exc = self.push_handler(handler);
        let body = self.statements(&try_.body);
        self.unit().handlers.truncate(outside);
        body?;
        self.statements(&try_.orelse)?;
        self.jump(end);
        self.bind(handler);
        let save = self.temp();
        let cleanup = self.label();
        let cleanup_exc = self.push_handler(cleanup);
        self.emit(Instruction::PushExcInfo { save, exc });
        Ok(TryEntry {
            outside,
            end,
            exc,
            save,
            cleanup,
            cleanup_exc,
        })
    }

    fn try_except(&mut self, try_: &'a ast::StmtTry) -> Result {
        if try_.is_star {
            return self.try_star(try_);
        }
        let TryEntry {
            outside,
            end,
            exc,
            save,
            cleanup,
            cleanup_exc,
        } = self.try_handler_entry(try_)?;
        for (index, handler) in try_.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(handler) = handler;
            self.set_location(handler.range);
            let next = self.label();
            match &handler.type_ {
                Some(kind) => {
                    let mark = self.top();
                    let kind = self.operand(kind)?;
                    let matched = self.temp();
                    self.emit(Instruction::CheckExcMatch {
                        dst: matched,
                        exc,
                        kind,
                    });
                    self.emit_to(
                        Instruction::JumpIfFalse {
                            cond: matched,
                            offset: 0,
                        },
                        next,
                    );
                    self.free_to(mark);
                }
                None if index + 1 < try_.handlers.len() => {
                    return Err(self.error("default 'except:' must be last", handler.range.start()));
                }
                None => {}
            }
            let name = handler.name.as_ref().map(|n| n.as_str());
            if let Some(name) = name {
                self.store_name(name, exc);
            }
            self.unit().blocks.push(Block::Except {
                save,
                name,
                handler_depth: outside,
            });
            let body = self.statements(&handler.body);
            self.unit().blocks.pop();
            body?;
            self.unit().handlers.truncate(outside + 1);
            self.emit(Instruction::PopExcInfo { save });
            if let Some(name) = name {
                self.clear_name(name);
            }
            self.jump(end);
            self.bind(next);
        }
        self.emit(Instruction::Reraise { exc });
        self.unit().handlers.truncate(outside);
        self.cleanup_handler(cleanup, save, cleanup_exc);
        self.bind(end);
        Ok(())
    }

    fn with(&mut self, items: &'a [ast::WithItem], body: &'a [Stmt]) -> Result {
        let Some((item, rest)) = items.split_first() else {
            return self.statements(body);
        };
        let outside = self.handler_depth();
        let manager = self.operand(&item.context_expr)?;
        let exit = self.temp();
        let entered = self.temp();
        self.set_location(item.range);
        self.emit(Instruction::BeforeWith {
            base: exit,
            manager,
        });
        let handler = self.label();
        let end = self.label();
        let exc = self.push_handler(handler);
        if let Some(target) = &item.optional_vars {
            self.store_target(target, entered)?;
        }
        self.unit().blocks.push(Block::With {
            exit,
            handler_depth: outside,
        });
        let inner = self.with(rest, body);
        self.unit().blocks.pop();
        self.unit().handlers.truncate(outside);
        inner?;
        self.set_location(item.range);
        self.call_exit(exit);
        self.jump(end);
        self.bind(handler);
        let save = self.temp();
        let cleanup = self.label();
        let cleanup_exc = self.push_handler(cleanup);
        self.emit(Instruction::PushExcInfo { save, exc });
        let suppress = self.temp();
        let suppressed = self.label();
        self.emit(Instruction::WithExceptStart {
            dst: suppress,
            exit,
            exc,
        });
        self.emit_to(
            Instruction::JumpIfTrue {
                cond: suppress,
                offset: 0,
            },
            suppressed,
        );
        self.emit(Instruction::Reraise { exc });
        self.bind(suppressed);
        self.unit().handlers.truncate(outside);
        self.emit(Instruction::PopExcInfo { save });
        self.jump(end);
        self.cleanup_handler(cleanup, save, cleanup_exc);
        self.bind(end);
        Ok(())
    }
}
