//! `try` ... `except*` (PEP 654), compiled as CPython 3.11 does: each
//! clause splits off the part of the exception (group) it matches and runs
//! with it; what the clauses raise, with the unmatched rest, is raised
//! again at the end (`vm/except_star.rs` holds the run-time half).

use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::Ranged;

use super::{Compiler, Result};
use crate::bytecode::Instruction;

const NO_EXITS: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

impl<'a> Compiler<'a> {
    pub(super) fn try_star(&mut self, try_: &'a ast::StmtTry) -> Result {
        let super::stmt::TryEntry {
            outside,
            end,
            exc,
            save,
            cleanup,
            cleanup_exc,
        } = self.try_handler_entry(try_)?;
        // `rest`: what no clause has matched yet; `raised`: what clauses raised.
        let rest = self.temp();
        self.emit(Instruction::Move {
            dst: rest,
            src: exc,
        });
        let raised = self.temp();
        self.emit(Instruction::BuildList {
            dst: raised,
            base: raised,
            count: 0,
        });
        let matched = self.temp();
        let scratch = self.temp();
        for handler in &try_.handlers {
            let ast::ExceptHandler::ExceptHandler(handler) = handler;
            self.set_location(handler.range);
            let Some(kind) = &handler.type_ else {
                return Err(self.error(
                    "expected one or more exception types",
                    handler.range.start(),
                ));
            };
            self.check_no_exits(&handler.body, false)?;
            let next = self.label();
            let mark = self.top();
            let kind = self.operand(kind)?;
            self.emit(Instruction::ExceptStarMatch {
                dst: matched,
                rest,
                kind,
            });
            self.free_to(mark);
            self.emit_to(
                Instruction::JumpIfFalse {
                    cond: matched,
                    offset: 0,
                },
                next,
            );
            // The clause handles its match (`sys.exc_info()`, implicit context).
            self.emit(Instruction::PushExcInfo {
                save: scratch,
                exc: matched,
            });
            let name = handler.name.as_ref().map(|n| n.as_str());
            if let Some(name) = name {
                self.store_name(name, matched);
            }
            let failed = self.label();
            let done = self.label();
            let depth = self.handler_depth();
            let failure = self.push_handler(failed);
            let body = self.statements(&handler.body);
            self.unit().handlers.truncate(depth);
            body?;
            self.jump(done);
            self.bind(failed);
            self.emit(Instruction::ListAppend {
                list: raised,
                item: failure,
            });
            self.bind(done);
            if let Some(name) = name {
                self.clear_name(name);
            }
            self.bind(next);
        }
        self.emit(Instruction::ListAppend {
            list: raised,
            item: rest,
        });
        let to_raise = self.temp();
        self.emit(Instruction::PrepReraiseStar {
            dst: to_raise,
            orig: exc,
            excs: raised,
        });
        let nothing = self.label();
        self.emit_to(
            Instruction::JumpIfFalse {
                cond: to_raise,
                offset: 0,
            },
            nothing,
        );
        // Raised as the exception being handled, so it gets no implicit
        // context (CPython's RERAISE chains nothing).
        self.emit(Instruction::PushExcInfo {
            save: scratch,
            exc: to_raise,
        });
        self.emit(Instruction::Reraise { exc: to_raise });
        self.bind(nothing);
        self.unit().handlers.truncate(outside);
        self.emit(Instruction::PopExcInfo { save });
        self.jump(end);
        self.cleanup_handler(cleanup, save, cleanup_exc);
        self.bind(end);
        Ok(())
    }

    /// CPython's SyntaxError for `break`, `continue` (outside a loop of the
    /// clause) and `return` in an `except*` clause.
    fn check_no_exits(&self, body: &'a [Stmt], in_loop: bool) -> Result {
        for stmt in body {
            match stmt {
                Stmt::Return(ret) => {
                    let at = ret
                        .value
                        .as_ref()
                        .map_or(ret.range.start(), |v| v.range().start());
                    return Err(self.error(NO_EXITS, at));
                }
                Stmt::Break(_) | Stmt::Continue(_) if !in_loop => {
                    return Err(self.error(NO_EXITS, stmt.range().start()))
                }
                Stmt::For(s) => {
                    self.check_no_exits(&s.body, true)?;
                    self.check_no_exits(&s.orelse, in_loop)?;
                }
                Stmt::While(s) => {
                    self.check_no_exits(&s.body, true)?;
                    self.check_no_exits(&s.orelse, in_loop)?;
                }
                Stmt::If(s) => {
                    self.check_no_exits(&s.body, in_loop)?;
                    for clause in &s.elif_else_clauses {
                        self.check_no_exits(&clause.body, in_loop)?;
                    }
                }
                Stmt::With(s) => self.check_no_exits(&s.body, in_loop)?,
                Stmt::Try(s) => {
                    for part in [&s.body, &s.orelse, &s.finalbody] {
                        self.check_no_exits(part, in_loop)?;
                    }
                    for h in &s.handlers {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        self.check_no_exits(&h.body, in_loop)?;
                    }
                }
                Stmt::Match(s) => {
                    for case in &s.cases {
                        self.check_no_exits(&case.body, in_loop)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }
}
