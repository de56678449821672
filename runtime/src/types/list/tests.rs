use super::*;
use crate::{ExcKind, Interpreter, PyErr, ThreadState};

fn ints(v: &[i64]) -> Value {
    List::new(v.iter().map(|&i| Value::small_int(i).unwrap()).collect())
}

fn contents(v: &Value) -> Vec<i64> {
    List::cast(v)
        .unwrap()
        .to_vec()
        .iter()
        .map(|x| x.as_small_int().unwrap())
        .collect()
}

#[test]
fn the_basic_operations() {
    let _ts = ThreadState::new(&Interpreter::new());
    let v = ints(&[1, 2, 3]);
    let l = List::cast(&v).unwrap();
    assert_eq!(v.type_name(), "list");
    assert_eq!(l.len(), 3);
    assert_eq!(l.get(1).unwrap().as_small_int(), Some(2));
    assert!(l.get(3).is_none());
    l.append(Value::small_int(4).unwrap());
    l.insert(0, Value::small_int(0).unwrap());
    l.insert(99, Value::small_int(5).unwrap());
    assert_eq!(contents(&v), vec![0, 1, 2, 3, 4, 5]);
    assert_eq!(l.pop(0).unwrap().as_small_int(), Some(0));
    assert_eq!(l.pop(4).unwrap().as_small_int(), Some(5));
    assert!(l.pop(4).is_none());
    l.set(0, Value::small_int(10).unwrap()).unwrap();
    assert!(l.set(9, Value::small_int(10).unwrap()).is_err());
    l.reverse();
    assert_eq!(contents(&v), vec![4, 3, 2, 10]);
    l.extend_from_list(l);
    assert_eq!(contents(&v), vec![4, 3, 2, 10, 4, 3, 2, 10]);
    l.clear();
    assert!(l.is_empty());
    assert!(List::cast(&Value::small_int(1).unwrap()).is_none());
}

#[test]
fn growth_follows_cpython_over_allocation() {
    // list_resize in CPython: 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...
    let caps: Vec<usize> = [1, 5, 9, 17, 25, 33, 41, 53, 65]
        .iter()
        .map(|&n| grown_capacity(n))
        .collect();
    assert_eq!(caps, vec![4, 8, 16, 24, 32, 40, 52, 64, 76]);
}

#[test]
fn reads_without_a_thread_state_use_the_lock() {
    // No ThreadState on this thread: not pinned, so reads take the lock.
    let v = ints(&[7]);
    assert_eq!(
        List::cast(&v).unwrap().get(0).unwrap().as_small_int(),
        Some(7)
    );
}

#[test]
fn search_count_remove() {
    let _ts = ThreadState::new(&Interpreter::new());
    let v = ints(&[3, 1, 3, 2]);
    let l = List::cast(&v).unwrap();
    let three = Value::small_int(3).unwrap();
    assert!(l.contains(&three).unwrap());
    assert_eq!(l.index(&three, 0, usize::MAX).unwrap(), 0);
    assert_eq!(l.index(&three, 1, usize::MAX).unwrap(), 2);
    assert_eq!(l.count(&three).unwrap(), 2);
    l.remove(&three).unwrap();
    assert_eq!(contents(&v), vec![1, 3, 2]);
    let nine = Value::small_int(9).unwrap();
    match l.index(&nine, 0, usize::MAX) {
        Err(PyErr::Lazy(e)) if e.kind == ExcKind::ValueError => {
            assert_eq!(e.message, "9 is not in list")
        }
        other => panic!("{other:?}"),
    }
    match l.remove(&nine) {
        Err(PyErr::Lazy(e)) if e.kind == ExcKind::ValueError => {
            let message = e.message;
            assert_eq!(message, "list.remove(x): x not in list")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn sort_is_stable_with_key_and_reverse() {
    let _ts = ThreadState::new(&Interpreter::new());
    // Python: sorted(range(40), key=lambda x: x % 3) and with reverse=True
    let v = ints(&(0..40).collect::<Vec<_>>());
    let l = List::cast(&v).unwrap();
    let key = |x: &Value| Ok(Value::small_int(x.as_small_int().unwrap() % 3).unwrap());
    l.sort(Some(&key), false).unwrap();
    let expected: Vec<i64> = (0..40)
        .filter(|x| x % 3 == 0)
        .chain((0..40).filter(|x| x % 3 == 1))
        .chain((0..40).filter(|x| x % 3 == 2))
        .collect();
    assert_eq!(contents(&v), expected);
    let v = ints(&(0..40).collect::<Vec<_>>());
    let l = List::cast(&v).unwrap();
    l.sort(Some(&key), true).unwrap();
    let expected: Vec<i64> = (0..40)
        .filter(|x| x % 3 == 2)
        .chain((0..40).filter(|x| x % 3 == 1))
        .chain((0..40).filter(|x| x % 3 == 0))
        .collect();
    assert_eq!(contents(&v), expected);
    let v = ints(&[
        5, -1, 3, 3, 0, 100, -50, 7, 2, 2, 9, 8, 1, 0, 4, 6, 11, 13, 12, 10,
    ]);
    let l = List::cast(&v).unwrap();
    l.sort(None, false).unwrap();
    assert_eq!(
        contents(&v),
        vec![-50, -1, 0, 0, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 100]
    );
}

#[test]
fn sort_errors_leave_the_items_and_report() {
    let _ts = ThreadState::new(&Interpreter::new());
    // A list and an int cannot be ordered: TypeError, nothing lost.
    let v = List::new(vec![
        Value::small_int(1).unwrap(),
        List::new(vec![]),
        Value::small_int(0).unwrap(),
    ]);
    let l = List::cast(&v).unwrap();
    match l.sort(None, false) {
        Err(PyErr::Lazy(e)) if e.kind == ExcKind::TypeError => {
            let message = e.message;
            assert_eq!(
                message,
                "'<' not supported between instances of 'list' and 'int'"
            )
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(l.len(), 3);
}

#[test]
fn list_comparisons() {
    let _ts = ThreadState::new(&Interpreter::new());
    let (a, b, c) = (ints(&[1, 2, 3]), ints(&[1, 2, 4]), ints(&[1, 2]));
    let (a, b, c) = (
        List::cast(&a).unwrap(),
        List::cast(&b).unwrap(),
        List::cast(&c).unwrap(),
    );
    assert!(a.compare(b, CompareOp::Lt).unwrap());
    assert!(!a.compare(b, CompareOp::Eq).unwrap());
    assert!(a.compare(a, CompareOp::Eq).unwrap());
    assert!(c.compare(a, CompareOp::Lt).unwrap());
    assert!(a.compare(c, CompareOp::Ge).unwrap());
    assert!(a.compare(b, CompareOp::Ne).unwrap());
}

#[test]
fn reversing_empty_and_single_lists() {
    // An empty list may have no array: reverse must not touch it.
    let _ts = ThreadState::new(&Interpreter::new());
    for items in [&[][..], &[7][..], &[1, 2][..], &[1, 2, 3][..]] {
        let v = ints(items);
        List::cast(&v).unwrap().reverse();
        let mut expected = items.to_vec();
        expected.reverse();
        assert_eq!(contents(&v), expected);
    }
}
