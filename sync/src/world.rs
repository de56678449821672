//! Stop-the-world: pause every thread that runs Python code, for work that
//! needs a still heap (the cycle collector's trial deletion, `gc.freeze`).
//!
//! Each thread state registers a [`ThreadSlot`]. A slot is *attached* while
//! its thread runs Python code and *detached* while it blocks. A requester:
//!
//! 1. waits until no other stop is in progress (requests are serialized), and
//!    detaches itself meanwhile, so a second requester can stop it;
//! 2. marks the world as stopping and, for each other slot, either turns a
//!    detached slot straight into *suspended* (it cannot attach until the
//!    world starts) or counts an attached one and raises its eval-breaker bit;
//! 3. sleeps until every counted thread has reached a safepoint (where it
//!    suspends itself and sleeps) or detached (which suspends it on the way).
//!
//! Starting the world turns every suspended slot back into detached and wakes
//! the sleepers. Nobody spins: waits are on one condition variable.
//!
//! Slot states, and who moves them:
//!
//! A slot's status word, and who moves it:
//!
//! | from              | to                 | by                                              |
//! |-------------------|--------------------|-------------------------------------------------|
//! | DETACHED          | ATTACHED           | the owner (`attach`), CAS, lock-free            |
//! | ATTACHED(+COUNTED)| DETACHED           | the owner (`detach`), swap, lock-free           |
//! | DETACHED          | SUSPENDED          | a requester, CAS under the world lock; or the owner, under the lock, after a detach that found COUNTED |
//! | ATTACHED          | ATTACHED + COUNTED | a requester, CAS under the world lock: it now waits for this thread |
//! | ATTACHED + COUNTED| SUSPENDED          | the owner at a safepoint, under the world lock   |
//! | SUSPENDED         | DETACHED           | the requester starting the world                |
//!
//! The race between a detaching owner and a counting requester is settled by
//! the modification order of that one word: the owner's swap returns COUNTED
//! exactly when the requester's CAS came first, and then the owner reports
//! itself stopped; otherwise the requester saw DETACHED and suspended the slot
//! itself. (An earlier design used a separate `stop_requested` flag and a
//! SeqCst store/load pair, Dekker-style; loom does not model that pattern
//! and reported a deadlock, and one word needs no SeqCst at all.)

use crate::critical_section;
use crate::flaws::{self, Flaw};
use crate::primitive::{AtomicU8, AtomicUsize, Condvar, Mutex, MutexGuard, Ordering};
use std::sync::Arc;

const ATTACHED: u8 = 0;
const DETACHED: u8 = 1;
const SUSPENDED: u8 = 2;
/// Flag on ATTACHED: the current requester counted this thread and waits for
/// it to reach a safepoint or detach.
const COUNTED: u8 = 4;

/// Eval-breaker bit: a stop-the-world request waits for this thread. The
/// runtime may use the other bits for its own safepoint work.
pub const BREAKER_STOP: usize = 1;

/// The set of thread slots of one runtime, and its stop-the-world state.
#[derive(Debug)]
pub struct World {
    coord: Mutex<Coordination>,
    /// Signalled on every change the sleepers wait for.
    changed: Condvar,
}

#[derive(Debug, Default)]
struct Coordination {
    slots: Vec<Arc<SlotState>>,
    /// A stop is requested or in force; other requesters wait.
    stopping: bool,
    /// Attached threads the current requester still waits for.
    countdown: usize,
}

#[derive(Debug)]
struct SlotState {
    /// ATTACHED, DETACHED or SUSPENDED, and the COUNTED flag.
    status: AtomicU8,
    /// Safepoint flags; `BREAKER_STOP` and the runtime's own bits.
    breaker: AtomicUsize,
}

/// One thread's registration in a [`World`]. Created detached.
#[derive(Debug)]
pub struct ThreadSlot {
    world: Arc<World>,
    state: Arc<SlotState>,
}

/// Proof that the world is stopped; dropping it starts the world again.
#[must_use = "the world starts again as soon as this is dropped"]
pub struct StoppedWorld<'a> {
    world: &'a World,
}

impl World {
    /// A world with no threads.
    pub fn new() -> Arc<World> {
        Arc::new(World {
            coord: Mutex::new(Coordination::default()),
            changed: Condvar::new(),
        })
    }

    fn lock(&self) -> MutexGuard<'_, Coordination> {
        self.coord
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn wait<'a>(&self, guard: MutexGuard<'a, Coordination>) -> MutexGuard<'a, Coordination> {
        self.changed
            .wait(guard)
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Register a new thread. Its slot starts detached (suspended if the
    /// world is stopped, so it cannot attach before the world starts).
    pub fn register(self: &Arc<Self>) -> ThreadSlot {
        let mut coord = self.lock();
        let status = if coord.stopping { SUSPENDED } else { DETACHED };
        let state = Arc::new(SlotState {
            status: AtomicU8::new(status),
            breaker: AtomicUsize::new(0),
        });
        coord.slots.push(state.clone());
        ThreadSlot {
            world: self.clone(),
            state,
        }
    }

    /// Number of registered threads.
    pub fn thread_count(&self) -> usize {
        self.lock().slots.len()
    }

    /// Stop every thread but the requester. Returns once each other thread is
    /// parked at a safepoint or detached; none can attach until the returned
    /// guard is dropped.
    ///
    /// `requester` is the calling thread's own slot, if it has one (it is
    /// detached while it waits for another stop to finish, and is attached
    /// when this returns).
    pub fn stop_the_world<'a>(&'a self, requester: Option<&ThreadSlot>) -> StoppedWorld<'a> {
        if let Some(slot) = requester {
            debug_assert!(
                std::ptr::eq(&*slot.world, self),
                "requester belongs to another world"
            );
            if slot.is_attached() {
                slot.detach();
            }
        }
        let mut coord = self.lock();
        while coord.stopping {
            coord = self.wait(coord);
        }
        coord.stopping = true;
        if let Some(slot) = requester {
            // Nobody else may touch our slot now: we own the stop.
            slot.state.status.store(ATTACHED, Ordering::Relaxed);
        }
        let me = requester.map(|slot| Arc::as_ptr(&slot.state));
        let mut countdown = 0;
        for slot in coord.slots.iter().filter(|s| Some(Arc::as_ptr(s)) != me) {
            let mut status = slot.status.load(Ordering::Relaxed);
            loop {
                let (new, counts) = match status {
                    DETACHED => (SUSPENDED, false),
                    ATTACHED if flaws::active(Flaw::WorldSkipsAttachedThreads) => break,
                    ATTACHED => (ATTACHED | COUNTED, true),
                    _ => unreachable!("slot status {status} while no stop is in force"),
                };
                match slot
                    .status
                    .compare_exchange(status, new, Ordering::AcqRel, Ordering::Relaxed)
                {
                    Ok(_) => {
                        if counts {
                            slot.breaker.fetch_or(BREAKER_STOP, Ordering::Relaxed);
                            countdown += 1;
                        }
                        break;
                    }
                    Err(now) => status = now,
                }
            }
        }
        coord.countdown = countdown;
        while coord.countdown > 0 {
            coord = self.wait(coord);
        }
        drop(coord);
        if requester.is_some() {
            critical_section::resume_top();
        }
        StoppedWorld { world: self }
    }

    fn start_the_world(&self) {
        let mut coord = self.lock();
        debug_assert!(coord.stopping && coord.countdown == 0);
        for slot in &coord.slots {
            slot.breaker.fetch_and(!BREAKER_STOP, Ordering::Relaxed);
            if slot.status.load(Ordering::Relaxed) == SUSPENDED {
                slot.status.store(DETACHED, Ordering::Release);
            }
        }
        coord.stopping = false;
        drop(coord);
        self.changed.notify_all();
    }

    /// Under the world lock: a counted thread has stopped (at a safepoint or
    /// by detaching); the requester may be waiting for the last one.
    fn count_stopped(&self, coord: &mut Coordination) {
        coord.countdown -= 1;
        if coord.countdown == 0 {
            self.changed.notify_all();
        }
    }
}

impl Drop for StoppedWorld<'_> {
    fn drop(&mut self) {
        self.world.start_the_world();
    }
}

impl ThreadSlot {
    /// Start running Python code. Waits (asleep) while the world is stopped.
    #[inline]
    pub fn attach(&self) {
        if self
            .state
            .status
            .compare_exchange(DETACHED, ATTACHED, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            self.attach_slow();
        }
        critical_section::resume_top();
    }

    #[cold]
    fn attach_slow(&self) {
        let mut coord = self.world.lock();
        loop {
            match self.state.status.compare_exchange(
                DETACHED,
                ATTACHED,
                Ordering::Acquire,
                Ordering::Relaxed,
            ) {
                Ok(_) => return,
                Err(status) if status & !COUNTED == ATTACHED => {
                    panic!("attach on a thread slot that is already attached")
                }
                Err(_) => coord = self.world.wait(coord),
            }
        }
    }

    /// Stop running Python code, to block. Releases the thread's critical
    /// sections; never waits for a stop-the-world.
    #[inline]
    pub fn detach(&self) {
        critical_section::suspend_all();
        let was = self.state.status.swap(DETACHED, Ordering::AcqRel);
        debug_assert_eq!(
            was & !COUNTED,
            ATTACHED,
            "detach on a thread slot that is not attached"
        );
        if was & COUNTED != 0 {
            self.detach_counted();
        }
    }

    /// A requester counted us while attached and waits for us: report
    /// ourselves stopped, suspended so that we cannot attach until it starts
    /// the world.
    #[cold]
    fn detach_counted(&self) {
        let mut coord = self.world.lock();
        self.state.status.store(SUSPENDED, Ordering::Relaxed);
        self.world.count_stopped(&mut coord);
    }

    /// Whether the thread is attached.
    pub fn is_attached(&self) -> bool {
        self.state.status.load(Ordering::Relaxed) & !COUNTED == ATTACHED
    }

    /// This thread's eval-breaker word; the evaluation loop polls it.
    pub fn eval_breaker(&self) -> &AtomicUsize {
        &self.state.breaker
    }

    /// The safepoint: if a stop-the-world waits for this thread, park until
    /// the world starts again. Returns the breaker bits other than
    /// `BREAKER_STOP`, for the runtime's own safepoint work. Costs one relaxed
    /// load when nothing is pending.
    #[inline]
    pub fn safepoint(&self) -> usize {
        self.safepoint_with(|| {})
    }

    /// `safepoint`, running `before_park` first if the thread is about to
    /// park for a stop (the runtime publishes per-thread state there that a
    /// stopped world must see).
    #[inline]
    pub fn safepoint_with(&self, before_park: impl FnOnce()) -> usize {
        let bits = self.state.breaker.load(Ordering::Relaxed);
        if bits & BREAKER_STOP != 0 {
            before_park();
            self.park_for_stop();
        }
        bits & !BREAKER_STOP
    }

    /// Raise one of the runtime's own eval-breaker bits on this thread
    /// (`safepoint` returns it until `clear_breaker`).
    pub fn raise_breaker(&self, bit: usize) {
        self.state.breaker.fetch_or(bit, Ordering::Relaxed);
    }

    /// Clear one of the runtime's own eval-breaker bits.
    pub fn clear_breaker(&self, bit: usize) {
        self.state.breaker.fetch_and(!bit, Ordering::Relaxed);
    }

    #[cold]
    fn park_for_stop(&self) {
        self.state
            .breaker
            .fetch_and(!BREAKER_STOP, Ordering::Relaxed);
        critical_section::suspend_all();
        {
            let mut coord = self.world.lock();
            if self.state.status.load(Ordering::Relaxed) & COUNTED != 0 {
                self.state.status.store(SUSPENDED, Ordering::Relaxed);
                self.world.count_stopped(&mut coord);
            }
            while self.state.status.load(Ordering::Acquire) == SUSPENDED {
                coord = self.world.wait(coord);
            }
            // Under the world lock no requester is enumerating, so the
            // owner may take its slot back directly.
            self.state.status.store(ATTACHED, Ordering::Relaxed);
        }
        critical_section::resume_top();
    }
}

impl Drop for ThreadSlot {
    fn drop(&mut self) {
        if self.is_attached() {
            self.detach();
        }
        let mut coord = self.world.lock();
        coord.slots.retain(|s| !Arc::ptr_eq(s, &self.state));
    }
}

#[cfg(all(test, not(loom)))]
mod tests;
