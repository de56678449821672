//! `int` to text as CPython 3.11 does it: `str(n)` with the 4300-digit limit,
//! and the prefixed `hex()`/`oct()`/`bin()` forms (which have no limit).

use num_bigint::BigInt;
use num_traits::Signed;

use super::NumError;

/// `str(n)` / `repr(n)` with the limit of `sys.set_int_max_str_digits`
/// (4300 digits unless changed).
pub fn int_to_string(n: &BigInt) -> Result<String, NumError> {
    int_to_string_with_limit(n, super::max_str_digits())
}

/// `str(n)` where `max_str_digits` is `sys.get_int_max_str_digits()` (0 means
/// no limit). The sign does not count toward the limit.
pub fn int_to_string_with_limit(n: &BigInt, max_str_digits: usize) -> Result<String, NumError> {
    let too_long = || {
        NumError::value(format!(
            "Exceeds the limit ({max_str_digits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        ))
    };
    if max_str_digits > 0 {
        // n >= 2**(bits-1) has more than floor((bits-1) * log10(2)) digits:
        // reject hopeless cases before the (superlinear) conversion.
        let bits = n.bits();
        if bits > 0
            && ((bits - 1) as f64 * std::f64::consts::LOG10_2).floor() as u64
                >= max_str_digits as u64
        {
            return Err(too_long());
        }
    }
    let s = n.to_string();
    let digits = s.len() - usize::from(n.is_negative());
    if max_str_digits > 0 && digits > max_str_digits {
        return Err(too_long());
    }
    Ok(s)
}

/// `hex(n)`, `oct(n)`, `bin(n)`: sign, `0x`/`0o`/`0b`, lowercase digits.
/// `radix` must be 16, 8 or 2.
pub fn int_to_prefixed(n: &BigInt, radix: u32) -> String {
    let prefix = match radix {
        16 => "0x",
        8 => "0o",
        2 => "0b",
        _ => panic!("int_to_prefixed: radix {radix} is not 2, 8 or 16"),
    };
    let sign = if n.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{}", n.magnitude().to_str_radix(radix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_limit() {
        let p = |n: u32| BigInt::from(10u32).pow(n);
        // python3.11: len(str(10**4299)) == 4300; str(10**4300) raises.
        assert_eq!(int_to_string(&p(4299)).unwrap().len(), 4300);
        assert_eq!(int_to_string(&-p(4299)).unwrap().len(), 4301);
        let e = int_to_string(&p(4300)).unwrap_err();
        assert_eq!(
            e.to_string(),
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        );
        // 10**4300 - 1 has 4300 digits: exact check near the estimate.
        assert_eq!(int_to_string(&(p(4300) - 1)).unwrap().len(), 4300);
        assert!(int_to_string(&(BigInt::from(1) << 100_000usize)).is_err());
        assert_eq!(int_to_string_with_limit(&p(5000), 0).unwrap().len(), 5001);
        assert_eq!(int_to_string(&BigInt::from(-42)).unwrap(), "-42");
        assert_eq!(int_to_string(&BigInt::from(0)).unwrap(), "0");
    }

    #[test]
    fn prefixed() {
        // python3.11: hex(-255), oct(8), bin(-5), hex(0)
        assert_eq!(int_to_prefixed(&BigInt::from(-255), 16), "-0xff");
        assert_eq!(int_to_prefixed(&BigInt::from(8), 8), "0o10");
        assert_eq!(int_to_prefixed(&BigInt::from(-5), 2), "-0b101");
        assert_eq!(int_to_prefixed(&BigInt::from(0), 16), "0x0");
        // No digit limit for power-of-two bases.
        assert_eq!(
            int_to_prefixed(&(BigInt::from(1) << 20000usize), 16).len(),
            2 + 5001
        );
    }
}
