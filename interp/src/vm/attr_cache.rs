//! Inline caches for attribute access on instances of Python classes, one
//! per `LoadAttr` / `StoreAttr` / `LoadMethod` instruction.
//!
//! Each instruction owns `ATTR_CACHE_WAYS` entries, one per class seen at
//! the site (a method of a base class runs on instances of several
//! subclasses). An entry is keyed by the class's address and version tag
//! (a version changes whenever the class or a base changes, and is never
//! reused), so while it matches, what it records about the class holds:
//!
//! - for `LoadAttr` and `StoreAttr`, `PLAIN`: the class has no data
//!   descriptor named so and no `__getattribute__` / `__setattr__`
//!   override (nor `__slots__`), so the instance's `__dict__` is the whole
//!   story (a load that misses there takes the full path);
//! - for `LoadMethod`, the Python function the class provides, which binds
//!   to the instance unless its `__dict__` shadows the name.
//!
//! Exceptions are served the same way for the names the full path reads
//! from their `__dict__` (`exception_dict_name`): not their fields (`args`,
//! `__cause__`...) nor the names some exception classes answer themselves
//! (`SystemExit.code`, `OSError.errno`...).
//!
//! Classes themselves (`Exception.__init__`, `Base.method`, `C.LIMIT`)
//! are served from entries keyed by the class and its version tag (marked
//! apart from the instance entries, `CLASS_ENTRY`), when the class's
//! metaclass is `type` and what the class's MRO holds under the name reads
//! through the class as itself: a function, a built-in method, a constant
//! (`load_class_attr`). Not a classmethod, property or other descriptor.
//!
//! A Python function's own attributes (`f.calls`, names that are not
//! dunder) are read and written in its `__dict__` through the name's hint.
//!
//! Anything else (built-in values, modules) takes the full path.
//!
//! Beside the ways, a `LoadAttr` or `StoreAttr` keeps the version tag of
//! the last class found `PLAIN` there: version tags are unique across all
//! classes and never reused, so one load and one comparison say PLAIN for
//! the common single-class site.

use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};

use weft_runtime::object::value_cache::ValueCache;
use weft_runtime::types::dict::Dict;
use weft_runtime::types::exception;
use weft_runtime::types::instance::{as_instance, Instance};
use weft_runtime::types::typeobj;
use weft_runtime::TypeInfo;
use weft_runtime::{PyResult, Value};

use super::function::as_function;

/// An attribute instruction's caches.
#[derive(Clone, Copy)]
pub struct AttrCache<'a> {
    /// `ATTR_CACHE_WAYS` entries, one per class seen.
    pub ways: &'a [ValueCache],
    /// The version tag of the class last found PLAIN (0: none yet).
    pub plain_version: &'a AtomicUsize,
}

/// The marker an entry holds for "the instance dict is the whole story".
fn plain() -> Value {
    Value::small_int(1).expect("fits inline")
}

/// Marks the entries for attributes read from a class itself: version tags
/// come from a counter that never reaches the top bit.
const CLASS_ENTRY: usize = 1 << (usize::BITS - 1);

/// The entry's keys for an instance's class.
fn keys(inst: &Instance) -> (usize, usize) {
    (inst.class().word(), typeobj::version(inst.class()))
}

/// Whether `obj.name` reads and writes go straight to the instance dict
/// for this class (`store` also requires no `__setattr__` and no slots).
fn is_plain(class: &Value, name: &Value, store: bool) -> bool {
    let bits = typeobj::overrides(class);
    let blocking = if store {
        typeobj::OVERRIDES_SETATTR | typeobj::OVERRIDES_GETATTRIBUTE
    } else {
        typeobj::OVERRIDES_GETATTRIBUTE
    };
    if bits & blocking != 0 {
        return false;
    }
    if store && typeobj::lookup(class, weft_runtime::interned!("__slots__")).is_some() {
        return false;
    }
    // `obj.__class__` is the object's class, never a dict entry.
    if weft_runtime::types::str::as_str(name) == Some("__class__") {
        return false;
    }
    !typeobj::lookup(class, name).is_some_and(|d| weft_runtime::attr::is_data_descriptor(&d))
}

/// The entry for `(k0, k1)` among an instruction's ways.
#[inline(always)]
fn ways_get(ways: &[ValueCache], k0: usize, k1: usize) -> Option<Option<Value>> {
    ways.iter().find_map(|way| way.get(k0, k1))
}

/// Fill an entry for class `k0`: an empty way, or one holding an older
/// version of the same class, or else the way the class's address picks.
fn ways_put(ways: &[ValueCache], k0: usize, k1: usize, value: Option<&Value>) {
    let way = ways
        .iter()
        .find(|way| way.first_key().is_some_and(|k| k == 0 || k == k0))
        .unwrap_or(&ways[(k0 >> 4) % ways.len()]);
    way.put(k0, k1, value);
}

/// The class and `__dict__` of an object whose attributes the caches may
/// serve, and whether it is an exception.
#[inline(always)]
fn class_and_dict(obj: &Value) -> Option<(&Value, &Value, bool)> {
    if let Some(inst) = as_instance(obj) {
        return Some((inst.class(), &inst.dict, false));
    }
    let exc = exception::as_exception(obj)?;
    Some((&exc.class, &exc.dict, true))
}

/// Whether the full path reads (and writes) `name` on exceptions of
/// `class` from their `__dict__`: not a field (`args`, the dunder names),
/// nor a name the exception answers itself (`attr::special_attr`, and the
/// methods of groups and of every exception). Conservative: a name some
/// exception class treats specially is refused for all but `code`, which
/// only `SystemExit` does.
fn exception_dict_name(class: &Value, name: &Value) -> bool {
    let Some(n) = weft_runtime::types::str::as_str(name) else {
        return false;
    };
    if n.starts_with("__") {
        return false;
    }
    const ANSWERED: &[&str] = &[
        "args",
        "add_note",
        "with_traceback",
        "errno",
        "strerror",
        "filename",
        "filename2",
        "encoding",
        "object",
        "start",
        "end",
        "reason",
        "value",
        "name",
        "path",
        "obj",
        "message",
        "exceptions",
        "split",
        "subgroup",
        "derive",
    ];
    if ANSWERED.contains(&n) {
        return false;
    }
    if n == "code" {
        return exception::exception_class("SystemExit")
            .is_some_and(|c| !typeobj::is_subclass(class, &c));
    }
    true
}

/// Whether the entry says PLAIN for this class, filling it on a miss.
/// `exception`: the object is an exception (`exception_dict_name`).
#[inline(always)]
fn plain_for(
    class: &Value,
    name: &Value,
    cache: AttrCache<'_>,
    store: bool,
    exception: bool,
) -> bool {
    let version = typeobj::version(class);
    if cache.plain_version.load(Ordering::Relaxed) == version {
        return true;
    }
    let (k0, k1) = (class.word(), version);
    match ways_get(cache.ways, k0, k1) {
        // An inline int has no count: forgotten, not dropped out of line.
        Some(Some(v)) => match v.as_small_int() {
            Some(i) => {
                std::mem::forget(v);
                i == 1
            }
            None => false,
        },
        Some(None) => false,
        None => fill_plain(class, name, cache, store, exception, (k0, k1)),
    }
}

/// A miss of `plain_for`: decide, and remember the answer. Out of line,
/// so that the hit path stays small where it is inlined.
#[cold]
#[inline(never)]
fn fill_plain(
    class: &Value,
    name: &Value,
    cache: AttrCache<'_>,
    store: bool,
    exception: bool,
    (k0, k1): (usize, usize),
) -> bool {
    let ok = is_plain(class, name, store) && (!exception || exception_dict_name(class, name));
    ways_put(cache.ways, k0, k1, ok.then(plain).as_ref());
    if ok {
        // Only on a fill (a class version first seen here): a site that
        // sees several classes does not rewrite it on every access.
        cache.plain_version.store(k1, Ordering::Relaxed);
    }
    ok
}

/// Whether `name` is one a function may hold in its `__dict__` with nothing
/// of the function type's in the way: the type's own attributes
/// (`__name__`, `__code__`, `__get__`...) are all dunder names.
fn is_own_name(name: &Value) -> bool {
    weft_runtime::types::str::as_str(name).is_some_and(|n| !n.starts_with("__"))
}

/// `f.name` for a Python function's own attribute (`checked.calls`): its
/// `__dict__` read through the name's hint, as `attr::function_attr` reads
/// it first; `None` (the full path, which raises) when absent.
#[inline]
fn function_dict_attr(
    f: &super::function::Function,
    name: &Value,
    hint: &AtomicU32,
) -> PyResult<Option<Value>> {
    match f.dict.get() {
        Some(d) if is_own_name(name) => Dict::cast(d).expect("a dict").get_hinted(name, hint),
        _ => Ok(None),
    }
}

/// `C.name` for a class `C` as the cache allows (see the module notes);
/// `None` means "take the full path" (also for anything not a class).
#[inline]
pub fn load_class_attr(obj: &Value, name: &Value, cache: AttrCache<'_>) -> PyResult<Option<Value>> {
    if typeobj::as_type(obj).is_none() {
        return Ok(None);
    }
    let (k0, k1) = (obj.word(), typeobj::version(obj) | CLASS_ENTRY);
    match ways_get(cache.ways, k0, k1) {
        Some(found) => Ok(found),
        None => fill_class_attr(obj, name, cache, (k0, k1)),
    }
}

/// A miss of `load_class_attr`: read the attribute the full way (that is
/// the answer), and remember it if reading it through the class gave the
/// MRO's own value.
#[cold]
#[inline(never)]
fn fill_class_attr(
    class: &Value,
    name: &Value,
    cache: AttrCache<'_>,
    (k0, k1): (usize, usize),
) -> PyResult<Option<Value>> {
    let meta = typeobj::type_of(class);
    // A metaclass of its own may answer names itself (`__getattr__`, data
    // descriptors); `type`'s data descriptors (`__name__`, `__doc__`...)
    // come before the class's MRO.
    let plain_meta = meta.is(&typeobj::builtin_type(&typeobj::TYPE_TYPE))
        && !typeobj::lookup(&meta, name)
            .is_some_and(|d| weft_runtime::attr::is_data_descriptor(&d));
    let Some(raw) = typeobj::lookup(class, name).filter(|_| plain_meta) else {
        ways_put(cache.ways, k0, k1, None);
        return Ok(None);
    };
    // Read once (a descriptor's `__get__` may count its calls): the value
    // is the answer whether or not it may be remembered.
    let v = super::attr::getattr(class, name)?;
    ways_put(cache.ways, k0, k1, v.is(&raw).then_some(&v));
    Ok(Some(v))
}

/// `obj.name` from the instance dict when the cache allows; `None` means
/// "take the full path". `hint` remembers the dict entry the name was in:
/// instances of one class usually set their attributes in one order, so
/// the entry is the same from one instance to the next.
#[inline]
pub fn load_attr(
    obj: &Value,
    name: &Value,
    cache: AttrCache<'_>,
    hint: &AtomicU32,
) -> PyResult<Option<Value>> {
    let Some((class, dict, exception)) = class_and_dict(obj) else {
        if let Some(f) = as_function(obj) {
            return function_dict_attr(f, name, hint);
        }
        return load_class_attr(obj, name, cache);
    };
    if !plain_for(class, name, cache, false, exception) {
        return Ok(None);
    }
    if let Some(v) = Dict::cast(dict).expect("a dict").get_hinted(name, hint)? {
        return Ok(Some(v));
    }
    if exception {
        return Ok(None);
    }
    // Not in the instance: a class attribute that is no descriptor (a
    // constant such as `fee = 1`) is the answer as it stands.
    Ok(typeobj::lookup(class, name).filter(weft_runtime::attr::is_plain_value))
}

/// `obj.name = value` into the instance dict when the cache allows;
/// gives the value back when the full path must run.
#[inline]
pub fn store_attr(
    obj: &Value,
    name: &Value,
    value: Value,
    cache: AttrCache<'_>,
    hint: &AtomicU32,
) -> PyResult<Option<Value>> {
    let Some((class, dict, exception)) = class_and_dict(obj) else {
        if let (Some(f), true) = (as_function(obj), is_own_name(name)) {
            // `f.calls += 1`: into the function's `__dict__`, as the full path.
            Dict::cast(f.dict.get_or_init(Dict::new))
                .expect("a dict")
                .set_hinted(name, value, hint)?;
            return Ok(None);
        }
        return Ok(Some(value));
    };
    if !plain_for(class, name, cache, true, exception) {
        return Ok(Some(value));
    }
    Dict::cast(dict)
        .expect("a dict")
        .set_hinted(name, value, hint)?;
    Ok(None)
}

/// The function `obj.name` binds to when the class provides a Python
/// function and the instance dict does not shadow it; `None` means "take
/// the full path".
#[inline]
pub fn load_method(obj: &Value, name: &Value, cache: AttrCache<'_>) -> PyResult<Option<Value>> {
    let ways = cache.ways;
    let Some(inst) = as_instance(obj) else {
        return Ok(builtin_method(obj, name, &ways[0]));
    };
    let (k0, k1) = keys(inst);
    let f = match ways_get(ways, k0, k1) {
        Some(Some(f)) => f,
        Some(None) => return Ok(None),
        None => {
            let found = if typeobj::overrides(inst.class()) & typeobj::OVERRIDES_GETATTRIBUTE == 0 {
                typeobj::lookup(inst.class(), name).filter(|f| as_function(f).is_some())
            } else {
                None
            };
            ways_put(ways, k0, k1, found.as_ref());
            match found {
                Some(f) => f,
                None => return Ok(None),
            }
        }
    };
    if Dict::cast(&inst.dict).expect("a dict").contains(name)? {
        return Ok(None);
    }
    Ok(Some(f))
}

/// Built-in containers and strings, whose methods a cache may hold: their
/// types' namespaces never change, and every value of the layout has
/// exactly that type (unlike exceptions, whose layout many classes share).
fn has_fixed_methods(info: &'static TypeInfo) -> bool {
    use weft_runtime::types::{bytearray, bytes, dict, list, set, str as pystr, tuple};
    [
        &list::LIST_TYPE,
        &dict::DICT_TYPE,
        &pystr::STR_TYPE,
        &set::SET_TYPE,
        &tuple::TUPLE_TYPE,
        &bytes::BYTES_TYPE,
        &bytearray::BYTEARRAY_TYPE,
    ]
    .into_iter()
    .any(|t| std::ptr::eq(t, info))
}

/// `lst.append` and the like: the native method of a built-in value's
/// type, keyed by the type's layout (the full path finds the same one:
/// `attr::load_method`). Special names take the full path (they bind slot
/// wrappers).
fn builtin_method(obj: &Value, name: &Value, cache: &ValueCache) -> Option<Value> {
    let info = obj.type_info()?;
    if !has_fixed_methods(info) {
        return None;
    }
    let key = info as *const TypeInfo as usize;
    match cache.get(key, 0) {
        Some(found) => found,
        None => {
            let special =
                weft_runtime::types::str::as_str(name).is_none_or(|n| n.starts_with("__"));
            let found = if special {
                None
            } else {
                typeobj::lookup(&typeobj::type_of(obj), name)
                    .filter(|f| weft_runtime::types::function::as_native(f).is_some())
            };
            cache.put(key, 0, found.as_ref());
            found
        }
    }
}
