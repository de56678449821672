//! `type`'s own methods, which metaclasses (`class Meta(type)`) inherit
//! and reach through `super()`: `__new__` makes a class, `__init__` accepts
//! the class statement's arguments, `__call__` makes an instance, `mro`.

use super::descriptor::staticmethod;
use super::function::{native_function, native_method};
use super::{dict::Dict, list, none_bool, str as pystr, tuple, typeobj};
use crate::args::{type_error, Args};
use crate::error::PyResult;
use crate::object::typeinfo::TypeInfo;
use crate::protocol;
use crate::value::Value;

/// The entries of `type`'s namespace.
pub fn namespace_entries(info: &'static TypeInfo) -> Vec<(&'static str, Value)> {
    if !std::ptr::eq(info, &typeobj::TYPE_TYPE) {
        return Vec::new();
    }
    vec![
        (
            "__new__",
            staticmethod(native_function("__new__", type_new)),
        ),
        ("__init__", native_method("__init__", type_init, info)),
        (
            "__call__",
            native_method("__call__", type_call_method, info),
        ),
        ("mro", native_method("mro", type_mro, info)),
        (
            "__prepare__",
            super::descriptor::classmethod(native_function("__prepare__", type_prepare)),
        ),
    ]
}

/// `type.__prepare__(name, bases, **kwds)`: the namespace a class body
/// fills, a new dict (metaclasses override it to give another mapping).
fn type_prepare(_args: Args<'_>) -> PyResult<Value> {
    Ok(Dict::new())
}

/// What `type.__new__` does to the namespace a class body filled (its own
/// copy): `__doc__` defaults to None, and defining `__eq__` without
/// `__hash__` makes instances unhashable.
pub fn finish_namespace(ns: super::dict::DictRef<'_>) -> PyResult<()> {
    if !ns.contains(crate::interned!("__doc__"))? {
        ns.set(crate::interned!("__doc__").clone(), none_bool::none())?;
    }
    if ns.contains(crate::interned!("__eq__"))? && !ns.contains(crate::interned!("__hash__"))? {
        ns.set(crate::interned!("__hash__").clone(), none_bool::none())?;
    }
    Ok(())
}

/// `type.__new__(meta, name, bases, dict, **kwds)`.
pub(crate) fn type_new(args: Args<'_>) -> PyResult<Value> {
    let Some((meta, rest)) = args.positional.split_first() else {
        return Err(type_error("type.__new__(): not enough arguments"));
    };
    if typeobj::as_type(meta).is_none() {
        return Err(type_error(format!(
            "type.__new__(X): X is not a type object ({})",
            typeobj::type_name_of(meta)
        )));
    }
    let type_type = typeobj::builtin_type(&typeobj::TYPE_TYPE);
    if !typeobj::is_subclass(meta, &type_type) {
        return Err(type_error(format!(
            "type.__new__({}): {} is not a subtype of type",
            typeobj::type_name(meta),
            typeobj::type_name(meta)
        )));
    }
    match rest {
        [x] if meta.is(&type_type) && args.keywords.is_empty() => Ok(typeobj::type_of(x)),
        [name_value, bases_value, dict] => {
            let name = pystr::as_str(name_value).ok_or_else(|| {
                type_error(format!(
                    "type.__new__() argument 1 must be str, not {}",
                    typeobj::type_name_of(name_value)
                ))
            })?;
            let bases = tuple::as_tuple(bases_value).ok_or_else(|| {
                type_error(format!(
                    "type.__new__() argument 2 must be tuple, not {}",
                    typeobj::type_name_of(bases_value)
                ))
            })?;
            // A base's metaclass more derived than `meta` makes the class,
            // through its own `__new__` if it has one (`type('X', (ABC,),
            // ns)` is made by ABCMeta.__new__), as CPython's type_new.
            if let Some(winner) = typeobj::winning_metaclass(Some(meta), bases)? {
                if !winner.is(meta) {
                    let own_new = typeobj::lookup(&type_type, crate::interned!("__new__"));
                    let new = typeobj::lookup(&winner, crate::interned!("__new__"));
                    if let Some(new) = new.filter(|n| own_new.as_ref().is_none_or(|o| !o.is(n))) {
                        let new = typeobj::descr_get(&new, None, &winner)?;
                        let call = [
                            winner,
                            name_value.clone(),
                            bases_value.clone(),
                            dict.clone(),
                        ];
                        return protocol::call_args(&new, Args::new(&call, args.keywords));
                    }
                }
            }
            // A dict, or an instance of a dict subclass (a metaclass's
            // `__prepare__` may return one).
            let source = Dict::cast(super::instance::builtin_value(dict)).ok_or_else(|| {
                type_error(format!(
                    "type.__new__() argument 3 must be dict, not {}",
                    typeobj::type_name_of(dict)
                ))
            })?;
            // The class gets a copy of the namespace, as in CPython.
            let ns = Dict::new();
            let target = Dict::cast(&ns).expect("a dict");
            for (k, v) in source.items() {
                target.set(k, v)?;
            }
            finish_namespace(target)?;
            let class = typeobj::new_class_with_meta(name, bases.to_vec(), ns, Some(meta.clone()))?;
            init_new_class(&class, args.keywords)?;
            Ok(class)
        }
        _ if meta.is(&type_type) => Err(type_error("type() takes 1 or 3 arguments")),
        _ => Err(type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            rest.len()
        ))),
    }
}

/// What `type.__new__` does once a class exists: `__set_name__` on its
/// attributes that define it, then the nearest base's
/// `__init_subclass__(**kwargs)`.
pub fn init_new_class(class: &Value, kwargs: &[(Value, Value)]) -> PyResult<()> {
    let dict = Dict::cast(typeobj::class_dict(class)).expect("a class dict");
    for (k, v) in dict.items() {
        if let (Some(p), Some(name)) = (super::descriptor::as_property(&v), super::str::as_str(&k))
        {
            p.set_name(name);
            continue;
        }
        let Some(inst) = super::instance::as_instance(&v) else {
            continue;
        };
        if let Some(set_name) = typeobj::lookup(inst.class(), crate::interned!("__set_name__")) {
            protocol::call(
                &typeobj::bind(&set_name, &v, inst.class())?,
                &[class.clone(), k],
            )?;
        }
    }
    for k in typeobj::mro(class).iter().skip(1) {
        let hook = Dict::cast(typeobj::class_dict(k))
            .and_then(|d| d.get(crate::interned!("__init_subclass__")).ok().flatten());
        if let Some(hook) = hook {
            let bound = typeobj::descr_get(&hook, None, class)?;
            protocol::call_args(&bound, Args::new(&[], kwargs))?;
            break;
        }
    }
    Ok(())
}

/// `type.__init__(cls, *args)`: the class is made already; only the
/// argument count is checked.
fn type_init(args: Args<'_>) -> PyResult<Value> {
    match args.positional.len() {
        2 | 4 => Ok(none_bool::none()),
        _ => Err(type_error("type.__init__() takes 1 or 3 arguments")),
    }
}

/// `type.__call__(cls, *args, **kwds)`.
fn type_call_method(args: Args<'_>) -> PyResult<Value> {
    let Some((cls, rest)) = args.positional.split_first() else {
        return Err(type_error(
            "descriptor '__call__' of 'type' object needs an argument",
        ));
    };
    if typeobj::as_type(cls).is_none() {
        return Err(type_error(format!(
            "descriptor '__call__' for 'type' objects doesn't apply to a '{}' object",
            typeobj::type_name_of(cls)
        )));
    }
    typeobj::make_instance(cls, Args::new(rest, args.keywords))
}

/// `cls.mro()`: the method resolution order as a list.
fn type_mro(args: Args<'_>) -> PyResult<Value> {
    match args.positional {
        [cls] if typeobj::as_type(cls).is_some() => Ok(list::List::new(typeobj::mro(cls))),
        _ => Err(type_error(
            "descriptor 'mro' of 'type' object needs an argument",
        )),
    }
}
