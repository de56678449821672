//! `_re`: the native half of `re` (the Python half is `interp/lib/re.py`).
//! `compile` checks a pattern with CPython's parser rules and translates it
//! (`parse.rs`); `search`, `iter` (`scanner.rs`), `scan` and `sub` run it
//! (`engine.rs`) with positions in characters, and make the Match objects
//! (`match_object.rs`).
//!
//! Where the semantics differ from CPython's `_sre`:
//! - `\b`/`\B` use the `regex` crate's Unicode word characters (letters,
//!   marks, decimal digits, connector punctuation), while `\w` itself is
//!   translated to CPython's (letters and numbers and `_`): they differ on
//!   combining marks and on non-decimal numbers.
//! - IGNORECASE folds with Unicode simple case folding (`regex`'s), CPython
//!   with its own lower/upper tables: a few characters differ.
//! - A repeated group that can match empty keeps its last non-empty
//!   iteration: `re.match('(a*)*', 'a').group(1)` is 'a' here, '' in CPython
//!   (whose backtracker runs one more, empty, iteration); the same for
//!   `(a*)+`. Spans of the whole match are the same.
//! - A pattern too large for the `regex` crate's size limits (repeats of
//!   repeats in the tens of thousands) raises `re.error` ("unsupported
//!   pattern: ...") where CPython compiles it.
//! - Patterns the backtracking VM gives up on (over a million stack entries)
//!   raise RecursionError instead of running on.
//! - Bytes patterns are handled by `re.py` over Latin-1 text.

mod engine;
mod match_object;
mod parse;
mod scanner;

pub use match_object::match_attr;

use weft_runtime::object::alloc::drop_and_free;
use weft_runtime::object::native::{NativeType, Traverse};
use weft_runtime::types::{dict::Dict, int, list::List, none_bool, str as pystr, tuple};
use weft_runtime::{Args, PyResult, TypeInfo, Value};

use crate::vm::errors::{error, type_error};
use crate::vm::objects::module_with_functions;
use crate::vm::ops;
use engine::{Engine, Mode, RunError, Scratch};
use match_object::{MatchObj, MATCH_TYPE};

pub struct Compiled {
    engine: Engine,
    /// Each group's name or None, from group 0: a tuple.
    names: Value,
    /// For each group (from 1), the group it is nested in.
    parents: Vec<usize>,
}

impl Traverse for Compiled {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

static ENGINE_TYPE: NativeType<Compiled> =
    NativeType::new(TypeInfo::new("_re.Engine", drop_and_free::<()>));

pub fn module() -> Value {
    module_with_functions(
        "_re",
        &[
            ("compile", compile),
            ("search", search),
            ("scan", scan),
            ("iter", iter),
            ("sub", sub),
            ("set_expand", set_expand),
        ],
    )
}

fn int_arg(args: &Args<'_>, i: usize) -> PyResult<i64> {
    args.positional
        .get(i)
        .and_then(int::as_int)
        .and_then(|n| n.to_i64())
        .ok_or_else(|| type_error("_re: an int argument is required"))
}

/// `compile(pattern, flags)`: `(engine, groups, groupindex, flags, None)`,
/// or `(None, message, position)` for a bad pattern (re.py raises
/// `re.error` with the pattern).
fn compile(args: Args<'_>) -> PyResult<Value> {
    let pattern = args
        .positional
        .first()
        .and_then(pystr::as_str)
        .ok_or_else(|| type_error("_re.compile: str pattern"))?;
    let flags = int_arg(&args, 1)? as u32;
    let bad = |msg: String, pos: Option<usize>| {
        tuple::tuple_new(vec![
            none_bool::none(),
            pystr::str_from_string(msg),
            pos.map_or_else(none_bool::none, |p| int::int_from_i64(p as i64)),
        ])
    };
    let parsed = match parse::parse(pattern, flags) {
        Ok(p) => p,
        Err(e) => {
            // Markers for the errors CPython raises as other types.
            if let Some(m) = e.msg.strip_prefix('\u{0}') {
                return Err(error("OverflowError", m));
            }
            if let Some(m) = e.msg.strip_prefix('\u{1}') {
                return Err(error("ValueError", m));
            }
            return Ok(bad(e.msg, e.pos));
        }
    };
    let engine = match Engine::new(parsed.out, parsed.out_nl, parsed.groups) {
        Ok(e) => e,
        Err(msg) => return Ok(bad(msg, None)),
    };
    let index = Dict::new();
    let d = Dict::cast(&index).expect("a dict");
    for (name, g) in &parsed.names {
        d.set(pystr::str_value(name), int::int_from_i64(*g as i64))?;
    }
    let mut names = vec![none_bool::none(); parsed.groups + 1];
    for (name, g) in &parsed.names {
        names[*g] = pystr::str_value(name);
    }
    let names = tuple::tuple_new(names);
    let compiled = ENGINE_TYPE.alloc(Compiled {
        engine,
        names,
        parents: parsed.parents,
    });
    Ok(tuple::tuple_new(vec![
        compiled,
        int::int_from_i64(parsed.groups as i64),
        index,
        int::int_from_i64(parsed.flags as i64),
        none_bool::none(),
    ]))
}

/// The subject and the byte offsets of `pos` and `endpos` (clamped as
/// CPython does).
struct Subject<'a> {
    text: &'a str,
    ascii: bool,
    start: usize,
    end: usize,
    /// A cursor for byte to character conversion: matches move forward.
    cursor: (usize, usize),
    /// `pos` and `endpos` clamped, in characters.
    pos: usize,
    endpos: usize,
}

impl<'a> Subject<'a> {
    fn new(v: &'a Value, pos: i64, endpos: i64) -> PyResult<Option<Subject<'a>>> {
        let s = pystr::cast(v).ok_or_else(|| type_error("expected string or bytes-like object"))?;
        let len = s.char_len() as i64;
        let pos = pos.clamp(0, len) as usize;
        let endpos = endpos.clamp(0, len) as usize;
        if endpos < pos {
            return Ok(None);
        }
        let (start, end) = (s.byte_offset(pos), s.byte_offset(endpos));
        Ok(Some(Subject {
            text: &s.as_str()[..end],
            ascii: s.is_ascii(),
            start,
            end,
            cursor: (start, pos),
            pos,
            endpos,
        }))
    }

    fn char_index(&mut self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        let (cb, cc) = self.cursor;
        let c = if b >= cb {
            cc + self.text[cb..b].chars().count()
        } else {
            cc - self.text[b..cb].chars().count()
        };
        self.cursor = (b, c);
        c
    }

    /// `(lastindex, start0, end0, start1, end1, ...)` in characters, -1 for
    /// groups that did not take part.
    fn spans(&mut self, c: &Compiled, spans: &engine::Spans) -> Value {
        let mut out = vec![int::int_from_i64(lastindex(c, spans))];
        out.extend(self.char_spans(spans).into_iter().map(int::int_from_i64));
        tuple::tuple_new(out)
    }

    /// The spans in characters, -1 for groups that did not take part.
    fn char_spans(&mut self, spans: &engine::Spans) -> Vec<i64> {
        let mut out = Vec::with_capacity(spans.len() * 2);
        // Convert in order of position, so the cursor mostly moves forward.
        let (s0, e0) = spans[0].expect("group 0 matched");
        let s0c = self.char_index(s0);
        for span in spans {
            match span {
                Some((s, e)) => {
                    let sc = if *s == s0 { s0c } else { self.char_index(*s) };
                    let ec = self.char_index(*e);
                    out.push(sc as i64);
                    out.push(ec as i64);
                }
                None => {
                    out.push(-1);
                    out.push(-1);
                }
            }
        }
        self.char_index(e0);
        out
    }
}

/// The group closed last on the matching path (CPython's `lastindex`), or
/// -1: the one ending last; of two ending at the same place, the enclosing
/// group, else the later one.
fn lastindex(c: &Compiled, spans: &engine::Spans) -> i64 {
    let mut best: Option<(usize, usize)> = None;
    for (g, span) in spans.iter().enumerate().skip(1) {
        let Some((_, e)) = *span else { continue };
        best = match best {
            None => Some((g, e)),
            Some((_, be)) if e > be => Some((g, e)),
            Some((bg, be)) if e == be && !is_ancestor(c, bg, g) => Some((g, e)),
            keep => keep,
        };
    }
    best.map_or(-1, |(g, _)| g as i64)
}

fn is_ancestor(c: &Compiled, a: usize, mut g: usize) -> bool {
    while g != 0 {
        g = c.parents[g - 1];
        if g == a {
            return true;
        }
    }
    false
}

fn run(
    c: &Compiled,
    hay: &str,
    start: usize,
    mode: Mode,
    scratch: &mut Scratch,
) -> PyResult<Option<engine::Spans>> {
    c.engine
        .run(hay, start, mode, scratch)
        .map_err(|RunError::Limit| error("RecursionError", "maximum recursion limit exceeded"))
}

fn engine_arg<'a>(args: &'a Args<'_>) -> PyResult<&'a Compiled> {
    args.positional
        .first()
        .and_then(|v| ENGINE_TYPE.downcast(v))
        .ok_or_else(|| type_error("_re: an engine is required"))
}

/// What a Match object is made of besides its spans: `(pattern, string,
/// text, groupindex, is_bytes)` as re.py passes them.
struct MatchParts<'a> {
    pattern: &'a Value,
    string: &'a Value,
    text: &'a Value,
    groupindex: &'a Value,
    is_bytes: bool,
}

impl MatchParts<'_> {
    fn make(&self, c: &Compiled, subject: &mut Subject<'_>, spans: &engine::Spans) -> Value {
        MATCH_TYPE.alloc(MatchObj {
            pattern: self.pattern.clone(),
            string: self.string.clone(),
            text: self.text.clone(),
            is_bytes: self.is_bytes,
            pos: subject.pos as i64,
            endpos: subject.endpos as i64,
            lastindex: lastindex(c, spans),
            spans: subject.char_spans(spans),
            groupindex: self.groupindex.clone(),
            names: c.names.clone(),
        })
    }
}

fn parts<'a>(args: &'a Args<'_>) -> PyResult<MatchParts<'a>> {
    let a = |i: usize| {
        args.positional
            .get(i)
            .ok_or_else(|| type_error("_re: missing argument"))
    };
    Ok(MatchParts {
        pattern: a(1)?,
        string: a(2)?,
        text: a(3)?,
        groupindex: a(4)?,
        is_bytes: crate::vm::ops::truthy(a(5)?)?,
    })
}

/// `search(engine, pattern, string, text, groupindex, is_bytes, pos, endpos,
/// mode)`: a Match or None; mode 0 search, 1 match, 2 fullmatch.
fn search(args: Args<'_>) -> PyResult<Value> {
    let c = engine_arg(&args)?;
    let parts = parts(&args)?;
    let Some(mut subject) = Subject::new(parts.text, int_arg(&args, 6)?, int_arg(&args, 7)?)?
    else {
        return Ok(none_bool::none());
    };
    let mode = match int_arg(&args, 8)? {
        0 => Mode::Search,
        1 => Mode::Match,
        _ => Mode::Full,
    };
    Ok(
        match run(
            c,
            subject.text,
            subject.start,
            mode,
            &mut Scratch::default(),
        )? {
            Some(spans) => parts.make(c, &mut subject, &spans),
            None => none_bool::none(),
        },
    )
}

/// Where a run of successive searches is: the next byte to search from,
/// and where the last match was empty.
#[derive(Clone, Copy)]
struct Cursor {
    at: usize,
    last_empty_at: Option<usize>,
    /// The last match started where its search did (a tokenizer's run):
    /// the next search tries an anchored match first, which skips the
    /// automaton's reverse pass for the start.
    contiguous: bool,
}

/// The next match of a run, as `finditer` finds them: an empty match may
/// follow a non-empty one at the same place, not another empty one.
fn next_match(
    c: &Compiled,
    text: &str,
    cur: &mut Cursor,
    scratch: &mut Scratch,
) -> PyResult<Option<engine::Spans>> {
    let end = text.len();
    loop {
        if cur.at > end {
            return Ok(None);
        }
        let anchored = if cur.contiguous {
            run(c, text, cur.at, Mode::Match, scratch)?
        } else {
            None
        };
        let found = match anchored {
            Some(spans) => Some(spans),
            None => run(c, text, cur.at, Mode::Search, scratch)?,
        };
        let Some(spans) = found else {
            cur.at = end + 1;
            return Ok(None);
        };
        let (s, e) = spans[0].expect("group 0 matched");
        cur.contiguous = s == cur.at;
        if s == e && cur.last_empty_at == Some(s) {
            // No second empty match at one place: a non-empty one there,
            // else look from the next char.
            if let Some(spans) = run(c, text, s, Mode::Advance, scratch)? {
                let e = spans[0].expect("group 0 matched").1;
                cur.last_empty_at = None;
                cur.contiguous = true;
                cur.at = e;
                return Ok(Some(spans));
            }
            match text[s..].chars().next() {
                Some(ch) => {
                    cur.at = s + ch.len_utf8();
                    cur.last_empty_at = None;
                    continue;
                }
                None => {
                    cur.at = end + 1;
                    return Ok(None);
                }
            }
        }
        cur.last_empty_at = (s == e).then_some(e);
        cur.at = e;
        return Ok(Some(spans));
    }
}

/// Successive matches (at most `limit`, 0 for all), handed to `found`.
fn each_match(
    c: &Compiled,
    subject: &mut Subject<'_>,
    limit: usize,
    mut found: impl FnMut(&mut Subject<'_>, &engine::Spans) -> PyResult<()>,
) -> PyResult<()> {
    let mut cur = Cursor {
        at: subject.start,
        last_empty_at: None,
        contiguous: false,
    };
    let mut scratch = Scratch::default();
    let mut count = 0;
    while limit == 0 || count < limit {
        let Some(spans) = next_match(c, subject.text, &mut cur, &mut scratch)? else {
            break;
        };
        found(subject, &spans)?;
        count += 1;
    }
    Ok(())
}

/// `scan(engine, text, pos, endpos, limit)`: the `(lastindex, start0, end0,
/// ...)` tuples of successive matches (for findall, split and sub).
fn scan(args: Args<'_>) -> PyResult<Value> {
    let c = engine_arg(&args)?;
    let string = args
        .positional
        .get(1)
        .ok_or_else(|| type_error("_re.scan: a string is required"))?;
    let limit = int_arg(&args, 4)?.max(0) as usize;
    let Some(mut subject) = Subject::new(string, int_arg(&args, 2)?, int_arg(&args, 3)?)? else {
        return Ok(List::new(Vec::new()));
    };
    let mut out = Vec::new();
    each_match(c, &mut subject, limit, |subject, spans| {
        out.push(subject.spans(c, spans));
        Ok(())
    })?;
    Ok(List::new(out))
}

/// `iter(engine, pattern, string, text, groupindex, is_bytes, pos,
/// endpos)`: an iterator of Match objects, searching as it goes.
fn iter(args: Args<'_>) -> PyResult<Value> {
    engine_arg(&args)?;
    let parts = parts(&args)?;
    let subject = Subject::new(parts.text, int_arg(&args, 6)?, int_arg(&args, 7)?)?;
    Ok(scanner::new(&args.positional[0], &parts, subject))
}

/// One piece of a parsed replacement template.
enum Piece {
    Text(String),
    Group(usize),
}

/// `sub(engine, pattern, string, text, groupindex, is_bytes, count, repl)`:
/// `(new text, number of substitutions)`. `repl` is a function of the match
/// or a parsed template: a list of strs and group numbers.
fn sub(args: Args<'_>) -> PyResult<Value> {
    let c = engine_arg(&args)?;
    let parts = parts(&args)?;
    let limit = int_arg(&args, 6)?.max(0) as usize;
    let repl = args
        .positional
        .get(7)
        .ok_or_else(|| type_error("_re.sub: missing replacement"))?;
    let template = match List::cast(repl) {
        Some(l) => {
            let mut pieces = Vec::new();
            for item in l.to_vec() {
                pieces.push(match pystr::as_str(&item) {
                    Some(t) => Piece::Text(t.to_string()),
                    None => Piece::Group(
                        int::as_int(&item).and_then(|i| i.to_i64()).unwrap_or(0) as usize
                    ),
                });
            }
            Some(pieces)
        }
        None => None,
    };
    let Some(mut subject) = Subject::new(parts.text, 0, i64::MAX)? else {
        return Ok(tuple::tuple_new(vec![
            parts.text.clone(),
            int::int_from_i64(0),
        ]));
    };
    let text = subject.text;
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut n = 0;
    each_match(c, &mut subject, limit, |subject, spans| {
        let (s, e) = spans[0].expect("group 0 matched");
        out.push_str(&text[last..s]);
        match &template {
            Some(pieces) => {
                for piece in pieces {
                    match piece {
                        Piece::Text(t) => out.push_str(t),
                        Piece::Group(g) => {
                            if let Some(Some((gs, ge))) = spans.get(*g) {
                                out.push_str(&text[*gs..*ge]);
                            }
                        }
                    }
                }
            }
            None => {
                let m = parts.make(c, subject, spans);
                let piece = ops::call(repl, Args::positional(&[m]))?;
                if ops::truthy(&piece)? {
                    push_piece(&mut out, &piece, parts.is_bytes)?;
                }
            }
        }
        last = e;
        n += 1;
        Ok(())
    })?;
    out.push_str(&text[last..]);
    Ok(tuple::tuple_new(vec![
        pystr::str_from_string(out),
        int::int_from_i64(n),
    ]))
}

/// Appends what a replacement function returned (bytes are Latin-1 text).
fn push_piece(out: &mut String, piece: &Value, is_bytes: bool) -> PyResult<()> {
    let name = || weft_runtime::types::typeobj::type_name_of(piece);
    if is_bytes {
        let b = weft_runtime::types::bytes::as_bytes(piece)
            .ok_or_else(|| type_error(format!("expected a bytes-like object, {} found", name())))?;
        out.extend(b.iter().map(|&b| b as char));
    } else {
        out.push_str(
            pystr::as_str(piece)
                .ok_or_else(|| type_error(format!("expected str instance, {} found", name())))?,
        );
    }
    Ok(())
}

/// `set_expand(f)`: the function `Match.expand` calls.
fn set_expand(args: Args<'_>) -> PyResult<Value> {
    if let Some(f) = args.positional.first() {
        let _ = match_object::EXPAND.set(f.clone());
    }
    Ok(none_bool::none())
}
