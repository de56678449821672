//! `_time`, the native half of `time` (`interp/lib/time.py`): clocks and
//! `sleep` (detached while sleeping); the calendar functions are in
//! `time_conv.rs`.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use weft_runtime::types::function::NativeFn;
use weft_runtime::types::{float, int, none_bool};
use weft_runtime::{Args, PyResult, Value};

use crate::vm::errors::{error, type_error};
use crate::vm::objects::module_with_functions;

fn start() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn seconds(v: &Value) -> PyResult<f64> {
    float::as_f64(v)
        .or_else(|| int::as_int(v).and_then(|i| i.to_f64().ok()))
        .ok_or_else(|| {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                weft_runtime::types::typeobj::type_name_of(v)
            ))
        })
}

fn sleep(args: Args<'_>) -> PyResult<Value> {
    let [secs] = args.positional else {
        return Err(type_error(format!(
            "time.sleep() takes exactly one argument ({} given)",
            args.positional.len()
        )));
    };
    let s = seconds(secs)?;
    if s < 0.0 {
        return Err(error("ValueError", "sleep length must be non-negative"));
    }
    let d = Duration::from_secs_f64(s.min(1e9));
    let deadline = Instant::now() + d;
    // Sleep in slices so Ctrl-C is noticed.
    loop {
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        let slice = (deadline - now).min(Duration::from_millis(50));
        match weft_runtime::thread::with_current(|t| t.blocking(|| std::thread::sleep(slice))) {
            Some(()) => {}
            None => std::thread::sleep(slice),
        }
        crate::vm::check_interrupt()?;
    }
    Ok(none_bool::none())
}

fn wall() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn time(_args: Args<'_>) -> PyResult<Value> {
    Ok(float::float_value(wall().as_secs_f64()))
}

fn time_ns(_args: Args<'_>) -> PyResult<Value> {
    Ok(int::int_from_i64(wall().as_nanos() as i64))
}

fn monotonic(_args: Args<'_>) -> PyResult<Value> {
    Ok(float::float_value(start().elapsed().as_secs_f64()))
}

fn monotonic_ns(_args: Args<'_>) -> PyResult<Value> {
    Ok(int::int_from_i64(start().elapsed().as_nanos() as i64))
}

fn process_time(_args: Args<'_>) -> PyResult<Value> {
    Ok(float::float_value(start().elapsed().as_secs_f64()))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("sleep", sleep),
    ("time", time),
    ("time_ns", time_ns),
    ("monotonic", monotonic),
    ("monotonic_ns", monotonic_ns),
    ("perf_counter", monotonic),
    ("perf_counter_ns", monotonic_ns),
    ("process_time", process_time),
    ("localtime", super::time_conv::localtime),
    ("gmtime", super::time_conv::gmtime),
    ("mktime", super::time_conv::mktime),
    ("strftime", super::time_conv::strftime),
];

/// Make the `_time` module.
pub fn module() -> Value {
    start();
    module_with_functions("_time", FUNCTIONS)
}
