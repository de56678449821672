//! `mappingproxy`: the read-only view of a class's namespace that
//! `Class.__dict__` gives (writes go through `setattr`, which keeps the
//! class's version tag and caches right).

use super::dict::{Dict, DictRef};
use super::dict_views::new_view;
use super::iterator::{dict_iter, DictPart};
use super::{int, none_bool};
use crate::args::{required, Args, Method};
use crate::error::PyResult;
use crate::object::alloc::{self, drop_and_free};
use crate::object::header::ObjHeader;
use crate::object::typeinfo::TypeInfo;
use crate::protocol;
use crate::value::Value;

/// A read-only view of a dict.
pub struct MappingProxy {
    pub mapping: Value,
}

pub static MAPPINGPROXY_TYPE: TypeInfo = TypeInfo {
    traverse: Some(traverse_proxy),
    eq: Some(proxy_eq),
    methods: &PROXY_METHODS,
    ..TypeInfo::new("mappingproxy", drop_and_free::<MappingProxy>)
};

/// A new proxy of the dict `mapping`.
pub fn mappingproxy(mapping: &Value) -> Value {
    let obj = alloc::alloc(
        &MAPPINGPROXY_TYPE,
        MappingProxy {
            mapping: mapping.clone(),
        },
    );
    // SAFETY: a fresh object's one reference moves into the Value.
    unsafe { Value::from_owned(obj) }
}

/// The proxy behind `v`, if it is one.
pub fn as_proxy(v: &Value) -> Option<&MappingProxy> {
    // SAFETY: objects of `MAPPINGPROXY_TYPE` are `Obj<MappingProxy>`.
    unsafe { alloc::downcast::<MappingProxy>(v, &MAPPINGPROXY_TYPE) }
}

impl MappingProxy {
    fn dict(&self) -> DictRef<'_> {
        Dict::cast(&self.mapping).expect("a proxied dict")
    }
}

/// `repr(proxy)`: `mappingproxy({...})`.
pub fn proxy_repr(p: &MappingProxy) -> PyResult<String> {
    Ok(format!("mappingproxy({})", protocol::repr(&p.mapping)?))
}

/// Equal to what the proxied dict is equal to.
fn proxy_eq(a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let Some(p) = as_proxy(a) else {
        return Ok(None);
    };
    let other = as_proxy(b).map_or(b, |q| &q.mapping);
    protocol::eq(&p.mapping, other).map(Some)
}

fn proxy_getitem(args: Args<'_>) -> PyResult<Value> {
    let (p, [key]) = Method::wrapper("mappingproxy", "__getitem__", 1).parse(args, as_proxy)?;
    p.dict().getitem(required(key))
}

fn proxy_contains(args: Args<'_>) -> PyResult<Value> {
    let (p, [key]) = Method::wrapper("mappingproxy", "__contains__", 1).parse(args, as_proxy)?;
    Ok(none_bool::bool_value(p.dict().contains(required(key))?))
}

fn proxy_len(args: Args<'_>) -> PyResult<Value> {
    let (p, []) = Method::wrapper("mappingproxy", "__len__", 0).parse(args, as_proxy)?;
    Ok(int::int_from_i64(p.dict().len() as i64))
}

fn proxy_iter(args: Args<'_>) -> PyResult<Value> {
    let (p, []) = Method::wrapper("mappingproxy", "__iter__", 0).parse(args, as_proxy)?;
    Ok(dict_iter(&p.mapping, DictPart::Keys))
}

fn proxy_get(args: Args<'_>) -> PyResult<Value> {
    let (p, [key, default]) =
        Method::positional("mappingproxy", "get", 1, 2).parse(args, as_proxy)?;
    Ok(p.dict()
        .get(required(key))?
        .unwrap_or_else(|| default.cloned().unwrap_or_else(none_bool::none)))
}

fn proxy_view(args: Args<'_>, name: &'static str, part: DictPart) -> PyResult<Value> {
    let (p, []) = Method::no_args("mappingproxy", name).parse(args, as_proxy)?;
    Ok(new_view(&p.mapping, part))
}

fn proxy_keys(args: Args<'_>) -> PyResult<Value> {
    proxy_view(args, "keys", DictPart::Keys)
}

fn proxy_values(args: Args<'_>) -> PyResult<Value> {
    proxy_view(args, "values", DictPart::Values)
}

fn proxy_items(args: Args<'_>) -> PyResult<Value> {
    proxy_view(args, "items", DictPart::Items)
}

fn proxy_copy(args: Args<'_>) -> PyResult<Value> {
    let (p, []) = Method::no_args("mappingproxy", "copy").parse(args, as_proxy)?;
    p.dict().copy()
}

static PROXY_METHODS: [(&str, crate::types::function::NativeFn); 9] = [
    ("__getitem__", proxy_getitem),
    ("__contains__", proxy_contains),
    ("__len__", proxy_len),
    ("__iter__", proxy_iter),
    ("get", proxy_get),
    ("keys", proxy_keys),
    ("values", proxy_values),
    ("items", proxy_items),
    ("copy", proxy_copy),
];

/// # Safety
/// `obj` is a live `Obj<MappingProxy>`.
unsafe fn traverse_proxy(obj: *const ObjHeader, visit: &mut dyn FnMut(*const ObjHeader)) {
    // SAFETY: the caller's contract.
    let p = unsafe {
        alloc::payload::<MappingProxy>(std::ptr::NonNull::new_unchecked(obj as *mut ObjHeader))
    };
    if let Some(o) = p.mapping.as_object() {
        visit(o.as_ptr());
    }
}
