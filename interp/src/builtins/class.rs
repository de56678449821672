//! `class` statements (`__build_class__`) and the methods of `object`.

use weft_runtime::types::bytearray::BYTEARRAY_TYPE;
use weft_runtime::types::function::native_function;
use weft_runtime::types::instance::new_instance;
use weft_runtime::types::{dict::Dict, dict::DICT_TYPE, list::LIST_TYPE, set::SET_TYPE};
use weft_runtime::types::{exception, none_bool, str as pystr, tuple, typeobj};
use weft_runtime::{protocol, Args, PyResult, Value};

use crate::vm::errors::type_error;
use crate::vm::function::{as_cell, as_function};
use crate::vm::namespace;
use weft_runtime::types::metaclass;

/// `__build_class__(body, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(args: Args<'_>) -> PyResult<Value> {
    let [body, name, orig_bases @ ..] = args.positional else {
        return Err(type_error("__build_class__: not enough arguments"));
    };
    let resolved = update_bases(orig_bases)?;
    let bases: &[Value] = resolved.as_deref().unwrap_or(orig_bases);
    let body_fn =
        as_function(body).ok_or_else(|| type_error("__build_class__: func must be a function"))?;
    let name_str = pystr::as_str(name)
        .ok_or_else(|| type_error("__build_class__: name is not a string"))?
        .to_string();
    let mut metaclass = None;
    let mut kwds = Vec::new();
    for (k, v) in args.keywords {
        if pystr::as_str(k) == Some("metaclass") {
            metaclass = Some(v.clone());
        } else {
            kwds.push((k.clone(), v.clone()));
        }
    }
    // The metaclass: a callable given as `metaclass=`, else the most
    // derived of the given one and the bases' metaclasses.
    let metaclass = match metaclass {
        Some(m) if typeobj::as_type(&m).is_none() => Some(m),
        m => typeobj::winning_metaclass(m.as_ref(), bases)?,
    };
    let ns = match &metaclass {
        Some(meta) => prepare(meta, name, bases, &kwds)?,
        None => Dict::new(),
    };
    crate::vm::call::run_body(body_fn, ns.clone())?;
    if resolved.is_some() {
        namespace::set(
            &ns,
            pystr::str_from_string("__orig_bases__".to_string()),
            tuple::tuple_from_slice(orig_bases),
        )?;
    }
    // The cell behind `__class__` and zero-argument `super()` in methods.
    let classcell = namespace::get(&ns, weft_runtime::interned!("__classcell__"))?;
    if classcell.is_some() {
        namespace::delete(&ns, weft_runtime::interned!("__classcell__"))?;
    }
    // `type.__new__` (through the metaclass, or directly) runs the
    // attributes' `__set_name__` and the base's `__init_subclass__`.
    let class = match metaclass {
        Some(meta) => protocol::call_args(
            &meta,
            Args::new(
                &[name.clone(), tuple::tuple_from_slice(bases), ns.clone()],
                &kwds,
            ),
        )?,
        None => {
            metaclass::finish_namespace(Dict::cast(&ns).expect("a dict"))?;
            let class = typeobj::new_class(&name_str, bases.to_vec(), ns.clone())?;
            metaclass::init_new_class(&class, &kwds)?;
            class
        }
    };
    crate::vm::shared::share(&class);
    if let Some(cell) = classcell.as_ref().and_then(as_cell) {
        drop(cell.contents.replace(Some(class.clone())));
    }
    Ok(class)
}

/// `meta.__prepare__(name, bases, **kwds)`: the mapping the class body
/// fills (a metaclass that is not a class, or has no `__prepare__`, gets a
/// new dict).
fn prepare(
    meta: &Value,
    name: &Value,
    bases: &[Value],
    kwds: &[(Value, Value)],
) -> PyResult<Value> {
    let prepare = match crate::vm::attr::getattr(meta, weft_runtime::interned!("__prepare__")) {
        Ok(p) => p,
        Err(e) if crate::vm::matching::is_attribute_error(&e) => return Ok(Dict::new()),
        Err(e) => return Err(e),
    };
    let ns = protocol::call_args(
        &prepare,
        Args::new(&[name.clone(), tuple::tuple_from_slice(bases)], kwds),
    )?;
    if Dict::cast(&ns).is_none() && !has_getitem(&ns) {
        let meta_name = match typeobj::as_type(meta) {
            Some(_) => typeobj::type_name(meta).to_string(),
            None => "<metaclass>".to_string(),
        };
        return Err(type_error(format!(
            "{meta_name}.__prepare__() must return a mapping, not {}",
            typeobj::type_name_of(&ns)
        )));
    }
    Ok(ns)
}

/// Whether `v`'s type defines `__getitem__` (CPython's `PyMapping_Check`).
fn has_getitem(v: &Value) -> bool {
    typeobj::lookup(&typeobj::type_of(v), weft_runtime::interned!("__getitem__")).is_some()
}

/// PEP 560: a base that is not a class but has `__mro_entries__` is
/// replaced by what that returns for the original bases. None if no base
/// was replaced.
fn update_bases(bases: &[Value]) -> PyResult<Option<Vec<Value>>> {
    let mut out: Option<Vec<Value>> = None;
    for (i, base) in bases.iter().enumerate() {
        let entries = if typeobj::as_type(base).is_some() {
            None
        } else {
            let name = pystr::str_from_string("__mro_entries__".to_string());
            match crate::vm::attr::getattr(base, &name) {
                Ok(m) => Some(m),
                Err(e) if crate::vm::matching::is_attribute_error(&e) => None,
                Err(e) => return Err(e),
            }
        };
        match entries {
            Some(m) => {
                let new =
                    protocol::call_args(&m, Args::new(&[tuple::tuple_from_slice(bases)], &[]))?;
                let items = tuple::as_tuple(&new)
                    .ok_or_else(|| type_error("__mro_entries__ must return a tuple"))?;
                out.get_or_insert_with(|| bases[..i].to_vec())
                    .extend(items.iter().cloned());
            }
            None => {
                if let Some(v) = out.as_mut() {
                    v.push(base.clone());
                }
            }
        }
    }
    Ok(out)
}

fn receiver<'a>(args: &'a Args<'_>, name: &str) -> PyResult<&'a Value> {
    args.positional.first().ok_or_else(|| {
        type_error(format!(
            "descriptor '{name}' of 'object' object needs an argument"
        ))
    })
}

fn object_setattr(args: Args<'_>) -> PyResult<Value> {
    let obj = receiver(&args, "__setattr__")?;
    let [_, name, value] = args.positional else {
        return Err(type_error(format!(
            "expected 2 arguments, got {}",
            args.positional.len().saturating_sub(1)
        )));
    };
    crate::vm::attr::generic_setattr(obj, name, Some(value.clone()))?;
    Ok(none_bool::none())
}

fn object_delattr(args: Args<'_>) -> PyResult<Value> {
    let obj = receiver(&args, "__delattr__")?;
    let [_, name] = args.positional else {
        return Err(type_error(format!(
            "expected 1 argument, got {}",
            args.positional.len().saturating_sub(1)
        )));
    };
    crate::vm::attr::generic_setattr(obj, name, None)?;
    Ok(none_bool::none())
}

fn object_getattribute(args: Args<'_>) -> PyResult<Value> {
    let obj = receiver(&args, "__getattribute__")?;
    let [_, name] = args.positional else {
        return Err(type_error(format!(
            "expected 1 argument, got {}",
            args.positional.len().saturating_sub(1)
        )));
    };
    crate::vm::attr::generic_getattr(obj, name)
}

fn object_repr(args: Args<'_>) -> PyResult<Value> {
    let obj = receiver(&args, "__repr__")?;
    let class = typeobj::type_of(obj);
    Ok(pystr::str_from_string(format!(
        "<{} object at {:#x}>",
        crate::vm::objects::class_name(&class),
        obj.word()
    )))
}

fn object_str(args: Args<'_>) -> PyResult<Value> {
    let obj = receiver(&args, "__str__")?;
    Ok(pystr::str_from_string(crate::vm::ops::repr_of(obj)?))
}

fn object_format(args: Args<'_>) -> PyResult<Value> {
    let obj = receiver(&args, "__format__")?;
    let spec = args
        .positional
        .get(1)
        .and_then(|s| pystr::as_str(s))
        .unwrap_or("");
    if !spec.is_empty() {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            typeobj::type_name_of(obj)
        )));
    }
    Ok(pystr::str_from_string(crate::vm::ops::str_of(obj)?))
}

fn object_new(args: Args<'_>) -> PyResult<Value> {
    let cls = args
        .positional
        .first()
        .ok_or_else(|| type_error("object.__new__(): not enough arguments"))?;
    if typeobj::as_type(cls).is_none() {
        return Err(type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            typeobj::type_name_of(cls)
        )));
    }
    let exc_root = exception::base_exception_class();
    if exception::group::is_group_class(cls) {
        return exception::group::new_group(cls, &args.positional[1..], !args.keywords.is_empty());
    }
    if typeobj::is_subclass(cls, &exc_root) {
        return Ok(exception::new_exception(cls, args.positional[1..].to_vec()));
    }
    if !typeobj::is_heap(cls) && !typeobj::is_builtin_type(cls, &typeobj::OBJECT_TYPE) {
        // A built-in type makes its own values (`str.__new__(str, "x")`);
        // the mutable containers start empty, as their `__init__` fills them.
        let mutable = [&LIST_TYPE, &DICT_TYPE, &SET_TYPE, &BYTEARRAY_TYPE]
            .iter()
            .any(|t| typeobj::is_builtin_type(cls, t));
        let rest = if mutable {
            Args::positional(&[])
        } else {
            Args::new(&args.positional[1..], args.keywords)
        };
        return protocol::construct(cls, rest);
    }
    if let Some(base) = typeobj::builtin_base_of(cls) {
        let c = typeobj::type_name(cls);
        return Err(type_error(format!(
            "object.__new__({c}) is not safe, use {}.__new__()",
            base.name
        )));
    }
    typeobj::check_not_abstract(cls)?;
    Ok(new_instance(cls))
}

/// `object.__init_subclass__(cls)`: the end of the chain, which takes no
/// keyword arguments.
fn object_init_subclass(args: Args<'_>) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        let cls = args
            .positional
            .first()
            .map(typeobj::type_name)
            .unwrap_or_default();
        return Err(type_error(format!(
            "{cls}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(none_bool::none())
}

/// `object.__init__`: extra arguments are an error unless the class
/// overrides `__new__` (CPython's `object_init`).
fn object_init(args: Args<'_>) -> PyResult<Value> {
    let obj = receiver(&args, "__init__")?;
    if args.positional.len() > 1 || !args.keywords.is_empty() {
        let class = typeobj::type_of(obj);
        let object = typeobj::builtin_type(&typeobj::OBJECT_TYPE);
        // Whether `class` gets `name` from `object` itself.
        let is_object_s = |name: &'static str| {
            let name = crate::vm::names::name(name);
            let own =
                Dict::cast(typeobj::class_dict(&object)).and_then(|d| d.get(&name).ok().flatten());
            match (typeobj::lookup(&class, &name), own) {
                (Some(f), Some(o)) => f.is(&o),
                _ => false,
            }
        };
        if !is_object_s("__init__") {
            return Err(type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if is_object_s("__new__") {
            return Err(type_error(format!(
                "{}() takes no arguments",
                typeobj::type_name(&class)
            )));
        }
    }
    Ok(none_bool::none())
}

fn object_hash(args: Args<'_>) -> PyResult<Value> {
    let obj = receiver(&args, "__hash__")?;
    Ok(weft_runtime::types::int::int_from_i64(
        weft_runtime::types::instance::identity_hash(obj) as i64,
    ))
}

/// Fill `object`'s namespace: `object.__setattr__(self, ...)` and friends,
/// which user overrides call explicitly.
pub fn install_object_methods() {
    let object = typeobj::builtin_type(&typeobj::OBJECT_TYPE);
    let d = Dict::cast(typeobj::class_dict(&object)).expect("a dict");
    let methods: [(&'static str, weft_runtime::types::function::NativeFn); 9] = [
        ("__init__", object_init),
        ("__hash__", object_hash),
        ("__setattr__", object_setattr),
        ("__delattr__", object_delattr),
        ("__getattribute__", object_getattribute),
        ("__repr__", object_repr),
        ("__str__", object_str),
        ("__format__", object_format),
        ("__new__", object_new),
    ];
    for (name, f) in methods {
        let _ = d.set(
            pystr::intern(name),
            weft_runtime::types::function::native_method(name, f, &typeobj::OBJECT_TYPE),
        );
    }
    let _ = d.set(
        weft_runtime::interned!("__init_subclass__").clone(),
        weft_runtime::types::descriptor::classmethod(native_function(
            "__init_subclass__",
            object_init_subclass,
        )),
    );
    typeobj::dict_changed(&object);
}
