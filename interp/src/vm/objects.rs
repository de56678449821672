//! The interpreter's other object types: modules, `super` objects, code
//! objects as Python sees them, and `repr` for all of its types.

use std::sync::Arc;

use weft_runtime::object::alloc::drop_and_free;
use weft_runtime::object::native::{NativeType, Traverse};
use weft_runtime::types::function::{as_bound_method, as_native, native_function};
use weft_runtime::types::instance::as_instance;
use weft_runtime::types::{dict::Dict, none_bool, str as pystr, tuple, typeobj};
use weft_runtime::{Args, PyResult, TypeInfo, Value};

use super::code::CodeRt;
use super::errors::error;
use super::function::as_function;
use super::generator::as_generator;
use super::singletons::ELLIPSIS_TYPE;

// ------------------------------------------------------------ modules

pub struct Module {
    pub dict: Value,
}

impl Module {
    pub fn name(&self) -> String {
        Dict::cast(&self.dict)
            .and_then(|d| d.get(weft_runtime::interned!("__name__")).ok().flatten())
            .and_then(|n| pystr::as_str(&n).map(str::to_string))
            .unwrap_or_else(|| "?".to_string())
    }
}

impl Traverse for Module {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict);
    }
}

pub static MODULE_TYPE: NativeType<Module> = NativeType::new(TypeInfo {
    traverse: NativeType::<Module>::TRACKED,
    ..TypeInfo::new("module", drop_and_free::<()>)
});

/// A new module object named `name` with a fresh namespace.
pub fn new_module(name: &str) -> Value {
    let dict = Dict::new();
    // Every thread running the module's functions reads its namespace (a
    // frame holds it as its globals): it lives as long as the process.
    weft_runtime::object::refcount::immortalize_fresh(&dict);
    let d = Dict::cast(&dict).expect("a dict");
    let _ = d.set(
        weft_runtime::interned!("__name__").clone(),
        pystr::str_value(name),
    );
    let _ = d.set(
        weft_runtime::interned!("__doc__").clone(),
        none_bool::none(),
    );
    let _ = d.set(
        weft_runtime::interned!("__package__").clone(),
        none_bool::none(),
    );
    let _ = d.set(
        weft_runtime::interned!("__spec__").clone(),
        none_bool::none(),
    );
    let module = MODULE_TYPE.alloc(Module { dict });
    // Every thread that names the module (`math.sqrt`) takes a reference.
    weft_runtime::object::deferred::defer_fresh(&module);
    module
}

/// A new module `name` holding native functions.
pub fn module_with_functions(
    name: &str,
    functions: &[(&'static str, weft_runtime::types::function::NativeFn)],
) -> Value {
    let m = new_module(name);
    let d = Dict::cast(&as_module(&m).expect("a module").dict).expect("a dict");
    for &(fname, f) in functions {
        let _ = d.set(pystr::intern(fname), native_function(fname, f));
    }
    m
}

/// Set `name` in a module's namespace.
pub fn module_set(module: &Value, name: &str, value: Value) {
    let m = as_module(module).expect("a module");
    let _ = Dict::cast(&m.dict)
        .expect("a dict")
        .set(pystr::intern(name), value);
}

pub fn as_module(v: &Value) -> Option<&Module> {
    MODULE_TYPE.downcast(v)
}

// ------------------------------------------------------------ super

pub struct Super {
    /// The class whose MRO successors are searched.
    pub class: Value,
    /// The instance (or class, in a classmethod) the lookup binds to.
    pub obj: Value,
    /// `type(obj)`, or `obj` when it is a class.
    pub obj_type: Value,
}

impl Traverse for Super {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.class);
        visit(&self.obj);
        visit(&self.obj_type);
    }
}

pub static SUPER_TYPE: NativeType<Super> = NativeType::new(TypeInfo {
    traverse: NativeType::<Super>::TRACKED,
    ..TypeInfo::new("super", drop_and_free::<()>)
});

pub fn as_super(v: &Value) -> Option<&Super> {
    SUPER_TYPE.downcast(v)
}

/// `super(class, obj)`.
pub fn new_super(class: Value, obj: Value) -> PyResult<Value> {
    if typeobj::as_type(&class).is_none() {
        return Err(super::errors::type_error(format!(
            "super() argument 1 must be a type, not {}",
            typeobj::type_name_of(&class)
        )));
    }
    let obj_type = if typeobj::as_type(&obj).is_some() && typeobj::is_subclass(&obj, &class) {
        obj.clone()
    } else {
        let t = typeobj::type_of(&obj);
        if !typeobj::is_subclass(&t, &class) {
            return Err(super::errors::type_error(
                "super(type, obj): obj must be an instance or subtype of type",
            ));
        }
        t
    };
    Ok(SUPER_TYPE.alloc(Super {
        class,
        obj,
        obj_type,
    }))
}

/// Calling the `super` type with explicit arguments (the zero-argument
/// form needs the caller's frame: `frame_builtins`).
pub fn super_new(args: Args<'_>) -> PyResult<Value> {
    match args.positional {
        [class, obj] => new_super(class.clone(), obj.clone()),
        [_] => Err(super::errors::type_error(
            "not supported yet: unbound super objects (super(type))",
        )),
        [] => Err(error("RuntimeError", "super(): no arguments")),
        _ => Err(super::errors::type_error(format!(
            "super() takes at most 2 arguments ({} given)",
            args.positional.len()
        ))),
    }
}

/// `super(...).name`.
pub fn super_getattr(s: &Super, name: &Value) -> PyResult<Value> {
    // The super object's own attributes (CPython skips the MRO search for
    // `__class__`).
    match pystr::as_str(name).unwrap_or("") {
        "__class__" => return Ok(super::frame_builtins::super_type()),
        "__thisclass__" => return Ok(s.class.clone()),
        "__self__" => return Ok(s.obj.clone()),
        "__self_class__" => return Ok(s.obj_type.clone()),
        _ => {}
    }
    let mro = typeobj::mro(&s.obj_type);
    let start = mro
        .iter()
        .position(|k| k.is(&s.class))
        .map_or(mro.len(), |i| i + 1);
    let instance = if s.obj.is(&s.obj_type) {
        None
    } else {
        Some(&s.obj)
    };
    for k in &mro[start..] {
        if let Some(d) = Dict::cast(typeobj::class_dict(k)).and_then(|d| d.get(name).ok().flatten())
        {
            return typeobj::descr_get(&d, instance, &s.obj_type);
        }
    }
    match pystr::as_str(name).unwrap_or("") {
        "__init__" => Ok(native_function("__init__", object_init)),
        "__init_subclass__" => Ok(native_function("__init_subclass__", object_init)),
        n => Err(error(
            "AttributeError",
            format!("'super' object has no attribute '{n}'"),
        )),
    }
}

/// `object.__init__` reached through `super()`: accepts and ignores.
fn object_init(_args: Args<'_>) -> PyResult<Value> {
    Ok(none_bool::none())
}

// ------------------------------------------------------------ code

pub struct CodeInfo {
    pub code: Arc<CodeRt>,
}

impl Traverse for CodeInfo {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

pub static CODE_TYPE: NativeType<CodeInfo> =
    NativeType::new(TypeInfo::new("code", drop_and_free::<()>));

/// `f.__code__`.
pub fn code_object(code: &Arc<CodeRt>) -> Value {
    CODE_TYPE.alloc(CodeInfo { code: code.clone() })
}

/// Attributes of a code object.
pub fn code_attr(c: &CodeInfo, name: &str) -> Option<Value> {
    let code = &c.code.code;
    let names = |v: &[Value]| tuple::tuple_from_slice(v);
    Some(match name {
        "co_name" => c.code.name.clone(),
        "co_qualname" => c.code.qualname.clone(),
        "co_filename" => pystr::str_value(&code.filename),
        "co_firstlineno" => weft_runtime::types::int::int_from_i64(i64::from(code.first_line)),
        "co_argcount" => weft_runtime::types::int::int_from_i64(i64::from(code.arg_count)),
        "co_kwonlyargcount" => weft_runtime::types::int::int_from_i64(i64::from(code.kwonly_count)),
        "co_posonlyargcount" => {
            weft_runtime::types::int::int_from_i64(i64::from(code.posonly_count))
        }
        "co_varnames" => names(&c.code.local_names),
        "co_freevars" => tuple::tuple_new(
            code.free_names
                .iter()
                .map(|n| pystr::str_value(n))
                .collect(),
        ),
        "co_cellvars" => tuple::tuple_new(
            code.cell_names
                .iter()
                .filter(|n| !code.free_names.contains(n))
                .map(|n| pystr::str_value(n))
                .collect(),
        ),
        "co_nlocals" => weft_runtime::types::int::int_from_i64(c.code.local_names.len() as i64),
        "co_names" => names(&c.code.names),
        _ => return None,
    })
}

// ------------------------------------------------------------ repr

fn address(v: &Value) -> String {
    format!("{:#x}", v.word())
}

/// How a call's errors name the callable (CPython's
/// `_PyObject_FunctionStr`): `module.qualname()` for functions outside
/// builtins, `name()` for built-ins and classes, else `T object`.
pub fn function_str(callee: &Value) -> String {
    if let Some(f) = as_function(callee) {
        let qual = pystr::as_str(&f.qualname.lock()).unwrap_or("?").to_string();
        return match pystr::as_str(&f.module) {
            Some(m) if m != "builtins" => format!("{m}.{qual}()"),
            _ => format!("{qual}()"),
        };
    }
    if let Some(n) = as_native(callee) {
        return format!("{}()", n.name);
    }
    if typeobj::as_type(callee).is_some() {
        return format!("{}()", class_name(callee));
    }
    if let Some(m) = as_bound_method(callee) {
        return function_str(&m.func);
    }
    format!("{} object", typeobj::type_name_of(callee))
}

/// The printable name of a class: `module.qualname` outside builtins.
pub fn class_name(t: &Value) -> String {
    let module = typeobj::lookup(t, weft_runtime::interned!("__module__"))
        .and_then(|m| pystr::as_str(&m).map(str::to_string));
    let qual = typeobj::lookup(t, weft_runtime::interned!("__qualname__"))
        .and_then(|m| pystr::as_str(&m).map(str::to_string))
        .unwrap_or_else(|| typeobj::type_name(t));
    match module.as_deref() {
        None | Some("builtins") => qual,
        Some(m) => format!("{m}.{qual}"),
    }
}

/// `repr` of the interpreter's objects and of the runtime's callables and
/// types; `None` for other values.
pub fn repr(v: &Value) -> Option<PyResult<String>> {
    if let Some(r) = super::type_expressions::repr(v) {
        return Some(r);
    }
    if let Some(f) = as_function(v) {
        let q = f.qualname.lock().clone();
        return Some(Ok(format!(
            "<function {} at {}>",
            pystr::as_str(&q).unwrap_or("?"),
            address(v)
        )));
    }
    if typeobj::as_type(v).is_some() {
        return Some(Ok(format!("<class '{}'>", class_name(v))));
    }
    if let Some(n) = as_native(v) {
        return Some(Ok(match n.owner {
            Some(owner) if weft_runtime::types::function::is_slot_wrapper(v) => {
                format!("<slot wrapper '{}' of '{}' objects>", n.name, owner.name)
            }
            Some(owner) => format!("<method '{}' of '{}' objects>", n.name, owner.name),
            None => format!("<built-in function {}>", n.name),
        }));
    }
    if let Some(m) = as_bound_method(v) {
        let fname = super::attr::getattr(&m.func, weft_runtime::interned!("__qualname__"))
            .ok()
            .and_then(|q| pystr::as_str(&q).map(str::to_string))
            .unwrap_or_else(|| "?".to_string());
        let r = match super::ops::repr_of(&m.receiver) {
            Ok(r) => r,
            Err(e) => return Some(Err(e)),
        };
        if as_native(&m.func).is_some() {
            return Some(Ok(format!(
                "<built-in method {} of {} object at {}>",
                fname,
                typeobj::type_name_of(&m.receiver),
                address(&m.receiver)
            )));
        }
        return Some(Ok(format!("<bound method {fname} of {r}>")));
    }
    if let Some(m) = as_module(v) {
        let file = Dict::cast(&m.dict)
            .and_then(|d| d.get(weft_runtime::interned!("__file__")).ok().flatten())
            .and_then(|f| pystr::as_str(&f).map(str::to_string));
        return Some(Ok(match file {
            Some(f) => format!("<module '{}' from '{}'>", m.name(), f),
            None if crate::modules::is_native(&m.name()) => {
                format!("<module '{}' (built-in)>", m.name())
            }
            None => format!("<module '{}'>", m.name()),
        }));
    }
    if let Some(g) = as_generator(v) {
        return Some(Ok(format!(
            "<generator object {} at {}>",
            pystr::as_str(&g.qualname).unwrap_or("?"),
            address(v)
        )));
    }
    if ELLIPSIS_TYPE.is(v) {
        return Some(Ok("Ellipsis".to_string()));
    }
    if typeobj::is_not_implemented(v) {
        return Some(Ok("NotImplemented".to_string()));
    }
    if as_super(v).is_some() {
        return Some(Ok(format!("<super object at {}>", address(v))));
    }
    if as_instance(v).is_some() {
        return Some(Ok(format!(
            "<{} object at {}>",
            class_name(&typeobj::type_of(v)),
            address(v)
        )));
    }
    // A native type that writes its own (`_thread.lock`).
    let own = v
        .type_info()?
        .methods
        .iter()
        .find(|(name, _)| *name == "__repr__")?
        .1;
    Some(own(Args::new(std::slice::from_ref(v), &[])).and_then(|r| {
        pystr::as_str(&r)
            .map(str::to_string)
            .ok_or_else(|| super::errors::type_error("__repr__ returned non-string"))
    }))
}
