use super::*;
use crate::types::str::{as_str, str_value};
use crate::{Interpreter, ThreadState};

fn int(i: i64) -> Value {
    Value::small_int(i).unwrap()
}

fn ints(v: &[Value]) -> Vec<i64> {
    v.iter().map(|x| x.as_small_int().unwrap()).collect()
}

fn message(e: PyErr) -> String {
    match e {
        PyErr::Lazy(l) => l.message,
        PyErr::Object(_) => panic!("lazy expected"),
    }
}

#[test]
fn iterate_every_builtin_container() {
    let _ts = ThreadState::new(&Interpreter::new());
    assert_eq!(
        ints(&collect(&List::new(vec![int(1), int(2)])).unwrap()),
        [1, 2]
    );
    assert_eq!(
        ints(&collect(&tuple::tuple_new(vec![int(3)])).unwrap()),
        [3]
    );
    let chars: Vec<String> = collect(&str_value("héllo"))
        .unwrap()
        .iter()
        .map(|c| as_str(c).unwrap().to_string())
        .collect();
    assert_eq!(chars, ["h", "é", "l", "l", "o"]);
    assert_eq!(
        ints(&collect(&bytes::bytes_new(vec![7, 8])).unwrap()),
        [7, 8]
    );
    assert_eq!(ints(&collect(&ByteArray::new(b"\x01")).unwrap()), [1]);
    let d = Dict::new();
    let dr = Dict::cast(&d).unwrap();
    for i in [5, 3, 9] {
        dr.set(int(i), int(i * 10)).unwrap();
    }
    dr.delitem(&int(3)).unwrap();
    assert_eq!(
        ints(&collect(&d).unwrap()),
        [5, 9],
        "insertion order, deleted keys skipped"
    );
    assert_eq!(
        ints(&collect(&dict_iter(&d, DictPart::Values)).unwrap()),
        [50, 90]
    );
    let items = collect(&dict_iter(&d, DictPart::Items)).unwrap();
    assert_eq!(ints(tuple::as_tuple(&items[1]).unwrap()), [9, 90]);
    let s = Set::new(vec![int(1), int(2)]).unwrap();
    let mut got = ints(&collect(&s).unwrap());
    got.sort();
    assert_eq!(got, [1, 2]);
    assert_eq!(ints(&collect(&range_iter(0, 10, 3)).unwrap()), [0, 3, 6, 9]);
    assert_eq!(ints(&collect(&range_iter(5, 0, -2)).unwrap()), [5, 3, 1]);
    assert!(collect(&range_iter(0, 0, 1)).unwrap().is_empty());
    assert_eq!(
        message(iter(&int(1)).unwrap_err()),
        "'int' object is not iterable"
    );
    assert_eq!(
        message(next(&int(1)).unwrap_err()),
        "'int' object is not an iterator"
    );
}

#[test]
fn exhausted_iterators_stay_exhausted_and_size_changes_raise() {
    let _ts = ThreadState::new(&Interpreter::new());
    let l = List::new(vec![int(1)]);
    let it = iter(&l).unwrap();
    assert_eq!(next(&it).unwrap().unwrap().as_small_int(), Some(1));
    assert!(next(&it).unwrap().is_none());
    List::cast(&l).unwrap().append(int(2));
    assert!(
        next(&it).unwrap().is_none(),
        "an exhausted list iterator does not see later appends"
    );
    let d = Dict::new();
    Dict::cast(&d).unwrap().set(int(1), int(1)).unwrap();
    let it = iter(&d).unwrap();
    Dict::cast(&d).unwrap().set(int(2), int(2)).unwrap();
    assert_eq!(
        message(next(&it).unwrap_err()),
        "dictionary changed size during iteration"
    );
    let s = Set::new(vec![int(1)]).unwrap();
    let it = iter(&s).unwrap();
    Set::cast(&s).unwrap().add(int(2)).unwrap();
    assert_eq!(
        message(next(&it).unwrap_err()),
        "Set changed size during iteration"
    );
}

#[test]
fn one_iterator_shared_by_threads_yields_each_item_once() {
    for _round in 0..20 {
        shared_iteration_round();
    }
}

fn shared_iteration_round() {
    let interp = Interpreter::new();
    let _ts = ThreadState::new(&interp);
    let l = List::new((0..10_000).map(int).collect());
    let it = iter(&l).unwrap();
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let (it, interp) = (it.clone(), interp.clone());
            std::thread::spawn(move || {
                let ts = ThreadState::new(&interp);
                let mut got = Vec::new();
                while let Some(v) = next(&it).unwrap() {
                    got.push(v.as_small_int().unwrap());
                }
                drop(ts);
                got
            })
        })
        .collect();
    let mut all: Vec<i64> = threads
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    all.sort();
    let len = all.len();
    all.dedup();
    assert_eq!(
        (len, all.len()),
        (10_000, 10_000),
        "items lost or returned twice"
    );
    assert!(all.iter().enumerate().all(|(i, &x)| x == i as i64));
}

// python3: type(iter(x)).__name__ for each container; it.__next__()
#[test]
fn iterator_types_are_named_as_cpython() {
    let _ts = ThreadState::new(&Interpreter::new());
    let name = |v: Value| iter(&v).unwrap().type_name().to_string();
    assert_eq!(name(List::new(vec![])), "list_iterator");
    assert_eq!(name(tuple::tuple_new(vec![])), "tuple_iterator");
    assert_eq!(name(str_value("ab")), "str_ascii_iterator");
    assert_eq!(name(str_value("é")), "str_iterator");
    assert_eq!(name(bytes::bytes_new(vec![1])), "bytes_iterator");
    assert_eq!(name(ByteArray::new(b"")), "bytearray_iterator");
    assert_eq!(name(Dict::new()), "dict_keyiterator");
    assert_eq!(
        dict_iter(&Dict::new(), DictPart::Items).type_name(),
        "dict_itemiterator"
    );
    assert_eq!(range_iter(0, 3, 1).type_name(), "range_iterator");
    let it = range_iter(0, 2, 1);
    let method = crate::attr::getattr(&it, &pystr::intern("__next__")).unwrap();
    assert_eq!(
        protocol::call(&method, &[]).unwrap().as_small_int(),
        Some(0)
    );
    assert_eq!(
        protocol::call(&method, &[]).unwrap().as_small_int(),
        Some(1)
    );
    assert_eq!(
        protocol::call(&method, &[]).unwrap_err().kind(),
        Some(ExcKind::StopIteration)
    );
    let again = crate::attr::getattr(&it, &pystr::intern("__iter__")).unwrap();
    assert!(protocol::call(&again, &[]).unwrap().is(&it));
}
