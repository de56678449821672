//! The iterator `finditer` returns: it searches as it is advanced, so a
//! large subject never has all its Match objects alive at once.

use parking_lot::Mutex;
use weft_runtime::object::alloc::drop_and_free;
use weft_runtime::object::native::{NativeType, Traverse};
use weft_runtime::types::{none_bool, str as pystr};
use weft_runtime::{Args, PyResult, TypeInfo, Value};

use super::{next_match, Cursor, MatchParts, Scratch, Subject, ENGINE_TYPE};
use crate::vm::errors::type_error;

pub struct ScanIter {
    engine: Value,
    pattern: Value,
    string: Value,
    text: Value,
    groupindex: Value,
    is_bytes: bool,
    /// `pos` and `endpos` in characters, and in bytes of `text`.
    pos: usize,
    endpos: usize,
    start: usize,
    end: usize,
    /// The search cursor, the byte-to-character cursor and the engine's
    /// capture slots; `None` once exhausted (or when `endpos < pos`).
    state: Mutex<Option<ScanState>>,
}

/// The search cursor, the byte-to-character cursor, the capture slots.
type ScanState = (Cursor, (usize, usize), Scratch);

impl Traverse for ScanIter {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

static SCAN_ITER_TYPE: NativeType<ScanIter> = NativeType::new(TypeInfo {
    methods: &[("__iter__", scan_iter), ("__next__", scan_next)],
    ..TypeInfo::new("callable_iterator", drop_and_free::<()>)
});

pub(super) fn new(engine: &Value, parts: &MatchParts<'_>, subject: Option<Subject<'_>>) -> Value {
    let (pos, endpos, start, end, state) = match subject {
        Some(s) => (
            s.pos,
            s.endpos,
            s.start,
            s.end,
            Some((
                Cursor {
                    at: s.start,
                    last_empty_at: None,
                    contiguous: false,
                },
                s.cursor,
                Scratch::default(),
            )),
        ),
        None => (0, 0, 0, 0, None),
    };
    SCAN_ITER_TYPE.alloc(ScanIter {
        engine: engine.clone(),
        pattern: parts.pattern.clone(),
        string: parts.string.clone(),
        text: parts.text.clone(),
        groupindex: parts.groupindex.clone(),
        is_bytes: parts.is_bytes,
        pos,
        endpos,
        start,
        end,
        state: Mutex::new(state),
    })
}

fn this<'a>(args: &'a Args<'_>) -> PyResult<&'a ScanIter> {
    args.positional
        .first()
        .and_then(|v| SCAN_ITER_TYPE.downcast(v))
        .ok_or_else(|| type_error("a scanner is required"))
}

fn scan_iter(args: Args<'_>) -> PyResult<Value> {
    this(&args)?;
    Ok(args.positional[0].clone())
}

fn scan_next(args: Args<'_>) -> PyResult<Value> {
    let it = this(&args)?;
    let c = ENGINE_TYPE.downcast(&it.engine).expect("an engine");
    let s = pystr::cast(&it.text).expect("a str");
    let mut state = it.state.lock();
    let Some((cur, chars, scratch)) = state.as_mut() else {
        return Err(crate::vm::generator::stop_iteration(none_bool::none()));
    };
    let mut subject = Subject {
        text: &s.as_str()[..it.end],
        ascii: s.is_ascii(),
        start: it.start,
        end: it.end,
        cursor: *chars,
        pos: it.pos,
        endpos: it.endpos,
    };
    match next_match(c, subject.text, cur, scratch)? {
        Some(spans) => {
            let parts = MatchParts {
                pattern: &it.pattern,
                string: &it.string,
                text: &it.text,
                groupindex: &it.groupindex,
                is_bytes: it.is_bytes,
            };
            let m = parts.make(c, &mut subject, &spans);
            *chars = subject.cursor;
            Ok(m)
        }
        None => {
            *state = None;
            Err(crate::vm::generator::stop_iteration(none_bool::none()))
        }
    }
}
