//! `list`'s Python methods through the Python-level path (`getattr`, then
//! a call), results and error messages checked against CPython 3.11's
//! (expected strings printed by `python3`; the Python source of each case
//! follows it as a comment).

use crate::args::test_support::*;
use crate::types::list::List;
use crate::types::none_bool::{none, true_value};
use crate::types::tuple::tuple_new;
use crate::{Interpreter, ThreadState};

#[test]
fn list_methods_as_cpython() {
    let _ts = ThreadState::new(&Interpreter::new());
    check_all(vec![
        (after(&ints(&[1]), "append", &[int(2)]), "[1, 2]"),  // after([1], "append", 2)
        (call(&ints(&[]), "append", &[]), "TypeError: list.append() takes exactly one argument (0 given)"),  // [].append()
        (call(&ints(&[]), "append", &[int(1), int(2)]), "TypeError: list.append() takes exactly one argument (2 given)"),  // [].append(1, 2)
        (call_kw(&ints(&[]), "append", &[], &[("x", int(1))]), "TypeError: list.append() takes no keyword arguments"),  // [].append(x=1)
        (call_unbound(&ints(&[]), "append", &[int(1), int(2)]), "TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object"),  // list.append(1, 2)
        (call_unbound(&ints(&[]), "append", &[]), "TypeError: unbound method list.append() needs an argument"),  // list.append()
        (after(&ints(&[1]), "extend", &[ints(&[2, 3])]), "[1, 2, 3]"),  // after([1], "extend", [2, 3])
        ({ let l = ints(&[1, 2]); after(&l, "extend", std::slice::from_ref(&l)) }, "[1, 2, 1, 2]"),  // (lambda l: after(l, "extend", l))([1, 2])
        (after(&ints(&[1]), "extend", &[tuple_new(vec![int(2), s("x")])]), "[1, 2, 'x']"),  // after([1], "extend", (2, "x"))
        (after(&ints(&[]), "extend", &[s("ab")]), "['a', 'b']"),  // after([], "extend", "ab")
        (call(&ints(&[]), "extend", &[int(1)]), "TypeError: 'int' object is not iterable"),  // [].extend(1)
        (call(&ints(&[]), "extend", &[none()]), "TypeError: 'NoneType' object is not iterable"),  // [].extend(None)
        (after(&ints(&[1, 2]), "insert", &[int(0), int(9)]), "[9, 1, 2]"),  // after([1, 2], "insert", 0, 9)
        (after(&ints(&[1, 2]), "insert", &[int(-1), int(9)]), "[1, 9, 2]"),  // after([1, 2], "insert", -1, 9)
        (after(&ints(&[1, 2]), "insert", &[int(-10), int(9)]), "[9, 1, 2]"),  // after([1, 2], "insert", -10, 9)
        (after(&ints(&[1, 2]), "insert", &[int(10), int(9)]), "[1, 2, 9]"),  // after([1, 2], "insert", 10, 9)
        (after(&ints(&[1, 2]), "insert", &[true_value(), int(9)]), "[1, 9, 2]"),  // after([1, 2], "insert", True, 9)
        (call(&ints(&[]), "insert", &[int(1)]), "TypeError: insert expected 2 arguments, got 1"),  // [].insert(1)
        (call(&ints(&[]), "insert", &[s("a"), int(1)]), "TypeError: 'str' object cannot be interpreted as an integer"),  // [].insert("a", 1)
        (call(&ints(&[]), "insert", &[big(), int(1)]), "OverflowError: Python int too large to convert to C ssize_t"),  // [].insert(2**70, 1)
        (call(&ints(&[1, 2, 3]), "pop", &[]), "3"),  // [1, 2, 3].pop()
        (call(&ints(&[1, 2, 3]), "pop", &[int(0)]), "1"),  // [1, 2, 3].pop(0)
        (call(&ints(&[1, 2, 3]), "pop", &[int(-3)]), "1"),  // [1, 2, 3].pop(-3)
        (call(&ints(&[1, 2, 3]), "pop", &[int(-4)]), "IndexError: pop index out of range"),  // [1, 2, 3].pop(-4)
        (call(&ints(&[1]), "pop", &[int(5)]), "IndexError: pop index out of range"),  // [1].pop(5)
        (call(&ints(&[]), "pop", &[]), "IndexError: pop from empty list"),  // [].pop()
        (call(&ints(&[1]), "pop", &[int(1), int(2)]), "TypeError: pop expected at most 1 argument, got 2"),  // [1].pop(1, 2)
        (call(&ints(&[1]), "pop", &[s("a")]), "TypeError: 'str' object cannot be interpreted as an integer"),  // [1].pop("a")
        (call_kw(&ints(&[1]), "pop", &[], &[("index", int(0))]), "TypeError: list.pop() takes no keyword arguments"),  // [1].pop(index=0)
        (after(&ints(&[1, 2, 1]), "remove", &[int(1)]), "[2, 1]"),  // after([1, 2, 1], "remove", 1)
        (call(&ints(&[]), "remove", &[int(1)]), "ValueError: list.remove(x): x not in list"),  // [].remove(1)
        (call(&ints(&[1, 2, 3]), "index", &[int(3)]), "2"),  // [1, 2, 3].index(3)
        (call(&ints(&[1, 2, 3]), "index", &[int(3), int(-1)]), "2"),  // [1, 2, 3].index(3, -1)
        (call(&ints(&[1, 2, 3]), "index", &[int(3), int(0), int(2)]), "ValueError: 3 is not in list"),  // [1, 2, 3].index(3, 0, 2)
        (call(&ints(&[1, 2, 3]), "index", &[int(1), big_neg()]), "0"),  // [1, 2, 3].index(1, -2**70)
        (call(&ints(&[1, 2, 3]), "index", &[int(1), big()]), "ValueError: 1 is not in list"),  // [1, 2, 3].index(1, 2**70)
        (call(&ints(&[]), "index", &[s("a")]), "ValueError: 'a' is not in list"),  // [].index("a")
        (call(&ints(&[]), "index", &[]), "TypeError: index expected at least 1 argument, got 0"),  // [].index()
        (call(&ints(&[1]), "index", &[int(1), s("a")]), "TypeError: slice indices must be integers or have an __index__ method"),  // [1].index(1, "a")
        (call(&ints(&[1]), "index", &[int(1), none()]), "TypeError: slice indices must be integers or have an __index__ method"),  // [1].index(1, None)
        (call(&ints(&[1]), "index", &[int(1), int(0), int(1), int(2)]), "TypeError: index expected at most 3 arguments, got 4"),  // [1].index(1, 0, 1, 2)
        (call(&ints(&[1, 2, 1]), "count", &[int(1)]), "2"),  // [1, 2, 1].count(1)
        (call(&ints(&[]), "count", &[]), "TypeError: list.count() takes exactly one argument (0 given)"),  // [].count()
        (after(&ints(&[1, 2]), "clear", &[]), "[]"),  // after([1, 2], "clear")
        (call(&ints(&[]), "clear", &[int(1)]), "TypeError: list.clear() takes no arguments (1 given)"),  // [].clear(1)
        (call_kw(&ints(&[]), "clear", &[], &[("x", int(1))]), "TypeError: list.clear() takes no keyword arguments"),  // [].clear(x=1)
        (call_unbound(&ints(&[]), "clear", &[int(1)]), "TypeError: descriptor 'clear' for 'list' objects doesn't apply to a 'int' object"),  // list.clear(1)
        (call(&ints(&[1, 2]), "copy", &[]), "[1, 2]"),  // [1, 2].copy()
        (after(&ints(&[1, 2, 3]), "reverse", &[]), "[3, 2, 1]"),  // after([1, 2, 3], "reverse")
        (call(&ints(&[]), "reverse", &[int(1)]), "TypeError: list.reverse() takes no arguments (1 given)"),  // [].reverse(1)
        (after(&ints(&[3, 1, 2]), "sort", &[]), "[1, 2, 3]"),  // after([3, 1, 2], "sort")
        (after_kw(&ints(&[3, 1, 2]), "sort", &[("reverse", true_value())]), "[3, 2, 1]"),  // after([3, 1, 2], "sort", reverse=True)
        (after_kw(&ints(&[3, 1, 2]), "sort", &[("key", none()), ("reverse", int(1))]), "[3, 2, 1]"),  // after([3, 1, 2], "sort", key=None, reverse=1)
        (after_kw(&ints(&[3, -1, 2]), "sort", &[("key", negate())]), "[3, 2, -1]"),  // after([3, -1, 2], "sort", key=lambda x: -x)
        (call(&ints(&[]), "sort", &[int(1)]), "TypeError: sort() takes no positional arguments"),  // [].sort(1)
        (call_kw(&ints(&[]), "sort", &[], &[("x", int(1))]), "TypeError: 'x' is an invalid keyword argument for sort()"),  // [].sort(x=1)
        (call_kw(&ints(&[]), "sort", &[], &[("key", int(1)), ("reverse", int(2)), ("z", int(3))]), "TypeError: sort() takes at most 2 keyword arguments (3 given)"),  // [].sort(key=1, reverse=2, z=3)
        (call_kw(&ints(&[2, 1]), "sort", &[], &[("reverse", none())]), "TypeError: 'NoneType' object cannot be interpreted as an integer"),  // [2, 1].sort(reverse=None)
        (call_kw(&ints(&[2, 1]), "sort", &[], &[("reverse", int(1 << 40))]), "OverflowError: Python int too large to convert to C int"),  // [2, 1].sort(reverse=2**40)
        (call_kw(&ints(&[2, 1]), "sort", &[], &[("key", int(1))]), "TypeError: 'int' object is not callable"),  // [2, 1].sort(key=1)
        (call(&List::new(vec![int(1), s("a")]), "sort", &[]), "TypeError: '<' not supported between instances of 'str' and 'int'"),  // [1, "a"].sort()
        (call_unbound(&ints(&[]), "sort", &[]), "TypeError: unbound method list.sort() needs an argument"),  // list.sort()
        (call(&ints(&[1, 2]), "__len__", &[]), "2"),  // [1, 2].__len__()
        (call(&ints(&[]), "__len__", &[int(1)]), "TypeError: expected 0 arguments, got 1"),  // [].__len__(1)
        (call_kw(&ints(&[]), "__len__", &[], &[("x", int(1))]), "TypeError: wrapper __len__() takes no keyword arguments"),  // [].__len__(x=1)
        (call_unbound(&ints(&[]), "__len__", &[int(1)]), "TypeError: descriptor '__len__' requires a 'list' object but received a 'int'"),  // list.__len__(1)
        (call_unbound(&ints(&[]), "__len__", &[]), "TypeError: descriptor '__len__' of 'list' object needs an argument"),  // list.__len__()
        (call(&ints(&[1, 2]), "__getitem__", &[int(-1)]), "2"),  // [1, 2].__getitem__(-1)
        (call(&ints(&[1, 2]), "__getitem__", &[true_value()]), "2"),  // [1, 2].__getitem__(True)
        (call(&ints(&[1]), "__getitem__", &[int(5)]), "IndexError: list index out of range"),  // [1].__getitem__(5)
        (call(&ints(&[1]), "__getitem__", &[int(-2)]), "IndexError: list index out of range"),  // [1].__getitem__(-2)
        (call(&ints(&[1]), "__getitem__", &[s("a")]), "TypeError: list indices must be integers or slices, not str"),  // [1].__getitem__("a")
        (call(&ints(&[1]), "__getitem__", &[big()]), "IndexError: cannot fit 'int' into an index-sized integer"),  // [1].__getitem__(2**70)
        (call(&ints(&[1]), "__getitem__", &[]), "TypeError: list.__getitem__() takes exactly one argument (0 given)"),  // [1].__getitem__()
        (call_unbound(&ints(&[]), "__getitem__", &[int(1), int(2)]), "TypeError: descriptor '__getitem__' for 'list' objects doesn't apply to a 'int' object"),  // list.__getitem__(1, 2)
        (after(&ints(&[1, 2]), "__setitem__", &[int(-1), int(9)]), "[1, 9]"),  // after([1, 2], "__setitem__", -1, 9)
        (call(&ints(&[1]), "__setitem__", &[int(5), int(1)]), "IndexError: list assignment index out of range"),  // [1].__setitem__(5, 1)
        (call(&ints(&[1]), "__setitem__", &[s("a"), int(1)]), "TypeError: list indices must be integers or slices, not str"),  // [1].__setitem__("a", 1)
        (call(&ints(&[1]), "__setitem__", &[int(0)]), "TypeError:  expected 2 arguments, got 1"),  // [1].__setitem__(0)
        (call_unbound(&ints(&[]), "__setitem__", &[]), "TypeError: descriptor '__setitem__' of 'list' object needs an argument"),  // list.__setitem__()
        (after(&ints(&[1, 2]), "__delitem__", &[int(0)]), "[2]"),  // after([1, 2], "__delitem__", 0)
        (call(&ints(&[1]), "__delitem__", &[int(5)]), "IndexError: list assignment index out of range"),  // [1].__delitem__(5)
        (call(&ints(&[1]), "__delitem__", &[s("a")]), "TypeError: list indices must be integers or slices, not str"),  // [1].__delitem__("a")
        (call(&ints(&[1, 2]), "__contains__", &[int(2)]), "True"),  // [1, 2].__contains__(2)
        (call(&ints(&[1, 2]), "__contains__", &[s("a")]), "False"),  // [1, 2].__contains__("a")
        (call(&ints(&[]), "__contains__", &[]), "TypeError: expected 1 argument, got 0"),  // [].__contains__()
        (call_unbound(&ints(&[]), "__contains__", &[int(1), int(2)]), "TypeError: descriptor '__contains__' requires a 'list' object but received a 'int'"),  // list.__contains__(1, 2)
    ]);
}

#[test]
fn list_sort_key_errors_propagate_and_leave_the_list_whole() {
    let _ts = ThreadState::new(&Interpreter::new());
    let l = List::new(vec![int(2), s("a"), int(1)]);
    let r = call_kw(&l, "sort", &[], &[("key", negate())]);
    assert_eq!(outcome(r), "TypeError: bad operand type for unary -: 'str'");
    assert_eq!(show(&l), "[2, 'a', 1]");
}
