//! Set algebra for the operators: `| & - ^`, their in-place forms, and
//! subset comparisons.

use weft_runtime::types::compare::CompareOp;
use weft_runtime::types::int::BinOp;
use weft_runtime::types::set::Set;
use weft_runtime::{PyResult, Value};

/// The members of a set-like operand: a set, or a keys or items view
/// (whose set operations give sets).
fn set_like(v: &Value) -> PyResult<Option<Value>> {
    if Set::cast(v).is_some() {
        return Ok(Some(v.clone()));
    }
    match weft_runtime::types::dict_views::as_view(v) {
        Some(view) if view.part != weft_runtime::types::iterator::DictPart::Values => {
            Set::new(view.items()).map(Some)
        }
        _ => Ok(None),
    }
}

fn combine(op: BinOp, a: &[Value], b: &Value) -> PyResult<Option<Vec<Value>>> {
    let bs = Set::cast(b).expect("a set");
    let mut out = Vec::new();
    match op {
        BinOp::Or => {
            out.extend(a.iter().cloned());
            out.extend(bs.items());
        }
        BinOp::And => {
            for x in a {
                if bs.contains(x)? {
                    out.push(x.clone());
                }
            }
        }
        BinOp::Sub => {
            for x in a {
                if !bs.contains(x)? {
                    out.push(x.clone());
                }
            }
        }
        BinOp::Xor => {
            let tmp = Set::new(a.to_vec())?;
            let at = Set::cast(&tmp).expect("a set");
            for x in a {
                if !bs.contains(x)? {
                    out.push(x.clone());
                }
            }
            for x in bs.items() {
                if !at.contains(&x)? {
                    out.push(x);
                }
            }
        }
        _ => return Ok(None),
    }
    Ok(Some(out))
}

/// `a <op> b` for two sets; `None` if not a set operation.
pub fn binary(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let like = a;
    let (Some(a), Some(b)) = (set_like(a)?, set_like(b)?) else {
        return Ok(None);
    };
    let x = Set::cast(&a).expect("a set");
    if op == BinOp::Or {
        // CPython's `set_or`: a copy of `a`, then `b` merged in (its table
        // resizes decide the iteration order).
        let result = Set::new_like(like, Vec::new())?;
        let r = Set::cast(&result).expect("a set");
        r.merge(x)?;
        r.merge(Set::cast(&b).expect("a set"))?;
        return Ok(Some(result));
    }
    match combine(op, &x.items(), &b)? {
        // The result has the left operand's type (a view gives a set).
        Some(items) => Set::new_like(like, items).map(Some),
        None => Ok(None),
    }
}

/// `a <op>= b` in place, by adding and discarding members (never clearing
/// the set: members other threads add meanwhile are kept).
pub fn inplace(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if Set::is_frozen(a) {
        return Ok(None); // a frozenset gets a new object from the plain operator
    }
    let (Some(x), Some(y)) = (Set::cast(a), Set::cast(b)) else {
        return Ok(None);
    };
    match op {
        BinOp::Or => x.merge(y)?,
        BinOp::Sub => {
            for item in y.items() {
                x.discard(&item)?;
            }
        }
        BinOp::And => {
            for item in x.items() {
                if !y.contains(&item)? {
                    x.discard(&item)?;
                }
            }
        }
        BinOp::Xor => {
            for item in y.items() {
                if !x.discard(&item)? {
                    x.add(item)?;
                }
            }
        }
        _ => return Ok(None),
    }
    Ok(Some(a.clone()))
}

/// Subset/superset/equality comparisons of two sets.
pub fn compare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<bool>> {
    let (Some(a), Some(b)) = (set_like(a)?, set_like(b)?) else {
        return Ok(None);
    };
    let (x, y) = (Set::cast(&a).expect("a set"), Set::cast(&b).expect("a set"));
    let subset = |p: &Vec<Value>, q: weft_runtime::types::set::SetRef<'_>| -> PyResult<bool> {
        for v in p {
            if !q.contains(v)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    let (xs, ys) = (x.items(), y.items());
    let a_in_b = subset(&xs, y)?;
    let b_in_a = subset(&ys, x)?;
    Ok(Some(match op {
        CompareOp::Eq => a_in_b && b_in_a,
        CompareOp::Ne => !(a_in_b && b_in_a),
        CompareOp::Le => a_in_b,
        CompareOp::Lt => a_in_b && xs.len() < ys.len(),
        CompareOp::Ge => b_in_a,
        CompareOp::Gt => b_in_a && ys.len() < xs.len(),
    }))
}
