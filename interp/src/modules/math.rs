//! The `math` module: the common functions and constants, with CPython's
//! errors ("math domain error", "math range error").

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};
use weft_runtime::types::function::NativeFn;
use weft_runtime::types::{float, int, none_bool, typeobj};
use weft_runtime::{Args, PyResult, Value};

use weft_runtime::clib;

use crate::vm::errors::{error, type_error};
use crate::vm::objects::{module_set, module_with_functions};
use crate::vm::ops;

mod special;

pub(crate) fn number(v: &Value) -> PyResult<f64> {
    if let Some(x) = float::as_f64(v) {
        return Ok(x);
    }
    if let Some(i) = int::as_int(v) {
        return i.to_f64();
    }
    if ops::is_user(v) {
        if let Some(r) = ops::call_special(v, "__float__", &[])? {
            return number(&r);
        }
    }
    Err(type_error(format!(
        "must be real number, not {}",
        typeobj::type_name_of(v)
    )))
}

fn integer(v: &Value, func: &str) -> PyResult<BigInt> {
    match int::as_int(v) {
        Some(i) => Ok(i.to_big().into_owned()),
        None if float::as_f64(v).is_some() => Err(type_error(
            "'float' object cannot be interpreted as an integer",
        )),
        None => Err(type_error(format!(
            "{func}() argument must be int, not {}",
            typeobj::type_name_of(v)
        ))),
    }
}

pub(crate) fn domain() -> weft_runtime::PyErr {
    error("ValueError", "math domain error")
}

fn checked(x: f64, inputs_finite: bool) -> PyResult<Value> {
    if x.is_nan() && inputs_finite {
        return Err(domain());
    }
    if x.is_infinite() && inputs_finite {
        return Err(error("OverflowError", "math range error"));
    }
    Ok(float::float_value(x))
}

pub(crate) fn args_n<'a>(name: &str, args: &Args<'a>, n: usize) -> PyResult<&'a [Value]> {
    if args.positional.len() != n || !args.keywords.is_empty() {
        let what = if n == 1 {
            format!(
                "math.{name}() takes exactly one argument ({} given)",
                args.positional.len()
            )
        } else {
            format!(
                "{name} expected {n} arguments, got {}",
                args.positional.len()
            )
        };
        return Err(type_error(what));
    }
    Ok(args.positional)
}

macro_rules! unary {
    ($fn:ident, $name:literal, $f:expr, $domain:expr) => {
        fn $fn(args: Args<'_>) -> PyResult<Value> {
            let a = args_n($name, &args, 1)?;
            let x = number(&a[0])?;
            let in_domain: fn(f64) -> bool = $domain;
            if !in_domain(x) {
                return Err(domain());
            }
            let f: fn(f64) -> f64 = $f;
            checked(f(x), x.is_finite())
        }
    };
}
unary!(m_sqrt, "sqrt", f64::sqrt, |x| x >= 0.0 || x.is_nan());
unary!(m_exp, "exp", f64::exp, |_| true);
unary!(m_sin, "sin", f64::sin, |x| !x.is_infinite());
unary!(m_cos, "cos", f64::cos, |x| !x.is_infinite());
unary!(m_tan, "tan", f64::tan, |x| !x.is_infinite());
unary!(m_asin, "asin", f64::asin, |x| (-1.0..=1.0).contains(&x)
    || x.is_nan());
unary!(m_acos, "acos", f64::acos, |x| (-1.0..=1.0).contains(&x)
    || x.is_nan());
unary!(m_atan, "atan", f64::atan, |_| true);
unary!(m_sinh, "sinh", f64::sinh, |_| true);
unary!(m_cosh, "cosh", f64::cosh, |_| true);
unary!(m_tanh, "tanh", f64::tanh, |_| true);
unary!(m_fabs, "fabs", f64::abs, |_| true);
unary!(m_acosh, "acosh", clib::acosh, |x| x >= 1.0 || x.is_nan());
unary!(m_asinh, "asinh", clib::asinh, |_| true);
unary!(m_atanh, "atanh", clib::atanh, |x| (x > -1.0 && x < 1.0)
    || x.is_nan());
unary!(m_cbrt, "cbrt", special::cbrt, |_| true);
unary!(m_exp2, "exp2", clib::exp2, |_| true);
unary!(m_expm1, "expm1", clib::expm1, |_| true);
unary!(m_log1p, "log1p", clib::log1p, |x| x > -1.0
    || x.is_nan()
    || x == f64::INFINITY);
unary!(m_erf, "erf", clib::erf, |_| true);
unary!(m_erfc, "erfc", clib::erfc, |_| true);
unary!(m_gamma, "gamma", special::gamma, |x| !(x == x.floor()
    && x <= 0.0));
unary!(m_lgamma, "lgamma", special::lgamma, |x| !(x == x.floor()
    && x <= 0.0));
unary!(m_degrees, "degrees", f64::to_degrees, |_| true);
unary!(m_radians, "radians", f64::to_radians, |_| true);

/// CPython's loghelper: an int too big for a float is taken as
/// `m * 2**e` (m rounded to 53 bits), so `log(10**400)` works.
fn log_of(v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = int::as_int(v) {
        let b = i.to_big().into_owned();
        if !b.is_positive() {
            return Err(domain());
        }
        if let Ok(x) = i.to_f64() {
            return Ok(f(x));
        }
        let bits = b.bits();
        let shift = bits - 64;
        // Keep 64 bits and a sticky bit, so the conversion rounds as CPython's.
        let mut top = (&b >> shift).to_u64().unwrap_or(u64::MAX);
        let mask: BigInt = (BigInt::one() << shift) - 1;
        if (&b & mask).is_positive() {
            top |= 1;
        }
        let m = top as f64 / 18_446_744_073_709_551_616.0;
        return Ok(f(m) + f(2.0) * (shift + 64) as f64);
    }
    let x = number(v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(f(x))
}

fn m_log(args: Args<'_>) -> PyResult<Value> {
    let a = args.positional;
    if a.is_empty() || a.len() > 2 {
        return Err(type_error(format!(
            "log expected 1 or 2 arguments, got {}",
            a.len()
        )));
    }
    let mut r = log_of(&a[0], f64::ln)?;
    if let Some(base) = a.get(1) {
        let b = log_of(base, f64::ln)?;
        if b == 0.0 {
            return Err(error("ZeroDivisionError", "float division by zero"));
        }
        r /= b;
    }
    Ok(float::float_value(r))
}

fn m_log2(args: Args<'_>) -> PyResult<Value> {
    let a = args_n("log2", &args, 1)?;
    Ok(float::float_value(log_of(&a[0], f64::log2)?))
}

fn m_log10(args: Args<'_>) -> PyResult<Value> {
    let a = args_n("log10", &args, 1)?;
    Ok(float::float_value(log_of(&a[0], f64::log10)?))
}

fn m_pow(args: Args<'_>) -> PyResult<Value> {
    let a = args_n("pow", &args, 2)?;
    let (x, y) = (number(&a[0])?, number(&a[1])?);
    if x == 0.0 && y < 0.0 {
        return Err(domain());
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(domain());
    }
    checked(x.powf(y), x.is_finite() && y.is_finite())
}

fn m_atan2(args: Args<'_>) -> PyResult<Value> {
    let a = args_n("atan2", &args, 2)?;
    Ok(float::float_value(number(&a[0])?.atan2(number(&a[1])?)))
}

fn m_hypot(args: Args<'_>) -> PyResult<Value> {
    let mut v = Vec::with_capacity(args.positional.len());
    for x in args.positional {
        v.push(number(x)?.abs());
    }
    Ok(float::float_value(vector_norm(&v)))
}

/// CPython's vector_norm: the square root of a sum of squares with the
/// squares and the sum carried in double length, then one correction step,
/// so hypot and dist round as CPython's. Inputs are absolute values.
pub(crate) fn vector_norm(v: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in v {
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let max_e = special::frexp_exp(max);
    if max_e < -1023 {
        // Subnormal: scale up first.
        let scaled: Vec<f64> = v.iter().map(|x| x / f64::MIN_POSITIVE).collect();
        return f64::MIN_POSITIVE * vector_norm(&scaled);
    }
    let scale = special::ldexp1(-max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in v {
        let x = x * scale;
        let hi = x * x;
        let lo = x.mul_add(x, -hi);
        let sum = csum + hi;
        frac1 += (csum - sum) + hi;
        csum = sum;
        frac2 += lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let hi = -h * h;
    let lo = (-h).mul_add(h, -hi);
    let sum = csum + hi;
    frac1 += (csum - sum) + hi;
    csum = sum;
    frac2 += lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn to_int(x: f64, what: &str) -> PyResult<Value> {
    if x.is_nan() {
        return Err(error(
            "ValueError",
            format!("cannot convert float NaN to integer{what}"),
        ));
    }
    if x.is_infinite() {
        return Err(error(
            "OverflowError",
            "cannot convert float infinity to integer",
        ));
    }
    use num_traits::FromPrimitive;
    Ok(int::int_from_bigint(BigInt::from_f64(x).expect("finite")))
}

fn rounding(
    args: Args<'_>,
    name: &str,
    dunder: &'static str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let a = args_n(name, &args, 1)?;
    if let Some(i) = int::as_int(&a[0]) {
        return Ok(int::int_from_bigint(i.to_big().into_owned()));
    }
    if ops::is_user(&a[0]) {
        if let Some(r) = ops::call_special(&a[0], dunder, &[])? {
            return Ok(r);
        }
    }
    to_int(f(number(&a[0])?), "")
}

fn m_floor(args: Args<'_>) -> PyResult<Value> {
    rounding(args, "floor", "__floor__", f64::floor)
}
fn m_ceil(args: Args<'_>) -> PyResult<Value> {
    rounding(args, "ceil", "__ceil__", f64::ceil)
}
fn m_trunc(args: Args<'_>) -> PyResult<Value> {
    // Unlike floor and ceil, no fallback through `__float__`.
    let a = args_n("trunc", &args, 1)?;
    if int::as_int(&a[0]).is_none()
        && weft_runtime::types::float::as_f64(&a[0]).is_none()
        && !ops::is_user(&a[0])
    {
        return Err(type_error(format!(
            "type {} doesn't define __trunc__ method",
            weft_runtime::types::typeobj::type_name_of(&a[0])
        )));
    }
    rounding(args, "trunc", "__trunc__", f64::trunc)
}

fn m_factorial(args: Args<'_>) -> PyResult<Value> {
    let a = args_n("factorial", &args, 1)?;
    let n = integer(&a[0], "factorial")?;
    if n.is_negative() {
        return Err(error(
            "ValueError",
            "factorial() not defined for negative values",
        ));
    }
    let n = n.to_u64().filter(|&n| n <= 100_000).ok_or_else(|| {
        error(
            "OverflowError",
            "factorial() argument should not exceed 100000",
        )
    })?;
    let mut r = BigInt::one();
    for k in 2..=n {
        r *= k;
    }
    Ok(int::int_from_bigint(r))
}

fn m_gcd(args: Args<'_>) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for v in args.positional {
        let n = integer(v, "gcd")?;
        let (mut a, mut b) = (g.abs(), n.abs());
        while !b.is_zero() {
            let t = &a % &b;
            a = b;
            b = t;
        }
        g = a;
    }
    Ok(int::int_from_bigint(g))
}

fn m_lcm(args: Args<'_>) -> PyResult<Value> {
    let mut l = BigInt::one();
    for v in args.positional {
        let n = integer(v, "lcm")?.abs();
        if n.is_zero() {
            return Ok(int::int_from_i64(0));
        }
        let (mut a, mut b) = (l.clone(), n.clone());
        while !b.is_zero() {
            let t = &a % &b;
            a = b;
            b = t;
        }
        l = l / a * n;
    }
    Ok(int::int_from_bigint(l))
}

fn m_isqrt(args: Args<'_>) -> PyResult<Value> {
    let a = args_n("isqrt", &args, 1)?;
    let n = integer(&a[0], "isqrt")?;
    if n.is_negative() {
        return Err(error("ValueError", "isqrt() argument must be nonnegative"));
    }
    Ok(int::int_from_bigint(n.sqrt()))
}

fn m_comb(args: Args<'_>) -> PyResult<Value> {
    let a = args_n("comb", &args, 2)?;
    let (n, k) = (integer(&a[0], "comb")?, integer(&a[1], "comb")?);
    if n.is_negative() || k.is_negative() {
        return Err(error(
            "ValueError",
            if n.is_negative() {
                "n must be a non-negative integer"
            } else {
                "k must be a non-negative integer"
            },
        ));
    }
    if k > n {
        return Ok(int::int_from_i64(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k)
        .to_u64()
        .ok_or_else(|| error("OverflowError", "too large"))?;
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(int::int_from_bigint(r))
}

fn m_perm(args: Args<'_>) -> PyResult<Value> {
    let a = args.positional;
    let n = integer(
        a.first()
            .ok_or_else(|| type_error("perm expected at least 1 argument, got 0"))?,
        "perm",
    )?;
    if a.len() > 2 {
        return Err(type_error(format!(
            "perm expected at most 2 arguments, got {}",
            a.len()
        )));
    }
    let k = match a.get(1).filter(|v| !none_bool::is_none(v)) {
        Some(v) => integer(v, "perm")?,
        None if n.is_negative() => {
            // perm(n) is factorial(n), and says so.
            return Err(error(
                "ValueError",
                "factorial() not defined for negative values",
            ));
        }
        None => n.clone(),
    };
    if n.is_negative() || k.is_negative() {
        return Err(error(
            "ValueError",
            if n.is_negative() {
                "n must be a non-negative integer"
            } else {
                "k must be a non-negative integer"
            },
        ));
    }
    if k > n {
        return Ok(int::int_from_i64(0));
    }
    let k = k
        .to_u64()
        .ok_or_else(|| error("OverflowError", "too large"))?;
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(int::int_from_bigint(r))
}

fn m_prod(args: Args<'_>) -> PyResult<Value> {
    let [iterable] = args.positional else {
        return Err(type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.positional.len()
        )));
    };
    let mut acc = args
        .keywords
        .iter()
        .find(|(k, _)| weft_runtime::types::str::as_str(k) == Some("start"))
        .map(|(_, v)| v.clone())
        .unwrap_or_else(|| int::int_from_i64(1));
    for v in ops::collect(iterable)? {
        acc = ops::binary(weft_runtime::types::int::BinOp::Mul, &acc, &v)?;
    }
    Ok(acc)
}

/// `fsum`: Shewchuk's exactly rounded sum (as CPython's msum).
fn m_fsum(args: Args<'_>) -> PyResult<Value> {
    let a = args_n("fsum", &args, 1)?;
    let mut partials: Vec<f64> = Vec::new();
    // CPython's handling of infinities and NaNs: summed apart, and an
    // infinite partial from finite inputs is an overflow.
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    for v in ops::collect(&a[0])? {
        let mut x = number(&v)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x.is_finite() {
            partials.push(x);
        } else {
            if xsave.is_finite() {
                return Err(error("OverflowError", "intermediate overflow in fsum"));
            }
            if xsave.is_infinite() {
                inf_sum += xsave;
            }
            special_sum += xsave;
            partials.clear();
        }
    }
    if special_sum != 0.0 || special_sum.is_nan() {
        if inf_sum.is_nan() {
            return Err(error("ValueError", "-inf + inf in fsum"));
        }
        return Ok(float::float_value(special_sum));
    }
    let mut hi = 0.0;
    while let Some(x) = partials.pop() {
        let prev = hi;
        hi = prev + x;
        let lo = x - (hi - prev);
        if lo != 0.0 {
            if let Some(&next) = partials.last() {
                if (lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0) {
                    let y = lo * 2.0;
                    let x2 = hi + y;
                    if y == x2 - hi {
                        hi = x2;
                    }
                }
            }
            break;
        }
    }
    Ok(float::float_value(hi))
}

fn predicate(args: Args<'_>, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    let a = args_n(name, &args, 1)?;
    Ok(none_bool::bool_value(f(number(&a[0])?)))
}
fn m_isnan(args: Args<'_>) -> PyResult<Value> {
    predicate(args, "isnan", f64::is_nan)
}
fn m_isinf(args: Args<'_>) -> PyResult<Value> {
    predicate(args, "isinf", f64::is_infinite)
}
fn m_isfinite(args: Args<'_>) -> PyResult<Value> {
    predicate(args, "isfinite", f64::is_finite)
}

fn m_isclose(args: Args<'_>) -> PyResult<Value> {
    let [a, b] = args.positional else {
        return Err(type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.positional.len()
        )));
    };
    let kw = |n: &str| {
        args.keywords
            .iter()
            .find(|(k, _)| weft_runtime::types::str::as_str(k) == Some(n))
            .map(|(_, v)| number(v))
            .transpose()
    };
    let rel = kw("rel_tol")?.unwrap_or(1e-9);
    let abs = kw("abs_tol")?.unwrap_or(0.0);
    if rel < 0.0 || abs < 0.0 {
        return Err(error("ValueError", "tolerances must be non-negative"));
    }
    let (x, y) = (number(a)?, number(b)?);
    if x == y {
        return Ok(none_bool::true_value());
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(none_bool::false_value());
    }
    let d = (x - y).abs();
    Ok(none_bool::bool_value(
        d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs,
    ))
}

fn m_copysign(args: Args<'_>) -> PyResult<Value> {
    let a = args_n("copysign", &args, 2)?;
    Ok(float::float_value(number(&a[0])?.copysign(number(&a[1])?)))
}

fn m_fmod(args: Args<'_>) -> PyResult<Value> {
    let a = args_n("fmod", &args, 2)?;
    let (x, y) = (number(&a[0])?, number(&a[1])?);
    if y == 0.0 || x.is_infinite() {
        return Err(domain());
    }
    Ok(float::float_value(x % y))
}

fn m_modf(args: Args<'_>) -> PyResult<Value> {
    let a = args_n("modf", &args, 1)?;
    let x = number(&a[0])?;
    let f = if x.is_infinite() {
        0.0f64.copysign(x)
    } else {
        x.fract()
    };
    Ok(weft_runtime::types::tuple::tuple_new(vec![
        float::float_value(f),
        float::float_value(x.trunc()),
    ]))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("sqrt", m_sqrt),
    ("exp", m_exp),
    ("sin", m_sin),
    ("cos", m_cos),
    ("tan", m_tan),
    ("asin", m_asin),
    ("acos", m_acos),
    ("atan", m_atan),
    ("sinh", m_sinh),
    ("cosh", m_cosh),
    ("tanh", m_tanh),
    ("fabs", m_fabs),
    ("log2", m_log2),
    ("log10", m_log10),
    ("degrees", m_degrees),
    ("radians", m_radians),
    ("log", m_log),
    ("pow", m_pow),
    ("atan2", m_atan2),
    ("hypot", m_hypot),
    ("floor", m_floor),
    ("ceil", m_ceil),
    ("trunc", m_trunc),
    ("factorial", m_factorial),
    ("gcd", m_gcd),
    ("lcm", m_lcm),
    ("isqrt", m_isqrt),
    ("comb", m_comb),
    ("perm", m_perm),
    ("prod", m_prod),
    ("fsum", m_fsum),
    ("isnan", m_isnan),
    ("isinf", m_isinf),
    ("isfinite", m_isfinite),
    ("isclose", m_isclose),
    ("copysign", m_copysign),
    ("fmod", m_fmod),
    ("modf", m_modf),
    ("acosh", m_acosh),
    ("asinh", m_asinh),
    ("atanh", m_atanh),
    ("cbrt", m_cbrt),
    ("exp2", m_exp2),
    ("expm1", m_expm1),
    ("log1p", m_log1p),
    ("erf", m_erf),
    ("erfc", m_erfc),
    ("gamma", m_gamma),
    ("lgamma", m_lgamma),
    ("frexp", special::m_frexp),
    ("ldexp", special::m_ldexp),
    ("nextafter", special::m_nextafter),
    ("remainder", special::m_remainder),
    ("ulp", special::m_ulp),
    ("dist", special::m_dist),
];

/// Make the `math` module.
pub fn module() -> Value {
    let m = module_with_functions("math", FUNCTIONS);
    module_set(&m, "pi", float::float_value(std::f64::consts::PI));
    module_set(&m, "e", float::float_value(std::f64::consts::E));
    module_set(&m, "tau", float::float_value(std::f64::consts::TAU));
    module_set(&m, "inf", float::float_value(f64::INFINITY));
    module_set(&m, "nan", float::float_value(f64::NAN));
    m
}
