//! Cycles of test nodes: freed by a collection, never while reachable;
//! several threads making garbage at once; zombies released.

use super::*;
use std::sync::{Arc, Mutex, MutexGuard};
use weft_runtime::object::alloc::{self, drop_and_free, live_objects};
use weft_runtime::{Interpreter, ThreadState, TypeInfo};

/// A container node: holds references to other nodes.
struct Node {
    children: Mutex<Vec<Value>>,
}

static NODE_TYPE: TypeInfo = TypeInfo {
    traverse: Some(traverse_node),
    clear: Some(clear_node),
    ..TypeInfo::new("Node", drop_and_free::<Node>)
};

pub(super) fn node() -> Value {
    let obj = alloc::alloc(
        &NODE_TYPE,
        Node {
            children: Mutex::new(Vec::new()),
        },
    );
    // SAFETY: a fresh object's one reference moves into the Value.
    unsafe { Value::from_owned(obj) }
}

fn payload(v: &Value) -> &Node {
    // SAFETY: only called on values made by `node()`.
    unsafe { alloc::payload::<Node>(v.as_object().unwrap()) }
}

pub(super) fn link(from: &Value, to: &Value) {
    payload(from).children.lock().unwrap().push(to.clone());
}

/// # Safety
/// `obj` is a live `Obj<Node>`.
unsafe fn traverse_node(obj: *const ObjHeader, visit: &mut dyn FnMut(*const ObjHeader)) {
    // SAFETY: the caller's contract.
    let n = unsafe { alloc::payload::<Node>(NonNull::new_unchecked(obj as *mut ObjHeader)) };
    for c in n.children.lock().unwrap().iter() {
        if let Some(o) = c.as_object() {
            visit(o.as_ptr());
        }
    }
}

fn clear_node(v: &Value) {
    let taken = std::mem::take(&mut *payload(v).children.lock().unwrap());
    drop(taken);
}

fn serial() -> MutexGuard<'static, ()> {
    crate::test_serial()
}

#[test]
fn a_dropped_cycle_is_collected() {
    let _s = serial();
    let _ts = ThreadState::new(&Interpreter::new());
    collect();
    let base = live_objects();
    let (a, b) = (node(), node());
    link(&a, &b);
    link(&b, &a);
    drop((a, b));
    assert_eq!(
        live_objects(),
        base + 2,
        "reference counting alone cannot free a cycle"
    );
    assert_eq!(collect(), 2);
    assert_eq!(live_objects(), base);
    assert_eq!(collect(), 0);
}

#[test]
fn a_reachable_cycle_is_left_alone() {
    let _s = serial();
    let _ts = ThreadState::new(&Interpreter::new());
    collect();
    let base = live_objects();
    let (a, b, c) = (node(), node(), node());
    link(&a, &b);
    link(&b, &a);
    link(&c, &a); // c holds the cycle from outside
    drop((a, b));
    assert_eq!(collect(), 0);
    assert_eq!(live_objects(), base + 3);
    let a = payload(&c).children.lock().unwrap()[0].clone();
    assert_eq!(
        payload(&a).children.lock().unwrap().len(),
        1,
        "the live cycle is intact"
    );
    drop(a);
    drop(c); // c is acyclic: freed at once; the cycle it held is now garbage
    assert_eq!(collect(), 2);
    assert_eq!(live_objects(), base);
}

#[test]
fn self_cycles_and_what_cycles_hold_are_freed() {
    let _s = serial();
    let _ts = ThreadState::new(&Interpreter::new());
    collect();
    let base = live_objects();
    let a = node();
    link(&a, &a);
    let tail = node(); // acyclic, held only by the cycle
    link(&a, &tail);
    drop((a, tail));
    collect();
    assert_eq!(live_objects(), base);
}

#[test]
fn cycles_made_and_dropped_by_several_threads_are_all_freed() {
    let _s = serial();
    let interp = Interpreter::new();
    let ts = ThreadState::new(&interp);
    collect();
    let base = live_objects();
    // Live data every thread links into its garbage must survive.
    let keep: Arc<Vec<Value>> = Arc::new((0..10).map(|_| node()).collect());
    for _round in 0..5 {
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let (interp, keep) = (interp.clone(), keep.clone());
                std::thread::spawn(move || {
                    let ts = ThreadState::new(&interp);
                    for i in 0..500 {
                        let (a, b) = (node(), node());
                        link(&a, &b);
                        link(&b, &a);
                        link(&a, &keep[i % 10]);
                        if i % 50 == 0 {
                            ts.safepoint();
                        }
                    }
                    drop(ts);
                })
            })
            .collect();
        // Collect while they run, too.
        for _ in 0..3 {
            collect();
            ts.safepoint();
        }
        // Detached while joining: a worker's automatic collection must not
        // wait for this thread.
        ts.blocking(|| threads.into_iter().for_each(|t| t.join().unwrap()));
    }
    ts.safepoint();
    collect();
    assert_eq!(
        live_objects(),
        base + 10,
        "all garbage freed, the live nodes kept"
    );
    for k in keep.iter() {
        assert!(
            payload(k).children.lock().unwrap().is_empty(),
            "live data untouched"
        );
    }
    drop(keep);
    collect();
    assert_eq!(live_objects(), base);
    drop(ts);
}

#[test]
fn buffered_objects_that_die_are_released_at_the_next_collection() {
    let _s = serial();
    let _ts = ThreadState::new(&Interpreter::new());
    collect();
    let base = live_objects();
    let a = node();
    let extra = a.clone();
    drop(extra); // a decref that leaves `a` alive: buffered
                 // SAFETY: `a` holds a reference, so the object is alive.
    let header = unsafe { a.as_object().unwrap().as_ref() };
    assert_ne!(header.gc_bits().load(Ordering::Relaxed) & GC_BUFFERED, 0);
    // In the thread's shared buffer, where only the collector takes it out.
    weft_runtime::object::candidates::flush_local();
    drop(a); // dies while buffered: a zombie
    assert_eq!(live_objects(), base, "its payload is dropped at once");
    assert_eq!(collect(), 0);
}

#[test]
fn an_object_that_dies_while_in_the_local_candidates_leaves_them_at_once() {
    let _s = serial();
    let _ts = ThreadState::new(&Interpreter::new());
    collect();
    let a = node();
    let address = a.as_object().unwrap().as_ptr() as usize;
    drop(a.clone()); // buffered, in this thread's local candidates
    drop(a);
    weft_runtime::object::candidates::flush_local();
    let buffered = weft_runtime::object::candidates::take_all();
    assert!(
        !buffered.contains(&address),
        "no zombie is left for the collector"
    );
}

#[test]
fn safepoints_collect_automatically_past_the_threshold() {
    let _s = serial();
    let ts = ThreadState::new(&Interpreter::new());
    crate::install();
    collect();
    let base = live_objects();
    weft_runtime::object::candidates::set_threshold(100);
    // Keep making garbage cycles; memory must stay flat without an explicit collect.
    for i in 0..5_000 {
        let (a, b) = (node(), node());
        link(&a, &b);
        link(&b, &a);
        drop((a, b));
        if i % 10 == 0 {
            ts.safepoint();
        }
    }
    ts.safepoint();
    assert!(
        live_objects() - base < 400,
        "garbage piled up: {}",
        live_objects() - base
    );
    weft_runtime::object::candidates::set_threshold(0);
    collect();
    assert_eq!(live_objects(), base);
    weft_runtime::object::candidates::set_threshold(10_000);
}

#[test]
fn cycles_through_lists_dicts_sets_and_instances_are_collected() {
    use weft_runtime::attr::setattr;
    use weft_runtime::types::str::intern;
    use weft_runtime::types::{typeobj, Dict, List, Set};
    let _s = serial();
    let _ts = ThreadState::new(&Interpreter::new());
    // The immortal `object` type (and its namespace dict) is made on first use.
    let _ = typeobj::builtin_type(&typeobj::OBJECT_TYPE);
    collect();
    let base = live_objects();
    // a = []; a.append(a)
    let a = List::new(vec![]);
    List::cast(&a).unwrap().append(a.clone());
    // d = {}; d[1] = d
    let d = Dict::new();
    Dict::cast(&d)
        .unwrap()
        .set(Value::small_int(1).unwrap(), d.clone())
        .unwrap();
    // class C: pass; c = C(); c.me = c; s = {c}; c.s = s
    let class = typeobj::new_class("C", vec![], Dict::new()).unwrap();
    let c = weft_runtime::protocol::call(&class, &[]).unwrap();
    setattr(&c, &intern("me"), Some(c.clone())).unwrap();
    let s = Set::new(vec![c.clone()]).unwrap();
    setattr(&c, &intern("s"), Some(s.clone())).unwrap();
    // A list -> tuple -> list cycle: tuples cannot be cleared, the list can.
    let l = List::new(vec![]);
    let t = weft_runtime::types::tuple::tuple_new(vec![l.clone()]);
    List::cast(&l).unwrap().append(t);
    let before = live_objects();
    drop((a, d, c, s, l));
    assert!(live_objects() > base, "cycles survive reference counting");
    let found = collect();
    // a, d, c, s, l, t (c's attribute dict counts with c, as in CPython).
    assert!(found >= 6, "found only {found}");
    drop(class);
    collect();
    assert_eq!(
        live_objects(),
        base,
        "before the drop there were {} objects",
        before - base
    );
}

mod finalizers {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering as O};
    use weft_runtime::attr::setattr;
    use weft_runtime::types::function::native_method;
    use weft_runtime::types::none_bool::none;
    use weft_runtime::types::str::intern;
    use weft_runtime::types::{typeobj, Dict};
    use weft_runtime::Args;

    static DELS: AtomicUsize = AtomicUsize::new(0);
    static RESURRECTED: Mutex<Vec<Value>> = Mutex::new(Vec::new());

    // def __del__(self): DELS += 1
    fn counting_del(_: Args<'_>) -> weft_runtime::PyResult<Value> {
        DELS.fetch_add(1, O::SeqCst);
        Ok(none())
    }
    // def __del__(self): DELS += 1; RESURRECTED.append(self)
    fn resurrecting_del(a: Args<'_>) -> weft_runtime::PyResult<Value> {
        DELS.fetch_add(1, O::SeqCst);
        RESURRECTED.lock().unwrap().push(a.positional[0].clone());
        Ok(none())
    }

    fn class_with_del(del: weft_runtime::types::function::NativeFn) -> Value {
        let ns = Dict::new();
        Dict::cast(&ns)
            .unwrap()
            .set(
                intern("__del__"),
                native_method(
                    "__del__",
                    del,
                    &weft_runtime::types::instance::INSTANCE_TYPE,
                ),
            )
            .unwrap();
        typeobj::new_class("D", vec![], ns).unwrap()
    }

    #[test]
    fn del_runs_once_and_resurrection_keeps_the_object_intact() {
        let _s = serial();
        let _ts = ThreadState::new(&Interpreter::new());
        let _ = typeobj::builtin_type(&typeobj::OBJECT_TYPE);
        DELS.store(0, O::SeqCst);
        let plain = class_with_del(counting_del);
        drop(weft_runtime::protocol::call(&plain, &[]).unwrap());
        assert_eq!(
            DELS.load(O::SeqCst),
            1,
            "__del__ ran when the last reference went"
        );

        let reviver = class_with_del(resurrecting_del);
        let obj = weft_runtime::protocol::call(&reviver, &[]).unwrap();
        setattr(&obj, &intern("x"), Some(Value::small_int(7).unwrap())).unwrap();
        drop(obj);
        assert_eq!(DELS.load(O::SeqCst), 2);
        let back = RESURRECTED.lock().unwrap().pop().expect("resurrected");
        assert_eq!(
            weft_runtime::attr::getattr(&back, &intern("x"))
                .unwrap()
                .as_small_int(),
            Some(7),
            "intact"
        );
        drop(back); // freed now, and __del__ does not run again
        assert_eq!(DELS.load(O::SeqCst), 2);
    }

    #[test]
    fn cycles_with_del_are_finalized_once_then_freed() {
        let _s = serial();
        let _ts = ThreadState::new(&Interpreter::new());
        let _ = typeobj::builtin_type(&typeobj::OBJECT_TYPE);
        let class = class_with_del(counting_del);
        collect();
        let base = live_objects();
        DELS.store(0, O::SeqCst);
        for _ in 0..10 {
            let c = weft_runtime::protocol::call(&class, &[]).unwrap();
            setattr(&c, &intern("me"), Some(c.clone())).unwrap();
        }
        collect(); // finalizers run; nothing freed yet (resurrection check)
        assert_eq!(DELS.load(O::SeqCst), 10);
        collect(); // still unreachable: freed, without a second __del__
        assert_eq!(DELS.load(O::SeqCst), 10);
        assert_eq!(live_objects(), base);
    }
}

#[test]
fn weak_references_to_garbage_are_cleared_by_the_collection() {
    use weft_runtime::types::weakref::{new_weakref, referent};
    use weft_runtime::types::List;
    let _s = serial();
    let _ts = ThreadState::new(&Interpreter::new());
    collect();
    let a = List::new(vec![]);
    List::cast(&a).unwrap().append(a.clone());
    let r = new_weakref(&a, None);
    drop(a);
    assert!(
        referent(&r).is_some(),
        "a cycle keeps it alive until collected"
    );
    assert_eq!(collect(), 1);
    assert!(referent(&r).is_none(), "cleared by the collection");
}

#[test]
fn buffered_weak_references_and_instances_that_die_are_released() {
    use weft_runtime::types::weakref::new_weakref;
    use weft_runtime::types::{typeobj, Dict, List};
    let _s = serial();
    let _ts = ThreadState::new(&Interpreter::new());
    let _ = typeobj::builtin_type(&typeobj::OBJECT_TYPE);
    let class = typeobj::new_class("Z", vec![], Dict::new()).unwrap();
    collect();
    let base = live_objects();
    let target = List::new(vec![]);
    let r = new_weakref(&target, None);
    drop(r.clone()); // buffered
    drop(r); // a zombie weak reference
    let obj = weft_runtime::protocol::call(&class, &[]).unwrap();
    drop(obj.clone()); // buffered
    drop(obj); // a zombie instance
    drop(target);
    assert_eq!(live_objects(), base);
    assert_eq!(collect(), 0, "zombies are released, not counted as garbage");
}

fn is_deferred(v: &Value) -> bool {
    // SAFETY: `v` keeps the object alive.
    unsafe { deferred::is_deferred(v.as_object().unwrap().as_ptr()) }
}

/// Deferred counting (`runtime/src/object/deferred.rs`): counts that other
/// threads keep in their caches, and only a collection frees the object.
#[test]
fn deferred_objects_are_freed_by_the_next_collection_not_by_counting() {
    let _s = serial();
    let interp = Interpreter::new();
    let ts = ThreadState::new(&interp);
    collect();
    let base = live_objects();
    let d = node();
    deferred::defer_fresh(&d);
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let (interp, mine) = (interp.clone(), d.clone());
            std::thread::spawn(move || {
                let ts = ThreadState::new(&interp);
                for i in 0..3000 {
                    let copies = [mine.clone(), mine.clone()];
                    drop(copies);
                    if i % 100 == 0 {
                        ts.safepoint();
                    }
                }
                drop(mine);
                drop(ts);
            })
        })
        .collect();
    for _ in 0..3 {
        collect();
        ts.safepoint();
    }
    ts.blocking(|| threads.into_iter().for_each(|t| t.join().unwrap()));
    assert_eq!(live_objects(), base + 1);
    drop(d);
    assert_eq!(
        live_objects(),
        base + 1,
        "counting alone never frees a deferred object"
    );
    // Freed, but not counted: no cycle holds it (CPython would have freed
    // it by counting).
    assert_eq!(collect(), 0);
    assert_eq!(live_objects(), base);
    drop(ts);
}

#[test]
fn references_held_in_other_threads_caches_keep_a_deferred_object_alive() {
    let _s = serial();
    let interp = Interpreter::new();
    let ts = ThreadState::new(&interp);
    collect();
    let base = live_objects();
    let d = node();
    deferred::defer_fresh(&d);
    let (took, go) = (
        std::sync::mpsc::channel::<Value>(),
        std::sync::mpsc::channel::<()>(),
    );
    let worker = {
        let (interp, mine, took, go) = (interp.clone(), d.clone(), took.0, go.1);
        std::thread::spawn(move || {
            let ts = ThreadState::new(&interp);
            // Ten references counted only in this thread's cache; the one
            // given to it dropped into the cache, and one more sent back,
            // which the owner drops from its own count. So the owner's and
            // the shared counts add up to zero while we hold ten.
            let held: Vec<Value> = (0..10).map(|_| mine.clone()).collect();
            drop(mine);
            took.send(held[0].clone()).unwrap();
            ts.blocking(|| go.recv().unwrap());
            for _ in 0..3 {
                ts.safepoint();
            }
            assert!(payload(&held[0]).children.lock().unwrap().is_empty());
            drop(held);
            drop(ts);
        })
    };
    let back = ts.blocking(|| took.1.recv().unwrap());
    drop((d, back));
    for _ in 0..3 {
        collect();
        assert_eq!(
            live_objects(),
            base + 1,
            "alive while another thread holds it"
        );
    }
    go.0.send(()).unwrap();
    ts.blocking(|| worker.join().unwrap());
    // Freed, but not counted: no cycle holds it (CPython would have freed
    // it by counting).
    assert_eq!(collect(), 0);
    assert_eq!(live_objects(), base);
    drop(ts);
}

#[test]
fn contended_objects_defer_themselves_and_cycles_of_deferred_objects_are_collected() {
    let _s = serial();
    let interp = Interpreter::new();
    let ts = ThreadState::new(&interp);
    collect();
    let base = live_objects();
    let (a, b) = (node(), node());
    link(&a, &b);
    link(&b, &a);
    let threads: Vec<_> = (0..2)
        .map(|_| {
            let (interp, mine) = (interp.clone(), a.clone());
            std::thread::spawn(move || {
                let ts = ThreadState::new(&interp);
                for i in 0..5000 {
                    drop(mine.clone());
                    if i % 100 == 0 {
                        ts.safepoint();
                    }
                }
                drop(mine);
                drop(ts);
            })
        })
        .collect();
    ts.blocking(|| threads.into_iter().for_each(|t| t.join().unwrap()));
    assert!(
        is_deferred(&a),
        "5000 shared increments per thread defer it"
    );
    assert!(!is_deferred(&b));
    // SAFETY: `a` keeps it alive; the workers flushed their caches on exit.
    assert_eq!(
        unsafe { refcount::total_count(a.as_object().unwrap().as_ptr()) },
        2,
        "exact: ours and b's"
    );
    drop((a, b));
    assert_eq!(collect(), 2);
    assert_eq!(live_objects(), base);
    drop(ts);
}

#[test]
fn a_large_live_subgraph_raises_the_automatic_threshold_in_proportion() {
    let _s = serial();
    let _ts = ThreadState::new(&Interpreter::new());
    collect();
    let base = candidates::threshold();
    assert_eq!(
        candidates::auto_threshold(),
        base,
        "nothing large walked yet"
    );
    // A live root holding 100,000 nodes, made a candidate again (as a
    // program appending to its big list keeps making it).
    let root = node();
    for _ in 0..100_000 {
        link(&root, &node());
    }
    drop(root.clone());
    assert_eq!(collect(), 0);
    assert_eq!(
        candidates::auto_threshold(),
        100_001 / 4,
        "a quarter of the live objects walked"
    );
    // Once the big structure is gone, a small collection brings it back.
    drop(root);
    collect();
    assert_eq!(candidates::auto_threshold(), base);
}
