//! `complex(real=0, imag=0)`, as CPython 3.11's `complex_new_impl`: a
//! string is parsed (alone), `__complex__` is asked first, other arguments
//! go through `float()`; complex arguments are combined as
//! `real + imag*1j` (`complex(1j, 1j) == (-1+1j)`).

use weft_runtime::types::complex::{self, Complex};
use weft_runtime::types::{int, str as pystr, typeobj};
use weft_runtime::{Args, PyResult, Value};

use crate::vm::errors::type_error;
use crate::vm::ops;

/// `complex(...)`.
pub fn complex_new(args: Args<'_>) -> PyResult<Value> {
    let (real, imag) = bind(args)?;
    let zero = int::int_from_i64(0);
    let r = real.unwrap_or(&zero);
    if imag.is_none() && complex::is_complex(r) {
        return Ok(r.clone());
    }
    if let Some(s) = pystr::as_str(r) {
        if imag.is_some() {
            return Err(type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        return complex::complex_parse(s).map(complex::complex_value);
    }
    if imag.is_some_and(|i| pystr::as_str(i).is_some()) {
        return Err(type_error("complex() second arg can't be a string"));
    }
    let converted = complex_special(r)?;
    let r = converted.as_ref().unwrap_or(r);
    if !is_number(r)? {
        return Err(type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            typeobj::type_name_of(r)
        )));
    }
    if let Some(i) = imag {
        if !is_number(i)? {
            return Err(type_error(format!(
                "complex() second argument must be a number, not '{}'",
                typeobj::type_name_of(i)
            )));
        }
    }
    let cr = match complex::as_complex(r) {
        Some(c) => c,
        None => Complex::real(number_to_f64(r)?),
    };
    let Some(i) = imag else {
        return Ok(complex::complex_value(cr));
    };
    // real + imag*1j, where either may itself be complex. Only a complex
    // part is added in, so that `complex(1, -0.0)` keeps its -0.0.
    let (re, mut im) = match complex::as_complex(i) {
        Some(ci) => (cr.re - ci.im, ci.re),
        None => (cr.re, number_to_f64(i)?),
    };
    if complex::is_complex(r) {
        im += cr.im;
    }
    Ok(complex::complex_value(Complex::new(re, im)))
}

/// The `real` and `imag` arguments, with the argument clinic's errors.
fn bind(args: Args<'_>) -> PyResult<(Option<&Value>, Option<&Value>)> {
    let given = args.positional.len() + args.keywords.len();
    if given > 2 {
        return Err(type_error(format!(
            "complex() takes at most 2 arguments ({given} given)"
        )));
    }
    let mut slots = [args.positional.first(), args.positional.get(1)];
    for (key, value) in args.keywords {
        let name = pystr::as_str(key).unwrap_or("");
        let index = match name {
            "real" => 0,
            "imag" => 1,
            _ => {
                return Err(type_error(format!(
                    "'{name}' is an invalid keyword argument for complex()"
                )))
            }
        };
        if index < args.positional.len() {
            return Err(type_error(format!(
                "argument for complex() given by name ('{name}') and position ({})",
                index + 1
            )));
        }
        slots[index] = Some(value);
    }
    Ok((slots[0], slots[1]))
}

/// `v.__complex__()` for a user object that defines it; the result must be
/// a complex.
fn complex_special(v: &Value) -> PyResult<Option<Value>> {
    if !ops::is_user(v) {
        return Ok(None);
    }
    let Some(r) = ops::call_special(v, "__complex__", &[])? else {
        return Ok(None);
    };
    if !complex::is_complex(&r) {
        return Err(type_error(format!(
            "__complex__ returned non-complex (type {})",
            typeobj::type_name_of(&r)
        )));
    }
    Ok(Some(r))
}

/// Whether `v` is a number to `complex()`: an int, float or complex, or a
/// user object with `__float__` or `__index__`.
fn is_number(v: &Value) -> PyResult<bool> {
    if complex::is_number(v) {
        return Ok(true);
    }
    if !ops::is_user(v) {
        return Ok(false);
    }
    Ok(ops::special(v, "__float__")?.is_some() || ops::special(v, "__index__")?.is_some())
}

/// `float(v)` for a number that is not complex (`PyNumber_Float`).
fn number_to_f64(v: &Value) -> PyResult<f64> {
    super::construct::float_of(v)
}
