//! Immortal objects in static memory: `None`, `True`, `False`, the
//! interpreter's unbound-register marker.
//!
//! Their address is a link-time constant, so making a `Value` of one is a
//! single address computation: no lazily initialized cell to test, no
//! header to read. The interpreter makes these values on nearly every
//! instruction (every cleared register, every comparison result).
//!
//! Under loom the header's atomics cannot be built in a constant, so the
//! object is allocated on first use instead, with the same interface.

use super::typeinfo::TypeInfo;
use crate::value::Value;

#[cfg(not(loom))]
mod imp {
    use super::super::alloc::{immortal_header, Obj};
    use super::TypeInfo;

    /// An immortal object with its header and payload in a `static`; its
    /// address is the object's.
    #[repr(transparent)]
    pub struct StaticObject<T> {
        obj: Obj<T>,
    }

    impl<T> StaticObject<T> {
        /// An immortal object of type `ty`: no owner, a count that never
        /// changes, never tracked by the collector.
        pub const fn new(ty: &'static TypeInfo, payload: T) -> StaticObject<T> {
            StaticObject {
                obj: Obj {
                    header: immortal_header!(ty),
                    payload,
                },
            }
        }

        /// The object's word: its address.
        #[inline(always)]
        pub fn word(&'static self) -> usize {
            &self.obj as *const Obj<T> as usize
        }
    }
}

#[cfg(loom)]
mod imp {
    use super::TypeInfo;
    use std::sync::OnceLock;

    /// Under loom: the object is allocated (immortal) on first use.
    pub struct StaticObject<T> {
        ty: &'static TypeInfo,
        payload: T,
        made: OnceLock<usize>,
    }

    impl<T: Copy + Send + Sync + 'static> StaticObject<T> {
        pub const fn new(ty: &'static TypeInfo, payload: T) -> StaticObject<T> {
            StaticObject {
                ty,
                payload,
                made: OnceLock::new(),
            }
        }

        pub fn word(&'static self) -> usize {
            *self.made.get_or_init(|| {
                super::super::alloc::alloc_immortal(self.ty, self.payload).as_ptr() as usize
            })
        }
    }
}

pub use imp::StaticObject;

#[cfg(not(loom))]
impl<T> StaticObject<T> {
    /// A `Value` for the object; no count is taken (it is immortal).
    #[inline(always)]
    pub fn value(&'static self) -> Value {
        // SAFETY: the word is the address of an immortal object that lives
        // for the whole program; immortal counts are never changed, so any
        // number of Values may hold it without a reference of their own.
        unsafe { Value::from_raw(self.word()) }
    }
}

#[cfg(loom)]
impl<T: Copy + Send + Sync + 'static> StaticObject<T> {
    /// A `Value` for the object; no count is taken (it is immortal).
    pub fn value(&'static self) -> Value {
        // SAFETY: as in the non-loom `value`: an immortal object, never freed.
        unsafe { Value::from_raw(self.word()) }
    }
}

#[cfg(all(test, not(loom)))]
mod tests;
