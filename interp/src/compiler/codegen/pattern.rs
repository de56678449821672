//! `match` statements (PEP 634) with CPython 3.11's semantics and
//! compile-time errors.
//!
//! The subject lives in a temporary for the whole statement. A pattern
//! compiles to tests that jump to the case's failure label; values it
//! extracts land in temporaries. Captured names are written to one register
//! per name (allocated for the case before its pattern), and stored to the
//! real names only once the whole pattern has matched, before the guard, as
//! CPython does: a failed pattern binds nothing, and the alternatives of an
//! or-pattern simply write the same registers.

use std::sync::Arc;

use ruff_python_ast::{self as ast, Expr, Pattern};
use ruff_text_size::Ranged;

use super::super::constants::literal;
use super::{Compiler, Label, Result};
use crate::bytecode::disasm::constant_repr;
use crate::bytecode::{Constant, Instruction};

/// What a pattern being compiled needs to know (CPython's `pattern_context`).
struct Context {
    /// The register collecting each name the case captures.
    registers: Vec<(String, u32)>,
    /// Names captured so far, in order (for "multiple assignments").
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
}

impl Context {
    fn register(&self, name: &str) -> u32 {
        self.registers
            .iter()
            .find(|(n, _)| n == name)
            .map(|&(_, r)| r)
            .expect("every captured name has a register")
    }
}

/// `_`.
fn is_wildcard(pattern: &Pattern) -> bool {
    matches!(pattern, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// `*_`.
fn is_star_wildcard(pattern: &Pattern) -> bool {
    matches!(pattern, Pattern::MatchStar(s) if s.name.is_none())
}

/// The distinct names a pattern captures, in order of appearance.
fn captured_names<'p>(pattern: &'p Pattern, out: &mut Vec<&'p str>) {
    let add = |name: &'p str, out: &mut Vec<&'p str>| {
        if !out.contains(&name) {
            out.push(name);
        }
    };
    match pattern {
        Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => {}
        Pattern::MatchSequence(s) => s.patterns.iter().for_each(|p| captured_names(p, out)),
        Pattern::MatchMapping(m) => {
            m.patterns.iter().for_each(|p| captured_names(p, out));
            if let Some(rest) = &m.rest {
                add(rest.as_str(), out);
            }
        }
        Pattern::MatchClass(c) => {
            c.arguments
                .patterns
                .iter()
                .for_each(|p| captured_names(p, out));
            c.arguments
                .keywords
                .iter()
                .for_each(|k| captured_names(&k.pattern, out));
        }
        Pattern::MatchStar(s) => {
            if let Some(name) = &s.name {
                add(name.as_str(), out);
            }
        }
        Pattern::MatchAs(a) => {
            if let Some(p) = &a.pattern {
                captured_names(p, out);
            }
            if let Some(name) = &a.name {
                add(name.as_str(), out);
            }
        }
        Pattern::MatchOr(o) => o.patterns.iter().for_each(|p| captured_names(p, out)),
    }
}

/// Whether two literal mapping keys are equal as dict keys (`1`, `1.0` and
/// `True` are the same key).
fn same_key(a: &Constant, b: &Constant) -> bool {
    fn number(c: &Constant) -> Option<f64> {
        match c {
            Constant::Bool(b) => Some(f64::from(u8::from(*b))),
            Constant::Int(i) => Some(*i as f64),
            Constant::Float(f) => Some(*f),
            Constant::Complex { real, imag } if *imag == 0.0 => Some(*real),
            _ => None,
        }
    }
    match (a, b) {
        (Constant::Int(x), Constant::Int(y)) => x == y,
        (Constant::Tuple(x), Constant::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| same_key(p, q))
        }
        _ => match (number(a), number(b)) {
            (Some(x), Some(y)) => x == y,
            _ => a.same(b),
        },
    }
}

impl<'a> Compiler<'a> {
    /// `match subject: case ...`.
    pub(super) fn match_(&mut self, stmt: &'a ast::StmtMatch) -> Result {
        let subject = self.temp();
        self.expr_into(&stmt.subject, subject)?;
        let end = self.label();
        let cases = &stmt.cases;
        // A trailing `case _:` needs no test.
        let has_default = cases.len() > 1 && cases.last().is_some_and(|c| is_wildcard(&c.pattern));
        let tested = cases.len() - usize::from(has_default);
        for (index, case) in cases[..tested].iter().enumerate() {
            let mark = self.top();
            self.set_location(case.pattern.range());
            let mut names = Vec::new();
            captured_names(&case.pattern, &mut names);
            let registers = names
                .iter()
                .map(|&name| (name.to_owned(), self.temp()))
                .collect();
            let mut context = Context {
                registers,
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || index + 1 == cases.len(),
            };
            let next = self.label();
            self.pattern(&case.pattern, subject, next, &mut context)?;
            for name in &context.stores {
                let register = context.register(name);
                self.store_name(name, register);
            }
            if let Some(guard) = &case.guard {
                let cond = self.operand(guard)?;
                self.emit_to(Instruction::JumpIfFalse { cond, offset: 0 }, next);
            }
            self.free_to(mark);
            self.statements(&case.body)?;
            self.jump(end);
            self.bind(next);
        }
        if has_default {
            let case = &cases[cases.len() - 1];
            self.set_location(case.pattern.range());
            if let Some(guard) = &case.guard {
                let mark = self.top();
                let cond = self.operand(guard)?;
                self.emit_to(Instruction::JumpIfFalse { cond, offset: 0 }, end);
                self.free_to(mark);
            }
            self.statements(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    /// Tests `R[subject]` against `pattern`, jumping to `fail` if it does
    /// not match.
    fn pattern(
        &mut self,
        pattern: &'a Pattern,
        subject: u32,
        fail: Label,
        context: &mut Context,
    ) -> Result {
        self.nested(|c| {
            let mark = c.top();
            c.set_location(pattern.range());
            let result = c.pattern_inner(pattern, subject, fail, context);
            c.free_to(mark);
            result
        })
    }

    /// A pattern nested in another: irrefutable is fine there.
    fn subpattern(
        &mut self,
        pattern: &'a Pattern,
        subject: u32,
        fail: Label,
        context: &mut Context,
    ) -> Result {
        let allow = std::mem::replace(&mut context.allow_irrefutable, true);
        let result = self.pattern(pattern, subject, fail, context);
        context.allow_irrefutable = allow;
        result
    }

    fn pattern_inner(
        &mut self,
        pattern: &'a Pattern,
        subject: u32,
        fail: Label,
        context: &mut Context,
    ) -> Result {
        match pattern {
            Pattern::MatchValue(value) => {
                let rhs = self.operand(&value.value)?;
                self.set_location(value.range);
                let dst = self.temp();
                let cache = self.cache();
                self.emit(Instruction::Equal {
                    dst,
                    lhs: subject,
                    rhs,
                    cache,
                });
                self.emit_to(
                    Instruction::JumpIfFalse {
                        cond: dst,
                        offset: 0,
                    },
                    fail,
                );
            }
            Pattern::MatchSingleton(singleton) => {
                let rhs = self.temp();
                self.load_const(
                    rhs,
                    match singleton.value {
                        ast::Singleton::None => Constant::None,
                        ast::Singleton::True => Constant::Bool(true),
                        ast::Singleton::False => Constant::Bool(false),
                    },
                );
                let dst = self.temp();
                self.emit(Instruction::Is {
                    dst,
                    lhs: subject,
                    rhs,
                });
                self.emit_to(
                    Instruction::JumpIfFalse {
                        cond: dst,
                        offset: 0,
                    },
                    fail,
                );
            }
            Pattern::MatchAs(as_) => {
                match &as_.pattern {
                    None => {
                        if !context.allow_irrefutable {
                            let message = match &as_.name {
                                Some(name) => format!(
                                    "name capture '{name}' makes remaining patterns unreachable"
                                ),
                                None => "wildcard makes remaining patterns unreachable".to_owned(),
                            };
                            return Err(self.error(message, as_.range.start()));
                        }
                    }
                    Some(inner) => self.pattern(inner, subject, fail, context)?,
                }
                if let Some(name) = &as_.name {
                    self.capture(name, subject, context)?;
                }
            }
            Pattern::MatchStar(star) => {
                if let Some(name) = &star.name {
                    self.capture(name, subject, context)?;
                }
            }
            Pattern::MatchOr(or) => self.or_pattern(or, subject, fail, context)?,
            Pattern::MatchSequence(sequence) => {
                self.sequence_pattern(sequence, subject, fail, context)?
            }
            Pattern::MatchMapping(mapping) => {
                self.mapping_pattern(mapping, subject, fail, context)?
            }
            Pattern::MatchClass(class) => self.class_pattern(class, subject, fail, context)?,
        }
        Ok(())
    }

    /// Binds `name` to `R[src]` once the pattern matches.
    fn capture(&mut self, name: &ast::Identifier, src: u32, context: &mut Context) -> Result {
        let text = name.as_str();
        if text == "__debug__" {
            return Err(self.error("cannot assign to __debug__", name.range.start()));
        }
        if context.stores.iter().any(|s| s == text) {
            return Err(self.error(
                format!("multiple assignments to name '{text}' in pattern"),
                name.range.start(),
            ));
        }
        context.stores.push(text.to_owned());
        let dst = context.register(text);
        self.emit(Instruction::Move { dst, src });
        Ok(())
    }

    /// Jumps to `fail` unless `len(R[subject]) == size` (or `>=` if `at_least`).
    fn length_check(&mut self, subject: u32, size: usize, at_least: bool, fail: Label) {
        let length = self.temp();
        self.emit(Instruction::GetLen {
            dst: length,
            src: subject,
        });
        let expected = self.temp();
        self.load_const(expected, Constant::Int(size as i64));
        let cache = self.cache();
        self.emit(if at_least {
            Instruction::GreaterEqual {
                dst: length,
                lhs: length,
                rhs: expected,
                cache,
            }
        } else {
            Instruction::Equal {
                dst: length,
                lhs: length,
                rhs: expected,
                cache,
            }
        });
        self.emit_to(
            Instruction::JumpIfFalse {
                cond: length,
                offset: 0,
            },
            fail,
        );
        self.free_to(length);
    }

    fn or_pattern(
        &mut self,
        or: &'a ast::PatternMatchOr,
        subject: u32,
        fail: Label,
        context: &mut Context,
    ) -> Result {
        let end = self.label();
        let outer = std::mem::take(&mut context.stores);
        let allow = context.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        let last = or.patterns.len().saturating_sub(1);
        for (index, alternative) in or.patterns.iter().enumerate() {
            let next = if index == last { fail } else { self.label() };
            context.stores = Vec::new();
            context.allow_irrefutable = index == last && allow;
            let result = self.pattern(alternative, subject, next, context);
            context.allow_irrefutable = allow;
            result?;
            let stores = std::mem::take(&mut context.stores);
            match &control {
                None => control = Some(stores),
                Some(names) => {
                    if names.len() != stores.len() || names.iter().any(|n| !stores.contains(n)) {
                        return Err(self.error(
                            "alternative patterns bind different names",
                            or.range.start(),
                        ));
                    }
                }
            }
            if index != last {
                self.jump(end);
                self.bind(next);
            }
        }
        self.bind(end);
        context.stores = outer;
        for name in control.unwrap_or_default() {
            if context.stores.contains(&name) {
                return Err(self.error(
                    format!("multiple assignments to name '{name}' in pattern"),
                    or.range.start(),
                ));
            }
            context.stores.push(name);
        }
        Ok(())
    }

    fn sequence_pattern(
        &mut self,
        sequence: &'a ast::PatternMatchSequence,
        subject: u32,
        fail: Label,
        context: &mut Context,
    ) -> Result {
        let patterns = &sequence.patterns;
        let size = patterns.len();
        let mut star = None;
        for (index, pattern) in patterns.iter().enumerate() {
            if let Pattern::MatchStar(s) = pattern {
                if star.is_some() {
                    return Err(self.error(
                        "multiple starred names in sequence pattern",
                        s.range.start(),
                    ));
                }
                star = Some(index);
            }
        }
        let only_wildcard = patterns
            .iter()
            .all(|p| is_wildcard(p) || is_star_wildcard(p));
        let star_wildcard = star.is_some_and(|s| is_star_wildcard(&patterns[s]));
        let flag = self.temp();
        self.emit(Instruction::MatchSequence { dst: flag, subject });
        self.emit_to(
            Instruction::JumpIfFalse {
                cond: flag,
                offset: 0,
            },
            fail,
        );
        match star {
            None => self.length_check(subject, size, false, fail),
            Some(_) if size > 1 => self.length_check(subject, size - 1, true, fail),
            Some(_) => {}
        }
        if only_wildcard {
            return Ok(());
        }
        if let (Some(star), true) = (star, star_wildcard) {
            // `[a, *_, b]`: index the items, never copying the middle.
            for (index, pattern) in patterns.iter().enumerate() {
                if is_wildcard(pattern) || index == star {
                    continue;
                }
                let mark = self.top();
                let item = self.temp();
                let key = self.temp();
                if index < star {
                    self.load_const(key, Constant::Int(index as i64));
                } else {
                    // The subject may not support negative indices.
                    self.emit(Instruction::GetLen {
                        dst: key,
                        src: subject,
                    });
                    let back = self.temp();
                    self.load_const(back, Constant::Int((size - index) as i64));
                    let cache = self.cache();
                    self.emit(Instruction::Subtract {
                        dst: key,
                        lhs: key,
                        rhs: back,
                        cache,
                    });
                }
                let cache = self.cache();
                self.emit(Instruction::LoadSubscript {
                    dst: item,
                    obj: subject,
                    key,
                    cache,
                });
                self.subpattern(pattern, item, fail, context)?;
                self.free_to(mark);
            }
            return Ok(());
        }
        let base = self.top();
        for _ in 0..size {
            self.temp();
        }
        self.set_location(sequence.range);
        match star {
            None => self.emit(Instruction::UnpackSequence {
                base,
                src: subject,
                count: size as u32,
            }),
            Some(star) => {
                let (before, after) = (star as u32, (size - star - 1) as u32);
                if before >= 256 || after >= 1 << 24 {
                    return Err(self.error(
                        "too many sub-patterns in sequence pattern",
                        sequence.range.start(),
                    ));
                }
                self.emit(Instruction::UnpackEx {
                    base,
                    src: subject,
                    counts: before | after << 8,
                });
            }
        }
        for (index, pattern) in patterns.iter().enumerate() {
            if is_wildcard(pattern) || is_star_wildcard(pattern) {
                continue;
            }
            self.subpattern(pattern, base + index as u32, fail, context)?;
        }
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        mapping: &'a ast::PatternMatchMapping,
        subject: u32,
        fail: Label,
        context: &mut Context,
    ) -> Result {
        let flag = self.temp();
        self.emit(Instruction::MatchMapping { dst: flag, subject });
        self.emit_to(
            Instruction::JumpIfFalse {
                cond: flag,
                offset: 0,
            },
            fail,
        );
        let size = mapping.keys.len();
        if size == 0 && mapping.rest.is_none() {
            return Ok(());
        }
        if size > 0 {
            self.length_check(subject, size, true, fail);
        }
        let mut seen: Vec<Constant> = Vec::new();
        for key in &mapping.keys {
            match literal(key) {
                Some(constant) => {
                    if seen.iter().any(|s| same_key(s, &constant)) {
                        let message = format!(
                            "mapping pattern checks duplicate key ({})",
                            constant_repr(&constant)
                        );
                        return Err(self.error(message, key.range().start()));
                    }
                    seen.push(constant);
                }
                None if matches!(key, Expr::Attribute(_) | Expr::BinOp(_)) => {}
                None => {
                    return Err(self.error(
                        "mapping pattern keys may only match literals and attribute lookups",
                        key.range().start(),
                    ));
                }
            }
        }
        let keys = self.temp();
        let key_base = self.top();
        for key in &mapping.keys {
            let register = self.temp();
            self.expr_into(key, register)?;
        }
        self.set_location(mapping.range);
        self.emit(Instruction::BuildTuple {
            dst: keys,
            base: key_base,
            count: size as u32,
        });
        self.free_to(key_base);
        let values = self.temp();
        for _ in 0..size {
            self.temp();
        }
        self.emit(Instruction::MatchKeys {
            base: values,
            subject,
            keys,
        });
        self.emit_to(
            Instruction::JumpIfFalse {
                cond: values,
                offset: 0,
            },
            fail,
        );
        for (index, pattern) in mapping.patterns.iter().enumerate() {
            if is_wildcard(pattern) {
                continue;
            }
            self.subpattern(pattern, values + 1 + index as u32, fail, context)?;
        }
        if let Some(rest) = &mapping.rest {
            let copy = self.temp();
            self.set_location(mapping.range);
            self.emit(Instruction::CopyDictWithoutKeys {
                dst: copy,
                subject,
                keys,
            });
            self.capture(rest, copy, context)?;
        }
        Ok(())
    }

    fn class_pattern(
        &mut self,
        class: &'a ast::PatternMatchClass,
        subject: u32,
        fail: Label,
        context: &mut Context,
    ) -> Result {
        let arguments = &class.arguments;
        for (index, keyword) in arguments.keywords.iter().enumerate() {
            let attr = keyword.attr.as_str();
            if attr == "__debug__" {
                return Err(self.error("cannot assign to __debug__", keyword.range.start()));
            }
            if arguments.keywords[index + 1..]
                .iter()
                .any(|k| k.attr.as_str() == attr)
            {
                return Err(self.error(
                    format!("attribute name repeated in class pattern: {attr}"),
                    keyword.range.start(),
                ));
            }
        }
        let base = self.temp();
        self.expr_into(&class.cls, base)?;
        let count = arguments.patterns.len() + arguments.keywords.len();
        for _ in 0..count {
            self.temp();
        }
        let names: Vec<Constant> = arguments
            .keywords
            .iter()
            .map(|k| Constant::Str(Arc::from(k.attr.as_str())))
            .collect();
        let kwnames = self.constant(Constant::Tuple(names.into()));
        self.set_location(class.range);
        self.emit(Instruction::MatchClass {
            base,
            subject,
            nargs: arguments.patterns.len() as u32,
            kwnames,
        });
        self.emit_to(
            Instruction::JumpIfFalse {
                cond: base,
                offset: 0,
            },
            fail,
        );
        let patterns = arguments
            .patterns
            .iter()
            .chain(arguments.keywords.iter().map(|k| &k.pattern));
        for (index, pattern) in patterns.enumerate() {
            if is_wildcard(pattern) {
                continue;
            }
            self.subpattern(pattern, base + 1 + index as u32, fail, context)?;
        }
        Ok(())
    }
}
