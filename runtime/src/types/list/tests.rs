use super::*;
use crate::{Interpreter, ThreadState};

fn ints(v: &[i64]) -> Value {
    List::new(v.iter().map(|&i| Value::small_int(i).unwrap()).collect())
}

fn contents(v: &Value) -> Vec<i64> {
    List::cast(v).unwrap().to_vec().iter().map(|x| x.as_small_int().unwrap()).collect()
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
    let caps: Vec<usize> = [1, 5, 9, 17, 25, 33, 41, 53, 65].iter().map(|&n| grown_capacity(n)).collect();
    assert_eq!(caps, vec![4, 8, 16, 24, 32, 40, 52, 64, 76]);
}

#[test]
fn reads_without_a_thread_state_use_the_lock() {
    // No ThreadState on this thread: not pinned, so reads take the lock.
    let v = ints(&[7]);
    assert_eq!(List::cast(&v).unwrap().get(0).unwrap().as_small_int(), Some(7));
}
