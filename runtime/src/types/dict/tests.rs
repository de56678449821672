use super::*;
use crate::types::List;
use crate::{Interpreter, ThreadState};

fn int(i: i64) -> Value {
    Value::small_int(i).unwrap()
}

#[test]
fn set_get_delete_and_order() {
    let _ts = ThreadState::new(&Interpreter::new());
    let v = Dict::new();
    let d = Dict::cast(&v).unwrap();
    assert_eq!(v.type_name(), "dict");
    for i in 0..100 {
        d.set(int(i), int(i * 10)).unwrap();
    }
    assert_eq!(d.len(), 100);
    assert_eq!(d.get(&int(42)).unwrap().unwrap().as_small_int(), Some(420));
    assert!(d.get(&int(1000)).unwrap().is_none());
    d.set(int(42), int(-1)).unwrap();
    assert_eq!(d.len(), 100);
    assert_eq!(d.getitem(&int(42)).unwrap().as_small_int(), Some(-1));
    for i in (0..100).step_by(2) {
        d.delitem(&int(i)).unwrap();
    }
    assert_eq!(d.len(), 50);
    assert!(matches!(
        d.delitem(&int(0)),
        Err(PyErr::Lazy(ref l)) if l.kind == crate::ExcKind::KeyError
    ));
    let keys: Vec<i64> = d.keys().iter().map(|k| k.as_small_int().unwrap()).collect();
    assert_eq!(
        keys,
        (1..100).step_by(2).collect::<Vec<_>>(),
        "insertion order kept across deletes"
    );
    d.set(int(0), int(0)).unwrap();
    assert_eq!(
        d.keys().last().unwrap().as_small_int(),
        Some(0),
        "re-inserted key goes last"
    );
    assert_eq!(
        d.setdefault(int(7), int(99)).unwrap().as_small_int(),
        Some(70)
    );
    assert_eq!(
        d.setdefault(int(8), int(99)).unwrap().as_small_int(),
        Some(99)
    );
    assert_eq!(d.pop(&int(8)).unwrap().unwrap().as_small_int(), Some(99));
    let copy = d.copy().unwrap();
    assert_eq!(Dict::cast(&copy).unwrap().len(), d.len());
    d.clear();
    assert!(d.is_empty());
    assert_eq!(Dict::cast(&copy).unwrap().len(), 51);
}

#[test]
fn unhashable_keys_raise_type_error() {
    let _ts = ThreadState::new(&Interpreter::new());
    let v = Dict::new();
    let d = Dict::cast(&v).unwrap();
    match d.set(List::new(vec![]), int(1)) {
        Err(PyErr::Lazy(l)) => {
            let (kind, message) = (l.kind, l.message);
            assert_eq!(kind, crate::ExcKind::TypeError);
            assert_eq!(message, "unhashable type: 'list'");
        }
        other => panic!("expected TypeError, got {other:?}"),
    }
}

#[test]
fn heap_values_are_returned_with_a_reference() {
    let _ts = ThreadState::new(&Interpreter::new());
    let v = Dict::new();
    let d = Dict::cast(&v).unwrap();
    let l = List::new(vec![int(1)]);
    d.set(int(1), l.clone()).unwrap();
    let got = d.get(&int(1)).unwrap().unwrap();
    assert!(got.is(&l));
    drop(v);
    assert_eq!(
        List::cast(&got).unwrap().len(),
        1,
        "the value outlives the dict"
    );
}
