//! `re.Match`, native: a tokenizer makes one per token, and a Python class
//! cost several microseconds each in object setup alone. `expand` goes back
//! to `re.py`, which parses templates.

use std::sync::OnceLock;

use weft_runtime::object::alloc::drop_and_free;
use weft_runtime::object::native::{NativeType, Traverse};
use weft_runtime::types::{bytes, dict::Dict, int, none_bool, str as pystr, tuple};
use weft_runtime::{Args, PyResult, TypeInfo, Value};

use crate::vm::errors::{error, type_error};
use crate::vm::ops;

pub struct MatchObj {
    /// The `re.Pattern`.
    pub pattern: Value,
    /// The subject as given (str or bytes).
    pub string: Value,
    /// The subject as str (bytes are read as Latin-1 text).
    pub text: Value,
    pub is_bytes: bool,
    pub pos: i64,
    pub endpos: i64,
    /// Start and end of each group, in characters; -1 when it did not take
    /// part.
    pub spans: Vec<i64>,
    pub lastindex: i64,
    /// The pattern's `groupindex` dict.
    pub groupindex: Value,
    /// Each group's name or None (a tuple).
    pub names: Value,
}

impl Traverse for MatchObj {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

pub static MATCH_TYPE: NativeType<MatchObj> = NativeType::new(TypeInfo {
    methods: &[
        ("group", m_group),
        ("__getitem__", m_getitem),
        ("groups", m_groups),
        ("groupdict", m_groupdict),
        ("start", m_start),
        ("end", m_end),
        ("span", m_span),
        ("expand", m_expand),
        ("__repr__", m_repr),
        ("__copy__", m_copy),
        ("__deepcopy__", m_copy),
    ],
    ..TypeInfo::new("re.Match", drop_and_free::<()>)
});

/// `re._expand(match, template)`, registered by re.py.
pub static EXPAND: OnceLock<Value> = OnceLock::new();

impl MatchObj {
    fn groups(&self) -> usize {
        self.spans.len() / 2 - 1
    }

    /// The group number `g` names (an int or a group name).
    fn index(&self, g: &Value) -> PyResult<usize> {
        if let Some(i) = int::as_int(g) {
            if let Some(i) = i
                .to_i64()
                .filter(|i| *i >= 0 && *i as usize <= self.groups())
            {
                return Ok(i as usize);
            }
        } else if pystr::as_str(g).is_some() {
            if let Some(i) = Dict::cast(&self.groupindex).expect("a dict").get(g)? {
                if let Some(i) = int::as_int(&i).and_then(|i| i.to_i64()) {
                    return Ok(i as usize);
                }
            }
        }
        Err(error("IndexError", "no such group"))
    }

    /// Group `i`'s text, or `default`.
    pub fn get(&self, i: usize, default: &Value) -> Value {
        let (s, e) = (self.spans[2 * i], self.spans[2 * i + 1]);
        if s < 0 {
            return default.clone();
        }
        if self.is_bytes {
            if let Some(b) = bytes::as_bytes(&self.string) {
                return bytes::bytes_from_slice(&b[s as usize..e as usize]);
            }
        }
        let t = pystr::cast(&self.text).expect("a str");
        pystr::str_value(t.substr(s as usize, e as usize))
    }

    fn lastgroup(&self) -> Value {
        match tuple::as_tuple(&self.names) {
            Some(names) if self.lastindex >= 0 => names[self.lastindex as usize].clone(),
            _ => none_bool::none(),
        }
    }
}

fn this<'a>(args: &'a Args<'_>) -> PyResult<&'a MatchObj> {
    args.positional
        .first()
        .and_then(|v| MATCH_TYPE.downcast(v))
        .ok_or_else(|| type_error("a re.Match method needs a match"))
}

fn m_group(args: Args<'_>) -> PyResult<Value> {
    let m = this(&args)?;
    let none = none_bool::none();
    match &args.positional[1..] {
        [] => Ok(m.get(0, &none)),
        [g] => Ok(m.get(m.index(g)?, &none)),
        gs => {
            let mut out = Vec::with_capacity(gs.len());
            for g in gs {
                out.push(m.get(m.index(g)?, &none));
            }
            Ok(tuple::tuple_new(out))
        }
    }
}

fn m_getitem(args: Args<'_>) -> PyResult<Value> {
    let m = this(&args)?;
    let g = args
        .positional
        .get(1)
        .ok_or_else(|| type_error("__getitem__ expected 1 argument"))?;
    Ok(m.get(m.index(g)?, &none_bool::none()))
}

/// The `default` argument (positional or keyword), None if absent.
fn default_arg(args: &Args<'_>) -> Value {
    args.positional
        .get(1)
        .cloned()
        .or_else(|| {
            args.keywords
                .iter()
                .find(|(k, _)| pystr::as_str(k) == Some("default"))
                .map(|(_, v)| v.clone())
        })
        .unwrap_or_else(none_bool::none)
}

fn m_groups(args: Args<'_>) -> PyResult<Value> {
    let m = this(&args)?;
    let d = default_arg(&args);
    Ok(tuple::tuple_new(
        (1..=m.groups()).map(|i| m.get(i, &d)).collect(),
    ))
}

fn m_groupdict(args: Args<'_>) -> PyResult<Value> {
    let m = this(&args)?;
    let d = default_arg(&args);
    let out = Dict::new();
    let od = Dict::cast(&out).expect("a dict");
    for (k, v) in Dict::cast(&m.groupindex).expect("a dict").items() {
        let i = int::as_int(&v).and_then(|i| i.to_i64()).unwrap_or(0) as usize;
        od.set(k, m.get(i, &d))?;
    }
    Ok(out)
}

fn group_arg(m: &MatchObj, args: &Args<'_>) -> PyResult<usize> {
    match args.positional.get(1) {
        Some(g) => m.index(g),
        None => Ok(0),
    }
}

fn m_start(args: Args<'_>) -> PyResult<Value> {
    let m = this(&args)?;
    Ok(int::int_from_i64(m.spans[2 * group_arg(m, &args)?]))
}

fn m_end(args: Args<'_>) -> PyResult<Value> {
    let m = this(&args)?;
    Ok(int::int_from_i64(m.spans[2 * group_arg(m, &args)? + 1]))
}

fn m_span(args: Args<'_>) -> PyResult<Value> {
    let m = this(&args)?;
    let i = group_arg(m, &args)?;
    Ok(span_value(m, i))
}

fn span_value(m: &MatchObj, i: usize) -> Value {
    tuple::tuple_new(vec![
        int::int_from_i64(m.spans[2 * i]),
        int::int_from_i64(m.spans[2 * i + 1]),
    ])
}

fn m_expand(args: Args<'_>) -> PyResult<Value> {
    this(&args)?;
    let f = EXPAND
        .get()
        .ok_or_else(|| error("RuntimeError", "re is not initialized"))?;
    ops::call(f, Args::positional(args.positional))
}

fn m_repr(args: Args<'_>) -> PyResult<Value> {
    let m = this(&args)?;
    Ok(pystr::str_from_string(repr(m)?))
}

fn repr(m: &MatchObj) -> PyResult<String> {
    let text = ops::repr_of(&m.get(0, &none_bool::none()))?;
    Ok(format!(
        "<re.Match object; span=({}, {}), match={text}>",
        m.spans[0], m.spans[1]
    ))
}

fn m_copy(args: Args<'_>) -> PyResult<Value> {
    this(&args)?;
    Ok(args.positional[0].clone())
}

/// Attributes of a match object.
pub fn match_attr(v: &Value, name: &str) -> Option<Value> {
    let m = MATCH_TYPE.downcast(v)?;
    Some(match name {
        "string" => m.string.clone(),
        "re" => m.pattern.clone(),
        "pos" => int::int_from_i64(m.pos),
        "endpos" => int::int_from_i64(m.endpos),
        "lastindex" => {
            if m.lastindex < 0 {
                none_bool::none()
            } else {
                int::int_from_i64(m.lastindex)
            }
        }
        "lastgroup" => m.lastgroup(),
        "regs" => tuple::tuple_new((0..=m.groups()).map(|i| span_value(m, i)).collect()),
        _ => return None,
    })
}
