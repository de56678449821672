//! `__slots__`: the slot names a class body declares, checked as CPython's
//! `type.__new__` does, and the `member_descriptor` each becomes in the
//! class dict. Slot values live in the instance's slot table
//! (`Instance::slots`), apart from its `__dict__`.

use super::dict::Dict;
use super::instance::as_instance;
use super::{list, str as pystr, tuple, typeobj};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::alloc::{self, drop_and_free};
use crate::object::header::ObjHeader;
use crate::object::typeinfo::TypeInfo;
use crate::value::Value;

/// A slot's descriptor: its (mangled) name and the class that declared it.
pub struct MemberDescriptor {
    pub name: Value,
    pub owner: Value,
}

pub static MEMBER_DESCRIPTOR_TYPE: TypeInfo = TypeInfo {
    traverse: Some(traverse_member),
    descr_get: Some(member_get),
    hash: Some(crate::protocol::identity_hash_slot),
    descr_set: Some(member_set),
    ..TypeInfo::new("member_descriptor", drop_and_free::<MemberDescriptor>)
};

/// The member descriptor behind `v`, if it is one.
pub fn as_member(v: &Value) -> Option<&MemberDescriptor> {
    // SAFETY: objects of `MEMBER_DESCRIPTOR_TYPE` are `Obj<MemberDescriptor>`.
    unsafe { alloc::downcast::<MemberDescriptor>(v, &MEMBER_DESCRIPTOR_TYPE) }
}

/// `__x` in class `_P` is stored as `_P__x` (private name mangling).
fn mangle(class_name: &str, name: &str) -> String {
    let stripped = class_name.trim_start_matches('_');
    if name.starts_with("__") && !name.ends_with("__") && !stripped.is_empty() {
        format!("_{stripped}{name}")
    } else {
        name.to_string()
    }
}

/// The slot names the class body's `__slots__` declares (mangled), without
/// `__dict__` and `__weakref__`; an error for a non-string item or a name
/// the class body also binds. Empty without `__slots__`.
pub fn declared_slots(class_name: &str, dict: &Value) -> PyResult<Vec<String>> {
    let d = Dict::cast(dict).expect("a class dict");
    let Some(slots) = d.get(crate::interned!("__slots__"))? else {
        return Ok(Vec::new());
    };
    let items: Vec<Value> = if pystr::as_str(&slots).is_some() {
        vec![slots]
    } else if let Some(t) = tuple::as_tuple(&slots) {
        t.to_vec()
    } else if let Some(l) = list::List::cast(&slots) {
        l.to_vec()
    } else if let Some(keys) = Dict::cast(&slots) {
        keys.keys()
    } else {
        return Ok(Vec::new());
    };
    let mut names = Vec::new();
    for item in &items {
        let Some(name) = pystr::as_str(item) else {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "__slots__ items must be strings, not '{}'",
                    typeobj::type_name_of(item)
                ),
            ));
        };
        if name == "__dict__" || name == "__weakref__" {
            continue;
        }
        let mangled = mangle(class_name, name);
        if d.get(&pystr::str_value(&mangled))?.is_some() {
            return Err(PyErr::new(
                ExcKind::ValueError,
                format!("'{name}' in __slots__ conflicts with class variable"),
            ));
        }
        names.push(mangled);
    }
    Ok(names)
}

/// Put a member descriptor for each of `names` into the new class's dict.
pub fn install(class: &Value, names: &[String]) -> PyResult<()> {
    let d = Dict::cast(typeobj::class_dict(class)).expect("a class dict");
    for name in names {
        let key = pystr::intern(name);
        let obj = alloc::alloc(
            &MEMBER_DESCRIPTOR_TYPE,
            MemberDescriptor {
                name: key.clone(),
                owner: class.clone(),
            },
        );
        // SAFETY: a fresh object's one reference moves into the Value.
        d.set(key, unsafe { Value::from_owned(obj) })?;
    }
    Ok(())
}

/// The slot table of `obj` for descriptor `m`, after checking that the
/// descriptor applies to it: an instance's, or an exception's.
fn table(m: &MemberDescriptor, obj: &Value) -> PyResult<Value> {
    if typeobj::isinstance(obj, &m.owner) {
        if let Some(table) = as_instance(obj).and_then(|i| i.slots.as_ref()) {
            return Ok(table.clone());
        }
        if let Some(e) = super::exception::as_exception(obj) {
            return Ok(super::exception::slot_table(e));
        }
    }
    Err(PyErr::new(
        ExcKind::TypeError,
        format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            pystr::as_str(&m.name).unwrap_or("?"),
            typeobj::type_name(&m.owner),
            typeobj::type_name_of(obj)
        ),
    ))
}

fn member_get(descr: &Value, obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    let Some(obj) = obj else {
        return Ok(descr.clone());
    };
    let m = as_member(descr).expect("a member descriptor");
    let table = table(m, obj)?;
    match Dict::cast(&table).expect("a dict").get(&m.name)? {
        Some(v) => Ok(v),
        None => Err(PyErr::new(
            ExcKind::AttributeError,
            format!(
                "'{}' object has no attribute '{}'",
                typeobj::type_name_of(obj),
                pystr::as_str(&m.name).unwrap_or("?")
            ),
        )),
    }
}

fn member_set(descr: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let m = as_member(descr).expect("a member descriptor");
    let table = table(m, obj)?;
    let d = Dict::cast(&table).expect("a dict");
    match value {
        Some(v) => d.set(m.name.clone(), v),
        // CPython's message for deleting an empty slot is the bare name.
        None => match d.pop(&m.name)? {
            Some(_) => Ok(()),
            None => Err(PyErr::new(
                ExcKind::AttributeError,
                pystr::as_str(&m.name).unwrap_or("?").to_string(),
            )),
        },
    }
}

/// `repr(P.x)`: `<member 'x' of 'P' objects>`.
pub fn member_repr(m: &MemberDescriptor) -> String {
    format!(
        "<member '{}' of '{}' objects>",
        pystr::as_str(&m.name).unwrap_or("?"),
        typeobj::type_name(&m.owner)
    )
}

/// # Safety
/// `obj` is a live `Obj<MemberDescriptor>`.
unsafe fn traverse_member(obj: *const ObjHeader, visit: &mut dyn FnMut(*const ObjHeader)) {
    // SAFETY: the caller's contract.
    let m = unsafe {
        alloc::payload::<MemberDescriptor>(std::ptr::NonNull::new_unchecked(obj as *mut ObjHeader))
    };
    for v in [&m.name, &m.owner] {
        if let Some(o) = v.as_object() {
            visit(o.as_ptr());
        }
    }
}
