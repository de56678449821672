//! `complex`'s methods as callables.

use super::{as_complex, complex_value, Complex};
use crate::args::{Args, Method};
use crate::error::PyResult;
use crate::types::function::NativeFn;
use crate::types::{float, tuple};
use crate::value::Value;

/// `c.conjugate()`: the imaginary part negated.
fn complex_conjugate(args: Args<'_>) -> PyResult<Value> {
    let (c, []) = Method::no_args("complex", "conjugate").parse(args, as_complex)?;
    Ok(complex_value(Complex::new(c.re, -c.im)))
}

/// `c.__complex__()`: the number itself (complex values are immutable).
fn complex_complex(args: Args<'_>) -> PyResult<Value> {
    let (_, []) = Method::no_args("complex", "__complex__").parse(args, as_complex)?;
    Ok(args.positional[0].clone())
}

/// `c.__getnewargs__()`: `(real, imag)`, for pickling and copying.
fn complex_getnewargs(args: Args<'_>) -> PyResult<Value> {
    let (c, []) = Method::no_args("complex", "__getnewargs__").parse(args, as_complex)?;
    Ok(tuple::tuple_new(vec![
        float::float_value(c.re),
        float::float_value(c.im),
    ]))
}

/// The methods in `complex`'s type dict.
pub static COMPLEX_METHODS: [(&str, NativeFn); 3] = [
    ("conjugate", complex_conjugate),
    ("__complex__", complex_complex),
    ("__getnewargs__", complex_getnewargs),
];
