//! `Value`: one machine word, the unit every Python value travels in.
//!
//! | low bit | meaning                                                       |
//! |---------|---------------------------------------------------------------|
//! | 1       | a small int `i`, stored as `(i << 1) | 1`: 63-bit range, no allocation, no count |
//! | 0       | a non-null pointer to an `ObjHeader` (objects are 8-aligned)   |
//!
//! A `Value` owns one reference: `clone` is an incref and `drop` a decref
//! (both free for small ints and immortal objects).

use crate::object::header::ObjHeader;
use crate::object::refcount;
use std::num::NonZeroUsize;
use std::ptr::NonNull;

/// An owned reference to a Python value.
#[repr(transparent)]
pub struct Value(NonZeroUsize);

const INT_TAG: usize = 1;

impl Value {
    /// Smallest int stored inline.
    pub const MIN_SMALL: i64 = -(1 << 62);
    /// Largest int stored inline.
    pub const MAX_SMALL: i64 = (1 << 62) - 1;

    /// A small int, if `i` fits inline.
    #[inline]
    pub fn small_int(i: i64) -> Option<Value> {
        if (Self::MIN_SMALL..=Self::MAX_SMALL).contains(&i) {
            let word = ((i << 1) as usize) | INT_TAG;
            // The tag bit makes the word non-zero.
            Some(Value(
                NonZeroUsize::new(word).expect("tagged word is non-zero"),
            ))
        } else {
            None
        }
    }

    /// The inline int, if this is one.
    #[inline]
    pub fn as_small_int(&self) -> Option<i64> {
        if self.0.get() & INT_TAG != 0 {
            Some((self.0.get() as i64) >> 1)
        } else {
            None
        }
    }

    /// Wrap an object reference the caller owns (one count moves into the
    /// `Value`).
    ///
    /// # Safety
    /// `obj` points to a live object and the caller gives up one reference.
    #[inline]
    pub unsafe fn from_owned(obj: NonNull<ObjHeader>) -> Value {
        Value(NonZeroUsize::new(obj.as_ptr() as usize).expect("NonNull"))
    }

    /// Take a new reference to a live object.
    ///
    /// # Safety
    /// `obj` points to a live object.
    #[inline]
    pub unsafe fn from_borrowed(obj: NonNull<ObjHeader>) -> Value {
        // SAFETY: the caller guarantees the object is alive.
        unsafe { refcount::incref(obj.as_ptr()) };
        // SAFETY: we just took the reference the Value owns.
        unsafe { Value::from_owned(obj) }
    }

    /// The object this value points to, if it is not an inline int.
    #[inline]
    pub fn as_object(&self) -> Option<NonNull<ObjHeader>> {
        if self.0.get() & INT_TAG == 0 {
            NonNull::new(self.0.get() as *mut ObjHeader)
        } else {
            None
        }
    }

    /// The layout of the object this value points to (`None` for an inline
    /// int): which Rust type its payload is, not always its Python class.
    #[inline]
    pub fn type_info(&self) -> Option<&'static crate::TypeInfo> {
        let obj = self.as_object()?;
        // SAFETY: the value holds a reference, so the object is alive.
        Some(unsafe { obj.as_ref() }.type_info())
    }

    /// The raw word, keeping the reference (for storing in a container slot).
    #[inline]
    pub fn into_raw(self) -> usize {
        let word = self.0.get();
        std::mem::forget(self);
        word
    }

    /// Rebuild a value from `into_raw`'s word, taking back its reference.
    ///
    /// # Safety
    /// `word` came from `into_raw` and its reference was not yet taken back.
    #[inline]
    pub unsafe fn from_raw(word: usize) -> Value {
        Value(NonZeroUsize::new(word).expect("a raw value word is never zero"))
    }

    /// The raw word without giving up the reference (identity comparisons).
    #[inline]
    pub fn word(&self) -> usize {
        self.0.get()
    }

    /// A copy of a value kept in a static: without a count if it is
    /// immortal (never freed, its count never read), else a clone. For
    /// markers the interpreter copies on every call.
    #[inline]
    pub fn copy_static(v: &'static Value) -> Value {
        if refcount::value_is_immortal(v) {
            Value(v.0)
        } else {
            v.clone()
        }
    }

    /// `is` in Python: the same object, or the same inline int.
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    /// The type name, as `type(v).__name__`.
    pub fn type_name(&self) -> &'static str {
        match self.as_object() {
            None => "int",
            // SAFETY: the value holds a reference, so the object is alive.
            Some(obj) => unsafe { obj.as_ref() }.type_info().name,
        }
    }
}

impl Clone for Value {
    #[inline]
    fn clone(&self) -> Value {
        if let Some(obj) = self.as_object() {
            // SAFETY: `self` holds a reference, so the object is alive.
            unsafe { refcount::incref(obj.as_ptr()) };
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline]
    fn drop(&mut self) {
        if let Some(obj) = self.as_object() {
            // SAFETY: `self` owned one reference, given up here.
            unsafe { refcount::decref(obj.as_ptr()) };
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.as_small_int() {
            Some(i) => write!(f, "Value({i})"),
            None => write!(f, "Value(<{} at {:#x}>)", self.type_name(), self.0.get()),
        }
    }
}

// SAFETY: a Value is a counted reference; the counting protocol is
// thread-safe (biased counts with atomic shared counts), and the objects it
// points to synchronize their own mutation (per-object locks).
unsafe impl Send for Value {}
// SAFETY: as for Send: shared `&Value` only allows clone (incref) and reads.
unsafe impl Sync for Value {}

#[cfg(all(test, not(loom)))]
mod tests;
