//! Assignment targets: names, attributes, subscripts and slices, tuple and
//! list unpacking with one starred target; augmented assignment; `del`.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::super::targets::expr_name;
use super::expr::{binary, writes_once};
use super::{Access, Compiler, Result};
use crate::bytecode::Instruction;

impl<'a> Compiler<'a> {
    /// `targets[0] = targets[1] = ... = value`.
    pub(super) fn assign(&mut self, targets: &'a [Expr], value: &'a Expr) -> Result {
        // A single local target of a value computed in one final write can
        // receive it directly: `x = a + b` is one `Add`.
        if let [Expr::Name(name)] = targets {
            if let Access::Register(register) = self.access(name.id.as_str(), true) {
                if writes_once(value) {
                    self.expr_into(value, register)?;
                    self.unit().bound.insert(register);
                    return Ok(());
                }
            }
        }
        if let [target @ (Expr::Attribute(_) | Expr::Subscript(_))] = targets {
            // `self.x = x`, `a[i] = x`: the local's register is stored as
            // it stands (`readable_local` rules out a walrus in the target
            // changing it first), with no copy into a temporary.
            if let Expr::Name(name) = value {
                if let Some(register) = self.readable_local(name.id.as_str()) {
                    return self.store_target(target, register);
                }
            }
        }
        if let [target] = targets {
            if let Some(pairs) = parallel_assignment(target, value) {
                // `a, b = b, a + b`: no tuple is built and unpacked. Every
                // value goes to its own temporary first, then the targets
                // are stored left to right (as CPython's compiler does).
                let temps: Vec<u32> = pairs.iter().map(|_| self.temp()).collect();
                for ((_, value), &temp) in pairs.iter().zip(&temps) {
                    self.expr_into(value, temp)?;
                }
                for ((target, _), &temp) in pairs.iter().zip(&temps) {
                    self.store_target(target, temp)?;
                }
                return Ok(());
            }
        }
        let src = self.temp();
        self.expr_into(value, src)?;
        for target in targets {
            self.store_target(target, src)?;
        }
        Ok(())
    }

    /// Stores `R[src]` into an assignment target.
    pub(super) fn store_target(&mut self, target: &'a Expr, src: u32) -> Result {
        self.nested(|c| {
            let mark = c.top();
            let result = c.store_target_inner(target, src);
            c.free_to(mark);
            result
        })
    }

    fn store_target_inner(&mut self, target: &'a Expr, src: u32) -> Result {
        match target {
            Expr::Name(name) => {
                if name.id.as_str() == "__debug__" {
                    return Err(self.error("cannot assign to __debug__", name.range));
                }
                self.set_location(name.range);
                self.store_name(name.id.as_str(), src);
            }
            Expr::Attribute(attribute) => {
                let obj = self.operand(&attribute.value)?;
                self.set_location(attribute.range);
                let name = self.name_index(attribute.attr.as_str());
                let cache = self.attr_cache();
                self.emit(Instruction::StoreAttr {
                    obj,
                    name,
                    src,
                    cache,
                });
            }
            Expr::Subscript(subscript) => {
                let obj = self.operand(&subscript.value)?;
                if let Some((base, count)) = self.slice_parts(&subscript.slice)? {
                    self.set_location(subscript.range);
                    self.emit(Instruction::StoreSlice {
                        obj,
                        base,
                        count,
                        src,
                    });
                    return Ok(());
                }
                let key = self.subscript_key(&subscript.slice)?;
                self.set_location(subscript.range);
                self.store_subscript(obj, key, src);
            }
            Expr::Tuple(ast::ExprTuple { elts, range, .. })
            | Expr::List(ast::ExprList { elts, range, .. }) => {
                self.unpack(elts, src, *range)?;
            }
            Expr::Starred(starred) => {
                return Err(self.error(
                    "starred assignment target must be in a list or tuple",
                    starred.range,
                ));
            }
            other => {
                return Err(self.error(
                    format!("cannot assign to {}", expr_name(other)),
                    other.range().start(),
                ))
            }
        }
        Ok(())
    }

    fn unpack(&mut self, elts: &'a [Expr], src: u32, range: ruff_text_size::TextRange) -> Result {
        let stars: Vec<usize> = elts
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e, Expr::Starred(_)))
            .map(|(i, _)| i)
            .collect();
        if stars.len() > 1 {
            return Err(self.error("multiple starred expressions in assignment", range));
        }
        let base = self.top();
        for _ in elts {
            self.temp();
        }
        self.set_location(range);
        match stars.first() {
            None => self.emit(Instruction::UnpackSequence {
                base,
                src,
                count: elts.len() as u32,
            }),
            Some(&star) => {
                let before = star as u32;
                let after = (elts.len() - star - 1) as u32;
                if before >= 256 || after >= 1 << 24 {
                    return Err(self.error(
                        "too many expressions in star-unpacking assignment",
                        range.start(),
                    ));
                }
                self.emit(Instruction::UnpackEx {
                    base,
                    src,
                    counts: before | after << 8,
                });
            }
        }
        for (index, element) in elts.iter().enumerate() {
            let element = match element {
                Expr::Starred(starred) => &*starred.value,
                other => other,
            };
            self.store_target(element, base + index as u32)?;
        }
        Ok(())
    }

    /// `target op= value`: the target's parts are evaluated once.
    pub(super) fn augmented(&mut self, aug: &'a ast::StmtAugAssign) -> Result {
        match &*aug.target {
            Expr::Name(name) => {
                let id = name.id.as_str();
                if id == "__debug__" {
                    return Err(self.error("cannot assign to __debug__", name.range));
                }
                let current = match self.access(id, false) {
                    Access::Register(register) => {
                        self.check_bound(register);
                        register
                    }
                    _ => {
                        let t = self.temp();
                        self.load_name(id, t);
                        t
                    }
                };
                let dst = match self.access(id, true) {
                    Access::Register(register) => register,
                    _ => current,
                };
                let instruction =
                    match self.binary_with_literal(aug.op, true, dst, current, &aug.value) {
                        Some(instruction) => instruction,
                        None => {
                            let rhs = self.operand(&aug.value)?;
                            binary(aug.op, true, dst, current, rhs, self.cache())
                        }
                    };
                self.set_location(aug.range);
                self.emit(instruction);
                self.store_name(id, dst);
            }
            Expr::Attribute(attribute) => {
                let obj = self.operand(&attribute.value)?;
                let name = self.name_index(attribute.attr.as_str());
                let current = self.temp();
                self.set_location(attribute.range);
                let cache = self.attr_cache();
                self.emit(Instruction::LoadAttr {
                    dst: current,
                    obj,
                    name,
                    cache,
                });
                let rhs = self.operand(&aug.value)?;
                self.set_location(aug.range);
                let cache = self.cache();
                self.emit(binary(aug.op, true, current, current, rhs, cache));
                let cache = self.attr_cache();
                self.emit(Instruction::StoreAttr {
                    obj,
                    name,
                    src: current,
                    cache,
                });
            }
            Expr::Subscript(subscript) => {
                let obj = self.operand(&subscript.value)?;
                let key = self.subscript_key(&subscript.slice)?;
                let current = self.temp();
                self.set_location(subscript.range);
                self.load_subscript(current, obj, key);
                let rhs = self.operand(&aug.value)?;
                self.set_location(aug.range);
                let cache = self.cache();
                self.emit(binary(aug.op, true, current, current, rhs, cache));
                self.store_subscript(obj, key, current);
            }
            other => {
                return Err(self.error(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_name(other)
                    ),
                    other.range().start(),
                ))
            }
        }
        Ok(())
    }

    /// `del target`.
    pub(super) fn delete(&mut self, target: &'a Expr) -> Result {
        self.nested(|c| {
            let mark = c.top();
            c.set_location(target.range());
            match target {
                Expr::Name(name) => {
                    // `del x` says "let the object go": temporaries of
                    // earlier statements may still hold it (registers are
                    // overwritten, not cleared), so they are cleared first,
                    // as CPython's stack would have popped them.
                    let (top, max) = (c.top(), c.unit_ref().max_registers);
                    for reg in top..max {
                        c.emit(Instruction::Release { reg });
                    }
                    c.delete_name(name.id.as_str())
                }
                Expr::Attribute(attribute) => {
                    let obj = c.operand(&attribute.value)?;
                    let name = c.name_index(attribute.attr.as_str());
                    c.set_location(attribute.range);
                    c.emit(Instruction::DeleteAttr { obj, name });
                }
                Expr::Subscript(subscript) => {
                    let obj = c.operand(&subscript.value)?;
                    let key = c.operand(&subscript.slice)?;
                    c.set_location(subscript.range);
                    c.emit(Instruction::DeleteSubscript { obj, key });
                }
                Expr::Tuple(ast::ExprTuple { elts, .. })
                | Expr::List(ast::ExprList { elts, .. }) => {
                    for element in elts {
                        c.delete(element)?;
                    }
                }
                other => {
                    return Err(c.error(
                        format!("cannot delete {}", expr_name(other)),
                        other.range().start(),
                    ))
                }
            }
            c.free_to(mark);
            Ok(())
        })
    }
}

/// The (target, value) pairs of `t1, t2 = v1, v2`: a tuple or list target
/// and a tuple or list display of the same length, neither starred (then
/// the assignment cannot fail on the count), up to eight items.
fn parallel_assignment<'a>(target: &'a Expr, value: &'a Expr) -> Option<Vec<(&'a Expr, &'a Expr)>> {
    let targets = match target {
        Expr::Tuple(t) => &t.elts,
        Expr::List(l) => &l.elts,
        _ => return None,
    };
    let values = match value {
        Expr::Tuple(t) => &t.elts,
        Expr::List(l) => &l.elts,
        _ => return None,
    };
    let plain = |items: &[Expr]| !items.iter().any(|e| matches!(e, Expr::Starred(_)));
    if targets.len() != values.len() || targets.len() > 8 || !plain(targets) || !plain(values) {
        return None;
    }
    Some(targets.iter().zip(values.iter()).collect())
}
