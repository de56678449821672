//! `list`: writers take the list's 1-byte lock; readers take none.
//!
//! The items live in an array of raw `Value` words behind one atomic
//! pointer; its length is the capacity. `len` is separate and atomic.
//!
//! - Writers (`append`, `set`, `pop`, `insert`, ...) run inside a critical
//!   section on the list's lock. A resize builds a new array, publishes it,
//!   then publishes the new length, and retires the old array through epoch
//!   reclamation. Values a writer removes are dropped after the section
//!   ends, so a `__del__` never runs while the lock is held.
//! - Readers (`get`, `len`, iteration) load the array and the length, read
//!   the slot, `try_incref` the item, and re-check that the slot and the
//!   array are unchanged (as CPython's `list_get_item_ref`). If the thread is
//!   not pinned, or the item's count state does not allow a lock-free
//!   increment, they read under the lock instead, and mark the item so the
//!   next lock-free read of it succeeds.
//!
//! Each single operation is atomic; a reader racing writers sees some state
//! the list had, never freed memory.

pub use super::compare::CompareOp;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::alloc::{self, drop_and_free};
use crate::object::header::ObjHeader;
use crate::object::refcount;
use crate::object::typeinfo::TypeInfo;
use crate::protocol;
use crate::thread;
use crate::value::Value;
use std::mem::MaybeUninit;
use std::ptr::NonNull;
use weft_sync::atomic::{AtomicUsize, Ordering};
use weft_sync::reclaim::{Atomic, Guard, Owned};
use weft_sync::CriticalSection;

type Slots = [MaybeUninit<AtomicUsize>];

/// The payload of a `list` object.
pub struct List {
    /// The item array (capacity = its length); null until the first item.
    items: Atomic<Slots>,
    /// Number of items; readers trust it only together with `items`.
    len: AtomicUsize,
}

/// The `list` type.
pub static LIST_TYPE: TypeInfo = TypeInfo {
    methods: &LIST_METHODS,
    traverse: Some(traverse_list),
    clear: Some(clear_list),
    ..TypeInfo::new("list", drop_and_free::<List>)
};

/// # Safety
/// `obj` is a live `Obj<List>` and the world is stopped (no writer runs).
unsafe fn traverse_list(obj: *const ObjHeader, visit: &mut dyn FnMut(*const ObjHeader)) {
    // SAFETY: the caller's contract.
    let list = unsafe { alloc::payload::<List>(NonNull::new_unchecked(obj as *mut ObjHeader)) };
    let n = list.len.load(Ordering::Relaxed);
    // SAFETY: no writer runs, so the array is neither replaced nor freed.
    let Some(slots) = (unsafe {
        list.items
            .load(Ordering::Acquire, weft_sync::reclaim::unprotected())
            .as_ref()
    }) else {
        return;
    };
    for i in 0..n.min(slots.len()) {
        let w = slot(slots, i).load(Ordering::Relaxed);
        if w != 0 && w & 1 == 0 {
            visit(w as *const ObjHeader);
        }
    }
}

fn clear_list(v: &Value) {
    if let Some(l) = List::cast(v) {
        l.clear();
    }
}

/// A borrowed list: the object and its payload.
#[derive(Clone, Copy)]
pub struct ListRef<'a> {
    header: &'a ObjHeader,
    list: &'a List,
}

fn new_slots(capacity: usize) -> Owned<Slots> {
    let mut slots = Owned::<Slots>::init(capacity);
    for slot in slots.iter_mut() {
        slot.write(AtomicUsize::new(0));
    }
    slots
}

/// The slot at `i` of an initialized array.
#[inline]
fn slot(slots: &Slots, i: usize) -> &AtomicUsize {
    // SAFETY: every slot is written by `new_slots` before the array is
    // published.
    unsafe { slots[i].assume_init_ref() }
}

/// CPython's over-allocation: about 1/8 extra, so appends are amortized
/// O(1) and the growth pattern (and so memory use) matches.
/// The capacity to grow to for `needed` items: CPython's 1/8 extra for
/// small lists, half again for long ones. A grown array is a new one (a
/// lock-free reader may still be in the old one), so each growth copies
/// every item: at 1/8 a long list copied each item eight times over.
fn grown_capacity(needed: usize) -> usize {
    let extra = if needed < 1024 {
        needed >> 3
    } else {
        needed >> 1
    };
    (needed + extra + 6) & !3
}

impl List {
    /// A new list holding `items`.
    pub fn new(items: Vec<Value>) -> Value {
        let n = items.len();
        Self::from_exact(n, items)
    }

    /// A new list of the `n` items `items` yields (exactly `n`), with no
    /// intermediate vector.
    fn from_exact(n: usize, items: impl IntoIterator<Item = Value>) -> Value {
        let list = List {
            items: Atomic::null(),
            len: AtomicUsize::new(n),
        };
        if n > 0 {
            let slots = new_slots(n);
            let mut filled = 0;
            for (i, v) in items.into_iter().take(n).enumerate() {
                alloc::publish(&v);
                slot(&slots, i).store(v.into_raw(), Ordering::Relaxed);
                filled = i + 1;
            }
            assert_eq!(filled, n, "a list's items number its length");
            list.items.store(slots, Ordering::Relaxed);
        }
        let obj = alloc::alloc(&LIST_TYPE, list);
        // SAFETY: a fresh object with one reference, which the Value takes.
        unsafe { Value::from_owned(obj) }
    }

    /// The list behind `v`, if `v` is a list.
    pub fn cast(v: &Value) -> Option<ListRef<'_>> {
        // SAFETY: objects of `LIST_TYPE` are allocated as `Obj<List>`.
        let (header, list) = unsafe { alloc::downcast_with_header::<List>(v, &LIST_TYPE) }?;
        Some(ListRef { header, list })
    }
}

impl<'a> ListRef<'a> {
    /// `len(lst)`: one load, no lock.
    #[inline]
    pub fn len(self) -> usize {
        self.list.len.load(Ordering::Relaxed)
    }

    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// `lst[i]` for `0 <= i`; `None` past the end. Lock-free on the fast path.
    pub fn get(self, i: usize) -> Option<Value> {
        let step = thread::with_pinned_guard(|guard| guard.map(|g| self.get_lock_free(i, g)));
        match step {
            Some(LockFree::Found(found)) => found,
            step => self.get_contended(i, step),
        }
    }

    /// `get` after a first attempt that did not find the item lock-free:
    /// the slot changed under it (retry), or the lock must be used.
    #[cold]
    #[inline(never)]
    fn get_contended(self, i: usize, mut step: Option<LockFree>) -> Option<Value> {
        loop {
            match step {
                Some(LockFree::Found(found)) => return found,
                // Dropped here, outside the pin's borrow: if this was the
                // last reference, its `__del__` may run Python code, which
                // passes safepoints (they renew the pin).
                Some(LockFree::Retry(stale)) => drop(stale),
                Some(LockFree::UseLock) | None => return self.get_locked(i),
            }
            step = thread::with_pinned_guard(|guard| guard.map(|g| self.get_lock_free(i, g)));
        }
    }

    /// One pinned attempt to read `lst[i]` without the lock.
    fn get_lock_free(self, i: usize, guard: &Guard) -> LockFree {
        loop {
            let items = self.list.items.load(Ordering::Acquire, guard);
            if i >= self.list.len.load(Ordering::Acquire) {
                return LockFree::Found(None);
            }
            // SAFETY: the pin keeps any array we loaded from being freed.
            let Some(slots) = (unsafe { items.as_ref() }) else {
                continue;
            };
            if i >= slots.len() {
                continue; // a resize is being published: reload
            }
            let word = slot(slots, i).load(Ordering::Acquire);
            if word == 0 {
                continue; // an item is being removed: reload
            }
            if word & 1 != 0 {
                // SAFETY: an inline int carries no reference to take.
                return LockFree::Found(Some(unsafe { Value::from_raw(word) }));
            }
            let obj = word as *const ObjHeader;
            // SAFETY: object memory is released only through reclamation,
            // and we are pinned, so the header is readable even if the
            // object died.
            if !unsafe { refcount::try_incref(obj) } {
                return LockFree::UseLock;
            }
            // SAFETY: we hold the reference taken by `try_incref`.
            let item = unsafe { Value::from_raw(word) };
            if slot(slots, i).load(Ordering::Acquire) == word
                && self.list.items.load(Ordering::Acquire, guard) == items
            {
                return LockFree::Found(Some(item));
            }
            // The slot changed under us: give the reference back (outside
            // the pin) and retry.
            return LockFree::Retry(item);
        }
    }

    fn get_locked(self, i: usize) -> Option<Value> {
        let _cs = CriticalSection::new(&self.header.lock);
        let word = self.word_at(i)?;
        let obj = word as *const ObjHeader;
        if word & 1 == 0 {
            // SAFETY: under the lock the list's reference keeps it alive.
            unsafe {
                refcount::incref(obj);
                refcount::allow_try_incref(obj);
            }
        }
        // SAFETY: we took a reference for the returned Value (or it is an
        // inline int).
        Some(unsafe { Value::from_raw(word) })
    }

    /// A new reference to the item at `i`, which is in range. Caller
    /// holds the lock.
    fn item_locked(self, i: usize) -> Value {
        let w = self.word_at(i).expect("in range under the lock");
        if w & 1 == 0 {
            // SAFETY: alive under the lock; the copy takes a reference.
            unsafe { refcount::incref(w as *const ObjHeader) };
        }
        // SAFETY: the reference was just taken (or an inline int).
        unsafe { Value::from_raw(w) }
    }

    /// The raw word at `i`. Caller holds the lock.
    fn word_at(self, i: usize) -> Option<usize> {
        if i >= self.list.len.load(Ordering::Relaxed) {
            return None;
        }
        // SAFETY: under the lock the array cannot be replaced or freed.
        let slots = unsafe {
            self.list
                .items
                .load(Ordering::Relaxed, weft_sync::reclaim::unprotected())
                .deref()
        };
        Some(slot(slots, i).load(Ordering::Relaxed))
    }

    /// Run `f` on the list's array, under the list's lock.
    ///
    /// `f` never calls Python code nor blocks (values it removes are dropped
    /// by the caller afterwards), so the bare lock suffices: a critical
    /// section is only needed where code can re-enter, and would cost a
    /// thread-local push and pop (5.4 ns against 8.7 ns per operation).
    fn with_locked<R>(self, f: impl FnOnce(&mut Locked<'_>) -> R) -> R {
        let guard = self.header.lock.guard();
        let mut locked = Locked {
            list: self.list,
            retired: None,
        };
        let r = f(&mut locked);
        let retired = locked.retired.take();
        drop(guard);
        if let Some(old) = retired {
            thread::retire_storage(old);
        }
        r
    }

    /// `lst.append(v)`.
    pub fn append(self, v: Value) {
        self.with_locked(|l| l.insert(l.len(), v.into_raw()));
    }

    /// `lst.insert(i, v)` with `i` already clamped to `0..=len`.
    pub fn insert(self, i: usize, v: Value) {
        let word = v.into_raw();
        self.with_locked(|l| {
            let i = i.min(l.len());
            l.insert(i, word)
        });
    }

    /// `lst[i] = v`; gives `v` back if `i` is out of range.
    pub fn set(self, i: usize, v: Value) -> Result<(), Value> {
        let word = v.into_raw();
        let old = self.with_locked(|l| {
            if i >= l.len() {
                return None;
            }
            alloc::publish_word(word);
            // Only lock holders write slots: a load and a store, no locked
            // swap.
            let s = slot(l.slots(), i);
            let old = s.load(Ordering::Relaxed);
            s.store(word, Ordering::Release);
            Some(old)
        });
        match old {
            Some(old) => {
                // SAFETY: the list's reference to the old item moves to us.
                drop(unsafe { Value::from_raw(old) });
                Ok(())
            }
            // SAFETY: not stored: the reference is still ours.
            None => Err(unsafe { Value::from_raw(word) }),
        }
    }

    /// `lst.pop(i)`; `None` if out of range.
    pub fn pop(self, i: usize) -> Option<Value> {
        let word = self.with_locked(|l| l.remove(i))?;
        // SAFETY: the list's reference moves to the caller.
        Some(unsafe { Value::from_raw(word) })
    }

    /// `lst.clear()`.
    pub fn clear(self) {
        let words = self.with_locked(|l| l.take_all());
        for w in words {
            // SAFETY: the list's references move to us, dropped outside the lock.
            drop(unsafe { Value::from_raw(w) });
        }
    }

    /// `del lst[slice]` (`new` is `None`) or `lst[slice] = new`, as one
    /// atomic step: the slice is resolved against the length under the
    /// lock (`resolve` must not run Python code), so concurrent appends and
    /// deletions lose or duplicate nothing. An extended slice must receive
    /// exactly as many items as it selects (CPython's ValueError otherwise).
    pub fn assign_slice(
        self,
        resolve: impl FnOnce(usize) -> PyResult<super::sequence::SliceIndices>,
        mut new: Option<Vec<Value>>,
    ) -> PyResult<()> {
        let removed = self.with_locked(|l| -> PyResult<Vec<usize>> {
            let n = l.len();
            let idx = resolve(n)?;
            // A contiguous slice replaced by as many items: in place, with
            // no copy of the list (`a[:k] = a[k-1::-1]` in a loop).
            if let (1, Some(items)) = (idx.step, &mut new) {
                let start = (idx.start.max(0) as usize).min(n);
                let stop = (start + idx.len).min(n);
                if items.len() == stop - start {
                    let mut removed = Vec::with_capacity(items.len());
                    // The new items' references move into the list.
                    for (k, v) in items.drain(..).enumerate() {
                        let w = v.into_raw();
                        alloc::publish_word(w);
                        let s = slot(l.slots(), start + k);
                        removed.push(s.load(Ordering::Relaxed));
                        s.store(w, Ordering::Release);
                    }
                    return Ok(removed);
                }
            }
            let new_words: Option<Vec<usize>> = new.as_ref().map(|v| v.iter().map(Value::word).collect());
            new_words.iter().flatten().for_each(|&w| alloc::publish_word(w));
            let mut removed = Vec::new();
            let current: Vec<usize> = (0..n).map(|i| slot(l.slots(), i).load(Ordering::Relaxed)).collect();
            let result: Vec<usize> = if idx.step == 1 || (idx.len == 0 && new_words.as_ref().is_none_or(Vec::is_empty)) {
                let start = (idx.start.max(0) as usize).min(n);
                let stop = (start + idx.len).min(n);
                removed.extend_from_slice(&current[start..stop]);
                let mut out = current[..start].to_vec();
                out.extend(new_words.iter().flatten());
                out.extend_from_slice(&current[stop..]);
                out
            } else {
                let positions: Vec<usize> = idx.positions().collect();
                match &new_words {
                    None => {
                        let gone: std::collections::HashSet<usize> = positions.iter().copied().collect();
                        // (index, word) pairs, split into the removed and the kept.
                        type Pairs = Vec<(usize, usize)>;
                        let (dead, kept): (Pairs, Pairs) =
                            current.iter().copied().enumerate().partition(|(i, _)| gone.contains(i));
                        removed.extend(dead.into_iter().map(|(_, w)| w));
                        kept.into_iter().map(|(_, w)| w).collect()
                    }
                    Some(words) if words.len() != positions.len() => {
                        return Err(PyErr::new(
                            ExcKind::ValueError,
                            format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                words.len(),
                                positions.len()
                            ),
                        ));
                    }
                    Some(words) => {
                        let mut out = current.clone();
                        for (&p, &w) in positions.iter().zip(words) {
                            removed.push(out[p]);
                            out[p] = w;
                        }
                        out
                    }
                }
            };
            if result.len() > l.capacity() {
                l.grow(result.len());
            }
            if let Some(slots) = l.slots_opt() {
                for (i, &w) in result.iter().enumerate() {
                    slot(slots, i).store(w, Ordering::Release);
                }
                for i in result.len()..n {
                    slot(slots, i).store(0, Ordering::Release);
                }
            }
            l.list.len.store(result.len(), Ordering::Release);
            // The new items' references now belong to the list.
            for v in new.take().into_iter().flatten() {
                v.into_raw();
            }
            Ok(removed)
        })?;
        for w in removed {
            // SAFETY: the list's references move to us, dropped outside the lock.
            drop(unsafe { Value::from_raw(w) });
        }
        Ok(())
    }

    /// `lst *= n` as one atomic step.
    pub fn repeat_in_place(self, n: usize) -> PyResult<()> {
        let removed = self.with_locked(|l| -> PyResult<Vec<usize>> {
            let len = l.len();
            if n == 0 {
                return Ok(l.take_all());
            }
            let total = len
                .checked_mul(n)
                .filter(|&t| t <= 1 << 35)
                .ok_or_else(|| PyErr::new(ExcKind::MemoryError, ""))?;
            if total > l.capacity() {
                l.grow(total);
            }
            let slots = l.slots_opt();
            if let Some(slots) = slots {
                for k in 1..n {
                    for i in 0..len {
                        let w = slot(slots, i).load(Ordering::Relaxed);
                        if w & 1 == 0 {
                            // SAFETY: held by this list (we have its lock), so alive.
                            unsafe { refcount::incref(w as *const ObjHeader) };
                        }
                        slot(slots, k * len + i).store(w, Ordering::Release);
                    }
                }
            }
            l.list.len.store(total, Ordering::Release);
            Ok(Vec::new())
        })?;
        for w in removed {
            // SAFETY: the list's references move to us, dropped outside the lock.
            drop(unsafe { Value::from_raw(w) });
        }
        Ok(())
    }

    /// `lst.reverse()`.
    pub fn reverse(self) {
        self.with_locked(|l| {
            let n = l.len();
            if n < 2 {
                // Nothing to swap (an empty list may have no array at all).
                return;
            }
            let slots = l.slots();
            for i in 0..n / 2 {
                let a = slot(slots, i).load(Ordering::Relaxed);
                let b = slot(slots, n - 1 - i).load(Ordering::Relaxed);
                slot(slots, i).store(b, Ordering::Release);
                slot(slots, n - 1 - i).store(a, Ordering::Release);
            }
        });
    }

    /// `self.extend(other)` for a list `other` (possibly `self`): both locks,
    /// in address order, for one atomic step.
    pub fn extend_from_list(self, other: ListRef<'_>) {
        let _cs = CriticalSection::new2(&self.header.lock, &other.header.lock);
        let src: Vec<usize> = {
            let n = other.list.len.load(Ordering::Relaxed);
            (0..n)
                .map(|i| {
                    let w = other.word_at(i).expect("in range under the lock");
                    if w & 1 == 0 {
                        // SAFETY: alive under the lock; the copy needs its own reference.
                        unsafe { refcount::incref(w as *const ObjHeader) };
                    }
                    w
                })
                .collect()
        };
        let mut locked = Locked {
            list: self.list,
            retired: None,
        };
        for w in src {
            locked.insert(locked.len(), w);
        }
        let retired = locked.retired.take();
        drop(_cs);
        if let Some(old) = retired {
            thread::retire_storage(old);
        }
    }

    /// `x in lst`: lock-free reads, `==` outside any lock.
    pub fn contains(self, x: &Value) -> PyResult<bool> {
        Ok(self.find(x, 0, usize::MAX)?.is_some())
    }

    /// First index `i` in `start..stop` with `lst[i] == x`.
    fn find(self, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
        let mut i = start;
        while i < stop {
            let Some(item) = self.get(i) else { break };
            if protocol::eq(&item, x)? {
                return Ok(Some(i));
            }
            i += 1;
        }
        Ok(None)
    }

    /// `lst.index(x, start, stop)` with bounds already clamped.
    pub fn index(self, x: &Value, start: usize, stop: usize) -> PyResult<usize> {
        match self.find(x, start, stop)? {
            Some(i) => Ok(i),
            None => Err(PyErr::new(
                ExcKind::ValueError,
                format!("{} is not in list", protocol::repr(x)?),
            )),
        }
    }

    /// `lst.count(x)`.
    pub fn count(self, x: &Value) -> PyResult<usize> {
        let mut n = 0;
        let mut i = 0;
        while let Some(item) = self.get(i) {
            if protocol::eq(&item, x)? {
                n += 1;
            }
            i += 1;
        }
        Ok(n)
    }

    /// `lst.remove(x)`: removes the first equal item. Comparisons run
    /// outside the lock; the removal re-checks that the item it compared is
    /// still at that index (another thread may have moved it) and searches
    /// again if not.
    pub fn remove(self, x: &Value) -> PyResult<()> {
        'search: loop {
            let mut i = 0;
            while let Some(item) = self.get(i) {
                if protocol::eq(&item, x)? {
                    let removed = self.with_locked(|l| {
                        if i < l.len() && slot(l.slots(), i).load(Ordering::Relaxed) == item.word()
                        {
                            l.remove(i)
                        } else {
                            None
                        }
                    });
                    match removed {
                        Some(w) => {
                            // SAFETY: the list's reference moves to us, dropped here.
                            drop(unsafe { Value::from_raw(w) });
                            return Ok(());
                        }
                        None => continue 'search,
                    }
                }
                i += 1;
            }
            return Err(PyErr::new(
                ExcKind::ValueError,
                "list.remove(x): x not in list",
            ));
        }
    }

    /// `lst.sort(key=key, reverse=reverse)`: stable. As in CPython the list
    /// is empty while it sorts (comparisons may run Python code that looks at
    /// it); a list modified meanwhile raises `ValueError: list modified during
    /// sort` after the sorted items are put back.
    pub fn sort(self, key: Option<KeyFn<'_>>, reverse: bool) -> PyResult<()> {
        let words = self.with_locked(|l| l.take_all());
        // SAFETY: the list's references move to these values.
        let mut items: Vec<Value> = words
            .into_iter()
            .map(|w| unsafe { Value::from_raw(w) })
            .collect();
        let result = sort_values(&mut items, key, reverse);
        let modified = self.with_locked(|l| {
            let modified = l.len() != 0;
            let extra = l.take_all();
            for v in items {
                l.insert(l.len(), v.into_raw());
            }
            (modified, extra)
        });
        for w in modified.1 {
            // SAFETY: items another thread added during the sort; CPython
            // drops them too.
            drop(unsafe { Value::from_raw(w) });
        }
        result?;
        if modified.0 {
            return Err(PyErr::new(ExcKind::ValueError, "list modified during sort"));
        }
        Ok(())
    }

    /// `self == other` / `self < other` for two lists, on one consistent
    /// snapshot of each (taken under both locks), items compared outside.
    pub fn compare(self, other: ListRef<'_>, op: CompareOp) -> PyResult<bool> {
        let (a, b) = {
            let _cs = CriticalSection::new2(&self.header.lock, &other.header.lock);
            (self.snapshot_locked(), other.snapshot_locked())
        };
        if matches!(op, CompareOp::Eq | CompareOp::Ne) && a.len() != b.len() {
            return Ok(op == CompareOp::Ne);
        }
        for (x, y) in a.iter().zip(&b) {
            if !protocol::eq(x, y)? {
                return match op {
                    CompareOp::Eq => Ok(false),
                    CompareOp::Ne => Ok(true),
                    CompareOp::Lt => protocol::lt(x, y),
                    CompareOp::Le => Ok(!protocol::lt(y, x)?),
                    CompareOp::Gt => protocol::lt(y, x),
                    CompareOp::Ge => Ok(!protocol::lt(x, y)?),
                };
            }
        }
        Ok(match op {
            CompareOp::Eq => true,
            CompareOp::Ne => false,
            CompareOp::Lt => a.len() < b.len(),
            CompareOp::Le => a.len() <= b.len(),
            CompareOp::Gt => a.len() > b.len(),
            CompareOp::Ge => a.len() >= b.len(),
        })
    }

    /// The items with new references, caller holds the lock.
    fn snapshot_locked(self) -> Vec<Value> {
        let n = self.list.len.load(Ordering::Relaxed);
        (0..n).map(|i| self.item_locked(i)).collect()
    }

    /// A snapshot of the items, each with its own reference (taken in one
    /// critical section: no Python code runs under it).
    pub fn to_vec(self) -> Vec<Value> {
        let _guard = self.header.lock.guard();
        self.snapshot_locked()
    }

    /// `lst[s]` for a slice: a new list of the selected items, read in one
    /// critical section (atomic, as in CPython), touching only those items.
    pub fn get_slice(self, s: &super::slice::Slice) -> PyResult<Value> {
        // `__index__` of the parts runs first, outside the lock.
        self.get_slice_parts(s.parts()?)
    }

    /// `l[start:stop:step]` from parts already checked.
    pub fn get_slice_parts(self, parts: super::slice::SliceParts) -> PyResult<Value> {
        let _guard = self.header.lock.guard();
        let idx = parts.indices(self.list.len.load(Ordering::Relaxed))?;
        // The copy is built straight from the slots, under the lock.
        let items = idx.positions().map(|i| self.item_locked(i));
        Ok(List::from_exact(idx.len, items))
    }

    /// The object's header.
    pub fn header(self) -> &'a ObjHeader {
        self.header
    }
}

/// A sort key function (`key=` of `list.sort`), which may raise.
pub type KeyFn<'a> = &'a dyn Fn(&Value) -> PyResult<Value>;

/// Stable sort of `items` by `key(item)` (or the items), using `<` only,
/// as CPython: the first error stops the sort and is returned, leaving the
/// items in their original order.
fn sort_values(items: &mut [Value], key: Option<KeyFn<'_>>, reverse: bool) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(f) => items.iter().map(f).collect::<PyResult<_>>()?,
        None => items.to_vec(),
    };
    let mut order: Vec<usize> = (0..items.len()).collect();
    // CPython's reverse sort is stable too: reverse, sort, reverse.
    if reverse {
        order.reverse();
    }
    if !sort_uniform(&mut order, &keys) {
        merge_sort(&mut order, |i, j| protocol::lt(&keys[i], &keys[j]))?;
    }
    if reverse {
        order.reverse();
    }
    let sorted: Vec<Value> = order.iter().map(|&i| items[i].clone()).collect();
    items.clone_from_slice(&sorted);
    Ok(())
}

/// Sort `order` by `keys` when every key is a small int, every key a float
/// other than NaN, or every key a str (exact types: a subclass may define
/// its own `<`), comparing them directly with a stable sort, as CPython's
/// pre-sort check picks its specialised comparisons; `false` (and `order`
/// untouched) for any other mix, which `merge_sort` handles.
fn sort_uniform(order: &mut [usize], keys: &[Value]) -> bool {
    if let Some(ints) = keys
        .iter()
        .map(Value::as_small_int)
        .collect::<Option<Vec<i64>>>()
    {
        order.sort_by_key(|&i| ints[i]);
        return true;
    }
    if let Some(floats) = keys
        .iter()
        .map(|k| super::float::as_f64(k).filter(|x| !x.is_nan()))
        .collect::<Option<Vec<f64>>>()
    {
        order.sort_by(|&i, &j| {
            floats[i]
                .partial_cmp(&floats[j])
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        return true;
    }
    // UTF-8 byte order is code point order, which is str's `<`.
    if let Some(strs) = keys
        .iter()
        .map(super::str::as_str)
        .collect::<Option<Vec<&str>>>()
    {
        order.sort_by(|&i, &j| strs[i].cmp(strs[j]));
        return true;
    }
    false
}

/// A stable merge sort driven by a fallible `is_less`. Written out rather
/// than `slice::sort_by` because a user `__lt__` need not be a total order,
/// and std's sort may panic on one; this never panics, whatever `is_less`
/// answers.
fn merge_sort(
    v: &mut Vec<usize>,
    mut is_less: impl FnMut(usize, usize) -> PyResult<bool>,
) -> PyResult<()> {
    const RUN: usize = 16;
    let n = v.len();
    // Insertion-sort short runs.
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && is_less(v[j], v[j - 1])? {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
    }
    // Merge runs bottom-up; on a tie the left run's item goes first.
    let mut buf = v.clone();
    let mut width = RUN;
    while width < n {
        for start in (0..n).step_by(2 * width) {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                if is_less(v[j], v[i])? {
                    buf[k] = v[j];
                    j += 1;
                } else {
                    buf[k] = v[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + (mid - i)].copy_from_slice(&v[i..mid]);
            k += mid - i;
            buf[k..k + (end - j)].copy_from_slice(&v[j..end]);
        }
        std::mem::swap(v, &mut buf);
        width *= 2;
    }
    Ok(())
}

/// The outcome of one lock-free read attempt.
enum LockFree {
    Found(Option<Value>),
    /// The slot changed: drop this reference and try again.
    Retry(Value),
    /// The item's count state forbids a lock-free increment.
    UseLock,
}

/// The list as seen by a writer holding its lock.
struct Locked<'l> {
    list: &'l List,
    /// An array replaced by a resize, to retire once the lock is released.
    retired: Option<Owned<Slots>>,
}

impl Locked<'_> {
    fn len(&self) -> usize {
        self.list.len.load(Ordering::Relaxed)
    }

    fn capacity(&self) -> usize {
        self.slots_opt().map_or(0, |s| s.len())
    }

    fn slots_opt(&self) -> Option<&Slots> {
        // SAFETY: the lock is held, so no one else replaces or frees the array.
        unsafe {
            self.list
                .items
                .load(Ordering::Relaxed, weft_sync::reclaim::unprotected())
                .as_ref()
        }
    }

    fn slots(&self) -> &Slots {
        self.slots_opt().expect("a non-empty list has an array")
    }

    /// Empty the list; returns the words it held, whose references move
    /// to the caller. The lock makes us the only writer: plain loads and
    /// stores, no locked read-modify-write per item.
    fn take_all(&mut self) -> Vec<usize> {
        let n = self.len();
        let words = (0..n)
            .map(|i| {
                let s = slot(self.slots(), i);
                let w = s.load(Ordering::Relaxed);
                s.store(0, Ordering::Relaxed);
                w
            })
            .collect();
        self.list.len.store(0, Ordering::Release);
        words
    }

    /// Insert `word` (owning its reference) at `i <= len`.
    fn insert(&mut self, i: usize, word: usize) {
        alloc::publish_word(word);
        let n = self.len();
        if n == self.capacity() {
            self.grow(n + 1);
        }
        let slots = self.slots();
        for j in (i..n).rev() {
            slot(slots, j + 1).store(slot(slots, j).load(Ordering::Relaxed), Ordering::Release);
        }
        slot(slots, i).store(word, Ordering::Release);
        self.list.len.store(n + 1, Ordering::Release);
    }

    /// Remove and return the word at `i`, if in range.
    fn remove(&mut self, i: usize) -> Option<usize> {
        let n = self.len();
        if i >= n {
            return None;
        }
        let slots = self.slots();
        let word = slot(slots, i).load(Ordering::Relaxed);
        for j in i..n - 1 {
            slot(slots, j).store(
                slot(slots, j + 1).load(Ordering::Relaxed),
                Ordering::Release,
            );
        }
        self.list.len.store(n - 1, Ordering::Release);
        slot(slots, n - 1).store(0, Ordering::Release);
        Some(word)
    }

    fn grow(&mut self, needed: usize) {
        let new = new_slots(grown_capacity(needed));
        if let Some(old) = self.slots_opt() {
            for (i, s) in old.iter().enumerate().take(self.len()) {
                // SAFETY: initialized by `new_slots`.
                let w = unsafe { s.assume_init_ref() }.load(Ordering::Relaxed);
                slot(&new, i).store(w, Ordering::Relaxed);
            }
        }
        // SAFETY: under the lock; the swap unlinks the old array, which we
        // own from here and retire after unlocking.
        let old = self.list.items.swap(new, Ordering::Release, unsafe {
            weft_sync::reclaim::unprotected()
        });
        if !old.is_null() {
            // SAFETY: unlinked by the swap above; nobody else frees it.
            let old = unsafe { old.into_owned() };
            // An operation that grows the array twice (an extend adding
            // items one by one) retires the first replaced array at once:
            // retiring only defers its release past pinned readers.
            if let Some(previous) = self.retired.replace(old) {
                thread::retire_storage(previous);
            }
        }
    }
}

impl Drop for List {
    fn drop(&mut self) {
        // The last reference is gone: no reader or writer can reach us.
        let n = self.len.load(Ordering::Relaxed);
        // SAFETY: exclusive access (we are being dropped).
        let items = std::mem::replace(&mut self.items, Atomic::null());
        // SAFETY: exclusive access; the array is ours.
        if let Some(slots) = unsafe { items.try_into_owned() } {
            for i in 0..n {
                let w = slot(&slots, i).load(Ordering::Relaxed);
                if w != 0 {
                    // SAFETY: the list owned one reference per stored word.
                    drop(unsafe { Value::from_raw(w) });
                }
            }
            // No reader can be in the array: a lock-free reader holds a
            // reference to the list, and this was the last. So it is freed
            // at once (as a dict's table is, `HashTable::drop_all`), while
            // still in cache: temporary lists are common.
            drop(slots);
        }
    }
}

/// The `ObjHeader` of a list value (for tests and the collector).
pub fn header_of(v: &Value) -> Option<NonNull<ObjHeader>> {
    List::cast(v).map(|l| NonNull::from(l.header))
}

#[cfg(all(test, not(loom)))]
mod tests;

#[cfg(all(test, not(loom)))]
mod methods_tests;

// ------------------------------------------------------------ Python methods

use crate::args::{self, required, Args, Method};
use crate::types::{int::int_from_i64, none_bool};

fn index_error(what: &str) -> PyErr {
    PyErr::new(ExcKind::IndexError, what)
}

fn indices_error(key: &Value) -> PyErr {
    PyErr::new(
        ExcKind::TypeError,
        format!(
            "list indices must be integers or slices, not {}",
            args::type_name(key)
        ),
    )
}

/// A subscript `lst[key]` resolved to a position, `None` if out of range.
fn subscript(l: ListRef<'_>, key: &Value) -> PyResult<Option<usize>> {
    let i = args::subscript_index(key)?.ok_or_else(|| indices_error(key))?;
    Ok(super::sequence::normalize_index(i, l.len()))
}

fn list_append(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::one("list", "append");
    let (l, [x]) = M.parse(args, List::cast)?;
    l.append(required(x).clone());
    Ok(none_bool::none())
}

fn list_extend(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::one("list", "extend");
    let (l, [other]) = M.parse(args, List::cast)?;
    let other = required(other);
    match List::cast(other) {
        Some(o) => l.extend_from_list(o),
        None => {
            // Gathered first, then added in one locked step.
            let items = List::new(protocol::iterate(other)?);
            l.extend_from_list(List::cast(&items).expect("a list"));
        }
    }
    Ok(none_bool::none())
}

fn list_insert(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::positional("list", "insert", 2, 2);
    let (l, [index, x]) = M.parse(args, List::cast)?;
    let i = args::index_arg(required(index))?;
    let i = if i < 0 {
        (i + l.len() as i64).max(0)
    } else {
        i
    };
    l.insert(i as usize, required(x).clone());
    Ok(none_bool::none())
}

fn list_pop(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::positional("list", "pop", 0, 1);
    let (l, [index]) = M.parse(args, List::cast)?;
    let i = index.map(args::index_arg).transpose()?.unwrap_or(-1);
    if l.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let i = if i < 0 { i + l.len() as i64 } else { i };
    let popped = if i < 0 { None } else { l.pop(i as usize) };
    popped.ok_or_else(|| index_error("pop index out of range"))
}

fn list_remove(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::one("list", "remove");
    let (l, [x]) = M.parse(args, List::cast)?;
    l.remove(required(x))?;
    Ok(none_bool::none())
}

fn list_index(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::positional("list", "index", 1, 3);
    let (l, [x, start, stop]) = M.parse(args, List::cast)?;
    let n = l.len() as i64;
    // CPython: a negative bound counts from the end, floored at 0.
    let bound = |v: Option<&Value>, default: i64| -> PyResult<usize> {
        let b = v.map(args::slice_index).transpose()?.unwrap_or(default);
        Ok(if b < 0 { b.saturating_add(n).max(0) } else { b } as usize)
    };
    let (start, stop) = (bound(start, 0)?, bound(stop, i64::MAX)?);
    Ok(int_from_i64(l.index(required(x), start, stop)? as i64))
}

fn list_count(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::one("list", "count");
    let (l, [x]) = M.parse(args, List::cast)?;
    Ok(int_from_i64(l.count(required(x))? as i64))
}

fn list_clear(args: Args<'_>) -> PyResult<Value> {
    let (l, []) = Method::no_args("list", "clear").parse(args, List::cast)?;
    l.clear();
    Ok(none_bool::none())
}

fn list_copy(args: Args<'_>) -> PyResult<Value> {
    let (l, []) = Method::no_args("list", "copy").parse(args, List::cast)?;
    Ok(List::new(l.to_vec()))
}

fn list_reverse(args: Args<'_>) -> PyResult<Value> {
    let (l, []) = Method::no_args("list", "reverse").parse(args, List::cast)?;
    l.reverse();
    Ok(none_bool::none())
}

fn list_sort(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::keywords("list", "sort", &["key", "reverse"], 0, 0);
    let (l, [key, reverse]) = M.parse(args, List::cast)?;
    let key = key.filter(|k| !none_bool::is_none(k));
    let reverse = reverse.map(args::c_int_arg).transpose()?.unwrap_or(0) != 0;
    let call_key = |item: &Value| {
        protocol::call(
            key.expect("only called with a key"),
            std::slice::from_ref(item),
        )
    };
    l.sort(key.map(|_| &call_key as KeyFn<'_>), reverse)?;
    Ok(none_bool::none())
}

fn list_len(args: Args<'_>) -> PyResult<Value> {
    let (l, []) = Method::wrapper("list", "__len__", 0).parse(args, List::cast)?;
    Ok(int_from_i64(l.len() as i64))
}

fn list_getitem(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::one("list", "__getitem__");
    let (l, [key]) = M.parse(args, List::cast)?;
    if let Some(s) = super::slice::as_slice(required(key)) {
        return l.get_slice(s);
    }
    subscript(l, required(key))?
        .and_then(|i| l.get(i))
        .ok_or_else(|| index_error("list index out of range"))
}

fn list_setitem(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::wrapper_pair("list", "__setitem__");
    let (l, [key, x]) = M.parse(args, List::cast)?;
    let out_of_range = || index_error("list assignment index out of range");
    let i = subscript(l, required(key))?.ok_or_else(out_of_range)?;
    l.set(i, required(x).clone()).map_err(|_| out_of_range())?;
    Ok(none_bool::none())
}

fn list_delitem(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::wrapper("list", "__delitem__", 1);
    let (l, [key]) = M.parse(args, List::cast)?;
    let out_of_range = || index_error("list assignment index out of range");
    let i = subscript(l, required(key))?.ok_or_else(out_of_range)?;
    l.pop(i).ok_or_else(out_of_range)?;
    Ok(none_bool::none())
}

fn list_contains(args: Args<'_>) -> PyResult<Value> {
    let (l, [x]) = Method::wrapper("list", "__contains__", 1).parse(args, List::cast)?;
    Ok(none_bool::bool_value(l.contains(required(x))?))
}

/// `list`'s methods. Slicing (`lst[a:b]`) waits for a slice type.
static LIST_METHODS: [(&str, crate::types::function::NativeFn); 16] = [
    ("append", list_append),
    ("extend", list_extend),
    ("insert", list_insert),
    ("pop", list_pop),
    ("remove", list_remove),
    ("index", list_index),
    ("count", list_count),
    ("clear", list_clear),
    ("copy", list_copy),
    ("reverse", list_reverse),
    ("sort", list_sort),
    ("__len__", list_len),
    ("__getitem__", list_getitem),
    ("__setitem__", list_setitem),
    ("__delitem__", list_delitem),
    ("__contains__", list_contains),
];
