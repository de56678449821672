//! `dict`'s Python methods through the Python-level path (`getattr`, then
//! a call), checked against CPython 3.11 (expected strings printed by
//! `python3`; the Python source of each case follows it). `keys`, `values`
//! and `items` are compared with `list(d.keys())`... until views exist.

use crate::args::test_support::*;
use crate::types::list::List;
use crate::types::none_bool::none;
use crate::{Interpreter, ThreadState};

#[test]
fn dict_methods_as_cpython() {
    let _ts = ThreadState::new(&Interpreter::new());
    check_all(vec![
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "get", &[int(1)]), "'a'"),  // {1: 'a', 'k': 2}.get(1)
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "get", &[int(5)]), "None"),  // {1: 'a', 'k': 2}.get(5)
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "get", &[int(5), int(0)]), "0"),  // {1: 'a', 'k': 2}.get(5, 0)
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "get", &[]), "TypeError: get expected at least 1 argument, got 0"),  // {1: 'a', 'k': 2}.get()
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "get", &[int(1), int(2), int(3)]), "TypeError: get expected at most 2 arguments, got 3"),  // {1: 'a', 'k': 2}.get(1, 2, 3)
        (call_kw(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "get", &[], &[("k", int(1))]), "TypeError: dict.get() takes no keyword arguments"),  // {1: 'a', 'k': 2}.get(k=1)
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "get", &[ints(&[])]), "TypeError: unhashable type: 'list'"),  // {1: 'a', 'k': 2}.get([])
        (call_unbound(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "get", &[int(1), int(2)]), "TypeError: descriptor 'get' for 'dict' objects doesn't apply to a 'int' object"),  // dict.get(1, 2)
        (call_unbound(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "get", &[]), "TypeError: unbound method dict.get() needs an argument"),  // dict.get()
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "setdefault", &[int(1), int(7)]), "'a'"),  // {1: 'a', 'k': 2}.setdefault(1, 7)
        (after(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "setdefault", &[int(3)]), "{1: 'a', 'k': 2, 3: None}"),  // after({1: 'a', 'k': 2}, "setdefault", 3)
        (after(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "setdefault", &[int(3), int(7)]), "{1: 'a', 'k': 2, 3: 7}"),  // after({1: 'a', 'k': 2}, "setdefault", 3, 7)
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "setdefault", &[]), "TypeError: setdefault expected at least 1 argument, got 0"),  // {1: 'a', 'k': 2}.setdefault()
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "setdefault", &[ints(&[]), int(1)]), "TypeError: unhashable type: 'list'"),  // {1: 'a', 'k': 2}.setdefault([], 1)
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "pop", &[s("k")]), "2"),  // {1: 'a', 'k': 2}.pop("k")
        (after(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "pop", &[s("k")]), "{1: 'a'}"),  // after({1: 'a', 'k': 2}, "pop", "k")
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "pop", &[int(9)]), "KeyError: 9"),  // {1: 'a', 'k': 2}.pop(9)
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "pop", &[s("x")]), "KeyError: 'x'"),  // {1: 'a', 'k': 2}.pop("x")
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "pop", &[int(9), none()]), "None"),  // {1: 'a', 'k': 2}.pop(9, None)
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "pop", &[]), "TypeError: pop expected at least 1 argument, got 0"),  // {1: 'a', 'k': 2}.pop()
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "pop", &[int(1), int(2), int(3)]), "TypeError: pop expected at most 2 arguments, got 3"),  // {1: 'a', 'k': 2}.pop(1, 2, 3)
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "popitem", &[]), "('k', 2)"),  // {1: 'a', 'k': 2}.popitem()
        (after(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "popitem", &[]), "{1: 'a'}"),  // after({1: 'a', 'k': 2}, "popitem")
        (call(&dict_of(vec![]), "popitem", &[]), "KeyError: 'popitem(): dictionary is empty'"),  // {}.popitem()
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "popitem", &[int(1)]), "TypeError: dict.popitem() takes no arguments (1 given)"),  // {1: 'a', 'k': 2}.popitem(1)
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "keys", &[]), "dict_keys([1, 'k'])"),  // {1: 'a', 'k': 2}.keys()
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "values", &[]), "dict_values(['a', 2])"),  // {1: 'a', 'k': 2}.values()
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "items", &[]), "dict_items([(1, 'a'), ('k', 2)])"),  // {1: 'a', 'k': 2}.items()
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "keys", &[int(1)]), "TypeError: dict.keys() takes no arguments (1 given)"),  // {1: 'a', 'k': 2}.keys(1)
        (call_unbound(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "keys", &[int(1)]), "TypeError: descriptor 'keys' for 'dict' objects doesn't apply to a 'int' object"),  // dict.keys(1)
        (after(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "update", &[dict_of(vec![(int(1), int(0)), (int(3), int(4))])]), "{1: 0, 'k': 2, 3: 4}"),  // after({1: 'a', 'k': 2}, "update", {1: 0, 3: 4})
        (after(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "update", &[List::new(vec![tup(vec![int(5), int(6)]), ints(&[7, 8]), s("xy")])]), "{1: 'a', 'k': 2, 5: 6, 7: 8, 'x': 'y'}"),  // after({1: 'a', 'k': 2}, "update", [(5, 6), [7, 8], "xy"])
        ({ let d = dict_of(vec![(int(1), s("a")), (s("k"), int(2))]); call_kw(&d, "update", &[tup(vec![tup(vec![int(5), int(6)])])], &[("k", int(0)), ("z", int(1))]).map(|_| d) }, "{1: 'a', 'k': 0, 5: 6, 'z': 1}"),  // after({1: 'a', 'k': 2}, "update", ((5, 6),), k=0, z=1)
        (after_kw(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "update", &[("z", int(1))]), "{1: 'a', 'k': 2, 'z': 1}"),  // after({1: 'a', 'k': 2}, "update", z=1)
        (after(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "update", &[]), "{1: 'a', 'k': 2}"),  // after({1: 'a', 'k': 2}, "update")
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "update", &[int(1)]), "TypeError: 'int' object is not iterable"),  // {1: 'a', 'k': 2}.update(1)
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "update", &[none()]), "TypeError: 'NoneType' object is not iterable"),  // {1: 'a', 'k': 2}.update(None)
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "update", &[ints(&[1])]), "TypeError: cannot convert dictionary update sequence element #0 to a sequence"),  // {1: 'a', 'k': 2}.update([1])
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "update", &[s("ab")]), "ValueError: dictionary update sequence element #0 has length 1; 2 is required"),  // {1: 'a', 'k': 2}.update("ab")
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "update", &[List::new(vec![tup(vec![int(1), int(2), int(3)])])]), "ValueError: dictionary update sequence element #0 has length 3; 2 is required"),  // {1: 'a', 'k': 2}.update([(1, 2, 3)])
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "update", &[dict_of(vec![]), dict_of(vec![])]), "TypeError: update expected at most 1 argument, got 2"),  // {1: 'a', 'k': 2}.update({}, {})
        (call_unbound(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "update", &[]), "TypeError: unbound method dict.update() needs an argument"),  // dict.update()
        (call_unbound(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "update", &[int(1)]), "TypeError: descriptor 'update' for 'dict' objects doesn't apply to a 'int' object"),  // dict.update(1)
        (after(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "clear", &[]), "{}"),  // after({1: 'a', 'k': 2}, "clear")
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "clear", &[int(1)]), "TypeError: dict.clear() takes no arguments (1 given)"),  // {1: 'a', 'k': 2}.clear(1)
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "copy", &[]), "{1: 'a', 'k': 2}"),  // {1: 'a', 'k': 2}.copy()
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "copy", &[int(1)]), "TypeError: dict.copy() takes no arguments (1 given)"),  // {1: 'a', 'k': 2}.copy(1)
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "__len__", &[]), "2"),  // {1: 'a', 'k': 2}.__len__()
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "__len__", &[int(1)]), "TypeError: expected 0 arguments, got 1"),  // {1: 'a', 'k': 2}.__len__(1)
        (call_unbound(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "__len__", &[int(1)]), "TypeError: descriptor '__len__' requires a 'dict' object but received a 'int'"),  // dict.__len__(1)
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "__getitem__", &[s("k")]), "2"),  // {1: 'a', 'k': 2}.__getitem__("k")
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "__getitem__", &[int(2)]), "KeyError: 2"),  // {1: 'a', 'k': 2}.__getitem__(2)
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "__getitem__", &[ints(&[])]), "TypeError: unhashable type: 'list'"),  // {1: 'a', 'k': 2}.__getitem__([])
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "__getitem__", &[]), "TypeError: dict.__getitem__() takes exactly one argument (0 given)"),  // {1: 'a', 'k': 2}.__getitem__()
        (call_unbound(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "__getitem__", &[int(1), int(2)]), "TypeError: descriptor '__getitem__' for 'dict' objects doesn't apply to a 'int' object"),  // dict.__getitem__(1, 2)
        (after(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "__setitem__", &[int(1), int(0)]), "{1: 0, 'k': 2}"),  // after({1: 'a', 'k': 2}, "__setitem__", 1, 0)
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "__setitem__", &[int(1)]), "TypeError:  expected 2 arguments, got 1"),  // {1: 'a', 'k': 2}.__setitem__(1)
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "__setitem__", &[ints(&[]), int(1)]), "TypeError: unhashable type: 'list'"),  // {1: 'a', 'k': 2}.__setitem__([], 1)
        (call_unbound(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "__setitem__", &[int(1), int(2), int(3)]), "TypeError: descriptor '__setitem__' requires a 'dict' object but received a 'int'"),  // dict.__setitem__(1, 2, 3)
        (after(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "__delitem__", &[int(1)]), "{'k': 2}"),  // after({1: 'a', 'k': 2}, "__delitem__", 1)
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "__delitem__", &[int(2)]), "KeyError: 2"),  // {1: 'a', 'k': 2}.__delitem__(2)
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "__delitem__", &[]), "TypeError: expected 1 argument, got 0"),  // {1: 'a', 'k': 2}.__delitem__()
        (call_unbound(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "__delitem__", &[int(1), int(2)]), "TypeError: descriptor '__delitem__' requires a 'dict' object but received a 'int'"),  // dict.__delitem__(1, 2)
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "__contains__", &[s("k")]), "True"),  // {1: 'a', 'k': 2}.__contains__("k")
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "__contains__", &[int(2)]), "False"),  // {1: 'a', 'k': 2}.__contains__(2)
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "__contains__", &[ints(&[])]), "TypeError: unhashable type: 'list'"),  // {1: 'a', 'k': 2}.__contains__([])
        (call(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "__contains__", &[]), "TypeError: dict.__contains__() takes exactly one argument (0 given)"),  // {1: 'a', 'k': 2}.__contains__()
        (call_unbound(&dict_of(vec![(int(1), s("a")), (s("k"), int(2))]), "__contains__", &[int(1), int(2)]), "TypeError: descriptor '__contains__' for 'dict' objects doesn't apply to a 'int' object"),  // dict.__contains__(1, 2)
    ]);
}
