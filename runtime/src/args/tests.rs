use super::*;
use crate::types::str::{intern, str_value};
use crate::{Interpreter, ThreadState};

fn message<T>(r: PyResult<T>) -> String {
    match r {
        Err(PyErr::Lazy(l)) => l.message,
        Err(other) => panic!("{other:?}"),
        Ok(_) => panic!("no error"),
    }
}

fn some_int(v: &Value) -> Option<i64> {
    v.as_small_int()
}

#[test]
fn positional_counts_as_cpython() {
    assert_eq!(
        message(check_positional("pop", 2, 0, 1)),
        "pop expected at most 1 argument, got 2"
    );
    assert_eq!(
        message(check_positional("insert", 1, 2, 2)),
        "insert expected 2 arguments, got 1"
    );
    assert_eq!(
        message(check_positional("index", 0, 1, 3)),
        "index expected at least 1 argument, got 0"
    );
    assert!(check_positional("get", 2, 1, 2).is_ok());
}

#[test]
fn keyword_unpacking_as_cpython() {
    let _ts = ThreadState::new(&Interpreter::new());
    const SPLIT: Method = Method::keywords("str", "split", &["sep", "maxsplit"], 0, 2);
    const SORT: Method = Method::keywords("list", "sort", &["key", "reverse"], 0, 0);
    const NEEDS: Method = Method::keywords("int", "f", &["a", "b"], 1, 2);
    let one = Value::small_int(1).unwrap();
    let recv = [one.clone(), str_value(" "), one.clone()];
    let kw = |pairs: &[(&str, Value)]| -> Vec<(Value, Value)> {
        pairs.iter().map(|(k, v)| (intern(k), v.clone())).collect()
    };
    let sep_kw = kw(&[("sep", one.clone())]);
    let r: PyResult<(i64, [Option<&Value>; 2])> =
        SPLIT.parse(Args::new(&recv[..2], &sep_kw), some_int);
    assert_eq!(
        message(r),
        "argument for split() given by name ('sep') and position (1)"
    );
    let x_kw = kw(&[("x", one.clone())]);
    let r: PyResult<(i64, [Option<&Value>; 2])> =
        SORT.parse(Args::new(&recv[..1], &x_kw), some_int);
    assert_eq!(message(r), "'x' is an invalid keyword argument for sort()");
    let r: PyResult<(i64, [Option<&Value>; 2])> =
        SORT.parse(Args::positional(&recv[..2]), some_int);
    assert_eq!(message(r), "sort() takes no positional arguments");
    let three = kw(&[
        ("key", one.clone()),
        ("reverse", one.clone()),
        ("z", one.clone()),
    ]);
    let r: PyResult<(i64, [Option<&Value>; 2])> =
        SORT.parse(Args::new(&recv[..1], &three), some_int);
    assert_eq!(
        message(r),
        "sort() takes at most 2 keyword arguments (3 given)"
    );
    let four = [one.clone(), one.clone(), one.clone(), one.clone()];
    let r: PyResult<(i64, [Option<&Value>; 2])> = SPLIT.parse(Args::positional(&four), some_int);
    assert_eq!(message(r), "split() takes at most 2 arguments (3 given)");
    let r: PyResult<(i64, [Option<&Value>; 2])> =
        NEEDS.parse(Args::positional(&recv[..1]), some_int);
    assert_eq!(message(r), "f() missing required argument 'a' (pos 1)");
    let ms_kw = kw(&[("maxsplit", Value::small_int(7).unwrap())]);
    let (_, [sep, maxsplit]) = SPLIT
        .parse(Args::new(&recv[..2], &ms_kw), some_int)
        .unwrap();
    assert_eq!(str_arg(sep.unwrap()).unwrap(), " ");
    assert_eq!(maxsplit.unwrap().as_small_int(), Some(7));
}

#[test]
fn receivers_as_method_descriptors_and_slot_wrappers() {
    let _ts = ThreadState::new(&Interpreter::new());
    const APPEND: Method = Method::one("list", "append");
    const LEN: Method = Method::wrapper("list", "__len__", 0);
    let s = [str_value("a")];
    let none = |_: &Value| None::<()>;
    assert_eq!(
        message(APPEND.bind(Args::positional(&[]), none)),
        "unbound method list.append() needs an argument"
    );
    assert_eq!(
        message(APPEND.bind(Args::positional(&s), none)),
        "descriptor 'append' for 'list' objects doesn't apply to a 'str' object"
    );
    assert_eq!(
        message(LEN.bind(Args::positional(&[]), none)),
        "descriptor '__len__' of 'list' object needs an argument"
    );
    assert_eq!(
        message(LEN.bind(Args::positional(&s), none)),
        "descriptor '__len__' requires a 'list' object but received a 'str'"
    );
    let kw = [(intern("x"), Value::small_int(1).unwrap())];
    assert_eq!(
        message(APPEND.bind(Args::new(&s, &kw), Some)),
        "list.append() takes no keyword arguments"
    );
    assert_eq!(
        message(LEN.bind(Args::new(&s, &kw), Some)),
        "wrapper __len__() takes no keyword arguments"
    );
}

#[test]
fn converters_as_cpython() {
    let _ts = ThreadState::new(&Interpreter::new());
    let big = crate::types::int::int_from_bigint(num_bigint::BigInt::from(1i64) << 70u32);
    let neg_big = crate::types::int::int_from_bigint(-(num_bigint::BigInt::from(1i64) << 70u32));
    let s = str_value("a");
    assert_eq!(
        message(index_arg(&s)),
        "'str' object cannot be interpreted as an integer"
    );
    assert_eq!(
        message(index_arg(&big)),
        "Python int too large to convert to C ssize_t"
    );
    assert_eq!(
        index_arg(&crate::types::none_bool::true_value()).unwrap(),
        1
    );
    assert_eq!(
        message(c_int_arg(&Value::small_int(1 << 40).unwrap())),
        "Python int too large to convert to C int"
    );
    assert_eq!(slice_index(&big).unwrap(), i64::MAX);
    assert_eq!(slice_index(&neg_big).unwrap(), i64::MIN);
    assert_eq!(
        message(slice_index(&s)),
        "slice indices must be integers or have an __index__ method"
    );
    assert_eq!(
        slice_index_or_none(Some(&crate::types::none_bool::none())).unwrap(),
        None
    );
    assert_eq!(
        message(slice_index_or_none(Some(&s))),
        "slice indices must be integers or None or have an __index__ method"
    );
    assert_eq!(
        message(subscript_index(&big)),
        "cannot fit 'int' into an index-sized integer"
    );
    assert_eq!(subscript_index(&s).unwrap(), None);
    let one = Value::small_int(1).unwrap();
    assert_eq!(message(str_arg(&one)), "must be str, not int");
    assert_eq!(
        message(str_or_none_arg(Some(&one))),
        "must be str or None, not int"
    );
    assert_eq!(
        message(str_arg_of(&one, "replace", "1")),
        "replace() argument 1 must be str, not int"
    );
}
