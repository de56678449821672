//! The hash table under `dict` and `set`: CPython's compact, insertion-
//! ordered layout (an open-addressing index of small integers into a dense
//! array of entries), made readable without a lock.
//!
//! Writers hold the container's lock (a critical section: key equality may
//! run Python code). Readers take no lock:
//! 1. note the table's `version` (every mutation bumps it, under the lock);
//! 2. pinned, load the table, probe; a slot whose key is the same object
//!    matches at once;
//! 3. otherwise a candidate with an equal hash needs `==`, which may run
//!    Python code (and pass safepoints, renewing the pin): take a
//!    reference to the candidate key, *release the pin's borrow*, compare,
//!    then restart if `version` moved, else resume probing;
//! 4. take a reference to the value with `try_incref`, and re-check the
//!    entry still holds it; if the count state forbids a lock-free
//!    increment, read under the lock instead.
//!
//! Replaced tables are retired through epoch reclamation, so a pinned
//! reader never reads freed memory.

use crate::error::PyResult;
use crate::object::alloc;
use crate::object::header::ObjHeader;
use crate::object::refcount;
use crate::protocol;
use crate::thread;
use crate::value::Value;
use weft_sync::atomic::{AtomicIsize, AtomicUsize, Ordering};
use weft_sync::reclaim::{unprotected, Atomic, Guard, Owned, Shared};
use weft_sync::ObjectLock;

/// Index slot values: 0 empty, `DUMMY` deleted, else entry index + 1.
const EMPTY: usize = 0;
const DUMMY: usize = usize::MAX;
/// Smallest index size (CPython's PyDict_MINSIZE).
const MIN_INDEX_SIZE: usize = 8;
/// How far a table rebuilt for its deleted entries grows (see `resize`).
const CHURN_MAX_INDEX_SIZE: usize = 64;
const PERTURB_SHIFT: u32 = 5;

/// One key/value pair. `key` is 0 once deleted; `value` is 0 in sets.
pub(crate) struct Entry {
    hash: AtomicIsize,
    key: AtomicUsize,
    value: AtomicUsize,
}

/// One allocation of the table; replaced as a whole on resize.
pub(crate) struct Table {
    indices: Box<[AtomicUsize]>,
    entries: Box<[Entry]>,
    /// Entries used so far (including deleted ones).
    nentries: AtomicUsize,
    /// The hashes of the keys entered in this table (a lookup of a key
    /// whose bit is clear is a miss without probing).
    filter: weft_sync::KeyFilter,
    /// Numbers the set of keys once watched (`load_global` remembers that
    /// a name is not a global while the number holds). Here rather than in
    /// every dict: only tables need the word, and a resize carries it over.
    keys_version: weft_sync::KeysVersion,
}

impl Table {
    fn with_index_size(size: usize) -> Table {
        debug_assert!(size.is_power_of_two());
        Table {
            indices: (0..size).map(|_| AtomicUsize::new(EMPTY)).collect(),
            entries: (0..usable(size))
                .map(|_| Entry {
                    hash: AtomicIsize::new(0),
                    key: AtomicUsize::new(0),
                    value: AtomicUsize::new(0),
                })
                .collect(),
            nentries: AtomicUsize::new(0),
            filter: weft_sync::KeyFilter::new(),
            keys_version: weft_sync::KeysVersion::new(),
        }
    }

    fn mask(&self) -> usize {
        self.indices.len() - 1
    }
}

/// Entries an index of `size` slots may hold: 2/3, as CPython.
fn usable(size: usize) -> usize {
    (size << 1) / 3
}

/// Where a probe stands, so it can resume after a comparison.
#[derive(Clone, Copy)]
struct Probe {
    i: usize,
    perturb: usize,
}

impl Probe {
    fn start(hash: isize, mask: usize) -> Probe {
        Probe {
            i: hash as usize & mask,
            perturb: hash as usize,
        }
    }
    fn next(&mut self, mask: usize) {
        self.perturb >>= PERTURB_SHIFT;
        self.i = (self
            .i
            .wrapping_mul(5)
            .wrapping_add(self.perturb)
            .wrapping_add(1))
            & mask;
    }
}

/// How `find` may compare a key with a different key of the same hash.
#[derive(Clone, Copy)]
enum Compare {
    /// With `==`, which may run Python code: the caller is in a critical
    /// section, or holds no lock.
    Any,
    /// Only where `==` is the runtime's own (`builtin_eq`): the caller
    /// holds the bare lock, under which no Python code may run.
    WithoutPython,
}

/// `a == b` when both are exact ints, bools, floats or strs, whose
/// equality runs no Python code; `None` for anything else.
fn builtin_eq(a: &Value, b: &Value) -> Option<bool> {
    use crate::types::{int, str as pystr};
    match (pystr::as_str(a), pystr::as_str(b)) {
        (Some(x), Some(y)) => return Some(x == y),
        (Some(_), None) | (None, Some(_)) => {
            return int::as_num(a).or(int::as_num(b)).map(|_| false)
        }
        (None, None) => {}
    }
    let (x, y) = (int::as_num(a)?, int::as_num(b)?);
    Some(int::num_cmp(x, y) == Some(std::cmp::Ordering::Equal))
}

/// Run `op` on a container under its `lock`: first holding the bare lock,
/// with keys compared only where `==` runs no Python code (`op(true)`);
/// if that gives up (`Ok(Err(()))`, having changed nothing), again in a
/// critical section (`op(false)`), where `==` may run anything. Most keys
/// (ints, floats, strs) never need the second attempt, nor the critical
/// section's bookkeeping.
pub(crate) fn bare_lock_first<R>(
    lock: &ObjectLock,
    mut op: impl FnMut(bool) -> PyResult<Result<R, ()>>,
) -> PyResult<R> {
    let bare = {
        let _guard = lock.guard();
        op(true)?
    };
    if let Ok(r) = bare {
        return Ok(r);
    }
    let _cs = weft_sync::CriticalSection::new(lock);
    match op(false)? {
        Ok(r) => Ok(r),
        Err(()) => unreachable!("a critical section compares any keys"),
    }
}

/// One step of a probe.
enum Step {
    /// The key is at this entry index.
    Found(usize),
    /// Not present; `slot` is the first free index slot seen (for inserts).
    Missing,
    /// A candidate with an equal hash must be compared with `==`.
    Compare {
        candidate: Value,
        entry: usize,
        resume: Probe,
    },
    /// A lock-free reference could not be taken: read under the lock.
    NeedsLock,
}

/// The table pointer and the bookkeeping shared by dict and set.
pub(crate) struct HashTable {
    table: Atomic<Table>,
    /// Live entries.
    len: AtomicUsize,
    /// Bumped by every mutation, under the lock.
    version: AtomicUsize,
}

impl Default for HashTable {
    fn default() -> Self {
        HashTable {
            table: Atomic::null(),
            len: AtomicUsize::new(0),
            version: AtomicUsize::new(0),
        }
    }
}

/// Take a reference to the value in word `w` if it is still alive.
/// Returns `None` if the lock-free increment is not allowed.
///
/// # Safety
/// `w` was loaded from a slot while pinned (object memory is released only
/// through reclamation, or reused for an object of the same type: the
/// caller re-checks the slot before trusting the result).
#[inline(always)]
unsafe fn try_take(w: usize) -> Option<Value> {
    if w & 1 != 0 {
        // SAFETY: inline ints carry no reference.
        return Some(unsafe { Value::from_raw(w) });
    }
    // SAFETY: the caller's contract.
    if unsafe { refcount::try_incref(w as *const ObjHeader) } {
        // SAFETY: the reference was just taken.
        Some(unsafe { Value::from_raw(w) })
    } else {
        None
    }
}

/// A new reference to the value in word `w`, which is alive (held by a
/// table the caller has locked).
///
/// # Safety
/// The object `w` points to is alive.
unsafe fn take_locked(w: usize) -> Value {
    if w & 1 == 0 {
        // SAFETY: alive per the caller; also let later lock-free readers in.
        unsafe {
            refcount::incref(w as *const ObjHeader);
            refcount::allow_try_incref(w as *const ObjHeader);
        }
    }
    // SAFETY: we hold the reference just taken (or it is an inline int).
    unsafe { Value::from_raw(w) }
}

/// Store `new` in a word only lock holders write, returning the old one.
/// One writer at a time, so a load and a store do what a swap would,
/// without a locked instruction (about 9 ns each on some machines).
#[inline]
fn replace_locked(word: &AtomicUsize, new: usize) -> usize {
    let old = word.load(Ordering::Relaxed);
    word.store(new, Ordering::Release);
    old
}

/// Advance the mutation counter (lock held: the only writer).
#[inline]
fn bump_locked(version: &AtomicUsize) {
    version.store(version.load(Ordering::Relaxed) + 1, Ordering::Release);
}

impl HashTable {
    /// The mutation counter.
    #[inline]
    pub(crate) fn version(&self) -> usize {
        self.version.load(Ordering::Acquire)
    }

    pub(crate) fn len(&self) -> usize {
        self.len.load(Ordering::Relaxed)
    }

    /// The keys version (`weft_sync::KeysVersion`): 0 until watched, and
    /// for a table not yet made or cleared away.
    pub(crate) fn keys_version(&self) -> usize {
        with_table(&self.table, false, |t| {
            t.map_or(0, |t| t.keys_version.current())
        })
        .unwrap_or(0)
    }

    /// Start numbering the set of keys (if there is a table). Caller holds
    /// the lock.
    pub(crate) fn watch_keys_locked(&self) {
        if let Some(t) = self.locked_table() {
            t.keys_version.watch_locked();
        }
    }

    /// Probe from `probe` for `key` (word `kw`) with `hash`.
    fn step(table: &Table, kw: usize, hash: isize, mut probe: Probe, locked: bool) -> Step {
        let mask = table.mask();
        loop {
            let ix = table.indices[probe.i].load(Ordering::Acquire);
            if ix == EMPTY {
                return Step::Missing;
            }
            if ix != DUMMY {
                let entry = &table.entries[ix - 1];
                let ek = entry.key.load(Ordering::Acquire);
                if ek == kw {
                    return Step::Found(ix - 1);
                }
                let both_inline_ints = ek & kw & 1 != 0;
                if ek != 0 && !both_inline_ints && entry.hash.load(Ordering::Relaxed) == hash {
                    let candidate = if locked {
                        // SAFETY: under the lock the table keeps `ek` alive.
                        Some(unsafe { take_locked(ek) })
                    } else {
                        // SAFETY: loaded while pinned.
                        unsafe { try_take(ek) }
                    };
                    let Some(candidate) = candidate else {
                        return Step::NeedsLock;
                    };
                    if entry.key.load(Ordering::Acquire) != ek {
                        // Replaced meanwhile: re-read this slot.
                        continue;
                    }
                    let mut resume = probe;
                    resume.next(mask);
                    return Step::Compare {
                        candidate,
                        entry: ix - 1,
                        resume,
                    };
                }
            }
            probe.next(mask);
        }
    }

    /// Find `key`; returns the entry index. `locked`: the caller holds the
    /// container's lock (a critical section). Without it, `Ok(Err(()))` asks
    /// the caller to retry under the lock.
    fn find(&self, key: &Value, hash: isize, locked: bool) -> PyResult<Result<Option<usize>, ()>> {
        self.find_comparing(key, hash, locked, Compare::Any)
    }

    /// `find`, comparing keys as `compare` allows: with
    /// `Compare::WithoutPython`, `Ok(Err(()))` when a key must be compared
    /// by code that may run Python (the caller, holding the bare lock, then
    /// retries in a critical section).
    #[inline]
    fn find_comparing(
        &self,
        key: &Value,
        hash: isize,
        locked: bool,
        compare: Compare,
    ) -> PyResult<Result<Option<usize>, ()>> {
        // Under the lock, most lookups end in one pass: the key object
        // itself is found, or an empty slot ends the probe. Only a key of
        // equal hash needing `==` takes the general path.
        if locked {
            let Some(t) = self.locked_table() else {
                return Ok(Ok(None));
            };
            if !t.filter.may_contain(hash) {
                return Ok(Ok(None));
            }
            match Self::step(t, key.word(), hash, Probe::start(hash, t.mask()), true) {
                Step::Found(entry) => return Ok(Ok(Some(entry))),
                Step::Missing => return Ok(Ok(None)),
                // The candidate's reference, taken under the lock, is
                // dropped under it: the table keeps the key alive.
                Step::Compare { .. } | Step::NeedsLock => {}
            }
        }
        self.find_general(key, hash, locked, compare)
    }

    /// `find_comparing`'s general path: probes pinned (or locked) one
    /// step at a time, calling `==` between steps and starting over if it
    /// changed the table. Out of line.
    #[inline(never)]
    fn find_general(
        &self,
        key: &Value,
        hash: isize,
        locked: bool,
        compare: Compare,
    ) -> PyResult<Result<Option<usize>, ()>> {
        'restart: loop {
            let version = self.version.load(Ordering::Acquire);
            let mut probe = None;
            loop {
                // Probe with the pin borrowed only for the step: `==` below
                // may run Python code, which passes safepoints.
                let step = with_table(&self.table, locked, |table| match table {
                    None => Step::Missing,
                    Some(t) if probe.is_none() && !t.filter.may_contain(hash) => Step::Missing,
                    Some(t) => {
                        let p = probe.unwrap_or_else(|| Probe::start(hash, t.mask()));
                        Self::step(t, key.word(), hash, p, locked)
                    }
                });
                let step = match step {
                    Some(step) => step,
                    None => return Ok(Err(())), // not pinned: use the lock
                };
                match step {
                    Step::Found(e) => return Ok(Ok(Some(e))),
                    Step::Missing => return Ok(Ok(None)),
                    Step::NeedsLock => return Ok(Err(())),
                    Step::Compare {
                        candidate,
                        entry,
                        resume,
                    } => {
                        let equal = match compare {
                            Compare::Any => protocol::eq(&candidate, key)?,
                            Compare::WithoutPython => match builtin_eq(&candidate, key) {
                                Some(equal) => equal,
                                None => return Ok(Err(())),
                            },
                        };
                        drop(candidate);
                        if self.version.load(Ordering::Acquire) != version {
                            continue 'restart;
                        }
                        if equal {
                            return Ok(Ok(Some(entry)));
                        }
                        probe = Some(resume);
                    }
                }
            }
        }
    }

    /// `d[key]` / `key in s`: the value word's reference (or `Some(None)` for
    /// a set member), `None` if absent. Lock-free unless it must fall back.
    pub(crate) fn get(
        &self,
        lock: &weft_sync::ObjectLock,
        key: &Value,
        hash: isize,
    ) -> PyResult<Option<Option<Value>>> {
        // Fast path: one pinned pass, for lookups that need no `==` call
        // (the key object itself is in the table, or no candidate has an
        // equal hash): probe, read the value, done.
        // References taken inside the pinned closures are dropped outside
        // them: a last reference's `__del__` may run Python code, which
        // passes safepoints (they renew the pin).
        let fast = with_table(&self.table, false, |t| {
            let Some(t) = t else {
                return (Some(None), None);
            };
            if !t.filter.may_contain(hash) {
                return (Some(None), None);
            }
            match Self::step(t, key.word(), hash, Probe::start(hash, t.mask()), false) {
                Step::Missing => (Some(None), None),
                Step::Found(entry) => {
                    let e = &t.entries[entry];
                    let w = e.value.load(Ordering::Acquire);
                    if w == 0 {
                        let still = e.key.load(Ordering::Acquire) == key.word();
                        return (still.then_some(Some(None)), None);
                    }
                    // SAFETY: loaded while pinned.
                    let Some(v) = (unsafe { try_take(w) }) else {
                        return (None, None);
                    };
                    if e.value.load(Ordering::Acquire) == w
                        && e.key.load(Ordering::Acquire) == key.word()
                    {
                        (Some(Some(Some(v))), None)
                    } else {
                        (None, Some(v))
                    }
                }
                Step::Compare { candidate, .. } => (None, Some(candidate)),
                Step::NeedsLock => (None, None),
            }
        });
        if let Some((found, stale)) = fast {
            drop(stale);
            if let Some(found) = found {
                return Ok(found);
            }
        }
        loop {
            let version = self.version.load(Ordering::Acquire);
            match self.find(key, hash, false)? {
                Err(()) => break,
                Ok(None) => return Ok(None),
                Ok(Some(entry)) => {
                    let got = with_table(&self.table, false, |t| {
                        let e = &t.expect("found an entry, so a table exists").entries[entry];
                        let w = e.value.load(Ordering::Acquire);
                        if w == 0 {
                            return Ok(None); // a set member
                        }
                        // SAFETY: loaded while pinned.
                        match unsafe { try_take(w) } {
                            None => Err(None),
                            Some(v) if e.value.load(Ordering::Acquire) == w => Ok(Some(v)),
                            // Changed meanwhile: dropped outside the pin.
                            Some(v) => Err(Some(v)),
                        }
                    });
                    match got {
                        Some(Ok(v)) if self.version.load(Ordering::Acquire) == version => {
                            return Ok(Some(v))
                        }
                        Some(Ok(_)) => continue,
                        _ => break,
                    }
                }
            }
        }
        let _cs = weft_sync::CriticalSection::new(lock);
        self.get_locked(key, hash)
    }

    /// The index of the entry whose key is the object `kw` itself, found
    /// without a lock and without calling `==`; `None` if not found so.
    /// A hint for `value_at` and `replace_at_locked`.
    pub(crate) fn entry_of(&self, kw: usize, hash: isize) -> Option<usize> {
        with_table(&self.table, false, |t| {
            let t = t?;
            let mask = t.mask();
            let mut probe = Probe::start(hash, mask);
            // An index is at most 2/3 full, so the probe meets an empty slot.
            loop {
                let ix = t.indices[probe.i].load(Ordering::Acquire);
                if ix == EMPTY {
                    return None;
                }
                if ix != DUMMY && t.entries[ix - 1].key.load(Ordering::Acquire) == kw {
                    return Some(ix - 1);
                }
                probe.next(mask);
            }
        })
        .flatten()
    }

    /// The value at entry `entry`, if that entry's key is the object `kw`:
    /// one pinned read, no probe (`entry` comes from `entry_of`). `None`
    /// when the entry holds another key now, or the value cannot be taken
    /// lock-free: the caller then looks up the usual way.
    #[inline(always)]
    pub(crate) fn value_at(&self, entry: usize, kw: usize) -> Option<Value> {
        let (v, still) = with_table(&self.table, false, |t| {
            let e = t?.entries.get(entry)?;
            if e.key.load(Ordering::Acquire) != kw {
                return None;
            }
            let w = e.value.load(Ordering::Acquire);
            if w == 0 {
                return None;
            }
            // SAFETY: loaded while pinned.
            let v = unsafe { try_take(w) }?;
            let still = e.value.load(Ordering::Acquire) == w && e.key.load(Ordering::Acquire) == kw;
            Some((v, still))
        })
        .flatten()?;
        // A reference taken to a value replaced meanwhile is dropped here,
        // outside the pin (a last reference may run Python code).
        still.then_some(v)
    }

    /// With the lock held: if entry `entry`'s key is the object `kw`,
    /// store `value` there and return the old value word (its reference
    /// moves to the caller, to drop after unlocking); else give `value`
    /// back.
    #[inline]
    pub(crate) fn replace_at_locked(
        &self,
        entry: usize,
        kw: usize,
        value: Value,
    ) -> Result<usize, Value> {
        let Some(e) = self.locked_table().and_then(|t| t.entries.get(entry)) else {
            return Err(value);
        };
        if e.key.load(Ordering::Relaxed) != kw {
            return Err(value);
        }
        let w = value.into_raw();
        alloc::publish_word(w);
        let old = replace_locked(&e.value, w);
        bump_locked(&self.version);
        Ok(old)
    }

    /// `get` for a caller holding the container's lock.
    pub(crate) fn get_locked(&self, key: &Value, hash: isize) -> PyResult<Option<Option<Value>>> {
        loop {
            let version = self.version.load(Ordering::Acquire);
            match self.find(key, hash, true)? {
                Ok(None) => return Ok(None),
                Err(()) => unreachable!("locked lookups never ask for the lock"),
                Ok(Some(entry)) => {
                    if self.version.load(Ordering::Acquire) != version {
                        continue;
                    }
                    let t = self.locked_table().expect("found an entry");
                    let w = t.entries[entry].value.load(Ordering::Relaxed);
                    // SAFETY: the locked table holds the value.
                    return Ok(Some((w != 0).then(|| unsafe { take_locked(w) })));
                }
            }
        }
    }

    /// The word of the stored key equal to `key`, for a caller holding the
    /// lock: a critical section (`bare` false), or the bare lock, where
    /// `Err(())` says a comparison may run Python code.
    pub(crate) fn find_key_locked(
        &self,
        key: &Value,
        hash: isize,
        bare: bool,
    ) -> PyResult<Result<Option<usize>, ()>> {
        let compare = if bare {
            Compare::WithoutPython
        } else {
            Compare::Any
        };
        loop {
            let version = self.version.load(Ordering::Acquire);
            let found = match self.find_comparing(key, hash, true, compare)? {
                Ok(found) => found,
                Err(()) => return Ok(Err(())),
            };
            if self.version.load(Ordering::Acquire) != version {
                continue; // Python code in `==` changed the table: redo
            }
            let t = self.locked_table();
            return Ok(Ok(found.and_then(|entry| {
                t.map(|t| t.entries[entry].key.load(Ordering::Relaxed))
            })));
        }
    }

    /// The table, for a caller holding the lock (and not between a Python
    /// call and its version check).
    fn locked_table(&self) -> Option<&Table> {
        // SAFETY: under the container's lock no writer replaces or retires
        // the table.
        unsafe { self.table.load(Ordering::Acquire, unprotected()).as_ref() }
    }

    /// Insert or replace. The caller holds the lock; `key` and `value` move
    /// in (`value` 0 for a set). Returns the replaced value word (0 if none),
    /// whose reference the caller must drop after unlocking, and whether the
    /// key was new (if not, the caller drops its `key` reference too).
    pub(crate) fn insert_locked(
        &self,
        key: Value,
        hash: isize,
        value: usize,
    ) -> PyResult<(usize, Option<Value>)> {
        match self.insert_locked_comparing(key, hash, value, Compare::Any)? {
            Ok(done) => Ok(done),
            Err(_) => unreachable!("locked lookups never ask for the lock"),
        }
    }

    /// `insert_locked`, taking the container's `lock` itself (as
    /// `bare_lock_first`). `on_new` runs under the lock when the key was
    /// new (a set's layout model follows the table there).
    pub(crate) fn insert_taking_lock(
        &self,
        lock: &ObjectLock,
        key: Value,
        hash: isize,
        value: usize,
        on_new: impl Fn(),
    ) -> PyResult<(usize, Option<Value>)> {
        let mut key = Some(key);
        bare_lock_first(lock, |bare| {
            let compare = if bare {
                Compare::WithoutPython
            } else {
                Compare::Any
            };
            let k = key.take().expect("given back by the attempt that gave up");
            match self.insert_locked_comparing(k, hash, value, compare)? {
                Ok(done) => {
                    if done.1.is_none() {
                        on_new();
                    }
                    Ok(Ok(done))
                }
                Err(k) => {
                    key = Some(k);
                    Ok(Err(()))
                }
            }
        })
    }

    #[inline]
    fn insert_locked_comparing(
        &self,
        key: Value,
        hash: isize,
        value: usize,
        compare: Compare,
    ) -> PyResult<Result<(usize, Option<Value>), Value>> {
        loop {
            let version = self.version.load(Ordering::Acquire);
            let found = match self.find_comparing(&key, hash, true, compare)? {
                Ok(found) => found,
                Err(()) => return Ok(Err(key)),
            };
            if self.version.load(Ordering::Acquire) != version {
                continue; // Python code in `==` changed the table: redo
            }
            alloc::publish_word(value);
            if let Some(entry) = found {
                let t = self.locked_table().expect("found an entry");
                let old = replace_locked(&t.entries[entry].value, value);
                bump_locked(&self.version);
                return Ok(Ok((old, Some(key))));
            }
            self.append_entry(key.into_raw(), hash, value);
            return Ok(Ok((0, None)));
        }
    }

    /// Add a new entry (the key is known absent). Caller holds the lock.
    fn append_entry(&self, kw: usize, hash: isize, value: usize) {
        alloc::publish_word(kw);
        let needs_room = match self.locked_table() {
            None => true,
            Some(t) => t.nentries.load(Ordering::Relaxed) == t.entries.len(),
        };
        if needs_room {
            self.resize(self.len() + 1);
        }
        let t = self.locked_table().expect("resized above");
        let n = t.nentries.load(Ordering::Relaxed);
        let e = &t.entries[n];
        e.hash.store(hash, Ordering::Relaxed);
        e.value.store(value, Ordering::Relaxed);
        // The key's filter bit is set before readers can find its entry.
        t.filter
            .publish(hash, || e.key.store(kw, Ordering::Release));
        t.nentries.store(n + 1, Ordering::Release);
        let mut probe = Probe::start(hash, t.mask());
        // The key is absent, so the first deleted slot on its probe path
        // takes it as well as an empty one would: reusing deleted slots
        // keeps the probes of tables with many removals (sets used as
        // work lists) short. A lock-free reader that skipped the deleted
        // slot was not looking for this key.
        while !matches!(t.indices[probe.i].load(Ordering::Relaxed), EMPTY | DUMMY) {
            probe.next(t.mask());
        }
        // The new key's number, if the table is watched, only once its
        // entry can be found.
        t.keys_version
            .publish_key(|| t.indices[probe.i].store(n + 1, Ordering::Release));
        self.len
            .store(self.len.load(Ordering::Relaxed) + 1, Ordering::Relaxed);
        bump_locked(&self.version);
    }

    /// Replace the table with one fit for `needed` live entries, dropping
    /// deleted entries. Caller holds the lock.
    fn resize(&self, needed: usize) {
        // A table whose entries ran out mostly to deletions (a set or dict
        // used as a work list) is given more room rather than rebuilt at
        // its size: each rebuild allocates, and at one size it would come
        // round every few insertions.
        let churn_floor = match self.locked_table() {
            Some(old) if self.len() * 2 < old.nentries.load(Ordering::Relaxed) => {
                (old.indices.len() * 2).min(CHURN_MAX_INDEX_SIZE)
            }
            _ => 0,
        };
        let mut size = MIN_INDEX_SIZE;
        // CPython's GROWTH_RATE: room for 3x the live entries.
        while usable(size) < needed.max(self.len() * 3) || size < churn_floor {
            size <<= 1;
        }
        let new = Table::with_index_size(size);
        if let Some(old) = self.locked_table() {
            let mut n = 0;
            for e in old
                .entries
                .iter()
                .take(old.nentries.load(Ordering::Relaxed))
            {
                let kw = e.key.load(Ordering::Relaxed);
                if kw == 0 {
                    continue;
                }
                let hash = e.hash.load(Ordering::Relaxed);
                new.filter.add_locked(hash);
                let ne = &new.entries[n];
                ne.hash.store(hash, Ordering::Relaxed);
                ne.key.store(kw, Ordering::Relaxed);
                ne.value
                    .store(e.value.load(Ordering::Relaxed), Ordering::Relaxed);
                let mut probe = Probe::start(hash, new.mask());
                while new.indices[probe.i].load(Ordering::Relaxed) != EMPTY {
                    probe.next(new.mask());
                }
                new.indices[probe.i].store(n + 1, Ordering::Relaxed);
                n += 1;
            }
            new.nentries.store(n, Ordering::Relaxed);
            // The same keys: the same number.
            new.keys_version.inherit_locked(&old.keys_version);
        }
        // SAFETY: under the lock; the swap unlinks the old table, retired below.
        let old = self
            .table
            .swap(Owned::new(new), Ordering::Release, unsafe { unprotected() });
        bump_locked(&self.version);
        if !old.is_null() {
            // SAFETY: unlinked by the swap; retired once. Its words moved to
            // the new table, so dropping it must not drop them: Entry holds
            // plain atomics, which is the case.
            thread::retire_storage(unsafe { old.into_owned() });
        }
    }

    /// Remove `key`; returns its key and value words (references move to the
    /// caller, to drop after unlocking). Caller holds the lock.
    pub(crate) fn remove_locked(
        &self,
        key: &Value,
        hash: isize,
    ) -> PyResult<Option<(usize, usize)>> {
        loop {
            let version = self.version.load(Ordering::Acquire);
            let found = match self.find(key, hash, true)? {
                Ok(found) => found,
                Err(()) => unreachable!("locked lookups never ask for the lock"),
            };
            if self.version.load(Ordering::Acquire) != version {
                continue;
            }
            let Some(entry) = found else { return Ok(None) };
            let t = self.locked_table().expect("found an entry");
            // Mark the index slot deleted, then empty the entry.
            let mut probe = Probe::start(hash, t.mask());
            while t.indices[probe.i].load(Ordering::Relaxed) != entry + 1 {
                probe.next(t.mask());
            }
            return Ok(Some(self.remove_entry_locked(t, probe.i, entry)));
        }
    }

    /// Remove the entry whose key is the object `word` (by identity: no
    /// `==`, so no Python code); returns its key and value words, whose
    /// references move to the caller. Caller holds the lock.
    pub(crate) fn remove_word_locked(&self, word: usize, hash: isize) -> Option<(usize, usize)> {
        let t = self.locked_table()?;
        let mut probe = Probe::start(hash, t.mask());
        let entry = loop {
            match t.indices[probe.i].load(Ordering::Relaxed) {
                EMPTY => return None,
                DUMMY => {}
                ix if t.entries[ix - 1].key.load(Ordering::Relaxed) == word => break ix - 1,
                _ => {}
            }
            probe.next(t.mask());
        };
        Some(self.remove_entry_locked(t, probe.i, entry))
    }

    /// Mark index slot `index` deleted and empty `entry`; returns the key
    /// and value words, whose references move to the caller. Caller holds
    /// the lock, so it is the only writer: plain stores, no locked
    /// read-modify-writes (readers only load).
    fn remove_entry_locked(&self, t: &Table, index: usize, entry: usize) -> (usize, usize) {
        t.indices[index].store(DUMMY, Ordering::Release);
        let e = &t.entries[entry];
        let kw = replace_locked(&e.key, 0);
        let vw = replace_locked(&e.value, 0);
        self.len
            .store(self.len.load(Ordering::Relaxed) - 1, Ordering::Relaxed);
        bump_locked(&self.version);
        (kw, vw)
    }

    /// Remove everything; returns the key and value words to drop. Caller
    /// holds the lock.
    pub(crate) fn clear_locked(&self) -> Vec<usize> {
        // SAFETY: under the lock; the swap unlinks the table.
        let old = self
            .table
            .swap(Shared::null(), Ordering::Release, unsafe { unprotected() });
        self.len.store(0, Ordering::Relaxed);
        bump_locked(&self.version);
        let mut words = Vec::new();
        if !old.is_null() {
            // SAFETY: unlinked above; we own it and retire it once.
            let old = unsafe { old.into_owned() };
            for e in old
                .entries
                .iter()
                .take(old.nentries.load(Ordering::Relaxed))
            {
                for w in [
                    e.key.load(Ordering::Relaxed),
                    e.value.load(Ordering::Relaxed),
                ] {
                    if w != 0 {
                        words.push(w);
                    }
                }
            }
            thread::retire_storage(old);
        }
        words
    }

    /// The live entries in insertion order, each word with a new reference:
    /// `(key, value)`, value 0 for set members. Under the lock, so the
    /// snapshot is one consistent state.
    pub(crate) fn snapshot_locked(&self) -> Vec<(Value, Option<Value>)> {
        let Some(t) = self.locked_table() else {
            return Vec::new();
        };
        t.entries
            .iter()
            .take(t.nentries.load(Ordering::Relaxed))
            .filter_map(|e| {
                let kw = e.key.load(Ordering::Relaxed);
                if kw == 0 {
                    return None;
                }
                let vw = e.value.load(Ordering::Relaxed);
                // SAFETY: the locked table holds both.
                Some(unsafe { (take_locked(kw), (vw != 0).then(|| take_locked(vw))) })
            })
            .collect()
    }

    /// The live keys in insertion order, each with a new reference, with
    /// their stored hashes (for sets). Under the lock.
    pub(crate) fn keys_with_hashes_locked(&self) -> Vec<(Value, isize)> {
        let Some(t) = self.locked_table() else {
            return Vec::new();
        };
        t.entries
            .iter()
            .take(t.nentries.load(Ordering::Relaxed))
            .filter_map(|e| {
                let kw = e.key.load(Ordering::Relaxed);
                // SAFETY: the locked table holds the key.
                (kw != 0).then(|| (unsafe { take_locked(kw) }, e.hash.load(Ordering::Relaxed)))
            })
            .collect()
    }

    /// The first live entry at or after entry index `pos`, with new
    /// references, and the index after it; for iterators. Caller holds the
    /// lock.
    pub(crate) fn next_entry_locked(&self, pos: usize) -> Option<(usize, Value, Option<Value>)> {
        let t = self.locked_table()?;
        let n = t.nentries.load(Ordering::Relaxed);
        (pos..n).find_map(|i| {
            let e = &t.entries[i];
            let kw = e.key.load(Ordering::Relaxed);
            if kw == 0 {
                return None;
            }
            let vw = e.value.load(Ordering::Relaxed);
            // SAFETY: the locked table holds both.
            Some((
                i + 1,
                unsafe { take_locked(kw) },
                (vw != 0).then(|| unsafe { take_locked(vw) }),
            ))
        })
    }

    /// Visit every key and value object (the collector, world stopped: no
    /// writer runs).
    pub(crate) fn visit_objects(&self, visit: &mut dyn FnMut(*const ObjHeader)) {
        let Some(t) = self.locked_table() else { return };
        for e in t.entries.iter().take(t.nentries.load(Ordering::Relaxed)) {
            for w in [
                e.key.load(Ordering::Relaxed),
                e.value.load(Ordering::Relaxed),
            ] {
                if w != 0 && w & 1 == 0 {
                    visit(w as *const ObjHeader);
                }
            }
        }
    }

    /// Drop every key and value: the container is being freed. No reader
    /// can be in the table: a lock-free reader holds a reference to the
    /// container, and this was the last. So the table is freed at once,
    /// not retired past pinned readers as `clear_locked` must.
    pub(crate) fn drop_all(&mut self) {
        // SAFETY: `&mut self`: nothing else reaches the table any more.
        let old = self
            .table
            .swap(Shared::null(), Ordering::Relaxed, unsafe { unprotected() });
        self.len.store(0, Ordering::Relaxed);
        if old.is_null() {
            return;
        }
        // SAFETY: unlinked above and unreachable by anyone else.
        let old = unsafe { old.into_owned() };
        for e in old
            .entries
            .iter()
            .take(old.nentries.load(Ordering::Relaxed))
        {
            for w in [
                e.key.load(Ordering::Relaxed),
                e.value.load(Ordering::Relaxed),
            ] {
                if w != 0 {
                    // SAFETY: the table owned one reference per stored word.
                    drop(unsafe { Value::from_raw(w) });
                }
            }
        }
    }
}

/// Run `f` on the current table: pinned (lock-free readers) or under the
/// lock. Returns `None` if a lock-free reader is not pinned.
fn with_table<R>(
    table: &Atomic<Table>,
    locked: bool,
    f: impl FnOnce(Option<&Table>) -> R,
) -> Option<R> {
    if locked {
        // SAFETY: under the container's lock no writer replaces or retires
        // the table while `f` runs (`f` calls no Python code).
        return Some(f(unsafe {
            table.load(Ordering::Acquire, unprotected()).as_ref()
        }));
    }
    thread::with_pinned_guard(|guard: Option<&Guard>| {
        let guard = guard?;
        // SAFETY: pinned: a table we load is not freed while `f` runs.
        Some(f(unsafe { table.load(Ordering::Acquire, guard).as_ref() }))
    })
}
