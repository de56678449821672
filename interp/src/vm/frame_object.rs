//! `frame` objects as generators expose them (`gi_frame`): a view of a
//! suspended frame's code and globals. Weft's frames are register files
//! owned by the evaluation loop, not objects, so this is a snapshot made on
//! request (two reads of `gi_frame` give two objects, unlike CPython).
//!
//! `sys._getframe` and `tb.tb_frame` make the same snapshots. For
//! `sys._getframe`, each run of the evaluation loop is linked into the
//! thread's chain of running frames (`weft_runtime::frame_chain`), and the
//! loop notes its position there at each instruction: so the callers'
//! frames, with the line each is at, can be listed from a call. A snapshot
//! keeps the line it was made at (CPython's frames are live), and a
//! traceback's frame has no globals (`f_globals` is None).

use std::sync::Arc;

use weft_runtime::object::alloc::drop_and_free;
use weft_runtime::object::native::{NativeType, Traverse};
use weft_runtime::types::{none_bool, tuple};
use weft_runtime::{TypeInfo, Value};

use crate::bytecode::code::LineTableEntry;

use super::code::CodeRt;

pub struct FrameObject {
    code: Arc<CodeRt>,
    globals: Value,
    /// Where the frame is (the instruction running or last run).
    position: Option<LineTableEntry>,
    /// `f_back`: the calling frame's snapshot, or None.
    back: Value,
}

impl Traverse for FrameObject {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.globals);
        visit(&self.back);
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
    frame_object_at(code, globals, None, none_bool::none())
}

/// A frame object at `position`, called from `back` (a frame object or None).
pub fn frame_object_at(
    code: Arc<CodeRt>,
    globals: Value,
    position: Option<LineTableEntry>,
    back: Value,
) -> Value {
    FRAME_OBJECT_TYPE.alloc(FrameObject {
        code,
        globals,
        position,
        back,
    })
}

/// `(lineno, end_lineno, colno, end_colno)` of a position, for the
/// `traceback` module's caret lines (`_positions` of frames and tracebacks).
pub fn positions_tuple(position: Option<LineTableEntry>) -> Value {
    match position {
        Some(p) => tuple::tuple_new(vec![
            small(p.line as i64),
            small(p.end_line as i64),
            small(p.column as i64),
            small(p.end_column as i64),
        ]),
        None => none_bool::none(),
    }
}

/// Attributes of a frame object.
pub fn frame_attr(obj: &Value, name: &str) -> Option<Value> {
    let f = FRAME_OBJECT_TYPE.downcast(obj)?;
    Some(match name {
        "f_code" => super::objects::code_object(&f.code),
        "f_globals" => f.globals.clone(),
        "f_back" => f.back.clone(),
        "f_lineno" => small(f.position.map_or(f.code.code.first_line, |p| p.line) as i64),
        "_positions" => positions_tuple(f.position),
        _ => return None,
    })
}

fn small(i: i64) -> Value {
    Value::small_int(i).expect("a line or column fits")
}

/// `sys._getframe(depth)`: snapshots of the running frame `depth` levels
/// up and of its callers (`f_back`), None past the outermost.
pub fn current_frame(depth: usize) -> Option<Value> {
    let mut found: Vec<(Arc<CodeRt>, Value, usize)> = Vec::new();
    let mut level = 0;
    weft_runtime::frame_chain::walk(|link| {
        if level >= depth {
            if let Some(code) = link.code.downcast_ref::<Arc<CodeRt>>() {
                found.push((code.clone(), link.globals.clone(), link.pc.get()));
            }
        }
        level += 1;
        true
    });
    let mut back = none_bool::none();
    for (code, globals, pc) in found.into_iter().rev() {
        let position = code.position(pc.saturating_sub(1));
        back = frame_object_at(code.clone(), globals, position, back);
    }
    (!none_bool::is_none(&back)).then_some(back)
}
