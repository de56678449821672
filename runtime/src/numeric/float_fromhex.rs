//! `float.fromhex(s)`: CPython's `float_fromhex`, correctly rounded (half
//! to even), with its grammar and error messages.

use num_bigint::BigUint;
use num_traits::{ToPrimitive, Zero};

use super::NumError;

fn invalid() -> NumError {
    NumError::value("invalid hexadecimal floating-point string")
}

fn too_large() -> NumError {
    NumError::OverflowError("hexadecimal value too large to represent as a float".into())
}

/// `2**e` as an f64, for `-1074 <= e <= 1023`.
fn pow2(e: i64) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// `m * 2**e` rounded to the nearest f64 (ties to even); `None` on
/// overflow.
fn scale(m: BigUint, e: i64) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let bits = m.bits() as i64;
    // Keep 53 bits, fewer where the result is subnormal (its last bit is
    // worth 2**-1074).
    let shift = (bits - 53).max(-1074 - e);
    let (mut m, mut e) = (m, e);
    if shift > 0 {
        let shift_u = shift as u64;
        let kept: BigUint = &m >> shift_u;
        let rest: BigUint = &m - (&kept << shift_u);
        let half = BigUint::from(1u32) << (shift_u - 1);
        let round_up = rest > half || (rest == half && kept.bit(0));
        m = if round_up { kept + 1u32 } else { kept };
        e += shift;
    }
    if m.is_zero() {
        return Some(0.0);
    }
    // The value's top bit must stay below 2**1024.
    if m.bits() as i64 + e > 1024 {
        return None;
    }
    let m = m.to_u64().expect("at most 54 bits") as f64;
    // Both factors are exact and so is the product (it is representable).
    Some(if e > 1023 {
        m * pow2(e - 100) * pow2(100)
    } else {
        m * pow2(e)
    })
}

/// Parse `s` as `float.fromhex` does.
pub fn float_fromhex(s: &str) -> Result<f64, NumError> {
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = |x: f64| if negative { -x } else { x };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(sign(f64::NAN));
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (number, exponent) = match body.split_once('p') {
        Some((n, e)) => (n, Some(e)),
        None => (body, None),
    };
    let (int_part, frac_part) = number.split_once('.').unwrap_or((number, ""));
    let is_hex = |p: &str| p.chars().all(|c| c.is_ascii_hexdigit());
    if int_part.len() + frac_part.len() == 0 || !is_hex(int_part) || !is_hex(frac_part) {
        return Err(invalid());
    }
    let exp: i64 = match exponent {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
                return Err(invalid());
            }
            // Exponents past any float's range saturate: they only decide
            // between 0, a value and an overflow.
            let magnitude: i64 = digits.parse().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
            if e.starts_with('-') {
                -magnitude
            } else {
                magnitude
            }
        }
    };
    let digits = format!("{int_part}{frac_part}");
    let digits = digits.trim_start_matches('0');
    let m = if digits.is_empty() {
        BigUint::zero()
    } else {
        BigUint::parse_bytes(digits.as_bytes(), 16).ok_or_else(invalid)?
    };
    let e = exp.saturating_sub(4 * frac_part.len() as i64);
    match scale(m, e) {
        Some(x) => Ok(sign(x)),
        None => Err(too_large()),
    }
}

#[cfg(test)]
mod tests {
    use super::float_fromhex;

    // Expected values from python3 3.11's float.fromhex.
    #[test]
    fn as_cpython() {
        assert_eq!(float_fromhex("0x1.8p1").unwrap(), 3.0);
        assert_eq!(float_fromhex(" -0x1p-1 ").unwrap(), -0.5);
        assert_eq!(float_fromhex("0x1.999999999999ap-4").unwrap(), 0.1);
        assert_eq!(float_fromhex("1.fffffffffffffp1023").unwrap(), f64::MAX);
        assert_eq!(float_fromhex("0x1p-1074").unwrap(), 5e-324);
        assert_eq!(float_fromhex("0x1p-1075").unwrap(), 0.0);
        assert_eq!(float_fromhex("0x3p-1076").unwrap(), 5e-324);
        assert_eq!(float_fromhex("0x1.00000000000008p0").unwrap(), 1.0);
        assert_eq!(
            float_fromhex("0x1.00000000000018p0").unwrap(),
            1.0000000000000004
        );
        assert_eq!(float_fromhex("ff").unwrap(), 255.0);
        assert_eq!(float_fromhex(".8").unwrap(), 0.5);
        assert!(float_fromhex("-inf").unwrap().is_infinite());
        assert!(float_fromhex("nan").unwrap().is_nan());
        assert_eq!(
            float_fromhex("0x1p1024").unwrap_err().message(),
            "hexadecimal value too large to represent as a float"
        );
        assert_eq!(
            float_fromhex("0x1.fffffffffffff8p1023")
                .unwrap_err()
                .type_name(),
            "OverflowError"
        );
        assert_eq!(
            float_fromhex("0x").unwrap_err().message(),
            "invalid hexadecimal floating-point string"
        );
        assert!(float_fromhex("1p").is_err());
        assert!(float_fromhex("0x1.2.3").is_err());
        assert_eq!(float_fromhex("0x0p99999999999999999999").unwrap(), 0.0);
    }
}
