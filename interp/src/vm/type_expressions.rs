//! The objects of type expressions: `list[int]` (`types.GenericAlias`)
//! and `int | str` (`types.UnionType`), as annotated programs and
//! `isinstance(x, int | str)` use them.

use weft_runtime::object::alloc::drop_and_free;
use weft_runtime::object::native::{NativeType, Traverse};
use weft_runtime::types::{none_bool, tuple, typeobj};
use weft_runtime::{protocol, Args, PyResult, TypeInfo, Value};

use super::errors::type_error;

/// `origin[args]`.
pub struct GenericAlias {
    pub origin: Value,
    /// Always a tuple.
    pub args: Value,
}

impl Traverse for GenericAlias {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.origin);
        visit(&self.args);
    }
}

pub static GENERIC_ALIAS_TYPE: NativeType<GenericAlias> = NativeType::new(TypeInfo {
    traverse: NativeType::<GenericAlias>::TRACKED,
    call: Some(call_alias),
    hash: Some(hash_alias),
    eq: Some(eq_alias),
    ..TypeInfo::new("types.GenericAlias", drop_and_free::<()>)
});

/// `a | b | ...`: its members, flattened and without duplicates.
pub struct Union {
    /// Always a tuple.
    pub args: Value,
}

impl Traverse for Union {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.args);
    }
}

pub static UNION_TYPE: NativeType<Union> = NativeType::new(TypeInfo {
    traverse: NativeType::<Union>::TRACKED,
    hash: Some(hash_union),
    eq: Some(eq_union),
    ..TypeInfo::new("UnionType", drop_and_free::<()>)
});

/// The built-in classes that are generic (`list[int]`), as in CPython.
pub fn is_generic_builtin(t: &Value) -> bool {
    use weft_runtime::types::{dict, list, set};
    [
        &list::LIST_TYPE,
        &dict::DICT_TYPE,
        &tuple::TUPLE_TYPE,
        &set::SET_TYPE,
        &set::FROZENSET_TYPE,
        &typeobj::TYPE_TYPE,
    ]
    .into_iter()
    .any(|info| typeobj::is_builtin_type(t, info))
        || t.is(&crate::modules::collections::deque_type())
}

/// `origin[key]`.
pub fn generic_alias(origin: &Value, key: &Value) -> Value {
    let args = if tuple::as_tuple(key).is_some() {
        key.clone()
    } else {
        tuple::tuple_new(vec![key.clone()])
    };
    GENERIC_ALIAS_TYPE.alloc(GenericAlias {
        origin: origin.clone(),
        args,
    })
}

/// A member of a union: a class, None (as `NoneType`), a union or a
/// generic alias.
fn is_unionable(v: &Value) -> bool {
    typeobj::as_type(v).is_some()
        || none_bool::is_none(v)
        || UNION_TYPE.is(v)
        || GENERIC_ALIAS_TYPE.is(v)
}

/// `a | b` when both are type expressions; `None` otherwise.
pub fn union(a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if !is_unionable(a) || !is_unionable(b) {
        return None;
    }
    let mut members: Vec<Value> = Vec::new();
    for side in [a, b] {
        let parts = match UNION_TYPE.downcast(side) {
            Some(u) => tuple::as_tuple(&u.args).expect("a tuple").to_vec(),
            None if none_bool::is_none(side) => vec![typeobj::type_of(side)],
            None => vec![side.clone()],
        };
        for p in parts {
            if !members.iter().any(|m| m.is(&p)) {
                members.push(p);
            }
        }
    }
    if members.len() == 1 {
        return Some(Ok(members.pop().expect("one member")));
    }
    Some(Ok(UNION_TYPE.alloc(Union {
        args: tuple::tuple_new(members),
    })))
}

/// The classes of a union (for `isinstance` and `issubclass`).
pub fn union_members(v: &Value) -> Option<Vec<Value>> {
    UNION_TYPE
        .downcast(v)
        .map(|u| tuple::as_tuple(&u.args).expect("a tuple").to_vec())
}

/// How a type expression's part shows in a repr: classes by their
/// qualified name, `None`, `...`, the rest by repr.
fn part_repr(v: &Value) -> PyResult<String> {
    if typeobj::as_type(v).is_some() {
        if v.is(&typeobj::type_of(&none_bool::none())) {
            return Ok("None".to_string());
        }
        return Ok(super::objects::class_name(v));
    }
    if super::singletons::ELLIPSIS_TYPE.is(v) {
        return Ok("...".to_string());
    }
    super::ops::repr_of(v)
}

/// `repr` of the two types; `None` for other values.
pub fn repr(v: &Value) -> Option<PyResult<String>> {
    if let Some(g) = GENERIC_ALIAS_TYPE.downcast(v) {
        let args = tuple::as_tuple(&g.args).expect("a tuple");
        return Some((|| {
            let parts = if args.is_empty() {
                vec!["()".to_string()]
            } else {
                args.iter().map(part_repr).collect::<PyResult<Vec<_>>>()?
            };
            Ok(format!("{}[{}]", part_repr(&g.origin)?, parts.join(", ")))
        })());
    }
    if let Some(u) = UNION_TYPE.downcast(v) {
        let args = tuple::as_tuple(&u.args).expect("a tuple");
        return Some(
            args.iter()
                .map(part_repr)
                .collect::<PyResult<Vec<_>>>()
                .map(|p| p.join(" | ")),
        );
    }
    None
}

/// Attributes: `__origin__`, `__args__`, `__parameters__`; a generic
/// alias passes other names to its origin.
pub fn getattr(v: &Value, name: &str) -> Option<PyResult<Value>> {
    if let Some(g) = GENERIC_ALIAS_TYPE.downcast(v) {
        return Some(match name {
            "__origin__" => Ok(g.origin.clone()),
            "__args__" => Ok(g.args.clone()),
            "__parameters__" => Ok(tuple::empty_tuple()),
            _ => super::attr::getattr(&g.origin, &weft_runtime::types::str::intern(name)),
        });
    }
    if let Some(u) = UNION_TYPE.downcast(v) {
        return match name {
            "__args__" => Some(Ok(u.args.clone())),
            "__parameters__" => Some(Ok(tuple::empty_tuple())),
            _ => None,
        };
    }
    None
}

fn call_alias(callee: &Value, args: Args<'_>) -> PyResult<Value> {
    let g = GENERIC_ALIAS_TYPE
        .downcast(callee)
        .expect("called through its type");
    protocol::call_args(&g.origin, args)
}

fn hash_alias(v: &Value) -> PyResult<isize> {
    let g = GENERIC_ALIAS_TYPE
        .downcast(v)
        .expect("hashed through its type");
    Ok(protocol::hash(&g.origin)? ^ protocol::hash(&g.args)?)
}

fn eq_alias(a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (
        GENERIC_ALIAS_TYPE.downcast(a),
        GENERIC_ALIAS_TYPE.downcast(b),
    ) else {
        return Ok(None);
    };
    Ok(Some(
        x.origin.is(&y.origin) && protocol::eq(&x.args, &y.args)?,
    ))
}

fn hash_union(v: &Value) -> PyResult<isize> {
    let members = union_members(v).expect("hashed through its type");
    // Order-independent, as the union's equality.
    members
        .iter()
        .try_fold(0isize, |h, m| Ok(h ^ protocol::hash(m)?))
}

fn eq_union(a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (union_members(a), union_members(b)) else {
        return Ok(None);
    };
    Ok(Some(
        x.len() == y.len() && x.iter().all(|m| y.iter().any(|n| n.is(m))),
    ))
}

/// `isinstance(x, list[int])` is refused, as in CPython.
pub fn check_not_alias(classinfo: &Value, func: &str) -> PyResult<()> {
    if GENERIC_ALIAS_TYPE.is(classinfo) {
        return Err(type_error(format!(
            "{func}() argument 2 cannot be a parameterized generic"
        )));
    }
    Ok(())
}
