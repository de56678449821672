//! `dict`: insertion-ordered, lock-free reads, writers under the dict's
//! lock. The table is in `hashtable.rs`; this file is the dict API.
//!
//! Hashing (which may run a user `__hash__`) happens before any lock is
//! taken. Writers enter a critical section, because finding an existing key
//! may call a user `__eq__`, which may touch this dict again; values and
//! keys that leave the dict are dropped after the section ends, so a
//! `__del__` never runs under the lock.

use super::hashtable::HashTable;
use crate::error::{PyErr, PyResult};
use crate::object::alloc::{self, drop_and_free};
use crate::object::header::ObjHeader;
use crate::object::typeinfo::TypeInfo;
use crate::protocol;
use crate::value::Value;
use std::sync::atomic::{AtomicU32, Ordering};
use weft_sync::CriticalSection;

/// The payload of a `dict` object.
#[derive(Default)]
pub struct Dict {
    pub(crate) table: HashTable,
}

/// The `dict` type.
pub static DICT_TYPE: TypeInfo = TypeInfo {
    methods: &DICT_METHODS,
    traverse: Some(traverse_dict),
    clear: Some(clear_dict),
    ..TypeInfo::new("dict", drop_and_free::<Dict>)
};

/// # Safety
/// `obj` is a live `Obj<Dict>` and the world is stopped (no writer runs).
unsafe fn traverse_dict(obj: *const ObjHeader, visit: &mut dyn FnMut(*const ObjHeader)) {
    // SAFETY: the caller's contract.
    let dict =
        unsafe { alloc::payload::<Dict>(std::ptr::NonNull::new_unchecked(obj as *mut ObjHeader)) };
    dict.table.visit_objects(visit);
}

fn clear_dict(v: &Value) {
    if let Some(d) = Dict::cast(v) {
        d.clear();
    }
}

/// A borrowed dict.
#[derive(Clone, Copy)]
pub struct DictRef<'a> {
    header: &'a ObjHeader,
    dict: &'a Dict,
}

fn drop_words(words: impl IntoIterator<Item = usize>) {
    for w in words {
        if w != 0 {
            // SAFETY: each word carried one reference owned by the table,
            // handed to us by the locked operation.
            drop(unsafe { Value::from_raw(w) });
        }
    }
}

impl Dict {
    /// A new, empty dict.
    pub fn new() -> Value {
        let obj = alloc::alloc(&DICT_TYPE, Dict::default());
        // SAFETY: a fresh object's one reference moves into the Value.
        unsafe { Value::from_owned(obj) }
    }

    /// The dict behind `v`, if it is one.
    pub fn cast(v: &Value) -> Option<DictRef<'_>> {
        // SAFETY: objects of `DICT_TYPE` are allocated as `Obj<Dict>`.
        let (header, dict) = unsafe { alloc::downcast_with_header::<Dict>(v, &DICT_TYPE) }?;
        Some(DictRef { header, dict })
    }
}

impl<'a> DictRef<'a> {
    /// `len(d)`.
    pub fn len(self) -> usize {
        self.dict.table.len()
    }

    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// `d.get(key)`: `None` if absent. Lock-free on the fast path.
    pub fn get(self, key: &Value) -> PyResult<Option<Value>> {
        let hash = protocol::hash(key)?;
        Ok(self
            .dict
            .table
            .get(&self.header.lock, key, hash)?
            .map(|v| v.expect("dict entries have values")))
    }

    /// `d[key]`: `KeyError(key)` if absent.
    pub fn getitem(self, key: &Value) -> PyResult<Value> {
        self.get(key)?.ok_or_else(|| PyErr::key_error(key.clone()))
    }

    /// `key in d`.
    pub fn contains(self, key: &Value) -> PyResult<bool> {
        Ok(self.get(key)?.is_some())
    }

    /// `d[key] = value`.
    pub fn set(self, key: Value, value: Value) -> PyResult<()> {
        let hash = protocol::hash(&key)?;
        let vw = value.into_raw();
        let (old, unused_key) =
            match self
                .dict
                .table
                .insert_taking_lock(&self.header.lock, key, hash, vw, || {})
            {
                Ok(done) => done,
                Err(e) => {
                    // An error comes from comparing keys, before anything is
                    // stored: the value's reference is still ours.
                    // SAFETY: `vw` came from `into_raw` above and was not taken.
                    drop(unsafe { Value::from_raw(vw) });
                    return Err(e);
                }
            };
        drop(unused_key);
        drop_words([old]);
        Ok(())
    }

    /// `d[key]` (`None` if absent) remembering in `hint` the entry where
    /// this very key object was found, so the next lookup of it reads that
    /// entry without a probe. For names: the interpreter keeps one hint per
    /// name of a code object. A hint from another dict or an outdated one
    /// only costs the usual lookup.
    #[inline(always)]
    pub fn get_hinted(self, key: &Value, hint: &AtomicU32) -> PyResult<Option<Value>> {
        if let Some(v) = self.get_at_hint(key, hint) {
            return Ok(Some(v));
        }
        self.get_unhinted(key, hint)
    }

    /// The first step of `get_hinted`: the value in the entry `hint`
    /// names, if that entry holds this very key object; `None` says
    /// nothing about whether the key is present.
    #[inline(always)]
    pub fn get_at_hint(self, key: &Value, hint: &AtomicU32) -> Option<Value> {
        let h = hint.load(Ordering::Relaxed) as usize;
        if h == 0 {
            return None;
        }
        self.dict.table.value_at(h - 1, key.word())
    }

    /// `get_hinted` when the hint did not lead to the key: out of line, so
    /// that the hit path (attribute and global loads) inlines small.
    #[inline(never)]
    pub fn get_unhinted(self, key: &Value, hint: &AtomicU32) -> PyResult<Option<Value>> {
        let v = self.get(key)?;
        if v.is_some() {
            self.remember_entry(key, hint)?;
        }
        Ok(v)
    }

    /// `d[key] = value` through `hint`, as `get_hinted`.
    #[inline(always)]
    pub fn set_hinted(self, key: &Value, value: Value, hint: &AtomicU32) -> PyResult<()> {
        let h = hint.load(Ordering::Relaxed) as usize;
        let value = if h != 0 {
            // Identity only, no `==`: no Python code runs under the lock,
            // so the bare lock does (as for lists).
            let replaced = {
                let _guard = self.header.lock.guard();
                self.dict.table.replace_at_locked(h - 1, key.word(), value)
            };
            match replaced {
                Ok(old) => {
                    drop_words([old]);
                    return Ok(());
                }
                Err(value) => value,
            }
        } else {
            value
        };
        self.set_unhinted(key, value, hint)
    }

    /// `set_hinted` when the hint did not lead to the key: out of line.
    #[inline(never)]
    fn set_unhinted(self, key: &Value, value: Value, hint: &AtomicU32) -> PyResult<()> {
        self.set(key.clone(), value)?;
        self.remember_entry(key, hint)
    }

    fn remember_entry(self, key: &Value, hint: &AtomicU32) -> PyResult<()> {
        let hash = protocol::hash(key)?;
        if let Some(e) = self.dict.table.entry_of(key.word(), hash) {
            // Written only when it changes: threads running one code object
            // share its hints, and a store per lookup would bounce the line.
            if let Ok(e) = u32::try_from(e + 1) {
                if hint.load(Ordering::Relaxed) != e {
                    hint.store(e, Ordering::Relaxed);
                }
            }
        }
        Ok(())
    }

    /// `d.setdefault(key, default)`: the existing value, or `default` after
    /// inserting it; one atomic step.
    pub fn setdefault(self, key: Value, default: Value) -> PyResult<Value> {
        let hash = protocol::hash(&key)?;
        let _cs = CriticalSection::new(&self.header.lock);
        if let Some(existing) = self.dict.table.get_locked(&key, hash)? {
            return Ok(existing.expect("dict entries have values"));
        }
        let (old, _) = self
            .dict
            .table
            .insert_locked(key, hash, default.clone().into_raw())?;
        debug_assert_eq!(old, 0);
        Ok(default)
    }

    /// `d.pop(key)`: the value, or `None` if absent (the caller raises
    /// KeyError or returns its default).
    pub fn pop(self, key: &Value) -> PyResult<Option<Value>> {
        let hash = protocol::hash(key)?;
        let removed = {
            let _cs = CriticalSection::new(&self.header.lock);
            self.dict.table.remove_locked(key, hash)?
        };
        Ok(removed.map(|(kw, vw)| {
            drop_words([kw]);
            // SAFETY: the table's reference to the value moves to the caller.
            unsafe { Value::from_raw(vw) }
        }))
    }

    /// `del d[key]`.
    pub fn delitem(self, key: &Value) -> PyResult<()> {
        match self.pop(key)? {
            Some(_) => Ok(()),
            None => Err(PyErr::key_error(key.clone())),
        }
    }

    /// `d.clear()`.
    pub fn clear(self) {
        let words = {
            let _cs = CriticalSection::new(&self.header.lock);
            self.dict.table.clear_locked()
        };
        drop_words(words);
    }

    /// `list(d.items())`, one consistent snapshot in insertion order.
    pub fn items(self) -> Vec<(Value, Value)> {
        let _cs = CriticalSection::new(&self.header.lock);
        self.dict
            .table
            .snapshot_locked()
            .into_iter()
            .map(|(k, v)| (k, v.expect("dict entries have values")))
            .collect()
    }

    /// `list(d)`.
    pub fn keys(self) -> Vec<Value> {
        self.items().into_iter().map(|(k, _)| k).collect()
    }

    /// `list(d.values())`.
    pub fn values(self) -> Vec<Value> {
        self.items().into_iter().map(|(_, v)| v).collect()
    }

    /// `d.update(other)` for a dict `other`: the source is read under its own
    /// lock (a consistent snapshot), then each pair is set.
    pub fn update(self, other: DictRef<'_>) -> PyResult<()> {
        for (k, v) in other.items() {
            self.set(k, v)?;
        }
        Ok(())
    }

    /// `d.copy()`.
    pub fn copy(self) -> PyResult<Value> {
        let new = Dict::new();
        Dict::cast(&new).expect("a dict").update(self)?;
        Ok(new)
    }

    /// The table (for iterators, which step through it under the lock).
    pub(crate) fn table(self) -> &'a super::hashtable::HashTable {
        &self.dict.table
    }

    /// The object's header.
    /// The table's version: it changes with every mutation (inline caches
    /// key on it).
    #[inline]
    pub fn version(self) -> usize {
        self.table().version()
    }

    /// A number that changes whenever a key is added, unique to this dict
    /// (0 until `watch_keys`): a name seen absent at one number is absent
    /// while the number holds. Values replaced or keys removed leave it.
    #[inline]
    pub fn keys_version(self) -> usize {
        self.table().keys_version()
    }

    /// Start numbering `keys_version` (a namespace whose misses are
    /// remembered).
    pub fn watch_keys(self) {
        let _guard = self.header.lock.guard();
        self.table().watch_keys_locked();
    }

    pub fn header(self) -> &'a ObjHeader {
        self.header
    }
}

impl Drop for Dict {
    fn drop(&mut self) {
        self.table.drop_all();
    }
}

#[cfg(all(test, not(loom)))]
mod tests;

#[cfg(all(test, not(loom)))]
mod methods_tests;

// ------------------------------------------------------------ Python methods

use crate::args::{required, Args, Method};
use crate::error::ExcKind;
use crate::types::{int::int_from_i64, none_bool, tuple::tuple_new};

fn dict_get(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::positional("dict", "get", 1, 2);
    let (d, [key, default]) = M.parse(args, Dict::cast)?;
    Ok(d.get(required(key))?
        .unwrap_or_else(|| default.cloned().unwrap_or_else(none_bool::none)))
}

fn dict_setdefault(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::positional("dict", "setdefault", 1, 2);
    let (d, [key, default]) = M.parse(args, Dict::cast)?;
    d.setdefault(
        required(key).clone(),
        default.cloned().unwrap_or_else(none_bool::none),
    )
}

fn dict_pop(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::positional("dict", "pop", 1, 2);
    let (d, [key, default]) = M.parse(args, Dict::cast)?;
    let key = required(key);
    match (d.pop(key)?, default) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(PyErr::key_error(key.clone())),
    }
}

/// `d.popitem()`: the last inserted pair. It is found in a snapshot and
/// then popped; if another thread removed that key meanwhile, it tries
/// again (the snapshot makes it O(n), as the table has no "last entry"
/// query yet).
fn dict_popitem(args: Args<'_>) -> PyResult<Value> {
    let (d, []) = Method::no_args("dict", "popitem").parse(args, Dict::cast)?;
    loop {
        let Some((key, _)) = d.items().pop() else {
            return Err(PyErr::key_error(crate::types::str::str_value(
                "popitem(): dictionary is empty",
            )));
        };
        if let Some(v) = d.pop(&key)? {
            return Ok(tuple_new(vec![key, v]));
        }
    }
}

fn dict_keys(args: Args<'_>) -> PyResult<Value> {
    let (_, []) = Method::no_args("dict", "keys").parse(args, Dict::cast)?;
    Ok(super::dict_views::new_view(
        &args.positional[0],
        super::iterator::DictPart::Keys,
    ))
}

fn dict_values(args: Args<'_>) -> PyResult<Value> {
    let (_, []) = Method::no_args("dict", "values").parse(args, Dict::cast)?;
    Ok(super::dict_views::new_view(
        &args.positional[0],
        super::iterator::DictPart::Values,
    ))
}

fn dict_items(args: Args<'_>) -> PyResult<Value> {
    let (_, []) = Method::no_args("dict", "items").parse(args, Dict::cast)?;
    Ok(super::dict_views::new_view(
        &args.positional[0],
        super::iterator::DictPart::Items,
    ))
}

/// `d.update(other, **kwargs)`: `other` a dict or an iterable of pairs.
fn dict_update(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::new(
        "dict",
        "update",
        crate::args::Conv::PositionalAndKeywords { min: 0, max: 1 },
    );
    let (d, rest) = M.bind(args, Dict::cast)?;
    let [other] = M.check(rest)?;
    match other.map(|o| (o, Dict::cast(o))) {
        None => {}
        Some((_, Some(o))) => d.update(o)?,
        Some((o, None)) => {
            if let Some(r) = protocol::hooks_dict_update(&args.positional[0], o) {
                r?;
            } else {
                update_from_pairs(d, o)?;
            }
        }
    }
    for (k, v) in rest.keywords {
        d.set(k.clone(), v.clone())?;
    }
    Ok(none_bool::none())
}

/// `d.update(pairs)`: an iterable of two-item iterables.
pub fn update_from_pairs(d: DictRef<'_>, o: &Value) -> PyResult<()> {
    for (i, item) in protocol::iterate(o)?.iter().enumerate() {
        let pair = protocol::iterate(item).map_err(|_| {
            PyErr::new(
                ExcKind::TypeError,
                format!("cannot convert dictionary update sequence element #{i} to a sequence"),
            )
        })?;
        let [k, v] = <[Value; 2]>::try_from(pair).map_err(|pair| {
            PyErr::new(
                ExcKind::ValueError,
                format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    pair.len()
                ),
            )
        })?;
        d.set(k, v)?;
    }
    Ok(())
}

fn dict_clear(args: Args<'_>) -> PyResult<Value> {
    let (d, []) = Method::no_args("dict", "clear").parse(args, Dict::cast)?;
    d.clear();
    Ok(none_bool::none())
}

fn dict_copy(args: Args<'_>) -> PyResult<Value> {
    let (d, []) = Method::no_args("dict", "copy").parse(args, Dict::cast)?;
    d.copy()
}

fn dict_len(args: Args<'_>) -> PyResult<Value> {
    let (d, []) = Method::wrapper("dict", "__len__", 0).parse(args, Dict::cast)?;
    Ok(int_from_i64(d.len() as i64))
}

fn dict_getitem(args: Args<'_>) -> PyResult<Value> {
    let (d, [key]) = Method::one("dict", "__getitem__").parse(args, Dict::cast)?;
    d.getitem(required(key))
}

fn dict_setitem(args: Args<'_>) -> PyResult<Value> {
    let (d, [key, v]) = Method::wrapper_pair("dict", "__setitem__").parse(args, Dict::cast)?;
    d.set(required(key).clone(), required(v).clone())?;
    Ok(none_bool::none())
}

fn dict_delitem(args: Args<'_>) -> PyResult<Value> {
    let (d, [key]) = Method::wrapper("dict", "__delitem__", 1).parse(args, Dict::cast)?;
    d.delitem(required(key))?;
    Ok(none_bool::none())
}

fn dict_contains(args: Args<'_>) -> PyResult<Value> {
    let (d, [key]) = Method::one("dict", "__contains__").parse(args, Dict::cast)?;
    Ok(none_bool::bool_value(d.contains(required(key))?))
}

/// `dict`'s methods. `keys`, `values` and `items` return lists for now:
/// the view objects are not built yet. `update` takes a dict or a built-in
/// iterable of pairs (not yet a user mapping with `keys()`).
/// `dict.fromkeys(iterable, value=None)` (looked up on the class: no
/// receiver).
fn dict_fromkeys(args: Args<'_>) -> PyResult<Value> {
    crate::args::check_positional("fromkeys", args.positional.len(), 1, 2)?;
    let value = args
        .positional
        .get(1)
        .cloned()
        .unwrap_or_else(none_bool::none);
    let d = Dict::new();
    let dict = Dict::cast(&d).expect("a dict");
    for key in protocol::iterate(&args.positional[0])? {
        dict.set(key, value.clone())?;
    }
    Ok(d)
}

static DICT_METHODS: [(&str, crate::types::function::NativeFn); 16] = [
    ("fromkeys", dict_fromkeys),
    ("get", dict_get),
    ("setdefault", dict_setdefault),
    ("pop", dict_pop),
    ("popitem", dict_popitem),
    ("keys", dict_keys),
    ("values", dict_values),
    ("items", dict_items),
    ("update", dict_update),
    ("clear", dict_clear),
    ("copy", dict_copy),
    ("__len__", dict_len),
    ("__getitem__", dict_getitem),
    ("__setitem__", dict_setitem),
    ("__delitem__", dict_delitem),
    ("__contains__", dict_contains),
];
