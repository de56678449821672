//! `_collections`: the native `deque` (`collections.deque`), with CPython
//! 3.11's methods, errors and `maxlen` behaviour.
//!
//! A deque is a `VecDeque` of values under a `parking_lot` mutex, with
//! its `maxlen` and a mutation counter (`state`) that iterators and the
//! searching methods check, as CPython's ("deque mutated during
//! iteration"). The lock is held only for moves of values and increments:
//! never while Python code runs (comparisons, reprs, the `__del__` of a
//! value dropped: removed values are dropped after the lock is released)
//! nor across an allocation of a Python object (which may reach a
//! safepoint, where a stopped thread holding the lock would block the
//! others from reaching theirs). So every operation is atomic with respect
//! to other threads.
//!
//! Python classes may derive from it (`class D(deque)`): the type is
//! registered with the runtime's `subclass::register_base`.

use std::collections::VecDeque;
use std::sync::{Once, OnceLock};

use parking_lot::{Mutex, MutexGuard};
use weft_runtime::object::alloc::drop_and_free;
use weft_runtime::object::native::{NativeType, Traverse};
use weft_runtime::types::compare::CompareOp;
use weft_runtime::types::descriptor::{classmethod, property};
use weft_runtime::types::function::{native_function, native_method, NativeFn};
use weft_runtime::types::instance::{as_instance, builtin_value};
use weft_runtime::types::subclass::{register_base, ExtraBase};
use weft_runtime::types::{dict::Dict, int, list::List, none_bool, str as pystr, tuple, typeobj};
use weft_runtime::{args as rargs, protocol, Args, PyErr, PyResult, TypeInfo, Value};

use crate::vm::errors::{error, type_error};
use crate::vm::objects::{module_set, module_with_functions};
use crate::vm::ops;

struct Inner {
    items: VecDeque<Value>,
    maxlen: Option<usize>,
    /// Incremented by every change of the deque's length or order.
    state: u64,
}

pub struct Deque {
    inner: Mutex<Inner>,
}

impl Traverse for Deque {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        // The collector walks with the world stopped; no thread holds the
        // lock then (it is never held across a safepoint).
        for v in self.inner.lock().items.iter() {
            visit(v);
        }
    }
}

impl Deque {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock()
    }

    pub fn len(&self) -> usize {
        self.lock().items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The items, copied.
    pub fn to_vec(&self) -> Vec<Value> {
        self.lock().items.iter().cloned().collect()
    }

    fn maxlen(&self) -> Option<usize> {
        self.lock().maxlen
    }

    fn state(&self) -> u64 {
        self.lock().state
    }

    /// Item `i` if the deque is still at `state`.
    fn item_at(&self, i: usize, state: u64) -> PyResult<Option<Value>> {
        let g = self.lock();
        if g.state != state {
            return Err(mutated());
        }
        Ok(g.items.get(i).cloned())
    }

    fn push(&self, x: Value, left: bool) {
        let dropped = {
            let mut g = self.lock();
            g.state = g.state.wrapping_add(1);
            if g.maxlen == Some(0) {
                Some(x)
            } else {
                if left {
                    g.items.push_front(x);
                } else {
                    g.items.push_back(x);
                }
                match g.maxlen {
                    Some(m) if g.items.len() > m => {
                        if left {
                            g.items.pop_back()
                        } else {
                            g.items.pop_front()
                        }
                    }
                    _ => None,
                }
            }
        };
        drop(dropped);
    }

    fn push_all(&self, xs: Vec<Value>, left: bool) {
        let mut dropped = Vec::new();
        {
            let mut g = self.lock();
            g.state = g.state.wrapping_add(1);
            for x in xs {
                if g.maxlen == Some(0) {
                    dropped.push(x);
                    continue;
                }
                if left {
                    g.items.push_front(x);
                } else {
                    g.items.push_back(x);
                }
                if let Some(m) = g.maxlen {
                    if g.items.len() > m {
                        dropped.extend(if left {
                            g.items.pop_back()
                        } else {
                            g.items.pop_front()
                        });
                    }
                }
            }
        }
        drop(dropped);
    }

    fn pop(&self, left: bool) -> PyResult<Value> {
        let mut g = self.lock();
        let x = if left {
            g.items.pop_front()
        } else {
            g.items.pop_back()
        };
        match x {
            Some(x) => {
                g.state = g.state.wrapping_add(1);
                Ok(x)
            }
            None => {
                drop(g);
                Err(error("IndexError", "pop from an empty deque"))
            }
        }
    }

    fn clear(&self) {
        let old = {
            let mut g = self.lock();
            g.state = g.state.wrapping_add(1);
            std::mem::take(&mut g.items)
        };
        drop(old);
    }

    /// `extend` / `extendleft` from any iterable (the deque itself too).
    fn extend(&self, me: &Value, iterable: &Value, left: bool) -> PyResult<()> {
        if iterable.is(me) || builtin_value(iterable).is(me) {
            let items = self.to_vec();
            self.push_all(items, left);
            return Ok(());
        }
        if let Some(l) = List::cast(iterable) {
            self.push_all(l.to_vec(), left);
            return Ok(());
        }
        if let Some(t) = tuple::as_tuple(iterable) {
            self.push_all(t.to_vec(), left);
            return Ok(());
        }
        if let Some(d) = as_deque(iterable) {
            self.push_all(d.to_vec(), left);
            return Ok(());
        }
        let it = ops::iter(iterable)?;
        while let Some(x) = ops::next(&it)? {
            self.push(x, left);
        }
        Ok(())
    }

    /// The first index in `start..stop` holding an item equal to `x`;
    /// items are compared with the lock released, and a change of the
    /// deque meanwhile is an error.
    fn find(
        &self,
        x: &Value,
        start: usize,
        stop: usize,
        kind: &str,
    ) -> PyResult<Option<(usize, u64)>> {
        let state = self.state();
        let mut i = start;
        while i < stop {
            let Some(item) = self.item_at(i, state)? else {
                break;
            };
            let equal = item.is(x) || ops::eq(&item, x)?;
            if self.state() != state {
                return Err(error(kind, "deque mutated during iteration"));
            }
            if equal {
                return Ok(Some((i, state)));
            }
            i += 1;
        }
        Ok(None)
    }
}

fn mutated() -> PyErr {
    error("RuntimeError", "deque mutated during iteration")
}

pub static DEQUE_TYPE: NativeType<Deque> = NativeType::new(TypeInfo {
    traverse: NativeType::<Deque>::TRACKED,
    clear: Some(clear_slot),
    hash: Some(unhashable),
    methods: &[
        ("append", d_append),
        ("appendleft", d_appendleft),
        ("pop", d_pop),
        ("popleft", d_popleft),
        ("extend", d_extend),
        ("extendleft", d_extendleft),
        ("insert", d_insert),
        ("remove", d_remove),
        ("index", d_index),
        ("count", d_count),
        ("rotate", d_rotate),
        ("clear", d_clear),
        ("reverse", d_reverse),
        ("__len__", d_len),
        ("__iter__", d_iter),
        ("__reversed__", d_reversed),
        ("__getitem__", d_getitem),
        ("__setitem__", d_setitem),
        ("__delitem__", d_delitem),
        ("__contains__", d_contains),
        ("__eq__", d_eq),
        ("__ne__", d_ne),
        ("__lt__", d_lt),
        ("__le__", d_le),
        ("__gt__", d_gt),
        ("__ge__", d_ge),
        ("__add__", d_add),
        ("__mul__", d_mul),
        ("__rmul__", d_mul),
        ("__iadd__", d_iadd),
        ("__imul__", d_imul),
    ],
    ..TypeInfo::new("deque", drop_and_free::<()>)
});

/// The owner of the methods that take the instance itself, not the deque
/// it extends (`copy`, `__reduce__`, `__repr__`, `maxlen`): a subclass's
/// instance keeps its class through them.
static WHOLE_INSTANCE: TypeInfo = TypeInfo::new("deque", drop_and_free::<()>);

pub struct DequeIter {
    deque: Value,
    /// (next index, items left)
    pos: Mutex<(usize, usize)>,
    state: u64,
}

impl Traverse for DequeIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.deque);
    }
}

/// The forward and the reverse deque iterator differ only in their name.
const fn deque_iter_type(name: &'static str) -> NativeType<DequeIter> {
    NativeType::new(TypeInfo {
        traverse: NativeType::<DequeIter>::TRACKED,
        methods: &[
            ("__next__", it_next),
            ("__iter__", it_iter),
            ("__length_hint__", it_length_hint),
        ],
        ..TypeInfo::new(name, drop_and_free::<()>)
    })
}

static ITER_TYPE: NativeType<DequeIter> = deque_iter_type("_collections._deque_iterator");

static REVERSE_ITER_TYPE: NativeType<DequeIter> =
    deque_iter_type("_collections._deque_reverse_iterator");

fn register() {
    static EXTRA: OnceLock<ExtraBase> = OnceLock::new();
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        register_base(EXTRA.get_or_init(|| ExtraBase {
            info: DEQUE_TYPE.info(),
            new: d_new,
            init: d_init,
            entries: namespace_entries,
        }))
    });
}

/// The `deque` type object.
/// Whether `v` is the `deque` class (false before the class is made).
pub fn is_deque_type(v: &Value) -> bool {
    typeobj::is_builtin_type(v, DEQUE_TYPE.info())
}

pub fn deque_type() -> Value {
    register();
    typeobj::builtin_type(DEQUE_TYPE.info())
}

fn namespace_entries() -> Vec<(&'static str, Value)> {
    let whole = |name: &'static str, f: NativeFn| (name, native_method(name, f, &WHOLE_INSTANCE));
    vec![
        whole("copy", d_copy),
        whole("__copy__", d_copy),
        whole("__reduce__", d_reduce),
        whole("__repr__", d_repr_method),
        (
            "maxlen",
            property(
                Some(native_function("maxlen", d_maxlen)),
                None,
                None,
                None,
                "maxlen",
            ),
        ),
        (
            "__class_getitem__",
            classmethod(native_function("__class_getitem__", d_class_getitem)),
        ),
        ("__module__", pystr::intern("collections")),
    ]
}

/// The deque `v` is or extends.
pub fn as_deque(v: &Value) -> Option<&Deque> {
    DEQUE_TYPE.downcast(v)
}

/// The deque behind `v`, a deque or an instance of a subclass.
pub fn deque_behind(v: &Value) -> Option<&Deque> {
    as_deque(builtin_value(v))
}

/// A new empty deque.
fn new_deque(maxlen: Option<usize>) -> Value {
    register();
    DEQUE_TYPE.alloc(Deque {
        inner: Mutex::new(Inner {
            items: VecDeque::new(),
            maxlen,
            state: 0,
        }),
    })
}

fn new_with(items: Vec<Value>, maxlen: Option<usize>) -> Value {
    let d = new_deque(maxlen);
    as_deque(&d).expect("a deque").push_all(items, false);
    d
}

fn unhashable(_v: &Value) -> PyResult<isize> {
    Err(type_error("unhashable type: 'collections.deque'"))
}

fn clear_slot(v: &Value) {
    if let Some(d) = as_deque(v) {
        d.clear();
    }
}

/// The name CPython's operator errors give a deque's type.
pub fn error_type_name(v: &Value) -> String {
    if as_deque(v).is_some() {
        "collections.deque".to_string()
    } else {
        typeobj::type_name_of(v)
    }
}

// ------------------------------------------------------------ arguments

fn this<'a>(args: &'a Args<'_>, name: &str) -> PyResult<&'a Deque> {
    args.positional
        .first()
        .and_then(deque_behind)
        .ok_or_else(|| {
            type_error(format!(
                "descriptor '{name}' requires a 'collections.deque' object"
            ))
        })
}

fn no_keywords(args: &Args<'_>, name: &str) -> PyResult<()> {
    if !args.keywords.is_empty() {
        return Err(type_error(format!(
            "deque.{name}() takes no keyword arguments"
        )));
    }
    Ok(())
}

/// The receiver and exactly one argument.
fn one<'a>(args: &'a Args<'_>, name: &str) -> PyResult<(&'a Deque, &'a Value)> {
    let d = this(args, name)?;
    no_keywords(args, name)?;
    match &args.positional[1..] {
        [x] => Ok((d, x)),
        rest => Err(type_error(format!(
            "deque.{name}() takes exactly one argument ({} given)",
            rest.len()
        ))),
    }
}

fn none_args<'a>(args: &'a Args<'_>, name: &str) -> PyResult<&'a Deque> {
    let d = this(args, name)?;
    no_keywords(args, name)?;
    if args.positional.len() > 1 {
        return Err(type_error(format!(
            "deque.{name}() takes no arguments ({} given)",
            args.positional.len() - 1
        )));
    }
    Ok(d)
}

fn range_args(args: &Args<'_>, name: &str, min: usize, max: usize) -> PyResult<()> {
    let n = args.positional.len() - 1;
    if n < min {
        return Err(type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )));
    }
    if n > max {
        return Err(type_error(format!(
            "{name} expected at most {max} arguments, got {n}"
        )));
    }
    Ok(())
}

// ------------------------------------------------------------ construction

/// `deque(iterable=(), maxlen=None)`.
pub fn construct(args: Args<'_>) -> PyResult<Value> {
    let d = new_deque(None);
    let mut full = Vec::with_capacity(args.positional.len() + 1);
    full.push(d.clone());
    full.extend_from_slice(args.positional);
    d_init(Args::new(&full, args.keywords))?;
    Ok(d)
}

fn d_new(args: Args<'_>) -> PyResult<Value> {
    let Some((cls, rest)) = args.positional.split_first() else {
        return Err(type_error("deque.__new__(): not enough arguments"));
    };
    if typeobj::as_type(cls).is_none() {
        return Err(type_error(format!(
            "deque.__new__(X): X is not a type object ({})",
            typeobj::type_name_of(cls)
        )));
    }
    let dt = deque_type();
    if !typeobj::is_subclass(cls, &dt) {
        let c = typeobj::type_name(cls);
        return Err(type_error(format!(
            "deque.__new__({c}): {c} is not a subtype of deque"
        )));
    }
    if cls.is(&dt) {
        return Ok(new_deque(None));
    }
    weft_runtime::types::subclass::new_instance(cls, Args::new(rest, args.keywords))
}

fn d_init(args: Args<'_>) -> PyResult<Value> {
    let me = args.positional.first().cloned().ok_or_else(|| {
        type_error("descriptor '__init__' of 'collections.deque' object needs an argument")
    })?;
    let d = deque_behind(&me)
        .ok_or_else(|| type_error("descriptor '__init__' requires a 'collections.deque' object"))?;
    let rest = &args.positional[1..];
    if rest.len() > 2 {
        return Err(type_error(format!(
            "deque() takes at most 2 arguments ({} given)",
            rest.len()
        )));
    }
    let mut iterable = rest.first().cloned();
    let mut maxlen = rest.get(1).cloned();
    for (k, v) in args.keywords {
        let slot = match pystr::as_str(k) {
            Some("iterable") => &mut iterable,
            Some("maxlen") => &mut maxlen,
            _ => {
                return Err(type_error(format!(
                    "'{}' is an invalid keyword argument for deque()",
                    pystr::as_str(k).unwrap_or("?")
                )))
            }
        };
        if slot.is_some() {
            let which = if std::ptr::eq(slot, &iterable) {
                "iterable"
            } else {
                "maxlen"
            };
            return Err(type_error(format!(
                "argument for deque() given by name ('{which}') and position"
            )));
        }
        *slot = Some(v.clone());
    }
    let maxlen = match maxlen.filter(|m| !none_bool::is_none(m)) {
        None => None,
        Some(m) => {
            if !int::is_int(&m) {
                return Err(type_error("an integer is required"));
            }
            let n = rargs::index_arg(&m)?;
            if n < 0 {
                return Err(error("ValueError", "maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    let old = {
        let mut g = d.lock();
        g.maxlen = maxlen;
        if g.items.is_empty() {
            VecDeque::new()
        } else {
            g.state = g.state.wrapping_add(1);
            std::mem::take(&mut g.items)
        }
    };
    drop(old);
    if let Some(it) = iterable {
        let base = builtin_value(&me).clone();
        d.extend(&base, &it, false)?;
    }
    Ok(none_bool::none())
}

// ------------------------------------------------------------ methods

fn d_append(args: Args<'_>) -> PyResult<Value> {
    let (d, x) = one(&args, "append")?;
    d.push(x.clone(), false);
    Ok(none_bool::none())
}

fn d_appendleft(args: Args<'_>) -> PyResult<Value> {
    let (d, x) = one(&args, "appendleft")?;
    d.push(x.clone(), true);
    Ok(none_bool::none())
}

fn d_pop(args: Args<'_>) -> PyResult<Value> {
    none_args(&args, "pop")?.pop(false)
}

fn d_popleft(args: Args<'_>) -> PyResult<Value> {
    none_args(&args, "popleft")?.pop(true)
}

fn d_extend(args: Args<'_>) -> PyResult<Value> {
    let (d, x) = one(&args, "extend")?;
    d.extend(builtin_value(&args.positional[0]), x, false)?;
    Ok(none_bool::none())
}

fn d_extendleft(args: Args<'_>) -> PyResult<Value> {
    let (d, x) = one(&args, "extendleft")?;
    d.extend(builtin_value(&args.positional[0]), x, true)?;
    Ok(none_bool::none())
}

fn d_insert(args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "insert")?;
    no_keywords(&args, "insert")?;
    if args.positional.len() != 3 {
        return Err(type_error(format!(
            "insert expected 2 arguments, got {}",
            args.positional.len() - 1
        )));
    }
    let i = rargs::index_arg(&args.positional[1])?;
    let x = args.positional[2].clone();
    let mut g = d.lock();
    let n = g.items.len();
    if g.maxlen == Some(n) {
        drop(g);
        return Err(error("IndexError", "deque already at its maximum size"));
    }
    let n = n as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    g.items.insert(j as usize, x);
    g.state = g.state.wrapping_add(1);
    Ok(none_bool::none())
}

fn d_remove(args: Args<'_>) -> PyResult<Value> {
    let (d, x) = one(&args, "remove")?;
    let n = d.len();
    match d.find(x, 0, n, "IndexError")? {
        Some((i, state)) => {
            let removed = {
                let mut g = d.lock();
                if g.state != state {
                    drop(g);
                    return Err(mutated());
                }
                g.state = g.state.wrapping_add(1);
                g.items.remove(i)
            };
            drop(removed);
            Ok(none_bool::none())
        }
        None => Err(error(
            "ValueError",
            format!("{} is not in deque", ops::repr_of(x)?),
        )),
    }
}

fn d_index(args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "index")?;
    no_keywords(&args, "index")?;
    range_args(&args, "index", 1, 3)?;
    let x = &args.positional[1];
    let n = d.len() as i64;
    let norm = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None => Ok(default),
            Some(v) => {
                let i = rargs::slice_index(v)?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
        }
    };
    let start = norm(args.positional.get(2), 0)?;
    let stop = norm(args.positional.get(3), n)?;
    match d.find(x, start as usize, stop.max(start) as usize, "RuntimeError")? {
        Some((i, _)) => Ok(int::int_from_i64(i as i64)),
        None => Err(error(
            "ValueError",
            format!("{} is not in deque", ops::repr_of(x)?),
        )),
    }
}

fn d_count(args: Args<'_>) -> PyResult<Value> {
    let (d, x) = one(&args, "count")?;
    let state = d.state();
    let mut count = 0i64;
    let mut i = 0;
    while let Some(item) = d.item_at(i, state)? {
        if item.is(x) || ops::eq(&item, x)? {
            count += 1;
        }
        if d.state() != state {
            return Err(mutated());
        }
        i += 1;
    }
    Ok(int::int_from_i64(count))
}

/// `x in d`.
pub fn contains(d: &Deque, x: &Value) -> PyResult<bool> {
    let n = d.len();
    Ok(d.find(x, 0, n, "RuntimeError")?.is_some())
}

fn d_contains(args: Args<'_>) -> PyResult<Value> {
    let (d, x) = one(&args, "__contains__")?;
    Ok(none_bool::bool_value(contains(d, x)?))
}

fn d_rotate(args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "rotate")?;
    no_keywords(&args, "rotate")?;
    range_args(&args, "rotate", 0, 1)?;
    let n = match args.positional.get(1) {
        None => 1,
        Some(v) => rargs::index_arg(v)?,
    };
    let mut g = d.lock();
    let len = g.items.len() as i64;
    if len > 1 {
        g.state = g.state.wrapping_add(1);
        let k = n.rem_euclid(len) as usize;
        g.items.rotate_right(k);
    }
    Ok(none_bool::none())
}

fn d_clear(args: Args<'_>) -> PyResult<Value> {
    none_args(&args, "clear")?.clear();
    Ok(none_bool::none())
}

fn d_reverse(args: Args<'_>) -> PyResult<Value> {
    let d = none_args(&args, "reverse")?;
    d.lock().items.make_contiguous().reverse();
    Ok(none_bool::none())
}

fn d_len(args: Args<'_>) -> PyResult<Value> {
    Ok(int::int_from_i64(none_args(&args, "__len__")?.len() as i64))
}

fn d_maxlen(args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "maxlen")?;
    Ok(match d.maxlen() {
        Some(m) => int::int_from_i64(m as i64),
        None => none_bool::none(),
    })
}

/// `d[i]` for an index given as a value.
fn index_arg(d: &Deque, key: &Value) -> PyResult<(i64, usize)> {
    let Some(i) = rargs::subscript_index(key)? else {
        return Err(type_error(format!(
            "sequence index must be integer, not '{}'",
            typeobj::type_name_of(key)
        )));
    };
    Ok((i, d.len()))
}

fn out_of_range() -> PyErr {
    error("IndexError", "deque index out of range")
}

fn normalize(i: i64, n: usize) -> Option<usize> {
    let j = if i < 0 { i + n as i64 } else { i };
    (0..n as i64).contains(&j).then_some(j as usize)
}

/// `d[key]`.
pub fn getitem(d: &Deque, key: &Value) -> PyResult<Value> {
    let i = match key.as_small_int() {
        Some(i) => i,
        None => index_arg(d, key)?.0,
    };
    let g = d.lock();
    let Some(j) = normalize(i, g.items.len()) else {
        drop(g);
        return Err(out_of_range());
    };
    Ok(g.items[j].clone())
}

/// `d[key] = value`.
pub fn setitem(d: &Deque, key: &Value, value: Value) -> PyResult<()> {
    let (i, _) = index_arg(d, key)?;
    let old = {
        let mut g = d.lock();
        let Some(j) = normalize(i, g.items.len()) else {
            drop(g);
            return Err(out_of_range());
        };
        std::mem::replace(&mut g.items[j], value)
    };
    drop(old);
    Ok(())
}

/// `del d[key]`.
pub fn delitem(d: &Deque, key: &Value) -> PyResult<()> {
    let (i, _) = index_arg(d, key)?;
    let old = {
        let mut g = d.lock();
        let Some(j) = normalize(i, g.items.len()) else {
            drop(g);
            return Err(out_of_range());
        };
        g.state = g.state.wrapping_add(1);
        g.items.remove(j)
    };
    drop(old);
    Ok(())
}

fn d_getitem(args: Args<'_>) -> PyResult<Value> {
    let (d, k) = one(&args, "__getitem__")?;
    getitem(d, k)
}

fn d_setitem(args: Args<'_>) -> PyResult<Value> {
    let d = this(&args, "__setitem__")?;
    if args.positional.len() != 3 {
        return Err(type_error(format!(
            "expected 2 arguments, got {}",
            args.positional.len() - 1
        )));
    }
    setitem(d, &args.positional[1], args.positional[2].clone())?;
    Ok(none_bool::none())
}

fn d_delitem(args: Args<'_>) -> PyResult<Value> {
    let (d, k) = one(&args, "__delitem__")?;
    delitem(d, k)?;
    Ok(none_bool::none())
}

// ------------------------------------------------------------ iteration

/// `iter(d)` (or `reversed(d)`) for the deque value `v`.
pub fn iter(v: &Value, reverse: bool) -> Value {
    let d = as_deque(v).expect("a deque");
    let (n, state) = {
        let g = d.lock();
        (g.items.len(), g.state)
    };
    let it = DequeIter {
        deque: v.clone(),
        pos: Mutex::new((if reverse { n.wrapping_sub(1) } else { 0 }, n)),
        state,
    };
    if reverse {
        REVERSE_ITER_TYPE.alloc(it)
    } else {
        ITER_TYPE.alloc(it)
    }
}

fn d_iter(args: Args<'_>) -> PyResult<Value> {
    none_args(&args, "__iter__")?;
    Ok(iter(builtin_value(&args.positional[0]), false))
}

fn d_reversed(args: Args<'_>) -> PyResult<Value> {
    none_args(&args, "__reversed__")?;
    Ok(iter(builtin_value(&args.positional[0]), true))
}

fn as_iter(v: &Value) -> Option<(&DequeIter, bool)> {
    ITER_TYPE
        .downcast(v)
        .map(|i| (i, false))
        .or_else(|| REVERSE_ITER_TYPE.downcast(v).map(|i| (i, true)))
}

/// `next(it)` for a deque iterator: `None` if `it` is not one.
pub fn iter_next(it: &Value) -> Option<PyResult<Option<Value>>> {
    let (i, reverse) = as_iter(it)?;
    let d = as_deque(&i.deque).expect("a deque");
    let mut pos = i.pos.lock();
    let g = d.lock();
    if g.state != i.state {
        pos.1 = 0;
        drop(g);
        drop(pos);
        return Some(Err(mutated()));
    }
    if pos.1 == 0 {
        return Some(Ok(None));
    }
    let x = g.items.get(pos.0).cloned();
    pos.1 -= 1;
    pos.0 = if reverse {
        pos.0.wrapping_sub(1)
    } else {
        pos.0 + 1
    };
    Some(Ok(x))
}

fn it_next(args: Args<'_>) -> PyResult<Value> {
    let it = args
        .positional
        .first()
        .ok_or_else(|| type_error("__next__ needs an iterator"))?;
    match iter_next(it) {
        Some(Ok(Some(x))) => Ok(x),
        Some(Ok(None)) => Err(error("StopIteration", "")),
        Some(Err(e)) => Err(e),
        None => Err(type_error("__next__ needs a deque iterator")),
    }
}

fn it_iter(args: Args<'_>) -> PyResult<Value> {
    Ok(args.positional[0].clone())
}

fn it_length_hint(args: Args<'_>) -> PyResult<Value> {
    let (i, _) =
        as_iter(&args.positional[0]).ok_or_else(|| type_error("a deque iterator is required"))?;
    let n = i.pos.lock().1;
    Ok(int::int_from_i64(n as i64))
}

// ------------------------------------------------------------ operators

/// `a <op> b` for two deques (`None`: `b` is not a deque).
pub fn compare(a: &Deque, b: &Value, op: CompareOp) -> PyResult<Option<bool>> {
    let Some(b) = deque_behind(b) else {
        return Ok(None);
    };
    let (x, y) = (a.to_vec(), b.to_vec());
    ops::compare_sequences(&x, &y, op).map(Some)
}

fn cmp_method(args: Args<'_>, name: &str, op: CompareOp) -> PyResult<Value> {
    let (d, other) = one(&args, name)?;
    Ok(match compare(d, other, op)? {
        Some(r) => none_bool::bool_value(r),
        None => typeobj::not_implemented(),
    })
}

fn d_eq(args: Args<'_>) -> PyResult<Value> {
    cmp_method(args, "__eq__", CompareOp::Eq)
}
fn d_ne(args: Args<'_>) -> PyResult<Value> {
    cmp_method(args, "__ne__", CompareOp::Ne)
}
fn d_lt(args: Args<'_>) -> PyResult<Value> {
    cmp_method(args, "__lt__", CompareOp::Lt)
}
fn d_le(args: Args<'_>) -> PyResult<Value> {
    cmp_method(args, "__le__", CompareOp::Le)
}
fn d_gt(args: Args<'_>) -> PyResult<Value> {
    cmp_method(args, "__gt__", CompareOp::Gt)
}
fn d_ge(args: Args<'_>) -> PyResult<Value> {
    cmp_method(args, "__ge__", CompareOp::Ge)
}

/// `a + b` for a deque `a`.
pub fn concat(a: &Deque, b: &Value) -> PyResult<Value> {
    let Some(other) = deque_behind(b) else {
        return Err(type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            typeobj::type_name_of(b)
        )));
    };
    let mut items = a.to_vec();
    items.extend(other.to_vec());
    Ok(new_with(items, a.maxlen()))
}

/// `a * n` for a deque `a`.
pub fn repeat(a: &Deque, n: i64) -> PyResult<Value> {
    let d = new_with(a.to_vec(), a.maxlen());
    repeat_in_place(as_deque(&d).expect("a deque"), n)?;
    Ok(d)
}

/// `a *= n`.
pub fn repeat_in_place(a: &Deque, n: i64) -> PyResult<()> {
    if n <= 0 {
        a.clear();
        return Ok(());
    }
    if n == 1 {
        return Ok(());
    }
    let items = a.to_vec();
    let total = (items.len() as u64).saturating_mul(n as u64);
    let keep = a.maxlen().map_or(total, |m| total.min(m as u64));
    if keep > ops::MAX_ITEMS as u64 {
        return Err(PyErr::new(weft_runtime::ExcKind::MemoryError, ""));
    }
    if items.is_empty() {
        return Ok(());
    }
    // Only the last `keep` items of the repetition remain.
    let len = items.len() as u64;
    let mut extra = Vec::with_capacity((keep.saturating_sub(len.min(keep))) as usize);
    let skip = total - keep;
    for k in len.max(skip)..total {
        extra.push(items[(k % len) as usize].clone());
    }
    a.push_all(extra, false);
    Ok(())
}

fn repeat_count(v: &Value) -> PyResult<i64> {
    match rargs::index_value(v)? {
        Some(i) => rargs::index_arg(&i),
        None => Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            typeobj::type_name_of(v)
        ))),
    }
}

fn d_add(args: Args<'_>) -> PyResult<Value> {
    let (d, b) = one(&args, "__add__")?;
    if deque_behind(b).is_none() {
        return Ok(typeobj::not_implemented());
    }
    concat(d, b)
}

fn d_mul(args: Args<'_>) -> PyResult<Value> {
    let (d, n) = one(&args, "__mul__")?;
    if rargs::index_value(n)?.is_none() {
        return Ok(typeobj::not_implemented());
    }
    repeat(d, repeat_count(n)?)
}

fn d_iadd(args: Args<'_>) -> PyResult<Value> {
    let (d, b) = one(&args, "__iadd__")?;
    d.extend(builtin_value(&args.positional[0]), b, false)?;
    Ok(args.positional[0].clone())
}

fn d_imul(args: Args<'_>) -> PyResult<Value> {
    let (d, n) = one(&args, "__imul__")?;
    if rargs::index_value(n)?.is_none() {
        return Ok(typeobj::not_implemented());
    }
    repeat_in_place(d, repeat_count(n)?)?;
    Ok(args.positional[0].clone())
}

/// `a += b` for the deque value `a`.
pub fn inplace_add(a: &Value, b: &Value) -> PyResult<()> {
    as_deque(a).expect("a deque").extend(a, b, false)
}

/// `a *= n` for a deque `a`.
pub fn inplace_mul(a: &Deque, n: &Value) -> PyResult<Option<()>> {
    if rargs::index_value(n)?.is_none() {
        return Ok(None);
    }
    repeat_in_place(a, repeat_count(n)?).map(Some)
}

// ------------------------------------------------------------ whole-instance methods

fn whole<'a>(args: &'a Args<'_>, name: &str) -> PyResult<(&'a Value, &'a Deque)> {
    let v = args.positional.first().ok_or_else(|| {
        type_error(format!(
            "descriptor '{name}' of 'collections.deque' object needs an argument"
        ))
    })?;
    let d = deque_behind(v).ok_or_else(|| {
        type_error(format!(
            "descriptor '{name}' requires a 'collections.deque' object"
        ))
    })?;
    Ok((v, d))
}

fn maxlen_value(d: &Deque) -> Value {
    match d.maxlen() {
        Some(m) => int::int_from_i64(m as i64),
        None => none_bool::none(),
    }
}

/// `d.copy()`: a deque of the same class (a subclass is called with the
/// deque and its maxlen).
fn d_copy(args: Args<'_>) -> PyResult<Value> {
    let (v, d) = whole(&args, "copy")?;
    if as_deque(v).is_some() {
        return Ok(new_with(d.to_vec(), d.maxlen()));
    }
    let cls = typeobj::type_of(v);
    match d.maxlen() {
        None => protocol::call(&cls, std::slice::from_ref(v)),
        Some(_) => protocol::call(&cls, &[v.clone(), maxlen_value(d)]),
    }
}

/// `d.__reduce__()`: `(type(d), ((), maxlen), state, iter(d))`.
fn d_reduce(args: Args<'_>) -> PyResult<Value> {
    let (v, d) = whole(&args, "__reduce__")?;
    let state = match as_instance(v) {
        Some(inst) if Dict::cast(&inst.dict).is_some_and(|x| !x.is_empty()) => inst.dict.clone(),
        _ => none_bool::none(),
    };
    Ok(tuple::tuple_new(vec![
        typeobj::type_of(v),
        tuple::tuple_new(vec![tuple::empty_tuple(), maxlen_value(d)]),
        state,
        iter(builtin_value(v), false),
    ]))
}

/// `repr(d)` for a deque or an instance of a subclass: the class's name.
pub fn repr(v: &Value) -> PyResult<String> {
    let d = deque_behind(v).expect("a deque");
    let name = typeobj::type_name_of(v);
    crate::vm::repr::guarded(v, "[...]", || {
        let items = d.to_vec();
        let mut parts = Vec::with_capacity(items.len());
        for x in &items {
            parts.push(ops::repr_of(x)?);
        }
        Ok(match d.maxlen() {
            None => format!("{name}([{}])", parts.join(", ")),
            Some(m) => format!("{name}([{}], maxlen={m})", parts.join(", ")),
        })
    })
}

fn d_repr_method(args: Args<'_>) -> PyResult<Value> {
    let (v, _) = whole(&args, "__repr__")?;
    Ok(pystr::str_from_string(repr(v)?))
}

/// `deque[T]`: a generic alias, as CPython's.
fn d_class_getitem(args: Args<'_>) -> PyResult<Value> {
    match args.positional {
        [cls, key] => Ok(crate::vm::type_expressions::generic_alias(cls, key)),
        _ => Err(type_error(
            "deque.__class_getitem__() takes exactly one argument",
        )),
    }
}

// ------------------------------------------------------------ the module

/// Make the `_collections` module.
pub fn module() -> Value {
    let m = module_with_functions("_collections", &[]);
    module_set(&m, "deque", deque_type());
    m
}
