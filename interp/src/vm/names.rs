//! Interned strings for names known at compile time of the interpreter
//! (`"__repr__"`, `"__iter__"`...), looked up without hashing the text:
//! a per-thread table keyed by the literal's address.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use weft_runtime::types::str as pystr;
use weft_runtime::Value;

/// Hashes a pointer-sized key by its value (addresses are already spread).
#[derive(Default)]
struct AddressHasher(u64);

impl Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

thread_local! {
    static NAMES: RefCell<HashMap<(usize, usize), Value, BuildHasherDefault<AddressHasher>>> =
        RefCell::new(HashMap::default());
}

/// The interned string for a static name.
#[inline]
pub fn name(s: &'static str) -> Value {
    let key = (s.as_ptr() as usize, s.len());
    NAMES.with(|names| {
        if let Some(v) = names.borrow().get(&key) {
            return v.clone();
        }
        let v = pystr::intern(s);
        names.borrow_mut().insert(key, v.clone());
        v
    })
}
