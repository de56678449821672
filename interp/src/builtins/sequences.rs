//! Builtins over iterables: `iter`, `next`, `enumerate`, `zip`, `map`,
//! `filter`, `reversed`, `sorted`, `sum`, `min`, `max`.

use weft_runtime::types::int::BinOp;
use weft_runtime::types::{float, int, list::List, none_bool, str as pystr, tuple, typeobj};
use weft_runtime::{protocol, Args, PyResult, Value};

use super::functions::between;
use crate::vm::errors::{error, type_error};
use crate::vm::iterators::{new_iter, IterState};
use crate::vm::ops;

fn keyword<'a>(args: &'a Args<'_>, name: &str) -> Option<&'a Value> {
    args.keywords
        .iter()
        .find(|(k, _)| pystr::as_str(k) == Some(name))
        .map(|(_, v)| v)
}

fn only_keywords(args: &Args<'_>, allowed: &[&str], func: &str) -> PyResult<()> {
    for (k, _) in args.keywords {
        let k = pystr::as_str(k).unwrap_or("?");
        if !allowed.contains(&k) {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for {func}()"
            )));
        }
    }
    Ok(())
}

pub fn iter(args: Args<'_>) -> PyResult<Value> {
    let a = between("iter", &args, 1, 2)?;
    match a {
        [v] => ops::iter(v),
        [f, sentinel] => {
            let one = [f.clone()];
            if !ops::truthy(&super::functions::callable(Args::positional(&one))?)? {
                return Err(type_error("iter(v, w): v must be callable"));
            }
            Ok(new_iter(IterState::Callable {
                func: f.clone(),
                sentinel: sentinel.clone(),
            }))
        }
        _ => unreachable!("checked"),
    }
}

pub fn next(args: Args<'_>) -> PyResult<Value> {
    let a = between("next", &args, 1, 2)?;
    let it = &a[0];
    if crate::vm::generator::as_generator(it).is_none()
        && weft_runtime::types::iterator::as_iter(it).is_none()
        && !crate::vm::iterators::is_builtin_iter(it)
        && ops::special(it, "__next__")?.is_none()
    {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            typeobj::type_name_of(it)
        )));
    }
    if let Some(g) = crate::vm::generator::as_generator(it) {
        // A generator's return value travels in its StopIteration.
        return match crate::vm::generator::advance(g) {
            Ok(crate::vm::generator::Step::Yielded(v)) => Ok(v),
            Ok(crate::vm::generator::Step::Returned(v)) => match a.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(crate::vm::generator::stop_iteration(v)),
            },
            Err(e) if a.len() == 2 && ops::is_stop_iteration(&e) => Ok(a[1].clone()),
            Err(e) => Err(e),
        };
    }
    if ops::is_user(it) {
        // The iterator's own StopIteration (with its value) propagates.
        let f = ops::special(it, "__next__")?.expect("checked above");
        return match weft_runtime::protocol::call(&f, &[]) {
            Err(e) if a.len() == 2 && ops::is_stop_iteration(&e) => Ok(a[1].clone()),
            other => other,
        };
    }
    match ops::next(it) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(crate::vm::generator::stop_iteration(none_bool::none())),
        },
        Err(e) if a.len() == 2 && ops::is_stop_iteration(&e) => Ok(a[1].clone()),
        Err(e) => Err(e),
    }
}

pub fn enumerate(args: Args<'_>) -> PyResult<Value> {
    only_keywords(&args, &["iterable", "start"], "enumerate")?;
    let it = args
        .positional
        .first()
        .or_else(|| keyword(&args, "iterable"))
        .ok_or_else(|| type_error("enumerate() missing required argument 'iterable'"))?;
    let start = args
        .positional
        .get(1)
        .or_else(|| keyword(&args, "start"))
        .cloned()
        .unwrap_or_else(|| int::int_from_i64(0));
    if int::as_int(&start).is_none() {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            typeobj::type_name_of(&start)
        )));
    }
    Ok(new_iter(IterState::Enumerate {
        it: ops::iter(it)?,
        count: start,
    }))
}

pub fn zip(args: Args<'_>) -> PyResult<Value> {
    only_keywords(&args, &["strict"], "zip")?;
    let strict = keyword(&args, "strict")
        .map(ops::truthy)
        .transpose()?
        .unwrap_or(false);
    let mut its = Vec::new();
    for v in args.positional {
        its.push(ops::iter(v)?);
    }
    Ok(new_iter(IterState::Zip { its, strict }))
}

pub fn map(args: Args<'_>) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(type_error("map() takes no keyword arguments"));
    }
    let [func, iterables @ ..] = args.positional else {
        return Err(type_error("map() must have at least two arguments."));
    };
    if iterables.is_empty() {
        return Err(type_error("map() must have at least two arguments."));
    }
    let its = iterables
        .iter()
        .map(ops::iter)
        .collect::<PyResult<Vec<_>>>()?;
    Ok(new_iter(IterState::Map {
        func: func.clone(),
        its,
    }))
}

pub fn filter(args: Args<'_>) -> PyResult<Value> {
    let a = between("filter", &args, 2, 2)?;
    Ok(new_iter(IterState::Filter {
        func: a[0].clone(),
        it: ops::iter(&a[1])?,
    }))
}

pub fn reversed(args: Args<'_>) -> PyResult<Value> {
    let a = between("reversed", &args, 1, 1)?;
    let v = &a[0];
    if crate::modules::collections::as_deque(v).is_some() {
        return Ok(crate::modules::collections::iter(v, true));
    }
    if ops::is_user(v) {
        let not_reversible = || {
            type_error(format!(
                "'{}' object is not reversible",
                typeobj::type_name_of(v)
            ))
        };
        // `__reversed__ = None` says the class is not reversible.
        let method = typeobj::lookup(
            &typeobj::type_of(v),
            weft_runtime::interned!("__reversed__"),
        );
        if method.as_ref().is_some_and(none_bool::is_none) {
            return Err(not_reversible());
        }
        if let Some(r) = ops::call_special(v, "__reversed__", &[])? {
            return Ok(r);
        }
        if ops::special(v, "__getitem__")?.is_none() || ops::special(v, "__len__")?.is_none() {
            return Err(not_reversible());
        }
    }
    let is_sequence = List::cast(v).is_some()
        || tuple::as_tuple(v).is_some()
        || pystr::as_str(v).is_some()
        || weft_runtime::types::range::as_range(v).is_some()
        || weft_runtime::types::bytes::as_bytes(v).is_some()
        || weft_runtime::types::dict::Dict::cast(v).is_some()
        || weft_runtime::types::dict_views::as_view(v).is_some()
        || ops::is_user(v);
    if !is_sequence {
        return Err(type_error(format!(
            "'{}' object is not reversible",
            typeobj::type_name_of(v)
        )));
    }
    let mut items = ops::collect(v)?;
    // Handed out from the end of the vector.
    items.shrink_to_fit();
    if List::cast(v).is_some() {
        return Ok(crate::vm::iterators::list_reversed(items));
    }
    Ok(new_iter(IterState::Reversed { items }))
}

pub fn sorted(args: Args<'_>) -> PyResult<Value> {
    only_keywords(&args, &["key", "reverse"], "sort")?;
    let [iterable] = args.positional else {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            args.positional.len()
        )));
    };
    let list = List::new(ops::collect(iterable)?);
    let sort = crate::vm::attr::getattr(&list, weft_runtime::interned!("sort"))?;
    protocol::call_args(&sort, Args::new(&[], args.keywords))?;
    Ok(list)
}

pub fn sum(args: Args<'_>) -> PyResult<Value> {
    only_keywords(&args, &["start"], "sum")?;
    let a = args.positional;
    if a.is_empty() {
        return Err(type_error(
            "sum() takes at least 1 positional argument (0 given)",
        ));
    }
    weft_runtime::args::check_positional("sum", a.len(), 1, 2)?;
    let mut total = a
        .get(1)
        .or_else(|| keyword(&args, "start"))
        .cloned()
        .unwrap_or_else(|| int::int_from_i64(0));
    if pystr::as_str(&total).is_some() {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    if weft_runtime::types::bytes::as_bytes(&total).is_some() {
        return Err(type_error(
            "sum() can't sum bytes [use b''.join(seq) instead]",
        ));
    }
    let it = ops::iter(&a[0])?;
    // Float sums are accumulated as CPython does (plain adds here).
    while let Some(v) = ops::next(&it)? {
        total = match (total.as_small_int(), v.as_small_int()) {
            (Some(x), Some(y)) => {
                Value::small_int(x + y).unwrap_or_else(|| int::int_from_i64(x + y))
            }
            _ => match (float::as_f64(&total), float::as_f64(&v)) {
                (Some(x), Some(y)) => float::float_value(x + y),
                _ => ops::binary(BinOp::Add, &total, &v)?,
            },
        };
    }
    Ok(total)
}

fn min_max(
    args: Args<'_>,
    name: &str,
    want: weft_runtime::types::compare::CompareOp,
) -> PyResult<Value> {
    only_keywords(&args, &["key", "default"], name)?;
    let key = keyword(&args, "key")
        .filter(|k| !none_bool::is_none(k))
        .cloned();
    let default = keyword(&args, "default").cloned();
    let items: Vec<Value> = match args.positional {
        [] => {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        [one] => ops::collect(one)?,
        many => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            many.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => protocol::call(f, std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => ops::truthy(&ops::compare(&k, bk, want)?)?,
        };
        if better {
            best = Some((k, item));
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => {
            default.ok_or_else(|| error("ValueError", format!("{name}() arg is an empty sequence")))
        }
    }
}

pub fn min(args: Args<'_>) -> PyResult<Value> {
    min_max(args, "min", weft_runtime::types::compare::CompareOp::Lt)
}

pub fn max(args: Args<'_>) -> PyResult<Value> {
    min_max(args, "max", weft_runtime::types::compare::CompareOp::Gt)
}
