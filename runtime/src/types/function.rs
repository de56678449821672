//! Callables the runtime itself provides: native (Rust) functions, and
//! bound methods, which pair any callable with the object it was looked up
//! on. Python-level functions are the interpreter's; they plug into the
//! same protocol through their `TypeInfo` (`descr_get` to bind, `call`).

use crate::args::Args;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::alloc::{self, drop_and_free};
use crate::object::header::ObjHeader;
use crate::object::typeinfo::TypeInfo;
use crate::protocol;
use crate::value::Value;
use std::mem::MaybeUninit;

/// The Rust signature of a native function: its arguments (for a method,
/// the receiver is the first positional one).
pub type NativeFn = fn(Args<'_>) -> PyResult<Value>;

/// A function implemented in Rust (`builtin_function_or_method`).
pub struct NativeFunction {
    pub name: &'static str,
    pub func: NativeFn,
    /// For a method of a built-in type, that type's layout: called on an
    /// instance of a Python subclass, the method gets the built-in value
    /// the instance extends as its receiver (see `subclass.rs`).
    pub owner: Option<&'static TypeInfo>,
}

/// The type of native functions. In a class's dict they act as methods:
/// looked up on an instance they bind to it.
pub static NATIVE_FUNCTION_TYPE: TypeInfo = TypeInfo {
    descr_get: Some(bind_if_instance),
    call: Some(call_native),
    hash: Some(protocol::identity_hash_slot),
    ..TypeInfo::new(
        "builtin_function_or_method",
        drop_and_free::<NativeFunction>,
    )
};

/// The type of a built-in type's special methods (`int.__add__`, CPython's
/// `wrapper_descriptor`): native methods, told apart because the
/// operators answer built-in values themselves and never call them.
pub static SLOT_WRAPPER_TYPE: TypeInfo = TypeInfo {
    descr_get: Some(bind_if_instance),
    call: Some(call_slot_wrapper),
    hash: Some(protocol::identity_hash_slot),
    ..TypeInfo::new("wrapper_descriptor", drop_and_free::<NativeFunction>)
};

/// A callable bound to its first argument (`method`).
pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}

/// The type of bound methods.
pub static METHOD_TYPE: TypeInfo = TypeInfo {
    traverse: Some(traverse_method),
    call: Some(call_bound),
    eq: Some(method_eq),
    hash: Some(method_hash),
    ..TypeInfo::new("method", drop_and_free::<BoundMethod>)
};

/// Two bound methods are equal when their functions are equal and they are
/// bound to the same object (CPython's `method_richcompare`).
fn method_eq(a: &Value, b: &Value) -> PyResult<Option<bool>> {
    match (as_bound_method(a), as_bound_method(b)) {
        (Some(x), Some(y)) => Ok(Some(
            x.receiver.is(&y.receiver) && crate::protocol::eq(&x.func, &y.func)?,
        )),
        _ => Ok(None),
    }
}

/// Consistent with `method_eq`: the receiver's identity and the function's hash.
fn method_hash(v: &Value) -> PyResult<isize> {
    let m = as_bound_method(v).expect("a bound method");
    Ok(super::instance::identity_hash(&m.receiver) ^ crate::protocol::hash(&m.func)?)
}

/// A new native function object.
pub fn native_function(name: &'static str, func: NativeFn) -> Value {
    let obj = alloc::alloc(
        &NATIVE_FUNCTION_TYPE,
        NativeFunction {
            name,
            func,
            owner: None,
        },
    );
    // SAFETY: a fresh object's one reference moves into the Value.
    unsafe { Value::from_owned(obj) }
}

/// A new native method of the built-in type `owner`.
pub fn native_method(name: &'static str, func: NativeFn, owner: &'static TypeInfo) -> Value {
    let method = NativeFunction {
        name,
        func,
        owner: Some(owner),
    };
    // SAFETY: a fresh object's one reference moves into the Value.
    unsafe { Value::from_owned(alloc::alloc(&NATIVE_FUNCTION_TYPE, method)) }
}

/// A native method of the built-in type `owner` that lives as long as the
/// program: for the namespaces of built-in types, which never change, so
/// loading and calling `lst.append` touches no count.
pub fn immortal_native_method(
    name: &'static str,
    func: NativeFn,
    owner: &'static TypeInfo,
) -> Value {
    immortal_method_of_type(&NATIVE_FUNCTION_TYPE, name, func, owner)
}

fn immortal_method_of_type(
    ty: &'static TypeInfo,
    name: &'static str,
    func: NativeFn,
    owner: &'static TypeInfo,
) -> Value {
    let method = NativeFunction {
        name,
        func,
        owner: Some(owner),
    };
    // SAFETY: immortal objects are never counted, so the Value may hold it
    // without an increment.
    unsafe { Value::from_owned(alloc::alloc_immortal(ty, method)) }
}

/// The special method `name` of the built-in type `owner` (its
/// namespace's entry, which lives as long as the program).
pub fn immortal_slot_wrapper(
    name: &'static str,
    func: NativeFn,
    owner: &'static TypeInfo,
) -> Value {
    immortal_method_of_type(&SLOT_WRAPPER_TYPE, name, func, owner)
}

/// Whether `v` is a built-in type's special method (`immortal_slot_wrapper`).
#[inline]
pub fn is_slot_wrapper(v: &Value) -> bool {
    // SAFETY: objects of `SLOT_WRAPPER_TYPE` are `Obj<NativeFunction>`.
    unsafe { alloc::downcast::<NativeFunction>(v, &SLOT_WRAPPER_TYPE) }.is_some()
}

/// `func` bound to `receiver`.
pub fn bound_method(func: Value, receiver: Value) -> Value {
    let obj = alloc::alloc(&METHOD_TYPE, BoundMethod { func, receiver });
    // SAFETY: a fresh object's one reference moves into the Value.
    unsafe { Value::from_owned(obj) }
}

/// The native function behind `v`, if it is one.
pub fn as_native(v: &Value) -> Option<&NativeFunction> {
    // SAFETY: objects of both types are `Obj<NativeFunction>`.
    unsafe {
        alloc::downcast(v, &NATIVE_FUNCTION_TYPE).or_else(|| alloc::downcast(v, &SLOT_WRAPPER_TYPE))
    }
}

/// The bound method behind `v`, if it is one.
pub fn as_bound_method(v: &Value) -> Option<&BoundMethod> {
    // SAFETY: objects of `METHOD_TYPE` are `Obj<BoundMethod>`.
    unsafe { alloc::downcast(v, &METHOD_TYPE) }
}

/// A built-in type's method binds to the instance it is looked up on; a
/// plain built-in function (`len`) stored in a class does not, as in
/// CPython.
fn bind_if_instance(descr: &Value, obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    let is_method = as_native(descr).is_some_and(|f| f.owner.is_some());
    Ok(match obj {
        Some(obj) if is_method => bound_method(descr.clone(), obj.clone()),
        _ => descr.clone(),
    })
}

fn call_native(callable: &Value, args: Args<'_>) -> PyResult<Value> {
    let f = as_native(callable).expect("called through a native function's type");
    // A built-in type's method called on an instance of a Python subclass
    // works on the built-in value the instance extends. (The receiver test
    // is one header load; the owner test, a scan, runs only after it.)
    if let Some(base) = args
        .positional
        .first()
        .and_then(super::instance::as_instance)
        .and_then(|i| i.base.as_ref())
    {
        if f.owner.is_some_and(super::subclass::is_acceptable_base) {
            let mut positional = args.positional.to_vec();
            positional[0] = base.clone();
            return (f.func)(Args::new(&positional, args.keywords));
        }
    }
    (f.func)(args)
}

/// A slot wrapper checks its receiver, as CPython's do (`int.__add__('a',
/// 1)` is refused); called only explicitly, so the check costs the
/// operators nothing.
fn call_slot_wrapper(callable: &Value, args: Args<'_>) -> PyResult<Value> {
    let f = as_native(callable).expect("called through SLOT_WRAPPER_TYPE");
    let owner = f.owner.expect("a slot wrapper has an owner");
    let type_name = owner.name;
    let Some(receiver) = args.positional.first() else {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "descriptor '{}' of '{type_name}' object needs an argument",
                f.name
            ),
        ));
    };
    if !super::typeobj::isinstance(receiver, &super::typeobj::builtin_type(owner)) {
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "descriptor '{}' requires a '{type_name}' object but received a '{}'",
                f.name,
                receiver.type_name()
            ),
        ));
    }
    call_native(callable, args)
}

fn call_bound(callable: &Value, args: Args<'_>) -> PyResult<Value> {
    let m = as_bound_method(callable).expect("called through METHOD_TYPE");
    /// Calls with up to this many arguments (receiver included) build
    /// their argument list on the stack.
    const ON_STACK: usize = 6;
    let n = args.positional.len() + 1;
    if n > ON_STACK {
        let mut full = Vec::with_capacity(n);
        full.push(m.receiver.clone());
        full.extend_from_slice(args.positional);
        return protocol::call_args(&m.func, Args::new(&full, args.keywords));
    }
    // Borrowed copies, not new references: the receiver lives as long as
    // the bound method, which the caller holds for the whole call, and the
    // arguments as long as the caller's slice. Not counting them spares a
    // receiver that other threads share (a list they all append to through
    // `ap = lst.append`) two writes to its header per call.
    let mut words = [const { MaybeUninit::<Value>::uninit() }; ON_STACK];
    // SAFETY: the copies live in `words`, which never drops them, and are
    // used only during the call, while the originals are alive (above).
    unsafe {
        words[0].write(borrowed_copy(&m.receiver));
        for (w, v) in words[1..n].iter_mut().zip(args.positional) {
            w.write(borrowed_copy(v));
        }
    }
    // SAFETY: the first `n` entries were written above, and `MaybeUninit`
    // has its content's layout; the copies are never dropped (`MaybeUninit`
    // does not drop), so no count is given back that was not taken.
    let full: &[Value] = unsafe { std::slice::from_raw_parts(words.as_ptr() as *const Value, n) };
    protocol::call_args(&m.func, Args::new(full, args.keywords))
}

/// A bitwise copy of `v` that owns no reference.
///
/// # Safety
/// The copy must never be dropped (it would give back a reference it does
/// not hold), and is used only while `v` is alive.
unsafe fn borrowed_copy(v: &Value) -> Value {
    // SAFETY: the word is a valid value word; the caller's contract.
    unsafe { Value::from_raw(v.word()) }
}

/// # Safety
/// `obj` is a live `Obj<BoundMethod>`.
unsafe fn traverse_method(obj: *const ObjHeader, visit: &mut dyn FnMut(*const ObjHeader)) {
    // SAFETY: the caller's contract.
    let m = unsafe {
        alloc::payload::<BoundMethod>(std::ptr::NonNull::new_unchecked(obj as *mut ObjHeader))
    };
    for v in [&m.func, &m.receiver] {
        if let Some(o) = v.as_object() {
            visit(o.as_ptr());
        }
    }
}
