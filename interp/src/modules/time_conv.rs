//! The calendar half of `_time`: C's `localtime`/`gmtime`/`mktime`/
//! `strftime` through `weft_runtime::clib`, on plain tuples; `time.py`
//! wraps them in `struct_time` and does CPython's argument checks.

use weft_runtime::clib::{self, Tm};
use weft_runtime::types::{int, str as pystr, tuple};
use weft_runtime::{Args, PyResult, Value};

use crate::vm::errors::{error, type_error};

fn secs_arg(args: &Args<'_>) -> PyResult<i64> {
    args.positional
        .first()
        .and_then(int::as_int)
        .ok_or_else(|| type_error("_time: an int number of seconds is required"))?
        .to_i64()
        .ok_or_else(|| {
            error(
                "OverflowError",
                "timestamp out of range for platform time_t",
            )
        })
}

/// (year, mon 1-12, mday, hour, min, sec, wday Monday=0, yday 1-366, isdst, zone, gmtoff)
fn tm_tuple(t: &Tm) -> Value {
    let i = |v: i64| int::int_from_i64(v);
    tuple::tuple_new(vec![
        i(t.year + 1900),
        i(i64::from(t.mon) + 1),
        i(i64::from(t.mday)),
        i(i64::from(t.hour)),
        i(i64::from(t.min)),
        i(i64::from(t.sec)),
        i(i64::from((t.wday + 6) % 7)),
        i(i64::from(t.yday) + 1),
        i(i64::from(t.isdst)),
        pystr::str_from_string(t.zone.clone()),
        i(t.gmtoff),
    ])
}

/// The inverse of `tm_tuple` (time.py has checked the ranges); the zone
/// and offset are optional.
fn tm_from(v: &Value) -> PyResult<Tm> {
    let items = tuple::as_tuple(v).ok_or_else(|| type_error("_time: a tuple is required"))?;
    let n = |k: usize| -> PyResult<i64> {
        items
            .get(k)
            .and_then(int::as_int)
            .and_then(|i| i.to_i64())
            .ok_or_else(|| error("OverflowError", "Python int too large to convert to C int"))
    };
    let small = |k: usize| -> PyResult<i32> {
        i32::try_from(n(k)?)
            .map_err(|_| error("OverflowError", "Python int too large to convert to C int"))
    };
    Ok(Tm {
        year: n(0)? - 1900,
        mon: small(1)? - 1,
        mday: small(2)?,
        hour: small(3)?,
        min: small(4)?,
        sec: small(5)?,
        wday: (small(6)? + 1) % 7,
        yday: small(7)? - 1,
        isdst: small(8)?,
        zone: items
            .get(9)
            .and_then(pystr::as_str)
            .unwrap_or("")
            .to_string(),
        gmtoff: items
            .get(10)
            .and_then(int::as_int)
            .and_then(|i| i.to_i64())
            .unwrap_or(0),
    })
}

pub fn localtime(args: Args<'_>) -> PyResult<Value> {
    let t = clib::localtime(secs_arg(&args)?).ok_or_else(|| {
        error(
            "OverflowError",
            "timestamp out of range for platform time_t",
        )
    })?;
    Ok(tm_tuple(&t))
}

pub fn gmtime(args: Args<'_>) -> PyResult<Value> {
    let t = clib::gmtime(secs_arg(&args)?).ok_or_else(|| {
        error(
            "OverflowError",
            "timestamp out of range for platform time_t",
        )
    })?;
    Ok(tm_tuple(&t))
}

pub fn mktime(args: Args<'_>) -> PyResult<Value> {
    let tm = tm_from(
        args.positional
            .first()
            .ok_or_else(|| type_error("_time.mktime: a tuple"))?,
    )?;
    let r =
        clib::mktime(&tm).ok_or_else(|| error("OverflowError", "mktime argument out of range"))?;
    Ok(int::int_from_i64(r))
}

pub fn strftime(args: Args<'_>) -> PyResult<Value> {
    let fmt = args
        .positional
        .first()
        .and_then(pystr::as_str)
        .ok_or_else(|| type_error("_time.strftime: a format"))?;
    let tm = tm_from(
        args.positional
            .get(1)
            .ok_or_else(|| type_error("_time.strftime: a tuple"))?,
    )?;
    let out =
        clib::strftime(fmt, &tm).ok_or_else(|| error("ValueError", "embedded null character"))?;
    Ok(pystr::str_from_string(out))
}
