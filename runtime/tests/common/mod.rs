//! Helpers shared by the runtime's integration tests.
#![allow(dead_code)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use weft_runtime::object::alloc::{self, drop_and_free};
use weft_runtime::{Interpreter, ThreadState, TypeInfo, Value};

/// The live-object counter is process-wide: tests that read it run one at a
/// time.
pub fn serial() -> MutexGuard<'static, ()> {
    static SERIAL: Mutex<()> = Mutex::new(());
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

/// A test object that counts its drops.
pub struct Tracked {
    pub id: usize,
    pub drops: Arc<AtomicUsize>,
}

impl Drop for Tracked {
    fn drop(&mut self) {
        self.drops.fetch_add(1, Ordering::SeqCst);
    }
}

pub static TRACKED_TYPE: TypeInfo = TypeInfo {
    ..TypeInfo::new("Tracked", drop_and_free::<Tracked>)
};

pub fn tracked(id: usize, drops: &Arc<AtomicUsize>) -> Value {
    let obj = alloc::alloc(
        &TRACKED_TYPE,
        Tracked {
            id,
            drops: drops.clone(),
        },
    );
    // SAFETY: a fresh object's one reference moves into the Value.
    unsafe { Value::from_owned(obj) }
}

pub fn tracked_id(v: &Value) -> usize {
    let obj = v.as_object().expect("an object");
    assert_eq!(v.type_name(), "Tracked");
    // SAFETY: `v` keeps it alive, and the type check says it was
    // allocated as `Obj<Tracked>`.
    unsafe { alloc::payload::<Tracked>(obj) }.id
}

/// Run `f` on a new thread with its own thread state; the state is dropped
/// (merging its queue) before the thread ends.
pub fn spawn_python_thread<T: Send + 'static>(
    interp: &Arc<Interpreter>,
    f: impl FnOnce(&ThreadState) -> T + Send + 'static,
) -> std::thread::JoinHandle<T> {
    let interp = interp.clone();
    std::thread::spawn(move || {
        let ts = ThreadState::new(&interp);
        let r = f(&ts);
        drop(ts);
        weft_runtime::object::alloc::flush_free_batch();
        r
    })
}

/// Wait until every deferred free has run and check the live count.
pub fn assert_live_objects(expected: isize) {
    weft_runtime::object::alloc::flush_free_batch();
    assert_eq!(
        weft_runtime::object::alloc::live_objects(),
        expected,
        "leaked or double-freed objects"
    );
}

/// The frame of a leak-checked test: serialized with the other tests that
/// read the live-object counter, an interpreter, a drop counter for
/// `tracked` objects, and, when it ends, the check that every object the
/// test allocated was freed.
pub struct LeakCheck {
    pub interp: Arc<Interpreter>,
    pub drops: Arc<AtomicUsize>,
    live: isize,
    _serial: MutexGuard<'static, ()>,
}

impl LeakCheck {
    pub fn start() -> LeakCheck {
        let serial = serial();
        let interp = Interpreter::new();
        let live = weft_runtime::object::alloc::live_objects();
        LeakCheck {
            interp,
            drops: Arc::new(AtomicUsize::new(0)),
            live,
            _serial: serial,
        }
    }

    /// Objects of `tracked` dropped so far.
    pub fn dropped(&self) -> usize {
        self.drops.load(Ordering::SeqCst)
    }

    /// Assert that nothing allocated since `start` is still alive.
    pub fn finish(self) {
        free_deferred_garbage();
        assert_live_objects(self.live);
    }
}

/// Free the deferred objects nothing refers to any more, as the cycle
/// collector does for acyclic garbage (counting alone never frees a
/// deferred object, and the `gc` crate, which collects, depends on this
/// one). Deferred objects are buffered as candidates by every decrement.
pub fn free_deferred_garbage() {
    use std::ptr::NonNull;
    use weft_runtime::object::header::{GC_BUFFERED, GC_ZOMBIE};
    use weft_runtime::object::{candidates, deferred, refcount};
    // Freeing one may leave others it held unreferenced: repeat.
    for _ in 0..16 {
        let mut dead = Vec::new();
        {
            let _stopped = weft_runtime::thread::stop_the_world();
            for obj in candidates::take_all() {
                let p = obj as *mut weft_runtime::ObjHeader;
                // SAFETY: a buffered object's memory stays until it leaves
                // its buffer, which is now; the world is stopped and every
                // delta cache flushed.
                unsafe {
                    let bits = (*p).gc_bits().fetch_and(!GC_BUFFERED, Ordering::AcqRel);
                    if bits & GC_ZOMBIE != 0 {
                        ((*p).type_info().dealloc)(p);
                    } else if deferred::is_deferred(p)
                        && !refcount::is_queued(p)
                        && refcount::total_count(p) == 0
                    {
                        deferred::undefer_garbage(p);
                        dead.push(p);
                    }
                }
            }
        }
        if dead.is_empty() {
            return;
        }
        for p in dead {
            // SAFETY: alive with count 0 and now ordinary: this reference is
            // the last, and dropping it frees the object.
            drop(unsafe { Value::from_borrowed(NonNull::new_unchecked(p)) });
        }
    }
}
