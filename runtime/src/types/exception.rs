//! Exceptions: the built-in hierarchy from `BaseException` down, exception
//! objects with `args`, `__cause__`, `__context__`, `__suppress_context__`
//! and `__traceback__`, and the materialization of the runtime's lazy
//! errors (`PyErr::Lazy`) into objects.
//!
//! All exception classes, built-in or defined in Python, share one
//! instance layout (`EXCEPTION_TYPE`): the fields above plus a `__dict__`.
//! The built-in classes are immortal type objects built from one table, so
//! the hierarchy is written down once.

use super::dict::Dict;
use super::{none_bool, str as pystr, tuple, typeobj};
use crate::args::Args;
use crate::error::{ExcKind, LazyError, PyErr, PyResult};
use crate::object::alloc::{self, drop_and_free};
use crate::object::header::ObjHeader;
use crate::object::typeinfo::TypeInfo;
use crate::protocol;
use crate::value::Value;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// The mutable fields of an exception, under one lock (exceptions are not
/// hot enough to deserve lock-free reads).
pub struct ExceptionFields {
    pub args: Value,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    pub traceback: Option<Value>,
    /// An exception group's `(message, exceptions)` (`group.rs`).
    pub group: Option<(Value, Value)>,
    /// The values of the `__slots__` its class declares, made on the first
    /// store (`slots.rs`): exceptions keep a `__dict__` beside them, as
    /// CPython's do.
    pub slots: Option<Value>,
}

/// The payload of an exception object.
pub struct ExceptionObject {
    /// Its class.
    pub class: Value,
    /// Attributes set by user code (`__dict__`).
    pub dict: Value,
    pub fields: Mutex<ExceptionFields>,
}

/// The instance layout of every exception class.
pub static EXCEPTION_TYPE: TypeInfo = TypeInfo {
    traverse: Some(traverse_exception),
    clear: Some(clear_exception),
    hash: Some(identity_hash),
    methods: &[
        ("__init__", base_exception_init),
        ("__str__", base_exception_str),
        ("__repr__", base_exception_repr),
    ],
    ..TypeInfo::new("BaseException", drop_and_free::<ExceptionObject>)
};

fn identity_hash(v: &Value) -> PyResult<isize> {
    Ok(super::instance::identity_hash(v))
}

/// The built-in hierarchy, parents before children: (name, base).
const HIERARCHY: &[(&str, Option<&str>)] = &[
    ("BaseException", None),
    ("SystemExit", Some("BaseException")),
    ("KeyboardInterrupt", Some("BaseException")),
    ("GeneratorExit", Some("BaseException")),
    ("BaseExceptionGroup", Some("BaseException")),
    ("Exception", Some("BaseException")),
    // Also derives from Exception: see `classes`.
    ("ExceptionGroup", Some("BaseExceptionGroup")),
    ("StopIteration", Some("Exception")),
    ("StopAsyncIteration", Some("Exception")),
    ("ArithmeticError", Some("Exception")),
    ("FloatingPointError", Some("ArithmeticError")),
    ("OverflowError", Some("ArithmeticError")),
    ("ZeroDivisionError", Some("ArithmeticError")),
    ("AssertionError", Some("Exception")),
    ("AttributeError", Some("Exception")),
    ("BufferError", Some("Exception")),
    ("EOFError", Some("Exception")),
    ("ImportError", Some("Exception")),
    ("ModuleNotFoundError", Some("ImportError")),
    ("LookupError", Some("Exception")),
    ("IndexError", Some("LookupError")),
    ("KeyError", Some("LookupError")),
    ("MemoryError", Some("Exception")),
    ("NameError", Some("Exception")),
    ("UnboundLocalError", Some("NameError")),
    ("OSError", Some("Exception")),
    ("BlockingIOError", Some("OSError")),
    ("ChildProcessError", Some("OSError")),
    ("ConnectionError", Some("OSError")),
    ("BrokenPipeError", Some("ConnectionError")),
    ("ConnectionAbortedError", Some("ConnectionError")),
    ("ConnectionRefusedError", Some("ConnectionError")),
    ("ConnectionResetError", Some("ConnectionError")),
    ("FileExistsError", Some("OSError")),
    ("FileNotFoundError", Some("OSError")),
    ("InterruptedError", Some("OSError")),
    ("IsADirectoryError", Some("OSError")),
    ("NotADirectoryError", Some("OSError")),
    ("PermissionError", Some("OSError")),
    ("ProcessLookupError", Some("OSError")),
    ("TimeoutError", Some("OSError")),
    ("ReferenceError", Some("Exception")),
    ("RuntimeError", Some("Exception")),
    ("NotImplementedError", Some("RuntimeError")),
    ("RecursionError", Some("RuntimeError")),
    ("SyntaxError", Some("Exception")),
    ("IndentationError", Some("SyntaxError")),
    ("TabError", Some("IndentationError")),
    ("SystemError", Some("Exception")),
    ("TypeError", Some("Exception")),
    ("ValueError", Some("Exception")),
    ("UnicodeError", Some("ValueError")),
    ("UnicodeDecodeError", Some("UnicodeError")),
    ("UnicodeEncodeError", Some("UnicodeError")),
    ("UnicodeTranslateError", Some("UnicodeError")),
    ("Warning", Some("Exception")),
    ("BytesWarning", Some("Warning")),
    ("DeprecationWarning", Some("Warning")),
    ("EncodingWarning", Some("Warning")),
    ("FutureWarning", Some("Warning")),
    ("ImportWarning", Some("Warning")),
    ("PendingDeprecationWarning", Some("Warning")),
    ("ResourceWarning", Some("Warning")),
    ("RuntimeWarning", Some("Warning")),
    ("SyntaxWarning", Some("Warning")),
    ("UnicodeWarning", Some("Warning")),
    ("UserWarning", Some("Warning")),
];

/// FNV-1a over a class name: the names are few, short and ours, so the
/// default SipHash (built against hostile keys) only costs time here, and
/// errors raised by name (`KeyError`, `TypeError`...) look one up each.
#[derive(Default)]
struct NameHasher(u64);

impl std::hash::Hasher for NameHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type ClassMap = HashMap<&'static str, Value, std::hash::BuildHasherDefault<NameHasher>>;

/// The built-in exception classes by name (immortal), built once.
fn classes() -> &'static ClassMap {
    static CLASSES: OnceLock<ClassMap> = OnceLock::new();
    CLASSES.get_or_init(|| {
        let mut map = ClassMap::default();
        for &(name, base) in HIERARCHY {
            let base = match base {
                Some(b) => map[b].clone(),
                None => typeobj::builtin_type(&typeobj::OBJECT_TYPE),
            };
            // The one built-in exception with two bases.
            let bases = if name == "ExceptionGroup" {
                vec![base, map["Exception"].clone()]
            } else {
                vec![base]
            };
            map.insert(
                name,
                typeobj::new_static_class(name, bases, &EXCEPTION_TYPE),
            );
        }
        map
    })
}

/// The built-in exception class called `name`, if there is one.
pub fn exception_class(name: &str) -> Option<Value> {
    classes().get(name).cloned()
}

/// The class of a lazy error's kind (looked up by name once per kind:
/// raising and matching errors ask for these constantly).
pub fn class_of_kind(kind: ExcKind) -> Value {
    const KINDS: usize = ExcKind::Exception as usize + 1;
    static BY_KIND: [OnceLock<Value>; KINDS] = [const { OnceLock::new() }; KINDS];
    BY_KIND[kind as usize]
        .get_or_init(|| exception_class(kind.name()).expect("every ExcKind is in the hierarchy"))
        .clone()
}

/// `BaseException`, the root every raised and caught class derives from.
pub fn base_exception_class() -> Value {
    static ROOT: OnceLock<Value> = OnceLock::new();
    ROOT.get_or_init(|| exception_class("BaseException").expect("the root"))
        .clone()
}

/// The names of all built-in exception classes (for the builtins module).
pub fn builtin_exception_names() -> impl Iterator<Item = &'static str> {
    HIERARCHY.iter().map(|&(name, _)| name)
}

/// The exception object behind `v`, if it is one.
pub fn as_exception(v: &Value) -> Option<&ExceptionObject> {
    // SAFETY: objects of `EXCEPTION_TYPE` are allocated as `Obj<ExceptionObject>`.
    unsafe { alloc::downcast::<ExceptionObject>(v, &EXCEPTION_TYPE) }
}

/// A new exception of `class` with `args` (not yet initialized by a user
/// `__init__`: `type_call` runs that).
pub fn new_exception(class: &Value, args: Vec<Value>) -> Value {
    let class = &os_error::effective_class(class, &args);
    let fields = ExceptionFields {
        args: tuple::tuple_new(args),
        cause: None,
        context: None,
        suppress_context: false,
        traceback: None,
        group: None,
        slots: None,
    };
    let payload = ExceptionObject {
        class: class.clone(),
        dict: Dict::new(),
        fields: Mutex::new(fields),
    };
    // SAFETY: a fresh object's one reference moves into the Value.
    unsafe { Value::from_owned(alloc::alloc(&EXCEPTION_TYPE, payload)) }
}

/// Turn a pending error into an exception object.
pub fn materialize(err: PyErr) -> Value {
    match err {
        PyErr::Object(v) => v,
        PyErr::Lazy(l) if l.kind == ExcKind::AttributeError && l.arg.is_some() => {
            let LazyError { message, arg, .. } = *l;
            let context = arg.expect("tested above");
            // An AttributeError from getattr carries `(name, obj)`, which
            // become its `name` and `obj` attributes (CPython's
            // set_attribute_error_context).
            let args = if message.is_empty() {
                vec![]
            } else {
                vec![pystr::str_from_string(message)]
            };
            let exc = new_exception(&class_of_kind(ExcKind::AttributeError), args);
            if let (Some(e), Some([name, obj])) = (as_exception(&exc), tuple::as_tuple(&context)) {
                let dict = Dict::cast(&e.dict).expect("a dict");
                let _ = dict.set(pystr::str_value("name"), name.clone());
                let _ = dict.set(pystr::str_value("obj"), obj.clone());
            }
            exc
        }
        PyErr::Lazy(l) => {
            let LazyError { kind, message, arg } = *l;
            let args = match arg {
                Some(a) => vec![a],
                None if message.is_empty() => vec![],
                None => vec![pystr::str_from_string(message)],
            };
            new_exception(&class_of_kind(kind), args)
        }
    }
}

/// `isinstance(exc, class)` for exception matching in `except` clauses.
pub fn matches(exc: &Value, class: &Value) -> bool {
    typeobj::is_subclass(&typeobj::type_of(exc), class)
}

fn lock(e: &ExceptionObject) -> std::sync::MutexGuard<'_, ExceptionFields> {
    e.fields.lock().unwrap_or_else(|p| p.into_inner())
}

/// `exc.args`.
pub fn args(exc: &Value) -> Value {
    lock(as_exception(exc).expect("an exception")).args.clone()
}

/// `raise exc from cause`: sets `__cause__` and `__suppress_context__`.
pub fn set_cause(exc: &Value, cause: Option<Value>) {
    let mut f = lock(as_exception(exc).expect("an exception"));
    f.cause = cause;
    f.suppress_context = true;
}

/// The implicit context: the exception being handled when `exc` was raised.
pub fn set_context(exc: &Value, context: Option<Value>) {
    lock(as_exception(exc).expect("an exception")).context = context;
}

/// `exc.__traceback__ = tb`.
pub fn set_traceback(exc: &Value, tb: Option<Value>) {
    lock(as_exception(exc).expect("an exception")).traceback = tb;
}

/// Read one of the exception's fields by its Python name; `None` if `name`
/// is not one of them.
pub fn get_field(exc: &ExceptionObject, name: &str) -> Option<Value> {
    let f = lock(exc);
    let opt = |v: &Option<Value>| v.clone().unwrap_or_else(none_bool::none);
    Some(match name {
        "args" => f.args.clone(),
        "__cause__" => opt(&f.cause),
        "__context__" => opt(&f.context),
        "__traceback__" => opt(&f.traceback),
        "__suppress_context__" => none_bool::bool_value(f.suppress_context),
        _ => return None,
    })
}

/// Write one of the exception's fields; `Ok(false)` if `name` is not one.
pub fn set_field(exc: &ExceptionObject, name: &str, value: Value) -> PyResult<bool> {
    let to_opt = |v: Value| {
        if none_bool::is_none(&v) {
            None
        } else {
            Some(v)
        }
    };
    let mut f = lock(exc);
    match name {
        "args" => {
            let items = tuple::as_tuple(&value)
                .map(<[Value]>::to_vec)
                .unwrap_or_else(|| vec![value]);
            f.args = tuple::tuple_new(items);
        }
        "__cause__" => {
            f.cause = to_opt(value);
            f.suppress_context = true;
        }
        "__context__" => f.context = to_opt(value),
        "__traceback__" => f.traceback = to_opt(value),
        "__suppress_context__" => {
            f.suppress_context = none_bool::as_bool(&value).ok_or_else(|| {
                PyErr::new(ExcKind::TypeError, "__suppress_context__ must be a bool")
            })?
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// `str(exc)`: empty, the one argument's `str`, or the args tuple's repr.
pub fn exception_str(exc: &Value) -> PyResult<String> {
    if let Some(s) = os_error::special_str(exc) {
        return s;
    }
    if let Some(s) = group::group_str(exc) {
        return Ok(s);
    }
    let args = args(exc);
    let items = tuple::as_tuple(&args).expect("args is a tuple");
    for kind in [ExcKind::UnicodeEncodeError, ExcKind::UnicodeDecodeError] {
        if matches(exc, &class_of_kind(kind)) {
            if let Some(text) = super::codecs::unicode_error_str(kind, items) {
                return Ok(text);
            }
        }
    }
    match items {
        [] => Ok(String::new()),
        [one] => match pystr::as_str(one) {
            // KeyError shows its key's repr.
            Some(s) if typeobj::type_name_of(exc) != "KeyError" => Ok(s.to_string()),
            _ => protocol::repr(one),
        },
        many => args_repr(many),
    }
}

fn args_repr(items: &[Value]) -> PyResult<String> {
    let parts: Vec<String> = items.iter().map(protocol::repr).collect::<PyResult<_>>()?;
    Ok(if parts.len() == 1 {
        format!("({},)", parts[0])
    } else {
        format!("({})", parts.join(", "))
    })
}

/// `repr(exc)`: `Name(arg, ...)`.
pub fn exception_repr(exc: &Value) -> PyResult<String> {
    let args = args(exc);
    let items = tuple::as_tuple(&args).expect("args is a tuple");
    let inner: Vec<String> = items.iter().map(protocol::repr).collect::<PyResult<_>>()?;
    Ok(format!(
        "{}({})",
        typeobj::type_name_of(exc),
        inner.join(", ")
    ))
}

/// `BaseException.__init__(self, *args)`: records the arguments.
fn base_exception_init(a: Args<'_>) -> PyResult<Value> {
    let (receiver, rest) = a.positional.split_first().ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            "descriptor '__init__' of 'BaseException' object needs an argument",
        )
    })?;
    let e = as_exception(receiver).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            "descriptor '__init__' requires a 'BaseException' object",
        )
    })?;
    init_keywords(e, a.keywords)?;
    lock(e).args = tuple::tuple_from_slice(rest);
    Ok(none_bool::none())
}

/// The keywords `BaseException.__init__` accepts: `name` and `path` for
/// `ImportError`s, `name` and `obj` for `AttributeError`s (kept in the
/// instance dict, where their attributes read them); none for the rest,
/// with CPython's messages.
fn init_keywords(e: &ExceptionObject, keywords: &[(Value, Value)]) -> PyResult<()> {
    if keywords.is_empty() {
        return Ok(());
    }
    let family =
        |name: &str| exception_class(name).is_some_and(|c| typeobj::is_subclass(&e.class, &c));
    let (owner, allowed): (&str, [&str; 2]) = if family("ImportError") {
        ("ImportError", ["name", "path"])
    } else if family("AttributeError") {
        ("AttributeError", ["name", "obj"])
    } else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "{}() takes no keyword arguments",
                typeobj::type_name(&e.class)
            ),
        ));
    };
    let dict = Dict::cast(&e.dict).expect("a dict");
    for (k, v) in keywords {
        let k_str = pystr::as_str(k).unwrap_or("?");
        if !allowed.contains(&k_str) {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("'{k_str}' is an invalid keyword argument for {owner}()"),
            ));
        }
        dict.set(k.clone(), v.clone())?;
    }
    Ok(())
}

fn receiver(a: &Args<'_>, method: &str) -> PyResult<Value> {
    match a.positional {
        [r] if as_exception(r).is_some() => Ok(r.clone()),
        _ => Err(PyErr::new(
            ExcKind::TypeError,
            format!("descriptor '{method}' requires a 'BaseException' object"),
        )),
    }
}

fn base_exception_str(a: Args<'_>) -> PyResult<Value> {
    Ok(pystr::str_from_string(exception_str(&receiver(
        &a, "__str__",
    )?)?))
}

fn base_exception_repr(a: Args<'_>) -> PyResult<Value> {
    Ok(pystr::str_from_string(exception_repr(&receiver(
        &a, "__repr__",
    )?)?))
}

/// Break cycles (an exception whose traceback holds a frame that holds it).
fn clear_exception(v: &Value) {
    let Some(e) = as_exception(v) else { return };
    let (cause, context, traceback, group, slots) = {
        let mut f = lock(e);
        (
            f.cause.take(),
            f.context.take(),
            f.traceback.take(),
            f.group.take(),
            f.slots.take(),
        )
    };
    // Its `__dict__` is left alone: if it is garbage too the collector
    // clears it, and if live code holds it, it must stay intact.
    drop((cause, context, traceback, group, slots));
}

/// # Safety
/// `obj` is a live `Obj<ExceptionObject>`.
unsafe fn traverse_exception(obj: *const ObjHeader, visit: &mut dyn FnMut(*const ObjHeader)) {
    // SAFETY: the caller's contract.
    let e = unsafe {
        alloc::payload::<ExceptionObject>(std::ptr::NonNull::new_unchecked(obj as *mut ObjHeader))
    };
    let f = lock(e);
    let group = f.group.as_ref().map(|(m, e)| [m, e]);
    let fields = [
        Some(&f.args),
        f.cause.as_ref(),
        f.context.as_ref(),
        f.traceback.as_ref(),
        f.slots.as_ref(),
    ]
    .into_iter()
    .chain(group.into_iter().flatten().map(Some));
    for v in [Some(&e.class), Some(&e.dict)]
        .into_iter()
        .chain(fields)
        .flatten()
    {
        if let Some(o) = v.as_object() {
            visit(o.as_ptr());
        }
    }
}

/// The table of `e`'s `__slots__` values (a dict, made on first use).
pub fn slot_table(e: &ExceptionObject) -> Value {
    lock(e).slots.get_or_insert_with(Dict::new).clone()
}

pub mod group;
mod os_error;
pub use os_error::os_error_field;

#[cfg(all(test, not(loom)))]
mod tests;
