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

pub static TRACKED_TYPE: TypeInfo = TypeInfo { ..TypeInfo::new("Tracked", drop_and_free::<Tracked>) };

pub fn tracked(id: usize, drops: &Arc<AtomicUsize>) -> Value {
    let obj = alloc::alloc(&TRACKED_TYPE, Tracked { id, drops: drops.clone() });
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
    assert_eq!(weft_runtime::object::alloc::live_objects(), expected, "leaked or double-freed objects");
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
        LeakCheck { interp, drops: Arc::new(AtomicUsize::new(0)), live, _serial: serial }
    }

    /// Objects of `tracked` dropped so far.
    pub fn dropped(&self) -> usize {
        self.drops.load(Ordering::SeqCst)
    }

    /// Assert that nothing allocated since `start` is still alive.
    pub fn finish(self) {
        assert_live_objects(self.live);
    }
}

/// Drop the last reference to a deferred object and free it the way the
/// cycle collector does (counting alone never frees a deferred object; the
/// `gc` crate, which does, depends on this one).
pub fn free_like_the_collector(v: weft_runtime::Value) {
    use weft_runtime::object::{deferred, refcount};
    let ptr = v.as_object().expect("an object");
    drop(v);
    let _stopped = weft_runtime::thread::stop_the_world();
    // SAFETY: deferred objects are freed only by the collector, so it is
    // still alive; the world is stopped and our cache flushed.
    unsafe {
        assert_eq!(refcount::total_count(ptr.as_ptr()), 0, "no reference left");
        deferred::undefer_garbage(ptr.as_ptr());
    }
    drop(_stopped);
    // SAFETY: alive, with count 0; this reference is the collector's.
    drop(unsafe { weft_runtime::Value::from_borrowed(ptr) });
}
