//! `frame` objects as generators expose them (`gi_frame`): a view of a
//! suspended frame's code and globals. Weft's frames are register files
//! owned by the evaluation loop, not objects, so this is a snapshot made on
//! request (two reads of `gi_frame` give two objects, unlike CPython).

use std::sync::Arc;

use weft_runtime::object::alloc::drop_and_free;
use weft_runtime::object::native::{NativeType, Traverse};
use weft_runtime::{TypeInfo, Value};

use super::code::CodeRt;

pub struct FrameObject {
    code: Arc<CodeRt>,
    globals: Value,
}

impl Traverse for FrameObject {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.globals);
    }
}

/// Tracked: a frame object stored in its own globals is a cycle.
pub static FRAME_OBJECT_TYPE: NativeType<FrameObject> = NativeType::new(TypeInfo {
    traverse: NativeType::<FrameObject>::TRACKED,
    hash: Some(weft_runtime::protocol::identity_hash_slot),
    ..TypeInfo::new("frame", drop_and_free::<()>)
});

/// A frame object for the frame running `code` in `globals`.
pub fn frame_object(code: Arc<CodeRt>, globals: Value) -> Value {
    FRAME_OBJECT_TYPE.alloc(FrameObject { code, globals })
}

/// Attributes of a frame object.
pub fn frame_attr(obj: &Value, name: &str) -> Option<Value> {
    let f = FRAME_OBJECT_TYPE.downcast(obj)?;
    Some(match name {
        "f_code" => super::objects::code_object(&f.code),
        "f_globals" => f.globals.clone(),
        _ => return None,
    })
}
