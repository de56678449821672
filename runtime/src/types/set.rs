//! `set`: CPython's set table (`table.rs`), so members iterate in
//! CPython's order. Membership tests are lock-free; writers take the set's
//! lock, in a critical section only when key equality may run Python code.
//! `frozenset` shares the payload under its own type: hashable, without
//! the mutating methods (`methods.rs`).

use super::hashtable;
use crate::error::{PyErr, PyResult};
use crate::object::alloc::{self, drop_and_free};
use crate::object::header::ObjHeader;
use crate::object::typeinfo::TypeInfo;
use crate::protocol;
use crate::value::Value;
use table::{Compare, SetTable};

/// The payload of a `set` object.
#[derive(Default)]
pub struct Set {
    pub(crate) table: SetTable,
}

/// The `set` type.
pub static SET_TYPE: TypeInfo = TypeInfo {
    eq: Some(set_eq),
    traverse: Some(traverse_set),
    clear: Some(clear_set),
    methods: &methods::SET_METHODS,
    ..TypeInfo::new("set", drop_and_free::<Set>)
};

/// `frozenset`: an immutable, hashable set.
pub static FROZENSET_TYPE: TypeInfo = TypeInfo {
    hash: Some(frozenset_hash),
    eq: Some(set_eq),
    traverse: Some(traverse_set),
    clear: Some(clear_set),
    methods: &methods::FROZENSET_METHODS,
    ..TypeInfo::new("frozenset", drop_and_free::<Set>)
};

/// `a == b` for sets and frozensets (any mix): the same members.
fn set_eq(a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (Set::cast(a), Set::cast(b)) else {
        return Ok(None);
    };
    if x.len() != y.len() {
        return Ok(Some(false));
    }
    for item in x.items() {
        if !y.contains(&item)? {
            return Ok(Some(false));
        }
    }
    Ok(Some(true))
}

/// CPython's `frozenset_hash`: order-independent, from the members' hashes.
fn frozenset_hash(v: &Value) -> PyResult<isize> {
    let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
    let s = Set::cast(v).expect("hash slot of frozensets");
    let mut hash: u64 = 0;
    for item in s.items() {
        hash ^= shuffle(protocol::hash(&item)? as u64);
    }
    hash ^= (s.len() as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        hash = 590_923_713;
    }
    Ok(hash as i64 as isize)
}

/// # Safety
/// `obj` is a live `Obj<Set>` and the world is stopped (no writer runs).
unsafe fn traverse_set(obj: *const ObjHeader, visit: &mut dyn FnMut(*const ObjHeader)) {
    // SAFETY: the caller's contract.
    let set =
        unsafe { alloc::payload::<Set>(std::ptr::NonNull::new_unchecked(obj as *mut ObjHeader)) };
    set.table.visit_objects(visit);
}

fn clear_set(v: &Value) {
    if let Some(s) = Set::cast(v) {
        s.clear();
    }
}

/// A borrowed set.
#[derive(Clone, Copy)]
pub struct SetRef<'a> {
    header: &'a ObjHeader,
    set: &'a Set,
}

impl Set {
    /// A new set of `items` (duplicates collapse).
    pub fn new(items: Vec<Value>) -> PyResult<Value> {
        let obj = alloc::alloc(&SET_TYPE, Set::default());
        // SAFETY: a fresh object's one reference moves into the Value.
        let v = unsafe { Value::from_owned(obj) };
        let s = Set::cast(&v).expect("a set");
        for item in items {
            s.add(item)?;
        }
        Ok(v)
    }

    /// The set behind `v`, if it is one.
    pub fn cast(v: &Value) -> Option<SetRef<'_>> {
        // SAFETY: objects of both set types are allocated as `Obj<Set>`.
        let (header, set) = unsafe { alloc::downcast_with_header::<Set>(v, &SET_TYPE) }
            .or_else(|| unsafe { alloc::downcast_with_header::<Set>(v, &FROZENSET_TYPE) })?;
        Some(SetRef { header, set })
    }

    /// A new frozenset of `items`.
    pub fn new_frozen(items: Vec<Value>) -> PyResult<Value> {
        let obj = alloc::alloc(&FROZENSET_TYPE, Set::default());
        // SAFETY: a fresh object's one reference moves into the Value.
        let v = unsafe { Value::from_owned(obj) };
        let s = Set::cast(&v).expect("a frozenset");
        for item in items {
            s.add(item)?;
        }
        Ok(v)
    }

    /// Whether `v` is a frozenset.
    pub fn is_frozen(v: &Value) -> bool {
        v.as_object().is_some_and(|o| {
            // SAFETY: `v` holds a reference, so the object is alive.
            std::ptr::eq(unsafe { o.as_ref() }.type_info(), &FROZENSET_TYPE)
        })
    }

    /// A new set or frozenset (the type of `like`) of `items`.
    pub fn new_like(like: &Value, items: Vec<Value>) -> PyResult<Value> {
        if Set::is_frozen(like) {
            Set::new_frozen(items)
        } else {
            Set::new(items)
        }
    }
}

impl<'a> SetRef<'a> {
    /// `len(s)`.
    pub fn len(self) -> usize {
        self.set.table.len()
    }

    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// `x in s`, lock-free on the fast path.
    pub fn contains(self, item: &Value) -> PyResult<bool> {
        let hash = protocol::hash(item)?;
        if let Some(found) = self.set.table.contains_unlocked(item, hash)? {
            return Ok(found);
        }
        hashtable::bare_lock_first(&self.header.lock, |bare| {
            let compare = if bare { Compare::WithoutPython } else { Compare::Any };
            Ok(self.set.table.contains_locked(item, hash, compare)?)
        })
    }

    /// `s.add(x)`; true if it was new.
    #[allow(clippy::should_implement_trait)] // Python's name for the method
    pub fn add(self, item: Value) -> PyResult<bool> {
        let hash = protocol::hash(&item)?;
        let mut item = Some(item);
        let present = hashtable::bare_lock_first(&self.header.lock, |bare| {
            let compare = if bare { Compare::WithoutPython } else { Compare::Any };
            let key = item.take().expect("given back by the attempt that gave up");
            match self.set.table.add_locked(key, hash, compare)? {
                Ok(present) => Ok(Ok(present)),
                Err(key) => {
                    item = Some(key);
                    Ok(Err(()))
                }
            }
        })?;
        // Dropped after unlocking: it may be the last reference.
        Ok(present.is_none())
    }

    /// `s.discard(x)`; true if it was present.
    pub fn discard(self, item: &Value) -> PyResult<bool> {
        let hash = protocol::hash(item)?;
        let removed = hashtable::bare_lock_first(&self.header.lock, |bare| {
            let compare = if bare { Compare::WithoutPython } else { Compare::Any };
            self.set.table.discard_locked(item, hash, compare)
        })?;
        // SAFETY: the table's reference to the member moves to us, dropped
        // after unlocking.
        Ok(removed.map(|w| drop(unsafe { Value::from_raw(w) })).is_some())
    }

    /// `s.remove(x)`: KeyError if absent.
    pub fn remove(self, item: &Value) -> PyResult<()> {
        if self.discard(item)? {
            Ok(())
        } else {
            Err(PyErr::key_error(item.clone()))
        }
    }

    /// `s.pop()`: the member CPython's `set.pop` takes; `None` if empty.
    pub fn pop(self) -> PyResult<Option<Value>> {
        let word = {
            let _guard = self.header.lock.guard();
            self.set.table.pop_locked()
        };
        // SAFETY: the table's reference to the member moves to us.
        Ok(word.map(|w| unsafe { Value::from_raw(w) }))
    }

    /// `s.clear()`.
    pub fn clear(self) {
        let words = {
            let _guard = self.header.lock.guard();
            self.set.table.clear_locked()
        };
        for w in words {
            // SAFETY: the table's references move to us.
            drop(unsafe { Value::from_raw(w) });
        }
    }

    /// The members in CPython's iteration order, one consistent snapshot.
    pub fn items(self) -> Vec<Value> {
        // Taking references runs no Python code: the bare lock will do.
        let _guard = self.header.lock.guard();
        self.set.table.snapshot_locked()
    }

    /// The table (for iterators, which step through it under the lock).
    pub fn header(self) -> &'a ObjHeader {
        self.header
    }
}

impl Drop for Set {
    fn drop(&mut self) {
        self.table.drop_all();
    }
}

mod methods;
mod table;

#[cfg(all(test, not(loom)))]
mod tests;
