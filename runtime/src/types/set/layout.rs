//! A model of where CPython's set table would hold each member, kept for
//! sets that have had a member removed or took members by a merge.
//!
//! A set that only ever grew one member at a time iterates as `order.rs`
//! replays its members. Removals leave dummies in CPython's table, which
//! later insertions reuse and which steer `pop()` (it scans from a moving
//! "finger"); replaying the live members cannot know them. Merges (copy,
//! union, update from a set or dict) resize once for all incoming members,
//! or take a whole table over (`reserve`, `merge_into_empty`), which no
//! one-by-one replay reproduces. So on its first removal or merge a set
//! builds this model from its members (exact until then) and from then on
//! applies every insertion, removal, merge and pop to it as CPython's
//! `set_add_entry`, `set_discard_entry`, `set_merge` and `set_pop` do.
//! Members are named by their key words (identities, under the set's
//! lock): the model holds no references.

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// Tables up to this size are rebuilt in place when only dummies go.
const SMALL_REBUILD: usize = 32;

/// A slot's key word when it holds no member. No value word is 0 or 2
/// (objects are 8-aligned, inline ints odd).
const EMPTY: usize = 0;
const DUMMY: usize = 2;

/// One slot of the modelled table: 16 bytes, the key word naming what it
/// holds (a member, `EMPTY` or `DUMMY`).
#[derive(Clone, Copy, PartialEq, Eq)]
struct Slot {
    key: usize,
    hash: u64,
}

const EMPTY_SLOT: Slot = Slot {
    key: EMPTY,
    hash: 0,
};

#[derive(Clone)]
pub(crate) struct Layout {
    slots: Vec<Slot>,
    /// Live and dummy slots (CPython's `fill`), live ones (`used`).
    fill: usize,
    used: usize,
    /// Where `pop()` starts looking.
    finger: usize,
}

/// Visit the slots CPython probes for `hash` in `slots`, in order, until
/// `visit` returns a result: runs of up to ten neighbours, then a
/// perturbed jump. The sequence is endless; the callers' tables always
/// have an empty slot (they grow at 60% full), which ends it. A run is
/// walked as a slice: sets used as work lists fill with dummies, and their
/// probes are long (nqueens visits about eight slots per removal).
#[inline(always)]
fn probe<R>(slots: &[Slot], hash: u64, mut visit: impl FnMut(usize, &Slot) -> Option<R>) -> R {
    let mask = slots.len() - 1;
    let mut perturb = hash;
    let mut i = (hash as usize) & mask;
    loop {
        let last = if i + LINEAR_PROBES <= mask {
            i + LINEAR_PROBES
        } else {
            i
        };
        for (j, slot) in slots[i..=last].iter().enumerate() {
            if let Some(r) = visit(i + j, slot) {
                return r;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize)
            & mask;
    }
}

impl Layout {
    /// CPython's table after inserting `members` (key word, hash) in order.
    pub(crate) fn replay(members: &[(usize, isize)]) -> Layout {
        let mut layout = Layout {
            slots: vec![EMPTY_SLOT; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        };
        for &(key, hash) in members {
            layout.insert(key, hash);
        }
        layout
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// `set_add_entry` for a key known to be absent: the last dummy on its
    /// probe path before an empty slot, else that empty slot.
    pub(crate) fn insert(&mut self, key: usize, hash: isize) {
        let hash = hash as u64;
        let mask = self.mask();
        let mut freeslot = None;
        let (at, reused) = probe(&self.slots, hash, |i, slot| match slot.key {
            EMPTY => Some(match freeslot {
                Some(f) => (f, true),
                None => (i, false),
            }),
            DUMMY => {
                freeslot = Some(i);
                None
            }
            _ => None,
        });
        self.slots[at] = Slot { key, hash };
        self.used += 1;
        if reused {
            return;
        }
        self.fill += 1;
        if self.fill * 5 >= mask * 3 {
            self.resize(if self.used > 50_000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
    }

    /// `set_table_resize`: the live members re-inserted, in slot order,
    /// into the smallest table larger than `min_used` (dummies dropped).
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        if size == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        if size == self.slots.len() && size <= SMALL_REBUILD {
            // Only dummies to drop (sets used as work lists, after a few
            // add/remove rounds): rebuilt in place, as CPython's small
            // table is, without an allocation.
            let mut old = [EMPTY_SLOT; SMALL_REBUILD];
            old[..size].copy_from_slice(&self.slots);
            self.slots.fill(EMPTY_SLOT);
            self.reinsert(&old[..size]);
        } else {
            let old = std::mem::replace(&mut self.slots, vec![EMPTY_SLOT; size]);
            self.reinsert(&old);
        }
        self.fill = self.used;
    }

    /// Put the live members of `old` back, in slot order, into the
    /// (empty) table.
    fn reinsert(&mut self, old: &[Slot]) {
        for slot in old.iter().filter(|s| s.key != EMPTY && s.key != DUMMY) {
            let i = probe(&self.slots, slot.hash, |i, s| (s.key == EMPTY).then_some(i));
            self.slots[i] = *slot;
        }
    }

    /// The members and dummies of the table (CPython's `fill`): 0 for a
    /// table that never held anything since it was made or cleared.
    pub(crate) fn fill(&self) -> usize {
        self.fill
    }

    /// The members (CPython's `used`).
    pub(crate) fn used(&self) -> usize {
        self.used
    }

    /// The one resize `set_merge` and a dict's `set_update_internal` make
    /// before adding `incoming` members, so that the additions do not
    /// resize one by one.
    pub(crate) fn reserve(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// `set_merge` into a table with nothing in it (`fill` 0, after
    /// `reserve`): a copy of `other`'s table when the sizes agree and it has
    /// no dummies, else its members re-inserted in its slot order.
    pub(crate) fn merge_into_empty(&mut self, other: &Layout) {
        debug_assert_eq!(self.fill, 0);
        if self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots.copy_from_slice(&other.slots);
        } else {
            self.reinsert(&other.slots);
        }
        self.fill = other.used;
        self.used = other.used;
    }

    /// `set_discard_entry`: the member's slot becomes a dummy.
    pub(crate) fn remove(&mut self, key: usize, hash: isize) {
        // The member is on its probe path, before any empty slot; the
        // bound only guards against a model that is not (cannot happen).
        let mut left = self.slots.len() * 2 + LINEAR_PROBES;
        let at = probe(&self.slots, hash as u64, |i, slot| {
            left -= 1;
            match slot.key {
                k if k == key => Some(Some(i)),
                EMPTY => Some(None),
                _ if left == 0 => Some(None),
                _ => None,
            }
        });
        let at = at.or_else(|| self.slots.iter().position(|s| s.key == key));
        if let Some(i) = at {
            self.slots[i].key = DUMMY;
            self.used -= 1;
        }
    }

    /// The member `set_pop` takes (from the finger on), made a dummy: its
    /// key word and hash.
    pub(crate) fn pop(&mut self) -> Option<(usize, isize)> {
        if self.used == 0 {
            return None;
        }
        let n = self.slots.len();
        let start = self.finger & self.mask();
        let i = (0..n)
            .map(|d| (start + d) % n)
            .find(|&i| !matches!(self.slots[i].key, EMPTY | DUMMY))?;
        let Slot { key, hash } = self.slots[i];
        self.slots[i].key = DUMMY;
        self.used -= 1;
        self.finger = i + 1;
        Some((key, hash as isize))
    }

    /// `set.clear()`: an empty minimal table (the finger stays).
    pub(crate) fn clear(&mut self) {
        *self = Layout {
            slots: vec![EMPTY_SLOT; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: self.finger,
        };
    }

    /// The members' key words in slot order (CPython's iteration order).
    pub(crate) fn order(&self) -> Vec<usize> {
        self.slots
            .iter()
            .filter(|s| !matches!(s.key, EMPTY | DUMMY))
            .map(|s| s.key)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::Layout;

    #[test]
    fn a_popped_member_leaves_a_dummy() {
        // {5, 1, 9}: 9 collides with 1 and lands in slot 6; popping 1 must
        // not let 9 move up (CPython prints {5, 9}).
        let mut l = Layout::replay(&[(50, 5), (10, 1), (90, 9)]);
        assert_eq!(l.order(), vec![10, 50, 90]);
        assert_eq!(l.pop(), Some((10, 1)));
        assert_eq!(l.order(), vec![50, 90]);
        // The next insertion colliding there reuses the dummy.
        l.insert(170, 17);
        assert_eq!(l.order(), vec![170, 50, 90]);
    }
}
