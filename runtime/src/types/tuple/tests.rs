use super::*;
use crate::types::float::float_value;
use crate::types::int::{self, int_from_i64};
use crate::types::none_bool::{none, true_value};
use crate::types::str::{empty_str, str_value};
use crate::types::List;

fn i(x: i64) -> Value {
    int_from_i64(x)
}

fn ints(xs: &[i64]) -> Value {
    tuple_new(xs.iter().map(|&x| i(x)).collect())
}

fn contents(v: &Value) -> Vec<i64> {
    as_tuple(v)
        .unwrap()
        .iter()
        .map(|x| x.as_small_int().unwrap())
        .collect()
}

use crate::test_support::err;

#[test]
fn construction_and_access() {
    let _ts = crate::ThreadState::new(&crate::Interpreter::new());
    let t = ints(&[1, 2, 3]);
    assert_eq!(t.type_name(), "tuple");
    assert_eq!(tuple_len(&t), Some(3));
    assert_eq!(tuple_getitem(&t, 0).unwrap().as_small_int(), Some(1));
    assert_eq!(tuple_getitem(&t, -1).unwrap().as_small_int(), Some(3));
    assert_eq!(
        err(tuple_getitem(&t, 5)),
        (ExcKind::IndexError, "tuple index out of range".into())
    );
    assert!(tuple_new(vec![]).is(&empty_tuple()));
    assert!(tuple_from_slice(&[]).is(&empty_tuple()));
    assert!(as_tuple(&i(1)).is_none());
    assert_eq!(tuple_len(&none()), None);
}

#[test]
fn slicing_concat_repeat() {
    // python3: (1,2,3,4,5)[::-2], [-100:100:3], [4:1]
    let t = ints(&[1, 2, 3, 4, 5]);
    assert_eq!(
        contents(&tuple_slice(&t, None, None, Some(-2)).unwrap()),
        vec![5, 3, 1]
    );
    assert_eq!(
        contents(&tuple_slice(&t, Some(-100), Some(100), Some(3)).unwrap()),
        vec![1, 4]
    );
    assert!(tuple_slice(&t, Some(4), Some(1), None)
        .unwrap()
        .is(&empty_tuple()));
    assert!(
        tuple_slice(&t, None, None, None).unwrap().is(&t),
        "a full slice is the tuple itself"
    );
    assert_eq!(
        err(tuple_slice(&t, None, None, Some(0))),
        (ExcKind::ValueError, "slice step cannot be zero".into())
    );
    let c = tuple_concat(&ints(&[1, 2]), &ints(&[3])).unwrap();
    assert_eq!(contents(&c), vec![1, 2, 3]);
    assert_eq!(
        err(tuple_concat(&ints(&[1, 2]), &List::new(vec![i(3)]))),
        (
            ExcKind::TypeError,
            "can only concatenate tuple (not \"list\") to tuple".into()
        )
    );
    assert_eq!(
        contents(&tuple_repeat(&ints(&[1, 2]), 3).unwrap()),
        vec![1, 2, 1, 2, 1, 2]
    );
    assert!(tuple_repeat(&ints(&[1, 2]), -1).unwrap().is(&empty_tuple()));
    assert_eq!(
        err(tuple_repeat(&ints(&[1, 2]), 1 << 62)).0,
        ExcKind::MemoryError
    );
}

#[test]
fn search() {
    let t = tuple_new(vec![i(1), str_value("a"), i(1), float_value(2.0)]);
    assert!(tuple_contains(&t, &str_value("a")).unwrap());
    assert!(tuple_contains(&t, &i(2)).unwrap(), "2 == 2.0");
    assert!(!tuple_contains(&t, &i(3)).unwrap());
    assert_eq!(tuple_count(&t, &true_value()).unwrap(), 2);
    assert_eq!(tuple_index(&t, &float_value(2.0)).unwrap(), 3);
    assert_eq!(
        err(tuple_index(&t, &i(5))),
        (ExcKind::ValueError, "tuple.index(x): x not in tuple".into())
    );
}

#[test]
fn hashes_match_python() {
    // python3: hash(()), hash((1,2,3)), hash((1,(2.5,''),-1)), hash((1, 2.5, -1, 2**70, True))
    assert_eq!(tuple_hash(&empty_tuple()).unwrap(), 5740354900026072187);
    assert_eq!(tuple_hash(&ints(&[1, 2, 3])).unwrap(), 529344067295497451);
    let nested = tuple_new(vec![
        i(1),
        tuple_new(vec![float_value(2.5), empty_str()]),
        i(-1),
    ]);
    assert_eq!(
        crate::protocol::hash(&nested).unwrap(),
        -7085186165956409536
    );
    let p70 = int::pow(&i(2), &i(70), None).unwrap();
    let mixed = tuple_new(vec![i(1), float_value(2.5), i(-1), p70, true_value()]);
    assert_eq!(crate::protocol::hash(&mixed).unwrap(), 744315007787378612);
    let unhashable = tuple_new(vec![i(1), List::new(vec![i(2)])]);
    assert_eq!(
        err(crate::protocol::hash(&unhashable)),
        (ExcKind::TypeError, "unhashable type: 'list'".into())
    );
    // Equal tuples of str hash equal (the str hash is per process).
    let a = tuple_new(vec![str_value("abc")]);
    let b = tuple_new(vec![str_value("abc")]);
    assert_eq!(
        crate::protocol::hash(&a).unwrap(),
        crate::protocol::hash(&b).unwrap()
    );
}

#[test]
fn equality_and_ordering() {
    // python3: (1,2) < (1,2,3), (1,2,3) < (1,2), (1, 2.5) < (1, 3), (2,) > (1, 'x'),
    // (1,2) == (1.0, 2), (1,2) <= (1,2), (nan,) == (nan,) with two different nans -> False
    assert!(tuple_compare(&ints(&[1, 2]), &ints(&[1, 2, 3]), CompareOp::Lt).unwrap());
    assert!(!tuple_compare(&ints(&[1, 2, 3]), &ints(&[1, 2]), CompareOp::Lt).unwrap());
    let a = tuple_new(vec![i(1), float_value(2.5)]);
    assert!(tuple_compare(&a, &ints(&[1, 3]), CompareOp::Lt).unwrap());
    let b = tuple_new(vec![i(1), str_value("x")]);
    assert!(tuple_compare(&ints(&[2]), &b, CompareOp::Gt).unwrap());
    let c = tuple_new(vec![float_value(1.0), i(2)]);
    assert!(tuple_eq(&ints(&[1, 2]), &c).unwrap());
    assert!(crate::protocol::eq(&ints(&[1, 2]), &c).unwrap());
    assert!(tuple_compare(&ints(&[1, 2]), &ints(&[1, 2]), CompareOp::Le).unwrap());
    let n1 = tuple_new(vec![float_value(f64::NAN)]);
    let n2 = tuple_new(vec![float_value(f64::NAN)]);
    assert!(!tuple_eq(&n1, &n2).unwrap());
    assert!(
        tuple_eq(&n1, &n1).unwrap(),
        "identity of the items counts, as in CPython"
    );
    // python3: (1,2) < (1,'a') -> TypeError: '<' not supported between instances of 'int' and 'str'
    let d = tuple_new(vec![i(1), str_value("a")]);
    assert_eq!(
        err(tuple_compare(&ints(&[1, 2]), &d, CompareOp::Lt)),
        (
            ExcKind::TypeError,
            "'<' not supported between instances of 'int' and 'str'".into()
        )
    );
    assert!(tuple_compare(&ints(&[1, 2]), &d, CompareOp::Ne).unwrap());
    assert!(!crate::protocol::eq(&ints(&[1]), &List::new(vec![i(1)])).unwrap());
}

#[test]
fn deep_nesting_frees_without_overflow() {
    let _ts = crate::ThreadState::new(&crate::Interpreter::new());
    let mut t = empty_tuple();
    for _ in 0..200_000 {
        t = tuple_new(vec![t]);
    }
    drop(t);
}

fn tracked(v: &Value) -> bool {
    // SAFETY: `v` holds a reference.
    let h = unsafe { v.as_object().expect("an object").as_ref() };
    h.gc_bits().load(std::sync::atomic::Ordering::Relaxed) & GC_TRACKED != 0
}

#[test]
fn tuples_of_atomic_values_are_not_tracked() {
    let ints = tuple_new(vec![
        Value::small_int(1).unwrap(),
        Value::small_int(2).unwrap(),
    ]);
    assert!(!tracked(&ints));
    let mixed = tuple_new(vec![str_value("a"), crate::types::float::float_value(1.5)]);
    assert!(!tracked(&mixed));
    // Nested atomic tuples stay untracked; a container anywhere tracks.
    let nested = tuple_new(vec![ints.clone(), str_value("b")]);
    assert!(!tracked(&nested));
    let with_list = tuple_new(vec![Value::small_int(1).unwrap(), List::new(vec![])]);
    assert!(tracked(&with_list));
    let holding_tracked = tuple_new(vec![with_list.clone()]);
    assert!(tracked(&holding_tracked));
    // Long tuples are not inspected.
    let long = tuple_new(
        (0..UNTRACK_CHECK_LEN as i64 + 1)
            .map(|i| Value::small_int(i).unwrap())
            .collect(),
    );
    assert!(tracked(&long));
}
