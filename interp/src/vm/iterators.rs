//! Iterators the interpreter makes: over objects with only `__getitem__`,
//! and the built-in `enumerate`, `zip`, `map`, `filter`, `reversed` and
//! `iter(callable, sentinel)`.

use parking_lot::Mutex;
use weft_runtime::object::alloc::drop_and_free;
use weft_runtime::object::native::{NativeType, Traverse};
use weft_runtime::types::{int, none_bool, tuple};
use weft_runtime::{protocol, Args, PyResult, TypeInfo, Value};

use super::errors::type_error;
use super::ops;

pub enum IterState {
    /// `obj[0]`, `obj[1]`... until IndexError.
    Sequence {
        obj: Value,
        index: i64,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    /// Items already collected, handed out from the end.
    Reversed {
        items: Vec<Value>,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    Done,
}

pub struct BuiltinIter {
    state: Mutex<IterState>,
}

impl Traverse for BuiltinIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        let Some(state) = self.state.try_lock() else {
            return;
        };
        match &*state {
            IterState::Sequence { obj, .. } => visit(obj),
            IterState::Enumerate { it, count } => {
                visit(it);
                visit(count);
            }
            IterState::Zip { its, .. } => its.iter().for_each(|v| visit(v)),
            IterState::Map { func, its } => {
                visit(func);
                its.iter().for_each(|v| visit(v));
            }
            IterState::Filter { func, it } => {
                visit(func);
                visit(it);
            }
            IterState::Reversed { items } => items.iter().for_each(|v| visit(v)),
            IterState::Callable { func, sentinel } => {
                visit(func);
                visit(sentinel);
            }
            IterState::Done => {}
        }
    }
}

/// One type per kind, so `type(map(f, x)).__name__` is `map` as in
/// CPython; they share the payload and the code.
macro_rules! iter_type {
    ($name:literal) => {
        NativeType::new(TypeInfo {
            traverse: NativeType::<BuiltinIter>::TRACKED,
            methods: &[("__next__", iter_next_method), ("__iter__", iter_self)],
            ..TypeInfo::new($name, drop_and_free::<()>)
        })
    };
}

static SEQUENCE_ITER_TYPE: NativeType<BuiltinIter> = iter_type!("iterator");
static ENUMERATE_TYPE: NativeType<BuiltinIter> = iter_type!("enumerate");
static ZIP_TYPE: NativeType<BuiltinIter> = iter_type!("zip");
static MAP_TYPE: NativeType<BuiltinIter> = iter_type!("map");
static FILTER_TYPE: NativeType<BuiltinIter> = iter_type!("filter");
static REVERSED_TYPE: NativeType<BuiltinIter> = iter_type!("reversed");
static CALLABLE_ITER_TYPE: NativeType<BuiltinIter> = iter_type!("callable_iterator");
static LIST_REVERSED_TYPE: NativeType<BuiltinIter> = iter_type!("list_reverseiterator");

const ITER_TYPES: [&NativeType<BuiltinIter>; 8] = [
    &SEQUENCE_ITER_TYPE,
    &ENUMERATE_TYPE,
    &ZIP_TYPE,
    &MAP_TYPE,
    &FILTER_TYPE,
    &REVERSED_TYPE,
    &CALLABLE_ITER_TYPE,
    &LIST_REVERSED_TYPE,
];

/// `reversed(list)`: the items handed out from the end, as CPython's
/// `list_reverseiterator`.
pub fn list_reversed(items: Vec<Value>) -> Value {
    LIST_REVERSED_TYPE.alloc(BuiltinIter {
        state: Mutex::new(IterState::Reversed { items }),
    })
}

/// A new iterator in `state`.
pub fn new_iter(state: IterState) -> Value {
    let ty = match state {
        IterState::Sequence { .. } | IterState::Done => &SEQUENCE_ITER_TYPE,
        IterState::Enumerate { .. } => &ENUMERATE_TYPE,
        IterState::Zip { .. } => &ZIP_TYPE,
        IterState::Map { .. } => &MAP_TYPE,
        IterState::Filter { .. } => &FILTER_TYPE,
        IterState::Reversed { .. } => &REVERSED_TYPE,
        IterState::Callable { .. } => &CALLABLE_ITER_TYPE,
    };
    ty.alloc(BuiltinIter {
        state: Mutex::new(state),
    })
}

/// The iterator behind `v`, if it is one of these.
fn as_builtin_iter(v: &Value) -> Option<&BuiltinIter> {
    ITER_TYPES.iter().find_map(|t| t.downcast(v))
}

/// Whether `v` is one of these iterators.
pub fn is_builtin_iter(v: &Value) -> bool {
    as_builtin_iter(v).is_some()
}

/// Iterate `obj[0]`, `obj[1]`...
pub fn sequence_iter(obj: Value) -> Value {
    new_iter(IterState::Sequence { obj, index: 0 })
}

fn iter_self(args: Args<'_>) -> PyResult<Value> {
    args.positional
        .first()
        .cloned()
        .ok_or_else(|| type_error("__iter__ needs an argument"))
}

fn iter_next_method(args: Args<'_>) -> PyResult<Value> {
    let it = args
        .positional
        .first()
        .ok_or_else(|| type_error("__next__ needs an argument"))?;
    match next(it) {
        Some(Ok(Some(v))) => Ok(v),
        Some(Ok(None)) => Err(super::generator::stop_iteration(none_bool::none())),
        Some(Err(e)) => Err(e),
        None => Err(type_error("not an iterator")),
    }
}

/// The next item of one of these iterators; `None` if `it` is not one.
pub fn next(it: &Value) -> Option<PyResult<Option<Value>>> {
    let b = as_builtin_iter(it)?;
    Some(step(b))
}

fn step(b: &BuiltinIter) -> PyResult<Option<Value>> {
    // The lock is not held while Python code runs: take what is needed.
    enum Plan {
        Sequence(Value, i64),
        Enumerate(Value, Value),
        Zip(Vec<Value>, bool),
        Map(Value, Vec<Value>),
        Filter(Value, Value),
        Callable(Value, Value),
        Item(Option<Value>),
    }
    let plan = {
        let mut state = b.state.lock();
        match &mut *state {
            IterState::Sequence { obj, index } => {
                *index += 1;
                Plan::Sequence(obj.clone(), *index - 1)
            }
            IterState::Enumerate { it, count } => Plan::Enumerate(it.clone(), count.clone()),
            IterState::Zip { its, strict } => Plan::Zip(its.clone(), *strict),
            IterState::Map { func, its } => Plan::Map(func.clone(), its.clone()),
            IterState::Filter { func, it } => Plan::Filter(func.clone(), it.clone()),
            IterState::Reversed { items } => Plan::Item(items.pop()),
            IterState::Callable { func, sentinel } => {
                Plan::Callable(func.clone(), sentinel.clone())
            }
            IterState::Done => Plan::Item(None),
        }
    };
    let finish = || *b.state.lock() = IterState::Done;
    match plan {
        Plan::Item(v) => Ok(v),
        Plan::Sequence(obj, i) => match ops::getitem(&obj, &int::int_from_i64(i)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if is_index_or_stop(&e) => {
                finish();
                Ok(None)
            }
            Err(e) => Err(e),
        },
        Plan::Enumerate(it, count) => match ops::next(&it)? {
            Some(v) => {
                let next_count = ops::binary(
                    weft_runtime::types::int::BinOp::Add,
                    &count,
                    &int::int_from_i64(1),
                )?;
                if let IterState::Enumerate { count: c, .. } = &mut *b.state.lock() {
                    *c = next_count;
                }
                Ok(Some(tuple::tuple_new(vec![count, v])))
            }
            None => Ok(None),
        },
        Plan::Zip(its, strict) => {
            let mut items = Vec::with_capacity(its.len());
            for (i, it) in its.iter().enumerate() {
                match ops::next(it)? {
                    Some(v) => items.push(v),
                    None => {
                        finish();
                        if strict {
                            if i > 0 {
                                let s = if i == 1 { " " } else { "s 1-" };
                                return Err(super::errors::error(
                                    "ValueError",
                                    format!(
                                        "zip() argument {} is shorter than argument{s}{}",
                                        i + 1,
                                        i
                                    ),
                                ));
                            }
                            for (j, rest) in its.iter().enumerate().skip(1) {
                                if ops::next(rest)?.is_some() {
                                    let s = if j == 1 { " " } else { "s 1-" };
                                    return Err(super::errors::error(
                                        "ValueError",
                                        format!(
                                            "zip() argument {} is longer than argument{s}{}",
                                            j + 1,
                                            j
                                        ),
                                    ));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            if its.is_empty() {
                return Ok(None);
            }
            Ok(Some(tuple::tuple_new(items)))
        }
        Plan::Map(func, its) => {
            let mut args = Vec::with_capacity(its.len());
            for it in &its {
                match ops::next(it)? {
                    Some(v) => args.push(v),
                    None => {
                        finish();
                        return Ok(None);
                    }
                }
            }
            protocol::call(&func, &args).map(Some)
        }
        Plan::Filter(func, it) => loop {
            let Some(v) = ops::next(&it)? else {
                return Ok(None);
            };
            let keep = if none_bool::is_none(&func) {
                ops::truthy(&v)?
            } else {
                ops::truthy(&protocol::call(&func, std::slice::from_ref(&v))?)?
            };
            if keep {
                return Ok(Some(v));
            }
        },
        Plan::Callable(func, sentinel) => {
            let v = protocol::call(&func, &[])?;
            if ops::eq(&v, &sentinel)? {
                finish();
                return Ok(None);
            }
            Ok(Some(v))
        }
    }
}

fn is_index_or_stop(e: &weft_runtime::PyErr) -> bool {
    use weft_runtime::types::exception;
    match e {
        weft_runtime::PyErr::Lazy(l) => {
            matches!(
                l.kind,
                weft_runtime::ExcKind::IndexError | weft_runtime::ExcKind::StopIteration
            )
        }
        weft_runtime::PyErr::Object(v) => {
            exception::matches(
                v,
                &exception::class_of_kind(weft_runtime::ExcKind::IndexError),
            ) || exception::matches(
                v,
                &exception::class_of_kind(weft_runtime::ExcKind::StopIteration),
            )
        }
    }
}
