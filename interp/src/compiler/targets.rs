//! CPython's rules for naming what cannot be assigned to or deleted
//! (`_PyPegen_get_expr_name`, `_PyPegen_get_invalid_target`), shared by the
//! parse-error mapping and the code generator.

use ruff_python_ast::{CmpOp, Expr};

/// Where a target appears: it decides what counts as invalid and the verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetKind {
    /// `x = ...`, `with ... as x`, `except ... as x`.
    Store,
    /// `for x in ...` (statement or comprehension).
    For,
    /// `del x`.
    Delete,
}

/// The name CPython gives an expression in "cannot assign to %s".
pub fn expr_name(expr: &Expr) -> &'static str {
    match expr {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) | Expr::IpyEscapeCommand(_) => "expression",
    }
}

/// The first part of `expr` that cannot be a target of `kind`, if any.
pub fn invalid_target(expr: &Expr, kind: TargetKind) -> Option<&Expr> {
    match expr {
        Expr::Tuple(t) => t.elts.iter().find_map(|e| invalid_target(e, kind)),
        Expr::List(l) => l.elts.iter().find_map(|e| invalid_target(e, kind)),
        Expr::Starred(s) => {
            if kind == TargetKind::Delete {
                Some(expr)
            } else {
                invalid_target(&s.value, kind)
            }
        }
        // `for a in b` reaches here parsed as a comparison `a in b`.
        Expr::Compare(c) if kind == TargetKind::For => {
            if c.ops.first() == Some(&CmpOp::In) {
                invalid_target(&c.left, kind)
            } else {
                None
            }
        }
        Expr::Name(_) | Expr::Subscript(_) | Expr::Attribute(_) => None,
        _ => Some(expr),
    }
}

/// "cannot assign to X" / "cannot delete X" for an invalid target.
pub fn invalid_target_message(invalid: &Expr, kind: TargetKind) -> String {
    match kind {
        TargetKind::Delete => format!("cannot delete {}", expr_name(invalid)),
        TargetKind::Store | TargetKind::For => format!("cannot assign to {}", expr_name(invalid)),
    }
}
