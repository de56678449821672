use super::*;
use crate::types::descriptor::{classmethod, property, staticmethod};
use crate::types::function::native_method;

/// A method as a class body's function would be: it binds to instances
/// (a plain native function stored in a class would not, as in CPython).
fn native_function(name: &'static str, f: crate::types::function::NativeFn) -> Value {
    native_method(name, f, &crate::types::instance::INSTANCE_TYPE)
}
use crate::types::none_bool::none;
use crate::types::str::str_value;
use crate::{Interpreter, ThreadState};

fn int(i: i64) -> Value {
    Value::small_int(i).unwrap()
}

fn class_with(name: &str, bases: Vec<Value>, attrs: Vec<(&str, Value)>) -> Value {
    let dict = Dict::new();
    for (k, v) in attrs {
        Dict::cast(&dict).unwrap().set(intern(k), v).unwrap();
    }
    typeobj::new_class(name, bases, dict).unwrap()
}

fn message(e: PyErr) -> String {
    match e {
        PyErr::Lazy(l) => l.message,
        PyErr::Object(_) => panic!("expected a lazy error"),
    }
}

// def __init__(self, x): self.x = x
fn init(a: crate::Args<'_>) -> PyResult<Value> {
    let args = a.positional;
    setattr(&args[0], &intern("x"), Some(args[1].clone()))?;
    Ok(none())
}
// def double(self): return self.x * 2
fn double(a: crate::Args<'_>) -> PyResult<Value> {
    let args = a.positional;
    let x = getattr(&args[0], &intern("x"))?;
    Ok(int(x.as_small_int().unwrap() * 2))
}
// def first_arg(*args): return args[0] (to see what a method was bound to)
fn first_arg(a: crate::Args<'_>) -> PyResult<Value> {
    let args = a.positional;
    Ok(args.first().cloned().unwrap_or_else(none))
}
fn constant(_: crate::Args<'_>) -> PyResult<Value> {
    Ok(int(99))
}

#[test]
fn instances_methods_and_class_attributes() {
    let _ts = ThreadState::new(&Interpreter::new());
    let c = class_with(
        "C",
        vec![],
        vec![
            ("__init__", native_function("__init__", init)),
            ("double", native_function("double", double)),
            ("kind", str_value("c")),
        ],
    );
    let obj = protocol::call(&c, &[int(21)]).unwrap();
    assert_eq!(
        getattr(&obj, &intern("x")).unwrap().as_small_int(),
        Some(21)
    );
    let bound = getattr(&obj, &intern("double")).unwrap();
    assert_eq!(
        protocol::call(&bound, &[]).unwrap().as_small_int(),
        Some(42)
    );
    // On the class, a function stays unbound.
    let plain = getattr(&c, &intern("double")).unwrap();
    assert_eq!(
        protocol::call(&plain, std::slice::from_ref(&obj))
            .unwrap()
            .as_small_int(),
        Some(42)
    );
    assert_eq!(as_str(&getattr(&obj, &intern("kind")).unwrap()), Some("c"));
    // Instance attributes shadow non-data class attributes.
    setattr(&obj, &intern("kind"), Some(str_value("mine"))).unwrap();
    assert_eq!(
        as_str(&getattr(&obj, &intern("kind")).unwrap()),
        Some("mine")
    );
    delattr(&obj, &intern("kind")).unwrap();
    assert_eq!(as_str(&getattr(&obj, &intern("kind")).unwrap()), Some("c"));
    assert_eq!(
        message(getattr(&obj, &intern("nope")).unwrap_err()),
        "'C' object has no attribute 'nope'"
    );
    assert_eq!(
        message(getattr(&c, &intern("nope")).unwrap_err()),
        "type object 'C' has no attribute 'nope'"
    );
    assert_eq!(
        message(delattr(&obj, &intern("nope")).unwrap_err()),
        "'C' object has no attribute 'nope'"
    );
    assert!(getattr(&obj, &intern("__class__")).unwrap().is(&c));
    assert!(!hasattr(&obj, &intern("nope")).unwrap());
    let d = class_with("D", vec![], vec![]);
    assert_eq!(
        message(protocol::call(&d, &[int(1)]).unwrap_err()),
        "D() takes no arguments"
    );
    assert_eq!(
        message(setattr(&int(1), &intern("foo"), Some(int(1))).unwrap_err()),
        "'int' object has no attribute 'foo'"
    );
}

#[test]
fn inheritance_overrides_along_the_mro() {
    let _ts = ThreadState::new(&Interpreter::new());
    let base = class_with(
        "Base",
        vec![],
        vec![("who", str_value("base")), ("only_base", int(1))],
    );
    let sub = class_with("Sub", vec![base.clone()], vec![("who", str_value("sub"))]);
    let obj = protocol::call(&sub, &[]).unwrap();
    assert_eq!(as_str(&getattr(&obj, &intern("who")).unwrap()), Some("sub"));
    assert_eq!(
        getattr(&obj, &intern("only_base")).unwrap().as_small_int(),
        Some(1)
    );
    // Changing the base is seen through the subclass.
    setattr(&base, &intern("only_base"), Some(int(2))).unwrap();
    assert_eq!(
        getattr(&obj, &intern("only_base")).unwrap().as_small_int(),
        Some(2)
    );
    let mro = getattr(&sub, &intern("__mro__")).unwrap();
    assert_eq!(crate::types::tuple::as_tuple(&mro).unwrap().len(), 3);
}

#[test]
fn properties_classmethods_staticmethods() {
    let _ts = ThreadState::new(&Interpreter::new());
    let c = class_with(
        "C",
        vec![],
        vec![
            (
                "p",
                property(Some(native_function("p", constant)), None, None, None, "p"),
            ),
            ("q", property(None, None, None, None, "q")),
            ("cm", classmethod(native_function("cm", first_arg))),
            ("sm", staticmethod(native_function("sm", first_arg))),
        ],
    );
    let obj = protocol::call(&c, &[]).unwrap();
    assert_eq!(
        getattr(&obj, &intern("p")).unwrap().as_small_int(),
        Some(99)
    );
    // A property is a data descriptor: it wins over the instance dict...
    let inst = crate::types::instance::as_instance(&obj).unwrap();
    Dict::cast(&inst.dict)
        .unwrap()
        .set(intern("p"), int(0))
        .unwrap();
    assert_eq!(
        getattr(&obj, &intern("p")).unwrap().as_small_int(),
        Some(99)
    );
    // ...and refuses writes without a setter, with CPython's messages.
    assert_eq!(
        message(setattr(&obj, &intern("p"), Some(int(1))).unwrap_err()),
        "property 'p' of 'C' object has no setter"
    );
    assert_eq!(
        message(getattr(&obj, &intern("q")).unwrap_err()),
        "property 'q' of 'C' object has no getter"
    );
    assert_eq!(
        message(delattr(&obj, &intern("p")).unwrap_err()),
        "property 'p' of 'C' object has no deleter"
    );
    // classmethod binds to the class, from an instance or the class.
    let cm = getattr(&obj, &intern("cm")).unwrap();
    assert!(protocol::call(&cm, &[]).unwrap().is(&c));
    let cm = getattr(&c, &intern("cm")).unwrap();
    assert!(protocol::call(&cm, &[]).unwrap().is(&c));
    // staticmethod binds to nothing.
    let sm = getattr(&obj, &intern("sm")).unwrap();
    assert_eq!(
        protocol::call(&sm, &[int(5)]).unwrap().as_small_int(),
        Some(5)
    );
}

// A user-defined data descriptor: class Desc: __get__ returns 7, __set__ records.
fn desc_get(_: crate::Args<'_>) -> PyResult<Value> {
    Ok(int(7))
}
fn desc_set(a: crate::Args<'_>) -> PyResult<Value> {
    let args = a.positional;
    // (self, obj, value): store on the descriptor under "seen"
    setattr(&args[0], &intern("seen"), Some(args[2].clone()))?;
    Ok(none())
}
fn getattr_fallback(a: crate::Args<'_>) -> PyResult<Value> {
    let args = a.positional;
    Ok(str_value(&format!("missing:{}", as_str(&args[1]).unwrap())))
}

#[test]
fn user_descriptors_and_getattr_fallback() {
    let _ts = ThreadState::new(&Interpreter::new());
    let desc_class = class_with(
        "Desc",
        vec![],
        vec![
            ("__get__", native_function("__get__", desc_get)),
            ("__set__", native_function("__set__", desc_set)),
        ],
    );
    let desc = protocol::call(&desc_class, &[]).unwrap();
    let c = class_with(
        "C",
        vec![],
        vec![
            ("d", desc.clone()),
            (
                "__getattr__",
                native_function("__getattr__", getattr_fallback),
            ),
        ],
    );
    let obj = protocol::call(&c, &[]).unwrap();
    assert_eq!(getattr(&obj, &intern("d")).unwrap().as_small_int(), Some(7));
    setattr(&obj, &intern("d"), Some(int(3))).unwrap();
    assert_eq!(
        getattr(&desc, &intern("seen")).unwrap().as_small_int(),
        Some(3),
        "__set__ ran"
    );
    assert_eq!(
        getattr(&obj, &intern("d")).unwrap().as_small_int(),
        Some(7),
        "the instance dict is bypassed"
    );
    assert_eq!(
        as_str(&getattr(&obj, &intern("zzz")).unwrap()),
        Some("missing:zzz")
    );
}

// __hash__/__eq__ on a user class make its instances usable as dict keys.
fn hash_by_x(a: crate::Args<'_>) -> PyResult<Value> {
    let args = a.positional;
    getattr(&args[0], &intern("x"))
}
fn eq_by_x(a: crate::Args<'_>) -> PyResult<Value> {
    let args = a.positional;
    let (a, b) = (
        getattr(&args[0], &intern("x"))?,
        getattr(&args[1], &intern("x"))?,
    );
    Ok(crate::types::none_bool::bool_value(
        a.as_small_int() == b.as_small_int(),
    ))
}

#[test]
fn user_hash_and_eq_drive_dict_lookups() {
    let _ts = ThreadState::new(&Interpreter::new());
    let k = class_with(
        "K",
        vec![],
        vec![
            ("__init__", native_function("__init__", init)),
            ("__hash__", native_function("__hash__", hash_by_x)),
            ("__eq__", native_function("__eq__", eq_by_x)),
        ],
    );
    let d = Dict::new();
    let dr = Dict::cast(&d).unwrap();
    dr.set(protocol::call(&k, &[int(1)]).unwrap(), str_value("one"))
        .unwrap();
    let probe = protocol::call(&k, &[int(1)]).unwrap();
    assert_eq!(as_str(&dr.get(&probe).unwrap().unwrap()), Some("one"));
    assert!(dr
        .get(&protocol::call(&k, &[int(2)]).unwrap())
        .unwrap()
        .is_none());
    // __hash__ = None makes instances unhashable.
    let u = class_with("U", vec![], vec![("__hash__", none())]);
    let e = protocol::hash(&protocol::call(&u, &[]).unwrap()).unwrap_err();
    assert_eq!(message(e), "unhashable type: 'U'");
    // Plain instances hash by identity.
    let plain = class_with("P", vec![], vec![]);
    let (a, b) = (
        protocol::call(&plain, &[]).unwrap(),
        protocol::call(&plain, &[]).unwrap(),
    );
    assert_eq!(protocol::hash(&a).unwrap(), protocol::hash(&a).unwrap());
    assert!(!protocol::eq(&a, &b).unwrap());
}
