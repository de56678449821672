//! Reclamation never frees storage that a pinned reader may still read,
//! with the reader pinned across loads and renewing at a quiescent state.
#![cfg(loom)]

use loom::sync::atomic::{AtomicBool, Ordering};
use loom::sync::Arc;
use loom::thread;
use weft_loom_tests::{check, flawed_model};
use weft_sync::flaws::Flaw;
use weft_sync::reclaim::{Atomic, Owned};
use weft_sync::Reclaimer;

/// Storage that records its own death in flags that outlive it, so a reader
/// can tell whether what it just read had been freed.
struct Storage {
    id: usize,
    freed: Arc<[AtomicBool; 3]>,
}

impl Drop for Storage {
    fn drop(&mut self) {
        self.freed[self.id].store(true, Ordering::SeqCst);
    }
}

fn writer_replaces_while_reader_reads() {
    let reclaimer = Reclaimer::new();
    let freed: Arc<[AtomicBool; 3]> = Arc::new(Default::default());
    let slot = Arc::new(Atomic::new(Storage {
        id: 0,
        freed: freed.clone(),
    }));
    let reader = {
        let (reclaimer, slot, freed) = (reclaimer.clone(), slot.clone(), freed.clone());
        thread::spawn(move || {
            let mut h = reclaimer.register();
            h.pin();
            for _ in 0..2 {
                let s = slot.load(Ordering::Acquire, h.guard());
                // SAFETY: the slot is never null while readers run, and the
                // pin protects what was loaded.
                let id = unsafe { s.deref() }.id;
                assert!(!freed[id].load(Ordering::SeqCst), "read freed storage");
                h.quiescent();
            }
            h.unpin();
        })
    };
    let mut w = reclaimer.register();
    w.pin();
    for id in 1..3 {
        let old = slot.swap(
            Owned::new(Storage {
                id,
                freed: freed.clone(),
            }),
            Ordering::AcqRel,
            w.guard(),
        );
        // SAFETY: unlinked by the swap, retired once.
        unsafe { w.retire(old) };
        w.flush();
    }
    w.unpin();
    reader.join().unwrap();
    let mut h = reclaimer.register();
    h.pin();
    let last = slot.swap(
        weft_sync::reclaim::Shared::null(),
        Ordering::AcqRel,
        h.guard(),
    );
    // SAFETY: unlinked by the swap, retired once.
    unsafe { h.retire(last) };
    h.unpin();
}

#[test]
fn never_frees_what_a_reader_protects() {
    check(&[], false, writer_replaces_while_reader_reads);
}

flawed_model!(
    catches_freeing_at_once,
    freeing_at_once_model,
    [Flaw::ReclaimFreesImmediately],
    false,
    writer_replaces_while_reader_reads,
    "read freed storage"
);
