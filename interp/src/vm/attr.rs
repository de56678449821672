//! Attribute access for every kind of value: the runtime's generic rules
//! (`weft_runtime::attr`) plus what the interpreter's own objects carry
//! (functions, modules, generators, `super`), user `__getattribute__`,
//! `__setattr__` and `__delattr__` overrides, and `__slots__`.

use weft_runtime::attr as rt_attr;
use weft_runtime::types::descriptor::Property;
use weft_runtime::types::function::{as_bound_method, as_native, bound_method, native_function};
use weft_runtime::types::instance::as_instance;
use weft_runtime::types::{dict::Dict, float, int, none_bool, str as pystr, tuple, typeobj};
use weft_runtime::{protocol, Args, ExcKind, PyErr, PyResult, Value};

use super::errors::{error, type_error};
use super::function::as_function;
use super::generator::as_generator;
use super::objects::{self, as_module, as_super};

fn name_of(name: &Value) -> &str {
    pystr::as_str(name).unwrap_or("?")
}

/// The class's own (user-defined) override of an `object` slot, if any
/// (`bit` is its `typeobj::OVERRIDES_*` flag, so classes without one pay a
/// load).
#[inline]
fn user_override(obj: &Value, bit: u8, name: &Value) -> Option<Value> {
    // Instances of Python classes, and exceptions (whose classes may be
    // written in Python too).
    let class = match as_instance(obj) {
        Some(inst) => inst.class(),
        None => &weft_runtime::types::exception::as_exception(obj)?.class,
    };
    if typeobj::overrides(class) & bit == 0 {
        return None;
    }
    typeobj::lookup(class, name)
}

/// `obj.name` for an instance of a Python class without
/// `__getattribute__`: data descriptor, then the instance dict, then the
/// class attribute (CPython's `PyObject_GenericGetAttr`).
#[inline]
fn instance_getattr(
    obj: &Value,
    inst: &weft_runtime::types::instance::Instance,
    name: &Value,
) -> PyResult<Value> {
    let class = inst.class();
    let descr = typeobj::lookup(class, name);
    if let Some(d) = &descr {
        if weft_runtime::attr::is_data_descriptor(d) {
            return typeobj::descr_get(d, Some(obj), class)
                .or_else(|e| getattr_fallback(obj, class, name, e));
        }
    }
    if let Some(v) = Dict::cast(&inst.dict).expect("a dict").get(name)? {
        return Ok(v);
    }
    match descr {
        Some(d) => typeobj::descr_get(&d, Some(obj), class)
            .or_else(|e| getattr_fallback(obj, class, name, e)),
        // Instances whose classes all declare `__slots__` (without
        // "__dict__") have no `__dict__`.
        None if inst.slots.is_some()
            && name_of(name) == "__dict__"
            && !slots_allow(obj, "__dict__") =>
        {
            Err(error(
                "AttributeError",
                format!(
                    "'{}' object has no attribute '__dict__'",
                    typeobj::type_name(class)
                ),
            ))
        }
        None => rt_attr::getattr(obj, name),
    }
}

/// An AttributeError from a descriptor's `__get__` (a property's getter)
/// falls back to the class's `__getattr__`, as CPython's slot_tp_getattr_hook.
#[cold]
fn getattr_fallback(obj: &Value, class: &Value, name: &Value, e: PyErr) -> PyResult<Value> {
    if typeobj::overrides(class) & typeobj::OVERRIDES_GETATTR == 0 || !is_attribute_error(&e) {
        return Err(e);
    }
    match typeobj::lookup(class, weft_runtime::interned!("__getattr__")) {
        Some(f) => protocol::call(&typeobj::bind(&f, obj, class)?, std::slice::from_ref(name)),
        None => Err(e),
    }
}

fn is_attribute_error(e: &PyErr) -> bool {
    match e {
        PyErr::Lazy(l) => l.kind == ExcKind::AttributeError,
        PyErr::Object(v) => weft_runtime::types::exception::matches(
            v,
            &weft_runtime::types::exception::class_of_kind(ExcKind::AttributeError),
        ),
    }
}

/// `getattr(obj, name)`; an AttributeError escaping it learns its `name`
/// and `obj` (CPython's set_attribute_error_context).
pub fn getattr(obj: &Value, name: &Value) -> PyResult<Value> {
    getattr_inner(obj, name).map_err(|e| with_attribute_context(e, obj, name))
}

/// Give an AttributeError not yet augmented its `name` and `obj`.
#[cold]
fn with_attribute_context(e: PyErr, obj: &Value, name: &Value) -> PyErr {
    match e {
        PyErr::Lazy(mut l) if l.kind == ExcKind::AttributeError && l.arg.is_none() => {
            l.arg = Some(tuple::tuple_new(vec![name.clone(), obj.clone()]));
            PyErr::Lazy(l)
        }
        PyErr::Object(v) if is_attribute_error(&PyErr::Object(v.clone())) => {
            if let Some(exc) = weft_runtime::types::exception::as_exception(&v) {
                let dict = Dict::cast(&exc.dict).expect("a dict");
                let key = weft_runtime::interned!("name");
                if matches!(dict.get(key), Ok(None)) {
                    let _ = dict.set(key.clone(), name.clone());
                    let _ = dict.set(pystr::str_value("obj"), obj.clone());
                }
            }
            PyErr::Object(v)
        }
        e => e,
    }
}

fn getattr_inner(obj: &Value, name: &Value) -> PyResult<Value> {
    if let Some(ga) = user_override(
        obj,
        typeobj::OVERRIDES_GETATTRIBUTE,
        weft_runtime::interned!("__getattribute__"),
    ) {
        let ty = typeobj::type_of(obj);
        let r = protocol::call(&typeobj::bind(&ga, obj, &ty)?, std::slice::from_ref(name));
        return match r {
            Err(e) if is_attribute_error(&e) => {
                match typeobj::lookup(&ty, weft_runtime::interned!("__getattr__")) {
                    Some(f) => {
                        protocol::call(&typeobj::bind(&f, obj, &ty)?, std::slice::from_ref(name))
                    }
                    None => Err(e),
                }
            }
            other => other,
        };
    }
    generic_getattr(obj, name)
}

/// `object.__getattribute__(obj, name)`: everything but a user override.
pub fn generic_getattr(obj: &Value, name: &Value) -> PyResult<Value> {
    if let Some(inst) = as_instance(obj) {
        return instance_getattr(obj, inst, name);
    }
    if let Some(m) = as_module(obj) {
        if let Some(v) = Dict::cast(&m.dict).expect("a dict").get(name)? {
            return Ok(v);
        }
        if name_of(name) == "__dict__" {
            return Ok(m.dict.clone());
        }
        if let Some(getattr) = Dict::cast(&m.dict)
            .expect("a dict")
            .get(weft_runtime::interned!("__getattr__"))?
        {
            return protocol::call(&getattr, std::slice::from_ref(name));
        }
        return Err(error(
            "AttributeError",
            format!("module '{}' has no attribute '{}'", m.name(), name_of(name)),
        ));
    }
    if let Some(f) = as_function(obj) {
        return function_attr(obj, f, name);
    }
    if let Some(s) = as_super(obj) {
        return objects::super_getattr(s, name);
    }
    if let Some(t) = typeobj::as_type(obj).map(|_| obj) {
        if let Some(v) = type_attr(t, name)? {
            return Ok(v);
        }
    }
    if let Some(v) = special_attr(obj, name)? {
        return Ok(v);
    }
    rt_attr::getattr(obj, name)
}

/// Attributes of built-in objects that are not methods.
fn special_attr(obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let n = name_of(name);
    if let Some(i) = int::as_int(obj) {
        return Ok(match n {
            "real" | "numerator" => Some(int::int_from_bigint(i.to_big().into_owned())),
            "imag" => Some(int::int_from_i64(0)),
            "denominator" => Some(int::int_from_i64(1)),
            _ => None,
        });
    }
    if let Some(x) = float::as_f64(obj) {
        return Ok(match n {
            "real" => Some(float::float_value(x)),
            "imag" => Some(float::float_value(0.0)),
            _ => None,
        });
    }
    if let Some(c) = weft_runtime::types::complex::as_complex(obj) {
        return Ok(match n {
            "real" => Some(float::float_value(c.re)),
            "imag" => Some(float::float_value(c.im)),
            _ => None,
        });
    }
    if let Some(v) = crate::modules::io::file_attr(obj, n) {
        return Ok(Some(v));
    }
    if let Some(v) = crate::modules::re::match_attr(obj, n) {
        return Ok(Some(v));
    }
    if let Some(sl) = weft_runtime::types::slice::as_slice(obj) {
        return Ok(match n {
            "start" => Some(sl.start.clone()),
            "stop" => Some(sl.stop.clone()),
            "step" => Some(sl.step.clone()),
            _ => None,
        });
    }
    if super::syntax_error::is_syntax_error(obj) {
        if let Some(v) = super::syntax_error::attribute(obj, n)? {
            return Ok(Some(v));
        }
    }
    if let Some(r) = weft_runtime::types::range::as_range(obj) {
        return Ok(match n {
            "start" => Some(r.start_value()),
            "stop" => Some(r.stop_value()),
            "step" => Some(r.step_value()),
            _ => None,
        });
    }
    if weft_runtime::types::exception::as_exception(obj).is_some() {
        if let Some(v) = super::exception_group::attr(obj, n) {
            return Ok(Some(v));
        }
        let args = weft_runtime::types::exception::args(obj);
        let first = || {
            tuple::as_tuple(&args)
                .and_then(|a| a.first().cloned())
                .unwrap_or_else(none_bool::none)
        };
        let is = |class: &str| {
            weft_runtime::types::exception::exception_class(class)
                .is_some_and(|c| weft_runtime::types::exception::matches(obj, &c))
        };
        let own = || {
            weft_runtime::types::exception::as_exception(obj).and_then(|e| {
                Dict::cast(&e.dict)
                    .expect("a dict")
                    .get(name)
                    .ok()
                    .flatten()
            })
        };
        return Ok(match n {
            "encoding" | "object" | "start" | "end" | "reason"
                if is("UnicodeEncodeError") || is("UnicodeDecodeError") =>
            {
                let at = ["encoding", "object", "start", "end", "reason"]
                    .iter()
                    .position(|&a| a == n)
                    .expect("listed");
                tuple::as_tuple(&args).and_then(|a| (a.len() == 5).then(|| a[at].clone()))
            }
            "value" if is("StopIteration") => Some(first()),
            // Set by assignment into the instance dict, else from the
            // arguments: none, the one, or all of them as a tuple.
            "code" if is("SystemExit") => {
                Some(own().unwrap_or_else(|| match tuple::as_tuple(&args) {
                    Some(a) if a.len() > 1 => args.clone(),
                    _ => first(),
                }))
            }
            "errno" | "strerror" | "filename" | "filename2" => {
                weft_runtime::types::exception::os_error_field(obj, n)
            }
            // Set by the raiser into the instance dict, else None.
            "name" | "path" if is("ImportError") => Some(own().unwrap_or_else(none_bool::none)),
            "name" | "obj" if is("AttributeError") => Some(own().unwrap_or_else(none_bool::none)),
            "add_note" => Some(bound_method(
                native_function("add_note", exception_add_note),
                obj.clone(),
            )),
            "with_traceback" => Some(bound_method(
                native_function("with_traceback", exception_with_traceback),
                obj.clone(),
            )),
            _ => None,
        });
    }
    if let Some(n_) = as_native(obj) {
        return Ok(match n {
            "__name__" | "__qualname__" => Some(pystr::str_value(n_.name)),
            "__doc__" => Some(none_bool::none()),
            "__module__" => Some(weft_runtime::interned!("builtins").clone()),
            _ => None,
        });
    }
    if let Some(m) = as_bound_method(obj) {
        return Ok(match n {
            "__self__" => Some(m.receiver.clone()),
            "__func__" => Some(m.func.clone()),
            "__name__" | "__qualname__" | "__doc__" | "__module__" => Some(getattr(&m.func, name)?),
            _ => None,
        });
    }
    if let Some(cell) = super::function::as_cell(obj) {
        if n == "cell_contents" {
            return match cell.contents.get() {
                Some(v) => Ok(Some(v)),
                None => Err(error("ValueError", "Cell is empty")),
            };
        }
        return Ok(None);
    }
    if let Some(r) = super::type_expressions::getattr(obj, n) {
        return r.map(Some);
    }
    if super::errors::TRACEBACK_TYPE.is(obj) {
        return Ok(super::errors::traceback_attr(obj, n));
    }
    if super::frame_object::FRAME_OBJECT_TYPE.is(obj) {
        return Ok(super::frame_object::frame_attr(obj, n));
    }
    if let Some(c) = super::objects::CODE_TYPE.downcast(obj) {
        return Ok(super::objects::code_attr(c, n));
    }
    if let Some(f) = weft_runtime::types::descriptor::wrapped_function(obj) {
        return Ok(match n {
            "__func__" | "__wrapped__" => Some(f.clone()),
            // Abstract when the function is (`@classmethod @abstractmethod`).
            "__isabstractmethod__" => Some(none_bool::bool_value(
                match getattr(f, weft_runtime::interned!("__isabstractmethod__")) {
                    Ok(v) => super::ops::truthy(&v)?,
                    Err(_) => false,
                },
            )),
            // As CPython 3.10+, the wrapper shows the function's names.
            "__name__" | "__qualname__" | "__doc__" | "__module__" | "__annotations__" => {
                getattr(f, name).ok()
            }
            "__get__" => Some(bound_method(
                native_function("__get__", descriptor_dunder_get),
                obj.clone(),
            )),
            _ => None,
        });
    }
    if let Some(g) = as_generator(obj) {
        return Ok(match n {
            "__name__" => Some(g.name.clone()),
            "__qualname__" => Some(g.qualname.clone()),
            "gi_frame" => Some(super::generator::frame_object(g)),
            "gi_running" => Some(none_bool::bool_value(super::generator::is_running(g))),
            "gi_code" => Some(super::generator::code_object(g)),
            _ => None,
        });
    }
    if let Some(m) = weft_runtime::types::slots::as_member(obj) {
        let bound = |name: &'static str, f: weft_runtime::types::function::NativeFn| {
            Some(bound_method(native_function(name, f), obj.clone()))
        };
        return Ok(match n {
            "__get__" => bound("__get__", descriptor_dunder_get),
            "__set__" => bound("__set__", descriptor_dunder_set),
            "__delete__" => bound("__delete__", descriptor_dunder_delete),
            "__name__" => Some(m.name.clone()),
            "__qualname__" => Some(weft_runtime::types::str::str_value(&format!(
                "{}.{}",
                typeobj::type_name(&m.owner),
                weft_runtime::types::str::as_str(&m.name).unwrap_or("?")
            ))),
            "__objclass__" => Some(m.owner.clone()),
            "__doc__" => Some(none_bool::none()),
            _ => None,
        });
    }
    if let Some(p) = property_of(obj) {
        let opt = |v: &Option<Value>| v.clone().unwrap_or_else(none_bool::none);
        return Ok(match n {
            "fget" => Some(opt(&p.fget)),
            "fset" => Some(opt(&p.fset)),
            "fdel" => Some(opt(&p.fdel)),
            "__doc__" if p.doc.is_some() => p.doc.clone(),
            "__doc__" => match &p.fget {
                Some(f) => Some(
                    getattr(f, weft_runtime::interned!("__doc__"))
                        .unwrap_or_else(|_| none_bool::none()),
                ),
                None => Some(none_bool::none()),
            },
            "__get__" => Some(bound_method(
                native_function("__get__", descriptor_dunder_get),
                obj.clone(),
            )),
            "__set__" => Some(bound_method(
                native_function("__set__", descriptor_dunder_set),
                obj.clone(),
            )),
            "__delete__" => Some(bound_method(
                native_function("__delete__", descriptor_dunder_delete),
                obj.clone(),
            )),
            "setter" => Some(bound_method(
                native_function("setter", property_setter),
                obj.clone(),
            )),
            "getter" => Some(bound_method(
                native_function("getter", property_getter),
                obj.clone(),
            )),
            "deleter" => Some(bound_method(
                native_function("deleter", property_deleter),
                obj.clone(),
            )),
            _ => None,
        });
    }
    Ok(None)
}

/// `func.__get__(obj, type=None)`: a method bound to `obj` (the function
/// itself when `obj` is None).
fn function_get(args: Args<'_>) -> PyResult<Value> {
    match args.positional {
        [f, obj] | [f, obj, _] if none_bool::is_none(obj) => Ok(f.clone()),
        [f, obj] | [f, obj, _] => Ok(bound_method(f.clone(), obj.clone())),
        _ => Err(type_error("__get__(None, None) is invalid")),
    }
}

/// `prop.__set__(obj, value)`, and a slot's `member.__set__`.
fn descriptor_dunder_set(args: Args<'_>) -> PyResult<Value> {
    let [d, obj, value] = args.positional else {
        return Err(type_error(format!(
            "expected 2 arguments, got {}",
            args.positional.len().saturating_sub(1)
        )));
    };
    descriptor_store(d, obj, Some(value.clone()), "__set__")
}

/// `prop.__delete__(obj)`, and a slot's `member.__delete__`.
fn descriptor_dunder_delete(args: Args<'_>) -> PyResult<Value> {
    let [d, obj] = args.positional else {
        return Err(type_error(format!(
            "expected 1 argument, got {}",
            args.positional.len().saturating_sub(1)
        )));
    };
    descriptor_store(d, obj, None, "__delete__")
}

/// Store `value` through the property or member descriptor `d` (`None`:
/// delete).
fn descriptor_store(d: &Value, obj: &Value, value: Option<Value>, method: &str) -> PyResult<Value> {
    if property_of(d).is_some() {
        weft_runtime::types::descriptor::property_set(d, obj, value)?;
    } else if weft_runtime::types::slots::as_member(d).is_some() {
        rt_attr::descr_set(d, obj, value)?;
    } else {
        return Err(type_error(format!(
            "descriptor '{method}' requires a 'property' object"
        )));
    }
    Ok(none_bool::none())
}

/// `descr.__get__(obj, owner=None)` for the built-in descriptors
/// (property, member descriptors, staticmethod, classmethod): what reading through
/// them gives, on `obj` or, when `obj` is None, on the class `owner`.
fn descriptor_dunder_get(args: Args<'_>) -> PyResult<Value> {
    let (d, obj, owner) = match args.positional {
        [d, obj] => (d, obj, None),
        [d, obj, owner] => (d, obj, Some(owner).filter(|o| !none_bool::is_none(o))),
        _ => {
            return Err(type_error(format!(
                "expected 1 or 2 arguments, got {}",
                args.positional.len().saturating_sub(1)
            )))
        }
    };
    match (none_bool::is_none(obj), owner) {
        (true, None) => Err(type_error("__get__(None, None) is invalid")),
        (true, Some(owner)) => typeobj::descr_get(d, None, owner),
        (false, owner) => typeobj::descr_get(
            d,
            Some(obj),
            &owner.cloned().unwrap_or_else(|| typeobj::type_of(obj)),
        ),
    }
}

/// `func.__call__(*args, **kwargs)`.
fn function_call(args: Args<'_>) -> PyResult<Value> {
    match args.positional.split_first() {
        Some((f, rest)) => protocol::call_args(f, Args::new(rest, args.keywords)),
        None => Err(type_error(
            "descriptor '__call__' of 'function' object needs an argument",
        )),
    }
}

/// `exc.with_traceback(tb)`: sets `__traceback__`, returns the exception.
fn exception_with_traceback(args: Args<'_>) -> PyResult<Value> {
    let [exc, tb] = args.positional else {
        return Err(type_error(format!(
            "with_traceback() takes exactly one argument ({} given)",
            args.positional.len().saturating_sub(1)
        )));
    };
    rt_attr::setattr(
        exc,
        weft_runtime::interned!("__traceback__"),
        Some(tb.clone()),
    )?;
    Ok(exc.clone())
}

/// `exc.add_note(note)`: appends to the exception's `__notes__` list,
/// which tracebacks print after the message.
fn exception_add_note(args: Args<'_>) -> PyResult<Value> {
    let [exc, note] = args.positional else {
        return Err(type_error(format!(
            "add_note() takes exactly one argument ({} given)",
            args.positional.len().saturating_sub(1)
        )));
    };
    if pystr::as_str(note).is_none() {
        return Err(type_error(format!(
            "note must be a str, not '{}'",
            typeobj::type_name_of(note)
        )));
    }
    let key = weft_runtime::interned!("__notes__");
    let notes = match rt_attr::getattr(exc, key) {
        Ok(n) => n,
        Err(_) => {
            let fresh = weft_runtime::types::list::List::new(Vec::new());
            rt_attr::setattr(exc, key, Some(fresh.clone()))?;
            fresh
        }
    };
    let list = weft_runtime::types::list::List::cast(&notes)
        .ok_or_else(|| type_error("Cannot add note: __notes__ is not a list"))?;
    list.append(note.clone());
    Ok(none_bool::none())
}

fn property_of(v: &Value) -> Option<&Property> {
    weft_runtime::types::descriptor::as_property(v)
}

fn property_with(args: Args<'_>, which: usize) -> PyResult<Value> {
    let (Some(p), Some(f)) = (
        args.positional.first().and_then(property_of),
        args.positional.get(1),
    ) else {
        return Err(type_error("property accessor takes exactly one argument"));
    };
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[which] = Some(f.clone());
    let [g, s, d] = parts;
    Ok(weft_runtime::types::descriptor::property(
        g,
        s,
        d,
        p.doc.clone(),
        &p.name(),
    ))
}

fn property_getter(args: Args<'_>) -> PyResult<Value> {
    property_with(args, 0)
}
fn property_setter(args: Args<'_>) -> PyResult<Value> {
    property_with(args, 1)
}
fn property_deleter(args: Args<'_>) -> PyResult<Value> {
    property_with(args, 2)
}

/// Class attributes the runtime does not answer itself.
fn type_attr(t: &Value, name: &Value) -> PyResult<Option<Value>> {
    let n = name_of(name);
    if typeobj::lookup(t, name).is_some() {
        return Ok(None);
    }
    Ok(match n {
        "__qualname__" => Some(match typeobj::builtin_module_and_name(t) {
            Some((_, name)) => pystr::str_value(name),
            None => pystr::str_from_string(typeobj::type_name(t)),
        }),
        "__module__" => Some(match typeobj::builtin_module_and_name(t) {
            Some((module, _)) => pystr::str_value(module),
            None => weft_runtime::interned!("builtins").clone(),
        }),
        "__doc__" => Some(none_bool::none()),
        "__subclasses__" => Some(bound_method(
            native_function("__subclasses__", type_subclasses),
            t.clone(),
        )),
        _ => None,
    })
}

/// `cls.__subclasses__()`.
fn type_subclasses(args: Args<'_>) -> PyResult<Value> {
    match args.positional {
        [t] if typeobj::as_type(t).is_some() => {
            Ok(weft_runtime::types::list::List::new(typeobj::subclasses(t)))
        }
        _ => Err(type_error(format!(
            "__subclasses__() takes no arguments ({} given)",
            args.positional.len().saturating_sub(1)
        ))),
    }
}

fn function_attr(obj: &Value, f: &super::function::Function, name: &Value) -> PyResult<Value> {
    let opt = |v: Option<&Value>| v.cloned().unwrap_or_else(none_bool::none);
    Ok(match name_of(name) {
        "__name__" => f.name.lock().clone(),
        "__qualname__" => f.qualname.lock().clone(),
        "__module__" => f.module.clone(),
        "__doc__" => f.doc.lock().clone(),
        "__defaults__" => f.with_defaults(opt),
        "__kwdefaults__" => f.with_kwdefaults(opt),
        "__closure__" => opt(f.closure.get()),
        "__globals__" => f.globals.clone(),
        "__code__" => objects::code_object(&f.code),
        "__annotations__" => {
            let mut held = f.annotations_dict.lock();
            if let Some(d) = held.as_ref() {
                return Ok(d.clone());
            }
            let d = Dict::new();
            if let Some(pairs) = f.annotations.get().and_then(|a| tuple::as_tuple(a)) {
                for pair in pairs.chunks(2) {
                    if let [k, v] = pair {
                        Dict::cast(&d).expect("a dict").set(k.clone(), v.clone())?;
                    }
                }
            }
            *held = Some(d.clone());
            d
        }
        "__dict__" => f.dict.get_or_init(Dict::new).clone(),
        "__class__" => typeobj::type_of(obj),
        _ => {
            if let Some(v) = f
                .dict
                .get()
                .and_then(|d| Dict::cast(d).expect("a dict").get(name).ok().flatten())
            {
                return Ok(v);
            }
            let ty = typeobj::type_of(obj);
            if let Some(d) = typeobj::lookup(&ty, name) {
                return typeobj::descr_get(&d, Some(obj), &ty);
            }
            if name_of(name) == "__get__" {
                return Ok(bound_method(
                    native_function("__get__", function_get),
                    obj.clone(),
                ));
            }
            if name_of(name) == "__call__" {
                return Ok(bound_method(
                    native_function("__call__", function_call),
                    obj.clone(),
                ));
            }
            return Err(error(
                "AttributeError",
                format!("'function' object has no attribute '{}'", name_of(name)),
            ));
        }
    })
}

/// `obj.__class__ = cls` for an instance of a Python class: allowed
/// between Python classes of the same layout (CPython's object_set_class).
fn set_class(inst: &weft_runtime::types::instance::Instance, value: Option<Value>) -> PyResult<()> {
    let Some(new) = value else {
        return Err(type_error("can't delete __class__ attribute"));
    };
    if typeobj::as_type(&new).is_none() {
        return Err(type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            typeobj::type_name_of(&new)
        )));
    }
    let old = inst.class().clone();
    if !typeobj::is_heap(&new) {
        return Err(type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    let slots_key = weft_runtime::interned!("__slots__");
    let slot_names = |c: &Value| -> Vec<String> {
        typeobj::mro(c)
            .iter()
            .flat_map(|k| {
                Dict::cast(typeobj::class_dict(k))
                    .map(|d| d.keys())
                    .unwrap_or_default()
            })
            .filter(|k| {
                typeobj::lookup(c, k)
                    .is_some_and(|d| weft_runtime::types::slots::as_member(&d).is_some())
            })
            .filter_map(|k| pystr::as_str(&k).map(str::to_string))
            .collect()
    };
    let same_layout = typeobj::layout_of(&new).map(std::ptr::from_ref)
        == typeobj::layout_of(&old).map(std::ptr::from_ref)
        && typeobj::builtin_base_of(&new).map(std::ptr::from_ref)
            == typeobj::builtin_base_of(&old).map(std::ptr::from_ref)
        && typeobj::lookup(&new, slots_key).is_some() == typeobj::lookup(&old, slots_key).is_some()
        && slot_names(&new) == slot_names(&old);
    if !same_layout {
        return Err(type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            typeobj::type_name(&new),
            typeobj::type_name(&old)
        )));
    }
    inst.set_class(&new);
    Ok(())
}

/// `__slots__` of every class in the MRO, if all user classes declare them.
fn slots_allow(obj: &Value, name: &str) -> bool {
    let ty = typeobj::type_of(obj);
    let slots_key = weft_runtime::interned!("__slots__").clone();
    // The common case, answered by the type cache: no class declares slots.
    if typeobj::lookup(&ty, &slots_key).is_none() {
        return true;
    }
    let mut allowed = Vec::new();
    for k in typeobj::mro(&ty) {
        let d = typeobj::class_dict(&k);
        match Dict::cast(d).and_then(|d| d.get(&slots_key).ok().flatten()) {
            Some(s) => {
                if let Some(one) = pystr::as_str(&s) {
                    allowed.push(one.to_string());
                } else if let Ok(items) = super::ops::collect(&s) {
                    allowed.extend(
                        items
                            .iter()
                            .filter_map(|v| pystr::as_str(v).map(str::to_string)),
                    );
                }
            }
            None => {
                // A class without __slots__ (other than object) gives a __dict__.
                if !typeobj::is_builtin_type(&k, &typeobj::OBJECT_TYPE) {
                    return true;
                }
            }
        }
    }
    allowed.iter().any(|a| a == name || a == "__dict__")
}

/// `setattr(obj, name, value)`.
pub fn setattr(obj: &Value, name: &Value, value: Value) -> PyResult<()> {
    // A metaclass's `__setattr__` written in Python, for `Cls.name = v`.
    if let Some(meta) = typeobj::metaclass_of(obj) {
        if let Some(f) = typeobj::lookup(meta, weft_runtime::interned!("__setattr__"))
            .filter(|f| as_native(f).is_none())
        {
            protocol::call(&typeobj::bind(&f, obj, meta)?, &[name.clone(), value])?;
            return Ok(());
        }
    }
    if let Some(sa) = user_override(
        obj,
        typeobj::OVERRIDES_SETATTR,
        weft_runtime::interned!("__setattr__"),
    ) {
        let ty = typeobj::type_of(obj);
        protocol::call(&typeobj::bind(&sa, obj, &ty)?, &[name.clone(), value])?;
        return Ok(());
    }
    generic_setattr(obj, name, Some(value))
}

/// `object.__setattr__` / `object.__delattr__` (value `None`).
pub fn generic_setattr(obj: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    if let Some(inst) = as_instance(obj) {
        if name_of(name) == "__class__" {
            return set_class(inst, value);
        }
        let ty = typeobj::type_of(obj);
        let is_descriptor =
            typeobj::lookup(&ty, name).is_some_and(|d| weft_runtime::attr::is_data_descriptor(&d));
        if !is_descriptor && !slots_allow(obj, name_of(name)) {
            return Err(error(
                "AttributeError",
                format!(
                    "'{}' object has no attribute '{}'",
                    typeobj::type_name(&ty),
                    name_of(name)
                ),
            ));
        }
        return rt_attr::setattr(obj, name, value);
    }
    if let Some(m) = as_module(obj) {
        let d = Dict::cast(&m.dict).expect("a dict");
        return match value {
            Some(v) => d.set(name.clone(), v),
            None => match d.pop(name)? {
                Some(_) => Ok(()),
                None => Err(error(
                    "AttributeError",
                    format!("module '{}' has no attribute '{}'", m.name(), name_of(name)),
                )),
            },
        };
    }
    if let Some(f) = as_function(obj) {
        match (name_of(name), &value) {
            ("__name__", Some(v)) if pystr::as_str(v).is_some() => *f.name.lock() = v.clone(),
            ("__qualname__", Some(v)) if pystr::as_str(v).is_some() => {
                *f.qualname.lock() = v.clone()
            }
            // Deleting it leaves None, as in CPython.
            ("__doc__", v) => *f.doc.lock() = v.clone().unwrap_or_else(none_bool::none),
            ("__annotations__", Some(v)) => {
                if Dict::cast(v).is_none() && !none_bool::is_none(v) {
                    return Err(type_error("__annotations__ must be set to a dict object"));
                }
                // None, as deleting, leaves a new empty dict for the next read.
                *f.annotations_dict.lock() = (!none_bool::is_none(v))
                    .then(|| v.clone())
                    .or_else(|| Some(Dict::new()));
            }
            ("__annotations__", None) => *f.annotations_dict.lock() = Some(Dict::new()),
            ("__defaults__", v) => f.assign_defaults(v.clone())?,
            ("__kwdefaults__", v) => f.assign_kwdefaults(v.clone())?,
            _ => {
                let d = Dict::cast(f.dict.get_or_init(Dict::new)).expect("a dict");
                match value {
                    Some(v) => d.set(name.clone(), v)?,
                    None => {
                        d.pop(name)?;
                    }
                }
            }
        }
        return Ok(());
    }
    rt_attr::setattr(obj, name, value)
}

/// `delattr(obj, name)`.
pub fn delattr(obj: &Value, name: &Value) -> PyResult<()> {
    if let Some(da) = user_override(
        obj,
        typeobj::OVERRIDES_DELATTR,
        weft_runtime::interned!("__delattr__"),
    ) {
        let ty = typeobj::type_of(obj);
        protocol::call(&typeobj::bind(&da, obj, &ty)?, std::slice::from_ref(name))?;
        return Ok(());
    }
    generic_setattr(obj, name, None)
}

/// `obj.name` for a call: `(function, Some(obj))` when the method can be
/// called unbound with `obj` first (no bound-method object is made), else
/// `(attribute, None)`.
#[inline]
pub fn load_method(obj: &Value, name: &Value) -> PyResult<(Value, Option<Value>)> {
    if let Some(inst) = as_instance(obj) {
        let ty = inst.class();
        if let Some(f) = typeobj::lookup(ty, name) {
            if as_function(&f).is_some()
                && user_override(
                    obj,
                    typeobj::OVERRIDES_GETATTRIBUTE,
                    weft_runtime::interned!("__getattribute__"),
                )
                .is_none()
                && !Dict::cast(&inst.dict).expect("a dict").contains(name)?
            {
                return Ok((f, Some(obj.clone())));
            }
        }
        return Ok((getattr(obj, name)?, None));
    }
    // Built-in values find methods on their type; objects with their own
    // attribute rules (types, modules, super) go through getattr.
    if typeobj::as_type(obj).is_none()
        && as_module(obj).is_none()
        && as_super(obj).is_none()
        && !super::ops::is_user(obj)
    {
        let ty = typeobj::type_of(obj);
        if let Some(f) = typeobj::lookup(&ty, name) {
            if as_native(&f).is_some() {
                return Ok((f, Some(obj.clone())));
            }
        }
    }
    Ok((getattr(obj, name)?, None))
}
