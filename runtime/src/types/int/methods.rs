//! `int`'s methods as callables (also `bool`'s, through inheritance).

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

use super::{as_int, int_from_bigint, int_from_i64};
use crate::args::{required, str_arg, Args, Method};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::types::function::NativeFn;
use crate::types::{bytes, none_bool, tuple};
use crate::value::Value;

fn big(v: &Value) -> Option<BigInt> {
    as_int(v).map(|i| i.to_big().into_owned())
}

fn int_bit_length(args: Args<'_>) -> PyResult<Value> {
    let (n, []) = Method::no_args("int", "bit_length").parse(args, big)?;
    Ok(int_from_i64(n.bits() as i64))
}

fn int_bit_count(args: Args<'_>) -> PyResult<Value> {
    let (n, []) = Method::no_args("int", "bit_count").parse(args, big)?;
    let ones: u64 = n
        .magnitude()
        .to_u64_digits()
        .iter()
        .map(|d| u64::from(d.count_ones()))
        .sum();
    Ok(int_from_i64(ones as i64))
}

fn int_conjugate(args: Args<'_>) -> PyResult<Value> {
    let (n, []) = Method::no_args("int", "conjugate").parse(args, big)?;
    Ok(int_from_bigint(n))
}

fn int_as_integer_ratio(args: Args<'_>) -> PyResult<Value> {
    let (n, []) = Method::no_args("int", "as_integer_ratio").parse(args, big)?;
    Ok(tuple::tuple_new(vec![int_from_bigint(n), int_from_i64(1)]))
}

fn int_index(args: Args<'_>) -> PyResult<Value> {
    let (n, []) = Method::wrapper("int", "__index__", 0).parse(args, big)?;
    Ok(int_from_bigint(n))
}

fn byteorder(v: Option<&Value>) -> PyResult<bool> {
    match v.map(str_arg).transpose()? {
        None | Some("big") => Ok(true),
        Some("little") => Ok(false),
        Some(_) => Err(PyErr::new(
            ExcKind::ValueError,
            "byteorder must be either 'little' or 'big'",
        )),
    }
}

fn int_to_bytes(args: Args<'_>) -> PyResult<Value> {
    const M: Method = Method::keywords("int", "to_bytes", &["length", "byteorder", "signed"], 0, 2);
    let (n, [length, order, signed]) = M.parse(args, big)?;
    let length = length.map(crate::args::index_arg).transpose()?.unwrap_or(1);
    if length < 0 {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "length argument must be non-negative",
        ));
    }
    let big_endian = byteorder(order)?;
    let signed = signed
        .map(crate::protocol::truthy)
        .transpose()?
        .unwrap_or(false);
    if !signed && n.sign() == Sign::Minus {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "can't convert negative int to unsigned",
        ));
    }
    let mut out = if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    if n.is_zero() {
        out.clear();
    }
    let length = length as usize;
    if out.len() > length {
        // A positive signed value may carry a sign byte that still fits.
        return Err(PyErr::new(ExcKind::OverflowError, "int too big to convert"));
    }
    let fill = if signed && n.is_negative() { 0xff } else { 0 };
    out.resize(length, fill);
    if big_endian {
        out.reverse();
    }
    Ok(bytes::bytes_new(out))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`, looked up
/// on the class (no receiver: a plain function in the type dict).
fn int_from_bytes(args: Args<'_>) -> PyResult<Value> {
    if args.positional.is_empty()
        && !args
            .keywords
            .iter()
            .any(|(k, _)| crate::types::str::as_str(k) == Some("bytes"))
    {
        return Err(PyErr::new(
            ExcKind::TypeError,
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    }
    crate::args::check_positional("from_bytes", args.positional.len(), 1, 2)?;
    let keyword = |name: &str| {
        args.keywords
            .iter()
            .find(|(k, _)| crate::types::str::as_str(k) == Some(name))
            .map(|(_, v)| v)
    };
    for (k, _) in args.keywords {
        let k = crate::types::str::as_str(k).unwrap_or("?");
        if !matches!(k, "byteorder" | "signed") {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("'{k}' is an invalid keyword argument for from_bytes()"),
            ));
        }
    }
    let data = Some(&args.positional[0]);
    let order = args.positional.get(1).or_else(|| keyword("byteorder"));
    let signed = keyword("signed");
    let data = required(data);
    let raw: Vec<u8> = match crate::types::byteslike::buffer(data) {
        Some(b) => b.into_owned(),
        None => bytes_of_iterable(data)?,
    };
    let big_endian = byteorder(order)?;
    let signed = signed
        .map(crate::protocol::truthy)
        .transpose()?
        .unwrap_or(false);
    let n = match (big_endian, signed) {
        (true, false) => BigInt::from_bytes_be(Sign::Plus, &raw),
        (false, false) => BigInt::from_bytes_le(Sign::Plus, &raw),
        (true, true) => BigInt::from_signed_bytes_be(&raw),
        (false, true) => BigInt::from_signed_bytes_le(&raw),
    };
    Ok(int_from_bigint(n))
}

fn int_is_integer(args: Args<'_>) -> PyResult<Value> {
    let (_, []) = Method::no_args("int", "is_integer").parse(args, big)?;
    Ok(none_bool::true_value())
}

/// The methods in `int`'s type dict.
pub static INT_METHODS: [(&str, NativeFn); 9] = [
    ("bit_length", int_bit_length),
    ("bit_count", int_bit_count),
    ("conjugate", int_conjugate),
    ("as_integer_ratio", int_as_integer_ratio),
    ("to_bytes", int_to_bytes),
    ("from_bytes", int_from_bytes),
    ("is_integer", int_is_integer),
    ("__index__", int_index),
    ("__int__", int_index),
];

/// `int.from_bytes` of a non-buffer: an iterable of ints in `range(0, 256)`
/// (`TypeError: cannot convert 'str' object to bytes` for a str or a
/// non-iterable, as CPython's `PyObject_Bytes`).
fn bytes_of_iterable(data: &Value) -> PyResult<Vec<u8>> {
    let cannot = || {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "cannot convert '{}' object to bytes",
                crate::args::type_name(data)
            ),
        )
    };
    if crate::types::str::as_str(data).is_some() {
        return Err(cannot());
    }
    let items = crate::protocol::iterate(data).map_err(|_| cannot())?;
    items
        .iter()
        .map(|v| {
            let n = crate::args::index_arg(v).map_err(|e| match e.kind() {
                Some(ExcKind::OverflowError) => {
                    PyErr::new(ExcKind::ValueError, "bytes must be in range(0, 256)")
                }
                _ => e,
            })?;
            u8::try_from(n)
                .map_err(|_| PyErr::new(ExcKind::ValueError, "bytes must be in range(0, 256)"))
        })
        .collect()
}
