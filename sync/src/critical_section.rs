//! Critical sections: hold one or two object locks for the length of a
//! container operation, without risking deadlock when Python code is
//! re-entered (an `__eq__` called from `list.index` that touches the list).
//!
//! As in CPython's free-threaded build (`pycore_critical_section.h`), each
//! thread keeps a stack of its active sections. When the thread is about to
//! block (it parks on a lock, or detaches for a sleep or I/O) it *suspends*
//! every section: their locks are released and the sections marked inactive.
//! When the thread wakes, only the top section is taken back at once; an
//! outer section is taken back when the sections above it end. So a thread
//! that waits for a lock holds nothing but, inside a two-lock section, the
//! lower-addressed lock of that pair: waits only ever point to higher
//! addresses, and no cycle of waits (deadlock) can form.
//!
//! A section's guarantee is therefore "exclusive between blocking points":
//! code that may block or re-enter Python must re-check what it read.

use crate::flaws::{self, Flaw};
use crate::object_lock::ObjectLock;
use std::cell::RefCell;
use std::marker::PhantomData;
use std::ptr;

/// One entry of a thread's section stack.
struct Section {
    /// The locks this section holds while active; null for none. While the
    /// section is being entered or resumed both are null, so a park in the
    /// middle of that neither releases nor re-takes them (CPython does the
    /// same).
    locks: [*const ObjectLock; 2],
    /// False while suspended: the locks are then released.
    active: bool,
}

#[cfg(not(loom))]
std::thread_local! {
    // `const` init: no lazy-initialization check on each access.
    static SECTIONS: RefCell<Vec<Section>> = const { RefCell::new(Vec::new()) };
}
#[cfg(loom)]
loom::thread_local! {
    static SECTIONS: RefCell<Vec<Section>> = RefCell::new(Vec::new());
}

/// Proof that the current thread is inside a critical section on one or two
/// objects. Ending it (dropping the guard) releases the locks and takes back
/// the section below, if it was suspended.
///
/// Guards must end in reverse order of creation, which scoping gives; they
/// cannot move to another thread.
#[must_use = "the section ends as soon as the guard is dropped"]
pub struct CriticalSection<'a> {
    /// Position in the thread's stack, checked when the section ends.
    depth: usize,
    _locks: PhantomData<&'a ObjectLock>,
    _not_send: PhantomData<*const ()>,
}

impl<'a> CriticalSection<'a> {
    /// Enter a section on one object's lock.
    #[inline]
    pub fn new(lock: &'a ObjectLock) -> Self {
        // Fast path: a free lock is taken and the section pushed whole, with
        // one thread-local access.
        let depth = if lock.try_lock() {
            push(Section {
                locks: [lock, ptr::null()],
                active: true,
            })
        } else {
            let depth = push(Section::ENTERING);
            lock.lock();
            set_locks(depth, [lock, ptr::null()]);
            depth
        };
        CriticalSection {
            depth,
            _locks: PhantomData,
            _not_send: PhantomData,
        }
    }

    /// Enter a section on two objects' locks, taken in address order so that
    /// two threads locking the same pair cannot deadlock. The same lock
    /// passed twice is taken once.
    #[inline]
    pub fn new2(a: &'a ObjectLock, b: &'a ObjectLock) -> Self {
        if ptr::eq(a, b) {
            return Self::new(a);
        }
        let (first, second) = if (a as *const ObjectLock) < (b as *const ObjectLock)
            || flaws::active(Flaw::SectionsIgnoreAddressOrder)
        {
            (a, b)
        } else {
            (b, a)
        };
        // The entry records no lock until both are held, so a park on
        // `second` keeps `first`: waits then point only to higher addresses.
        let depth = if first.try_lock() {
            if second.try_lock() {
                push(Section {
                    locks: [first, second],
                    active: true,
                })
            } else {
                let depth = push(Section::ENTERING);
                second.lock();
                set_locks(depth, [first, second]);
                depth
            }
        } else {
            let depth = push(Section::ENTERING);
            first.lock();
            second.lock();
            set_locks(depth, [first, second]);
            depth
        };
        CriticalSection {
            depth,
            _locks: PhantomData,
            _not_send: PhantomData,
        }
    }
}

impl Drop for CriticalSection<'_> {
    #[inline]
    fn drop(&mut self) {
        // One thread-local access; unlocking inside it is fine because an
        // unlock never re-enters this module (it may wake another thread).
        let below_suspended = SECTIONS.with(|s| {
            let mut stack = s.borrow_mut();
            assert_eq!(
                stack.len(),
                self.depth + 1,
                "critical sections must end in reverse order"
            );
            let section = stack.pop().expect("checked above");
            if section.active {
                release(section.locks);
            }
            stack.last().is_some_and(|below| !below.active)
        });
        if below_suspended {
            resume_top();
        }
    }
}

impl Section {
    /// The entry of a section still taking its locks: it records them only
    /// once they are all held.
    const ENTERING: Section = Section {
        locks: [ptr::null(); 2],
        active: true,
    };
}

/// Push an entry; returns its depth.
#[inline]
fn push(section: Section) -> usize {
    SECTIONS.with(|s| {
        let mut stack = s.borrow_mut();
        stack.push(section);
        stack.len() - 1
    })
}

fn set_locks(depth: usize, locks: [*const ObjectLock; 2]) {
    SECTIONS.with(|s| s.borrow_mut()[depth].locks = locks);
}

#[inline]
fn release(locks: [*const ObjectLock; 2]) {
    for lock in locks.into_iter().rev() {
        if !lock.is_null() {
            // SAFETY: a non-null lock in an active section's entry is held by
            // this thread (it was recorded only after being locked), and is
            // alive because the section's guard borrows it.
            unsafe { (*lock).unlock() };
        }
    }
}

/// Release the locks of every active section of this thread. Called when the
/// thread is about to block: parking on a lock, or detaching.
pub fn suspend_all() {
    if flaws::active(Flaw::SectionsNotSuspendedWhenBlocking) {
        return;
    }
    let mut held = Vec::new();
    SECTIONS.with(|s| {
        for section in s.borrow_mut().iter_mut().filter(|sec| sec.active) {
            section.active = false;
            held.push(section.locks);
        }
    });
    // Unlock outside the borrow: an unlock may wake another thread, never
    // this one, but keep the thread-local free anyway.
    for locks in held.into_iter().rev() {
        release(locks);
    }
}

/// Take back the top section if it is suspended. Called when the thread wakes
/// from blocking and when a section ends.
pub fn resume_top() {
    let locks = SECTIONS.with(|s| {
        let mut stack = s.borrow_mut();
        match stack.last_mut() {
            Some(top) if !top.active => {
                top.active = true;
                Some(std::mem::replace(&mut top.locks, [ptr::null(); 2]))
            }
            _ => None,
        }
    });
    let Some(locks) = locks else { return };
    for &lock in &locks {
        if !lock.is_null() {
            // SAFETY: the lock was recorded by a section that is still on the
            // stack, so its guard still borrows it and it is alive.
            unsafe { (*lock).lock() };
        }
    }
    SECTIONS.with(|s| {
        let mut stack = s.borrow_mut();
        let top = stack
            .last_mut()
            .expect("the section being resumed is still on the stack");
        top.locks = locks;
    });
}

/// Number of sections on this thread's stack (for tests and assertions).
pub fn depth() -> usize {
    SECTIONS.with(|s| s.borrow().len())
}

#[cfg(all(test, not(loom)))]
mod tests;
