//! CPython 3.11's complex algorithms (`Objects/complexobject.c`) on plain
//! pairs of doubles, step for step, so that results agree to the bit, NaNs
//! and infinities included: the textbook product, Smith's division, the
//! polar-form power and repeated squaring for small integral exponents.
//! CPython reports division by zero and overflow through `errno`; here
//! they come back as [`PowError`] or `None`.

use super::Complex;

const ONE: Complex = Complex { re: 1.0, im: 0.0 };

/// The largest integral exponent that `**` computes by repeated squaring
/// (CPython's `INT_POW_CUTOFF`); others go through the polar form.
const INT_POW_CUTOFF: f64 = 100.0;

/// Why `a ** b` has no complex result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PowError {
    /// Zero to a negative or complex power (`errno == EDOM`).
    ZeroToNegative,
    /// A part of the result is infinite (`errno == ERANGE`).
    Overflow,
}

/// `a + b` (`_Py_c_sum`).
pub fn sum(a: Complex, b: Complex) -> Complex {
    Complex {
        re: a.re + b.re,
        im: a.im + b.im,
    }
}

/// `a - b` (`_Py_c_diff`).
pub fn diff(a: Complex, b: Complex) -> Complex {
    Complex {
        re: a.re - b.re,
        im: a.im - b.im,
    }
}

/// `a * b` (`_Py_c_prod`): no special handling of infinities, so
/// `2.0 * complex(inf, 0)` is `(inf+nanj)` as in CPython 3.11.
pub fn prod(a: Complex, b: Complex) -> Complex {
    Complex {
        re: a.re * b.re - a.im * b.im,
        im: a.re * b.im + a.im * b.re,
    }
}

/// `a / b` (`_Py_c_quot`, Smith's algorithm); `None` when `b` is zero.
pub fn quot(a: Complex, b: Complex) -> Option<Complex> {
    let abs_breal = b.re.abs();
    let abs_bimag = b.im.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(Complex {
            re: (a.re + a.im * ratio) / denom,
            im: (a.im - a.re * ratio) / denom,
        })
    } else if abs_bimag >= abs_breal {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(Complex {
            re: (a.re * ratio + a.im) / denom,
            im: (a.im * ratio - a.re) / denom,
        })
    } else {
        // At least one part of `b` is a NaN.
        Some(Complex {
            re: f64::NAN,
            im: f64::NAN,
        })
    }
}

/// `_Py_c_pow`: the polar form. `None` for zero to a negative or complex
/// power.
fn pow_polar(a: Complex, b: Complex) -> Option<Complex> {
    if b.re == 0.0 && b.im == 0.0 {
        return Some(ONE);
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return None;
        }
        return Some(Complex { re: 0.0, im: 0.0 });
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    Some(Complex {
        re: len * phase.cos(),
        im: len * phase.sin(),
    })
}

/// `x ** n` for `n >= 0` by repeated squaring (`c_powu`).
fn pow_unsigned(x: Complex, n: u64) -> Complex {
    let mut r = ONE;
    let mut p = x;
    let mut mask: u64 = 1;
    while mask != 0 && mask <= n {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `x ** n` for a small integer `n` (`c_powi`); `None` when a negative
/// power's denominator is zero.
fn pow_int(x: Complex, n: i64) -> Option<Complex> {
    if n > 0 {
        Some(pow_unsigned(x, n as u64))
    } else {
        quot(ONE, pow_unsigned(x, n.unsigned_abs()))
    }
}

/// `a ** b` as CPython's `complex_pow`: small integral exponents by
/// repeated squaring, the rest in polar form; an infinite part in the
/// result is an overflow.
pub fn pow(a: Complex, b: Complex) -> Result<Complex, PowError> {
    let r = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= INT_POW_CUTOFF {
        pow_int(a, b.re as i64)
    } else {
        pow_polar(a, b)
    };
    let r = r.ok_or(PowError::ZeroToNegative)?;
    if r.re.is_infinite() || r.im.is_infinite() {
        return Err(PowError::Overflow);
    }
    Ok(r)
}

/// `abs(z)` (`_Py_c_abs`): infinite if either part is, even with a NaN
/// beside it; `None` when finite parts overflow.
pub fn abs(z: Complex) -> Option<f64> {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.re.is_infinite() {
            return Some(z.re.abs());
        }
        if z.im.is_infinite() {
            return Some(z.im.abs());
        }
        return Some(f64::NAN);
    }
    let r = z.re.hypot(z.im);
    r.is_finite().then_some(r)
}
