use super::*;
use crate::attr::{getattr, setattr};
use crate::types::str::{as_str, intern, str_value};
use crate::{Interpreter, ThreadState};

fn int(i: i64) -> Value {
    Value::small_int(i).unwrap()
}

fn names(v: &[Value]) -> Vec<String> {
    v.iter().map(typeobj::type_name).collect()
}

#[test]
fn hierarchy_as_cpython() {
    let _ts = ThreadState::new(&Interpreter::new());
    let zde = exception_class("ZeroDivisionError").unwrap();
    assert_eq!(
        names(&typeobj::mro(&zde)),
        [
            "ZeroDivisionError",
            "ArithmeticError",
            "Exception",
            "BaseException",
            "object"
        ]
    );
    let ke = class_of_kind(ExcKind::KeyError);
    assert!(typeobj::is_subclass(
        &ke,
        &exception_class("LookupError").unwrap()
    ));
    assert!(!typeobj::is_subclass(
        &ke,
        &exception_class("ArithmeticError").unwrap()
    ));
    assert_eq!(
        names(&typeobj::mro(
            &exception_class("KeyboardInterrupt").unwrap()
        ))[1],
        "BaseException"
    );
    assert!(builtin_exception_names().count() >= 60);
}

#[test]
fn str_and_repr_as_cpython() {
    let _ts = ThreadState::new(&Interpreter::new());
    let ve = exception_class("ValueError").unwrap();
    let e = crate::protocol::call(&ve, &[str_value("bad"), int(2)]).unwrap();
    assert_eq!(exception_repr(&e).unwrap(), "ValueError('bad', 2)");
    assert_eq!(exception_str(&e).unwrap(), "('bad', 2)");
    let e = crate::protocol::call(&ve, &[str_value("x")]).unwrap();
    assert_eq!(exception_str(&e).unwrap(), "x");
    assert_eq!(exception_repr(&e).unwrap(), "ValueError('x')");
    let e = crate::protocol::call(&ve, &[]).unwrap();
    assert_eq!(exception_str(&e).unwrap(), "");
    assert_eq!(exception_repr(&e).unwrap(), "ValueError()");
    let ke = materialize(PyErr::key_error(str_value("k")));
    assert_eq!(exception_str(&ke).unwrap(), "'k'");
    assert_eq!(exception_repr(&ke).unwrap(), "KeyError('k')");
    let lazy = materialize(PyErr::new(ExcKind::ZeroDivisionError, "division by zero"));
    assert_eq!(typeobj::type_name_of(&lazy), "ZeroDivisionError");
    assert_eq!(exception_str(&lazy).unwrap(), "division by zero");
}

#[test]
fn fields_cause_context_and_attributes() {
    let _ts = ThreadState::new(&Interpreter::new());
    let te = materialize(PyErr::new(ExcKind::TypeError, "t"));
    let ve = materialize(PyErr::new(ExcKind::ValueError, "v"));
    set_cause(&te, Some(ve.clone()));
    assert!(getattr(&te, &intern("__cause__")).unwrap().is(&ve));
    assert_eq!(
        crate::types::none_bool::as_bool(&getattr(&te, &intern("__suppress_context__")).unwrap()),
        Some(true)
    );
    assert!(crate::types::none_bool::is_none(
        &getattr(&te, &intern("__context__")).unwrap()
    ));
    set_context(&ve, Some(te.clone()));
    assert!(getattr(&ve, &intern("__context__")).unwrap().is(&te));
    // e.args = (1, 2)
    setattr(
        &te,
        &intern("args"),
        Some(crate::types::tuple::tuple_new(vec![int(1), int(2)])),
    )
    .unwrap();
    assert_eq!(exception_str(&te).unwrap(), "(1, 2)");
    // Arbitrary attributes go to the exception's __dict__.
    setattr(&te, &intern("code"), Some(int(7))).unwrap();
    assert_eq!(
        getattr(&te, &intern("code")).unwrap().as_small_int(),
        Some(7)
    );
    // Methods from BaseException, through the MRO.
    let s = crate::protocol::call(&getattr(&te, &intern("__str__")).unwrap(), &[]).unwrap();
    assert_eq!(as_str(&s), Some("(1, 2)"));
}

#[test]
fn user_exception_classes() {
    let _ts = ThreadState::new(&Interpreter::new());
    let ve = exception_class("ValueError").unwrap();
    let my = typeobj::new_class("MyErr", vec![ve.clone()], crate::types::Dict::new()).unwrap();
    assert_eq!(
        names(&typeobj::mro(&my)),
        [
            "MyErr",
            "ValueError",
            "Exception",
            "BaseException",
            "object"
        ]
    );
    let e = crate::protocol::call(&my, &[str_value("m")]).unwrap();
    assert_eq!(exception_repr(&e).unwrap(), "MyErr('m')");
    assert!(matches(&e, &ve));
    assert!(matches(&e, &exception_class("Exception").unwrap()));
    assert!(!matches(&e, &exception_class("TypeError").unwrap()));
    // A class can change its own attributes; built-in exception classes cannot.
    setattr(&my, &intern("x"), Some(int(1))).unwrap();
    assert!(setattr(&ve, &intern("x"), Some(int(1))).is_err());
    // A plain class mixes with an exception base (CPython allows it too).
    let plain = typeobj::new_class("P", vec![], crate::types::Dict::new()).unwrap();
    let mixed = typeobj::new_class("Mixed", vec![ve, plain], crate::types::Dict::new()).unwrap();
    assert_eq!(
        names(&typeobj::mro(&mixed)),
        [
            "Mixed",
            "ValueError",
            "Exception",
            "BaseException",
            "P",
            "object"
        ]
    );
    let e = crate::protocol::call(&mixed, &[str_value("x")]).unwrap();
    assert_eq!(exception_repr(&e).unwrap(), "Mixed('x')");
}
