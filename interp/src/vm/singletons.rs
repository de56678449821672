//! Singletons the runtime does not define: `Ellipsis`.

use std::sync::OnceLock;

use weft_runtime::object::native::{NativeType, Traverse};
use weft_runtime::object::static_object::StaticObject;
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
#[derive(Clone, Copy)]
pub struct UnboundPayload;

impl Traverse for UnboundPayload {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

static UNBOUND_TYPE: NativeType<UnboundPayload> = NativeType::new(TypeInfo::new(
    "<unbound>",
    weft_runtime::object::alloc::drop_and_free::<()>,
));

/// In static memory: making the marker is an address, testing for it a
/// comparison with a constant (both happen on most instructions).
static UNBOUND: StaticObject<UnboundPayload> =
    StaticObject::new(UNBOUND_TYPE.info(), UnboundPayload);

/// The unbound marker.
#[inline(always)]
pub fn unbound() -> Value {
    UNBOUND.value()
}

/// Whether a register holds the unbound marker.
#[inline(always)]
pub fn is_unbound(v: &Value) -> bool {
    v.word() == UNBOUND.word()
}
