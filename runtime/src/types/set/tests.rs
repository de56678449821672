use super::*;
use crate::{Interpreter, ThreadState};

fn int(i: i64) -> Value {
    Value::small_int(i).unwrap()
}

#[test]
fn add_contains_discard() {
    let _ts = ThreadState::new(&Interpreter::new());
    let v = Set::new(vec![int(1), int(2), int(2), int(3)]).unwrap();
    let s = Set::cast(&v).unwrap();
    assert_eq!(v.type_name(), "set");
    assert_eq!(s.len(), 3);
    assert!(s.contains(&int(2)).unwrap());
    assert!(!s.contains(&int(4)).unwrap());
    assert!(s.add(int(4)).unwrap());
    assert!(!s.add(int(4)).unwrap());
    assert!(s.discard(&int(1)).unwrap());
    assert!(!s.discard(&int(1)).unwrap());
    assert!(s.remove(&int(1)).is_err());
    let mut items: Vec<i64> = s
        .items()
        .iter()
        .map(|x| x.as_small_int().unwrap())
        .collect();
    items.sort();
    assert_eq!(items, vec![2, 3, 4]);
    s.clear();
    assert!(s.is_empty());
}
