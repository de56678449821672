//! `bytearray`'s methods as callables.

use super::{ByteArray, ByteArrayRef};
use crate::args::{index_arg, required, subscript_index, Args, Method};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::types::byteslike::{buffer, byte_arg as byte_value, ByteArrayKind};
use crate::types::function::NativeFn;
use crate::types::{int, none_bool, slice, typeobj};
use crate::value::Value;

fn normalize(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&j).then_some(j as usize)
}

fn ba_append(args: Args<'_>) -> PyResult<Value> {
    let (b, [x]) = Method::one("bytearray", "append").parse(args, ByteArray::cast)?;
    b.append(byte_value(required(x))?);
    Ok(none_bool::none())
}

fn ba_extend(args: Args<'_>) -> PyResult<Value> {
    let (b, [x]) = Method::one("bytearray", "extend").parse(args, ByteArray::cast)?;
    let x = required(x);
    let data: Vec<u8> = match (crate::types::bytes::as_bytes(x), ByteArray::cast(x)) {
        (Some(d), _) => d.to_vec(),
        (None, Some(other)) => other.to_vec(),
        _ if crate::types::str::as_str(x).is_some() => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                "expected iterable of integers; got: 'str'",
            ))
        }
        _ => crate::protocol::iterate(x)?
            .iter()
            .map(byte_value)
            .collect::<PyResult<_>>()?,
    };
    b.extend(&data);
    Ok(none_bool::none())
}

fn ba_pop(args: Args<'_>) -> PyResult<Value> {
    let (b, [i]): (ByteArrayRef<'_>, _) =
        Method::positional("bytearray", "pop", 0, 1).parse(args, ByteArray::cast)?;
    if b.is_empty() {
        return Err(PyErr::new(ExcKind::IndexError, "pop from empty bytearray"));
    }
    let i = i.map(index_arg).transpose()?.unwrap_or(-1);
    let i = normalize(i, b.len())
        .ok_or_else(|| PyErr::new(ExcKind::IndexError, "pop index out of range"))?;
    Ok(int::int_from_i64(i64::from(b.pop(i)?)))
}

fn ba_insert(args: Args<'_>) -> PyResult<Value> {
    let (b, [i, x]) =
        Method::positional("bytearray", "insert", 2, 2).parse(args, ByteArray::cast)?;
    let i = index_arg(required(i))?;
    let len = b.len() as i64;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    b.insert(i as usize, byte_value(required(x))?);
    Ok(none_bool::none())
}

fn ba_clear(args: Args<'_>) -> PyResult<Value> {
    let (b, []) = Method::no_args("bytearray", "clear").parse(args, ByteArray::cast)?;
    b.clear();
    Ok(none_bool::none())
}

fn ba_reverse(args: Args<'_>) -> PyResult<Value> {
    let (b, []) = Method::no_args("bytearray", "reverse").parse(args, ByteArray::cast)?;
    b.reverse();
    Ok(none_bool::none())
}

fn ba_remove(args: Args<'_>) -> PyResult<Value> {
    let (b, [x]) = Method::one("bytearray", "remove").parse(args, ByteArray::cast)?;
    let x = byte_value(required(x))?;
    b.modify(|data| {
        let i = data
            .iter()
            .position(|&c| c == x)
            .ok_or_else(|| PyErr::new(ExcKind::ValueError, "value not found in bytearray"))?;
        data.remove(i);
        Ok(())
    })?;
    Ok(none_bool::none())
}

fn ba_copy(args: Args<'_>) -> PyResult<Value> {
    let (b, []) = Method::no_args("bytearray", "copy").parse(args, ByteArray::cast)?;
    Ok(ByteArray::new(&b.to_vec()))
}

fn indices_error(key: &Value) -> PyErr {
    PyErr::new(
        ExcKind::TypeError,
        format!(
            "bytearray indices must be integers or slices, not {}",
            typeobj::type_name_of(key)
        ),
    )
}

/// The bytes a slice assignment stores: a bytes-like object or an
/// iterable of ints in `range(0, 256)` (not an int or a str).
fn assigned_bytes(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(v) {
        return Ok(b.into_owned());
    }
    let cannot = || {
        PyErr::new(
            ExcKind::TypeError,
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        )
    };
    if int::is_int(v) || crate::types::str::as_str(v).is_some() {
        return Err(cannot());
    }
    let items = crate::protocol::iterate(v).map_err(|_| cannot())?;
    items.iter().map(byte_value).collect()
}

/// `b[key] = value` for an index or a slice (the sizes of an extended
/// slice and of the value must match, as in CPython).
pub fn set_subscript(b: ByteArrayRef<'_>, key: &Value, value: &Value) -> PyResult<()> {
    if let Some(s) = slice::as_slice(key) {
        let new = assigned_bytes(value)?;
        // `__index__` of the parts runs outside the bytearray's lock.
        let parts = s.parts()?;
        return b.modify(|data| {
            let ix = parts.indices(data.len())?;
            if ix.step == 1 {
                let start = ix.start as usize;
                let stop = (ix.stop.max(ix.start)) as usize;
                data.splice(start..stop, new);
                return Ok(());
            }
            if new.len() != ix.len {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    format!(
                        "attempt to assign bytes of size {} to extended slice of size {}",
                        new.len(),
                        ix.len
                    ),
                ));
            }
            for (p, x) in ix.positions().zip(new) {
                data[p] = x;
            }
            Ok(())
        });
    }
    let i = subscript_index(key)?.ok_or_else(|| indices_error(key))?;
    let x = byte_value(value)?;
    let i = normalize(i, b.len())
        .ok_or_else(|| PyErr::new(ExcKind::IndexError, "bytearray index out of range"))?;
    b.set(i, x)
}

/// `del b[key]` for an index or a slice.
pub fn del_subscript(b: ByteArrayRef<'_>, key: &Value) -> PyResult<()> {
    if let Some(s) = slice::as_slice(key) {
        let parts = s.parts()?;
        return b.modify(|data| {
            let ix = parts.indices(data.len())?;
            let mut drop = vec![false; data.len()];
            for p in ix.positions() {
                drop[p] = true;
            }
            let mut k = 0;
            data.retain(|_| {
                k += 1;
                !drop[k - 1]
            });
            Ok(())
        });
    }
    let i = subscript_index(key)?.ok_or_else(|| indices_error(key))?;
    b.modify(|data| {
        let i = normalize(i, data.len())
            .ok_or_else(|| PyErr::new(ExcKind::IndexError, "bytearray index out of range"))?;
        data.remove(i);
        Ok(())
    })
}

/// `b *= n` in place (`n <= 0` empties it).
pub fn repeat_in_place(b: ByteArrayRef<'_>, n: i64) -> PyResult<()> {
    b.modify(|data| {
        let n = n.max(0) as u64;
        if (data.len() as u64).saturating_mul(n) > crate::numeric::int_ops::MAX_RESULT_BITS / 8 {
            return Err(PyErr::new(ExcKind::MemoryError, ""));
        }
        *data = data.repeat(n as usize);
        Ok(())
    })
}

fn ba_setitem(args: Args<'_>) -> PyResult<Value> {
    let (b, [key, x]) =
        Method::wrapper_pair("bytearray", "__setitem__").parse(args, ByteArray::cast)?;
    set_subscript(b, required(key), required(x))?;
    Ok(none_bool::none())
}

fn ba_delitem(args: Args<'_>) -> PyResult<Value> {
    let (b, [key]) = Method::wrapper("bytearray", "__delitem__", 1).parse(args, ByteArray::cast)?;
    del_subscript(b, required(key))?;
    Ok(none_bool::none())
}

/// The methods in `bytearray`'s type dict: the read-only ones shared with
/// `bytes`, then the mutators.
pub static BYTEARRAY_METHODS: &[(&str, NativeFn)] = crate::byteslike_methods!(
    ByteArrayKind,
    [
        ("append", ba_append),
        ("extend", ba_extend),
        ("pop", ba_pop),
        ("insert", ba_insert),
        ("remove", ba_remove),
        ("clear", ba_clear),
        ("reverse", ba_reverse),
        ("copy", ba_copy),
        ("__setitem__", ba_setitem),
        ("__delitem__", ba_delitem),
    ]
);
