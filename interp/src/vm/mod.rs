//! The virtual machine: code preparation, frames, the evaluation loop, and
//! the object protocols the loop relies on. `init` wires it into the
//! runtime once per process.

pub mod attr;
pub mod attr_cache;
pub mod call;
pub mod carets;
pub mod code;
pub mod errors;
pub mod eval;
pub mod except_star;
pub mod exception_group;
pub mod format;
pub mod format_complex;
pub mod format_spec;
pub mod frame;
pub mod frame_builtins;
pub mod frame_object;
pub mod function;
pub mod generator;
pub mod import;
pub mod iterators;
pub mod matching;
pub mod names;
pub mod namespace;
pub mod objects;
pub mod ops;
pub mod repr;
pub mod run;
pub mod setops;
pub mod shared;
pub mod singletons;
pub mod slot_wrappers;
pub mod state;
pub mod str_format;
pub mod syntax_error;
pub mod type_expressions;

use std::sync::OnceLock;

use weft_runtime::types::compare::CompareOp;
use weft_runtime::{protocol, Args, PyResult, Value};

/// The builtins module (one per process for now).
static BUILTINS: OnceLock<Value> = OnceLock::new();

/// The `builtins` module.
pub fn builtins_module() -> Value {
    BUILTINS.get_or_init(crate::builtins::make_module).clone()
}

/// The `builtins` namespace.
pub fn builtins_dict() -> Value {
    objects::as_module(&builtins_module())
        .expect("a module")
        .dict
        .clone()
}

/// A module implemented in Rust, made on first import.
pub fn native_module(name: &str) -> PyResult<Option<Value>> {
    crate::modules::make(name)
}

/// The eval loop's safepoint (backward jumps): stop-the-world, merges,
/// and Ctrl-C, which raises `KeyboardInterrupt` in the main thread.
#[inline]
pub fn safepoint() -> PyResult<()> {
    weft_runtime::thread::with_current(|t| t.safepoint());
    check_interrupt()
}

/// Raise `KeyboardInterrupt` if Ctrl-C was pressed and this is the main
/// thread.
#[inline]
pub fn check_interrupt() -> PyResult<()> {
    if weft_runtime::signals::pending()
        && state::is_main_thread()
        && weft_runtime::signals::take_interrupt()
    {
        return Err(errors::error("KeyboardInterrupt", ""));
    }
    Ok(())
}

struct InterpreterHooks;

impl protocol::Hooks for InterpreterHooks {
    fn hash(&self, _v: &Value) -> Option<PyResult<isize>> {
        None
    }
    fn eq(&self, _a: &Value, _b: &Value) -> Option<PyResult<bool>> {
        None
    }
    fn compare(&self, a: &Value, b: &Value, op: CompareOp) -> Option<PyResult<bool>> {
        if !ops::is_user(a) && !ops::is_user(b) {
            // Sets order by inclusion; the interpreter owns those operators.
            return setops::compare(a, b, op).transpose();
        }
        Some(ops::compare(a, b, op).and_then(|r| ops::truthy(&r)))
    }
    fn repr(&self, v: &Value) -> Option<PyResult<String>> {
        if ops::is_user(v) {
            return Some(ops::repr_of(v));
        }
        repr::interpreter_repr(v)
    }
    fn construct(&self, ty: &Value, args: Args<'_>) -> Option<PyResult<Value>> {
        crate::builtins::construct(ty, args)
    }
    fn iterate(&self, v: &Value) -> Option<PyResult<Vec<Value>>> {
        Some(ops::collect(v))
    }
    fn dict_update(&self, d: &Value, other: &Value) -> Option<PyResult<()>> {
        Some(ops::dict_update(d, other))
    }
    fn unraisable(&self, exc: &Value, object: &Value) -> bool {
        errors::report_unraisable(exc, Some(object), None);
        true
    }
}

static HOOKS: InterpreterHooks = InterpreterHooks;

/// Install the interpreter into the runtime (idempotent).
pub fn init() {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        protocol::install_hooks(&HOOKS);
        weft_gc::install();
        weft_gc::set_collect_hook(crate::modules::gc::run_callbacks);
        crate::builtins::install_object_methods();
        slot_wrappers::install();
        str_format::install();
    });
}
