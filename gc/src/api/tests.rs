use super::*;
use weft_runtime::types::{str::str_value, List};
use weft_runtime::{Interpreter, ThreadState};

#[test]
fn settings_and_introspection() {
    let _s = crate::test_serial();
    let _ts = ThreadState::new(&Interpreter::new());
    let before = get_threshold();
    set_threshold(700);
    assert_eq!(get_threshold(), 700);
    disable();
    assert!(!isenabled());
    assert_eq!(
        candidates::threshold(),
        0,
        "no automatic collection while disabled"
    );
    assert_eq!(get_threshold(), 700);
    enable();
    assert!(isenabled());
    assert_eq!(candidates::threshold(), 700);
    set_threshold(before);

    let inner = List::new(vec![]);
    let outer = List::new(vec![inner.clone(), Value::small_int(1).unwrap()]);
    assert!(is_tracked(&outer));
    assert!(
        !is_tracked(&str_value("text")),
        "strings hold no references"
    );
    assert!(!is_tracked(&Value::small_int(1).unwrap()));
    let refs = get_referents(&outer);
    assert_eq!(refs.len(), 1, "inline ints are not objects");
    assert!(refs[0].is(&inner));
    let extra = outer.clone();
    drop(extra); // buffers `outer`
    freeze();
    assert_eq!(get_count(), 0);
}
