//! A multithreaded tour of `weft-sync`, the main job's example until `weft`
//! runs Python (issue 4).
//!
//! Four threads register in a `World` and attach. Each appends to one shared
//! "list" (a `Vec` guarded by its `ObjectLock` through a critical section),
//! moves items between two lists with two-object sections named in opposite
//! orders, and sends "decrefs" of objects it does not own to their owner's
//! merge queue. Meanwhile the main thread stops the world again and again
//! and checks, while everything is still, that no item was lost or
//! duplicated. It prints the totals and exits non-zero on any mismatch.

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use weft_sync::atomic::AtomicPtr;
use weft_sync::{CriticalSection, MergeQueue, ObjectLock, QueueNode, World};

const THREADS: usize = 4;
const APPENDS_PER_THREAD: usize = 200_000;

/// A container the way the runtime builds them: data guarded by a 1-byte lock.
struct SharedList {
    lock: ObjectLock,
    items: UnsafeCell<Vec<usize>>,
}
// SAFETY: `items` is only touched inside a critical section on `lock`.
unsafe impl Sync for SharedList {}

impl SharedList {
    fn new() -> Self {
        SharedList {
            lock: ObjectLock::new(),
            items: UnsafeCell::new(Vec::new()),
        }
    }
    fn append(&self, x: usize) {
        let _cs = CriticalSection::new(&self.lock);
        // SAFETY: inside a critical section on this list's lock.
        unsafe { (*self.items.get()).push(x) };
    }
    /// Move the last item of `from` to `to`, atomically with respect to both.
    fn move_one(from: &SharedList, to: &SharedList) {
        let _cs = CriticalSection::new2(&from.lock, &to.lock);
        // SAFETY: inside a critical section on both lists' locks; the two
        // lists are distinct objects.
        unsafe {
            if let Some(x) = (*from.items.get()).pop() {
                (*to.items.get()).push(x);
            }
        }
    }
    /// Only while the world is stopped (or all threads are joined).
    fn len_unlocked(&self) -> usize {
        // SAFETY: callers guarantee no thread is inside a section on it.
        unsafe { (*self.items.get()).len() }
    }
}

/// An "object" with an intrusive merge-queue link, as the object header has.
struct Obj {
    link: AtomicPtr<Obj>,
}
// SAFETY: `queue_link` always returns `link`, used only by the queue.
unsafe impl QueueNode for Obj {
    fn queue_link(&self) -> &AtomicPtr<Obj> {
        &self.link
    }
}

fn main() {
    let world = World::new();
    let main_list = Arc::new(SharedList::new());
    let side_list = Arc::new(SharedList::new());
    let queues: Arc<Vec<MergeQueue<Obj>>> =
        Arc::new((0..THREADS).map(|_| MergeQueue::new()).collect());
    let merged = Arc::new(AtomicUsize::new(0));
    let done = Arc::new(AtomicBool::new(false));

    let workers: Vec<_> = (0..THREADS)
        .map(|t| {
            let (world, main_list, side_list, queues, merged) = (
                world.clone(),
                main_list.clone(),
                side_list.clone(),
                queues.clone(),
                merged.clone(),
            );
            std::thread::spawn(move || {
                let slot = world.register();
                slot.attach();
                for i in 0..APPENDS_PER_THREAD {
                    main_list.append(t * APPENDS_PER_THREAD + i);
                    if i % 3 == 0 {
                        // Opposite orders on alternate threads: address order
                        // inside the section keeps this deadlock-free.
                        if t % 2 == 0 {
                            SharedList::move_one(&main_list, &side_list);
                        } else {
                            SharedList::move_one(&side_list, &main_list);
                        }
                    }
                    if i % 100 == 0 {
                        // Hand an object to the next thread's merge queue.
                        let obj = Box::into_raw(Box::new(Obj {
                            link: AtomicPtr::new(std::ptr::null_mut()),
                        }));
                        // SAFETY: fresh object in no queue; its owner frees it.
                        unsafe { queues[(t + 1) % THREADS].push(obj) };
                    }
                    if i % 64 == 0 {
                        // Safepoint: honour stop requests, merge our queue.
                        slot.safepoint();
                        for obj in queues[t].drain() {
                            // SAFETY: drained exactly once; pushed from `Box`.
                            drop(unsafe { Box::from_raw(obj as *mut Obj) });
                            merged.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                }
                slot.detach();
            })
        })
        .collect();

    let checker = {
        let (world, main_list, side_list, done) = (
            world.clone(),
            main_list.clone(),
            side_list.clone(),
            done.clone(),
        );
        std::thread::spawn(move || {
            let mut stops = 0;
            let mut last = 0;
            while !done.load(Ordering::Relaxed) {
                let _stopped = world.stop_the_world(None);
                let total = main_list.len_unlocked() + side_list.len_unlocked();
                assert!(total >= last, "items vanished: {total} < {last}");
                last = total;
                stops += 1;
                drop(_stopped);
                // A pause every ~200 us, like a busy collector.
                std::thread::sleep(std::time::Duration::from_micros(200));
            }
            stops
        })
    };

    for w in workers {
        w.join().expect("worker panicked");
    }
    done.store(true, Ordering::Relaxed);
    let stops = checker.join().expect("checker panicked");
    for q in queues.iter() {
        for obj in q.drain() {
            // SAFETY: drained exactly once; pushed from `Box`.
            drop(unsafe { Box::from_raw(obj as *mut Obj) });
            merged.fetch_add(1, Ordering::Relaxed);
        }
    }

    let mut all: Vec<usize> = Vec::new();
    // SAFETY: every thread has been joined.
    unsafe {
        all.extend_from_slice(&*main_list.items.get());
        all.extend_from_slice(&*side_list.items.get());
    }
    all.sort_unstable();
    let expected = THREADS * APPENDS_PER_THREAD;
    let intact = all.len() == expected && all.iter().enumerate().all(|(i, &x)| i == x);
    let expected_merges = THREADS * APPENDS_PER_THREAD.div_ceil(100);
    println!(
        "threads: {THREADS}, appends: {expected}, items found: {} (each once: {intact})",
        all.len()
    );
    println!(
        "merge-queue hand-offs: {} of {expected_merges}",
        merged.load(Ordering::Relaxed)
    );
    println!("stop-the-world pauses taken while threads ran: {stops}");
    if !intact || merged.load(Ordering::Relaxed) != expected_merges {
        eprintln!("error: lost or duplicated data");
        std::process::exit(1);
    }
}
