use super::*;

fn codes() -> Vec<u32> {
    let mut seen = Vec::new();
    walk(|link| {
        seen.push(*link.code.downcast_ref::<u32>().expect("a u32"));
        true
    });
    seen
}

#[test]
fn links_nest_and_unlink() {
    let globals = Value::small_int(0).expect("small");
    let (one, two) = (1u32, 2u32);
    assert!(codes().is_empty());
    let outer = FrameLink::new(&one, &globals, 0);
    with_link(&outer, || {
        assert_eq!(codes(), [1]);
        let inner = FrameLink::new(&two, &globals, 5);
        with_link(&inner, || {
            assert_eq!(codes(), [2, 1]);
            inner.pc.set(7);
            let mut pcs = Vec::new();
            walk(|l| {
                pcs.push(l.pc.get());
                false
            });
            assert_eq!(pcs, [7]);
        });
        assert_eq!(codes(), [1]);
    });
    assert!(codes().is_empty());
}

#[test]
fn unwinding_unlinks() {
    let globals = Value::small_int(0).expect("small");
    let code = 3u32;
    let link = FrameLink::new(&code, &globals, 0);
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        with_link(&link, || panic!("unwinds"));
    }));
    assert!(r.is_err());
    assert!(codes().is_empty());
}

#[test]
fn chains_are_per_thread() {
    let globals = Value::small_int(0).expect("small");
    let code = 4u32;
    let link = FrameLink::new(&code, &globals, 0);
    with_link(&link, || {
        let other = std::thread::spawn(|| codes().len()).join().expect("joins");
        assert_eq!(other, 0);
        assert_eq!(codes(), [4]);
    });
}
