use super::*;
use crate::types::iterator::collect;
use crate::types::slice::{indices_tuple, slice_new, slice_repr};
use crate::{Interpreter, ThreadState};

fn int(i: i64) -> Value {
    Value::small_int(i).unwrap()
}

fn message(e: PyErr) -> String {
    match e {
        PyErr::Lazy(l) => l.message,
        PyErr::Object(_) => panic!("lazy expected"),
    }
}

fn ints(v: &[Value]) -> Vec<i64> {
    v.iter().map(|x| x.as_small_int().unwrap()).collect()
}

// Expected values printed by python3 3.11.
#[test]
fn ranges_as_cpython() {
    let _ts = ThreadState::new(&Interpreter::new());
    assert_eq!(
        message(range_new(&[]).unwrap_err()),
        "range expected at least 1 argument, got 0"
    );
    assert_eq!(
        message(range_new(&[int(1), int(2), int(3), int(4)]).unwrap_err()),
        "range expected at most 3 arguments, got 4"
    );
    let f = crate::types::float::float_value(1.5);
    assert_eq!(
        message(range_new(&[f]).unwrap_err()),
        "'float' object cannot be interpreted as an integer"
    );
    assert_eq!(
        message(range_new(&[int(0), int(1), int(0)]).unwrap_err()),
        "range() arg 3 must not be zero"
    );
    let r10 = range_new(&[int(10)]).unwrap();
    let r = as_range(&r10).unwrap();
    assert_eq!(range_repr(r), "range(0, 10)");
    assert_eq!(
        message(range_getitem(r, &int(10)).unwrap_err()),
        "range object index out of range"
    );
    assert_eq!(range_getitem(r, &int(-1)).unwrap().as_small_int(), Some(9));
    let s = crate::types::str::str_value("a");
    assert_eq!(
        message(range_getitem(r, &s).unwrap_err()),
        "range indices must be integers or slices, not str"
    );
    let sliced = range_getitem(r, &slice_new(Some(int(2)), Some(int(8)), Some(int(2)))).unwrap();
    assert_eq!(range_repr(as_range(&sliced).unwrap()), "range(2, 8, 2)");
    let r2 = range_new(&[int(2)]).unwrap();
    let rev = range_getitem(
        as_range(&r2).unwrap(),
        &slice_new(None, None, Some(int(-1))),
    )
    .unwrap();
    assert_eq!(range_repr(as_range(&rev).unwrap()), "range(1, -1, -1)");
    assert_eq!(
        ints(&collect(&as_range(&rev).unwrap().iter().unwrap()).unwrap()),
        [1, 0]
    );
    let r3 = range_new(&[int(0), int(10), int(3)]).unwrap();
    assert_eq!(as_range(&r3).unwrap().len(), 4);
    assert!(as_range(&r3).unwrap().contains_int(3));
    assert!(!as_range(&r3).unwrap().contains_int(4));
    assert_eq!(as_range(&range_new(&[int(-5)]).unwrap()).unwrap().len(), 0);
    let (a, b) = (
        range_new(&[int(0), int(10), int(2)]).unwrap(),
        range_new(&[int(0), int(9), int(2)]).unwrap(),
    );
    assert!(crate::protocol::eq(&a, &b).unwrap());
    assert_eq!(
        crate::protocol::hash(&range_new(&[int(3)]).unwrap()).unwrap(),
        crate::protocol::hash(&range_new(&[int(0), int(3), int(1)]).unwrap()).unwrap()
    );
    // hash(range(3)) == hash((3, 0, 1)) in CPython.
    let t = crate::types::tuple::tuple_new(vec![int(3), int(0), int(1)]);
    assert_eq!(
        crate::protocol::hash(&range_new(&[int(3)]).unwrap()).unwrap(),
        crate::protocol::hash(&t).unwrap()
    );
}

#[test]
fn slices_as_cpython() {
    let _ts = ThreadState::new(&Interpreter::new());
    let s = slice_new(Some(int(1)), Some(int(2)), None);
    assert_eq!(
        slice_repr(crate::types::slice::as_slice(&s).unwrap()).unwrap(),
        "slice(1, 2, None)"
    );
    let s = slice_new(Some(int(1)), Some(int(2)), Some(int(3)));
    let t = indices_tuple(crate::types::slice::as_slice(&s).unwrap(), 2).unwrap();
    assert_eq!(ints(crate::types::tuple::as_tuple(&t).unwrap()), [1, 2, 3]);
    assert_eq!(
        message(crate::protocol::hash(&s).unwrap_err()),
        "unhashable type: 'slice'"
    );
}

// python3: range(10**20) and friends.
#[test]
fn ranges_past_64_bits() {
    let _ts = ThreadState::new(&Interpreter::new());
    let big = |e: u32| crate::types::int::int_from_bigint(num_bigint::BigInt::from(10).pow(e));
    let r = range_new(&[big(20)]).unwrap();
    let rr = as_range(&r).unwrap();
    assert_eq!(
        message(rr.len_checked().unwrap_err()),
        "Python int too large to convert to C ssize_t"
    );
    assert_eq!(
        crate::protocol::repr(&range_getitem(rr, &int(-1)).unwrap()).unwrap(),
        "99999999999999999999"
    );
    assert!(rr
        .position_big(&num_bigint::BigInt::from(10).pow(19))
        .is_some());
    let s = slice_new(
        Some(big(19)),
        Some(crate::types::int::int_from_bigint(
            num_bigint::BigInt::from(10).pow(19) + 3,
        )),
        None,
    );
    assert_eq!(
        range_repr(as_range(&range_getitem(rr, &s).unwrap()).unwrap()),
        "range(10000000000000000000, 10000000000000000003)"
    );
    // range(10)[::-3] == range(9, -1, -3) (CPython's compute_slice keeps the stop)
    let r10 = range_new(&[int(10)]).unwrap();
    let rev = range_getitem(
        as_range(&r10).unwrap(),
        &slice_new(None, None, Some(int(-3))),
    )
    .unwrap();
    assert_eq!(range_repr(as_range(&rev).unwrap()), "range(9, -1, -3)");
    assert_eq!(
        crate::protocol::repr(&as_range(&r10).unwrap().stop_value()).unwrap(),
        "10"
    );
    // range(0, 10**20, 3)[-1], and a range past 64 bits iterates only if its items fit.
    let r3 = range_new(&[int(0), big(20), int(3)]).unwrap();
    assert_eq!(
        crate::protocol::repr(&range_getitem(as_range(&r3).unwrap(), &int(-1)).unwrap()).unwrap(),
        "99999999999999999999"
    );
    let it = as_range(&r).unwrap().iter().unwrap();
    assert_eq!(
        crate::types::iterator::next(&it)
            .unwrap()
            .unwrap()
            .as_small_int(),
        Some(0)
    );
    let past = range_new(&[big(20), big(21)]).unwrap();
    assert!(as_range(&past).unwrap().iter().is_err());
    // range(2**63 - 2, 2**63 + 1) would reach its big items at once.
    let near = crate::types::int::int_from_bigint(num_bigint::BigInt::from(i64::MAX) - 1);
    let over = crate::types::int::int_from_bigint(num_bigint::BigInt::from(i64::MAX) + 2);
    assert!(as_range(&range_new(&[near, over]).unwrap())
        .unwrap()
        .iter()
        .is_err());
}
