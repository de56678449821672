use super::*;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering as O};
use std::sync::mpsc;
use std::time::Duration;

/// Run `f` on a thread and fail (instead of hanging the suite) if it does not
/// finish in time.
fn within<T: Send + 'static>(secs: u64, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || tx.send(f()).unwrap());
    rx.recv_timeout(Duration::from_secs(secs))
        .expect("timed out: stop-the-world hung")
}

#[test]
fn attached_threads_do_not_run_while_stopped() {
    within(60, || {
        let world = World::new();
        let counters: Arc<Vec<AtomicU64>> = Arc::new((0..3).map(|_| AtomicU64::new(0)).collect());
        let stop = Arc::new(AtomicBool::new(false));
        let workers: Vec<_> = (0..3)
            .map(|i| {
                let (world, counters, stop) = (world.clone(), counters.clone(), stop.clone());
                std::thread::spawn(move || {
                    let slot = world.register();
                    slot.attach();
                    while !stop.load(O::Relaxed) {
                        counters[i].fetch_add(1, O::Relaxed);
                        slot.safepoint();
                        if counters[i].load(O::Relaxed) % 1000 == 0 {
                            slot.detach();
                            std::thread::yield_now();
                            slot.attach();
                        }
                    }
                    slot.detach();
                })
            })
            .collect();
        while world.thread_count() < 3 {
            std::thread::yield_now();
        }
        for _ in 0..200 {
            let stopped = world.stop_the_world(None);
            let before: Vec<u64> = counters.iter().map(|c| c.load(O::Relaxed)).collect();
            for _ in 0..200 {
                std::hint::spin_loop();
            }
            let after: Vec<u64> = counters.iter().map(|c| c.load(O::Relaxed)).collect();
            assert_eq!(before, after, "a thread ran while the world was stopped");
            drop(stopped);
        }
        stop.store(true, O::Relaxed);
        workers.into_iter().for_each(|t| t.join().unwrap());
        assert_eq!(world.thread_count(), 0);
    });
}

#[test]
fn a_blocked_detached_thread_does_not_hold_up_a_stop() {
    within(30, || {
        let world = World::new();
        let (tx, rx) = mpsc::channel::<()>();
        let (ready_tx, ready_rx) = mpsc::channel::<()>();
        let blocked = {
            let world = world.clone();
            std::thread::spawn(move || {
                let slot = world.register();
                slot.attach();
                slot.detach();
                ready_tx.send(()).unwrap();
                rx.recv().unwrap(); // blocks, detached, through the stop
                slot.attach();
                slot.detach();
            })
        };
        ready_rx.recv().unwrap();
        drop(world.stop_the_world(None));
        tx.send(()).unwrap();
        blocked.join().unwrap();
    });
}

#[test]
fn no_thread_attaches_until_the_world_starts() {
    within(30, || {
        let world = World::new();
        let attached = Arc::new(AtomicBool::new(false));
        let slot = world.register();
        let stopped = world.stop_the_world(None);
        let t = {
            let attached = attached.clone();
            std::thread::spawn(move || {
                slot.attach();
                attached.store(true, O::SeqCst);
                slot.detach();
            })
        };
        std::thread::sleep(Duration::from_millis(50));
        assert!(
            !attached.load(O::SeqCst),
            "attached while the world was stopped"
        );
        drop(stopped);
        t.join().unwrap();
        assert!(attached.load(O::SeqCst));
    });
}

#[test]
fn concurrent_requests_are_serialized() {
    within(60, || {
        let world = World::new();
        let inside = Arc::new(AtomicBool::new(false));
        let requesters: Vec<_> = (0..3)
            .map(|_| {
                let (world, inside) = (world.clone(), inside.clone());
                std::thread::spawn(move || {
                    let slot = world.register();
                    slot.attach();
                    for _ in 0..300 {
                        let stopped = world.stop_the_world(Some(&slot));
                        assert!(slot.is_attached());
                        assert!(!inside.swap(true, O::SeqCst), "two stops in force at once");
                        inside.store(false, O::SeqCst);
                        drop(stopped);
                        slot.safepoint();
                    }
                    slot.detach();
                })
            })
            .collect();
        requesters.into_iter().for_each(|t| t.join().unwrap());
    });
}
