//! `bytearray`: a mutable byte buffer. Writers take the object's 1-byte
//! lock (their sections never run Python code); readers (`len`, `b[i]`,
//! snapshots for `bytes(b)`) take none: they load the buffer pointer and the
//! length and read the byte. Replaced buffers are retired through epoch
//! reclamation, as the list's item arrays are (`list.rs`); bytes carry no
//! references, so no count is taken.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::alloc::{self, drop_and_free};
use crate::object::header::ObjHeader;
use crate::object::typeinfo::TypeInfo;
use crate::thread;
use crate::value::Value;
use std::mem::MaybeUninit;
use weft_sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use weft_sync::reclaim::{unprotected, Atomic, Owned};

type Buffer = [MaybeUninit<AtomicU8>];

/// The payload of a `bytearray` object.
pub struct ByteArray {
    /// The buffer (capacity = its length); null until the first byte.
    buffer: Atomic<Buffer>,
    len: AtomicUsize,
}

/// The `bytearray` type (unhashable, compared by content).
pub static BYTEARRAY_TYPE: TypeInfo = TypeInfo {
    eq: Some(bytearray_eq),
    methods: methods::BYTEARRAY_METHODS,
    ..TypeInfo::new("bytearray", drop_and_free::<ByteArray>)
};

fn bytearray_eq(a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let x = ByteArray::cast(a).expect("a bytearray").to_vec();
    Ok(super::byteslike::buffer(b).map(|y| x[..] == y[..]))
}

/// A borrowed bytearray.
#[derive(Clone, Copy)]
pub struct ByteArrayRef<'a> {
    header: &'a ObjHeader,
    array: &'a ByteArray,
}

fn new_buffer(capacity: usize, bytes: &[u8]) -> Owned<Buffer> {
    let mut buffer = Owned::<Buffer>::init(capacity);
    for (i, slot) in buffer.iter_mut().enumerate() {
        slot.write(AtomicU8::new(bytes.get(i).copied().unwrap_or(0)));
    }
    buffer
}

#[inline]
fn byte(buffer: &Buffer, i: usize) -> &AtomicU8 {
    // SAFETY: `new_buffer` initializes every slot before publishing.
    unsafe { buffer[i].assume_init_ref() }
}

/// CPython's bytearray over-allocation: 1/8 extra.
fn grown_capacity(needed: usize) -> usize {
    needed + (needed >> 3) + 8
}

impl ByteArray {
    /// `bytearray(bytes)`.
    pub fn new(bytes: &[u8]) -> Value {
        let array = ByteArray {
            buffer: Atomic::null(),
            len: AtomicUsize::new(bytes.len()),
        };
        if !bytes.is_empty() {
            array
                .buffer
                .store(new_buffer(bytes.len(), bytes), Ordering::Relaxed);
        }
        let obj = alloc::alloc(&BYTEARRAY_TYPE, array);
        // SAFETY: a fresh object's one reference moves into the Value.
        unsafe { Value::from_owned(obj) }
    }

    /// The bytearray behind `v`, if it is one.
    pub fn cast(v: &Value) -> Option<ByteArrayRef<'_>> {
        // SAFETY: objects of `BYTEARRAY_TYPE` are allocated as `Obj<ByteArray>`.
        let (header, array) =
            unsafe { alloc::downcast_with_header::<ByteArray>(v, &BYTEARRAY_TYPE) }?;
        Some(ByteArrayRef { header, array })
    }
}

fn index_error() -> PyErr {
    PyErr::new(ExcKind::IndexError, "bytearray index out of range")
}

impl<'a> ByteArrayRef<'a> {
    /// `len(b)`.
    pub fn len(self) -> usize {
        self.array.len.load(Ordering::Relaxed)
    }

    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// `b[i]` for `0 <= i`, lock-free when the thread is pinned.
    pub fn get(self, i: usize) -> PyResult<u8> {
        let lock_free = thread::with_pinned_guard(|guard| {
            let guard = guard?;
            loop {
                let buffer = self.array.buffer.load(Ordering::Acquire, guard);
                if i >= self.array.len.load(Ordering::Acquire) {
                    return Some(Err(index_error()));
                }
                // SAFETY: pinned: the buffer is not freed meanwhile.
                match unsafe { buffer.as_ref() } {
                    Some(b) if i < b.len() => return Some(Ok(byte(b, i).load(Ordering::Relaxed))),
                    _ => continue, // a resize is being published
                }
            }
        });
        match lock_free {
            Some(r) => r,
            None => self.with_locked(|l| l.get(i).ok_or_else(index_error)),
        }
    }

    /// The bytes, one consistent snapshot (under the lock).
    pub fn to_vec(self) -> Vec<u8> {
        self.with_locked(|l| (0..l.len()).map(|i| l.get(i).expect("in range")).collect())
    }

    /// `b[i] = x`.
    pub fn set(self, i: usize, x: u8) -> PyResult<()> {
        self.with_locked(|l| {
            if i >= l.len() {
                return Err(index_error());
            }
            byte(l.buffer(), i).store(x, Ordering::Relaxed);
            Ok(())
        })
    }

    /// `b.append(x)`.
    pub fn append(self, x: u8) {
        self.extend(&[x]);
    }

    /// `b.extend(bytes)` / `b += bytes`: one atomic step.
    pub fn extend(self, bytes: &[u8]) {
        if bytes.is_empty() {
            // Nothing to add (an empty bytearray may have no buffer yet).
            return;
        }
        self.with_locked(|l| {
            let n = l.len();
            l.reserve(n + bytes.len());
            let buffer = l.buffer();
            for (k, &x) in bytes.iter().enumerate() {
                byte(buffer, n + k).store(x, Ordering::Relaxed);
            }
            l.array.len.store(n + bytes.len(), Ordering::Release);
        });
    }

    /// `b.insert(i, x)` with `i` clamped to `0..=len`.
    pub fn insert(self, i: usize, x: u8) {
        self.with_locked(|l| {
            let n = l.len();
            let i = i.min(n);
            l.reserve(n + 1);
            let buffer = l.buffer();
            for j in (i..n).rev() {
                byte(buffer, j + 1)
                    .store(byte(buffer, j).load(Ordering::Relaxed), Ordering::Relaxed);
            }
            byte(buffer, i).store(x, Ordering::Relaxed);
            l.array.len.store(n + 1, Ordering::Release);
        });
    }

    /// `b.pop(i)`: IndexError "pop from empty bytearray" or "pop index out
    /// of range" as CPython.
    pub fn pop(self, i: usize) -> PyResult<u8> {
        self.with_locked(|l| {
            let n = l.len();
            if n == 0 {
                return Err(PyErr::new(ExcKind::IndexError, "pop from empty bytearray"));
            }
            if i >= n {
                return Err(PyErr::new(ExcKind::IndexError, "pop index out of range"));
            }
            let buffer = l.buffer();
            let x = byte(buffer, i).load(Ordering::Relaxed);
            for j in i..n - 1 {
                byte(buffer, j).store(
                    byte(buffer, j + 1).load(Ordering::Relaxed),
                    Ordering::Relaxed,
                );
            }
            l.array.len.store(n - 1, Ordering::Release);
            Ok(x)
        })
    }

    /// `b.clear()`.
    pub fn clear(self) {
        self.with_locked(|l| l.array.len.store(0, Ordering::Release));
    }

    /// `b.reverse()`.
    pub fn reverse(self) {
        self.with_locked(|l| {
            let n = l.len();
            let buffer = l.buffer_opt();
            for i in 0..n / 2 {
                let buffer = buffer.expect("non-empty");
                let (a, b) = (
                    byte(buffer, i).load(Ordering::Relaxed),
                    byte(buffer, n - 1 - i).load(Ordering::Relaxed),
                );
                byte(buffer, i).store(b, Ordering::Relaxed);
                byte(buffer, n - 1 - i).store(a, Ordering::Relaxed);
            }
        });
    }

    /// Rewrite the contents in one atomic step: `f` gets a copy of the
    /// bytes to edit (slice assignment, deletion, `remove`, `*=`); on
    /// success the result replaces the contents. `f` runs under the lock, so
    /// it must not run Python code.
    pub fn modify<R>(self, f: impl FnOnce(&mut Vec<u8>) -> PyResult<R>) -> PyResult<R> {
        self.with_locked(|l| {
            let mut data: Vec<u8> = (0..l.len()).map(|i| l.get(i).expect("in range")).collect();
            let r = f(&mut data)?;
            l.reserve(data.len());
            if let Some(buffer) = l.buffer_opt() {
                for (i, &x) in data.iter().enumerate() {
                    byte(buffer, i).store(x, Ordering::Relaxed);
                }
            }
            l.array.len.store(data.len(), Ordering::Release);
            Ok(r)
        })
    }

    /// Run `f` with the buffer locked; a replaced buffer is retired after
    /// unlocking.
    fn with_locked<R>(self, f: impl FnOnce(&mut Locked<'_>) -> R) -> R {
        self.header.lock.lock();
        let mut locked = Locked {
            array: self.array,
            retired: None,
        };
        let r = f(&mut locked);
        let retired = locked.retired.take();
        // SAFETY: taken above, on this thread.
        unsafe { self.header.lock.unlock() };
        if let Some(old) = retired {
            thread::retire_storage(old);
        }
        r
    }
}

/// The bytearray as seen by a writer holding its lock.
struct Locked<'l> {
    array: &'l ByteArray,
    retired: Option<Owned<Buffer>>,
}

impl Locked<'_> {
    fn len(&self) -> usize {
        self.array.len.load(Ordering::Relaxed)
    }

    fn buffer_opt(&self) -> Option<&Buffer> {
        // SAFETY: under the lock nobody else replaces or frees the buffer.
        unsafe {
            self.array
                .buffer
                .load(Ordering::Relaxed, unprotected())
                .as_ref()
        }
    }

    fn buffer(&self) -> &Buffer {
        self.buffer_opt().expect("reserved")
    }

    fn get(&self, i: usize) -> Option<u8> {
        (i < self.len()).then(|| byte(self.buffer(), i).load(Ordering::Relaxed))
    }

    /// Make room for `needed` bytes.
    fn reserve(&mut self, needed: usize) {
        let capacity = self.buffer_opt().map_or(0, |b| b.len());
        if needed <= capacity {
            return;
        }
        let current: Vec<u8> = (0..self.len())
            .map(|i| self.get(i).expect("in range"))
            .collect();
        let new = new_buffer(grown_capacity(needed), &current);
        // SAFETY: under the lock; the swap unlinks the old buffer, retired
        // after unlocking.
        let old = self
            .array
            .buffer
            .swap(new, Ordering::Release, unsafe { unprotected() });
        if !old.is_null() {
            // SAFETY: unlinked by the swap; retired once.
            let old = unsafe { old.into_owned() };
            if let Some(previous) = self.retired.replace(old) {
                thread::retire_storage(previous);
            }
        }
    }
}

impl Drop for ByteArray {
    fn drop(&mut self) {
        let buffer = std::mem::replace(&mut self.buffer, Atomic::null());
        // SAFETY: the object is being freed: no writer, and no reader (a
        // reader holds a reference, and this was the last), so the buffer
        // is freed at once, as a list's array is.
        if let Some(b) = unsafe { buffer.try_into_owned() } {
            drop(b);
        }
    }
}

mod methods;
pub use methods::{del_subscript, repeat_in_place, set_subscript};

#[cfg(all(test, not(loom)))]
mod tests;
