//! Literal conversion and the per-code-object constant pool.

use std::sync::Arc;

use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr};

use crate::bytecode::Constant;

/// A code object's constants, deduplicated the way CPython keys them.
#[derive(Default)]
pub struct ConstantPool {
    pub constants: Vec<Constant>,
}

impl ConstantPool {
    /// The index of `constant`, adding it if new.
    pub fn add(&mut self, constant: Constant) -> u32 {
        if !matches!(constant, Constant::Code(_)) {
            if let Some(index) = self.constants.iter().position(|c| c.same(&constant)) {
                return index as u32;
            }
        }
        self.constants.push(constant);
        (self.constants.len() - 1) as u32
    }
}

/// The value of an int literal; `None` only for a malformed token.
pub fn int_constant(value: &ast::Int) -> Option<Constant> {
    if let Some(small) = value.as_i64() {
        return Some(Constant::Int(small));
    }
    let text = value.to_string().replace('_', "");
    let lower = text.to_ascii_lowercase();
    let (digits, radix) = if let Some(rest) = lower.strip_prefix("0x") {
        (rest.to_owned(), 16)
    } else if let Some(rest) = lower.strip_prefix("0o") {
        (rest.to_owned(), 8)
    } else if let Some(rest) = lower.strip_prefix("0b") {
        (rest.to_owned(), 2)
    } else {
        (lower, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix).map(Constant::BigInt)
}

/// The constant a literal expression denotes, if it is one.
pub fn literal(expr: &Expr) -> Option<Constant> {
    Some(match expr {
        Expr::NoneLiteral(_) => Constant::None,
        Expr::EllipsisLiteral(_) => Constant::Ellipsis,
        Expr::BooleanLiteral(b) => Constant::Bool(b.value),
        Expr::StringLiteral(s) => Constant::Str(Arc::from(s.value.to_str())),
        Expr::BytesLiteral(b) => Constant::Bytes(b.value.bytes().collect::<Vec<u8>>().into()),
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(int) => int_constant(int)?,
            ast::Number::Float(f) => Constant::Float(*f),
            ast::Number::Complex { real, imag } => Constant::Complex {
                real: *real,
                imag: *imag,
            },
        },
        // CPython folds `-1` and friends into constants.
        Expr::UnaryOp(op) if op.op == ast::UnaryOp::USub => match literal(&op.operand)? {
            Constant::Int(v) => match v.checked_neg() {
                Some(n) => Constant::Int(n),
                None => Constant::BigInt(-BigInt::from(v)),
            },
            Constant::BigInt(v) => {
                let negated = -v;
                match i64::try_from(&negated) {
                    Ok(small) => Constant::Int(small),
                    Err(_) => Constant::BigInt(negated),
                }
            }
            Constant::Float(f) => Constant::Float(-f),
            Constant::Complex { real, imag } => Constant::Complex {
                real: -real,
                imag: -imag,
            },
            _ => return None,
        },
        Expr::Tuple(tuple) if !tuple.elts.is_empty() && tuple.elts.len() <= 256 => {
            let items: Option<Vec<Constant>> = tuple
                .elts
                .iter()
                .map(|e| match e {
                    Expr::Tuple(_) => None,
                    other => literal(other),
                })
                .collect();
            Constant::Tuple(items?.into())
        }
        _ => return None,
    })
}
