//! Python `int` arithmetic that Rust's operators do not give directly:
//! floor division and modulo with Python's signs, `pow` with a modulus,
//! shifts, correctly rounded `int / int` and `float(int)`, `bit_length`,
//! and checked `i64` fast paths that report overflow (`None`) so the caller
//! can redo the operation on big ints.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::NumError;

const DIV_BY_ZERO: &str = "integer division or modulo by zero";
const MOD_BY_ZERO: &str = "integer modulo by zero";
const TRUE_DIV_BY_ZERO: &str = "division by zero";
const NEGATIVE_SHIFT: &str = "negative shift count";
const INT_TOO_LARGE_FOR_FLOAT: &str = "int too large to convert to float";
const QUOTIENT_TOO_LARGE: &str = "integer division result too large for a float";

/// Results larger than this many bits raise `MemoryError` instead of being
/// attempted: Rust aborts the process when an allocation fails, where
/// CPython would raise (`1 << 2**64` is a `MemoryError` there too).
pub const MAX_RESULT_BITS: u64 = 1 << 36;

fn memory_error() -> NumError {
    NumError::MemoryError(String::new())
}

// ---------------------------------------------------------------- i64 paths

/// `a + b`, or `None` on overflow.
pub fn i64_add(a: i64, b: i64) -> Option<i64> {
    a.checked_add(b)
}

/// `a - b`, or `None` on overflow.
pub fn i64_sub(a: i64, b: i64) -> Option<i64> {
    a.checked_sub(b)
}

/// `a * b`, or `None` on overflow.
pub fn i64_mul(a: i64, b: i64) -> Option<i64> {
    a.checked_mul(b)
}

/// `-a`, or `None` for `i64::MIN`.
pub fn i64_neg(a: i64) -> Option<i64> {
    a.checked_neg()
}

/// `abs(a)`, or `None` for `i64::MIN`.
pub fn i64_abs(a: i64) -> Option<i64> {
    a.checked_abs()
}

/// `a // b` (rounds toward negative infinity); `Ok(None)` only for
/// `i64::MIN // -1`.
pub fn i64_floordiv(a: i64, b: i64) -> Result<Option<i64>, NumError> {
    Ok(i64_divmod(a, b)?.map(|(q, _)| q))
}

/// `a % b` with the sign of `b`; never overflows.
pub fn i64_mod(a: i64, b: i64) -> Result<i64, NumError> {
    if b == 0 {
        return Err(NumError::zero_div(MOD_BY_ZERO));
    }
    // checked_rem fails only for MIN % -1, whose remainder is 0.
    let r = a.checked_rem(b).unwrap_or(0);
    Ok(if r != 0 && (r < 0) != (b < 0) {
        r + b
    } else {
        r
    })
}

/// `divmod(a, b)`; `Ok(None)` only for `divmod(i64::MIN, -1)`.
pub fn i64_divmod(a: i64, b: i64) -> Result<Option<(i64, i64)>, NumError> {
    if b == 0 {
        return Err(NumError::zero_div(DIV_BY_ZERO));
    }
    let Some(q) = a.checked_div(b) else {
        return Ok(None);
    };
    let r = a - q * b;
    // Rust truncates toward zero; step down when the signs differ.
    Ok(Some(if r != 0 && (r < 0) != (b < 0) {
        (q - 1, r + b)
    } else {
        (q, r)
    }))
}

/// `a ** exp` for `exp >= 0`, or `None` when it does not fit.
pub fn i64_pow(a: i64, exp: u64) -> Option<i64> {
    match a {
        0 => Some(i64::from(exp == 0)),
        1 => Some(1),
        -1 => Some(if exp.is_multiple_of(2) { 1 } else { -1 }),
        _ => a.checked_pow(u32::try_from(exp).ok()?),
    }
}

/// `a << n`; `Ok(None)` when the result does not fit in an i64.
pub fn i64_lshift(a: i64, n: i64) -> Result<Option<i64>, NumError> {
    if n < 0 {
        return Err(NumError::value(NEGATIVE_SHIFT));
    }
    if a == 0 {
        return Ok(Some(0));
    }
    if n >= 64 {
        return Ok(None);
    }
    let r = a << n;
    Ok((r >> n == a).then_some(r))
}

/// `a >> n` (rounds toward negative infinity); never overflows.
pub fn i64_rshift(a: i64, n: i64) -> Result<i64, NumError> {
    if n < 0 {
        return Err(NumError::value(NEGATIVE_SHIFT));
    }
    Ok(a >> n.min(63))
}

/// `a / b` as a correctly rounded float.
pub fn i64_true_divide(a: i64, b: i64) -> Result<f64, NumError> {
    const EXACT: u64 = 1 << 53;
    if b != 0 && a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT {
        // Both convert exactly, so IEEE division rounds once, correctly.
        return Ok(a as f64 / b as f64);
    }
    true_divide(&BigInt::from(a), &BigInt::from(b))
}

/// `float(a)`: `as` rounds to nearest, ties to even, like CPython.
pub fn i64_to_float(a: i64) -> f64 {
    a as f64
}

/// `a.bit_length()`.
pub fn i64_bit_length(a: i64) -> u32 {
    64 - a.unsigned_abs().leading_zeros()
}

// ------------------------------------------------------------ big int paths

/// `a // b`.
pub fn floordiv(a: &BigInt, b: &BigInt) -> Result<BigInt, NumError> {
    if b.is_zero() {
        return Err(NumError::zero_div(DIV_BY_ZERO));
    }
    Ok(a.div_floor(b))
}

/// `a % b`, with the sign of `b`.
pub fn modulo(a: &BigInt, b: &BigInt) -> Result<BigInt, NumError> {
    if b.is_zero() {
        return Err(NumError::zero_div(MOD_BY_ZERO));
    }
    Ok(a.mod_floor(b))
}

/// `divmod(a, b)`.
pub fn divmod(a: &BigInt, b: &BigInt) -> Result<(BigInt, BigInt), NumError> {
    if b.is_zero() {
        return Err(NumError::zero_div(DIV_BY_ZERO));
    }
    Ok(a.div_mod_floor(b))
}

/// What `int ** int` gives: an int, or a float for a negative exponent
/// without a modulus.
#[derive(Debug, Clone, PartialEq)]
pub enum PowResult {
    Int(BigInt),
    Float(f64),
}

/// `pow(base, exp)` and `pow(base, exp, modulus)`.
///
/// Without a modulus a negative exponent computes `float(base) **
/// float(exp)`. With one, the result has the modulus's sign, and a negative
/// exponent uses the modular inverse of `base`.
pub fn pow(base: &BigInt, exp: &BigInt, modulus: Option<&BigInt>) -> Result<PowResult, NumError> {
    match modulus {
        None if exp.is_negative() => {
            let b = int_to_float(base)?;
            let e = int_to_float(exp)?;
            if b == 0.0 {
                return Err(NumError::zero_div(
                    "0.0 cannot be raised to a negative power",
                ));
            }
            // |b| >= 1 and e < 0, so the result cannot overflow. Rust's powf
            // is the C library's pow, as CPython uses.
            Ok(PowResult::Float(b.powf(e)))
        }
        None => pow_unbounded(base, exp).map(PowResult::Int),
        Some(m) => pow_mod(base, exp, m).map(PowResult::Int),
    }
}

fn pow_unbounded(base: &BigInt, exp: &BigInt) -> Result<BigInt, NumError> {
    // 0, 1 and -1 stay small for any exponent.
    if base.is_zero() {
        return Ok(BigInt::from(u8::from(exp.is_zero())));
    }
    if base.magnitude().is_one() {
        let odd = exp.is_odd();
        return Ok(if base.is_negative() && odd {
            -BigInt::one()
        } else {
            BigInt::one()
        });
    }
    let e = exp
        .to_u64()
        .filter(|&e| e.saturating_mul(base.bits() - 1) <= MAX_RESULT_BITS);
    match e.and_then(|e| u32::try_from(e).ok()) {
        Some(e) => Ok(base.pow(e)),
        None => Err(memory_error()),
    }
}

fn pow_mod(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> Result<BigInt, NumError> {
    if modulus.is_zero() {
        return Err(NumError::value("pow() 3rd argument cannot be 0"));
    }
    let m = modulus.abs();
    if m.is_one() {
        return Ok(BigInt::zero()); // before the inverse: pow(0, -1, 1) == 0
    }
    let (b, e) = if exp.is_negative() {
        let inv = base
            .mod_floor(&m)
            .modinv(&m)
            .ok_or_else(|| NumError::value("base is not invertible for the given modulus"))?;
        (inv, -exp)
    } else {
        (base.mod_floor(&m), exp.clone())
    };
    let r = b.modpow(&e, &m); // in [0, m)
                              // Python's result takes the modulus's sign.
    Ok(if modulus.is_negative() && !r.is_zero() {
        r - m
    } else {
        r
    })
}

/// `a << n`.
pub fn lshift(a: &BigInt, n: &BigInt) -> Result<BigInt, NumError> {
    if n.is_negative() {
        return Err(NumError::value(NEGATIVE_SHIFT));
    }
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    match n.to_u64() {
        Some(k) if k.saturating_add(a.bits()) <= MAX_RESULT_BITS => Ok(a << k),
        _ => Err(memory_error()),
    }
}

/// `a >> n` (rounds toward negative infinity).
pub fn rshift(a: &BigInt, n: &BigInt) -> Result<BigInt, NumError> {
    if n.is_negative() {
        return Err(NumError::value(NEGATIVE_SHIFT));
    }
    match n.to_u64() {
        Some(k) if k < a.bits() => Ok(a >> k),
        // Every bit shifted out: 0, or -1 for negatives.
        _ => Ok(if a.is_negative() {
            -BigInt::one()
        } else {
            BigInt::zero()
        }),
    }
}

/// `a.bit_length()`.
pub fn bit_length(a: &BigInt) -> u64 {
    a.bits()
}

/// `float(a)`, correctly rounded (ties to even), or `OverflowError`.
pub fn int_to_float(a: &BigInt) -> Result<f64, NumError> {
    let neg = a.is_negative();
    let mag = a.magnitude();
    let bits = mag.bits();
    let (m, e) = if bits <= 64 {
        (mag.to_u64().unwrap_or(0), 0)
    } else {
        // Keep the top 63 bits and fold the rest into a sticky low bit:
        // enough to round to 53 bits exactly as the full value would.
        let s = bits - 63;
        let top = (mag >> s).to_u64().unwrap_or(0);
        let sticky = mag.trailing_zeros().is_some_and(|tz| tz < s);
        (top | u64::from(sticky), s as i64)
    };
    compose_f64(neg, m, e).ok_or_else(|| NumError::overflow(INT_TOO_LARGE_FOR_FLOAT))
}

/// `a / b`, correctly rounded even when `a` and `b` are far beyond the
/// float range (as CPython's `int.__truediv__` is).
pub fn true_divide(a: &BigInt, b: &BigInt) -> Result<f64, NumError> {
    if b.is_zero() {
        return Err(NumError::zero_div(TRUE_DIV_BY_ZERO));
    }
    let neg = a.is_negative() != b.is_negative();
    if a.is_zero() {
        return Ok(if neg { -0.0 } else { 0.0 });
    }
    let (x, y) = (a.magnitude(), b.magnitude());
    let (xb, yb) = (x.bits() as i64, y.bits() as i64);
    if xb <= 53 && yb <= 53 {
        // Both exact in f64: one correctly rounded IEEE division.
        let q = x.to_u64().unwrap_or(0) as f64 / y.to_u64().unwrap_or(1) as f64;
        return Ok(if neg { -q } else { q });
    }
    // x / y lies in (2**(diff-1), 2**(diff+1)).
    let diff = xb - yb;
    if diff > 1025 {
        return Err(NumError::overflow(QUOTIENT_TOO_LARGE));
    }
    if diff < -1077 {
        // Below half the smallest subnormal: rounds to zero.
        return Ok(if neg { -0.0 } else { 0.0 });
    }
    // Scale so the integer quotient has 55 or 56 bits, then append a sticky
    // bit for a nonzero remainder: rounding that to <= 53 bits matches
    // rounding the exact quotient.
    let k = 55 - diff;
    let (q, r) = if k >= 0 {
        (x << k as u64).div_rem(y)
    } else {
        x.div_rem(&(y << (-k) as u64))
    };
    let m = (q.to_u64().unwrap_or(0) << 1) | u64::from(!r.is_zero());
    compose_f64(neg, m, -k - 1).ok_or_else(|| NumError::overflow(QUOTIENT_TOO_LARGE))
}

/// The f64 nearest to `m * 2**e` (ties to even), subnormals included, or
/// `None` if it rounds beyond the largest finite float. When `m` has more
/// than 53 significant bits its lowest bit may be a sticky bit.
fn compose_f64(neg: bool, m: u64, e: i64) -> Option<f64> {
    const MANT_BITS: i64 = 53;
    const MIN_LSB_EXP: i64 = -1074; // exponent of the smallest subnormal
    if m == 0 {
        return Some(if neg { -0.0 } else { 0.0 });
    }
    let len = i64::from(64 - m.leading_zeros());
    if len - 1 + e > 1023 {
        return None;
    }
    // Exponent of the result's last mantissa bit.
    let mut t = (len + e - MANT_BITS).max(MIN_LSB_EXP);
    let mut mant = if t <= e {
        m << (e - t) // exact: fits in 53 bits
    } else {
        let d = (t - e) as u32;
        let (m, d) = (u128::from(m), d.min(127)); // d may exceed 64 for tiny values
        let kept = m >> d;
        let rest = m & ((1u128 << d) - 1);
        let half = 1u128 << (d - 1);
        let up = rest > half || (rest == half && kept & 1 == 1);
        (kept + u128::from(up)) as u64
    };
    if mant == 1 << MANT_BITS {
        mant >>= 1; // rounding carried into a new bit
        t += 1;
    }
    let bits = if mant >= 1 << (MANT_BITS - 1) {
        let biased = t + (MANT_BITS - 1) + 1023;
        if biased >= 0x7ff {
            return None;
        }
        ((biased as u64) << 52) | (mant & ((1 << 52) - 1))
    } else {
        mant // subnormal (t == -1074): the exponent field is 0
    };
    Some(f64::from_bits(bits | (u64::from(neg) << 63)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    fn hex(s: &str) -> BigInt {
        BigInt::parse_bytes(s.as_bytes(), 16).unwrap()
    }

    fn msg(r: Result<impl std::fmt::Debug, NumError>) -> String {
        r.unwrap_err().to_string()
    }

    #[test]
    fn i64_arith() {
        assert_eq!(i64_add(i64::MAX, 1), None);
        assert_eq!(i64_add(2, 3), Some(5));
        assert_eq!(i64_sub(i64::MIN, 1), None);
        assert_eq!(i64_mul(1 << 32, 1 << 31), None);
        assert_eq!(i64_mul(-4, 5), Some(-20));
        assert_eq!(i64_neg(i64::MIN), None);
        assert_eq!(i64_abs(i64::MIN), None);
        assert_eq!(i64_abs(-3), Some(3));
        assert_eq!(i64_bit_length(0), 0);
        assert_eq!(i64_bit_length(-1), 1);
        assert_eq!(i64_bit_length(255), 8);
        assert_eq!(i64_bit_length(i64::MIN), 64);
    }

    #[test]
    fn i64_division() {
        // python3.11: (-7)//2, (-7)%2, 7%-2, divmod(-7, -2), divmod(7, -2)
        assert_eq!(i64_floordiv(-7, 2), Ok(Some(-4)));
        assert_eq!(i64_floordiv(7, 2), Ok(Some(3)));
        assert_eq!(i64_mod(-7, 2), Ok(1));
        assert_eq!(i64_mod(7, -2), Ok(-1));
        assert_eq!(i64_mod(-6, 2), Ok(0));
        assert_eq!(i64_divmod(-7, -2), Ok(Some((3, -1))));
        assert_eq!(i64_divmod(7, -2), Ok(Some((-4, -1))));
        assert_eq!(i64_floordiv(i64::MIN, -1), Ok(None));
        assert_eq!(i64_mod(i64::MIN, -1), Ok(0));
        assert_eq!(i64_divmod(i64::MIN, -1), Ok(None));
        assert_eq!(
            msg(i64_floordiv(1, 0)),
            "ZeroDivisionError: integer division or modulo by zero"
        );
        assert_eq!(
            msg(i64_mod(1, 0)),
            "ZeroDivisionError: integer modulo by zero"
        );
        assert_eq!(
            msg(i64_divmod(1, 0)),
            "ZeroDivisionError: integer division or modulo by zero"
        );
        // Exhaustive sign check against the big-int path.
        for a in -9..=9 {
            for b in (-4..=4).filter(|&b| b != 0) {
                let (q, r) = i64_divmod(a, b).unwrap().unwrap();
                let (bq, br) = divmod(&BigInt::from(a), &BigInt::from(b)).unwrap();
                assert_eq!((BigInt::from(q), BigInt::from(r)), (bq, br), "{a} {b}");
            }
        }
    }

    #[test]
    fn i64_pow_and_shifts() {
        assert_eq!(i64_pow(3, 4), Some(81));
        assert_eq!(i64_pow(-2, 63), Some(i64::MIN));
        assert_eq!(i64_pow(2, 63), None);
        assert_eq!(i64_pow(0, 0), Some(1));
        assert_eq!(i64_pow(-1, u64::MAX), Some(-1));
        assert_eq!(i64_pow(2, u64::MAX), None);
        assert_eq!(i64_lshift(1, 62), Ok(Some(1 << 62)));
        assert_eq!(i64_lshift(1, 63), Ok(None));
        assert_eq!(i64_lshift(-1, 63), Ok(Some(i64::MIN)));
        assert_eq!(i64_lshift(0, 1000), Ok(Some(0)));
        assert_eq!(i64_lshift(3, 64), Ok(None));
        assert_eq!(i64_rshift(-5, 1), Ok(-3));
        assert_eq!(i64_rshift(7, 64), Ok(0));
        assert_eq!(i64_rshift(-7, 1 << 40), Ok(-1));
        assert_eq!(msg(i64_lshift(1, -1)), "ValueError: negative shift count");
        assert_eq!(msg(i64_rshift(1, -1)), "ValueError: negative shift count");
    }

    #[test]
    fn i64_division_to_float() {
        // python3.11: 1/3, -7/2, 0/-5, (2**53+1)/1, (2**63-1)/3
        assert_eq!(i64_true_divide(1, 3), Ok(0.3333333333333333));
        assert_eq!(i64_true_divide(-7, 2), Ok(-3.5));
        assert!(i64_true_divide(0, -5).unwrap().is_sign_negative());
        assert_eq!(i64_true_divide((1 << 53) + 1, 1), Ok(9007199254740992.0));
        assert_eq!(i64_true_divide(i64::MAX, 3), Ok(3.0744573456182584e+18));
        assert_eq!(
            msg(i64_true_divide(1, 0)),
            "ZeroDivisionError: division by zero"
        );
        assert_eq!(i64_to_float((1 << 53) + 3), 9007199254740996.0);
    }

    #[test]
    fn big_division() {
        let a = big("-123456789012345678901234567890");
        let b = big("987654321");
        // python3.11: divmod(-123456789012345678901234567890, 987654321)
        let (q, r) = divmod(&a, &b).unwrap();
        assert_eq!(q, big("-124999998873437499902"));
        assert_eq!(r, big("412808652"));
        assert_eq!(floordiv(&a, &b).unwrap(), q);
        assert_eq!(modulo(&a, &b).unwrap(), r);
        // python3.11: 123456789012345678901234567890 % -987654321
        assert_eq!(modulo(&-&a, &-&b).unwrap(), big("-412808652"));
        let zero = BigInt::zero();
        assert_eq!(
            msg(floordiv(&a, &zero)),
            "ZeroDivisionError: integer division or modulo by zero"
        );
        assert_eq!(
            msg(modulo(&a, &zero)),
            "ZeroDivisionError: integer modulo by zero"
        );
        assert_eq!(
            msg(divmod(&a, &zero)),
            "ZeroDivisionError: integer division or modulo by zero"
        );
    }

    fn p(b: i64, e: i64, m: Option<i64>) -> Result<PowResult, NumError> {
        pow(
            &BigInt::from(b),
            &BigInt::from(e),
            m.map(BigInt::from).as_ref(),
        )
    }

    fn int(v: i64) -> Result<PowResult, NumError> {
        Ok(PowResult::Int(BigInt::from(v)))
    }

    #[test]
    fn pow_cases() {
        // Expected values from python3.11 pow(...).
        assert_eq!(p(-2, 3, None), int(-8));
        assert_eq!(p(0, 0, None), int(1));
        assert_eq!(p(-2, -3, None), Ok(PowResult::Float(-0.125)));
        assert_eq!(p(2, -2, None), Ok(PowResult::Float(0.25)));
        assert_eq!(
            msg(p(0, -1, None)),
            "ZeroDivisionError: 0.0 cannot be raised to a negative power"
        );
        assert_eq!(p(2, -1, Some(7)), int(4));
        assert_eq!(p(-3, -1, Some(7)), int(2));
        assert_eq!(p(3, -2, Some(-7)), int(-3));
        assert_eq!(p(3, 5, Some(-7)), int(-2));
        assert_eq!(p(-3, 3, Some(7)), int(1));
        assert_eq!(p(2, 10, Some(-1000)), int(-976));
        assert_eq!(p(5, 0, Some(-3)), int(-2));
        assert_eq!(p(0, 0, Some(7)), int(1));
        assert_eq!(p(0, 0, Some(1)), int(0));
        assert_eq!(p(3, 0, Some(-1)), int(0));
        assert_eq!(p(2, -1, Some(1)), int(0));
        assert_eq!(p(0, -1, Some(-1)), int(0));
        assert_eq!(
            msg(p(2, -1, Some(4))),
            "ValueError: base is not invertible for the given modulus"
        );
        assert_eq!(
            msg(p(0, -1, Some(5))),
            "ValueError: base is not invertible for the given modulus"
        );
        assert_eq!(
            msg(p(2, 3, Some(0))),
            "ValueError: pow() 3rd argument cannot be 0"
        );
        // python3.11: pow(10**20, -1, 7) == 4; pow(2, -1, 2**64+1) == 9223372036854775809
        let r = pow(
            &big("100000000000000000000"),
            &BigInt::from(-1),
            Some(&BigInt::from(7)),
        );
        assert_eq!(r, int(4));
        let m = (BigInt::one() << 64u32) + 1;
        let r = pow(&BigInt::from(2), &BigInt::from(-1), Some(&m));
        assert_eq!(r, Ok(PowResult::Int(big("9223372036854775809"))));
        // Huge exponents.
        let huge = BigInt::one() << 100u32;
        assert_eq!(pow(&BigInt::from(-1), &(&huge + 1), None), int(-1));
        assert_eq!(pow(&BigInt::from(1), &huge, None), int(1));
        assert_eq!(pow(&BigInt::from(0), &huge, None), int(0));
        assert_eq!(
            pow(&BigInt::from(-1), &-&huge, None),
            Ok(PowResult::Float(1.0))
        );
        assert_eq!(
            pow(&BigInt::from(2), &-&huge, None),
            Ok(PowResult::Float(0.0))
        );
        assert_eq!(msg(pow(&BigInt::from(2), &huge, None)), "MemoryError");
        let e400 = BigInt::from(10).pow(400u32);
        assert_eq!(
            msg(pow(&e400, &BigInt::from(-1), None)),
            "OverflowError: int too large to convert to float"
        );
        assert_eq!(
            msg(pow(&BigInt::from(3), &-&e400, None)),
            "OverflowError: int too large to convert to float"
        );
        // python3.11: len(str(7**1000)) == 846, 7**1000 % 1000 == 1
        let PowResult::Int(v) = pow(&BigInt::from(7), &BigInt::from(1000), None).unwrap() else {
            panic!()
        };
        assert_eq!(v.to_string().len(), 846);
        assert_eq!(v % 1000, BigInt::from(1));
    }

    #[test]
    fn big_shifts() {
        let n = |v: i64| BigInt::from(v);
        assert_eq!(
            lshift(&n(3), &n(100)).unwrap(),
            n(3) * (BigInt::one() << 100u32)
        );
        assert_eq!(rshift(&n(-5), &n(1)).unwrap(), n(-3));
        assert_eq!(rshift(&-(BigInt::one() << 100u32), &n(99)).unwrap(), n(-2));
        assert_eq!(rshift(&n(7), &n(64)).unwrap(), n(0));
        assert_eq!(rshift(&n(-7), &n(64)).unwrap(), n(-1));
        let huge = BigInt::one() << 64u32;
        assert_eq!(rshift(&n(1), &huge).unwrap(), n(0));
        assert_eq!(rshift(&n(-1), &huge).unwrap(), n(-1));
        assert_eq!(lshift(&n(0), &huge).unwrap(), n(0));
        // python3.11: 1 << 2**64 raises MemoryError
        assert_eq!(msg(lshift(&n(1), &huge)), "MemoryError");
        assert_eq!(
            msg(lshift(&n(1), &n(-1))),
            "ValueError: negative shift count"
        );
        assert_eq!(
            msg(rshift(&n(1), &n(-1))),
            "ValueError: negative shift count"
        );
        assert_eq!(bit_length(&n(0)), 0);
        assert_eq!(bit_length(&n(-256)), 9);
        assert_eq!(bit_length(&(BigInt::one() << 1000u32)), 1001);
    }

    /// Vectors from runtime/tools/gen_int_float_vectors.py (CPython 3.11).
    #[test]
    fn division_and_conversion_match_cpython() {
        let data = include_str!("testdata/int_float.txt");
        let mut checked = 0;
        for line in data.lines() {
            let f: Vec<&str> = line.split_whitespace().collect();
            let (got, want) = match f[..] {
                ["div", a, b, want] => (true_divide(&hex(a), &hex(b)), want),
                ["float", a, want] => (int_to_float(&hex(a)), want),
                _ => panic!("bad line {line:?}"),
            };
            match got {
                Ok(x) => assert_eq!(format!("{:x}", x.to_bits()), want, "{line}"),
                Err(e) => {
                    assert_eq!(want, "overflow", "{line}: {e}");
                    let expected = if f[0] == "div" {
                        QUOTIENT_TOO_LARGE
                    } else {
                        INT_TOO_LARGE_FOR_FLOAT
                    };
                    assert_eq!(e, NumError::overflow(expected));
                }
            }
            checked += 1;
        }
        assert!(checked > 130);
    }

    #[test]
    fn division_edges() {
        let one = BigInt::one();
        // python3.11: 0/-5 == -0.0; 1/-(2**2000) == -0.0
        assert!(true_divide(&BigInt::zero(), &BigInt::from(-5))
            .unwrap()
            .is_sign_negative());
        assert!(true_divide(&one, &-(&one << 2000u32))
            .unwrap()
            .is_sign_negative());
        assert_eq!(
            msg(true_divide(&one, &BigInt::zero())),
            "ZeroDivisionError: division by zero"
        );
        assert_eq!(
            msg(true_divide(&(&one << 1100u32), &BigInt::from(3))),
            "OverflowError: integer division result too large for a float"
        );
        assert_eq!(true_divide(&(&one << 1100u32), &(&one << 1099u32)), Ok(2.0));
        assert_eq!(
            msg(int_to_float(&(&one << 1024u32))),
            "OverflowError: int too large to convert to float"
        );
        assert_eq!(int_to_float(&BigInt::from(-3)), Ok(-3.0));
    }
}
