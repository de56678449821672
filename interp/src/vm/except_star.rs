//! `except*` (PEP 654) at run time: matching one clause against what is
//! left of the exception, and what the statement raises at the end. The
//! compiler's part is `compiler/codegen/except_star.rs`.

use weft_runtime::types::exception::group::{self, Hooks};
use weft_runtime::types::list::List;
use weft_runtime::types::{none_bool, tuple, typeobj};
use weft_runtime::{protocol, PyResult, Value};

use super::errors::type_error;

fn call_derive(exc: &Value, excs: Value) -> PyResult<Value> {
    let f = super::attr::getattr(exc, weft_runtime::interned!("derive"))?;
    protocol::call(&f, &[excs])
}

fn hooks() -> Hooks<'static> {
    Hooks {
        truthy: &super::ops::truthy,
        derive: &call_derive,
    }
}

/// One `except* kind` clause against `rest` (what earlier clauses left):
/// `(match, rest)`, each `None` when empty (CPython's exception_group_match).
pub fn clause_match(rest: &Value, kind: &Value) -> PyResult<(Value, Value)> {
    group::check_except_star_kind(kind)?;
    let none = none_bool::none;
    if none_bool::is_none(rest) {
        return Ok((none(), none()));
    }
    if super::eval::check_exc_match(rest, kind)? {
        let matched = if group::is_group(rest) {
            rest.clone()
        } else {
            group::wrap_naked(rest)?
        };
        return Ok((matched, none()));
    }
    if group::is_group(rest) {
        let split = super::attr::getattr(rest, weft_runtime::interned!("split"))?;
        let pair = protocol::call(&split, std::slice::from_ref(kind))?;
        return match tuple::as_tuple(&pair) {
            Some([m, r]) => Ok((m.clone(), r.clone())),
            _ => Err(type_error(format!(
                "split() returned '{}', not a pair",
                typeobj::type_name_of(&pair)
            ))),
        };
    }
    Ok((none(), rest.clone()))
}

/// What the statement raises after its clauses (`None`: nothing): `excs`
/// is the list of what clauses raised followed by the unmatched rest.
pub fn prep_reraise(orig: &Value, excs: &Value) -> PyResult<Value> {
    let items = List::cast(excs).map(|l| l.to_vec()).unwrap_or_default();
    Ok(group::prep_reraise_star(orig, &items, &hooks())?.unwrap_or_else(none_bool::none))
}
