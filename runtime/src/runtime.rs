//! The process-wide `Runtime` and the per-(sub)interpreter `Interpreter`.
//!
//! One runtime per process: the thread-id counter, the registry of merge
//! queues, the stop-the-world `World` and the reclamation domain. Several
//! interpreters live side by side in it, each with its own id (modules and
//! heap types join them with the object model, issues 3 and 4); objects of
//! one interpreter never become reachable from another.

use crate::object::header::ObjHeader;
use crate::value::Value;
use std::sync::Arc;
use weft_sync::primitive::Mutex;
use weft_sync::{MergeQueue, Reclaimer, World};

/// Process-wide state.
pub struct Runtime {
    pub(crate) world: Arc<World>,
    pub(crate) reclaimer: Reclaimer,
    pub(crate) merge_queues: MergeQueueRegistry,
    next_tid: std::sync::atomic::AtomicUsize,
    next_interpreter_id: std::sync::atomic::AtomicUsize,
}

#[cfg(not(loom))]
pub fn runtime() -> &'static Runtime {
    static RUNTIME: std::sync::OnceLock<Runtime> = std::sync::OnceLock::new();
    RUNTIME.get_or_init(Runtime::new)
}

#[cfg(loom)]
pub fn runtime() -> &'static Runtime {
    loom::lazy_static! {
        static ref RUNTIME: Runtime = Runtime::new();
    }
    &RUNTIME
}

impl Runtime {
    fn new() -> Runtime {
        Runtime {
            world: World::new(),
            reclaimer: Reclaimer::new(),
            merge_queues: MergeQueueRegistry::new(),
            next_tid: std::sync::atomic::AtomicUsize::new(1),
            next_interpreter_id: std::sync::atomic::AtomicUsize::new(0),
        }
    }

    pub(crate) fn next_thread_id(&self) -> usize {
        self.next_tid
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    }

    /// The stop-the-world coordinator.
    pub fn world(&self) -> &Arc<World> {
        &self.world
    }
}

/// One Python interpreter: the main one, or a subinterpreter. Each has its
/// own `sys.modules` table; objects of one are never reachable from another
/// (the interpreter and its executor enforce that what crosses is copied or
/// immutable and shareable).
#[derive(Debug)]
pub struct Interpreter {
    id: usize,
    /// `sys.modules`: a dict of module name to module.
    modules: Value,
}

impl Interpreter {
    /// A new interpreter; the first one created is the main interpreter (id 0).
    pub fn new() -> Arc<Interpreter> {
        let id = runtime()
            .next_interpreter_id
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Arc::new(Interpreter {
            id,
            modules: crate::types::Dict::new(),
        })
    }

    pub fn id(&self) -> usize {
        self.id
    }

    /// This interpreter's `sys.modules` dict.
    pub fn modules(&self) -> &Value {
        &self.modules
    }
}

/// Thread id -> merge queue, for non-owner decrefs that must queue an
/// object. Sharded so that unrelated threads rarely meet on one lock; the
/// push happens under the shard lock so that an exiting owner, which
/// unregisters under it, never misses a pushed object.
pub(crate) struct MergeQueueRegistry {
    shards: Vec<Shard>,
}

/// The registered (thread id, queue) pairs whose ids fall in one shard.
type Shard = Mutex<Vec<(usize, Arc<MergeQueue<ObjHeader>>)>>;

const SHARDS: usize = 16;

impl MergeQueueRegistry {
    fn new() -> Self {
        MergeQueueRegistry {
            shards: (0..SHARDS).map(|_| Mutex::new(Vec::new())).collect(),
        }
    }

    fn shard(&self, tid: usize) -> &Shard {
        &self.shards[tid % SHARDS]
    }

    pub(crate) fn register(&self, tid: usize, queue: Arc<MergeQueue<ObjHeader>>) {
        self.shard(tid).lock().unwrap().push((tid, queue));
    }

    pub(crate) fn unregister(&self, tid: usize) {
        self.shard(tid).lock().unwrap().retain(|(t, _)| *t != tid);
    }

    /// Push `obj` to `tid`'s queue; false if that thread has exited.
    pub(crate) fn push(&self, tid: usize, obj: *const ObjHeader) -> bool {
        let shard = self.shard(tid).lock().unwrap();
        match shard.iter().find(|(t, _)| *t == tid) {
            Some((_, queue)) => {
                // SAFETY: `obj` is QUEUED (so in no queue yet, and pushed by
                // exactly one thread) and kept alive by the queue's reference.
                unsafe { queue.push(obj) };
                true
            }
            None => false,
        }
    }
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;
    use crate::types::{str::str_value, Dict};
    use crate::ThreadState;

    #[test]
    fn interpreters_have_separate_module_tables() {
        let (a, b) = (Interpreter::new(), Interpreter::new());
        assert_ne!(a.id(), b.id());
        let _ts = ThreadState::new(&a);
        let name = str_value("mymodule");
        Dict::cast(a.modules())
            .unwrap()
            .set(name.clone(), Value::small_int(1).unwrap())
            .unwrap();
        assert!(Dict::cast(a.modules())
            .unwrap()
            .contains(&str_value("mymodule"))
            .unwrap());
        assert!(!Dict::cast(b.modules()).unwrap().contains(&name).unwrap());
    }
}
