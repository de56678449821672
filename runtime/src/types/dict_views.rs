//! Dict views: `d.keys()`, `d.values()`, `d.items()`. A view is live (it
//! reads the dict each time), iterable, sized, and supports `in`; the
//! interpreter adds set operations on keys and items views.

use super::dict::{Dict, DictRef};
use super::iterator::{dict_iter, DictPart};
use super::{int, none_bool, tuple};
use crate::args::{required, Args, Method};
use crate::error::PyResult;
use crate::object::alloc::{self, drop_and_free};
use crate::object::header::ObjHeader;
use crate::object::typeinfo::TypeInfo;
use crate::protocol;
use crate::value::Value;

/// A view of a dict.
pub struct DictView {
    pub dict: Value,
    pub part: DictPart,
}

pub static DICT_KEYS_TYPE: TypeInfo = TypeInfo {
    traverse: Some(traverse_view),
    methods: &VIEW_METHODS,
    ..TypeInfo::new("dict_keys", drop_and_free::<DictView>)
};
pub static DICT_VALUES_TYPE: TypeInfo = TypeInfo {
    traverse: Some(traverse_view),
    methods: &VIEW_METHODS,
    ..TypeInfo::new("dict_values", drop_and_free::<DictView>)
};
pub static DICT_ITEMS_TYPE: TypeInfo = TypeInfo {
    traverse: Some(traverse_view),
    methods: &VIEW_METHODS,
    ..TypeInfo::new("dict_items", drop_and_free::<DictView>)
};

fn info(part: DictPart) -> &'static TypeInfo {
    match part {
        DictPart::Keys => &DICT_KEYS_TYPE,
        DictPart::Values => &DICT_VALUES_TYPE,
        DictPart::Items => &DICT_ITEMS_TYPE,
    }
}

/// A new view of `dict`.
pub fn new_view(dict: &Value, part: DictPart) -> Value {
    let obj = alloc::alloc(
        info(part),
        DictView {
            dict: dict.clone(),
            part,
        },
    );
    // SAFETY: a fresh object's one reference moves into the Value.
    unsafe { Value::from_owned(obj) }
}

/// The view behind `v`, if it is one.
pub fn as_view(v: &Value) -> Option<&DictView> {
    for part in [DictPart::Keys, DictPart::Values, DictPart::Items] {
        // SAFETY: objects of the view types are allocated as `Obj<DictView>`.
        if let Some(view) = unsafe { alloc::downcast::<DictView>(v, info(part)) } {
            return Some(view);
        }
    }
    None
}

impl DictView {
    fn dict(&self) -> DictRef<'_> {
        Dict::cast(&self.dict).expect("a view's dict")
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.dict().len()
    }

    /// Whether the dict is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// An iterator over the view.
    pub fn iter(&self) -> Value {
        dict_iter(&self.dict, self.part)
    }

    /// The view's items now (keys, values or `(key, value)` tuples).
    pub fn items(&self) -> Vec<Value> {
        match self.part {
            DictPart::Keys => self.dict().keys(),
            DictPart::Values => self.dict().values(),
            DictPart::Items => self
                .dict()
                .items()
                .into_iter()
                .map(|(k, v)| tuple::tuple_new(vec![k, v]))
                .collect(),
        }
    }

    /// `x in view`.
    pub fn contains(&self, x: &Value) -> PyResult<bool> {
        match self.part {
            DictPart::Keys => self.dict().contains(x),
            DictPart::Items => {
                let Some([k, v]) = tuple::as_tuple(x).and_then(|t| <&[Value; 2]>::try_from(t).ok())
                else {
                    return Ok(false);
                };
                match self.dict().get(k)? {
                    Some(found) => Ok(found.is(v) || protocol::eq(&found, v)?),
                    None => Ok(false),
                }
            }
            DictPart::Values => {
                for v in self.dict().values() {
                    if v.is(x) || protocol::eq(&v, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }
}

fn view_len(args: Args<'_>) -> PyResult<Value> {
    let (v, []) = Method::wrapper("dict_view", "__len__", 0).parse(args, as_view)?;
    Ok(int::int_from_i64(v.len() as i64))
}

fn view_iter(args: Args<'_>) -> PyResult<Value> {
    let (v, []) = Method::wrapper("dict_view", "__iter__", 0).parse(args, as_view)?;
    Ok(v.iter())
}

fn view_contains(args: Args<'_>) -> PyResult<Value> {
    let (v, [x]) = Method::wrapper("dict_view", "__contains__", 1).parse(args, as_view)?;
    Ok(none_bool::bool_value(v.contains(required(x))?))
}

fn view_isdisjoint(args: Args<'_>) -> PyResult<Value> {
    let (v, [other]) = Method::one("dict_view", "isdisjoint").parse(args, as_view)?;
    for item in protocol::iterate(required(other))? {
        if v.contains(&item)? {
            return Ok(none_bool::false_value());
        }
    }
    Ok(none_bool::true_value())
}

static VIEW_METHODS: [(&str, crate::types::function::NativeFn); 4] = [
    ("__len__", view_len),
    ("__iter__", view_iter),
    ("__contains__", view_contains),
    ("isdisjoint", view_isdisjoint),
];

/// # Safety
/// `obj` is a live `Obj<DictView>`.
unsafe fn traverse_view(obj: *const ObjHeader, visit: &mut dyn FnMut(*const ObjHeader)) {
    // SAFETY: the caller's contract.
    let v = unsafe {
        alloc::payload::<DictView>(std::ptr::NonNull::new_unchecked(obj as *mut ObjHeader))
    };
    if let Some(o) = v.dict.as_object() {
        visit(o.as_ptr());
    }
}
