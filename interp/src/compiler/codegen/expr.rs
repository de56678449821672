//! Expressions: every form evaluates into a destination register; operands
//! that are bound locals are read in place, everything else goes through a
//! temporary. Calls evaluate the callee and arguments into a window of
//! consecutive temporaries.

use std::sync::Arc;

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::super::constants::literal;
use super::{scope, Compiler, Result};
use crate::bytecode::{Constant, Instruction};

/// Whether evaluating `expr` into a register writes it only once, at the
/// end, so that an assignment may target a local's register directly.
pub(super) fn writes_once(expr: &Expr) -> bool {
    match expr {
        Expr::BoolOp(_) | Expr::If(_) | Expr::Named(_) => false,
        Expr::Compare(compare) => compare.ops.len() == 1,
        _ => true,
    }
}

/// Where a subscript's key is: a register, or a constant operand.
#[derive(Clone, Copy)]
pub(super) enum SubscriptKey {
    Register(u32),
    Constant(u32),
}

impl<'a> Compiler<'a> {
    /// A register holding the value of `expr`: a local's own register when
    /// safe, else a new temporary.
    pub(super) fn operand(&mut self, expr: &'a Expr) -> Result<u32> {
        if let Expr::Name(name) = expr {
            self.set_location(name.range);
            if let Some(register) = self.readable_local(name.id.as_str()) {
                return Ok(register);
            }
        }
        let register = self.temp();
        self.expr_into(expr, register)?;
        Ok(register)
    }

    /// Evaluates `expr` into `dst`.
    pub(super) fn expr_into(&mut self, expr: &'a Expr, dst: u32) -> Result {
        self.nested(|c| {
            let mark = c.top();
            c.set_location(expr.range());
            let result = c.expr_inner(expr, dst);
            c.free_to(mark.max(dst + 1));
            result
        })
    }

    fn expr_inner(&mut self, expr: &'a Expr, dst: u32) -> Result {
        if let Some(constant) = literal(expr) {
            self.load_const(dst, constant);
            return Ok(());
        }
        match expr {
            Expr::Name(name) => self.load_name(name.id.as_str(), dst),
            Expr::BinOp(op) => {
                let lhs = self.operand(&op.left)?;
                if let Some(instruction) =
                    self.binary_with_literal(op.op, false, dst, lhs, &op.right)
                {
                    self.set_location(op.range);
                    self.emit(instruction);
                    return Ok(());
                }
                let rhs = self.operand(&op.right)?;
                self.set_location(op.range);
                let cache = self.cache();
                self.emit(binary(op.op, false, dst, lhs, rhs, cache));
            }
            Expr::UnaryOp(op) => {
                let src = self.operand(&op.operand)?;
                self.set_location(op.range);
                self.emit(match op.op {
                    ast::UnaryOp::Not => Instruction::Not { dst, src },
                    ast::UnaryOp::USub => Instruction::Negative { dst, src },
                    ast::UnaryOp::UAdd => Instruction::Positive { dst, src },
                    ast::UnaryOp::Invert => Instruction::Invert { dst, src },
                });
            }
            Expr::BoolOp(op) => {
                let end = self.label();
                for (index, value) in op.values.iter().enumerate() {
                    self.expr_into(value, dst)?;
                    if index + 1 < op.values.len() {
                        let jump = match op.op {
                            ast::BoolOp::And => Instruction::JumpIfFalse {
                                cond: dst,
                                offset: 0,
                            },
                            ast::BoolOp::Or => Instruction::JumpIfTrue {
                                cond: dst,
                                offset: 0,
                            },
                        };
                        self.emit_to(jump, end);
                    }
                }
                self.bind(end);
            }
            Expr::Compare(compare) => self.compare(compare, dst)?,
            Expr::If(if_) => {
                let orelse = self.label();
                let end = self.label();
                let cond = self.operand(&if_.test)?;
                self.emit_to(Instruction::JumpIfFalse { cond, offset: 0 }, orelse);
                self.expr_into(&if_.body, dst)?;
                self.jump(end);
                self.bind(orelse);
                self.expr_into(&if_.orelse, dst)?;
                self.bind(end);
            }
            Expr::Named(named) => {
                self.expr_into(&named.value, dst)?;
                self.set_location(named.range);
                self.store_target(&named.target, dst)?;
            }
            Expr::Lambda(lambda) => scope::lambda(self, lambda, dst)?,
            Expr::Dict(dict) => self.dict(dict, dst)?,
            Expr::Set(set) => self.sequence(&set.elts, Display::Set, dst)?,
            Expr::List(list) => self.sequence(&list.elts, Display::List, dst)?,
            Expr::Tuple(tuple) => self.sequence(&tuple.elts, Display::Tuple, dst)?,
            Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => {
                scope::comprehension(self, expr, dst)?
            }
            Expr::Await(await_) => {
                return Err(self.unsupported("async and await", await_.range.start()))
            }
            Expr::Yield(yield_) => {
                let src = match &yield_.value {
                    Some(value) => self.operand(value)?,
                    None => {
                        let t = self.temp();
                        self.load_const(t, Constant::None);
                        t
                    }
                };
                self.set_location(yield_.range);
                self.emit(Instruction::Yield { dst, src });
            }
            Expr::YieldFrom(yield_) => {
                let value = self.operand(&yield_.value)?;
                let iter = self.temp();
                self.set_location(yield_.range);
                self.emit(Instruction::GetYieldFromIter {
                    dst: iter,
                    src: value,
                });
                self.emit(Instruction::YieldFrom { dst, iter });
            }
            Expr::Call(call) => self.call(call, dst)?,
            Expr::FString(fstring) => self.fstring(fstring, dst)?,
            Expr::TString(tstring) => {
                return Err(self.unsupported("template strings", tstring.range.start()))
            }
            Expr::Attribute(attribute) => {
                let obj = self.operand(&attribute.value)?;
                self.set_location(attribute.range);
                let name = self.name_index(attribute.attr.as_str());
                let cache = self.attr_cache();
                self.emit(Instruction::LoadAttr {
                    dst,
                    obj,
                    name,
                    cache,
                });
            }
            Expr::Subscript(subscript) => {
                let obj = self.operand(&subscript.value)?;
                if let Some((base, count)) = self.slice_parts(&subscript.slice)? {
                    self.set_location(subscript.range);
                    self.emit(Instruction::LoadSlice {
                        dst,
                        obj,
                        base,
                        count,
                    });
                    return Ok(());
                }
                let key = self.subscript_key(&subscript.slice)?;
                self.set_location(subscript.range);
                self.load_subscript(dst, obj, key);
            }
            Expr::Slice(slice) => {
                let base = self.top();
                let parts = [&slice.lower, &slice.upper, &slice.step];
                let count = if slice.step.is_some() { 3 } else { 2 };
                for part in parts.iter().take(count) {
                    let register = self.temp();
                    match part {
                        Some(part) => self.expr_into(part, register)?,
                        None => self.load_const(register, Constant::None),
                    }
                }
                self.set_location(slice.range);
                self.emit(Instruction::BuildSlice {
                    dst,
                    base,
                    count: count as u32,
                });
            }
            Expr::Starred(starred) => {
                return Err(self.error("can't use starred expression here", starred.range.start()))
            }
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {
                return Err(self.error("invalid literal", expr.range().start()));
            }
            Expr::IpyEscapeCommand(command) => {
                return Err(self.error("invalid syntax", command.range.start()))
            }
        }
        Ok(())
    }

    fn compare(&mut self, compare: &'a ast::ExprCompare, dst: u32) -> Result {
        let end = self.label();
        let mut lhs = self.operand(&compare.left)?;
        let count = compare.ops.len();
        for (index, (op, right)) in compare
            .ops
            .iter()
            .zip(compare.comparators.iter())
            .enumerate()
        {
            // The last comparison of a chain may take a literal as it is
            // (an earlier one's right operand is the next one's left).
            if index + 1 == count {
                if let Some(instruction) = self.compare_with_literal(*op, dst, lhs, right) {
                    self.set_location(compare.range);
                    self.emit(instruction);
                    break;
                }
            }
            self.membership_operand =
                matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) && matches!(right, Expr::Set(_));
            let rhs = self.operand(right);
            self.membership_operand = false;
            let rhs = rhs?;
            self.set_location(compare.range);
            let cache = self.cache();
            self.emit(match op {
                ast::CmpOp::Eq => Instruction::Equal {
                    dst,
                    lhs,
                    rhs,
                    cache,
                },
                ast::CmpOp::NotEq => Instruction::NotEqual {
                    dst,
                    lhs,
                    rhs,
                    cache,
                },
                ast::CmpOp::Lt => Instruction::Less {
                    dst,
                    lhs,
                    rhs,
                    cache,
                },
                ast::CmpOp::LtE => Instruction::LessEqual {
                    dst,
                    lhs,
                    rhs,
                    cache,
                },
                ast::CmpOp::Gt => Instruction::Greater {
                    dst,
                    lhs,
                    rhs,
                    cache,
                },
                ast::CmpOp::GtE => Instruction::GreaterEqual {
                    dst,
                    lhs,
                    rhs,
                    cache,
                },
                ast::CmpOp::Is => Instruction::Is { dst, lhs, rhs },
                ast::CmpOp::IsNot => Instruction::IsNot { dst, lhs, rhs },
                ast::CmpOp::In => Instruction::Contains {
                    dst,
                    item: lhs,
                    container: rhs,
                },
                ast::CmpOp::NotIn => Instruction::NotContains {
                    dst,
                    item: lhs,
                    container: rhs,
                },
            });
            if index + 1 < count {
                self.emit_to(
                    Instruction::JumpIfFalse {
                        cond: dst,
                        offset: 0,
                    },
                    end,
                );
            }
            lhs = rhs;
        }
        self.bind(end);
        Ok(())
    }

    /// A list, tuple or set display; starred items build through a list.
    pub(super) fn sequence(&mut self, items: &'a [Expr], kind: Display, dst: u32) -> Result {
        let membership_operand = std::mem::take(&mut self.membership_operand);
        let starred = items
            .iter()
            .position(|item| matches!(item, Expr::Starred(_)));
        // CPython folds a set display of more than two constants into a
        // frozenset constant that it merges into a new set, which decides
        // the iteration order (`BuildConstSet`); an `in` test's container
        // is only looked into.
        let const_set = matches!(kind, Display::Set)
            && !membership_operand
            && items.len() > 2
            && items.iter().all(is_folded_constant);
        let Some(first_star) = starred else {
            let base = self.top();
            for item in items {
                let register = self.temp();
                self.expr_into(item, register)?;
            }
            let count = items.len() as u32;
            self.emit(match kind {
                Display::List => Instruction::BuildList { dst, base, count },
                Display::Tuple => Instruction::BuildTuple { dst, base, count },
                Display::Set if const_set => Instruction::BuildConstSet { dst, base, count },
                Display::Set => Instruction::BuildSet { dst, base, count },
            });
            return Ok(());
        };
        let base = self.top();
        for item in &items[..first_star] {
            let register = self.temp();
            self.expr_into(item, register)?;
        }
        let collection = self.temp();
        let count = first_star as u32;
        self.emit(match kind {
            Display::Set => Instruction::BuildSet {
                dst: collection,
                base,
                count,
            },
            _ => Instruction::BuildList {
                dst: collection,
                base,
                count,
            },
        });
        for item in &items[first_star..] {
            let mark = self.top();
            match item {
                Expr::Starred(starred) => {
                    let value = self.operand(&starred.value)?;
                    self.emit(match kind {
                        Display::Set => Instruction::SetUpdate {
                            set: collection,
                            iterable: value,
                        },
                        _ => Instruction::ListExtend {
                            list: collection,
                            iterable: value,
                        },
                    });
                }
                other => {
                    let value = self.operand(other)?;
                    self.emit(match kind {
                        Display::Set => Instruction::SetAdd {
                            set: collection,
                            item: value,
                        },
                        _ => Instruction::ListAppend {
                            list: collection,
                            item: value,
                        },
                    });
                }
            }
            self.free_to(mark);
        }
        self.emit(match kind {
            Display::Tuple => Instruction::ListToTuple {
                dst,
                list: collection,
            },
            _ => Instruction::Move {
                dst,
                src: collection,
            },
        });
        Ok(())
    }

    fn dict(&mut self, dict: &'a ast::ExprDict, dst: u32) -> Result {
        let split = dict
            .items
            .iter()
            .position(|item| item.key.is_none())
            .unwrap_or(dict.items.len());
        let base = self.top();
        for item in &dict.items[..split] {
            let key = self.temp();
            if let Some(k) = &item.key {
                self.expr_into(k, key)?;
            }
            let value = self.temp();
            self.expr_into(&item.value, value)?;
        }
        let map = if split == dict.items.len() {
            dst
        } else {
            self.temp()
        };
        self.emit(Instruction::BuildMap {
            dst: map,
            base,
            count: split as u32,
        });
        for item in &dict.items[split..] {
            let mark = self.top();
            match &item.key {
                Some(k) => {
                    let key = self.operand(k)?;
                    let value = self.operand(&item.value)?;
                    self.emit(Instruction::MapInsert { map, key, value });
                }
                None => {
                    let src = self.operand(&item.value)?;
                    self.emit(Instruction::MapUpdate { map, src });
                }
            }
            self.free_to(mark);
        }
        if map != dst {
            self.emit(Instruction::Move { dst, src: map });
        }
        Ok(())
    }

    fn fstring(&mut self, fstring: &'a ast::ExprFString, dst: u32) -> Result {
        let base = self.top();
        let mut count = 0u32;
        for part in fstring.value.as_slice() {
            match part {
                ast::FStringPart::Literal(literal) => {
                    if !literal.value.is_empty() {
                        let register = self.temp();
                        self.load_const(register, Constant::Str(Arc::from(&*literal.value)));
                        count += 1;
                    }
                }
                ast::FStringPart::FString(fstring) => {
                    count += self.interpolated(&fstring.elements)?
                }
            }
        }
        match count {
            0 => self.load_const(dst, Constant::Str(Arc::from(""))),
            1 => self.emit(Instruction::Move { dst, src: base }),
            _ => self.emit(Instruction::BuildString { dst, base, count }),
        }
        Ok(())
    }

    /// Pushes the pieces of an f-string (or format spec) onto new
    /// temporaries; returns how many.
    fn interpolated(&mut self, elements: &'a ast::InterpolatedStringElements) -> Result<u32> {
        let mut count = 0;
        for element in elements.iter() {
            match element {
                ast::InterpolatedStringElement::Literal(literal) => {
                    let register = self.temp();
                    self.load_const(register, Constant::Str(Arc::from(&*literal.value)));
                }
                ast::InterpolatedStringElement::Interpolation(field) => {
                    let mut conversion = field.conversion;
                    if let Some(debug) = &field.debug_text {
                        let register = self.temp();
                        self.load_const(register, Constant::Str(Arc::from(debug.as_str())));
                        count += 1;
                        if conversion == ast::ConversionFlag::None && field.format_spec.is_none() {
                            conversion = ast::ConversionFlag::Repr;
                        }
                    }
                    let piece = self.temp();
                    let value = self.operand(&field.expression)?;
                    self.set_location(field.range);
                    let value = match conversion {
                        ast::ConversionFlag::None => value,
                        flag => {
                            let kind = match flag {
                                ast::ConversionFlag::Str => 1,
                                ast::ConversionFlag::Repr => 2,
                                _ => 3,
                            };
                            self.emit(Instruction::Convert {
                                dst: piece,
                                src: value,
                                kind,
                            });
                            piece
                        }
                    };
                    match &field.format_spec {
                        Some(spec) => {
                            let spec_base = self.top();
                            let pieces = self.interpolated(&spec.elements)?;
                            let spec_register = match pieces {
                                0 => {
                                    let r = self.temp();
                                    self.load_const(r, Constant::Str(Arc::from("")));
                                    r
                                }
                                1 => spec_base,
                                _ => {
                                    self.emit(Instruction::BuildString {
                                        dst: spec_base,
                                        base: spec_base,
                                        count: pieces,
                                    });
                                    spec_base
                                }
                            };
                            self.emit(Instruction::FormatWithSpec {
                                dst: piece,
                                src: value,
                                spec: spec_register,
                            });
                        }
                        None => self.emit(Instruction::FormatSimple {
                            dst: piece,
                            src: value,
                        }),
                    }
                    self.free_to(piece + 1);
                }
            }
            count += 1;
        }
        Ok(count)
    }

    /// A call: `dst := func(args)`.
    fn call(&mut self, call: &'a ast::ExprCall, dst: u32) -> Result {
        let arguments = &call.arguments;
        let simple = !arguments.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && arguments.keywords.iter().all(|k| k.arg.is_some());
        // A temporary at the top of the stack receives the result in place.
        let base = if dst >= self.unit().local_names.len() as u32 && dst + 1 == self.top() {
            dst
        } else {
            self.temp()
        };
        if let (Expr::Attribute(attribute), true, true) =
            (&*call.func, simple, arguments.keywords.is_empty())
        {
            // Method call: no bound-method object is made.
            let obj = self.operand(&attribute.value)?;
            self.set_location(attribute.range);
            self.temp();
            self.free_to(base + 2);
            let name = self.name_index(attribute.attr.as_str());
            let cache = self.attr_cache();
            self.emit(Instruction::LoadMethod {
                base,
                obj,
                name,
                cache,
            });
            for arg in arguments.args.iter() {
                let register = self.temp();
                self.expr_into(arg, register)?;
            }
            self.set_location(call.range());
            let cache = self.cache();
            self.emit(Instruction::CallMethod {
                base,
                argc: arguments.args.len() as u32,
                cache,
            });
        } else {
            self.expr_into(&call.func, base)?;
            self.call_arguments(base, 0, &arguments.args, &arguments.keywords, call.range())?;
        }
        if dst != base {
            // The window is dead: move its reference instead of copying it.
            self.emit(Instruction::Take { dst, src: base });
        }
        Ok(())
    }

    /// Evaluates arguments after the `leading` ones already in
    /// `R[base+1..]` and calls `R[base]`, leaving the result in `R[base]`.
    pub(super) fn call_arguments(
        &mut self,
        base: u32,
        leading: u32,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        range: ruff_text_size::TextRange,
    ) -> Result {
        let mut seen = std::collections::HashSet::new();
        for keyword in keywords {
            if let Some(arg) = &keyword.arg {
                if !seen.insert(arg.as_str()) {
                    return Err(self.error(
                        format!("keyword argument repeated: {arg}"),
                        keyword.range.start(),
                    ));
                }
            }
        }
        let simple = !args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && keywords.iter().all(|k| k.arg.is_some());
        if simple {
            self.free_to(base + 1 + leading);
            for arg in args {
                let register = self.temp();
                self.expr_into(arg, register)?;
            }
            for keyword in keywords {
                let register = self.temp();
                self.expr_into(&keyword.value, register)?;
            }
            self.set_location(range);
            let argc = leading + (args.len() + keywords.len()) as u32;
            let cache = self.cache();
            if keywords.is_empty() {
                self.emit(Instruction::Call { base, argc, cache });
            } else {
                let names: Vec<Constant> = keywords
                    .iter()
                    .filter_map(|k| k.arg.as_ref())
                    .map(|a| Constant::Str(Arc::from(a.as_str())))
                    .collect();
                let kwnames = self.constant(Constant::Tuple(names.into()));
                self.emit(Instruction::CallKw {
                    base,
                    argc,
                    kwnames,
                    cache,
                });
            }
            return Ok(());
        }
        // General form: f(*args_tuple, **kwargs_dict).
        let positional = self.temp();
        let list = positional;
        self.emit(Instruction::BuildList {
            dst: list,
            base: base + 1,
            count: leading,
        });
        let kwargs = self.temp();
        for arg in args {
            let mark = self.top();
            match arg {
                Expr::Starred(starred) => {
                    let value = self.operand(&starred.value)?;
                    self.emit(Instruction::ArgsExtend {
                        list,
                        iterable: value,
                        callee: base,
                    });
                }
                other => {
                    let value = self.operand(other)?;
                    self.emit(Instruction::ListAppend { list, item: value });
                }
            }
            self.free_to(mark);
        }
        let has_kwargs = !keywords.is_empty();
        if has_kwargs {
            self.emit(Instruction::BuildMap {
                dst: kwargs,
                base: kwargs,
                count: 0,
            });
            for keyword in keywords {
                let mark = self.top();
                let value = self.operand(&keyword.value)?;
                match &keyword.arg {
                    Some(name) => {
                        let key = self.temp();
                        self.load_const(key, Constant::Str(Arc::from(name.as_str())));
                        let one = self.temp();
                        self.emit(Instruction::BuildMap {
                            dst: one,
                            base: key,
                            count: 0,
                        });
                        self.emit(Instruction::MapInsert {
                            map: one,
                            key,
                            value,
                        });
                        self.emit(Instruction::MapMerge {
                            map: kwargs,
                            src: one,
                            callee: base,
                        });
                    }
                    None => self.emit(Instruction::MapMerge {
                        map: kwargs,
                        src: value,
                        callee: base,
                    }),
                }
                self.free_to(mark);
            }
        }
        self.set_location(range);
        self.emit(Instruction::ListToTuple {
            dst: base + 1,
            list,
        });
        if has_kwargs && kwargs != base + 2 {
            self.emit(Instruction::Move {
                dst: base + 2,
                src: kwargs,
            });
        }
        self.emit(Instruction::CallEx {
            base,
            has_kwargs: u32::from(has_kwargs),
        });
        Ok(())
    }
}

/// Which display a starred sequence builds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Display {
    List,
    Tuple,
    Set,
}

impl<'a> Compiler<'a> {
    /// `lhs op right` as one instruction with a constant operand, when
    /// `right` is a literal and the operator has such a form.
    /// A subscript's key: a literal becomes a constant operand (`b[3]`,
    /// `d["x"]`: no register, no load), anything else a register.
    /// For a subscript `a:b` or `a:b:c`: its parts compiled into
    /// consecutive temporaries (`None` for an absent bound), for
    /// `LoadSlice`/`StoreSlice`: the first register and the count. `None`
    /// for any other key.
    pub(super) fn slice_parts(&mut self, key: &'a Expr) -> Result<Option<(u32, u32)>> {
        let Expr::Slice(slice) = key else {
            return Ok(None);
        };
        let base = self.top();
        let count = if slice.step.is_some() { 3 } else { 2 };
        for part in [&slice.lower, &slice.upper, &slice.step]
            .into_iter()
            .take(count)
        {
            let register = self.temp();
            match part {
                Some(part) => self.expr_into(part, register)?,
                None => self.load_const(register, Constant::None),
            }
        }
        Ok(Some((base, count as u32)))
    }

    pub(super) fn subscript_key(&mut self, slice: &'a Expr) -> Result<SubscriptKey> {
        Ok(match literal(slice) {
            Some(value) => SubscriptKey::Constant(self.constant(value)),
            None => SubscriptKey::Register(self.operand(slice)?),
        })
    }

    /// `R[dst] := R[obj][key]`.
    pub(super) fn load_subscript(&mut self, dst: u32, obj: u32, key: SubscriptKey) {
        let instruction = match key {
            SubscriptKey::Register(key) => {
                let cache = self.cache();
                Instruction::LoadSubscript {
                    dst,
                    obj,
                    key,
                    cache,
                }
            }
            SubscriptKey::Constant(constant) => {
                Instruction::LoadSubscriptConst { dst, obj, constant }
            }
        };
        self.emit(instruction);
    }

    /// `R[obj][key] := R[src]`.
    pub(super) fn store_subscript(&mut self, obj: u32, key: SubscriptKey, src: u32) {
        self.emit(match key {
            SubscriptKey::Register(key) => Instruction::StoreSubscript { obj, key, src },
            SubscriptKey::Constant(constant) => {
                Instruction::StoreSubscriptConst { obj, constant, src }
            }
        });
    }

    pub(super) fn binary_with_literal(
        &mut self,
        op: ast::Operator,
        inplace: bool,
        dst: u32,
        lhs: u32,
        right: &Expr,
    ) -> Option<Instruction> {
        use ast::Operator as O;
        let value = literal(right)?;
        let make: fn(u32, u32, u32) -> Instruction = match (op, inplace) {
            (O::Add, false) => |dst, lhs, constant| Instruction::AddConst { dst, lhs, constant },
            (O::Sub, false) => {
                |dst, lhs, constant| Instruction::SubtractConst { dst, lhs, constant }
            }
            (O::Mult, false) => {
                |dst, lhs, constant| Instruction::MultiplyConst { dst, lhs, constant }
            }
            (O::Div, false) => {
                |dst, lhs, constant| Instruction::TrueDivideConst { dst, lhs, constant }
            }
            (O::FloorDiv, false) => {
                |dst, lhs, constant| Instruction::FloorDivideConst { dst, lhs, constant }
            }
            (O::Mod, false) => {
                |dst, lhs, constant| Instruction::RemainderConst { dst, lhs, constant }
            }
            (O::Add, true) => {
                |dst, lhs, constant| Instruction::InplaceAddConst { dst, lhs, constant }
            }
            (O::Sub, true) => {
                |dst, lhs, constant| Instruction::InplaceSubtractConst { dst, lhs, constant }
            }
            (O::Mult, true) => {
                |dst, lhs, constant| Instruction::InplaceMultiplyConst { dst, lhs, constant }
            }
            _ => return None,
        };
        let constant = self.constant(value);
        Some(make(dst, lhs, constant))
    }

    /// `lhs op right` for a comparison with a literal on the right.
    fn compare_with_literal(
        &mut self,
        op: ast::CmpOp,
        dst: u32,
        lhs: u32,
        right: &Expr,
    ) -> Option<Instruction> {
        use ast::CmpOp as C;
        let value = literal(right)?;
        let make: fn(u32, u32, u32) -> Instruction = match op {
            C::Lt => |dst, lhs, constant| Instruction::LessConst { dst, lhs, constant },
            C::LtE => |dst, lhs, constant| Instruction::LessEqualConst { dst, lhs, constant },
            C::Eq => |dst, lhs, constant| Instruction::EqualConst { dst, lhs, constant },
            C::NotEq => |dst, lhs, constant| Instruction::NotEqualConst { dst, lhs, constant },
            C::Gt => |dst, lhs, constant| Instruction::GreaterConst { dst, lhs, constant },
            C::GtE => |dst, lhs, constant| Instruction::GreaterEqualConst { dst, lhs, constant },
            C::Is => |dst, lhs, constant| Instruction::IsConst { dst, lhs, constant },
            C::IsNot => |dst, lhs, constant| Instruction::IsNotConst { dst, lhs, constant },
            _ => return None,
        };
        let constant = self.constant(value);
        Some(make(dst, lhs, constant))
    }
}

/// The instruction for a binary or augmented operator.
pub(super) fn binary(
    op: ast::Operator,
    inplace: bool,
    dst: u32,
    lhs: u32,
    rhs: u32,
    cache: u32,
) -> Instruction {
    use ast::Operator as O;
    macro_rules! pick {
        ($plain:ident, $aug:ident) => {
            if inplace {
                Instruction::$aug {
                    dst,
                    lhs,
                    rhs,
                    cache,
                }
            } else {
                Instruction::$plain {
                    dst,
                    lhs,
                    rhs,
                    cache,
                }
            }
        };
    }
    match op {
        O::Add => pick!(Add, InplaceAdd),
        O::Sub => pick!(Subtract, InplaceSubtract),
        O::Mult => pick!(Multiply, InplaceMultiply),
        O::MatMult => pick!(MatrixMultiply, InplaceMatrixMultiply),
        O::Div => pick!(TrueDivide, InplaceTrueDivide),
        O::Mod => pick!(Remainder, InplaceRemainder),
        O::Pow => pick!(Power, InplacePower),
        O::LShift => pick!(LeftShift, InplaceLeftShift),
        O::RShift => pick!(RightShift, InplaceRightShift),
        O::BitOr => pick!(BitOr, InplaceBitOr),
        O::BitXor => pick!(BitXor, InplaceBitXor),
        O::BitAnd => pick!(BitAnd, InplaceBitAnd),
        O::FloorDiv => pick!(FloorDivide, InplaceFloorDivide),
    }
}

/// Whether CPython's AST optimizer makes `e` a constant (the cases a set
/// display holds in practice): literals, signed numbers, tuples of such.
fn is_folded_constant(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_) => true,
        Expr::UnaryOp(u) => {
            matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd)
                && matches!(*u.operand, Expr::NumberLiteral(_))
        }
        Expr::Tuple(t) => t.elts.iter().all(is_folded_constant),
        _ => false,
    }
}
