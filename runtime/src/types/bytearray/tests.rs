use super::*;
use crate::{Interpreter, ThreadState};

#[test]
fn mutation_and_reads() {
    let _ts = ThreadState::new(&Interpreter::new());
    let v = ByteArray::new(b"abc");
    let b = ByteArray::cast(&v).unwrap();
    assert_eq!(v.type_name(), "bytearray");
    assert_eq!(b.len(), 3);
    assert_eq!(b.get(1).unwrap(), b'b');
    assert!(matches!(
        b.get(3),
        Err(PyErr::Lazy(ref l)) if l.kind == ExcKind::IndexError
    ));
    b.append(b'd');
    b.extend(&[b'e'; 100]);
    assert_eq!(b.len(), 104);
    b.insert(0, b'_');
    assert_eq!(&b.to_vec()[..5], b"_abcd");
    assert_eq!(b.pop(0).unwrap(), b'_');
    b.set(0, b'A').unwrap();
    assert!(b.set(1000, 0).is_err());
    b.clear();
    assert!(b.is_empty());
    match b.pop(0) {
        Err(PyErr::Lazy(l)) => assert_eq!(l.message, "pop from empty bytearray"),
        other => panic!("{other:?}"),
    }
    b.extend(b"xyz");
    b.reverse();
    assert_eq!(b.to_vec(), b"zyx");
    assert!(crate::protocol::eq(&v, &ByteArray::new(b"zyx")).unwrap());
    assert!(
        crate::protocol::hash(&v).is_err(),
        "bytearray is unhashable"
    );
}

#[test]
fn concurrent_extends_lose_nothing() {
    let interp = Interpreter::new();
    let _ts = ThreadState::new(&interp);
    let v = ByteArray::new(b"");
    let threads: Vec<_> = (0..4u8)
        .map(|t| {
            let (v, interp) = (v.clone(), interp.clone());
            std::thread::spawn(move || {
                let ts = ThreadState::new(&interp);
                let b = ByteArray::cast(&v).unwrap();
                for i in 0..2000 {
                    b.extend(&[t, t]);
                    // Lock-free reads racing the resizes.
                    let n = b.len();
                    assert!(b.get(n - 1).unwrap() < 4);
                    if i % 64 == 0 {
                        ts.safepoint();
                    }
                }
                drop(ts);
            })
        })
        .collect();
    threads.into_iter().for_each(|t| t.join().unwrap());
    let bytes = ByteArray::cast(&v).unwrap().to_vec();
    assert_eq!(bytes.len(), 16_000);
    for t in 0..4u8 {
        assert_eq!(bytes.iter().filter(|&&x| x == t).count(), 4_000);
    }
    // Each extend is atomic: pairs are never split.
    assert!(bytes.chunks(2).all(|c| c[0] == c[1]));
}

fn message(e: PyErr) -> String {
    match e {
        PyErr::Lazy(l) => l.message,
        PyErr::Object(_) => panic!("lazy expected"),
    }
}

// python3: the same assignments and deletions on bytearray(b'abcdef').
#[test]
fn slice_assignment_and_deletion() {
    use crate::types::slice::slice_new;
    let _ts = ThreadState::new(&Interpreter::new());
    let int = |i: i64| Value::small_int(i).unwrap();
    let v = ByteArray::new(b"abcdef");
    let b = ByteArray::cast(&v).unwrap();
    // b[1:3] = b'XYZ'
    set_subscript(
        b,
        &slice_new(Some(int(1)), Some(int(3)), None),
        &crate::types::bytes::bytes_from_slice(b"XYZ"),
    )
    .unwrap();
    assert_eq!(b.to_vec(), b"aXYZdef");
    // b[::2] = b'1234'
    set_subscript(
        b,
        &slice_new(None, None, Some(int(2))),
        &crate::types::bytes::bytes_from_slice(b"1234"),
    )
    .unwrap();
    assert_eq!(b.to_vec(), b"1X2Z3e4");
    // b[::2] = b'x' -> ValueError
    let e = set_subscript(
        b,
        &slice_new(None, None, Some(int(2))),
        &crate::types::bytes::bytes_from_slice(b"x"),
    )
    .unwrap_err();
    assert_eq!(
        message(e),
        "attempt to assign bytes of size 1 to extended slice of size 4"
    );
    // b[0:1] = 5 -> TypeError
    let e = set_subscript(b, &slice_new(Some(int(0)), Some(int(1)), None), &int(5)).unwrap_err();
    assert_eq!(
        message(e),
        "can assign only bytes, buffers, or iterables of ints in range(0, 256)"
    );
    // b[-1] = 256 -> ValueError
    assert_eq!(
        message(set_subscript(b, &int(-1), &int(256)).unwrap_err()),
        "byte must be in range(0, 256)"
    );
    // del b[1::2]; del b[0]
    del_subscript(b, &slice_new(Some(int(1)), None, Some(int(2)))).unwrap();
    assert_eq!(b.to_vec(), b"1234");
    del_subscript(b, &int(0)).unwrap();
    assert_eq!(b.to_vec(), b"234");
    assert_eq!(
        message(del_subscript(b, &int(3)).unwrap_err()),
        "bytearray index out of range"
    );
    // b *= 2; b *= 0
    repeat_in_place(b, 2).unwrap();
    assert_eq!(b.to_vec(), b"234234");
    repeat_in_place(b, 0).unwrap();
    assert!(b.is_empty());
}

#[test]
fn extending_an_empty_bytearray_by_nothing() {
    // An empty bytearray may have no buffer: extending by b"" must not
    // touch it, and later extends still work.
    let _ts = ThreadState::new(&Interpreter::new());
    let v = ByteArray::new(&[]);
    let b = ByteArray::cast(&v).unwrap();
    b.extend(&[]);
    assert_eq!(b.to_vec(), Vec::<u8>::new());
    b.extend(b"ab");
    b.extend(&[]);
    assert_eq!(b.to_vec(), b"ab".to_vec());
}
