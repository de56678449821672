//! Singletons the runtime does not define: `Ellipsis`.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use weft_runtime::object::native::{NativeType, Traverse};
use weft_runtime::{TypeInfo, Value};

pub struct EllipsisPayload;

impl Traverse for EllipsisPayload {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

pub static ELLIPSIS_TYPE: NativeType<EllipsisPayload> = NativeType::new(TypeInfo {
    hash: Some(identity_hash),
    ..TypeInfo::new("ellipsis", weft_runtime::object::alloc::drop_and_free::<()>)
});

/// `hash(...)`: by identity, as `object.__hash__`.
fn identity_hash(v: &Value) -> weft_runtime::PyResult<isize> {
    Ok(weft_runtime::types::instance::identity_hash(v))
}

/// `...`.
pub fn ellipsis() -> Value {
    static ONE: OnceLock<Value> = OnceLock::new();
    ONE.get_or_init(|| ELLIPSIS_TYPE.alloc_immortal(EllipsisPayload))
        .clone()
}

/// The contents of an unbound register: an immortal object no Python code
/// can reach, so registers can be a plain `Vec<Value>` and a call's
/// arguments a slice of them.
pub struct UnboundPayload;

impl Traverse for UnboundPayload {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

static UNBOUND_TYPE: NativeType<UnboundPayload> = NativeType::new(TypeInfo::new(
    "<unbound>",
    weft_runtime::object::alloc::drop_and_free::<()>,
));

static UNBOUND: OnceLock<Value> = OnceLock::new();
/// The marker's word, for a test without touching the object (0 until the
/// marker exists: no value has that word).
static UNBOUND_WORD: AtomicUsize = AtomicUsize::new(0);

/// The unbound marker.
#[inline]
pub fn unbound() -> Value {
    Value::copy_static(UNBOUND.get_or_init(|| {
        let v = UNBOUND_TYPE.alloc_immortal(UnboundPayload);
        UNBOUND_WORD.store(v.word(), Ordering::Relaxed);
        v
    }))
}

/// Whether a register holds the unbound marker.
#[inline]
pub fn is_unbound(v: &Value) -> bool {
    v.word() == UNBOUND_WORD.load(Ordering::Relaxed)
}
