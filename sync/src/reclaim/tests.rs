use super::*;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering as O};
use std::sync::Arc;

/// Storage that counts how many of its kind are alive, and poisons itself
/// when dropped so a reader that saw freed storage would notice.
struct Storage {
    value: AtomicUsize,
    live: Arc<AtomicUsize>,
}
const POISON: usize = usize::MAX;

impl Storage {
    fn new(value: usize, live: &Arc<AtomicUsize>) -> Owned<Storage> {
        live.fetch_add(1, O::Relaxed);
        Owned::new(Storage {
            value: AtomicUsize::new(value),
            live: live.clone(),
        })
    }
}
impl Drop for Storage {
    fn drop(&mut self) {
        self.value.store(POISON, O::Relaxed);
        self.live.fetch_sub(1, O::Relaxed);
    }
}

#[test]
fn pin_state_follows_attach_and_detach() {
    let r = Reclaimer::new();
    let mut h = r.register();
    assert!(!h.is_pinned());
    h.pin();
    assert!(h.is_pinned());
    h.quiescent();
    h.unpin();
    assert!(!h.is_pinned());
}

#[test]
#[should_panic(expected = "attached")]
fn reading_while_detached_is_caught() {
    let r = Reclaimer::new();
    let h = r.register();
    let _ = h.guard();
}

/// Readers stay pinned across many loads and only renew at "safepoints";
/// a writer keeps replacing the storage. No reader ever sees poisoned
/// storage, and at the end every retired storage has been freed.
#[test]
fn readers_never_see_freed_storage_and_everything_is_freed() {
    let live = Arc::new(AtomicUsize::new(0));
    let reclaimer = Reclaimer::new();
    let slot = Arc::new(Atomic::<Storage>::null());
    {
        let h = reclaimer.register();
        let mut h = h;
        h.pin();
        slot.store(Storage::new(0, &live), O::Release);
        h.unpin();
    }
    let stop = Arc::new(AtomicBool::new(false));
    let readers: Vec<_> = (0..3)
        .map(|_| {
            let (reclaimer, slot, stop) = (reclaimer.clone(), slot.clone(), stop.clone());
            std::thread::spawn(move || {
                let mut h = reclaimer.register();
                h.pin();
                let mut reads = 0u64;
                while !stop.load(O::Relaxed) {
                    for _ in 0..100 {
                        let s = slot.load(O::Acquire, h.guard());
                        // SAFETY: non-null (set before the readers start) and
                        // protected by the held pin.
                        let v = unsafe { s.deref() }.value.load(O::Relaxed);
                        assert_ne!(v, POISON, "read freed storage");
                        reads += 1;
                    }
                    h.quiescent();
                    if reads.is_multiple_of(10_000) {
                        // Detach now and then, as a blocking thread would.
                        h.unpin();
                        h.pin();
                    }
                }
                h.unpin();
            })
        })
        .collect();
    let mut w = reclaimer.register();
    w.pin();
    for i in 1..20_000 {
        let old = slot.swap(Storage::new(i, &live), O::AcqRel, w.guard());
        // SAFETY: `old` was just unlinked by the swap, and is retired once.
        unsafe { w.retire(old) };
        w.quiescent();
    }
    stop.store(true, O::Relaxed);
    readers.into_iter().for_each(|t| t.join().unwrap());
    let last = slot.swap(Shared::null(), O::AcqRel, w.guard());
    // SAFETY: unlinked by the swap, retired once.
    unsafe { w.retire(last) };
    w.unpin();
    // Nobody is pinned now: flushing frees everything (each collection
    // frees a bounded number of batches, so it takes a few rounds).
    for _ in 0..10_000 {
        if live.load(O::Relaxed) == 0 {
            break;
        }
        w.pin();
        w.guard().flush();
        w.unpin();
    }
    assert_eq!(live.load(O::Relaxed), 0, "retired storage was never freed");
}
