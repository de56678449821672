//! The parallel walk finds exactly the garbage the sequential one finds:
//! random graphs of rings (every object on a cycle) with cross links that
//! share subgraphs, some held from outside; and a long chain.

use super::super::tests::{link, node};
use super::super::{collect, find_garbage_addresses, release_zombies, take_roots, Trace};
use crate::set_parallel_threshold;
use std::collections::HashSet;
use weft_runtime::object::alloc::live_objects;
use weft_runtime::object::header::{ObjHeader, GC_MARKED};
use weft_runtime::{thread, Interpreter, ThreadState, Value};
use weft_sync::atomic::Ordering;

/// xorshift64*: a fixed sequence per seed, no dependency.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n
    }
}

/// `n` nodes in rings of 1 to 8, `extra` random links between them, and
/// `kept` of them held. Returns every node's address, the held values, and
/// the addresses of what the held ones do not reach (the garbage).
fn random_graph(
    seed: u64,
    n: usize,
    extra: usize,
    kept: usize,
) -> (Vec<usize>, Vec<Value>, HashSet<usize>) {
    let mut rng = Rng(seed | 1);
    let nodes: Vec<Value> = (0..n).map(|_| node()).collect();
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut i = 0;
    while i < n {
        let len = (1 + rng.below(8)).min(n - i);
        for j in 0..len {
            out[i + j].push(i + (j + 1) % len);
        }
        i += len;
    }
    for _ in 0..extra {
        let (a, b) = (rng.below(n), rng.below(n));
        out[a].push(b);
    }
    for (a, targets) in out.iter().enumerate() {
        for &b in targets {
            link(&nodes[a], &nodes[b]);
        }
    }
    let held: Vec<usize> = (0..kept).map(|_| rng.below(n)).collect();
    let mut reached = vec![false; n];
    let mut stack = held.clone();
    while let Some(a) = stack.pop() {
        if !std::mem::replace(&mut reached[a], true) {
            stack.extend(&out[a]);
        }
    }
    let addrs: Vec<usize> = nodes.iter().map(Value::word).collect();
    let garbage = (0..n).filter(|&a| !reached[a]).map(|a| addrs[a]).collect();
    let kept = held.iter().map(|&a| nodes[a].clone()).collect();
    (addrs, kept, garbage)
}

/// With the world stopped, run trial deletion over the current candidates
/// sequentially, in parallel from the start, and handing over midway;
/// check all three against `expected` and that no mark is left. Then put
/// the candidates back so a real collection can free the garbage.
/// Returns whether the walk from a tenth of the roots handed over.
fn check_same_garbage(addrs: &[usize], expected: &HashSet<usize>) -> bool {
    let stopped = thread::stop_the_world();
    let (roots, zombies) = take_roots();
    let words = || -> Vec<usize> {
        // SAFETY: every node is alive (on a cycle), none queued (one thread),
        // and the world stopped: reading the word disturbs nothing.
        addrs
            .iter()
            .map(|&a| {
                unsafe { (*(a as *const ObjHeader)).collector_word() }
                    .load(Ordering::Relaxed)
                    .addr()
            })
            .collect()
    };
    let words_before = words();
    let run = |roots: &[usize], threshold| -> (HashSet<usize>, bool, usize) {
        let mut trace = Trace::start();
        let found = find_garbage_addresses(roots, threshold, &mut trace);
        let set: HashSet<usize> = found.iter().copied().collect();
        assert_eq!(
            set.len(),
            found.len(),
            "garbage listed once (threshold {threshold})"
        );
        (set, trace.parallel, trace.nodes)
    };
    let (sequential, par, nodes) = run(&roots, usize::MAX);
    assert_eq!((&sequential, par), (expected, false), "the sequential walk");
    assert_eq!(
        run(&roots, 0),
        (sequential, true, nodes),
        "the parallel walk"
    );
    // From a tenth of the roots the subgraph usually outgrows them: the
    // sequential walk hands over midway (the same garbage, from fewer roots).
    let some = &roots[..roots.len() / 10];
    let (fewer, _, fewer_nodes) = run(some, usize::MAX);
    let threshold = some.len() + 1;
    let handed_over = fewer_nodes > threshold;
    assert_eq!(
        run(some, threshold),
        (fewer, handed_over, fewer_nodes),
        "the sequential walk handing over"
    );
    for &a in addrs {
        // SAFETY: every node is alive (on a cycle) and the world stopped.
        let bits = unsafe { &*(a as *const ObjHeader) }
            .gc_bits()
            .load(Ordering::Relaxed);
        assert_eq!(bits & GC_MARKED, 0, "marks cleared");
    }
    assert!(words() == words_before, "borrowed header words given back");
    // Our references, dropped with the world running, buffer them again.
    let held: Vec<Value> = roots
        .iter()
        // SAFETY: roots are alive, the world stopped.
        .map(|&r| unsafe {
            Value::from_borrowed(std::ptr::NonNull::new_unchecked(r as *mut ObjHeader))
        })
        .collect();
    drop(stopped);
    drop(held);
    release_zombies(zombies);
    handed_over
}

#[test]
fn random_graphs_give_the_same_garbage_sequentially_and_in_parallel() {
    let _s = crate::test_serial();
    let _ts = ThreadState::new(&Interpreter::new());
    collect();
    let base = live_objects();
    let mut handovers = 0;
    for (seed, n, extra, kept) in [
        (1, 3_000, 1_000, 20),
        (2, 20_000, 30_000, 5),
        (3, 20_000, 5_000, 200),
        (4, 5_000, 0, 0),
        (5, 8_000, 40_000, 1),
    ] {
        let (addrs, kept, garbage) = random_graph(seed, n, extra, kept);
        handovers += usize::from(check_same_garbage(&addrs, &garbage));
        let old = set_parallel_threshold(0);
        assert_eq!(
            collect(),
            garbage.len(),
            "seed {seed}: a parallel collection frees the garbage"
        );
        set_parallel_threshold(old);
        assert_eq!(
            live_objects(),
            base + (n - garbage.len()) as isize,
            "seed {seed}: what is held stays"
        );
        drop(kept);
        collect();
        assert_eq!(live_objects(), base, "seed {seed}");
    }
    assert!(handovers >= 3, "the dense graphs hand over ({handovers})");
}

#[test]
fn a_long_chain_is_split_among_tasks_and_found_whole() {
    let _s = crate::test_serial();
    let _ts = ThreadState::new(&Interpreter::new());
    collect();
    let base = live_objects();
    // One ring of 50,000 held at one node, then dropped: deep, not wide.
    let nodes: Vec<Value> = (0..50_000).map(|_| node()).collect();
    for w in nodes.windows(2) {
        link(&w[0], &w[1]);
    }
    link(nodes.last().unwrap(), &nodes[0]);
    let addrs: Vec<usize> = nodes.iter().map(Value::word).collect();
    let head = nodes[0].clone();
    drop(nodes);
    assert!(check_same_garbage(&addrs, &HashSet::new()));
    drop(head);
    assert!(check_same_garbage(&addrs, &addrs.iter().copied().collect()));
    let old = set_parallel_threshold(0);
    assert_eq!(collect(), 50_000);
    set_parallel_threshold(old);
    assert_eq!(live_objects(), base);
}
