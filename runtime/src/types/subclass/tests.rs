//! Bases registered from outside the runtime (`register_base`), and the
//! truthiness of native types that have a `__len__` method.

use super::*;
use crate::object::alloc::drop_and_free;
use crate::object::native::{NativeType, Traverse};
use crate::{Interpreter, ThreadState};

struct Payload(usize);

impl Traverse for Payload {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

fn payload_len(args: Args<'_>) -> PyResult<Value> {
    let n = PAYLOAD_TYPE
        .downcast(&args.positional[0])
        .expect("a payload")
        .0;
    Ok(Value::small_int(n as i64).expect("small"))
}

fn noop(_args: Args<'_>) -> PyResult<Value> {
    Ok(none_bool::none())
}

static PAYLOAD_TYPE: NativeType<Payload> = NativeType::new(TypeInfo {
    methods: &[("__len__", payload_len)],
    ..TypeInfo::new("payload", drop_and_free::<()>)
});

fn extra_entries() -> Vec<(&'static str, Value)> {
    vec![("marker", Value::small_int(7).expect("small"))]
}

#[test]
fn a_registered_base_is_acceptable_and_gets_its_namespace() {
    let _ts = ThreadState::new(&Interpreter::new());
    static BASE: std::sync::OnceLock<ExtraBase> = std::sync::OnceLock::new();
    let info = PAYLOAD_TYPE.info();
    assert!(!is_acceptable_base(info));
    let base = BASE.get_or_init(|| ExtraBase {
        info,
        new: noop,
        init: noop,
        entries: extra_entries,
    });
    register_base(base);
    register_base(base); // idempotent
    assert!(is_acceptable_base(info));
    assert!(is_mutable(info));
    let names: Vec<&str> = namespace_entries(info).iter().map(|(n, _)| *n).collect();
    assert_eq!(names, vec!["__new__", "__init__", "__hash__", "marker"]);
    let t = typeobj::builtin_type(info);
    assert!(typeobj::builtin_base_of(&t).is_some_and(|b| std::ptr::eq(b, info)));
    assert!(typeobj::lookup(&t, &crate::types::str::intern("marker")).is_some());
}

#[test]
fn native_types_with_len_are_false_when_empty() {
    let _ts = ThreadState::new(&Interpreter::new());
    let empty = PAYLOAD_TYPE.alloc(Payload(0));
    let full = PAYLOAD_TYPE.alloc(Payload(3));
    assert!(!protocol::truthy(&empty).unwrap());
    assert!(protocol::truthy(&full).unwrap());
}
