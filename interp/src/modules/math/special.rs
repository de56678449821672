//! `math`'s gamma functions (CPython's own Lanczos approximation, not
//! libm's, so results match it bit for bit) and the float-representation
//! functions: frexp, ldexp, nextafter, remainder, ulp, and dist.

use num_traits::{Signed, ToPrimitive};
use weft_runtime::clib;
use weft_runtime::types::{float, int, tuple, typeobj};
use weft_runtime::{Args, PyResult, Value};

use super::{args_n, domain, number};
use crate::vm::errors::{error, type_error};
use crate::vm::ops;

const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
// The denominator's coefficients: x*(x+1)*...*(x+11) expanded.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;

/// The Lanczos sum for x > 0, evaluated in 1/x for large x to avoid overflow.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0f64, 0.0f64);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), exact at the integers and half-integers.
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// Gamma; the caller rejects 0 and the negative integers.
pub fn gamma(x: f64) -> f64 {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { x } else { f64::NAN };
    }
    if x == x.floor() && x > 0.0 && x <= 23.0 {
        return (1..x as u32).fold(1.0, |acc, k| acc * f64::from(k));
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return 1.0 / x;
    }
    if absx > 200.0 {
        return if x < 0.0 {
            0.0 / sinpi(x)
        } else {
            f64::INFINITY
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, to correct the result.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let s = y.powf(absx / 2.0 - 0.25);
            r /= s;
            r /= s;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let s = y.powf(absx / 2.0 - 0.25);
            r *= s;
            r *= s;
        }
    }
    r
}

/// log(abs(gamma(x))); the caller rejects 0 and the negative integers.
pub fn lgamma(x: f64) -> f64 {
    if !x.is_finite() {
        return if x.is_nan() { x } else { f64::INFINITY };
    }
    if x == x.floor() && x <= 2.0 {
        return 0.0;
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return -absx.ln();
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    r
}

/// glibc's cbrt (what CPython calls on Linux): a polynomial first guess
/// on the mantissa, one Halley step, then the exponent divided by 3. The
/// `cbrt` symbol Rust links can be a different, correctly rounded one.
pub fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = frexp(x.abs());
    let mut u = -0.145263899385486377;
    for c in [
        0.784932344976639262,
        -1.83469277483613086,
        2.44693122563534430,
        -2.11499494167371287,
        1.50819193781584896,
    ] {
        u = c + u * xm;
    }
    let u = 0.354895765043919860 + u * xm;
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    scalbn(if x > 0.0 { ym } else { -ym }, i64::from(xe / 3))
}

/// C's frexp: x = m * 2**e with 0.5 <= |m| < 1.
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, adj) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(54), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32 - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp + adj)
}

/// The exponent frexp gives.
pub(crate) fn frexp_exp(x: f64) -> i32 {
    frexp(x).1
}

/// 2**n as a float (normal range).
pub(crate) fn ldexp1(n: i32) -> f64 {
    scalbn(1.0, i64::from(n))
}

/// C's scalbn: x * 2**n with one rounding.
fn scalbn(mut x: f64, mut n: i64) -> f64 {
    let p1023 = 2f64.powi(1023);
    let low = 2f64.powi(-1022) * 2f64.powi(53);
    if n > 1023 {
        x *= p1023;
        n -= 1023;
        if n > 1023 {
            x *= p1023;
            n = (n - 1023).min(1023);
        }
    } else if n < -1022 {
        x *= low;
        n += 1022 - 53;
        if n < -1022 {
            x *= low;
            n = (n + 1022 - 53).max(-1022);
        }
    }
    x * f64::from_bits(((0x3ff + n) as u64) << 52)
}

pub fn m_frexp(args: Args<'_>) -> PyResult<Value> {
    let a = args_n("frexp", &args, 1)?;
    let (m, e) = frexp(number(&a[0])?);
    Ok(tuple::tuple_new(vec![
        float::float_value(m),
        int::int_from_i64(i64::from(e)),
    ]))
}

pub fn m_ldexp(args: Args<'_>) -> PyResult<Value> {
    let a = args_n("ldexp", &args, 2)?;
    let x = number(&a[0])?;
    let i = int::as_int(&a[1])
        .ok_or_else(|| type_error("Expected an int as second argument to ldexp."))?;
    let big = i.to_big().into_owned();
    // Exponents past the float range act as the largest ones.
    let n = big
        .to_i64()
        .unwrap_or(if big.is_negative() {
            i64::MIN
        } else {
            i64::MAX
        })
        .clamp(-100_000, 100_000);
    if x == 0.0 || !x.is_finite() {
        return Ok(float::float_value(x));
    }
    let r = scalbn(x, n);
    if r.is_infinite() {
        return Err(error("OverflowError", "math range error"));
    }
    Ok(float::float_value(r))
}

pub fn m_nextafter(args: Args<'_>) -> PyResult<Value> {
    let a = args_n("nextafter", &args, 2)?;
    Ok(float::float_value(clib::nextafter(
        number(&a[0])?,
        number(&a[1])?,
    )))
}

pub fn m_remainder(args: Args<'_>) -> PyResult<Value> {
    let a = args_n("remainder", &args, 2)?;
    let (x, y) = (number(&a[0])?, number(&a[1])?);
    if x.is_nan() {
        return Ok(float::float_value(x));
    }
    if y.is_nan() {
        return Ok(float::float_value(y));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain());
    }
    if y.is_infinite() {
        return Ok(float::float_value(x));
    }
    Ok(float::float_value(clib::remainder(x, y)))
}

pub fn m_ulp(args: Args<'_>) -> PyResult<Value> {
    let a = args_n("ulp", &args, 1)?;
    let x = number(&a[0])?;
    if x.is_nan() {
        return Ok(float::float_value(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(float::float_value(x));
    }
    if x == f64::MAX {
        return Ok(float::float_value(
            x - clib::nextafter(x, f64::NEG_INFINITY),
        ));
    }
    Ok(float::float_value(clib::nextafter(x, f64::INFINITY) - x))
}

/// Euclidean distance, through the same norm as hypot.
pub fn m_dist(args: Args<'_>) -> PyResult<Value> {
    let a = args_n("dist", &args, 2)?;
    let seq = |v: &Value, n: usize| -> PyResult<Vec<Value>> {
        if tuple::as_tuple(v).is_none() && weft_runtime::types::list::List::cast(v).is_none() {
            return Err(type_error(format!(
                "dist() argument {n} must be tuple, not {}",
                typeobj::type_name_of(v)
            )));
        }
        ops::collect(v)
    };
    let (p, q) = (seq(&a[0], 1)?, seq(&a[1], 2)?);
    if p.len() != q.len() {
        return Err(error(
            "ValueError",
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(&q) {
        diffs.push((number(x)? - number(y)?).abs());
    }
    Ok(float::float_value(super::vector_norm(&diffs)))
}
