use super::*;
use crate::types::function::native_function;
use crate::types::List;
use crate::{Args, Interpreter, ThreadState};

static CALLED: AtomicUsize = AtomicUsize::new(0);

fn on_death(a: Args<'_>) -> PyResult<Value> {
    // The callback receives the (now dead) weak reference.
    assert!(referent(&a.positional[0]).is_none());
    CALLED.fetch_add(1, Ordering::SeqCst);
    Ok(none_bool::none())
}

#[test]
fn weak_references_see_the_referent_until_it_dies() {
    let _ts = ThreadState::new(&Interpreter::new());
    let obj = List::new(vec![]);
    let r = new_weakref(&obj, Some(native_function("cb", on_death)));
    assert!(referent(&r).unwrap().is(&obj));
    assert_eq!(weakref_count(&obj), 1);
    let before = CALLED.load(Ordering::SeqCst);
    drop(obj);
    assert!(referent(&r).is_none());
    assert!(none_bool::is_none(&protocol::call(&r, &[]).unwrap()));
    assert_eq!(
        CALLED.load(Ordering::SeqCst),
        before + 1,
        "the callback ran once"
    );
    // A weakref that dies first is simply unlisted.
    let obj = List::new(vec![]);
    drop(new_weakref(&obj, None));
    assert_eq!(weakref_count(&obj), 0);
}

#[test]
fn weak_references_race_the_last_decref_across_threads() {
    let interp = Interpreter::new();
    let _ts = ThreadState::new(&interp);
    for _ in 0..200 {
        let obj = List::new(vec![]);
        let r = new_weakref(&obj, None);
        let reader = {
            let (r, interp) = (r.clone(), interp.clone());
            std::thread::spawn(move || {
                let ts = ThreadState::new(&interp);
                for _ in 0..100 {
                    if let Some(v) = referent(&r) {
                        assert_eq!(List::cast(&v).unwrap().len(), 0, "a live, intact referent");
                    }
                }
                drop(ts);
            })
        };
        drop(obj);
        reader.join().unwrap();
        assert!(referent(&r).is_none());
    }
}

#[test]
fn weakrefs_to_lists_the_live_references_oldest_first() {
    // Distinct references need callbacks: callback-less ones are shared.
    let _ts = ThreadState::new(&Interpreter::new());
    let obj = List::new(vec![]);
    assert!(weakrefs_to(&obj).is_empty());
    let first = new_weakref(&obj, Some(native_function("cb", on_death)));
    let second = new_weakref(&obj, Some(native_function("cb", on_death)));
    let listed = weakrefs_to(&obj);
    assert_eq!(listed.len(), 2);
    assert!(listed[0].is(&first) && listed[1].is(&second));
    drop(listed);
    drop(first);
    let listed = weakrefs_to(&obj);
    assert_eq!(listed.len(), 1);
    assert!(listed[0].is(&second));
}

#[test]
fn references_without_a_callback_are_shared() {
    let _ts = ThreadState::new(&Interpreter::new());
    let obj = List::new(vec![]);
    let basic = new_weakref(&obj, None);
    assert!(new_weakref(&obj, None).is(&basic));
    let with_callback = new_weakref(&obj, Some(native_function("cb", on_death)));
    assert!(!with_callback.is(&basic));
    assert_eq!(weakref_count(&obj), 2);
    drop(basic);
    let fresh = new_weakref(&obj, None);
    assert_eq!(weakref_count(&obj), 2);
    assert!(referent(&fresh).unwrap().is(&obj));
}
