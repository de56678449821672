//! The `gc` module over the cycle collector (`weft-gc`).

use std::sync::atomic::{AtomicI64, Ordering};
use weft_runtime::types::function::NativeFn;
use weft_runtime::types::{dict::Dict, int, list::List, none_bool, str as pystr, tuple};
use weft_runtime::{Args, PyResult, Value};

use crate::builtins::functions::between;
use crate::vm::errors::type_error;
use crate::vm::objects::{module_set, module_with_functions};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("collect", collect),
    ("enable", enable),
    ("disable", disable),
    ("isenabled", isenabled),
    ("get_count", get_count),
    ("get_threshold", get_threshold),
    ("set_threshold", set_threshold),
    ("is_tracked", is_tracked),
    ("get_referents", get_referents),
    ("freeze", freeze),
    ("unfreeze", unfreeze),
    ("get_freeze_count", get_freeze_count),
    ("get_referrers", get_referrers),
    ("get_debug", get_debug),
    ("set_debug", set_debug),
    ("get_stats", get_stats),
    ("is_finalized", is_finalized),
];

/// CPython's debugging flags. Weft keeps the value `set_debug` stores; the
/// reports they ask for are not printed (DEBUG_SAVEALL does not fill
/// `gc.garbage` either).
const DEBUG_FLAGS: &[(&str, i64)] = &[
    ("DEBUG_STATS", 1),
    ("DEBUG_COLLECTABLE", 2),
    ("DEBUG_UNCOLLECTABLE", 4),
    ("DEBUG_SAVEALL", 32),
    ("DEBUG_LEAK", 38),
];

static DEBUG: AtomicI64 = AtomicI64::new(0);
/// `set_threshold`'s second and third values: weft's collections are not
/// generational, so they are only kept for `get_threshold`.
static OLDER_THRESHOLDS: [AtomicI64; 2] = [AtomicI64::new(10), AtomicI64::new(10)];
/// Collections that ran the hook, and the objects they collected (for
/// `get_stats`, where all of them count as generation 2's: each is full).
static COLLECTIONS: AtomicI64 = AtomicI64::new(0);
static COLLECTED: AtomicI64 = AtomicI64::new(0);

/// Make the `gc` module.
pub fn module() -> Value {
    let m = module_with_functions("gc", FUNCTIONS);
    module_set(&m, "garbage", List::new(vec![]));
    module_set(&m, "callbacks", List::new(vec![]));
    for &(name, flag) in DEBUG_FLAGS {
        module_set(&m, name, int::int_from_i64(flag));
    }
    m
}

/// The one argument of `gc.NAME(obj)`, with CPython's error otherwise.
fn one_argument<'a>(name: &str, args: &Args<'a>) -> PyResult<&'a Value> {
    match args.positional {
        [v] => Ok(v),
        other => Err(type_error(format!(
            "gc.{name}() takes exactly one argument ({} given)",
            other.len()
        ))),
    }
}

/// gc's arguments are C ints, as in CPython.
fn int_arg(v: &Value) -> PyResult<i64> {
    weft_runtime::args::c_int_arg(v).map(i64::from)
}

fn collect(args: Args<'_>) -> PyResult<Value> {
    between("collect", &args, 0, 1)?;
    // Called attached: the collector stops the world itself and runs
    // finalizers (Python code) on this thread.
    let freed = weft_gc::collect();
    Ok(int::int_from_i64(freed as i64))
}

fn enable(args: Args<'_>) -> PyResult<Value> {
    between("enable", &args, 0, 0)?;
    weft_gc::api::enable();
    Ok(none_bool::none())
}

fn disable(args: Args<'_>) -> PyResult<Value> {
    between("disable", &args, 0, 0)?;
    weft_gc::api::disable();
    Ok(none_bool::none())
}

fn isenabled(args: Args<'_>) -> PyResult<Value> {
    between("isenabled", &args, 0, 0)?;
    Ok(none_bool::bool_value(weft_gc::api::isenabled()))
}

fn get_count(_args: Args<'_>) -> PyResult<Value> {
    let n = weft_gc::api::get_count() as i64;
    Ok(tuple::tuple_new(vec![
        int::int_from_i64(n),
        int::int_from_i64(0),
        int::int_from_i64(0),
    ]))
}

fn get_threshold(_args: Args<'_>) -> PyResult<Value> {
    let n = weft_gc::api::get_threshold() as i64;
    let [g1, g2] = &OLDER_THRESHOLDS;
    Ok(tuple::tuple_new(vec![
        int::int_from_i64(n),
        int::int_from_i64(g1.load(Ordering::Relaxed)),
        int::int_from_i64(g2.load(Ordering::Relaxed)),
    ]))
}

fn set_threshold(args: Args<'_>) -> PyResult<Value> {
    if args.positional.is_empty() {
        return Err(type_error(
            "set_threshold() takes at least 1 argument (0 given)",
        ));
    }
    let a = between("set_threshold", &args, 1, 3)?;
    let values = a.iter().map(int_arg).collect::<PyResult<Vec<i64>>>()?;
    weft_gc::api::set_threshold(values[0].max(0) as usize);
    for (slot, &v) in OLDER_THRESHOLDS.iter().zip(&values[1..]) {
        slot.store(v, Ordering::Relaxed);
    }
    Ok(none_bool::none())
}

fn is_tracked(args: Args<'_>) -> PyResult<Value> {
    let v = one_argument("is_tracked", &args)?;
    Ok(none_bool::bool_value(weft_gc::api::is_tracked(v)))
}

fn get_debug(args: Args<'_>) -> PyResult<Value> {
    between("get_debug", &args, 0, 0)?;
    Ok(int::int_from_i64(DEBUG.load(Ordering::Relaxed)))
}

fn set_debug(args: Args<'_>) -> PyResult<Value> {
    let a = between("set_debug", &args, 1, 1)?;
    DEBUG.store(int_arg(&a[0])?, Ordering::Relaxed);
    Ok(none_bool::none())
}

fn get_stats(args: Args<'_>) -> PyResult<Value> {
    between("get_stats", &args, 0, 0)?;
    let generation = |collections: i64, collected: i64| {
        let d = Dict::new();
        let dict = Dict::cast(&d).expect("a dict");
        for (k, v) in [
            ("collections", collections),
            ("collected", collected),
            ("uncollectable", 0),
        ] {
            let _ = dict.set(pystr::str_value(k), int::int_from_i64(v));
        }
        d
    };
    Ok(List::new(vec![
        generation(0, 0),
        generation(0, 0),
        generation(
            COLLECTIONS.load(Ordering::Relaxed),
            COLLECTED.load(Ordering::Relaxed),
        ),
    ]))
}

/// Whether the object's `__del__` has run (PEP 442: it runs once).
fn is_finalized(args: Args<'_>) -> PyResult<Value> {
    let v = one_argument("is_finalized", &args)?;
    Ok(none_bool::bool_value(weft_gc::api::is_finalized(v)))
}

fn get_referents(args: Args<'_>) -> PyResult<Value> {
    let mut out = Vec::new();
    for v in args.positional {
        out.extend(weft_gc::api::get_referents(v));
    }
    Ok(List::new(out))
}

fn freeze(_args: Args<'_>) -> PyResult<Value> {
    weft_gc::api::freeze();
    Ok(none_bool::none())
}

fn unfreeze(_args: Args<'_>) -> PyResult<Value> {
    weft_gc::api::unfreeze();
    Ok(none_bool::none())
}

fn get_freeze_count(_args: Args<'_>) -> PyResult<Value> {
    Ok(int::int_from_i64(weft_gc::api::get_freeze_count() as i64))
}

/// Best effort (see `weft_gc::api::get_referrers`): the referrers reachable
/// from this interpreter's `sys.modules`.
fn get_referrers(args: Args<'_>) -> PyResult<Value> {
    let roots: Vec<Value> =
        weft_runtime::thread::with_current(|ts| ts.interpreter().modules().clone())
            .into_iter()
            .collect();
    Ok(List::new(weft_gc::api::get_referrers(
        args.positional,
        &roots,
    )))
}

/// The collector's hook (`weft_gc::set_collect_hook`): call each of
/// `gc.callbacks` with `("start" | "stop", info)`, as CPython does; an
/// exception in a callback is reported and ignored.
pub fn run_callbacks(phase: weft_gc::Phase, collected: usize) {
    if phase == weft_gc::Phase::Stop {
        COLLECTIONS.fetch_add(1, Ordering::Relaxed);
        COLLECTED.fetch_add(collected as i64, Ordering::Relaxed);
    }
    let Some(Some(callbacks)) = weft_runtime::thread::with_current(|ts| {
        let modules = ts.interpreter().modules().clone();
        let gc = Dict::cast(&modules)?
            .get(&pystr::str_value("gc"))
            .ok()
            .flatten()?;
        let namespace = crate::vm::objects::as_module(&gc)?.dict.clone();
        Dict::cast(&namespace)?
            .get(&pystr::str_value("callbacks"))
            .ok()
            .flatten()
    }) else {
        return;
    };
    let Some(list) = List::cast(&callbacks) else {
        return;
    };
    if list.is_empty() {
        return;
    }
    let info = Dict::new();
    let d = Dict::cast(&info).expect("a dict");
    for (k, v) in [
        ("generation", 2),
        ("collected", collected),
        ("uncollectable", 0),
    ] {
        let _ = d.set(pystr::str_value(k), int::int_from_i64(v as i64));
    }
    let phase = pystr::str_value(if phase == weft_gc::Phase::Start {
        "start"
    } else {
        "stop"
    });
    for cb in list.to_vec() {
        if let Err(e) = weft_runtime::protocol::call(&cb, &[phase.clone(), info.clone()]) {
            weft_runtime::protocol::report_unraisable(e, &cb);
        }
    }
}
