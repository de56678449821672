use super::*;
use crate::types::str::intern;
use crate::{Interpreter, ThreadState};

fn names(values: &[Value]) -> Vec<String> {
    values.iter().map(type_name).collect()
}

fn class(name: &str, bases: Vec<Value>) -> Value {
    new_class(name, bases, Dict::new()).unwrap()
}

#[test]
fn builtin_types_and_type_of() {
    let _ts = ThreadState::new(&Interpreter::new());
    assert_eq!(type_name_of(&Value::small_int(1).unwrap()), "int");
    assert_eq!(type_name_of(&crate::types::List::new(vec![])), "list");
    assert_eq!(type_name_of(&none_bool::true_value()), "bool");
    let b = builtin_type(&none_bool::BOOL_TYPE);
    assert_eq!(names(&mro(&b)), ["bool", "int", "object"]);
    assert!(
        builtin_type(&crate::types::list::LIST_TYPE).is(&type_of(&crate::types::List::new(vec![])))
    );
    assert_eq!(type_name_of(&b), "type");
    assert_eq!(type_name_of(&type_of(&b)), "type");
}

#[test]
fn c3_linearization_as_cpython() {
    let _ts = ThreadState::new(&Interpreter::new());
    // class O; class P(O); class Q(O); class R(P, Q)
    let o = class("O", vec![]);
    let p = class("P", vec![o.clone()]);
    let q = class("Q", vec![o.clone()]);
    let r = class("R", vec![p.clone(), q.clone()]);
    assert_eq!(names(&mro(&r)), ["R", "P", "Q", "O", "object"]);
    // class A; class B(A); class X(A, B) -> inconsistent
    let a = class("A", vec![]);
    let b = class("B", vec![a.clone()]);
    match new_class("X", vec![a.clone(), b.clone()], Dict::new()) {
        Err(PyErr::Lazy(l)) if l.kind == ExcKind::TypeError => {
            let message = l.message;
            assert_eq!(
                message,
                "Cannot create a consistent method resolution\norder (MRO) for bases A, B"
            )
        }
        other => panic!("{other:?}"),
    }
    match new_class("Y", vec![a.clone(), a.clone()], Dict::new()) {
        Err(PyErr::Lazy(l)) => assert_eq!(l.message, "duplicate base class A"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn class_attribute_changes_give_subclasses_new_versions() {
    let _ts = ThreadState::new(&Interpreter::new());
    let base = class("Base", vec![]);
    let sub = class("Sub", vec![base.clone()]);
    let sub2 = class("Sub2", vec![sub.clone()]);
    let (vb, vs, vs2) = (version(&base), version(&sub), version(&sub2));
    set_class_attr(&base, &intern("x"), Some(Value::small_int(1).unwrap())).unwrap();
    assert_ne!(version(&base), vb);
    assert_ne!(version(&sub), vs);
    assert_ne!(version(&sub2), vs2);
    assert_eq!(lookup(&sub2, &intern("x")).unwrap().as_small_int(), Some(1));
    let vs = version(&sub);
    let vb = version(&base);
    set_class_attr(&sub2, &intern("y"), Some(Value::small_int(2).unwrap())).unwrap();
    assert_eq!(
        version(&sub),
        vs,
        "a subclass change leaves its bases alone"
    );
    assert_eq!(version(&base), vb);
    // Builtin types are immutable.
    let list = builtin_type(&crate::types::list::LIST_TYPE);
    match set_class_attr(&list, &intern("x"), Some(Value::small_int(1).unwrap())) {
        Err(PyErr::Lazy(l)) => {
            assert_eq!(
                l.message,
                "cannot set 'x' attribute of immutable type 'list'"
            )
        }
        other => panic!("{other:?}"),
    }
    // A subclass that dies leaves its base's list.
    drop(sub2);
    set_class_attr(&base, &intern("z"), Some(Value::small_int(3).unwrap())).unwrap();
}
