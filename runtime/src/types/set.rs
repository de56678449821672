//! `set`: the dict's table (`hashtable.rs`) with keys only. Membership tests
//! are lock-free; writers take the set's lock in a critical section (key
//! equality may run Python code). Iteration follows CPython's table order
//! (`order.rs`). `frozenset` shares the payload under its own type: hashable,
//! without the mutating methods (`methods.rs`).

use super::hashtable::{self, HashTable};
use crate::error::{PyErr, PyResult};
use crate::object::alloc::{self, drop_and_free};
use crate::object::header::ObjHeader;
use crate::object::typeinfo::TypeInfo;
use crate::protocol;
use crate::value::Value;
use weft_sync::CriticalSection;

/// The payload of a `set` object.
#[derive(Default)]
pub struct Set {
    pub(crate) table: HashTable,
    /// CPython's table layout once a member was removed or members were
    /// merged in (`layout.rs`): null until then, else the set's own boxed
    /// model, read and changed only under the set's lock (one word: sets
    /// that only ever grow one member at a time pay nothing else).
    layout: std::sync::atomic::AtomicPtr<layout::Layout>,
}

impl Set {
    /// Run `f` on the layout model, if built. Caller holds the set's lock
    /// and `f` runs no Python code.
    fn with_layout<R>(&self, f: impl FnOnce(&mut layout::Layout) -> R) -> Option<R> {
        let p = self.layout.load(std::sync::atomic::Ordering::Acquire);
        // SAFETY: a non-null pointer is this set's Box (`build_layout`),
        // freed only by `Drop`; it is used only under the set's lock, and
        // `f` runs no Python code that could let another thread take the
        // lock meanwhile, so this is the only reference.
        unsafe { p.as_mut() }.map(f)
    }

    /// Build the model from `members` (caller holds the set's lock).
    fn build_layout(&self, members: &[(usize, isize)]) {
        let boxed = Box::into_raw(Box::new(layout::Layout::replay(members)));
        self.layout
            .store(boxed, std::sync::atomic::Ordering::Release);
    }
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

    /// A set display of more than two constants, as CPython makes it: its
    /// compiler folds the items into a frozenset, makes that frozenset
    /// again from its own iteration order (merging constants), and the
    /// code merges it into a new empty set. Each step's table decides the
    /// next one's order.
    pub fn new_from_constants(items: Vec<Value>) -> PyResult<Value> {
        let folded = Set::new_frozen(items)?;
        let merged = Set::new_frozen(Set::cast(&folded).expect("a frozenset").items())?;
        let set = Set::new(Vec::new())?;
        Set::cast(&set)
            .expect("a set")
            .merge(Set::cast(&merged).expect("a frozenset"))?;
        Ok(set)
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
        Ok(self.set.table.get(&self.header.lock, item, hash)?.is_some())
    }

    /// `s.add(x)`; true if it was new.
    #[allow(clippy::should_implement_trait)] // Python's name for the method
    pub fn add(self, item: Value) -> PyResult<bool> {
        let hash = protocol::hash(&item)?;
        let word = item.word();
        let (_, existing) =
            self.set
                .table
                .insert_taking_lock(&self.header.lock, item, hash, 0, || {
                    self.set.with_layout(|l| l.insert(word, hash));
                })?;
        Ok(existing.is_none())
    }

    /// The members' key words and hashes, in insertion order. Caller
    /// holds the set's lock.
    fn member_words_locked(self) -> Vec<(usize, isize)> {
        self.set
            .table
            .keys_with_hashes_locked()
            .iter()
            .map(|(k, h)| (k.word(), *h))
            .collect()
    }

    /// Build the layout model from the members unless built. Caller
    /// holds the set's lock.
    fn ensure_layout(self) {
        if self.set.with_layout(|_| ()).is_none() {
            self.set.build_layout(&self.member_words_locked());
        }
    }

    /// `s.discard(x)`; true if it was present.
    pub fn discard(self, item: &Value) -> PyResult<bool> {
        let hash = protocol::hash(item)?;
        let removed = hashtable::bare_lock_first(&self.header.lock, |bare| {
            self.discard_locked(item, hash, bare)
        })?;
        Ok(removed
            .map(|(kw, _)| {
                // SAFETY: the table's reference to the key moves to us.
                drop(unsafe { Value::from_raw(kw) })
            })
            .is_some())
    }

    /// `discard`'s work, the caller holding the set's lock (as
    /// `hashtable::bare_lock_first` runs it).
    fn discard_locked(
        self,
        item: &Value,
        hash: isize,
        bare: bool,
    ) -> PyResult<Result<Option<(usize, usize)>, ()>> {
        let kw = match self.set.table.find_key_locked(item, hash, bare)? {
            Ok(Some(kw)) => kw,
            Ok(None) => return Ok(Ok(None)),
            Err(()) => return Ok(Err(())),
        };
        // Only a removal makes the layout model worth keeping; it starts
        // from the members before this one goes.
        self.ensure_layout();
        let removed = self.set.table.remove_word_locked(kw, hash);
        if removed.is_some() {
            self.set.with_layout(|l| l.remove(kw, hash));
        }
        Ok(Ok(removed))
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
        let _cs = CriticalSection::new(&self.header.lock);
        self.ensure_layout();
        let Some((word, hash)) = self.set.with_layout(layout::Layout::pop).flatten() else {
            return Ok(None);
        };
        // SAFETY: the table's reference to the key moves to us.
        Ok(self
            .set
            .table
            .remove_word_locked(word, hash)
            .map(|(kw, _)| unsafe { Value::from_raw(kw) }))
    }

    /// `s.clear()`.
    pub fn clear(self) {
        let words = {
            let _cs = CriticalSection::new(&self.header.lock);
            self.set.with_layout(layout::Layout::clear);
            self.set.table.clear_locked()
        };
        for w in words {
            // SAFETY: the table's references move to us.
            drop(unsafe { Value::from_raw(w) });
        }
    }

    /// The members, one consistent snapshot.
    pub fn items(self) -> Vec<Value> {
        let (items, modelled): (Vec<Value>, Option<Vec<usize>>) = {
            let _cs = CriticalSection::new(&self.header.lock);
            let items = self
                .set
                .table
                .snapshot_locked()
                .into_iter()
                .map(|(k, _)| k)
                .collect();
            let order = self.set.with_layout(|l| l.order());
            (items, order)
        };
        // A set that had removals: the model's slot order.
        if let Some(order) = modelled {
            let mut by_word: std::collections::HashMap<usize, Value> =
                items.into_iter().map(|v| (v.word(), v)).collect();
            return order
                .into_iter()
                .filter_map(|w| by_word.remove(&w))
                .collect();
        }
        // In CPython's iteration order (hashes computed outside the lock:
        // a user `__hash__` may run Python code).
        let hashes: PyResult<Vec<isize>> = items.iter().map(protocol::hash).collect();
        match hashes {
            Ok(hashes) => {
                let mut slots: Vec<Option<Value>> = items.into_iter().map(Some).collect();
                order::cpython_order(&hashes)
                    .into_iter()
                    .filter_map(|i| slots[i].take())
                    .collect()
            }
            Err(_) => items,
        }
    }

    /// CPython's table for this set (its layout model, or the replay of
    /// its insertions) and its members in that table's slot order, which
    /// is its iteration order: one snapshot.
    fn table_snapshot(self) -> (Vec<(Value, isize)>, layout::Layout) {
        let _cs = CriticalSection::new(&self.header.lock);
        let members = self.set.table.keys_with_hashes_locked();
        let model = self.set.with_layout(|l| l.clone()).unwrap_or_else(|| {
            let words: Vec<(usize, isize)> = members.iter().map(|(k, h)| (k.word(), *h)).collect();
            layout::Layout::replay(&words)
        });
        let mut by_word: std::collections::HashMap<usize, (Value, isize)> = members
            .into_iter()
            .map(|(k, h)| (k.word(), (k, h)))
            .collect();
        let in_order = model
            .order()
            .into_iter()
            .filter_map(|w| by_word.remove(&w))
            .collect();
        (in_order, model)
    }

    /// CPython's `set_update_internal`: add the members of `other` as
    /// CPython's `s.update(other)` does, with the table resizes it makes,
    /// so that the set iterates in CPython's order afterwards. A set is
    /// merged (`merge`); a dict's keys come after one resize for all of
    /// them; any other iterable is added member by member.
    pub fn update_from(self, other: &Value) -> PyResult<()> {
        if let Some(o) = Set::cast(other) {
            return self.merge(o);
        }
        if let Some(d) = super::dict::Dict::cast(other) {
            let keys = d.keys();
            let hashed: Vec<(Value, isize)> = keys
                .into_iter()
                .map(|k| protocol::hash(&k).map(|h| (k, h)))
                .collect::<PyResult<_>>()?;
            return self.add_all(hashed, None);
        }
        for item in protocol::iterate(other)? {
            self.add(item)?;
        }
        Ok(())
    }

    /// CPython's `set_merge`: add the members of the set `other`, in its
    /// table's slot order, after one resize for all of them; into a set
    /// with nothing in it, they land as CPython copies a table.
    pub fn merge(self, other: SetRef<'_>) -> PyResult<()> {
        if std::ptr::eq(self.header, other.header) {
            return Ok(());
        }
        let (members, model) = other.table_snapshot();
        if members.is_empty() {
            return Ok(());
        }
        self.add_all(members, Some(&model))
    }

    /// Add `members` (with their hashes) under one critical section, after
    /// the one resize CPython makes for them all. `from_set`: they are a
    /// set's, in the slot order of its table `from_set`, which a set with
    /// nothing in it takes over as CPython's `set_merge` does.
    fn add_all(
        self,
        members: Vec<(Value, isize)>,
        from_set: Option<&layout::Layout>,
    ) -> PyResult<()> {
        let mut given_back = Vec::new();
        let inserted = {
            let _cs = CriticalSection::new(&self.header.lock);
            self.ensure_layout();
            let into_empty =
                from_set.is_some() && self.set.with_layout(|l| l.fill() == 0).unwrap_or(false);
            let incoming = from_set.map_or(members.len(), layout::Layout::used);
            self.set.with_layout(|l| l.reserve(incoming));
            let mut added = 0;
            let inserted = members.into_iter().try_for_each(|(k, h)| {
                let word = k.word();
                let (_, existing) = self.set.table.insert_locked(k, h, 0)?;
                match existing {
                    Some(k) => given_back.push(k),
                    None => {
                        added += 1;
                        if !into_empty {
                            self.set.with_layout(|l| l.insert(word, h));
                        }
                    }
                }
                Ok::<(), PyErr>(())
            });
            if let (true, Some(model)) = (into_empty, from_set) {
                // The copy is exact only if the table holds just these
                // members and the model is still empty (an `__eq__` that
                // blocked let another thread in to add meanwhile).
                let untouched = self.set.table.len() == added
                    && self.set.with_layout(|l| l.fill() == 0).unwrap_or(false);
                if inserted.is_ok() && added == model.used() && untouched {
                    self.set.with_layout(|l| l.merge_into_empty(model));
                } else {
                    // An error, members that turned out equal (an `__eq__`
                    // that changed its mind), or another thread's member:
                    // the model must still name every member, so it
                    // replays the table.
                    let words = self.member_words_locked();
                    self.set
                        .with_layout(|l| *l = layout::Layout::replay(&words));
                }
            }
            inserted
        };
        // Outside the lock: a duplicate's last reference may run `__del__`.
        drop(given_back);
        inserted
    }

    /// The table (for iterators, which step through it under the lock).
    pub fn header(self) -> &'a ObjHeader {
        self.header
    }
}

impl Drop for Set {
    fn drop(&mut self) {
        let p = *self.layout.get_mut();
        if !p.is_null() {
            // SAFETY: the set's own Box (`build_layout`), dropped once, here.
            drop(unsafe { Box::from_raw(p) });
        }
        self.table.drop_all();
    }
}

mod layout;
mod methods;
mod order;

#[cfg(all(test, not(loom)))]
mod tests;
