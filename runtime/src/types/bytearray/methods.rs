//! `bytearray`'s methods as callables.

use super::{ByteArray, ByteArrayRef};
use crate::args::{index_arg, required, str_arg, Args, Method};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::types::function::NativeFn;
use crate::types::{bytes, int, none_bool};
use crate::value::Value;

fn byte_value(v: &Value) -> PyResult<u8> {
    let n = int::as_int(v).and_then(|i| i.to_i64()).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!("'{}' object cannot be interpreted as an integer", crate::args::type_name(v)),
        )
    })?;
    u8::try_from(n).map_err(|_| PyErr::new(ExcKind::ValueError, "byte must be in range(0, 256)"))
}

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
    let data: Vec<u8> = match (bytes::as_bytes(x), ByteArray::cast(x)) {
        (Some(d), _) => d.to_vec(),
        (None, Some(other)) => other.to_vec(),
        _ => crate::protocol::iterate(x)?.iter().map(byte_value).collect::<PyResult<_>>()?,
    };
    b.extend(&data);
    Ok(none_bool::none())
}

fn ba_pop(args: Args<'_>) -> PyResult<Value> {
    let (b, [i]): (ByteArrayRef<'_>, _) = Method::positional("bytearray", "pop", 0, 1).parse(args, ByteArray::cast)?;
    if b.is_empty() {
        return Err(PyErr::new(ExcKind::IndexError, "pop from empty bytearray"));
    }
    let i = i.map(index_arg).transpose()?.unwrap_or(-1);
    let i = normalize(i, b.len()).ok_or_else(|| PyErr::new(ExcKind::IndexError, "pop index out of range"))?;
    Ok(int::int_from_i64(i64::from(b.pop(i)?)))
}

fn ba_insert(args: Args<'_>) -> PyResult<Value> {
    let (b, [i, x]) = Method::positional("bytearray", "insert", 2, 2).parse(args, ByteArray::cast)?;
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

fn ba_decode(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::keywords("bytearray", "decode", &["encoding", "errors"], 0, 2);
    let (b, [encoding, errors]) = M.parse(args, ByteArray::cast)?;
    let encoding = encoding.map(str_arg).transpose()?.unwrap_or("utf-8");
    let errors = errors.map(str_arg).transpose()?.unwrap_or("strict");
    bytes::decode(&b.to_vec(), encoding, errors)
}

fn ba_hex(args: Args<'_>) -> PyResult<Value> {
    let (b, []) = Method::no_args("bytearray", "hex").parse(args, ByteArray::cast)?;
    Ok(crate::types::str::str_from_string(b.to_vec().iter().map(|x| format!("{x:02x}")).collect()))
}

fn ba_len(args: Args<'_>) -> PyResult<Value> {
    let (b, []) = Method::wrapper("bytearray", "__len__", 0).parse(args, ByteArray::cast)?;
    Ok(int::int_from_i64(b.len() as i64))
}

fn ba_setitem(args: Args<'_>) -> PyResult<Value> {
    let (b, [key, x]) = Method::wrapper_pair("bytearray", "__setitem__").parse(args, ByteArray::cast)?;
    let i = index_arg(required(key))?;
    let i = normalize(i, b.len()).ok_or_else(|| PyErr::new(ExcKind::IndexError, "bytearray index out of range"))?;
    b.set(i, byte_value(required(x))?)?;
    Ok(none_bool::none())
}

/// The methods in `bytearray`'s type dict.
pub static BYTEARRAY_METHODS: [(&str, NativeFn); 10] = [
    ("append", ba_append),
    ("extend", ba_extend),
    ("pop", ba_pop),
    ("insert", ba_insert),
    ("clear", ba_clear),
    ("reverse", ba_reverse),
    ("decode", ba_decode),
    ("hex", ba_hex),
    ("__len__", ba_len),
    ("__setitem__", ba_setitem),
];
