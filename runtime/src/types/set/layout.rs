//! A model of where CPython's set table would hold each member, kept for
//! sets that have had a member removed.
//!
//! A set that only ever grew iterates as `order.rs` replays its members.
//! Removals leave dummies in CPython's table, which later insertions reuse
//! and which steer `pop()` (it scans from a moving "finger"); replaying the
//! live members cannot know them. So on its first removal a set builds this
//! model from its members (exact while no removal happened) and from then
//! on applies every insertion, removal and pop to it as CPython's
//! `set_add_entry`, `set_discard_entry` and `set_pop` do. Members are named
//! by their key words (identities, under the set's lock): the model holds
//! no references.

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Slot {
    Empty,
    Dummy,
    Live { hash: u64, key: usize },
}

pub(crate) struct Layout {
    slots: Vec<Slot>,
    /// Live and dummy slots (CPython's `fill`), live ones (`used`).
    fill: usize,
    used: usize,
    /// Where `pop()` starts looking.
    finger: usize,
}

/// The slots CPython probes for `hash` in a table of `mask + 1`: runs of
/// up to ten neighbours, then a perturbed jump (an endless sequence).
fn probe(hash: u64, mask: usize) -> impl Iterator<Item = usize> {
    let mut perturb = hash;
    let mut i = (hash as usize) & mask;
    let mut run = 0usize;
    let mut run_len = if i + LINEAR_PROBES <= mask {
        LINEAR_PROBES + 1
    } else {
        1
    };
    std::iter::from_fn(move || {
        if run == run_len {
            perturb >>= PERTURB_SHIFT;
            i = i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize)
                & mask;
            run = 0;
            run_len = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES + 1
            } else {
                1
            };
        }
        run += 1;
        Some(i + run - 1)
    })
}

impl Layout {
    /// CPython's table after inserting `members` (key word, hash) in order.
    pub(crate) fn replay(members: &[(usize, isize)]) -> Layout {
        let mut layout = Layout {
            slots: vec![Slot::Empty; MIN_SIZE],
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
        for i in probe(hash, mask) {
            match self.slots[i] {
                Slot::Empty => {
                    if let Some(f) = freeslot {
                        self.slots[f] = Slot::Live { hash, key };
                        self.used += 1;
                        return;
                    }
                    self.slots[i] = Slot::Live { hash, key };
                    self.fill += 1;
                    self.used += 1;
                    if self.fill * 5 >= mask * 3 {
                        self.resize(if self.used > 50_000 {
                            self.used * 2
                        } else {
                            self.used * 4
                        });
                    }
                    return;
                }
                Slot::Dummy => freeslot = Some(i),
                Slot::Live { .. } => {}
            }
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
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        let mask = size - 1;
        for slot in old {
            if let Slot::Live { hash, .. } = slot {
                let i = probe(hash, mask)
                    .find(|&i| self.slots[i] == Slot::Empty)
                    .expect("a free slot");
                self.slots[i] = slot;
            }
        }
        self.fill = self.used;
    }

    /// `set_discard_entry`: the member's slot becomes a dummy.
    pub(crate) fn remove(&mut self, key: usize, hash: isize) {
        let mask = self.mask();
        for i in probe(hash as u64, mask).take(self.slots.len() * 2 + LINEAR_PROBES) {
            match self.slots[i] {
                Slot::Live { key: k, .. } if k == key => {
                    self.slots[i] = Slot::Dummy;
                    self.used -= 1;
                    return;
                }
                Slot::Empty => break,
                _ => {}
            }
        }
        // Not on its probe path (cannot happen): find it anywhere.
        if let Some(i) = self
            .slots
            .iter()
            .position(|s| matches!(s, Slot::Live { key: k, .. } if *k == key))
        {
            self.slots[i] = Slot::Dummy;
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
            .find(|&i| matches!(self.slots[i], Slot::Live { .. }))?;
        let Slot::Live { key, hash } = self.slots[i] else {
            unreachable!("found live")
        };
        self.slots[i] = Slot::Dummy;
        self.used -= 1;
        self.finger = i + 1;
        Some((key, hash as isize))
    }

    /// `set.clear()`: an empty minimal table (the finger stays).
    pub(crate) fn clear(&mut self) {
        *self = Layout {
            slots: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: self.finger,
        };
    }

    /// The members' key words in slot order (CPython's iteration order).
    pub(crate) fn order(&self) -> Vec<usize> {
        self.slots
            .iter()
            .filter_map(|s| match s {
                Slot::Live { key, .. } => Some(*key),
                _ => None,
            })
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
