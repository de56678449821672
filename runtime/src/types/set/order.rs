//! The order CPython iterates a set in.
//!
//! Our set shares the dict's compact, insertion-ordered table. CPython's
//! set is an open-addressing table iterated slot by slot, so programs see
//! `{3, 1, 2}` print as `{1, 2, 3}` and `{1, 8}` differently from `{8, 1}`.
//! To print and iterate as CPython does, the live members are replayed, in
//! insertion order, into a model of CPython's table (its probe sequence:
//! nine linear probes then perturbation; its growth: at 3/5 full, to the
//! next power of two above four times the size, twice past 50000) and read
//! back in slot order. That holds while no member was removed; from the
//! first removal on, `layout.rs` models the table with its dummies.

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

fn insert_clean(table: &mut [Option<usize>], mask: usize, hash: u64, index: usize) {
    let mut perturb = hash;
    let mut i = (hash as usize) & mask;
    loop {
        if table[i].is_none() {
            table[i] = Some(index);
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if table[i + j].is_none() {
                    table[i + j] = Some(index);
                    return;
                }
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

fn resize(table: &[Option<usize>], hashes: &[u64], min_used: usize) -> Vec<Option<usize>> {
    let mut size = MIN_SIZE;
    while size <= min_used {
        size <<= 1;
    }
    let mut new = vec![None; size];
    for &index in table.iter().flatten() {
        insert_clean(&mut new, size - 1, hashes[index], index);
    }
    new
}

/// The positions (into `hashes`, given in insertion order) in the order
/// CPython's set would iterate them.
pub fn cpython_order(hashes: &[isize]) -> Vec<usize> {
    let hashes: Vec<u64> = hashes.iter().map(|&h| h as u64).collect();
    let mut table: Vec<Option<usize>> = vec![None; MIN_SIZE];
    let mut used = 0usize;
    for index in 0..hashes.len() {
        let mask = table.len() - 1;
        insert_clean(&mut table, mask, hashes[index], index);
        used += 1;
        if used * 5 >= mask * 3 {
            let min_used = if used > 50_000 { used * 2 } else { used * 4 };
            table = resize(&table, &hashes, min_used);
        }
    }
    table.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::cpython_order;

    #[test]
    fn small_ints_come_out_by_hash_slot() {
        // {3, 1, 2} iterates as 1, 2, 3 in CPython.
        assert_eq!(cpython_order(&[3, 1, 2]), vec![1, 2, 0]);
        // {8, 1}: 8 lands in slot 0 of the 8-slot table, before 1.
        assert_eq!(cpython_order(&[1, 8]), vec![1, 0]);
        // The fifth member grows the table to 32 slots; re-inserted in slot
        // order, 33 probes past 1 and 2 to slot 3: CPython's [1, 2, 33, 5, 9].
        assert_eq!(cpython_order(&[1, 33, 9, 2, 5]), vec![0, 3, 1, 4, 2]);
    }
}
