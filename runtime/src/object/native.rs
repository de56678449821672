//! `NativeType<T>`: a safe way for crates outside the runtime (the
//! interpreter: functions, cells, generators, modules) to define heap
//! object types without writing `unsafe`.
//!
//! The type ties a `TypeInfo` to one payload type `T`: the only way to make
//! an object of that `TypeInfo` is `NativeType::alloc` with a `T`, so
//! `downcast` can check the type pointer and hand out `&T` safely. The
//! deallocator and the collector's traversal are filled in from `T`.

use super::alloc::{self, drop_and_free};
use super::header::ObjHeader;
use super::typeinfo::TypeInfo;
use crate::value::Value;
use std::marker::PhantomData;
use std::ptr::NonNull;

/// What the cycle collector needs from a native payload: every reference it
/// holds. A payload that holds none can visit nothing.
pub trait Traverse {
    /// Call `visit` on each value the payload holds a reference to.
    fn traverse(&self, visit: &mut dyn FnMut(&Value));
}

/// A heap object type whose payload is `T`.
pub struct NativeType<T> {
    info: TypeInfo,
    _payload: PhantomData<fn() -> T>,
}

impl<T: Traverse + Send + Sync + 'static> NativeType<T> {
    /// The type described by `info`, with its deallocator and traversal
    /// replaced by `T`'s. Give `traverse: None` in `info` for payloads that
    /// can never be part of a cycle: they are then never tracked.
    pub const fn new(mut info: TypeInfo) -> NativeType<T> {
        info.dealloc = drop_and_free::<T>;
        if info.traverse.is_some() {
            info.traverse = Some(traverse_payload::<T>);
        }
        NativeType {
            info,
            _payload: PhantomData,
        }
    }

    /// A traversal marker for `new`: `traverse: NativeType::<T>::TRACKED`
    /// asks for the collector to track and walk these objects.
    pub const TRACKED: Option<super::typeinfo::TraverseFn> = Some(traverse_payload::<T>);

    /// The type's `TypeInfo`.
    pub const fn info(&'static self) -> &'static TypeInfo {
        &self.info
    }

    /// A new object holding `payload`, with one reference.
    pub fn alloc(&'static self, payload: T) -> Value {
        let obj = alloc::alloc(&self.info, payload);
        // SAFETY: a fresh object's one reference moves into the Value.
        unsafe { Value::from_owned(obj) }
    }

    /// A new immortal object holding `payload`.
    pub fn alloc_immortal(&'static self, payload: T) -> Value {
        let obj = alloc::alloc_immortal(&self.info, payload);
        // SAFETY: immortal objects are never counted, so the Value may
        // hold it without an increment.
        unsafe { Value::from_owned(obj) }
    }

    /// The payload of `v`, if `v` is one of this type's objects.
    #[inline]
    pub fn downcast<'a>(&'static self, v: &'a Value) -> Option<&'a T> {
        // SAFETY: objects with this `TypeInfo` are made only by `alloc`
        // above, always as `Obj<T>`.
        unsafe { alloc::downcast::<T>(v, &self.info) }
    }

    /// Whether `v` is one of this type's objects.
    #[inline]
    pub fn is(&'static self, v: &Value) -> bool {
        self.downcast(v).is_some()
    }
}

/// # Safety
/// `obj` is a live `Obj<T>` (the collector only calls a type's traversal on
/// that type's objects).
unsafe fn traverse_payload<T: Traverse>(
    obj: *const ObjHeader,
    visit: &mut dyn FnMut(*const ObjHeader),
) {
    // SAFETY: the caller's contract.
    let payload = unsafe { alloc::payload::<T>(NonNull::new_unchecked(obj as *mut ObjHeader)) };
    payload.traverse(&mut |v: &Value| {
        if let Some(o) = v.as_object() {
            visit(o.as_ptr());
        }
    });
}

/// Visit an optional value.
pub fn visit_opt(v: &Option<Value>, visit: &mut dyn FnMut(&Value)) {
    if let Some(v) = v {
        visit(v);
    }
}
