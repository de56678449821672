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
    assert!(matches!(b.get(3), Err(PyErr::Lazy { kind: ExcKind::IndexError, .. })));
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
        Err(PyErr::Lazy { message, .. }) => assert_eq!(message, "pop from empty bytearray"),
        other => panic!("{other:?}"),
    }
    b.extend(b"xyz");
    b.reverse();
    assert_eq!(b.to_vec(), b"zyx");
    assert!(crate::protocol::eq(&v, &ByteArray::new(b"zyx")).unwrap());
    assert!(crate::protocol::hash(&v).is_err(), "bytearray is unhashable");
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
