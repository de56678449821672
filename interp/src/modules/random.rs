//! The `random` module: CPython's Mersenne Twister with CPython's seeding
//! and derivations, so a seeded program draws the same numbers as under
//! CPython (`random`, `getrandbits`, `randrange`, `randint`, `choice`,
//! `shuffle`, `uniform`, `sample`). One generator per process, behind a
//! lock (as CPython's module-level instance).

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};
use parking_lot::Mutex;
use weft_runtime::types::function::NativeFn;
use weft_runtime::types::{float, int, list::List, none_bool, str as pystr, typeobj};
use weft_runtime::{Args, PyResult, Value};

use crate::vm::errors::{error, type_error};
use crate::vm::objects::module_with_functions;
use crate::vm::ops;

const N: usize = 624;
const M: usize = 397;

struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
        }
        self.state[0] = 0x8000_0000;
        self.index = N;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            for k in 0..N {
                let y = (self.state[k] & 0x8000_0000) | (self.state[(k + 1) % N] & 0x7fff_ffff);
                let mut v = self.state[(k + M) % N] ^ (y >> 1);
                if y & 1 != 0 {
                    v ^= 0x9908_b0df;
                }
                self.state[k] = v;
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = u64::from(self.next_u32() >> 5);
        let b = u64::from(self.next_u32() >> 6);
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 32 {
            return BigInt::from(self.next_u32() >> (32 - k as u32) as u64 as u32);
        }
        let mut words = Vec::new();
        let mut left = k as i64;
        while left > 0 {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left as u32;
            }
            words.push(r);
            left -= 32;
        }
        BigInt::from_slice(Sign::Plus, &words)
    }

    /// A uniform int in `0..n` (`n > 0`), by rejection on `n.bit_length()` bits.
    fn below(&mut self, n: &BigInt) -> BigInt {
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }
}

fn generator() -> &'static Mutex<Mt> {
    static GEN: std::sync::OnceLock<Mutex<Mt>> = std::sync::OnceLock::new();
    GEN.get_or_init(|| {
        let mut mt = Mt { state: [0; N], index: N };
        let seed = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
        mt.init_by_array(&[seed as u32, (seed >> 32) as u32, std::process::id()]);
        Mutex::new(mt)
    })
}

fn big(v: &Value, what: &str) -> PyResult<BigInt> {
    int::as_int(v).map(|i| i.to_big().into_owned()).ok_or_else(|| {
        type_error(format!("'{}' object cannot be interpreted as an integer{what}", typeobj::type_name_of(v)))
    })
}

fn seed(args: Args<'_>) -> PyResult<Value> {
    let a = args.positional.first().filter(|v| !none_bool::is_none(v));
    let key: Vec<u32> = match a {
        None => {
            let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
            vec![t as u32, (t >> 32) as u32]
        }
        Some(v) if int::as_int(v).is_some() => {
            let n = big(v, "")?.abs();
            let words = n.to_u32_digits().1;
            if words.is_empty() { vec![0] } else { words }
        }
        Some(v) if pystr::as_str(v).is_some() => {
            // Version 2 seeding: the str's UTF-8 bytes followed by its
            // SHA-512 digest is CPython's; not reproduced (needs hashlib).
            let n = BigInt::from_bytes_be(Sign::Plus, pystr::as_str(v).unwrap_or("").as_bytes());
            let words = n.to_u32_digits().1;
            if words.is_empty() { vec![0] } else { words }
        }
        Some(v) => {
            let h = ops::hash(v)? as i64;
            let n = BigInt::from(h).abs();
            let words = n.to_u32_digits().1;
            if words.is_empty() { vec![0] } else { words }
        }
    };
    generator().lock().init_by_array(&key);
    Ok(none_bool::none())
}

fn random(_args: Args<'_>) -> PyResult<Value> {
    Ok(float::float_value(generator().lock().random()))
}

fn getrandbits(args: Args<'_>) -> PyResult<Value> {
    let k = big(args.positional.first().ok_or_else(|| type_error("getrandbits() takes exactly one argument (0 given)"))?, "")?;
    if k.is_negative() {
        return Err(error("ValueError", "number of bits must be non-negative"));
    }
    let k = k.to_u64().ok_or_else(|| error("OverflowError", "too many bits"))?;
    if k == 0 {
        return Ok(int::int_from_i64(0));
    }
    Ok(int::int_from_bigint(generator().lock().getrandbits(k)))
}

fn randbelow(n: &BigInt) -> BigInt {
    generator().lock().below(n)
}

fn randrange_values(start: &Value, stop: Option<&Value>, step: Option<&Value>) -> PyResult<BigInt> {
    let start = big(start, "")?;
    let Some(stop) = stop.filter(|s| !none_bool::is_none(s)) else {
        if start.is_positive() {
            return Ok(randbelow(&start));
        }
        return Err(error("ValueError", "empty range for randrange()"));
    };
    let stop = big(stop, "")?;
    let width = &stop - &start;
    let step = match step {
        Some(s) => big(s, "")?,
        None => BigInt::from(1),
    };
    if step == BigInt::from(1) {
        if width.is_positive() {
            return Ok(start + randbelow(&width));
        }
        return Err(error("ValueError", format!("empty range for randrange ({start}, {stop}, {width})")));
    }
    if step.is_zero() {
        return Err(error("ValueError", "zero step for randrange()"));
    }
    let n: BigInt = if step.is_positive() { (&width + &step - 1) / &step } else { (&width + &step + 1) / &step };
    if !n.is_positive() {
        return Err(error("ValueError", "empty range for randrange()"));
    }
    Ok(start + step * randbelow(&n))
}

fn randrange(args: Args<'_>) -> PyResult<Value> {
    let a = args.positional;
    let first = a.first().ok_or_else(|| type_error("randrange() missing 1 required positional argument: 'start'"))?;
    Ok(int::int_from_bigint(randrange_values(first, a.get(1), a.get(2))?))
}

fn randint(args: Args<'_>) -> PyResult<Value> {
    let [a, b] = args.positional else {
        return Err(type_error(format!("randint() takes 3 positional arguments but {} were given", args.positional.len() + 1)));
    };
    let stop = int::int_from_bigint(big(b, "")? + 1);
    Ok(int::int_from_bigint(randrange_values(a, Some(&stop), None)?))
}

fn choice(args: Args<'_>) -> PyResult<Value> {
    let seq = args.positional.first().ok_or_else(|| type_error("choice() missing 1 required positional argument: 'seq'"))?;
    let n = ops::len(seq)?;
    if n == 0 {
        return Err(error("IndexError", "Cannot choose from an empty sequence"));
    }
    let i = randbelow(&BigInt::from(n));
    ops::getitem(seq, &int::int_from_bigint(i))
}

fn shuffle(args: Args<'_>) -> PyResult<Value> {
    let x = args.positional.first().ok_or_else(|| type_error("shuffle() missing 1 required positional argument: 'x'"))?;
    let n = ops::len(x)?;
    for i in (1..n).rev() {
        let j = randbelow(&BigInt::from(i + 1)).to_usize().unwrap_or(0);
        let (vi, vj) = (ops::getitem(x, &int::int_from_i64(i as i64))?, ops::getitem(x, &int::int_from_i64(j as i64))?);
        ops::setitem(x, &int::int_from_i64(i as i64), vj)?;
        ops::setitem(x, &int::int_from_i64(j as i64), vi)?;
    }
    Ok(none_bool::none())
}

fn uniform(args: Args<'_>) -> PyResult<Value> {
    let [a, b] = args.positional else {
        return Err(type_error("uniform() takes exactly 2 arguments"));
    };
    let num = |v: &Value| float::as_f64(v).or_else(|| int::as_int(v).and_then(|i| i.to_f64().ok())).ok_or_else(|| type_error("must be real number"));
    let (a, b) = (num(a)?, num(b)?);
    Ok(float::float_value(a + (b - a) * generator().lock().random()))
}

fn sample(args: Args<'_>) -> PyResult<Value> {
    let (pop, k) = match args.positional {
        [p, k] => (p, k),
        [p] => (
            p,
            args.keywords
                .iter()
                .find(|(n, _)| pystr::as_str(n) == Some("k"))
                .map(|(_, v)| v)
                .ok_or_else(|| type_error("sample() missing 1 required positional argument: 'k'"))?,
        ),
        _ => return Err(type_error("sample() takes 2 positional arguments")),
    };
    let population = ops::collect(pop)?;
    let n = population.len();
    let k = big(k, "")?.to_i64().unwrap_or(-1);
    if k < 0 || k as usize > n {
        return Err(error("ValueError", "Sample larger than population or is negative"));
    }
    let k = k as usize;
    let mut setsize = 21usize;
    if k > 5 {
        // 4 ** ceil(log(3k, 4))
        let e = ((k * 3) as f64).ln() / 4f64.ln();
        setsize += 4usize.pow(e.ceil() as u32);
    }
    let mut result = Vec::with_capacity(k);
    if n <= setsize {
        let mut pool = population.clone();
        for i in 0..k {
            let j = randbelow(&BigInt::from(n - i)).to_usize().unwrap_or(0);
            result.push(pool[j].clone());
            pool[j] = pool[n - i - 1].clone();
        }
    } else {
        let mut selected = std::collections::HashSet::new();
        for _ in 0..k {
            let mut j = randbelow(&BigInt::from(n)).to_usize().unwrap_or(0);
            while selected.contains(&j) {
                j = randbelow(&BigInt::from(n)).to_usize().unwrap_or(0);
            }
            selected.insert(j);
            result.push(population[j].clone());
        }
    }
    Ok(List::new(result))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("seed", seed),
    ("random", random),
    ("getrandbits", getrandbits),
    ("randrange", randrange),
    ("randint", randint),
    ("choice", choice),
    ("shuffle", shuffle),
    ("uniform", uniform),
    ("sample", sample),
];

/// Make the `random` module.
pub fn module() -> Value {
    module_with_functions("random", FUNCTIONS)
}
