//! Type objects: the `type` of every value, classes made by Python code,
//! method resolution order (C3), attribute lookup along it, and version
//! tags for the interpreter's inline caches.
//!
//! Built-in types get one immortal type object each, made on first use
//! from their `TypeInfo` (name, methods). Classes made by Python code are
//! ordinary objects whose instances are `Instance`s (`instance.rs`).
//!
//! Version tags: every type has a version, a number from one global
//! counter. Changing a class attribute gives the class and all its
//! subclasses new versions, so a cache entry "name -> value, valid for
//! version v" is stale exactly when the version moved. Subclasses are
//! tracked by address (weakly: a dying class removes itself from its
//! bases' lists); versions are bumped under each class's subclass lock,
//! top-down, so a dying subclass cannot be freed mid-walk.

use super::dict::Dict;
use super::exception::{self, EXCEPTION_TYPE};
use super::instance::{self, INSTANCE_TYPE};
use super::{none_bool, str as pystr};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::alloc::{self, drop_and_free};
use crate::object::header::ObjHeader;
use crate::object::typeinfo::TypeInfo;
use crate::protocol;
use crate::types::function::{immortal_native_method, native_method};
use crate::value::Value;
use std::collections::HashMap;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

/// The payload of a type object.
pub struct TypeObject {
    name: String,
    bases: Vec<Value>,
    /// The MRO after the type itself (`__mro__[1:]`): the type is not stored
    /// in its own MRO, which would make it reference itself.
    mro_tail: Vec<Value>,
    /// The class namespace (`__dict__`).
    dict: Value,
    /// Version tag (see the file comment).
    version: AtomicUsize,
    /// The layout of the type's instances.
    layout: &'static TypeInfo,
    /// Addresses of live direct subclasses.
    subclasses: Mutex<Vec<usize>>,
    /// Made by Python code (`class` statement): its attributes may change.
    /// Built-in types, exception classes included, are immutable.
    heap: bool,
    /// `OVERRIDES_*` bits: which `object` slots a class in the MRO
    /// (other than `object`) defines, recomputed when versions change.
    overrides: std::sync::atomic::AtomicU8,
    /// The built-in type whose values this class's instances extend
    /// (`list` for `class L(list)` and its subclasses); `None` for plain
    /// classes and for built-in types that cannot be subclassed.
    builtin_base: Option<&'static TypeInfo>,
    /// The class's metaclass when it is not `type` (`class M(type)`,
    /// `class C(metaclass=M)`): `type(C)` is `M`.
    metaclass: Option<Value>,
}

/// The built-in type (a `TypeInfo`) the instances of class `t` extend.
pub fn builtin_base_of(t: &Value) -> Option<&'static TypeInfo> {
    as_type(t)?.builtin_base
}

/// The class (or a base other than `object`) defines `__getattribute__`.
pub const OVERRIDES_GETATTRIBUTE: u8 = 1 << 0;
/// ... `__setattr__`.
pub const OVERRIDES_SETATTR: u8 = 1 << 1;
/// ... `__delattr__`.
pub const OVERRIDES_DELATTR: u8 = 1 << 2;
/// ... `__getattr__`.
pub const OVERRIDES_GETATTR: u8 = 1 << 3;

/// The type of type objects (`type`).
pub static TYPE_TYPE: TypeInfo = TypeInfo {
    traverse: Some(traverse_type),
    // No `clear`: a class's cycles (methods whose `__class__` cell or
    // globals lead back to it) go through its namespace dict, which the
    // collector clears itself when it is garbage; a dict still reachable
    // from live code must not be emptied.
    call: Some(type_call),
    hash: Some(type_hash),
    ..TypeInfo::new("type", drop_and_free::<TypeObject>)
};

/// Classes hash by identity (a metaclass's `__hash__` is not consulted).
fn type_hash(t: &Value) -> PyResult<isize> {
    Ok(instance::identity_hash(t))
}

/// Instances of plain `object()`.
pub static OBJECT_TYPE: TypeInfo = TypeInfo::new("object", drop_and_free::<()>);

static NEXT_VERSION: AtomicUsize = AtomicUsize::new(1);

fn next_version() -> usize {
    NEXT_VERSION.fetch_add(1, Ordering::Relaxed)
}

/// The type object behind `v`, if `v` is a type.
pub fn as_type(v: &Value) -> Option<&TypeObject> {
    // SAFETY: objects of `TYPE_TYPE` are allocated as `Obj<TypeObject>`.
    unsafe { alloc::downcast::<TypeObject>(v, &TYPE_TYPE) }
}

fn expect_type(v: &Value) -> &TypeObject {
    as_type(v).expect("a type object")
}

/// Built-in type objects by `TypeInfo` address (immortal object words).
fn builtins() -> &'static Mutex<HashMap<usize, usize>> {
    static BUILTINS: OnceLock<Mutex<HashMap<usize, usize>>> = OnceLock::new();
    BUILTINS.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The native methods that are class methods in CPython (`dict.fromkeys`,
/// `bytes.fromhex`, `int.from_bytes`...): written without a receiver.
const RECEIVERLESS_METHODS: &[&str] = &["fromkeys", "fromhex", "maketrans", "from_bytes"];

/// The immortal type object of a built-in type.
pub fn builtin_type(info: &'static TypeInfo) -> Value {
    let made = info.type_object.load(Ordering::Acquire);
    if made != 0 {
        return immortal(made);
    }
    let key = info as *const TypeInfo as usize;
    if let Some(&word) = builtins()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&key)
    {
        return immortal(word);
    }
    // Bases first, outside the registry lock (making one may make another).
    let bases = if std::ptr::eq(info, &OBJECT_TYPE) {
        vec![]
    } else if std::ptr::eq(info, &none_bool::BOOL_TYPE) {
        vec![builtin_type(&super::int::INT_TYPE)]
    } else {
        vec![builtin_type(&OBJECT_TYPE)]
    };
    let mro_tail = full_mro(bases.first()).unwrap_or_default();
    let dict = Dict::new();
    let d = Dict::cast(&dict).expect("a dict");
    for &(name, func) in info.methods {
        // The type lives for the whole program and its namespace is never
        // changed (`list.x = 1` is refused), so its methods can be immortal.
        let f = immortal_native_method(name, func, info);
        // Class methods of CPython's types take no receiver here: stored
        // as static methods, an instance does not bind itself to them
        // (`{}.fromkeys(1)` iterates 1).
        let f = if RECEIVERLESS_METHODS.contains(&name) {
            super::descriptor::staticmethod(f)
        } else {
            f
        };
        d.set(pystr::intern(name), f).expect("str keys hash");
    }
    for (name, f) in super::subclass::namespace_entries(info)
        .into_iter()
        .chain(super::metaclass::namespace_entries(info))
    {
        d.set(pystr::intern(name), f).expect("str keys hash");
    }
    let payload = TypeObject {
        name: info.name.to_string(),
        bases,
        mro_tail,
        dict,
        version: AtomicUsize::new(next_version()),
        layout: info,
        subclasses: Mutex::new(Vec::new()),
        heap: false,
        overrides: std::sync::atomic::AtomicU8::new(0),
        builtin_base: super::subclass::is_acceptable_base(info).then_some(info),
        metaclass: None,
    };
    let mut map = builtins().lock().unwrap_or_else(|e| e.into_inner());
    // Another thread may have made it meanwhile: keep the first.
    let word = *map
        .entry(key)
        .or_insert_with(|| alloc::alloc_immortal(&TYPE_TYPE, payload).as_ptr() as usize);
    info.type_object.store(word, Ordering::Release);
    immortal(word)
}

/// Whether `v` is the built-in type of `info`: one load and a compare
/// (a type not made yet cannot be `v`).
#[inline]
pub fn is_builtin_type(v: &Value, info: &'static TypeInfo) -> bool {
    v.word() == info.type_object.load(Ordering::Acquire)
}

fn immortal(word: usize) -> Value {
    // SAFETY: the word is an immortal object: its count never changes, so a
    // Value can hold it without an increment.
    unsafe { Value::from_owned(NonNull::new(word as *mut ObjHeader).expect("non-null")) }
}

/// `[t] + t.__mro__[1:]` for an optional type.
fn full_mro(t: Option<&Value>) -> Option<Vec<Value>> {
    let t = t?;
    let mut mro = vec![t.clone()];
    mro.extend(expect_type(t).mro_tail.iter().cloned());
    Some(mro)
}

/// `type(v)`.
pub fn type_of(v: &Value) -> Value {
    let Some(obj) = v.as_object() else {
        return builtin_type(&super::int::INT_TYPE);
    };
    // SAFETY: `v` holds a reference, so the object is alive.
    let info = unsafe { obj.as_ref() }.type_info();
    if std::ptr::eq(info, &INSTANCE_TYPE) {
        return instance::as_instance(v).expect("checked").class().clone();
    }
    if std::ptr::eq(info, &EXCEPTION_TYPE) {
        return exception::as_exception(v).expect("checked").class.clone();
    }
    if std::ptr::eq(info, &TYPE_TYPE) {
        if let Some(m) = &expect_type(v).metaclass {
            return m.clone();
        }
    }
    builtin_type(info)
}

/// The metaclass of class `t`, when it is not `type`.
pub fn metaclass_of(t: &Value) -> Option<&Value> {
    as_type(t)?.metaclass.as_ref()
}

/// `type(v).__name__`.
pub fn type_name_of(v: &Value) -> String {
    type_name(&type_of(v))
}

/// `t.__name__` of a type object.
pub fn type_name(t: &Value) -> String {
    expect_type(t).name.clone()
}

/// A built-in type's `__module__` and `__name__`: its name may say its
/// module, as CPython's `tp_name` does (`re.Match`: module `re`, name
/// `Match`; messages show the whole name). None for a class made by
/// Python code, or a built-in type of `builtins`.
pub fn builtin_module_and_name(t: &Value) -> Option<(&str, &str)> {
    let ty = expect_type(t);
    if ty.heap {
        return None;
    }
    ty.name.rsplit_once('.')
}

/// The instance layout of class `t` (`INSTANCE_TYPE` for plain Python
/// classes).
pub fn layout_of(t: &Value) -> Option<&'static TypeInfo> {
    as_type(t).map(|ty| ty.layout)
}

/// Whether `t` was made by Python code (a `class` statement or `type()`),
/// not built in.
pub fn is_heap(t: &Value) -> bool {
    expect_type(t).heap
}

/// The version tag of a type (for inline caches).
pub fn version(t: &Value) -> usize {
    expect_type(t).version.load(Ordering::Acquire)
}

/// `t.__mro__` as values, the type first.
pub fn mro(t: &Value) -> Vec<Value> {
    full_mro(Some(t)).expect("a type")
}

/// Find `name` along `t`'s MRO (the class attribute, undecorated).
pub fn lookup(t: &Value, name: &Value) -> Option<Value> {
    let ty = expect_type(t);
    // Interned names (all attribute names in code) go through the cache.
    #[cfg(not(loom))]
    let cacheable = pystr::cast(name).is_some_and(|s| s.is_interned());
    #[cfg(not(loom))]
    let version = ty.version.load(Ordering::Acquire);
    #[cfg(not(loom))]
    if cacheable {
        if let Some(hit) = super::type_cache::get(version, name.word()) {
            return hit;
        }
    }
    let found = std::iter::once(t).chain(ty.mro_tail.iter()).find_map(|k| {
        Dict::cast(&expect_type(k).dict)
            .expect("a dict")
            .get(name)
            .ok()
            .flatten()
    });
    #[cfg(not(loom))]
    if cacheable {
        super::type_cache::put(version, name.word(), found.as_ref());
    }
    found
}

/// `object.__new__`'s refusal of a class with abstract methods left
/// (`abc`): `__abstractmethods__` is a non-empty collection of names.
pub fn check_not_abstract(t: &Value) -> PyResult<()> {
    let Some(names) = lookup(t, crate::interned!("__abstractmethods__")) else {
        return Ok(());
    };
    let Some(items) = protocol::builtin_items(&names) else {
        return Ok(());
    };
    if items.is_empty() {
        return Ok(());
    }
    let mut names: Vec<String> = items
        .iter()
        .filter_map(|n| pystr::as_str(n).map(str::to_string))
        .collect();
    names.sort();
    Err(PyErr::new(
        ExcKind::TypeError,
        format!(
            "Can't instantiate abstract class {} with abstract method{} {}",
            type_name(t),
            if names.len() == 1 { "" } else { "s" },
            names.join(", ")
        ),
    ))
}

/// `NotImplemented`, the singleton a binary special method returns to
/// decline.
pub fn not_implemented() -> Value {
    static WORD: OnceLock<usize> = OnceLock::new();
    immortal(*WORD.get_or_init(|| {
        static NOT_IMPLEMENTED_TYPE: TypeInfo =
            TypeInfo::new("NotImplementedType", drop_and_free::<()>);
        alloc::alloc_immortal(&NOT_IMPLEMENTED_TYPE, ()).as_ptr() as usize
    }))
}

pub fn is_not_implemented(v: &Value) -> bool {
    v.is(&not_implemented())
}

/// `class name(*bases): ...` with the namespace `dict` already filled.
pub fn new_class(name: &str, bases: Vec<Value>, dict: Value) -> PyResult<Value> {
    new_class_with_meta(name, bases, dict, None)
}

/// The most derived metaclass among `meta` (if given) and the bases' types
/// (CPython's `_PyType_CalculateMetaclass`): `None` means `type`.
pub fn winning_metaclass(meta: Option<&Value>, bases: &[Value]) -> PyResult<Option<Value>> {
    let mut winner = meta.cloned().unwrap_or_else(|| builtin_type(&TYPE_TYPE));
    for b in bases {
        let t = type_of(b);
        if is_subclass(&winner, &t) {
            continue;
        }
        if is_subclass(&t, &winner) {
            winner = t;
            continue;
        }
        return Err(PyErr::new(
            ExcKind::TypeError,
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok((!is_builtin_type(&winner, &TYPE_TYPE)).then_some(winner))
}

/// `type.__new__(meta, name, bases, dict)`: a new class whose metaclass is
/// `meta` (or the most derived of its bases' metaclasses).
pub fn new_class_with_meta(
    name: &str,
    bases: Vec<Value>,
    dict: Value,
    meta: Option<Value>,
) -> PyResult<Value> {
    let metaclass = winning_metaclass(meta.as_ref(), &bases)?;
    let bases = if bases.is_empty() {
        vec![builtin_type(&OBJECT_TYPE)]
    } else {
        bases
    };
    // Instances of a subclass of an exception class are exceptions; of a
    // subclass of `type` (a metaclass), classes.
    let has_layout = |l: &'static TypeInfo| {
        bases
            .iter()
            .any(|b| as_type(b).is_some_and(|t| std::ptr::eq(t.layout, l)))
    };
    let layout: &'static TypeInfo = if has_layout(&EXCEPTION_TYPE) {
        &EXCEPTION_TYPE
    } else if has_layout(&TYPE_TYPE) {
        &TYPE_TYPE
    } else {
        &INSTANCE_TYPE
    };
    let mut builtin_base: Option<&'static TypeInfo> = None;
    for (i, b) in bases.iter().enumerate() {
        let Some(bt) = as_type(b) else {
            return Err(PyErr::new(ExcKind::TypeError, "bases must be types"));
        };
        if bases[..i].iter().any(|other| other.is(b)) {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("duplicate base class {}", bt.name),
            ));
        }
        let plain_layout = [&OBJECT_TYPE, &EXCEPTION_TYPE, &TYPE_TYPE]
            .into_iter()
            .any(|l| std::ptr::eq(bt.layout, l));
        if !bt.heap && !super::subclass::is_acceptable_base(bt.layout) && !plain_layout {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("type '{}' is not an acceptable base type", bt.name),
            ));
        }
        // A plain Python class only adds a `__dict__`, which exceptions
        // have too, so it mixes with an exception base (as in CPython);
        // two different built-in value layouts cannot be combined.
        let conflict = match (builtin_base, bt.builtin_base) {
            (Some(x), Some(y)) => !std::ptr::eq(x, y),
            (_, Some(_)) => !std::ptr::eq(layout, &INSTANCE_TYPE),
            _ => std::ptr::eq(layout, &TYPE_TYPE) && std::ptr::eq(bt.layout, &EXCEPTION_TYPE),
        };
        if conflict {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "multiple bases have instance lay-out conflict",
            ));
        }
        builtin_base = builtin_base.or(bt.builtin_base);
    }
    if Dict::cast(&dict).is_none() {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "type() argument 3 must be dict",
        ));
    }
    let mro_tail = c3_merge(&bases)?;
    implicit_method_kinds(&dict)?;
    let slot_names = super::slots::declared_slots(name, &dict)?;
    let payload = TypeObject {
        name: name.to_string(),
        bases: bases.clone(),
        mro_tail,
        dict,
        version: AtomicUsize::new(next_version()),
        layout,
        subclasses: Mutex::new(Vec::new()),
        heap: true,
        overrides: std::sync::atomic::AtomicU8::new(0),
        builtin_base,
        metaclass,
    };
    if !std::ptr::eq(payload.layout, &OBJECT_TYPE) {
        payload
            .overrides
            .store(compute_overrides(&payload), Ordering::Relaxed);
    }
    let obj = alloc::alloc(&TYPE_TYPE, payload);
    for b in &bases {
        expect_type(b)
            .subclasses
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(obj.as_ptr() as usize);
    }
    // SAFETY: a fresh object's one reference moves into the Value.
    let class = unsafe { Value::from_owned(obj) };
    super::slots::install(&class, &slot_names)?;
    Ok(class)
}

/// `__new__` in a class namespace is implicitly a static method,
/// `__init_subclass__` and `__class_getitem__` class methods (when they
/// are plain Python functions).
fn implicit_method_kinds(dict: &Value) -> PyResult<()> {
    use super::descriptor::{classmethod, staticmethod};
    let d = Dict::cast(dict).expect("checked to be a dict");
    type Wrap = fn(Value) -> Value;
    let wraps: [(&Value, Wrap); 3] = [
        (crate::interned!("__new__"), staticmethod),
        (crate::interned!("__init_subclass__"), classmethod),
        (crate::interned!("__class_getitem__"), classmethod),
    ];
    for (name, wrap) in wraps {
        let Some(f) = d.get(name)? else { continue };
        let Some(o) = f.as_object() else { continue };
        // SAFETY: `f` holds a reference, so the object is alive.
        let info = unsafe { o.as_ref() }.type_info();
        let plain_function = info.call.is_some()
            && info.descr_get.is_some()
            && super::function::as_native(&f).is_none()
            && !std::ptr::eq(info, &super::function::METHOD_TYPE)
            && !std::ptr::eq(info, &TYPE_TYPE)
            && !std::ptr::eq(info, &super::descriptor::STATICMETHOD_TYPE)
            && !std::ptr::eq(info, &super::descriptor::CLASSMETHOD_TYPE);
        if plain_function {
            d.set(name.clone(), wrap(f))?;
        }
    }
    Ok(())
}

/// An immortal class with a given instance layout (the built-in exception
/// classes): the root of a layout gets the layout's methods in its dict.
pub(crate) fn new_static_class(
    name: &'static str,
    bases: Vec<Value>,
    layout: &'static TypeInfo,
) -> Value {
    let mro_tail = c3_merge(&bases).expect("the built-in hierarchy is consistent");
    let dict = Dict::new();
    let is_layout_root = bases
        .iter()
        .all(|b| !std::ptr::eq(expect_type(b).layout, layout));
    if is_layout_root {
        let d = Dict::cast(&dict).expect("a dict");
        for &(method, func) in layout.methods {
            d.set(pystr::intern(method), native_method(method, func, layout))
                .expect("str keys hash");
        }
    }
    let payload = TypeObject {
        name: name.to_string(),
        bases,
        mro_tail,
        dict,
        version: AtomicUsize::new(next_version()),
        layout,
        subclasses: Mutex::new(Vec::new()),
        heap: false,
        overrides: std::sync::atomic::AtomicU8::new(0),
        builtin_base: None,
        metaclass: None,
    };
    let bases = payload.bases.clone();
    let obj = alloc::alloc_immortal(&TYPE_TYPE, payload);
    // Listed in its bases for `__subclasses__` (immortal: never removed).
    for b in &bases {
        expect_type(b)
            .subclasses
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(obj.as_ptr() as usize);
    }
    immortal(obj.as_ptr() as usize)
}

/// `issubclass(a, b)` for type objects.
pub fn is_subclass(a: &Value, b: &Value) -> bool {
    // The MRO walked in place: no vector per test.
    a.is(b) || expect_type(a).mro_tail.iter().any(|k| k.is(b))
}

/// `isinstance(v, cls)`.
pub fn isinstance(v: &Value, cls: &Value) -> bool {
    is_subclass(&type_of(v), cls)
}

/// C3 linearization of `bases` (the MRO after the new class itself).
fn c3_merge(bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(mro).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let in_a_tail = |c: &Value| seqs.iter().any(|s| s[1..].iter().any(|x| x.is(c)));
        let Some(next) = seqs.iter().map(|s| s[0].clone()).find(|c| !in_a_tail(c)) else {
            // CPython names the heads that could not be placed.
            let mut heads: Vec<&Value> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| h.is(&s[0])) {
                    heads.push(&s[0]);
                }
            }
            let names: Vec<String> = heads.into_iter().map(type_name).collect();
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                ),
            ));
        };
        for s in &mut seqs {
            if s[0].is(&next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
}

/// `t.name = value` (or `del t.name` when `value` is `None`) on a class:
/// updates its dict and gives it and its subclasses new versions.
pub fn set_class_attr(t: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    let ty = expect_type(t);
    if !ty.heap {
        let n = pystr::as_str(name).unwrap_or("?");
        return Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "cannot set '{}' attribute of immutable type '{}'",
                n, ty.name
            ),
        ));
    }
    let d = Dict::cast(&ty.dict).expect("a dict");
    match value {
        Some(v) => d.set(name.clone(), v)?,
        None => {
            if d.pop(name)?.is_none() {
                let n = pystr::as_str(name).unwrap_or("?");
                return Err(PyErr::new(
                    ExcKind::AttributeError,
                    format!("type object '{}' has no attribute '{}'", ty.name, n),
                ));
            }
        }
    }
    invalidate(ty);
    Ok(())
}

/// Give `t` (and its subclasses) new versions after its dict was changed
/// directly (filling a built-in type's namespace at start-up).
pub fn dict_changed(t: &Value) {
    invalidate(expect_type(t));
}

/// Which `object` slots the classes of `ty`'s MRO override.
fn compute_overrides(ty: &TypeObject) -> u8 {
    let object = builtin_type(&OBJECT_TYPE);
    let mut bits = 0;
    let classes = std::iter::once(&ty.dict).chain(
        ty.mro_tail
            .iter()
            .filter(|k| !k.is(&object))
            .map(|k| &expect_type(k).dict),
    );
    for dict in classes {
        let d = Dict::cast(dict).expect("a dict");
        for (name, bit) in [
            ("__getattribute__", OVERRIDES_GETATTRIBUTE),
            ("__setattr__", OVERRIDES_SETATTR),
            ("__delattr__", OVERRIDES_DELATTR),
            ("__getattr__", OVERRIDES_GETATTR),
        ] {
            if d.contains(&pystr::intern(name)).unwrap_or(false) {
                bits |= bit;
            }
        }
    }
    bits
}

/// The `OVERRIDES_*` bits of class `t`.
#[inline]
pub fn overrides(t: &Value) -> u8 {
    expect_type(t).overrides.load(Ordering::Acquire)
}

/// `cls.__subclasses__()`: the live direct subclasses, oldest first.
pub fn subclasses(t: &Value) -> Vec<Value> {
    let Some(ty) = as_type(t) else {
        return Vec::new();
    };
    let subs = ty.subclasses.lock().unwrap_or_else(|e| e.into_inner());
    subs.iter()
        .filter_map(|&sub| {
            let ptr = sub as *mut ObjHeader;
            // SAFETY: a subclass removes itself from this list (under this
            // lock) before its memory is freed, so the memory is valid while
            // we hold the lock; `try_incref` refuses a class already dying.
            unsafe { crate::object::refcount::try_incref(ptr) }
                // SAFETY: we just took the reference the Value owns.
                .then(|| unsafe { Value::from_owned(NonNull::new_unchecked(ptr)) })
        })
        .collect()
}

/// New versions for `ty` and every subclass, top-down under each lock.
fn invalidate(ty: &TypeObject) {
    ty.overrides.store(compute_overrides(ty), Ordering::Release);
    ty.version.store(next_version(), Ordering::Release);
    let subs = ty.subclasses.lock().unwrap_or_else(|e| e.into_inner());
    for &sub in subs.iter() {
        // SAFETY: a subclass removes itself from this list (under this lock)
        // before it is freed, so while we hold the lock it is alive.
        let sub =
            unsafe { alloc::payload::<TypeObject>(NonNull::new_unchecked(sub as *mut ObjHeader)) };
        invalidate(sub);
    }
}

/// `descr` as found on `owner` for `obj`: bound through its `__get__`
/// (`obj` is `None` for access on the class itself).
pub fn bind(descr: &Value, obj: &Value, owner: &Value) -> PyResult<Value> {
    descr_get(descr, Some(obj), owner)
}

/// Apply `descr.__get__(obj, owner)` if `descr` is a descriptor.
pub fn descr_get(descr: &Value, obj: Option<&Value>, owner: &Value) -> PyResult<Value> {
    if let Some(o) = descr.as_object() {
        // SAFETY: `descr` holds a reference, so the object is alive.
        if let Some(get) = unsafe { o.as_ref() }.type_info().descr_get {
            return get(descr, obj, owner);
        }
        if let Some(inst) = instance::as_instance(descr) {
            if let Some(get) = lookup(inst.class(), crate::interned!("__get__")) {
                let get = bind(&get, descr, inst.class())?;
                let obj = obj.cloned().unwrap_or_else(none_bool::none);
                return protocol::call(&get, &[obj, owner.clone()]);
            }
        }
    }
    Ok(descr.clone())
}

/// Calling a type: `type(x)`, `type(name, bases, dict)`, or making an
/// instance of a class and running its `__init__`.
fn type_call(t: &Value, call_args: crate::args::Args<'_>) -> PyResult<Value> {
    // A metaclass's `__call__` written in Python makes the instance (it
    // reaches `type.__call__`, `make_instance`, through `super()`).
    if let Some(meta) = &expect_type(t).metaclass {
        if let Some(call) = lookup(meta, crate::interned!("__call__"))
            .filter(|f| super::function::as_native(f).is_none())
        {
            return protocol::call_args(&bind(&call, t, meta)?, call_args);
        }
    }
    make_instance(t, call_args)
}

/// `type.__call__(t, *args)`: `type(x)`, `type(name, bases, dict)`, or
/// an instance of `t` made by its `__new__` and set up by its `__init__`.
pub fn make_instance(t: &Value, call_args: crate::args::Args<'_>) -> PyResult<Value> {
    let ty = expect_type(t);
    let args = call_args.positional;
    if std::ptr::eq(ty.layout, &TYPE_TYPE) && !ty.heap {
        // `type(x)` and `type(name, bases, dict)`.
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(t.clone());
        full.extend_from_slice(args);
        return super::metaclass::type_new(crate::args::Args::new(&full, call_args.keywords));
    }
    if std::ptr::eq(ty.layout, &OBJECT_TYPE) {
        if !args.is_empty() {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "object() takes no arguments",
            ));
        }
        // SAFETY: a fresh object's one reference moves into the Value.
        return Ok(unsafe { Value::from_owned(alloc::alloc(&OBJECT_TYPE, ())) });
    }
    let user_new = if ty.heap {
        lookup(t, crate::interned!("__new__")).filter(|n| super::function::as_native(n).is_none())
    } else {
        None
    };
    let obj = if let Some(new) = user_new.clone() {
        // `__new__` is a static method taking the class first.
        let new = descr_get(&new, None, t)?;
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(t.clone());
        full.extend_from_slice(args);
        let obj = protocol::call_args(&new, crate::args::Args::new(&full, call_args.keywords))?;
        if !isinstance(&obj, t) {
            return Ok(obj);
        }
        obj
    } else if ty.heap && ty.builtin_base.is_some() {
        super::subclass::new_instance(t, call_args)?
    } else if std::ptr::eq(ty.layout, &INSTANCE_TYPE) {
        check_not_abstract(t)?;
        instance::new_instance(t)
    } else if std::ptr::eq(ty.layout, &EXCEPTION_TYPE) {
        // As BaseException.__new__: the call's arguments become `args` even
        // if a user `__init__` does not pass them on.
        if exception::group::is_group_class(t) {
            exception::group::new_group(t, args, !call_args.keywords.is_empty())?
        } else {
            exception::new_exception(t, args.to_vec())
        }
    } else {
        return protocol::construct(t, call_args);
    };
    match lookup(t, crate::interned!("__init__")) {
        Some(init) => {
            // A plain function (Python or native) is called with the
            // instance first, without making a bound method.
            let plain_function = init.as_object().is_some_and(|o| {
                // SAFETY: `init` holds a reference, so the object is alive.
                let info = unsafe { o.as_ref() }.type_info();
                info.call.is_some()
                    && info.descr_get.is_some()
                    && !std::ptr::eq(info, &super::descriptor::STATICMETHOD_TYPE)
            });
            let r = if plain_function {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(obj.clone());
                full.extend_from_slice(args);
                protocol::call_args(&init, crate::args::Args::new(&full, call_args.keywords))?
            } else {
                protocol::call_args(&bind(&init, &obj, t)?, call_args)?
            };
            if !none_bool::is_none(&r) {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("__init__() should return None, not '{}'", type_name_of(&r)),
                ));
            }
        }
        None if user_new.is_none() && (!args.is_empty() || !call_args.keywords.is_empty()) => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("{}() takes no arguments", ty.name),
            ));
        }
        None => {}
    }
    Ok(obj)
}

/// The class namespace of `t` (`t.__dict__`).
pub fn class_dict(t: &Value) -> &Value {
    &expect_type(t).dict
}

/// `t.__bases__`.
pub fn bases(t: &Value) -> &[Value] {
    &expect_type(t).bases
}

impl Drop for TypeObject {
    fn drop(&mut self) {
        let me = self as *const TypeObject as usize;
        for b in &self.bases {
            expect_type(b)
                .subclasses
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                // Subclass entries are header addresses; ours is the payload's.
                .retain(|&s| s + std::mem::offset_of!(alloc::Obj<TypeObject>, payload) != me);
        }
    }
}

/// # Safety
/// `obj` is a live `Obj<TypeObject>`.
unsafe fn traverse_type(obj: *const ObjHeader, visit: &mut dyn FnMut(*const ObjHeader)) {
    // SAFETY: the caller's contract.
    let t = unsafe { alloc::payload::<TypeObject>(NonNull::new_unchecked(obj as *mut ObjHeader)) };
    for v in t
        .bases
        .iter()
        .chain(&t.mro_tail)
        .chain(std::iter::once(&t.dict))
        .chain(&t.metaclass)
    {
        if let Some(o) = v.as_object() {
            visit(o.as_ptr());
        }
    }
}

#[cfg(all(test, not(loom)))]
mod tests;
