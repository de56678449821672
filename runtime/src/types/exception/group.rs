//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): the construction
//! rules of `BaseExceptionGroup.__new__`, `message`, `exceptions`, their
//! `str`, and `split` / `subgroup` / `derive`.

use super::super::list::List;
use super::super::{dict::Dict, tuple, typeobj};
use super::{as_exception, exception_class, lock, new_exception};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::protocol;
use crate::value::Value;

fn builtin(name: &str) -> Value {
    exception_class(name).expect("a built-in exception class")
}

/// Whether `class` is `BaseExceptionGroup` or one of its subclasses.
pub fn is_group_class(class: &Value) -> bool {
    typeobj::is_subclass(class, &builtin("BaseExceptionGroup"))
}

/// Whether `exc` is an exception group.
pub fn is_group(exc: &Value) -> bool {
    is_group_class(&typeobj::type_of(exc))
}

/// `cls(message, exceptions)` for a group class: checks the arguments as
/// `BaseExceptionGroup.__new__` does and makes the group. A
/// `BaseExceptionGroup` of `Exception`s only is an `ExceptionGroup`.
pub fn new_group(cls: &Value, args: &[Value], has_keywords: bool) -> PyResult<Value> {
    let type_error = |m: String| PyErr::new(ExcKind::TypeError, m);
    if has_keywords
        && (cls.is(&builtin("BaseExceptionGroup")) || cls.is(&builtin("ExceptionGroup")))
    {
        return Err(type_error(format!(
            "{}() takes no keyword arguments",
            typeobj::type_name(cls)
        )));
    }
    let [message, exceptions] = args else {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    };
    if super::pystr::as_str(message).is_none() {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            typeobj::type_name_of(message)
        )));
    }
    let items: Vec<Value> = if let Some(t) = tuple::as_tuple(exceptions) {
        t.to_vec()
    } else if let Some(l) = List::cast(exceptions) {
        l.to_vec()
    } else {
        return Err(type_error(
            "second argument (exceptions) must be a sequence".into(),
        ));
    };
    if items.is_empty() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let mut nested_base = false;
    for (i, e) in items.iter().enumerate() {
        if as_exception(e).is_none() {
            return Err(PyErr::new(
                ExcKind::ValueError,
                format!("Item {i} of second argument (exceptions) is not an exception"),
            ));
        }
        nested_base |= !typeobj::isinstance(e, &builtin("Exception"));
    }
    let mut cls = cls.clone();
    if cls.is(&builtin("BaseExceptionGroup")) {
        if !nested_base {
            cls = builtin("ExceptionGroup");
        }
    } else if cls.is(&builtin("ExceptionGroup")) {
        if nested_base {
            return Err(type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup".into(),
            ));
        }
    } else if nested_base && typeobj::is_subclass(&cls, &builtin("Exception")) {
        return Err(type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            typeobj::type_name(&cls)
        )));
    }
    let group = new_exception(&cls, args.to_vec());
    let e = as_exception(&group).expect("just made");
    lock(e).group = Some((message.clone(), tuple::tuple_new(items)));
    Ok(group)
}

/// `(message, exceptions)` of a group.
pub fn parts(exc: &Value) -> Option<(Value, Value)> {
    lock(as_exception(exc)?).group.clone()
}

/// `str(group)`: `msg (3 sub-exceptions)`.
pub fn group_str(exc: &Value) -> Option<String> {
    let (message, exceptions) = parts(exc)?;
    let n = tuple::as_tuple(&exceptions).map_or(0, <[Value]>::len);
    let msg = super::pystr::as_str(&message).unwrap_or("");
    Some(format!(
        "{msg} ({n} sub-exception{})",
        if n == 1 { "" } else { "s" }
    ))
}

/// What `split` / `subgroup` / `except*` match exceptions with.
pub enum Matcher {
    Types(Value),
    Predicate(Value),
    /// These very exceptions (by identity): `except*`'s re-raise projection.
    Leaves(Vec<Value>),
}

impl Matcher {
    /// A type, a tuple of types, or a callable; CPython's TypeError otherwise.
    pub fn new(cond: &Value) -> PyResult<Matcher> {
        let is_types = typeobj::as_type(cond).is_some()
            || tuple::as_tuple(cond)
                .is_some_and(|t| t.iter().all(|c| typeobj::as_type(c).is_some()));
        if is_types {
            return Ok(Matcher::Types(cond.clone()));
        }
        if protocol::has_call_slot(cond) || super::super::instance::as_instance(cond).is_some() {
            return Ok(Matcher::Predicate(cond.clone()));
        }
        Err(PyErr::new(
            ExcKind::TypeError,
            "expected a function, exception type or tuple of exception types",
        ))
    }

    fn matches(&self, exc: &Value, truthy: &dyn Fn(&Value) -> PyResult<bool>) -> PyResult<bool> {
        match self {
            Matcher::Types(t) => Ok(match tuple::as_tuple(t) {
                Some(ts) => ts.iter().any(|c| typeobj::isinstance(exc, c)),
                None => typeobj::isinstance(exc, t),
            }),
            Matcher::Predicate(f) => truthy(&protocol::call(f, std::slice::from_ref(exc))?),
            Matcher::Leaves(leaves) => Ok(leaves.iter().any(|l| l.is(exc))),
        }
    }
}

/// Operations `split` needs from the interpreter: truth of a predicate's
/// result and a method call (`derive` may be overridden in Python).
pub struct Hooks<'a> {
    pub truthy: &'a dyn Fn(&Value) -> PyResult<bool>,
    pub derive: &'a dyn Fn(&Value, Value) -> PyResult<Value>,
}

/// `group.split(cond)`: `(match, rest)`, each a group or `None`
/// (CPython's exceptiongroup_split_recursive). Without `want_rest` only
/// the match is built (`subgroup`).
pub fn split(
    exc: &Value,
    m: &Matcher,
    want_rest: bool,
    hooks: &Hooks<'_>,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if m.matches(exc, hooks.truthy)? {
        return Ok((Some(exc.clone()), None));
    }
    let Some((_, exceptions)) = parts(exc) else {
        // A leaf that does not match.
        return Ok((None, Some(exc.clone())));
    };
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in tuple::as_tuple(&exceptions).expect("a tuple") {
        let (mm, rr) = split(e, m, want_rest, hooks)?;
        matched.extend(mm);
        if want_rest {
            rest.extend(rr);
        }
    }
    let subset = |items: Vec<Value>| -> PyResult<Option<Value>> {
        if items.is_empty() {
            return Ok(None);
        }
        let derived = (hooks.derive)(exc, List::new(items))?;
        copy_metadata(exc, &derived)?;
        Ok(Some(derived))
    };
    Ok((
        subset(matched)?,
        if want_rest { subset(rest)? } else { None },
    ))
}

/// A split part keeps the original's traceback, cause, context and a copy
/// of its notes.
fn copy_metadata(from: &Value, to: &Value) -> PyResult<()> {
    let (Some(src), Some(dst)) = (as_exception(from), as_exception(to)) else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "derive must return an instance of BaseExceptionGroup",
        ));
    };
    {
        let s = lock(src);
        let (tb, cause, context, suppress) = (
            s.traceback.clone(),
            s.cause.clone(),
            s.context.clone(),
            s.suppress_context,
        );
        drop(s);
        let mut d = lock(dst);
        d.traceback = tb;
        d.cause = cause;
        d.context = context;
        d.suppress_context = suppress;
    }
    let notes_key = crate::interned!("__notes__");
    if let Some(notes) = Dict::cast(&src.dict).expect("a dict").get(notes_key)? {
        let copy = match List::cast(&notes) {
            Some(l) => List::new(l.to_vec()),
            None => notes,
        };
        Dict::cast(&dst.dict)
            .expect("a dict")
            .set(notes_key.clone(), copy)?;
    }
    Ok(())
}

/// `group.derive(excs)`: a group of the base kind with the same message.
pub fn derive(exc: &Value, excs: Value) -> PyResult<Value> {
    let (message, _) = parts(exc)
        .ok_or_else(|| PyErr::new(ExcKind::TypeError, "derive() needs an exception group"))?;
    new_group(&builtin("BaseExceptionGroup"), &[message, excs], false)
}

// ------------------------------------------------------------ except*

/// The leaf exceptions of `exc` (itself unless it is a group).
fn collect_leaves(exc: &Value, out: &mut Vec<Value>) {
    match parts(exc) {
        Some((_, exceptions)) => {
            for e in tuple::as_tuple(&exceptions).expect("a tuple") {
                collect_leaves(e, out);
            }
        }
        None => out.push(exc.clone()),
    }
}

/// Whether `a` carries `b`'s traceback, cause, context and notes (the same
/// objects): it is `b` or a part split from it, re-raised.
fn same_metadata(a: &Value, b: &Value) -> PyResult<bool> {
    let (Some(x), Some(y)) = (as_exception(a), as_exception(b)) else {
        return Ok(false);
    };
    let same = |p: &Option<Value>, q: &Option<Value>| match (p, q) {
        (Some(p), Some(q)) => p.is(q),
        (None, None) => true,
        _ => false,
    };
    let fields = |e| {
        let f = lock(e);
        (f.traceback.clone(), f.cause.clone(), f.context.clone())
    };
    let (xf, yf) = (fields(x), fields(y));
    let notes_key = crate::interned!("__notes__");
    let xn = Dict::cast(&x.dict).expect("a dict").get(notes_key)?;
    let yn = Dict::cast(&y.dict).expect("a dict").get(notes_key)?;
    Ok(same(&xf.0, &yf.0) && same(&xf.1, &yf.1) && same(&xf.2, &yf.2) && same(&xn, &yn))
}

/// What an `except*` statement raises once its clauses ran: `excs` holds
/// what each clause raised, then the unmatched rest (`None`s skipped).
/// Parts of `orig` that come back unchanged keep its structure; new
/// exceptions join them in a new group (CPython's _PyExc_PrepReraiseStar).
pub fn prep_reraise_star(
    orig: &Value,
    excs: &[Value],
    hooks: &Hooks<'_>,
) -> PyResult<Option<Value>> {
    let present: Vec<&Value> = excs
        .iter()
        .filter(|e| !super::none_bool::is_none(e))
        .collect();
    if !is_group(orig) {
        // A naked exception was wrapped: at most one clause ran.
        return Ok(excs
            .first()
            .filter(|e| !super::none_bool::is_none(e))
            .cloned());
    }
    let mut raised = Vec::new();
    let mut reraised = Vec::new();
    for e in present {
        if same_metadata(e, orig)? {
            reraised.push(e.clone());
        } else {
            raised.push(e.clone());
        }
    }
    let mut leaves = Vec::new();
    for e in &reraised {
        collect_leaves(e, &mut leaves);
    }
    let projection = if leaves.is_empty() {
        None
    } else {
        split(orig, &Matcher::Leaves(leaves), false, hooks)?.0
    };
    if raised.is_empty() {
        return Ok(projection);
    }
    raised.extend(projection);
    if raised.len() == 1 {
        return Ok(raised.pop());
    }
    new_group(
        &builtin("BaseExceptionGroup"),
        &[super::pystr::str_value(""), List::new(raised)],
        false,
    )
    .map(Some)
}

/// Checks an `except*` clause's class (or tuple of classes): exception
/// classes, and no exception group classes.
pub fn check_except_star_kind(kind: &Value) -> PyResult<()> {
    let classes: Vec<Value> = match tuple::as_tuple(kind) {
        Some(t) => t.to_vec(),
        None => vec![kind.clone()],
    };
    let base = builtin("BaseException");
    for c in &classes {
        if typeobj::as_type(c).is_none() || !typeobj::is_subclass(c, &base) {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
    }
    if classes.iter().any(is_group_class) {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        ));
    }
    Ok(())
}

/// A naked exception matched by `except*` is wrapped in a group of one.
pub fn wrap_naked(exc: &Value) -> PyResult<Value> {
    let tb = as_exception(exc).and_then(|e| lock(e).traceback.clone());
    let group = new_group(
        &builtin("BaseExceptionGroup"),
        &[
            super::pystr::str_value(""),
            tuple::tuple_new(vec![exc.clone()]),
        ],
        false,
    )?;
    if let Some(g) = as_exception(&group) {
        lock(g).traceback = tb;
    }
    Ok(group)
}
