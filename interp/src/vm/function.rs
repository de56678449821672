//! Python function objects and cells.
//!
//! A `Function` pairs prepared code with the globals it runs in, its
//! defaults and its closure. Defaults and closure are set once, right
//! after `MakeFunction` (by `SetDefaults`, `SetClosure`...), so they live
//! in `OnceLock`s that calls read without locking; a program that assigns
//! `__defaults__` later switches that function to a locked copy. A `Cell` is one
//! captured variable: a slot shared by the frames that use it.

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, OnceLock};

use parking_lot::Mutex;
use weft_runtime::object::alloc::drop_and_free;
use weft_runtime::object::native::{NativeType, Traverse};
use weft_runtime::object::value_slot::ValueSlot;
use weft_runtime::types::{dict::Dict, function::bound_method, none_bool, tuple};
use weft_runtime::{Args, PyResult, TypeInfo, Value};

use super::code::CodeRt;

/// A function defined in Python (`def`, `lambda`, comprehension bodies,
/// class bodies).
pub struct Function {
    pub code: Arc<CodeRt>,
    pub globals: Value,
    pub builtins: Value,
    pub name: Mutex<Value>,
    pub qualname: Mutex<Value>,
    /// `__defaults__` as the `def` set it: a tuple. Read through
    /// `with_defaults`, which sees an assignment since.
    pub defaults: OnceLock<Value>,
    /// `__kwdefaults__` as the `def` set it: a dict (`with_kwdefaults`).
    pub kwdefaults: OnceLock<Value>,
    /// `__defaults__` and `__kwdefaults__` as assigned after the `def` (None
    /// for an assigned None); rare, so the `def`'s values, read without
    /// taking a reference, serve every call until `assigned` is set.
    pub assigned_defaults: Mutex<(Option<Value>, Option<Value>)>,
    /// Bit 0: `__defaults__` was assigned; bit 1: `__kwdefaults__`.
    pub assigned: AtomicU8,
    /// `__closure__`: a tuple of cells.
    pub closure: OnceLock<Value>,
    /// The annotations the `def` evaluated: a tuple of name, value pairs.
    pub annotations: OnceLock<Value>,
    /// `__annotations__` as a dict, made from `annotations` on first read
    /// (so that it is one dict, which a program may change) or assigned.
    pub annotations_dict: Mutex<Option<Value>>,
    /// `__dict__`, made on first use.
    pub dict: OnceLock<Value>,
    /// `__module__`.
    pub module: Value,
    /// `__doc__` (settable, and kept out of `__dict__` as in CPython).
    pub doc: Mutex<Value>,
}

impl Traverse for Function {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.globals);
        for v in [
            &self.defaults,
            &self.kwdefaults,
            &self.closure,
            &self.annotations,
            &self.dict,
        ] {
            if let Some(v) = v.get() {
                visit(v);
            }
        }
        if let Some(d) = self.annotations_dict.lock().as_ref() {
            visit(d);
        }
        let assigned = self.assigned_defaults.lock();
        for v in [&assigned.0, &assigned.1].into_iter().flatten() {
            visit(v);
        }
    }
}

const DEFAULTS_ASSIGNED: u8 = 1;
const KWDEFAULTS_ASSIGNED: u8 = 2;

impl Function {
    /// Run `f` with `__defaults__` (a tuple, or None).
    #[inline]
    pub fn with_defaults<R>(&self, f: impl FnOnce(Option<&Value>) -> R) -> R {
        if self.assigned.load(Ordering::Acquire) & DEFAULTS_ASSIGNED == 0 {
            return f(self.defaults.get());
        }
        // Held while `f` runs: another thread may assign again.
        let current = self.assigned_defaults.lock().0.clone();
        f(current.as_ref())
    }

    /// Run `f` with `__kwdefaults__` (a dict, or None).
    #[inline]
    pub fn with_kwdefaults<R>(&self, f: impl FnOnce(Option<&Value>) -> R) -> R {
        if self.assigned.load(Ordering::Acquire) & KWDEFAULTS_ASSIGNED == 0 {
            return f(self.kwdefaults.get());
        }
        let current = self.assigned_defaults.lock().1.clone();
        f(current.as_ref())
    }

    /// `f.__defaults__ = value` (None, or deleting, for none): a tuple.
    pub fn assign_defaults(&self, value: Option<Value>) -> PyResult<()> {
        let value = value.filter(|v| !none_bool::is_none(v));
        if value.as_ref().is_some_and(|v| tuple::as_tuple(v).is_none()) {
            return Err(super::errors::type_error(
                "__defaults__ must be set to a tuple object",
            ));
        }
        self.assigned_defaults.lock().0 = value;
        self.assigned.fetch_or(DEFAULTS_ASSIGNED, Ordering::Release);
        Ok(())
    }

    /// `f.__kwdefaults__ = value`: a dict, or None.
    pub fn assign_kwdefaults(&self, value: Option<Value>) -> PyResult<()> {
        let value = value.filter(|v| !none_bool::is_none(v));
        if value.as_ref().is_some_and(|v| Dict::cast(v).is_none()) {
            return Err(super::errors::type_error(
                "__kwdefaults__ must be set to a dict object",
            ));
        }
        self.assigned_defaults.lock().1 = value;
        self.assigned
            .fetch_or(KWDEFAULTS_ASSIGNED, Ordering::Release);
        Ok(())
    }
}

pub static FUNCTION_TYPE: NativeType<Function> = NativeType::new(TypeInfo {
    traverse: NativeType::<Function>::TRACKED,
    descr_get: Some(bind_function),
    call: Some(call_function_object),
    hash: Some(weft_runtime::protocol::identity_hash_slot),
    ..TypeInfo::new("function", drop_and_free::<()>)
});

/// The function behind `v`, if it is a Python function.
#[inline]
pub fn as_function(v: &Value) -> Option<&Function> {
    FUNCTION_TYPE.downcast(v)
}

/// A new function running `code` in `globals`.
pub fn new_function(code: Arc<CodeRt>, globals: Value, builtins: Value) -> Value {
    let module = Dict::cast(&globals)
        .and_then(|g| g.get(weft_runtime::interned!("__name__")).ok().flatten())
        .unwrap_or_else(none_bool::none);
    let doc = match code.code.constants.first() {
        // A def keeps its docstring (or None) as its first constant.
        Some(crate::bytecode::Constant::Str(_)) if code.code.flags.optimized => {
            code.constants[0].clone()
        }
        _ => none_bool::none(),
    };
    FUNCTION_TYPE.alloc(Function {
        name: Mutex::new(code.name.clone()),
        qualname: Mutex::new(code.qualname.clone()),
        code,
        globals,
        builtins,
        defaults: OnceLock::new(),
        kwdefaults: OnceLock::new(),
        assigned_defaults: Mutex::new((None, None)),
        assigned: AtomicU8::new(0),
        closure: OnceLock::new(),
        annotations: OnceLock::new(),
        annotations_dict: Mutex::new(None),
        dict: OnceLock::new(),
        module,
        doc: Mutex::new(doc),
    })
}

fn bind_function(descr: &Value, obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    Ok(match obj {
        Some(obj) if !none_bool::is_none(obj) => bound_method(descr.clone(), obj.clone()),
        _ => descr.clone(),
    })
}

fn call_function_object(callable: &Value, args: Args<'_>) -> PyResult<Value> {
    super::call::call_function(callable, args)
}

/// A captured variable.
pub struct Cell {
    /// Read without a lock (every use of a free variable reads it).
    pub contents: ValueSlot,
}

impl Traverse for Cell {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.contents.with_value(|v| {
            if let Some(v) = v {
                visit(v);
            }
        });
    }
}

pub static CELL_TYPE: NativeType<Cell> = NativeType::new(TypeInfo {
    traverse: NativeType::<Cell>::TRACKED,
    clear: Some(clear_cell),
    ..TypeInfo::new("cell", drop_and_free::<()>)
});

fn clear_cell(v: &Value) {
    if let Some(c) = CELL_TYPE.downcast(v) {
        drop(c.contents.take());
    }
}

/// A new cell holding `contents`.
pub fn new_cell(contents: Option<Value>) -> Value {
    CELL_TYPE.alloc(Cell {
        contents: ValueSlot::new(contents),
    })
}

/// The cell behind `v`.
pub fn as_cell(v: &Value) -> Option<&Cell> {
    CELL_TYPE.downcast(v)
}

/// The cells of a function's closure, in `free_names` order.
pub fn closure_cells(f: &Function) -> &[Value] {
    f.closure
        .get()
        .and_then(|c| tuple::as_tuple(c))
        .unwrap_or(&[])
}
