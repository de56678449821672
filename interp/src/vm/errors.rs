//! Raising and reporting exceptions: built-in exceptions by class name,
//! traceback entries recorded while an exception unwinds, and CPython's
//! traceback printout.

use std::collections::HashMap;
use std::sync::Arc;

use parking_lot::Mutex;
use weft_runtime::object::native::{NativeType, Traverse};
use weft_runtime::types::exception::{self, as_exception};
use weft_runtime::types::{int, none_bool, str as pystr, typeobj};
use weft_runtime::{PyErr, TypeInfo, Value};

use super::code::CodeRt;

/// A new exception of the built-in class `name` with one message argument.
pub fn error(name: &str, message: impl Into<String>) -> PyErr {
    let class = exception::exception_class(name)
        .unwrap_or_else(|| exception::exception_class("SystemError").expect("SystemError"));
    let message = message.into();
    let args = if message.is_empty() {
        vec![]
    } else {
        vec![pystr::str_from_string(message)]
    };
    PyErr::Object(exception::new_exception(&class, args))
}

/// `TypeError(message)`.
pub fn type_error(message: impl Into<String>) -> PyErr {
    error("TypeError", message)
}

/// One frame of a traceback.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Arc<CodeRt>,
    pub line: u32,
    /// The failing instruction's source range (for the caret line).
    pub position: Option<crate::bytecode::code::LineTableEntry>,
    /// Which frame activation: a frame re-raising its own exception does
    /// not add itself twice.
    pub frame_id: u64,
}

/// `exc.__traceback__`: the frames an exception passed through, innermost
/// first.
pub struct Traceback {
    pub entries: Mutex<Vec<TbEntry>>,
}

impl Traverse for Traceback {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

pub static TRACEBACK_TYPE: NativeType<Traceback> = NativeType::new(TypeInfo::new(
    "traceback",
    weft_runtime::object::alloc::drop_and_free::<()>,
));

/// Record that `exc` passed through frame `frame_id` at instruction `index`.
pub fn add_traceback(exc: &Value, code: &Arc<CodeRt>, index: usize, frame_id: u64) {
    let Some(e) = as_exception(exc) else { return };
    let existing = exception::get_field(e, "__traceback__").filter(|t| TRACEBACK_TYPE.is(t));
    let tb = match existing {
        Some(tb) => tb,
        None => {
            let tb = TRACEBACK_TYPE.alloc(Traceback {
                entries: Mutex::new(Vec::new()),
            });
            exception::set_traceback(exc, Some(tb.clone()));
            tb
        }
    };
    let t = TRACEBACK_TYPE.downcast(&tb).expect("checked");
    let mut entries = t.entries.lock();
    if entries.last().is_some_and(|last| last.frame_id == frame_id) {
        return;
    }
    let position = code.position(index);
    let line = position.map_or(code.code.first_line, |p| p.line);
    entries.push(TbEntry {
        code: code.clone(),
        line,
        position,
        frame_id,
    });
}

/// The printable class name: `module.Qualname` unless the class lives in
/// `builtins` or `__main__`.
pub fn exception_type_name(exc: &Value) -> String {
    let class = typeobj::type_of(exc);
    let name = typeobj::type_name(&class);
    let module = typeobj::lookup(&class, weft_runtime::interned!("__module__"))
        .and_then(|m| pystr::as_str(&m).map(str::to_string));
    let qual = typeobj::lookup(&class, weft_runtime::interned!("__qualname__"))
        .and_then(|m| pystr::as_str(&m).map(str::to_string))
        .unwrap_or(name);
    match module.as_deref() {
        None | Some("builtins") | Some("__main__") => qual,
        Some(m) => format!("{m}.{qual}"),
    }
}

/// `Name: message` (or `Name` when the message is empty): the last line.
pub fn exception_only(exc: &Value) -> String {
    let name = exception_type_name(exc);
    // A SyntaxError shows where it is: file, line, the text and a caret.
    if super::syntax_error::is_syntax_error(exc) {
        if let Ok((location, msg)) = super::syntax_error::location_and_message(exc) {
            return if msg.is_empty() {
                format!("{location}{name}")
            } else {
                format!("{location}{name}: {msg}")
            };
        }
    }
    let text = match super::ops::str_of(exc) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if text.is_empty() {
        name
    } else {
        format!("{name}: {text}")
    }
}

/// Source files read for tracebacks.
fn source_line(filename: &str, line: u32) -> Option<String> {
    static CACHE: std::sync::OnceLock<Mutex<HashMap<String, Option<Arc<Vec<String>>>>>> =
        std::sync::OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    let lines = cache
        .lock()
        .entry(filename.to_string())
        .or_insert_with(|| {
            let bytes = std::fs::read(filename).ok()?;
            Some(Arc::new(
                String::from_utf8_lossy(&bytes)
                    .lines()
                    .map(str::to_string)
                    .collect(),
            ))
        })
        .clone()?;
    lines
        .get(line.checked_sub(1)? as usize)
        .filter(|l| !l.trim().is_empty())
        .cloned()
}

/// The full report of an uncaught exception, chained ones first; an
/// exception group shows its members in nested boxes (CPython's
/// `traceback.TracebackException.format`).
pub fn format_exception(exc: &Value) -> String {
    let mut out = String::new();
    let mut ctx = PrintContext {
        depth: 0,
        need_close: false,
        seen: Vec::new(),
    };
    format_chain(exc, &mut out, &mut ctx);
    out
}

/// Where the printout is inside exception group boxes.
struct PrintContext {
    /// Nesting of group boxes: each level indents two columns.
    depth: usize,
    /// The last member of a group still has to draw its box's bottom.
    need_close: bool,
    /// Exceptions printed already (chains may loop).
    seen: Vec<usize>,
}

/// CPython prints at most 15 members of a group, and 10 levels of groups.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

impl PrintContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// `text`'s lines, each behind the current margin.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

fn format_chain(exc: &Value, out: &mut String, ctx: &mut PrintContext) {
    ctx.seen.push(exc.word());
    if let Some(e) = as_exception(exc) {
        let cause = exception::get_field(e, "__cause__").filter(|c| !none_bool::is_none(c));
        let context = exception::get_field(e, "__context__").filter(|c| !none_bool::is_none(c));
        let suppress = exception::get_field(e, "__suppress_context__")
            .and_then(|s| none_bool::as_bool(&s))
            .unwrap_or(false);
        if let Some(c) = cause.filter(|c| !ctx.seen.contains(&c.word())) {
            format_chain(&c, out, ctx);
            ctx.emit(
                out,
                "\nThe above exception was the direct cause of the following exception:\n\n",
                '|',
            );
        } else if let Some(c) = context.filter(|c| !suppress && !ctx.seen.contains(&c.word())) {
            format_chain(&c, out, ctx);
            ctx.emit(
                out,
                "\nDuring handling of the above exception, another exception occurred:\n\n",
                '|',
            );
        }
    }
    let stack = stack_text(exc);
    let members = exception::group::parts(exc).map(|(_, m)| {
        weft_runtime::types::tuple::as_tuple(&m)
            .map(<[Value]>::to_vec)
            .unwrap_or_default()
    });
    let Some(members) = members else {
        if !stack.is_empty() {
            ctx.emit(out, "Traceback (most recent call last):\n", '|');
            ctx.emit(out, &stack, '|');
        }
        ctx.emit(out, &exception_only_with_notes(exc), '|');
        return;
    };
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.emit(
            out,
            &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
            '|',
        );
        return;
    }
    let top = ctx.depth == 0;
    if top {
        ctx.depth += 1;
    }
    if !stack.is_empty() {
        ctx.emit(
            out,
            "Exception Group Traceback (most recent call last):\n",
            if top { '+' } else { '|' },
        );
        ctx.emit(out, &stack, '|');
    }
    ctx.emit(out, &exception_only_with_notes(exc), '|');
    let n = members.len().min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for i in 0..n {
        let last = i == n - 1;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        out.push_str(&format!(
            "{}{}+---------------- {title} ----------------\n",
            ctx.indent(),
            if i == 0 { "+-" } else { "  " }
        ));
        ctx.depth += 1;
        if truncated {
            let remaining = members.len() - MAX_GROUP_WIDTH;
            ctx.emit(
                out,
                &format!(
                    "and {remaining} more exception{}\n",
                    if remaining > 1 { "s" } else { "" }
                ),
                '|',
            );
        } else {
            format_chain(&members[i], out, ctx);
        }
        if last && ctx.need_close {
            out.push_str(&format!(
                "{}+------------------------------------\n",
                ctx.indent()
            ));
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if top {
        ctx.depth = 0;
    }
}

/// The traceback's frames, outermost first, as CPython prints them.
fn stack_text(exc: &Value) -> String {
    let mut out = String::new();
    let Some(e) = as_exception(exc) else {
        return out;
    };
    let entries = exception::get_field(e, "__traceback__")
        .and_then(|t| {
            TRACEBACK_TYPE
                .downcast(&t)
                .map(|t| t.entries.lock().clone())
        })
        .unwrap_or_default();
    // As CPython, a run of more than three identical entries (deep
    // recursion) prints three and a count of the rest.
    let mut previous: Option<(&str, u32, &str)> = None;
    let mut repeats = 0usize;
    let flush = |out: &mut String, repeats: usize| {
        if repeats > 3 {
            let n = repeats - 3;
            out.push_str(&format!(
                "  [Previous line repeated {n} more time{}]\n",
                if n == 1 { "" } else { "s" }
            ));
        }
    };
    for entry in entries.iter().rev() {
        let file = &entry.code.code.filename;
        let key = (&**file, entry.line, &*entry.code.code.name);
        if previous == Some(key) {
            repeats += 1;
            if repeats > 3 {
                continue;
            }
        } else {
            flush(&mut out, repeats);
            previous = Some(key);
            repeats = 1;
        }
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            file, entry.line, entry.code.code.name
        ));
        if let Some(src) = source_line(file, entry.line) {
            // As CPython's own printer: leading whitespace goes, trailing stays.
            out.push_str(&format!("    {}\n", src.trim_start()));
            if let Some(carets) = entry
                .position
                .and_then(|p| super::carets::caret_line(&src, &p))
            {
                out.push_str(&carets);
                out.push('\n');
            }
        }
    }
    flush(&mut out, repeats);
    out
}

/// The `Name: message` line and the notes added with `add_note`, one per line.
fn exception_only_with_notes(exc: &Value) -> String {
    let mut out = exception_only(exc);
    out.push('\n');
    if let Ok(notes) = weft_runtime::attr::getattr(exc, weft_runtime::interned!("__notes__")) {
        for note in weft_runtime::types::list::List::cast(&notes)
            .map(|l| l.to_vec())
            .unwrap_or_default()
        {
            out.push_str(&super::ops::str_of(&note).unwrap_or_default());
            out.push('\n');
        }
    }
    out
}

/// Turn any error into an exception object.
pub fn materialize(err: PyErr) -> Value {
    exception::materialize(err)
}

/// Print an uncaught exception (CPython's report) and choose the exit
/// status: `SystemExit`'s code, else 1.
pub fn report_uncaught(e: PyErr) -> i32 {
    let exc = exception::materialize(e);
    let system_exit = exception::exception_class("SystemExit").expect("SystemExit");
    if exception::matches(&exc, &system_exit) {
        // Its `code` attribute, as CPython reads it: the argument, all of
        // them as a tuple, or what was assigned.
        let code: Option<Value> = super::attr::getattr(&exc, weft_runtime::interned!("code")).ok();
        return match code {
            None => 0,
            Some(c) if none_bool::is_none(&c) => 0,
            Some(c) => match int::as_int(&c).and_then(|i| i.to_i64()) {
                Some(n) => n as i32,
                None => {
                    let text = super::ops::str_of(&c).unwrap_or_default();
                    crate::modules::stdio::write_stderr(&format!("{text}\n"));
                    1
                }
            },
        };
    }
    report_through_excepthook(&exc);
    1
}

/// Print an uncaught exception's report: through `sys.excepthook` when the
/// program replaced it, as CPython does, else directly. An error in the
/// hook is reported together with the original exception.
fn report_through_excepthook(exc: &Value) {
    let hooks = sys_hook("excepthook", "__excepthook__");
    let write = crate::modules::stdio::write_stderr;
    match hooks {
        SysHook::Replaced(hook) => {
            let tb = super::attr::getattr(exc, weft_runtime::interned!("__traceback__"))
                .unwrap_or_else(|_| none_bool::none());
            let args = [weft_runtime::types::typeobj::type_of(exc), exc.clone(), tb];
            if let Err(e) = weft_runtime::protocol::call(&hook, &args) {
                write("Error in sys.excepthook:\n");
                write(&format_exception(&exception::materialize(e)));
                write("\nOriginal exception was:\n");
                write(&format_exception(exc));
            }
        }
        SysHook::Missing => {
            write("sys.excepthook is missing\n");
            write(&format_exception(exc));
        }
        SysHook::Default => write(&format_exception(exc)),
    }
}

/// Attributes of a traceback object: it holds the frames an exception
/// passed through, and stands for the outermost; `tb_next` is a new one
/// for the rest.
pub fn traceback_attr(obj: &Value, name: &str) -> Option<Value> {
    let t = TRACEBACK_TYPE.downcast(obj)?;
    let entries = t.entries.lock();
    let last = entries.last()?;
    Some(match name {
        "tb_lineno" => Value::small_int(last.line as i64).expect("a line number"),
        "tb_frame" => super::frame_object::frame_object_at(
            last.code.clone(),
            none_bool::none(),
            last.position,
            none_bool::none(),
        ),
        "tb_next" => {
            if entries.len() < 2 {
                none_bool::none()
            } else {
                TRACEBACK_TYPE.alloc(Traceback {
                    entries: Mutex::new(entries[..entries.len() - 1].to_vec()),
                })
            }
        }
        "_positions" => super::frame_object::positions_tuple(last.position),
        _ => return None,
    })
}

/// The caret line (`    ~~^~~`) CPython prints under a traceback's
/// source line `line`, for the `traceback` module: None when there is none.
pub fn caret_text(line: &str, position: (u32, u32, u32, u32)) -> Option<String> {
    let (line_no, end_line, column, end_column) = position;
    let entry = crate::bytecode::code::LineTableEntry {
        start: 0,
        line: line_no,
        end_line,
        column,
        end_column,
    };
    super::carets::caret_line(line, &entry)
}

/// Report an exception that cannot propagate (in `__del__`, a weak
/// reference callback, a dying generator): through `sys.unraisablehook`
/// when the program replaced it, else CPython's report on stderr, headed
/// by what raised it (`object`, or the description `what`).
pub fn report_unraisable(exc: &Value, object: Option<&Value>, what: Option<&str>) {
    if let SysHook::Replaced(hook) = sys_hook("unraisablehook", "__unraisablehook__") {
        if let Err(e) = call_unraisable_hook(&hook, exc, object) {
            let hook_repr = super::ops::repr_of(&hook).unwrap_or_else(|_| "?".to_string());
            crate::modules::stdio::write_stderr(&format!(
                "Exception ignored in sys.unraisablehook: {hook_repr}\n{}",
                format_exception(&exception::materialize(e))
            ));
        }
        return;
    }
    write_unraisable(exc, object, what);
}

/// A hook of `sys` (`excepthook`, `unraisablehook`) as the program left it.
enum SysHook {
    /// Still the default (`sys.__excepthook__`), or no `sys` yet.
    Default,
    /// Deleted from `sys`.
    Missing,
    /// Replaced by the program.
    Replaced(Value),
}

fn sys_hook(name: &str, default_name: &str) -> SysHook {
    let Some(sys) = weft_runtime::types::dict::Dict::cast(&super::import::modules())
        .and_then(|m| m.get(weft_runtime::interned!("sys")).ok().flatten())
    else {
        return SysHook::Default;
    };
    let Ok(hook) = super::attr::getattr(&sys, &pystr::intern(name)) else {
        return SysHook::Missing;
    };
    match super::attr::getattr(&sys, &pystr::intern(default_name)) {
        Ok(default) if default.is(&hook) => SysHook::Default,
        _ => SysHook::Replaced(hook),
    }
}

fn call_unraisable_hook(
    hook: &Value,
    exc: &Value,
    object: Option<&Value>,
) -> weft_runtime::PyResult<Value> {
    let info = super::import::import_module("_sysinfo")?;
    let make = super::attr::getattr(&info, &pystr::intern("_unraisable_args"))?;
    let tb = super::attr::getattr(exc, weft_runtime::interned!("__traceback__"))
        .unwrap_or_else(|_| none_bool::none());
    let args = weft_runtime::protocol::call(
        &make,
        &[
            weft_runtime::types::typeobj::type_of(exc),
            exc.clone(),
            tb,
            none_bool::none(),
            object.cloned().unwrap_or_else(none_bool::none),
        ],
    )?;
    weft_runtime::protocol::call(hook, &[args])
}

/// CPython's default report: `Exception ignored in: <what>`, then the
/// exception's traceback.
fn write_unraisable(exc: &Value, object: Option<&Value>, what: Option<&str>) {
    let what = match (what, object) {
        (Some(w), _) => w.to_string(),
        (None, Some(o)) => {
            super::ops::repr_of(o).unwrap_or_else(|_| "<object repr() failed>".to_string())
        }
        (None, None) => String::new(),
    };
    crate::modules::stdio::write_stderr(&format!(
        "Exception ignored in: {what}\n{}",
        format_exception(exc)
    ));
}

/// `sys.unraisablehook(unraisable)` as CPython's default: the report, from
/// the argument's `exc_value`, `object` and `err_msg`.
pub fn default_unraisablehook(args: weft_runtime::Args<'_>) -> weft_runtime::PyResult<Value> {
    let [info] = args.positional else {
        return Err(type_error(format!(
            "sys.unraisablehook() takes exactly one argument ({} given)",
            args.positional.len()
        )));
    };
    let field = |name: &str| {
        super::attr::getattr(info, &pystr::intern(name))
            .map(|v| (!none_bool::is_none(&v)).then_some(v))
    };
    let exc = field("exc_value")?.unwrap_or_else(none_bool::none);
    let object = field("object")?;
    let err_msg = match field("err_msg")? {
        Some(m) => Some(super::ops::str_of(&m)?),
        None => None,
    };
    let what = match (&err_msg, &object) {
        (Some(m), Some(o)) => Some(format!("{m}: {}", super::ops::repr_of(o)?)),
        (Some(m), None) => Some(m.clone()),
        (None, _) => None,
    };
    if err_msg.is_some() {
        crate::modules::stdio::write_stderr(&format!(
            "{}\n{}",
            what.unwrap_or_default(),
            format_exception(&exc)
        ));
    } else {
        write_unraisable(&exc, object.as_ref(), None);
    }
    Ok(none_bool::none())
}
