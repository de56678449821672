//! CPython 3.11's hashes for numbers and tuples, so that equal values hash
//! equal across types (`hash(1) == hash(1.0) == hash(True)`) and hash values
//! are the ones Python programs observe (64-bit build).
//!
//! Numbers hash to their value modulo the Mersenne prime P = 2**61 - 1 (with
//! the sign kept, and -1 mapped to -2 because -1 means "error" in CPython's C
//! API). Tuples combine item hashes with the xxHash64-style loop CPython has
//! used since 3.8.

use num_bigint::BigInt;
use num_traits::Signed;

/// `sys.hash_info.modulus`: 2**61 - 1.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: u32 = 61;
/// `sys.hash_info.inf`: the hash of `float('inf')` (negated for `-inf`).
pub const HASH_INF: i64 = 314159;

/// -1 is reserved for errors in CPython; every hash function maps it to -2.
fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(n)` for an int that fits in an i64.
#[inline]
pub fn hash_i64(n: i64) -> i64 {
    let m = n.unsigned_abs();
    // Below the modulus (every inline int) no division is needed.
    let r = (if m < HASH_MODULUS {
        m
    } else {
        m % HASH_MODULUS
    }) as i64;
    fix_minus_one(if n < 0 { -r } else { r })
}

/// `hash(n)` for any int.
pub fn hash_int(n: &BigInt) -> i64 {
    // Horner's rule over 64-bit limbs, most significant first, using
    // 2**64 == 8 (mod P).
    let limbs: Vec<u64> = n.magnitude().iter_u64_digits().collect();
    let p = u128::from(HASH_MODULUS);
    let r = limbs
        .iter()
        .rev()
        .fold(0u128, |acc, &limb| (acc * 8 + u128::from(limb)) % p) as i64;
    fix_minus_one(if n.is_negative() { -r } else { r })
}

/// `hash(x)` for a float. A NaN hashes by object identity in 3.11: pass
/// the object's address as `nan_identity` (it is only used for NaN).
pub fn hash_float(x: f64, nan_identity: usize) -> i64 {
    if x.is_nan() {
        return hash_pointer(nan_identity);
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    // x = mantissa * 2**exp exactly, with an integer mantissa < 2**53.
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exp) = if biased == 0 {
        (fraction, -1074) // zero and subnormals
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    // 2**61 == 1 (mod P), so 2**exp == 2**(exp mod 61), and multiplying by
    // a power of two below 2**61 is a 61-bit rotation.
    let shift = exp.rem_euclid(i64::from(HASH_BITS)) as u32;
    let m = mantissa; // < 2**53 < P: already reduced
    let rotated = if shift == 0 {
        m
    } else {
        ((m << shift) & HASH_MODULUS) | (m >> (HASH_BITS - shift))
    };
    let r = (rotated % HASH_MODULUS) as i64;
    fix_minus_one(if x < 0.0 { -r } else { r })
}

/// CPython's `_Py_HashPointer`: the default `object.__hash__`, from the
/// object's address rotated right by 4 bits (the low bits are alignment).
pub fn hash_pointer(addr: usize) -> i64 {
    fix_minus_one((addr as u64).rotate_right(4) as i64)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// Incremental `hash(tuple)`: feed each item's hash with [`add`](Self::add),
/// then [`finish`](Self::finish). Lets the caller stop early if an item's
/// `__hash__` raises.
#[derive(Debug, Clone)]
pub struct TupleHasher {
    acc: u64,
    len: u64,
}

impl Default for TupleHasher {
    fn default() -> Self {
        Self::new()
    }
}

impl TupleHasher {
    pub fn new() -> Self {
        TupleHasher {
            acc: XXPRIME_5,
            len: 0,
        }
    }

    /// Mixes in one item's hash.
    pub fn add(&mut self, item_hash: i64) {
        let lane = item_hash as u64;
        self.acc = self.acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        self.acc = self.acc.rotate_left(31);
        self.acc = self.acc.wrapping_mul(XXPRIME_1);
        self.len += 1;
    }

    /// The tuple's hash.
    pub fn finish(&self) -> i64 {
        // The length is mixed in with a constant chosen by CPython so that
        // hash(()) kept its pre-3.8 value.
        let acc = self.acc.wrapping_add(self.len ^ (XXPRIME_5 ^ 3527539));
        if acc == u64::MAX {
            return 1546275796;
        }
        acc as i64
    }
}

/// `hash(t)` for a tuple whose items hash to `item_hashes`.
pub fn tuple_hash(item_hashes: impl IntoIterator<Item = i64>) -> i64 {
    let mut h = TupleHasher::new();
    for item in item_hashes {
        h.add(item);
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints() {
        // (value, python3.11 hash(value))
        let small: &[(i64, i64)] = &[
            (0, 0),
            (1, 1),
            (-1, -2),
            (-2, -2),
            ((1 << 61) - 2, 2305843009213693950),
            ((1 << 61) - 1, 0),
            (1 << 61, 1),
            (-((1 << 61) - 1), 0),
            (-(1 << 61), -2),
            (i64::MAX, 3),
            (i64::MIN, -4),
        ];
        for &(v, h) in small {
            assert_eq!(hash_i64(v), h, "hash({v})");
            assert_eq!(hash_int(&BigInt::from(v)), h, "hash({v}) big");
        }
        let big: &[(BigInt, i64)] = &[
            (BigInt::from(1) << 64u32, 8),
            (-(BigInt::from(1) << 64u32), -8),
            (BigInt::from(10).pow(100u32), 910685213754167845),
            (-BigInt::from(10).pow(100u32), -910685213754167845),
            (BigInt::from(3).pow(500u32), 726568384993072390),
        ];
        for (v, h) in big {
            assert_eq!(hash_int(v), *h, "hash({v})");
        }
    }

    #[test]
    fn floats() {
        // (value, python3.11 hash(value))
        let cases: &[(f64, i64)] = &[
            (0.0, 0),
            (-0.0, 0),
            (0.5, 1152921504606846976),
            (1.5, 1152921504606846977),
            (-1.0, -2),
            (-0.5, -1152921504606846976),
            (1e-300, 482449582752280463),
            (5e-324, 16777216),
            (1e300, 1224995262755759164),
            (f64::MAX, 2234066890152476671),
            (0.1, 230584300921369408),
            (-2.5, -1152921504606846978),
            (1e16, 10000000000000000),
            (std::f64::consts::PI, 326490430436040707),
            (3.0 * 5e-324, 50331648),
            (123456789.125, 288230376275168533),
            (f64::INFINITY, 314159),
            (f64::NEG_INFINITY, -314159),
        ];
        for &(x, h) in cases {
            assert_eq!(hash_float(x, 0), h, "hash({x:e})");
        }
        // Integral floats hash like the equal int.
        for v in [1i64, -1, 7, 1 << 53, -(1 << 60), i64::MIN] {
            assert_eq!(hash_float(v as f64, 0), hash_i64(v), "{v}");
        }
        assert_eq!(
            hash_float(2f64.powi(64), 0),
            hash_int(&(BigInt::from(1) << 64u32))
        );
    }

    #[test]
    fn nan_and_pointers() {
        // python3.11: for x = float('nan') with id(x) == 0x7f42c58acc90,
        // hash(x) == 8745297423561 (the address rotated right by 4 bits).
        assert_eq!(hash_float(f64::NAN, 0x7f42c58acc90), 8745297423561);
        assert_eq!(hash_pointer(0x7f42c58acc90), 8745297423561);
        assert_eq!(hash_pointer(0x10), 1);
        assert_eq!(hash_pointer(usize::MAX), -2);
    }

    #[test]
    fn tuples() {
        // python3.11: hash(()), hash((1,)), hash((1, 2, 3)), hash((-1,)),
        // hash((1, (2, 3))), hash(((),)), hash((0.5, True, -2)), hash((2**61,)),
        // hash(tuple(range(100)))
        assert_eq!(tuple_hash([]), 5740354900026072187);
        assert_eq!(tuple_hash([1]), -6644214454873602895);
        assert_eq!(tuple_hash([1, 2, 3]), 529344067295497451);
        assert_eq!(tuple_hash([hash_i64(-1)]), 8078679518589016365);
        assert_eq!(tuple_hash([1, tuple_hash([2, 3])]), 7267574591690527098);
        assert_eq!(tuple_hash([tuple_hash([])]), -5486347211504344842);
        assert_eq!(
            tuple_hash([hash_float(0.5, 0), hash_i64(1), hash_i64(-2)]),
            8734024199645193207
        );
        assert_eq!(
            tuple_hash([hash_int(&(BigInt::from(1) << 61u32))]),
            -6644214454873602895
        );
        assert_eq!(tuple_hash((0..100).map(hash_i64)), 4479737025582696436);
        let mut h = TupleHasher::default();
        h.add(1);
        h.add(2);
        h.add(3);
        assert_eq!(h.finish(), 529344067295497451);
    }
}
