//! `_random`: the native core of `random` (as CPython's `_random`):
//! Mersenne Twister states with CPython's seeding, `random()`,
//! `getrandbits()`, `getstate()`/`setstate()`. Each state has its own lock,
//! so the module-level functions (one shared `Random`) are thread-safe.
//! `interp/lib/random.py` (CPython's) derives everything else from these.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};
use parking_lot::Mutex;
use weft_runtime::object::alloc::drop_and_free;
use weft_runtime::object::native::{NativeType, Traverse};
use weft_runtime::types::function::NativeFn;
use weft_runtime::types::{bytes, float, int, none_bool, tuple, typeobj};
use weft_runtime::{Args, PyResult, TypeInfo, Value};

use crate::vm::errors::{error, type_error};
use crate::vm::objects::module_with_functions;

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
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
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
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
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
}

struct State(Mutex<Mt>);

impl Traverse for State {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

static STATE_TYPE: NativeType<State> =
    NativeType::new(TypeInfo::new("_random.State", drop_and_free::<()>));

fn state<'a>(args: &'a Args<'_>) -> PyResult<&'a Mutex<Mt>> {
    args.positional
        .first()
        .and_then(|v| STATE_TYPE.downcast(v))
        .map(|s| &s.0)
        .ok_or_else(|| type_error("_random: a state is required"))
}

fn big(v: &Value) -> PyResult<BigInt> {
    int::as_int(v)
        .map(|i| i.to_big().into_owned())
        .ok_or_else(|| {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                typeobj::type_name_of(v)
            ))
        })
}

fn time_key() -> Vec<u32> {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    vec![
        t as u32,
        (t >> 32) as u32,
        (t >> 64) as u32,
        std::process::id(),
    ]
}

/// `new()`: a state seeded from the clock and the process id.
fn new(_args: Args<'_>) -> PyResult<Value> {
    let mut mt = Mt {
        state: [0; N],
        index: N,
    };
    mt.init_by_array(&time_key());
    Ok(STATE_TYPE.alloc(State(Mutex::new(mt))))
}

/// `seed(state, n)`: `n` a non-negative int (random.py reduces the other
/// seed types to one) or None for the clock.
fn seed(args: Args<'_>) -> PyResult<Value> {
    let mt = state(&args)?;
    let key = match args.positional.get(1).filter(|v| !none_bool::is_none(v)) {
        None => time_key(),
        Some(v) => {
            let words = big(v)?.abs().to_u32_digits().1;
            if words.is_empty() {
                vec![0]
            } else {
                words
            }
        }
    };
    mt.lock().init_by_array(&key);
    Ok(none_bool::none())
}

// The lock is released before the result is allocated: an allocation can
// reach a safepoint, and a thread stopped there holding the lock would
// block the others from reaching theirs.
fn random(args: Args<'_>) -> PyResult<Value> {
    let x = state(&args)?.lock().random();
    Ok(float::float_value(x))
}

fn getrandbits(args: Args<'_>) -> PyResult<Value> {
    let mt = state(&args)?;
    let k = big(args
        .positional
        .get(1)
        .ok_or_else(|| type_error("getrandbits() takes exactly one argument (0 given)"))?)?;
    if k.is_negative() {
        return Err(error("ValueError", "number of bits must be non-negative"));
    }
    let k = k
        .to_u64()
        .ok_or_else(|| error("OverflowError", "Python int too large to convert to C int"))?;
    if k == 0 {
        return Ok(int::int_from_i64(0));
    }
    let bits = mt.lock().getrandbits(k);
    Ok(int::int_from_bigint(bits))
}

/// `getstate(state)`: CPython's 625-tuple (the words, then the index).
fn getstate(args: Args<'_>) -> PyResult<Value> {
    let mt = state(&args)?.lock();
    let mut items: Vec<Value> = mt
        .state
        .iter()
        .map(|&w| int::int_from_i64(i64::from(w)))
        .collect();
    items.push(int::int_from_i64(mt.index as i64));
    Ok(tuple::tuple_new(items))
}

fn setstate(args: Args<'_>) -> PyResult<Value> {
    let mt = state(&args)?;
    let items = args
        .positional
        .get(1)
        .and_then(tuple::as_tuple)
        .ok_or_else(|| type_error("state vector must be a tuple"))?;
    if items.len() != N + 1 {
        return Err(error("ValueError", "state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, v) in words.iter_mut().zip(items) {
        *w = big(v)?.to_u64().map(|x| x as u32).ok_or_else(|| {
            error(
                "OverflowError",
                "Python int too large to convert to C unsigned long",
            )
        })?;
    }
    let index = big(&items[N])?.to_i64().unwrap_or(-1);
    if !(0..=N as i64).contains(&index) {
        return Err(error("ValueError", "invalid state"));
    }
    let mut g = mt.lock();
    g.state = words;
    g.index = index as usize;
    Ok(none_bool::none())
}

/// `sha512(data)`: the digest random.py's version-2 seeding of str and
/// bytes needs (there is no hashlib).
fn sha512(args: Args<'_>) -> PyResult<Value> {
    let data = args
        .positional
        .first()
        .and_then(bytes::as_bytes)
        .ok_or_else(|| type_error("sha512: bytes required"))?;
    Ok(bytes::bytes_new(super::sha512::digest(data).to_vec()))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("new", new),
    ("seed", seed),
    ("random", random),
    ("getrandbits", getrandbits),
    ("getstate", getstate),
    ("setstate", setstate),
    ("sha512", sha512),
];

/// Make the `_random` module.
pub fn module() -> Value {
    module_with_functions("_random", FUNCTIONS)
}
