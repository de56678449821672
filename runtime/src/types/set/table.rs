//! The set's hash table: CPython's own layout (`setobject.c`), so members
//! iterate, print and `pop()` in CPython's order with no second model, made
//! readable without a lock as the dict's table is (`hashtable.rs`).
//!
//! An open-addressing array of (hash, key) slots. A key word of `EMPTY`
//! ends a probe, `DUMMY` marks a removed member (probes go on past it, and
//! insertions reuse it), any other word is a member. A probe visits runs of
//! ten neighbouring slots, then jumps (`Probe`). The table grows at 3/5
//! full (`fill`, members plus dummies) to the smallest power of two above
//! four times the members (twice past 50000), re-inserting the members in
//! slot order: all as CPython 3.11 does, which decides the order programs
//! see.
//!
//! Writers hold the set's lock (a critical section when `==` may run
//! Python code; the bare lock otherwise, `hashtable::bare_lock_first`).
//! A writer stores a slot's hash, then its key with release ordering.
//! Readers take no lock: pinned, they load the table and probe, acquiring
//! each key. A slot holding the key object itself matches at once; a
//! candidate of equal hash is compared with `==` outside the pin (holding a
//! reference taken with `try_incref` and re-checked in its slot), and the
//! probe starts over if the set's `version` moved meanwhile. A growing
//! table is built aside, swapped in, and the old one retired through epoch
//! reclamation, so a pinned reader never reads freed memory.

use crate::error::PyResult;
use crate::object::header::ObjHeader;
use crate::object::alloc;
use crate::protocol;
use crate::thread;
use crate::types::hashtable::{builtin_eq, bump_locked, take_locked, try_take};
use crate::value::Value;
use weft_sync::atomic::{AtomicIsize, AtomicUsize, Ordering};
use weft_sync::reclaim::{unprotected, Atomic, Guard, Owned, Shared};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// Key words that are not members. No value's word is 0 or 2 (objects are
/// 8-aligned, inline ints odd).
const EMPTY: usize = 0;
const DUMMY: usize = 2;

struct Slot {
    hash: AtomicIsize,
    key: AtomicUsize,
}

/// One allocation of slots; replaced as a whole when the set grows.
pub(crate) struct Table {
    slots: Box<[Slot]>,
    /// Members and dummies (lock holders only).
    fill: AtomicUsize,
}

impl Table {
    fn with_size(size: usize) -> Table {
        debug_assert!(size.is_power_of_two());
        Table {
            slots: (0..size)
                .map(|_| Slot {
                    hash: AtomicIsize::new(0),
                    key: AtomicUsize::new(EMPTY),
                })
                .collect(),
            fill: AtomicUsize::new(0),
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Put a member known absent into a table with no dummies (a new
    /// table being filled before it is published): the first empty slot of
    /// its probe (CPython's `set_insert_clean`).
    fn insert_clean(&self, kw: usize, hash: isize) {
        let mask = self.mask();
        let mut probe = Probe::start(hash, mask);
        while self.slots[probe.slot()].key.load(Ordering::Relaxed) != EMPTY {
            probe.next(mask);
        }
        let s = &self.slots[probe.slot()];
        s.hash.store(hash, Ordering::Relaxed);
        s.key.store(kw, Ordering::Relaxed);
    }
}

/// Where a probe stands: runs of up to ten neighbouring slots from `base`,
/// then a perturbed jump. Endless; tables always have an empty slot (they
/// grow at 3/5 full), which ends every probe.
#[derive(Clone, Copy)]
struct Probe {
    base: usize,
    offset: usize,
    perturb: usize,
}

impl Probe {
    fn start(hash: isize, mask: usize) -> Probe {
        Probe {
            base: hash as usize & mask,
            offset: 0,
            perturb: hash as usize,
        }
    }

    fn slot(&self) -> usize {
        self.base + self.offset
    }

    fn next(&mut self, mask: usize) {
        let run = if self.base + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
        if self.offset < run {
            self.offset += 1;
        } else {
            self.perturb >>= PERTURB_SHIFT;
            self.base = self.base.wrapping_mul(5).wrapping_add(1).wrapping_add(self.perturb) & mask;
            self.offset = 0;
        }
    }
}

/// One step of a probe.
enum Step {
    /// The member is in this slot.
    Found(usize),
    /// Absent; the slot a new member would take (the last dummy passed,
    /// else the empty slot that ended the probe), and whether it is a dummy.
    Missing { free: usize, reuse: bool },
    /// A member of equal hash must be compared with `==` (a reference to
    /// it, its slot, and where the probe resumes).
    Compare { candidate: Value, slot: usize, resume: Probe, free: Option<usize> },
    /// A lock-free reference could not be taken: read under the lock.
    NeedsLock,
    /// A candidate's slot changed while a reference to it was taken
    /// (readers without the lock only): probe again, after dropping the
    /// reference outside the pin.
    Retry { stale: Value },
}

/// Probe `t` from `probe` for the key word `kw` with `hash`: lookups,
/// which need not note dummies. `locked`: the caller holds the set's lock.
#[inline(never)]
fn find_step(t: &Table, kw: usize, hash: isize, probe: Probe, locked: bool) -> Step {
    probe_slots::<false>(t, kw, hash, probe, None, locked)
}

/// `find_step` for an insertion: `Missing` names the slot a new member
/// takes. `free` is the last dummy seen before `probe`.
#[inline(never)]
fn insert_step(t: &Table, kw: usize, hash: isize, probe: Probe, free: Option<usize>) -> Step {
    probe_slots::<true>(t, kw, hash, probe, free, true)
}

/// The probe loop. Sets used as work lists hold many dummies (nqueens
/// visits 13 slots per lookup, in CPython as here), so the loop over a run
/// of slots is kept tight: the commonest slot, a dummy, costs a load and
/// two compares.
#[inline(always)]
fn probe_slots<const NOTE_DUMMIES: bool>(
    t: &Table,
    kw: usize,
    hash: isize,
    probe: Probe,
    free: Option<usize>,
    locked: bool,
) -> Step {
    let mask = t.mask();
    let Probe { mut base, mut offset, mut perturb } = probe;
    // The last dummy seen, `NO_SLOT` if none (a plain word: no tag to keep).
    const NO_SLOT: usize = usize::MAX;
    let mut last_dummy = free.unwrap_or(NO_SLOT);
    loop {
        let first = base + offset;
        let last = if base + LINEAR_PROBES <= mask { base + LINEAR_PROBES } else { base };
        for (j, s) in t.slots[first..=last].iter().enumerate() {
            let k = s.key.load(Ordering::Acquire);
            if k == DUMMY {
                if NOTE_DUMMIES {
                    last_dummy = first + j;
                }
                continue;
            }
            if k == kw {
                return Step::Found(first + j);
            }
            if k == EMPTY {
                return match last_dummy {
                    NO_SLOT => Step::Missing { free: first + j, reuse: false },
                    f => Step::Missing { free: f, reuse: true },
                };
            }
            // (Two distinct inline ints are never equal.)
            if k & kw & 1 == 0 && s.hash.load(Ordering::Relaxed) == hash {
                let i = first + j;
                let at = Probe { base, offset: i - base, perturb };
                let free = (last_dummy != NO_SLOT).then_some(last_dummy);
                return candidate_step(s, k, i, at, mask, free, locked);
            }
        }
        perturb >>= PERTURB_SHIFT;
        base = base.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask;
        offset = 0;
    }
}

/// `step` at a member `k` of equal hash in slot `i` (at `at`): a reference
/// to compare it with. If the slot changed meanwhile, the probe goes on
/// from that slot. Out of line: most probes never need it.
#[inline(never)]
fn candidate_step(s: &Slot, k: usize, i: usize, at: Probe, mask: usize, free: Option<usize>, locked: bool) -> Step {
    let candidate = if locked {
        // SAFETY: under the lock the table keeps `k` alive.
        Some(unsafe { take_locked(k) })
    } else {
        // SAFETY: loaded while pinned.
        unsafe { try_take(k) }
    };
    let Some(candidate) = candidate else {
        return Step::NeedsLock;
    };
    if s.key.load(Ordering::Acquire) != k {
        // Replaced meanwhile (only without the lock): probe again.
        return Step::Retry { stale: candidate };
    }
    let mut resume = at;
    resume.next(mask);
    Step::Compare { candidate, slot: i, resume, free }
}

/// How keys of equal hash may be compared.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Compare {
    /// With `==`, which may run Python code (no lock, or a critical section).
    Any,
    /// Only where `==` runs no Python code (`builtin_eq`): the caller holds
    /// the bare lock. Otherwise the operation gives up (`Err(())`).
    WithoutPython,
}

/// Where a key is, or would go.
enum Found {
    At(usize),
    Absent { free: usize, reuse: bool },
}

/// The table pointer and the counts of a set.
pub(crate) struct SetTable {
    table: Atomic<Table>,
    /// Members.
    used: AtomicUsize,
    /// Where `pop()` starts looking (lock holders only).
    finger: AtomicUsize,
    /// Bumped by every mutation, under the lock.
    version: AtomicUsize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            table: Atomic::null(),
            used: AtomicUsize::new(0),
            finger: AtomicUsize::new(0),
            version: AtomicUsize::new(0),
        }
    }
}

/// Run `f` on the current table, pinned (lock-free readers); `None` if
/// this thread is not pinned.
fn with_pinned<R>(table: &Atomic<Table>, f: impl FnOnce(Option<&Table>) -> R) -> Option<R> {
    thread::with_pinned_guard(|guard: Option<&Guard>| {
        let guard = guard?;
        // SAFETY: pinned: a table we load is not freed while `f` runs.
        Some(f(unsafe { table.load(Ordering::Acquire, guard).as_ref() }))
    })
}

impl SetTable {
    pub(crate) fn len(&self) -> usize {
        self.used.load(Ordering::Relaxed)
    }

    /// The table, for a caller holding the lock (no writer replaces or
    /// retires it meanwhile).
    fn locked_table(&self) -> Option<&Table> {
        // SAFETY: under the set's lock no writer replaces or retires the
        // table.
        unsafe { self.table.load(Ordering::Acquire, unprotected()).as_ref() }
    }

    /// `key in s` without the lock: `Ok(None)` when it must be read under
    /// the lock instead (the thread is not pinned, or a reference could
    /// not be taken lock-free).
    pub(crate) fn contains_unlocked(&self, key: &Value, hash: isize) -> PyResult<Option<bool>> {
        let kw = key.word();
        let mut resume: Option<(Probe, usize)> = None; // (probe, version)
        loop {
            let version = match resume {
                Some((_, v)) => v,
                None => self.version.load(Ordering::Acquire),
            };
            // References taken while pinned are dropped after the pin: a
            // last reference's `__del__` may run Python code.
            let step = with_pinned(&self.table, |t| {
                let t = t?;
                let probe = match resume {
                    Some((p, _)) => p,
                    None => Probe::start(hash, t.mask()),
                };
                Some(find_step(t, kw, hash, probe, false))
            });
            let Some(step) = step else { return Ok(None) };
            match step {
                None | Some(Step::Missing { .. }) => return Ok(Some(false)),
                Some(Step::Found(_)) => return Ok(Some(true)),
                Some(Step::NeedsLock) => return Ok(None),
                Some(Step::Retry { stale }) => {
                    drop(stale);
                    resume = None;
                }
                Some(Step::Compare { candidate, resume: next, .. }) => {
                    let equal = protocol::eq(&candidate, key)?;
                    drop(candidate);
                    if self.version.load(Ordering::Acquire) != version {
                        resume = None; // `==` changed the set: start over
                        continue;
                    }
                    if equal {
                        return Ok(Some(true));
                    }
                    resume = Some((next, version));
                }
            }
        }
    }

    /// Find `key` under the lock (`for_insert`: and where it would go).
    /// `Err(())`: with `Compare::WithoutPython`, a comparison would need
    /// Python code.
    fn find_locked(&self, key: &Value, hash: isize, compare: Compare, for_insert: bool) -> PyResult<Result<Found, ()>> {
        let kw = key.word();
        'restart: loop {
            let version = self.version.load(Ordering::Acquire);
            let Some(t) = self.locked_table() else {
                return Ok(Ok(Found::Absent { free: 0, reuse: false }));
            };
            let mut probe = Probe::start(hash, t.mask());
            let mut free = None;
            loop {
                let step = if for_insert {
                    insert_step(t, kw, hash, probe, free)
                } else {
                    find_step(t, kw, hash, probe, true)
                };
                match step {
                    Step::Found(i) => return Ok(Ok(Found::At(i))),
                    Step::Missing { free, reuse } => return Ok(Ok(Found::Absent { free, reuse })),
                    Step::NeedsLock | Step::Retry { .. } => {
                        unreachable!("under the lock, references are taken and slots stay")
                    }
                    Step::Compare { candidate, slot, resume, free: seen } => {
                        let equal = match compare {
                            Compare::Any => protocol::eq(&candidate, key)?,
                            Compare::WithoutPython => match builtin_eq(&candidate, key) {
                                Some(equal) => equal,
                                None => return Ok(Err(())),
                            },
                        };
                        // The table still holds the member: dropping our
                        // reference frees nothing.
                        drop(candidate);
                        if self.version.load(Ordering::Acquire) != version {
                            continue 'restart; // `==` changed the set
                        }
                        if equal {
                            return Ok(Ok(Found::At(slot)));
                        }
                        probe = resume;
                        free = seen;
                    }
                }
            }
        }
    }

    /// `key in s` under the lock. `Err(())`: with `Compare::WithoutPython`,
    /// a comparison would need Python code.
    pub(crate) fn contains_locked(&self, key: &Value, hash: isize, compare: Compare) -> PyResult<Result<bool, ()>> {
        Ok(self.find_locked(key, hash, compare, false)?.map(|found| matches!(found, Found::At(_))))
    }

    /// `s.add(key)` under the lock: `None` if it was new (the reference
    /// moves in), else `key` back, to drop after unlocking (it may be the
    /// last reference). `Err(key)` gives the key back when `compare`
    /// forbids a comparison it needs.
    pub(crate) fn add_locked(&self, key: Value, hash: isize, compare: Compare) -> PyResult<Result<Option<Value>, Value>> {
        if self.locked_table().is_none() {
            // The first member: readers find an empty table or none.
            self.table.store(Owned::new(Table::with_size(MIN_SIZE)), Ordering::Release);
        }
        let (free, reuse) = match self.find_locked(&key, hash, compare, true)? {
            Err(()) => return Ok(Err(key)),
            Ok(Found::At(_)) => return Ok(Ok(Some(key))),
            Ok(Found::Absent { free, reuse }) => (free, reuse),
        };
        let t = self.locked_table().expect("made above");
        let kw = key.into_raw();
        alloc::publish_word(kw);
        let s = &t.slots[free];
        s.hash.store(hash, Ordering::Relaxed);
        // Readers that acquire the key see its hash.
        s.key.store(kw, Ordering::Release);
        self.used.store(self.len() + 1, Ordering::Relaxed);
        bump_locked(&self.version);
        if !reuse {
            let fill = t.fill.load(Ordering::Relaxed) + 1;
            t.fill.store(fill, Ordering::Relaxed);
            if fill * 5 >= t.mask() * 3 {
                let used = self.len();
                self.resize(if used > 50_000 { used * 2 } else { used * 4 });
            }
        }
        Ok(Ok(None))
    }

    /// CPython's `set_table_resize`: the members re-inserted, in slot
    /// order, into a new table of the smallest power of two above
    /// `min_used` (dummies dropped), which replaces the old one. Caller
    /// holds the lock.
    fn resize(&self, min_used: usize) {
        let Some(old) = self.locked_table() else { return };
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        if size == MIN_SIZE && old.slots.len() == MIN_SIZE && old.fill.load(Ordering::Relaxed) == self.len() {
            return; // CPython keeps its small table when there is nothing to drop
        }
        let new = Table::with_size(size);
        for s in old.slots.iter() {
            let k = s.key.load(Ordering::Relaxed);
            if k != EMPTY && k != DUMMY {
                new.insert_clean(k, s.hash.load(Ordering::Relaxed));
            }
        }
        new.fill.store(self.len(), Ordering::Relaxed);
        // SAFETY: under the lock; the swap unlinks the old table, retired below.
        let old = self.table.swap(Owned::new(new), Ordering::Release, unsafe { unprotected() });
        bump_locked(&self.version);
        // SAFETY: unlinked by the swap, retired once. Its words moved to
        // the new table; dropping slots of plain atomics drops none of them.
        thread::retire_storage(unsafe { old.into_owned() });
    }

    /// Make slot `i` a dummy; its key word's reference moves to the caller.
    fn remove_slot_locked(&self, t: &Table, i: usize) -> usize {
        let s = &t.slots[i];
        let kw = s.key.load(Ordering::Relaxed);
        s.key.store(DUMMY, Ordering::Release);
        self.used.store(self.len() - 1, Ordering::Relaxed);
        bump_locked(&self.version);
        kw
    }

    /// `s.discard(key)` under the lock: the removed member's word (its
    /// reference moves to the caller, to drop after unlocking).
    pub(crate) fn discard_locked(&self, key: &Value, hash: isize, compare: Compare) -> PyResult<Result<Option<usize>, ()>> {
        match self.find_locked(key, hash, compare, false)? {
            Err(()) => Ok(Err(())),
            Ok(Found::Absent { .. }) => Ok(Ok(None)),
            Ok(Found::At(i)) => {
                let t = self.locked_table().expect("found a member");
                Ok(Ok(Some(self.remove_slot_locked(t, i))))
            }
        }
    }

    /// `s.pop()` under the lock (CPython's `set_pop`: the first member from
    /// the finger on); its word's reference moves to the caller.
    pub(crate) fn pop_locked(&self) -> Option<usize> {
        let t = self.locked_table()?;
        if self.len() == 0 {
            return None;
        }
        let n = t.slots.len();
        let start = self.finger.load(Ordering::Relaxed) & t.mask();
        let i = (0..n)
            .map(|d| (start + d) % n)
            .find(|&i| !matches!(t.slots[i].key.load(Ordering::Relaxed), EMPTY | DUMMY))?;
        self.finger.store(i + 1, Ordering::Relaxed);
        Some(self.remove_slot_locked(t, i))
    }

    /// Remove every member; returns their words to drop after unlocking.
    /// The finger stays (as CPython's). Caller holds the lock.
    pub(crate) fn clear_locked(&self) -> Vec<usize> {
        // SAFETY: under the lock; the swap unlinks the table.
        let old = self.table.swap(Shared::null(), Ordering::Release, unsafe { unprotected() });
        self.used.store(0, Ordering::Relaxed);
        bump_locked(&self.version);
        if old.is_null() {
            return Vec::new();
        }
        // SAFETY: unlinked above; owned here and retired once.
        let old = unsafe { old.into_owned() };
        let words = members(&old).collect();
        thread::retire_storage(old);
        words
    }

    /// The members in slot order (CPython's iteration order), each with a
    /// new reference. Caller holds the lock.
    pub(crate) fn snapshot_locked(&self) -> Vec<Value> {
        let Some(t) = self.locked_table() else {
            return Vec::new();
        };
        // SAFETY: the locked table holds each member.
        members(t).map(|w| unsafe { take_locked(w) }).collect()
    }

    /// Visit every member object (the collector, world stopped: no writer
    /// runs).
    pub(crate) fn visit_objects(&self, visit: &mut dyn FnMut(*const ObjHeader)) {
        let Some(t) = self.locked_table() else { return };
        for w in members(t) {
            if w & 1 == 0 {
                visit(w as *const ObjHeader);
            }
        }
    }

    /// Drop every member: the set is being freed. No reader can be in the
    /// table (a lock-free reader holds a reference to the set, and this
    /// was the last), so the table is freed at once.
    pub(crate) fn drop_all(&mut self) {
        // SAFETY: `&mut self`: nothing else reaches the table any more.
        let old = self.table.swap(Shared::null(), Ordering::Relaxed, unsafe { unprotected() });
        self.used.store(0, Ordering::Relaxed);
        if old.is_null() {
            return;
        }
        // SAFETY: unlinked above and unreachable by anyone else.
        let old = unsafe { old.into_owned() };
        for w in members(&old) {
            // SAFETY: the table owned one reference per member.
            drop(unsafe { Value::from_raw(w) });
        }
    }
}

/// The member words of a table, in slot order.
fn members(t: &Table) -> impl Iterator<Item = usize> + '_ {
    t.slots
        .iter()
        .map(|s| s.key.load(Ordering::Relaxed))
        .filter(|&k| k != EMPTY && k != DUMMY)
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::{Compare, SetTable};
    use crate::value::Value;

    fn int(n: i64) -> Value {
        Value::small_int(n).expect("small")
    }

    fn add(t: &SetTable, n: i64) {
        let v = int(n);
        let h = crate::protocol::hash(&v).expect("an int hashes");
        assert!(matches!(t.add_locked(v, h, Compare::Any), Ok(Ok(None))));
    }

    fn order(t: &SetTable) -> Vec<i64> {
        t.snapshot_locked().iter().map(|v| v.as_small_int().expect("ints")).collect()
    }

    #[test]
    fn members_come_out_in_cpythons_slot_order() {
        let t = SetTable::default();
        for n in [3, 1, 2] {
            add(&t, n);
        }
        // {3, 1, 2} prints as {1, 2, 3}.
        assert_eq!(order(&t), vec![1, 2, 3]);
        // The fifth member grows the table to 32 slots: {1, 33, 9, 2, 5}
        // is CPython's {1, 2, 33, 5, 9}.
        let t = SetTable::default();
        for n in [1, 33, 9, 2, 5] {
            add(&t, n);
        }
        assert_eq!(order(&t), vec![1, 2, 33, 5, 9]);
    }

    #[test]
    fn a_popped_member_leaves_a_dummy_that_a_later_member_reuses() {
        // {5, 1, 9}: 9 collides with 1 and lands in slot 6 (1 + 5 linear
        // steps are taken by neither); popping 1 must not let 9 move up.
        let t = SetTable::default();
        for n in [5, 1, 9] {
            add(&t, n);
        }
        assert_eq!(order(&t), vec![1, 5, 9]);
        let w = t.pop_locked().expect("a member");
        assert_eq!(w, int(1).word());
        assert_eq!(order(&t), vec![5, 9]);
        // 17 probes slot 1 (a dummy) first, and takes it.
        add(&t, 17);
        assert_eq!(order(&t), vec![17, 5, 9]);
        assert_eq!(t.len(), 3);
    }
}
