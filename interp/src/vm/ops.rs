//! The abstract object layer: operators, subscripts, iteration, `str()`
//! and `repr()` for any value, built-in or user-defined. Built-in values
//! take the runtime's fast functions; instances of Python classes go
//! through their special methods, with CPython's reflected-operand and
//! `NotImplemented` rules.

use crate::modules::collections as dq;
use weft_runtime::types::bytearray::{self, ByteArray};
use weft_runtime::types::compare::CompareOp;
use weft_runtime::types::exception;
use weft_runtime::types::instance::as_instance;
use weft_runtime::types::int::BinOp;
use weft_runtime::types::slice::SliceParts;
use weft_runtime::types::{
    bytes, byteslike, complex, dict::Dict, float, int, iterator, list::List, none_bool, range,
    set::Set, slice, str as pystr, tuple, typeobj,
};
use weft_runtime::{protocol, Args, ExcKind, PyErr, PyResult, Value};

use super::errors::type_error;

/// The most items one container may be asked to hold at once (2^35, 256
/// GiB of references): past it a size is a MemoryError before any memory
/// is reserved (an allocator that overcommits would otherwise say yes).
pub const MAX_ITEMS: usize = 1 << 35;

/// Whether `v`'s behaviour comes from a Python class (its special methods
/// must be looked up on the class).
#[inline]
pub fn is_user(v: &Value) -> bool {
    as_instance(v).is_some()
        || exception::as_exception(v).is_some_and(|_| is_heap_class(&typeobj::type_of(v)))
}

fn is_heap_class(t: &Value) -> bool {
    typeobj::lookup(t, weft_runtime::interned!("__module__")).is_some()
}

/// For an instance of a Python subclass of a built-in type whose classes
/// do not define `name` in Python: the built-in value it extends, on which
/// the operation is the built-in type's (see runtime `types/subclass.rs`).
#[inline]
pub fn base_of(v: &Value, name: &'static str) -> Option<Value> {
    // Only an instance of a subclass has a built-in base: anything else is
    // answered before the name is looked up.
    as_instance(v)?.base.as_ref()?;
    weft_runtime::types::instance::builtin_base(v, &super::names::name(name))
}

/// For a binary operation where an operand is an instance of a built-in
/// type's subclass: when neither operand has the operation written in
/// Python, the built-in values to apply it to (`None` otherwise: the
/// Python methods get the operands themselves).
fn builtin_operands(
    a: &Value,
    b: &Value,
    name: &'static str,
    rname: &'static str,
) -> Option<(Value, Value)> {
    let (base_a, base_b) = (base_of(a, name), base_of(b, rname));
    if base_a.is_none() && base_b.is_none() {
        return None;
    }
    let builtin_a = base_a.is_some() || !is_user(a);
    let builtin_b = base_b.is_some() || !is_user(b);
    (builtin_a && builtin_b).then(|| {
        (
            base_a.unwrap_or_else(|| a.clone()),
            base_b.unwrap_or_else(|| b.clone()),
        )
    })
}

/// For a class whose metaclass defines `name` in Python: that method,
/// called on the class.
pub fn metaclass_method(v: &Value, name: &'static str) -> PyResult<Option<Value>> {
    let Some(meta) = typeobj::metaclass_of(v) else {
        return Ok(None);
    };
    match typeobj::lookup(meta, &super::names::name(name)) {
        Some(f) if weft_runtime::types::function::as_native(&f).is_none() => {
            protocol::call(&typeobj::bind(&f, v, meta)?, &[]).map(Some)
        }
        _ => Ok(None),
    }
}

/// The special method `name` of `v`'s class, bound to `v`; `None` if the
/// class does not define it, or has it from a built-in type (a slot
/// wrapper): the operators answer built-in values, and the values that
/// instances of subclasses extend, themselves.
pub fn special(v: &Value, name: &'static str) -> PyResult<Option<Value>> {
    let ty = typeobj::type_of(v);
    match typeobj::lookup(&ty, &super::names::name(name)) {
        Some(f) if weft_runtime::types::function::is_slot_wrapper(&f) => Ok(None),
        Some(f) => Ok(Some(typeobj::bind(&f, v, &ty)?)),
        None => Ok(None),
    }
}

/// Call `v.name(*args)` if the class defines it.
pub fn call_special(v: &Value, name: &'static str, args: &[Value]) -> PyResult<Option<Value>> {
    match special(v, name)? {
        Some(f) => protocol::call(&f, args).map(Some),
        None => Ok(None),
    }
}

// ------------------------------------------------------------ str / repr

/// `repr(v)`.
pub fn repr_of(v: &Value) -> PyResult<String> {
    if let Some(r) = metaclass_method(v, "__repr__")? {
        return pystr::as_str(&r).map(str::to_string).ok_or_else(|| {
            type_error(format!(
                "__repr__ returned non-string (type {})",
                typeobj::type_name_of(&r)
            ))
        });
    }
    if is_user(v) {
        if let Some(b) = base_of(v, "__repr__") {
            if dq::as_deque(&b).is_some() {
                return dq::repr(v);
            }
            return repr_of(&b);
        }
        if let Some(r) = call_special(v, "__repr__", &[])? {
            return pystr::as_str(&r).map(str::to_string).ok_or_else(|| {
                type_error(format!(
                    "__repr__ returned non-string (type {})",
                    typeobj::type_name_of(&r)
                ))
            });
        }
    }
    super::repr::repr(v)
}

/// `str(v)`.
pub fn str_of(v: &Value) -> PyResult<String> {
    if let Some(s) = pystr::as_str(v) {
        return Ok(s.to_string());
    }
    if is_user(v) {
        // `str` has its own `__str__`; other built-in types use their repr.
        if let Some(b) = base_of(v, "__str__") {
            if dq::as_deque(&b).is_some() && base_of(v, "__repr__").is_some() {
                return dq::repr(v);
            }
            if pystr::as_str(&b).is_some() || base_of(v, "__repr__").is_some() {
                return str_of(&b);
            }
        }
        if let Some(r) = call_special(v, "__str__", &[])? {
            return pystr::as_str(&r).map(str::to_string).ok_or_else(|| {
                type_error(format!(
                    "__str__ returned non-string (type {})",
                    typeobj::type_name_of(&r)
                ))
            });
        }
    }
    if super::syntax_error::is_syntax_error(v) {
        return super::syntax_error::str_of(v);
    }
    if exception::as_exception(v).is_some() {
        return exception::exception_str(v);
    }
    if let Some(x) = float::as_f64(v) {
        return Ok(weft_runtime::numeric::float_repr::float_str(x));
    }
    repr_of(v)
}

/// `str(v)` as a value (no copy for a str).
pub fn str_value(v: &Value) -> PyResult<Value> {
    if pystr::as_str(v).is_some() {
        return Ok(v.clone());
    }
    if let Some(i) = v.as_small_int() {
        return Ok(pystr::from_i64(i));
    }
    Ok(pystr::str_from_string(str_of(v)?))
}

/// `ascii(v)`: the repr with non-ASCII characters escaped.
pub fn ascii_of(v: &Value) -> PyResult<String> {
    let r = repr_of(v)?;
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    Ok(out)
}

// ------------------------------------------------------------ operators

fn dunder_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::And => ("__and__", "__rand__", "__iand__"),
        BinOp::Or => ("__or__", "__ror__", "__ior__"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

/// An operator `@` that no built-in type implements.
pub const MATMUL: (&str, &str, &str, &str) = ("__matmul__", "__rmatmul__", "__imatmul__", "@");

fn unsupported(symbol: &str, a: &Value, b: &Value) -> PyErr {
    type_error(format!(
        "unsupported operand type(s) for {symbol}: '{}' and '{}'",
        typeobj::type_name_of(a),
        typeobj::type_name_of(b)
    ))
}

/// CPython's message for an operator built-in types do not support.
fn builtin_unsupported(op: BinOp, a: &Value, b: &Value) -> PyErr {
    let is_seq = |v: &Value| {
        pystr::as_str(v).is_some()
            || List::cast(v).is_some()
            || tuple::as_tuple(v).is_some()
            || byteslike::buffer(v).is_some()
    };
    match op {
        BinOp::Add if byteslike::buffer(a).is_some() => type_error(format!(
            "can't concat {} to {}",
            typeobj::type_name_of(b),
            typeobj::type_name_of(a)
        )),
        BinOp::Add if is_seq(a) => {
            let name = typeobj::type_name_of(a);
            type_error(format!(
                "can only concatenate {name} (not \"{}\") to {name}",
                typeobj::type_name_of(b)
            ))
        }
        BinOp::Mul if is_seq(a) || is_seq(b) => {
            let other = if is_seq(a) { b } else { a };
            type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                typeobj::type_name_of(other)
            ))
        }
        _ => unsupported(op.symbol(), a, b),
    }
}

/// A repeat count (`seq * n`): `None` if `n` is not an int (an object
/// with `__index__` repeats only after its own `__rmul__` declined:
/// `binary_dunder`); an int past `sys.maxsize` cannot be a size
/// (`OverflowError`, as CPython's `PyNumber_AsSsize_t`).
fn repeat_count(n: &Value) -> PyResult<Option<i64>> {
    match int::as_int(n) {
        None => Ok(None),
        Some(int::IntRef::Small(i)) => Ok(Some(i)),
        Some(big) => big.to_i64().map(Some).ok_or_else(|| {
            super::errors::error(
                "OverflowError",
                "cannot fit 'int' into an index-sized integer",
            )
        }),
    }
}

/// `a <op> b` for built-in operands; `Ok(None)` is NotImplemented.
pub(crate) fn builtin_binary(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if complex::is_number(a) && complex::is_number(b) {
        return int::binary_op(op, a, b).map(Some);
    }
    if let Some(d) = dq::as_deque(a) {
        match op {
            BinOp::Add => return dq::concat(d, b).map(Some),
            BinOp::Mul => {
                if let Some(n) = repeat_count(b)? {
                    return dq::repeat(d, n).map(Some);
                }
            }
            _ => {}
        }
    } else if let (BinOp::Mul, Some(d)) = (op, dq::as_deque(b)) {
        if let Some(n) = repeat_count(a)? {
            return dq::repeat(d, n).map(Some);
        }
    }
    match op {
        BinOp::Add => {
            if pystr::as_str(a).is_some() && pystr::as_str(b).is_some() {
                return pystr::concat(a, b).map(Some);
            }
            if let (Some(x), Some(y)) = (List::cast(a), List::cast(b)) {
                let mut items = x.to_vec();
                items.extend(y.to_vec());
                return Ok(Some(List::new(items)));
            }
            if tuple::as_tuple(a).is_some() && tuple::as_tuple(b).is_some() {
                return tuple::tuple_concat(a, b).map(Some);
            }
            if bytes::as_bytes(a).is_some() && bytes::as_bytes(b).is_some() {
                return bytes::concat(a, b).map(Some);
            }
            // `bytes` and `bytearray` mix; the left operand's type wins.
            if let (Some(x), Some(y)) = (byteslike::buffer(a), byteslike::buffer(b)) {
                let joined = [&x[..], &y[..]].concat();
                return Ok(Some(if ByteArray::cast(a).is_some() {
                    ByteArray::new(&joined)
                } else {
                    bytes::bytes_new(joined)
                }));
            }
        }
        BinOp::Mul => {
            for (seq, n) in [(a, b), (b, a)] {
                // Only a sequence times an int repeats (`[1] * 10**20` raises,
                // `1 * 10**20` never gets here).
                if !(pystr::as_str(seq).is_some()
                    || List::cast(seq).is_some()
                    || tuple::as_tuple(seq).is_some()
                    || byteslike::buffer(seq).is_some())
                {
                    continue;
                }
                let Some(count) = repeat_count(n)? else {
                    continue;
                };
                if pystr::as_str(seq).is_some() {
                    return pystr::repeat(seq, count).map(Some);
                }
                if let Some(l) = List::cast(seq) {
                    let items = l.to_vec();
                    let count = count.max(0) as usize;
                    let mut out = Vec::new();
                    let total = items
                        .len()
                        .checked_mul(count)
                        .filter(|&n| n <= MAX_ITEMS)
                        .ok_or_else(|| PyErr::new(ExcKind::MemoryError, ""))?;
                    out.try_reserve_exact(total)
                        .map_err(|_| PyErr::new(ExcKind::MemoryError, ""))?;
                    for _ in 0..count {
                        out.extend(items.iter().cloned());
                    }
                    return Ok(Some(List::new(out)));
                }
                if tuple::as_tuple(seq).is_some() {
                    return tuple::tuple_repeat(seq, count).map(Some);
                }
                if bytes::as_bytes(seq).is_some() {
                    return bytes::repeat(seq, count).map(Some);
                }
                if let Some(ba) = ByteArray::cast(seq) {
                    let copy = ByteArray::new(&ba.to_vec());
                    bytearray::repeat_in_place(
                        ByteArray::cast(&copy).expect("a bytearray"),
                        count,
                    )?;
                    return Ok(Some(copy));
                }
            }
        }
        BinOp::Mod => {
            if let Some(fmt) = pystr::as_str(a) {
                return super::format::percent_format(fmt, b)
                    .map(|s| Some(pystr::str_from_string(s)));
            }
            if let Some(fmt) = bytes::as_bytes(a) {
                return super::format::percent_format_bytes(fmt, b)
                    .map(|out| Some(bytes::bytes_new(out)));
            }
            if let Some(fmt) = ByteArray::cast(a) {
                return super::format::percent_format_bytes(&fmt.to_vec(), b)
                    .map(|out| Some(ByteArray::new(&out)));
            }
        }
        BinOp::Or => {
            if let (Some(x), Some(_)) = (Dict::cast(a), Dict::cast(b)) {
                let out = x.copy()?;
                Dict::cast(&out)
                    .expect("a dict")
                    .update(Dict::cast(b).expect("a dict"))?;
                return Ok(Some(out));
            }
        }
        _ => {}
    }
    if let Some(r) = super::setops::binary(op, a, b)? {
        return Ok(Some(r));
    }
    Ok(None)
}

/// `a <op> b`.
pub fn binary(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_user(a) && !is_user(b) {
        return match builtin_binary(op, a, b)? {
            Some(v) => Ok(v),
            None if op == BinOp::Or => match super::type_expressions::union(a, b) {
                Some(u) => u,
                None => Err(builtin_unsupported(op, a, b)),
            },
            None => Err(builtin_unsupported(op, a, b)),
        };
    }
    let (name, rname, _) = dunder_names(op);
    if let Some((x, y)) = builtin_operands(a, b, name, rname) {
        return binary(op, &x, &y);
    }
    binary_dunder(a, b, name, rname, op.symbol(), Some(op))
}

/// `a @ b` (no built-in type has it).
pub fn matmul(a: &Value, b: &Value) -> PyResult<Value> {
    binary_dunder(a, b, MATMUL.0, MATMUL.1, MATMUL.3, None)
}

fn try_method(v: &Value, name: &'static str, other: &Value) -> PyResult<Option<Value>> {
    if !is_user(v) {
        return Ok(None);
    }
    match call_special(v, name, std::slice::from_ref(other))? {
        Some(r) if !typeobj::is_not_implemented(&r) => Ok(Some(r)),
        _ => Ok(None),
    }
}

fn binary_dunder(
    a: &Value,
    b: &Value,
    name: &'static str,
    rname: &'static str,
    symbol: &str,
    op: Option<BinOp>,
) -> PyResult<Value> {
    let (ta, tb) = (typeobj::type_of(a), typeobj::type_of(b));
    let same = ta.is(&tb);
    // A subclass's reflected method that overrides goes first.
    let right_first = !same
        && is_user(b)
        && typeobj::is_subclass(&tb, &ta)
        && typeobj::lookup(&tb, &super::names::name(rname)).is_some();
    if right_first {
        if let Some(r) = try_method(b, rname, a)? {
            return Ok(r);
        }
    }
    if is_user(a) {
        if let Some(r) = try_method(a, name, b)? {
            return Ok(r);
        }
    } else if let Some(op) = op {
        if let Some(r) = builtin_binary(op, a, b)? {
            return Ok(r);
        }
    }
    if !same && !right_first {
        if let Some(r) = try_method(b, rname, a)? {
            return Ok(r);
        }
    }
    if op == Some(BinOp::Mul) {
        // Sequence repetition by an object with `__index__`, once neither
        // operand's `__mul__`/`__rmul__` answered (CPython's order).
        for (seq, n) in [(a, b), (b, a)] {
            if is_user(n) && !is_user(seq) {
                if let Some(count) = weft_runtime::args::index_value(n)? {
                    if let Some(r) = builtin_binary(BinOp::Mul, seq, &count)? {
                        return Ok(r);
                    }
                }
            }
        }
    }
    // A built-in left operand reports as its own operator does
    // (`can only concatenate str (not "M") to str`).
    match op {
        Some(op) if !is_user(a) => Err(builtin_unsupported(op, a, b)),
        _ => Err(unsupported(symbol, a, b)),
    }
}

/// `a <op>= b`: `__iop__` first, lists and sets in place, else `a <op> b`.
pub fn inplace(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if is_user(a) {
        let (_, _, iname) = dunder_names(op);
        if let Some(base) = base_of(a, iname) {
            // In place on the built-in value: the result is still `a`.
            let r = inplace(op, &base, b)?;
            return Ok(if r.is(&base) { a.clone() } else { r });
        }
        if let Some(r) = try_method(a, iname, b)? {
            return Ok(r);
        }
    } else if let Some(d) = dq::as_deque(a) {
        match op {
            BinOp::Add => {
                dq::inplace_add(a, b)?;
                return Ok(a.clone());
            }
            BinOp::Mul => {
                if dq::inplace_mul(d, b)?.is_some() {
                    return Ok(a.clone());
                }
            }
            _ => {}
        }
    } else if let Some(l) = List::cast(a) {
        match op {
            BinOp::Add => {
                list_extend(l, b)?;
                return Ok(a.clone());
            }
            BinOp::Mul => {
                if let Some(n) = repeat_count(b)? {
                    l.repeat_in_place(n.max(0) as usize)?;
                    return Ok(a.clone());
                }
            }
            _ => {}
        }
    } else if let Some(ba) = ByteArray::cast(a) {
        match op {
            BinOp::Add => {
                let data = byteslike::buffer(b).ok_or_else(|| {
                    type_error(format!(
                        "can't concat {} to bytearray",
                        typeobj::type_name_of(b)
                    ))
                })?;
                ba.extend(&data);
                return Ok(a.clone());
            }
            BinOp::Mul => {
                if let Some(n) = repeat_count(b)? {
                    bytearray::repeat_in_place(ba, n)?;
                    return Ok(a.clone());
                }
            }
            _ => {}
        }
    } else if Set::cast(a).is_some() {
        if let Some(r) = super::setops::inplace(op, a, b)? {
            return Ok(r);
        }
    } else if op == BinOp::Or && Dict::cast(a).is_some() {
        dict_update(a, b)?;
        return Ok(a.clone());
    }
    let r = binary(op, a, b);
    match r {
        Err(e) if is_unsupported(&e) => {
            let symbol = format!("{}=", op.symbol().trim_end_matches(" or pow()"));
            Err(unsupported(&symbol, a, b))
        }
        other => other,
    }
}

fn is_unsupported(e: &PyErr) -> bool {
    match e {
        PyErr::Object(v) => {
            exception::exception_str(v).is_ok_and(|s| s.starts_with("unsupported operand"))
        }
        PyErr::Lazy(l) => l.message.starts_with("unsupported operand"),
    }
}

/// `a @= b`.
pub fn inplace_matmul(a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(r) = try_method(a, MATMUL.2, b)? {
        return Ok(r);
    }
    binary_dunder(a, b, MATMUL.0, MATMUL.1, "@=", None)
}

/// `list.extend(iterable)`.
pub fn list_extend(l: weft_runtime::types::list::ListRef<'_>, iterable: &Value) -> PyResult<()> {
    if let Some(other) = List::cast(iterable) {
        l.extend_from_list(other);
        return Ok(());
    }
    for item in collect(iterable)? {
        l.append(item);
    }
    Ok(())
}

/// `dict.update(other)` for a dict or an iterable of pairs (or a mapping
/// with `keys`).
pub fn dict_update(d: &Value, other: &Value) -> PyResult<()> {
    let target = Dict::cast(d).expect("a dict");
    if let Some(src) = Dict::cast(other) {
        return target.update(src);
    }
    if let Some(keys) = special(other, "keys")? {
        for k in collect(&protocol::call(&keys, &[])?)? {
            let v = getitem(other, &k)?;
            target.set(k, v)?;
        }
        return Ok(());
    }
    weft_runtime::types::dict::update_from_pairs(target, other)
}

/// `-v`, `+v`, `~v`.
pub fn unary(v: &Value, name: &'static str, symbol: &str) -> PyResult<Value> {
    if !is_user(v) {
        if let Some(c) = complex::as_complex(v) {
            return match name {
                "__neg__" => Ok(complex::complex_neg(c)),
                // `+c` is `c` itself: complex values are immutable.
                "__pos__" => Ok(v.clone()),
                _ => Err(bad_unary(symbol, v)),
            };
        }
        let r = match name {
            "__neg__" if int::as_int(v).is_some() => int::neg(v),
            "__pos__" if int::as_int(v).is_some() => int::pos(v),
            "__invert__" if int::as_int(v).is_some() => int::invert(v),
            "__neg__" => float::as_f64(v)
                .map(|x| Ok(float::float_value(-x)))
                .unwrap_or_else(|| Err(bad_unary(symbol, v))),
            "__pos__" => float::as_f64(v)
                .map(|x| Ok(float::float_value(x)))
                .unwrap_or_else(|| Err(bad_unary(symbol, v))),
            _ => Err(bad_unary(symbol, v)),
        };
        return r;
    }
    if let Some(b) = base_of(v, name) {
        return unary(&b, name, symbol);
    }
    match call_special(v, name, &[])? {
        Some(r) => Ok(r),
        None => Err(bad_unary(symbol, v)),
    }
}

fn bad_unary(symbol: &str, v: &Value) -> PyErr {
    type_error(format!(
        "bad operand type for unary {symbol}: '{}'",
        typeobj::type_name_of(v)
    ))
}

// ------------------------------------------------------------ comparisons

fn compare_names(op: CompareOp) -> (&'static str, &'static str) {
    match op {
        CompareOp::Lt => ("__lt__", "__gt__"),
        CompareOp::Le => ("__le__", "__ge__"),
        CompareOp::Eq => ("__eq__", "__eq__"),
        CompareOp::Ne => ("__ne__", "__ne__"),
        CompareOp::Gt => ("__gt__", "__lt__"),
        CompareOp::Ge => ("__ge__", "__le__"),
    }
}

/// `a <op> b` for two small ints or two floats, the commonest operands
/// (sort keys, heap entries, tuple items), without the general dispatch.
#[inline]
fn quick_compare(a: &Value, b: &Value, op: CompareOp) -> Option<bool> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Some(op.holds(Some(x.cmp(&y))));
    }
    let (x, y) = (float::as_f64(a)?, float::as_f64(b)?);
    Some(op.holds(x.partial_cmp(&y)))
}

/// `a <op> b` as a value (a user `__eq__` may return anything).
pub fn compare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if let Some(r) = quick_compare(a, b, op) {
        return Ok(none_bool::bool_value(r));
    }
    if let (Some(x), Some(y)) = (tuple::as_tuple(a), tuple::as_tuple(b)) {
        return super::call::with_depth(|| compare_sequences(x, y, op)).map(none_bool::bool_value);
    }
    if !is_user(a) && !is_user(b) {
        if let Some(r) = super::setops::compare(a, b, op)? {
            return Ok(none_bool::bool_value(r));
        }
        return builtin_compare(a, b, op).map(none_bool::bool_value);
    }
    let (name, rname) = compare_names(op);
    if let Some((x, y)) = builtin_operands(a, b, name, rname) {
        return compare(&x, &y, op);
    }
    let (ta, tb) = (typeobj::type_of(a), typeobj::type_of(b));
    let right_first = !ta.is(&tb) && is_user(b) && typeobj::is_subclass(&tb, &ta);
    let reflected = op.swapped();
    if right_first {
        if let Some(r) = try_compare(b, rname, a, reflected)? {
            return Ok(r);
        }
    }
    if let Some(r) = try_compare(a, name, b, op)? {
        return Ok(r);
    }
    if !right_first {
        if let Some(r) = try_compare(b, rname, a, reflected)? {
            return Ok(r);
        }
    }
    match op {
        // `__ne__` defaults to the inverse of `__eq__`.
        CompareOp::Ne
            if is_user(a)
                && typeobj::lookup(&ta, weft_runtime::interned!("__eq__"))
                    .is_some_and(|f| !super::slot_wrappers::is_object_comparison(&f)) =>
        {
            if let Some(r) = try_method(a, "__eq__", b)? {
                return Ok(none_bool::bool_value(!protocol::truthy(&r)?));
            }
            Ok(none_bool::bool_value(!a.is(b)))
        }
        CompareOp::Eq => Ok(none_bool::bool_value(a.is(b))),
        CompareOp::Ne => Ok(none_bool::bool_value(!a.is(b))),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            typeobj::type_name_of(a),
            typeobj::type_name_of(b)
        ))),
    }
}

/// The built-in value `other` extends when it is an instance of a
/// subclass of `v`'s (built-in) type: what `v`'s own comparison compares.
pub fn extended_value_of_same_type<'a>(other: &'a Value, v: &Value) -> Option<&'a Value> {
    let base = weft_runtime::types::instance::builtin_value(other);
    (!base.is(other) && typeobj::type_of(base).is(&typeobj::type_of(v))).then_some(base)
}

/// `v.<name>(other)` for a comparison: a user method, or a built-in
/// value's own comparison when `other` extends the same built-in type (as
/// `list.__eq__` accepts a list subclass whose `__eq__` gave up).
fn try_compare(
    v: &Value,
    name: &'static str,
    other: &Value,
    op: CompareOp,
) -> PyResult<Option<Value>> {
    if is_user(v) {
        // (`object`'s comparisons are slot wrappers, which `special` skips:
        // `compare` falls back to what they do.)
        return try_method(v, name, other);
    }
    let Some(base) = extended_value_of_same_type(other, v) else {
        return Ok(None);
    };
    // The built-in type cannot order them: NotImplemented, so the error
    // names the original operands.
    match builtin_compare(v, base, op) {
        Ok(r) => Ok(Some(none_bool::bool_value(r))),
        Err(e) if e.kind() == Some(ExcKind::TypeError) => Ok(None),
        Err(e) => Err(e),
    }
}

fn builtin_compare(a: &Value, b: &Value, op: CompareOp) -> PyResult<bool> {
    let container =
        List::cast(a).is_some() || tuple::as_tuple(a).is_some() || Dict::cast(a).is_some();
    if container {
        // Comparing nested containers counts against the recursion limit.
        return super::call::with_depth(|| builtin_compare_items(a, b, op));
    }
    builtin_compare_items(a, b, op)
}

/// Lexicographic comparison of two sequences' items, with the full
/// protocol for the items (they may be user objects).
pub(crate) fn compare_sequences(x: &[Value], y: &[Value], op: CompareOp) -> PyResult<bool> {
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && x.len() != y.len() {
        return Ok(op == CompareOp::Ne);
    }
    for (p, q) in x.iter().zip(y) {
        if !p.is(q) && !eq(p, q)? {
            return match op {
                CompareOp::Eq => Ok(false),
                CompareOp::Ne => Ok(true),
                _ => truthy(&compare(p, q, op)?),
            };
        }
    }
    Ok(op.holds(Some(x.len().cmp(&y.len()))))
}

fn builtin_compare_items(a: &Value, b: &Value, op: CompareOp) -> PyResult<bool> {
    if dq::as_deque(a).is_some() || dq::as_deque(b).is_some() {
        if let (Some(x), true) = (dq::as_deque(a), dq::as_deque(b).is_some()) {
            return Ok(dq::compare(x, b, op)?.unwrap_or(false));
        }
        return match op {
            CompareOp::Eq => Ok(a.is(b)),
            CompareOp::Ne => Ok(!a.is(b)),
            _ => Err(type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                dq::error_type_name(a),
                dq::error_type_name(b)
            ))),
        };
    }
    // Tuples are immutable: their items are compared in place. Lists are
    // copied first, as item comparisons may run code that changes them.
    if let (Some(x), Some(y)) = (tuple::as_tuple(a), tuple::as_tuple(b)) {
        return compare_sequences(x, y, op);
    }
    if let (Some(x), Some(y)) = (List::cast(a), List::cast(b)) {
        return compare_sequences(&x.to_vec(), &y.to_vec(), op);
    }
    if let (Some(x), Some(y)) = (Dict::cast(a), Dict::cast(b)) {
        if matches!(op, CompareOp::Eq | CompareOp::Ne) {
            let mut equal = x.len() == y.len();
            if equal {
                for (k, v) in x.items() {
                    match y.get(&k)? {
                        Some(w) if w.is(&v) || eq(&v, &w)? => {}
                        _ => {
                            equal = false;
                            break;
                        }
                    }
                }
            }
            return Ok(equal == (op == CompareOp::Eq));
        }
    }
    weft_runtime::types::compare::richcompare(a, b, op)
}

/// `a == b` as a bool.
pub fn eq(a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = quick_compare(a, b, CompareOp::Eq) {
        return Ok(r);
    }
    // A NaN is not equal to itself, even in a complex.
    if a.is(b) && float::as_f64(a).is_none() && !complex::is_complex(a) {
        return Ok(true);
    }
    if !is_user(a) && !is_user(b) {
        return builtin_compare(a, b, CompareOp::Eq);
    }
    truthy(&compare(a, b, CompareOp::Eq)?)
}

/// `bool(v)`.
#[inline]
pub fn truthy(v: &Value) -> PyResult<bool> {
    if let Some(b) = none_bool::as_bool(v) {
        return Ok(b);
    }
    if let Some(d) = dq::as_deque(v) {
        return Ok(d.len() != 0);
    }
    protocol::truthy(v)
}

/// `item in container`.
pub fn contains(container: &Value, item: &Value) -> PyResult<bool> {
    if let Some(d) = dq::as_deque(container) {
        return dq::contains(d, item);
    }
    if let Some(d) = Dict::cast(container) {
        return d.contains(item);
    }
    if let Some(s) = Set::cast(container) {
        return s.contains(item);
    }
    if let Some(s) = pystr::as_str(container) {
        let Some(sub) = pystr::as_str(item) else {
            return Err(type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                typeobj::type_name_of(item)
            )));
        };
        return Ok(pystr::contains(s, sub));
    }
    if let Some(r) = range::as_range(container) {
        if let Some(i) = item.as_small_int() {
            return Ok(r.contains_int(i));
        }
        if let Some(i) = int::as_int(item) {
            return Ok(r.position_big(&i.to_big()).is_some());
        }
    }
    if let Some(b) = byteslike::buffer(container) {
        if let Some(sub) = byteslike::buffer(item) {
            return Ok(bytes::contains_bytes(&b, &sub));
        }
        if int::is_int(item) {
            return Ok(b.contains(&byteslike::byte_arg(item)?));
        }
        return Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            typeobj::type_name_of(item)
        )));
    }
    if is_user(container) {
        if let Some(b) = base_of(container, "__contains__") {
            return contains(&b, item);
        }
        if let Some(r) = call_special(container, "__contains__", std::slice::from_ref(item))? {
            return truthy(&r);
        }
    } else if List::cast(container).is_none() && tuple::as_tuple(container).is_none() {
        if let Some(r) = call_special(container, "__contains__", std::slice::from_ref(item))? {
            return truthy(&r);
        }
    }
    let it = iter(container).map_err(|_| {
        type_error(format!(
            "argument of type '{}' is not iterable",
            typeobj::type_name_of(container)
        ))
    })?;
    while let Some(x) = next(&it)? {
        if x.is(item) || eq(&x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

// ------------------------------------------------------------ subscripts

fn index_of(v: &Value) -> PyResult<Option<i64>> {
    weft_runtime::args::subscript_index(v)
}

/// `obj[key]`.
type SliceFn = fn(&Value, Option<i64>, Option<i64>, Option<i64>) -> PyResult<Value>;
type ItemFn = fn(&Value, i64) -> PyResult<Value>;

/// How to slice and index `obj` if it is a tuple, str or bytes, and what
/// its index errors call it.
fn immutable_sequence(obj: &Value) -> Option<(SliceFn, ItemFn, &'static str)> {
    if tuple::as_tuple(obj).is_some() {
        Some((tuple::tuple_slice, tuple::tuple_getitem, "tuple"))
    } else if pystr::as_str(obj).is_some() {
        Some((pystr::slice, pystr::getitem, "string"))
    } else if bytes::as_bytes(obj).is_some() {
        Some((bytes::slice, bytes::getitem, "byte"))
    } else {
        None
    }
}

/// `obj[start:stop]` or `obj[start:stop:step]` (`parts`): for lists,
/// tuples, strs and bytes without making a slice object (CPython's
/// `BINARY_SLICE`); anything else gets the slice through `getitem`.
pub fn get_slice(obj: &Value, parts: &[Value]) -> PyResult<Value> {
    if let Some(l) = List::cast(obj) {
        return l.get_slice_parts(SliceParts::of_parts(parts)?);
    }
    if let Some((slice_fn, _, _)) = immutable_sequence(obj) {
        let (a, b, c) = SliceParts::of_parts(parts)?.get();
        return slice_fn(obj, a, b, c);
    }
    getitem(obj, &slice_of(parts))
}

/// `obj[start:stop] = value` or `obj[start:stop:step] = value` (`parts`):
/// for lists without making a slice object (CPython's `STORE_SLICE`);
/// anything else gets the slice through `setitem`.
pub fn set_slice(obj: &Value, parts: &[Value], value: Value) -> PyResult<()> {
    if let Some(l) = List::cast(obj) {
        let extended = parts
            .get(2)
            .is_some_and(|step| !none_bool::is_none(step) && step.as_small_int() != Some(1));
        let new = slice_assignment_items(&value, extended)?;
        let parts = SliceParts::of_parts(parts)?;
        return l.assign_slice(|len| parts.indices(len), Some(new));
    }
    setitem(obj, &slice_of(parts), value)
}

/// The slice object `parts` (start, stop and maybe step) make.
fn slice_of(parts: &[Value]) -> Value {
    slice::slice_new(
        parts.first().cloned(),
        parts.get(1).cloned(),
        parts.get(2).cloned(),
    )
}

/// The items assigned to a list slice (`extended`: a slice with a step
/// other than 1), with CPython's message for a value that is not iterable.
fn slice_assignment_items(value: &Value, extended: bool) -> PyResult<Vec<Value>> {
    collect(value).map_err(|e| {
        if !is_type_error(&e) {
            return e;
        }
        type_error(if extended {
            "must assign iterable to extended slice"
        } else {
            "can only assign an iterable"
        })
    })
}

pub fn getitem(obj: &Value, key: &Value) -> PyResult<Value> {
    if let Some(d) = dq::as_deque(obj) {
        return dq::getitem(d, key);
    }
    if let Some(l) = List::cast(obj) {
        if let Some(i) = key.as_small_int() {
            let n = l.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if (0..n).contains(&j) {
                if let Some(v) = l.get(j as usize) {
                    return Ok(v);
                }
            }
            return Err(super::errors::error(
                "IndexError",
                "list index out of range",
            ));
        }
        if let Some(s) = slice::as_slice(key) {
            return l.get_slice(s);
        }
    }
    if let Some(d) = Dict::cast(obj) {
        if let Some(v) = d.get(key)? {
            return Ok(v);
        }
        return Err(PyErr::key_error(key.clone()));
    }
    // The immutable sequences: an index or a slice.
    if let Some((slice_fn, item_fn, kind)) = immutable_sequence(obj) {
        if let Some(s) = slice::as_slice(key) {
            let (a, b, c) = raw_parts(s)?;
            return slice_fn(obj, a, b, c);
        }
        let i = index_of(key)?.ok_or_else(|| indices_error(kind, key))?;
        return item_fn(obj, i);
    }
    if let Some(r) = range::as_range(obj) {
        return range::range_getitem(r, key);
    }
    if let Some(b) = weft_runtime::types::bytearray::ByteArray::cast(obj) {
        if let Some(s) = slice::as_slice(key) {
            let data = b.to_vec();
            let idx = s.indices(data.len())?;
            let part: Vec<u8> = idx.positions().map(|p| data[p]).collect();
            return Ok(weft_runtime::types::bytearray::ByteArray::new(&part));
        }
        let i = index_of(key)?.ok_or_else(|| {
            type_error(format!(
                "bytearray indices must be integers or slices, not {}",
                typeobj::type_name_of(key)
            ))
        })?;
        // One byte read, not a copy of the whole buffer.
        let j = if i < 0 { i + b.len() as i64 } else { i };
        let j = usize::try_from(j).ok().filter(|&j| j < b.len());
        return j
            .and_then(|j| b.get(j).ok())
            .map(|byte| int::int_from_i64(i64::from(byte)))
            .ok_or_else(|| super::errors::error("IndexError", "bytearray index out of range"));
    }
    if typeobj::as_type(obj).is_some() {
        // A metaclass's `__getitem__` (`Color["RED"]` of an Enum) first.
        if typeobj::metaclass_of(obj).is_some() {
            if let Some(r) = call_special(obj, "__getitem__", std::slice::from_ref(key))? {
                return Ok(r);
            }
        }
        if let Some(f) = typeobj::lookup(obj, weft_runtime::interned!("__class_getitem__")) {
            // A class method (build_class wraps it): bound to the class.
            let f = typeobj::descr_get(&f, None, obj)?;
            return protocol::call(&f, std::slice::from_ref(key));
        }
        if super::type_expressions::is_generic_builtin(obj) {
            return Ok(super::type_expressions::generic_alias(obj, key));
        }
        return Err(type_error(format!(
            "type '{}' is not subscriptable",
            typeobj::type_name(obj)
        )));
    }
    if let Some(b) = base_of(obj, "__getitem__") {
        return match getitem(&b, key) {
            // dict's lookup asks a subclass's `__missing__`.
            Err(e) if Dict::cast(&b).is_some() && is_error_kind(&e, ExcKind::KeyError) => {
                match call_special(obj, "__missing__", std::slice::from_ref(key))? {
                    Some(v) => Ok(v),
                    None => Err(e),
                }
            }
            other => other,
        };
    }
    match call_special(obj, "__getitem__", std::slice::from_ref(key))? {
        Some(v) => Ok(v),
        None => Err(type_error(format!(
            "'{}' object is not subscriptable",
            typeobj::type_name_of(obj)
        ))),
    }
}

/// A slice's parts as optional indices (None, or an int or `__index__`
/// clamped to i64).
fn raw_parts(s: &slice::Slice) -> PyResult<(Option<i64>, Option<i64>, Option<i64>)> {
    // Ints or `__index__`, huge values clamped (CPython's `_PyEval_SliceIndex`).
    let part = |v: &Value| weft_runtime::args::slice_index_or_none(Some(v));
    Ok((part(&s.start)?, part(&s.stop)?, part(&s.step)?))
}

fn indices_error(kind: &str, key: &Value) -> PyErr {
    if kind == "string" {
        return type_error(format!(
            "string indices must be integers, not '{}'",
            typeobj::type_name_of(key)
        ));
    }
    let what = if kind == "byte" {
        "byte indices"
    } else {
        "tuple indices"
    };
    type_error(format!(
        "{what} must be integers or slices, not {}",
        typeobj::type_name_of(key)
    ))
}

/// `obj[key] = value`.
pub fn setitem(obj: &Value, key: &Value, value: Value) -> PyResult<()> {
    if let Some(d) = dq::as_deque(obj) {
        return dq::setitem(d, key, value);
    }
    if let Some(d) = Dict::cast(obj) {
        return d.set(key.clone(), value);
    }
    if let Some(l) = List::cast(obj) {
        if let Some(s) = slice::as_slice(key) {
            return set_slice(
                obj,
                &[s.start.clone(), s.stop.clone(), s.step.clone()],
                value,
            );
        }
        if let Some(i) = index_of(key)? {
            let n = l.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if (0..n).contains(&j) && l.set(j as usize, value).is_ok() {
                return Ok(());
            }
            return Err(super::errors::error(
                "IndexError",
                "list assignment index out of range",
            ));
        }
        return Err(type_error(format!(
            "list indices must be integers or slices, not {}",
            typeobj::type_name_of(key)
        )));
    }
    if let Some(b) = base_of(obj, "__setitem__") {
        return setitem(&b, key, value);
    }
    if let Some(ba) = ByteArray::cast(obj) {
        return bytearray::set_subscript(ba, key, &value);
    }
    if is_user(obj) && call_special(obj, "__setitem__", &[key.clone(), value])?.is_some() {
        return Ok(());
    }
    Err(type_error(format!(
        "'{}' object does not support item assignment",
        typeobj::type_name_of(obj)
    )))
}

/// `del obj[key]`.
pub fn delitem(obj: &Value, key: &Value) -> PyResult<()> {
    if let Some(d) = dq::as_deque(obj) {
        return dq::delitem(d, key);
    }
    if let Some(d) = Dict::cast(obj) {
        return d.delitem(key);
    }
    if let Some(l) = List::cast(obj) {
        if let Some(s) = slice::as_slice(key) {
            let parts = s.parts()?;
            return l.assign_slice(|len| parts.indices(len), None);
        }
        if let Some(i) = index_of(key)? {
            let n = l.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if (0..n).contains(&j) && l.pop(j as usize).is_some() {
                return Ok(());
            }
            return Err(super::errors::error(
                "IndexError",
                "list assignment index out of range",
            ));
        }
    }
    if let Some(b) = base_of(obj, "__delitem__") {
        return delitem(&b, key);
    }
    if let Some(ba) = ByteArray::cast(obj) {
        return bytearray::del_subscript(ba, key);
    }
    if call_special(obj, "__delitem__", std::slice::from_ref(key))?.is_some() {
        return Ok(());
    }
    Err(type_error(format!(
        "'{}' object doesn't support item deletion",
        typeobj::type_name_of(obj)
    )))
}

// ------------------------------------------------------------ iteration

/// `iter(v)`.
pub fn iter(v: &Value) -> PyResult<Value> {
    if super::generator::as_generator(v).is_some() {
        return Ok(v.clone());
    }
    if dq::as_deque(v).is_some() {
        return Ok(dq::iter(v, false));
    }
    if is_user(v) {
        if let Some(b) = base_of(v, "__iter__") {
            return iter(&b);
        }
        if let Some(r) = call_special(v, "__iter__", &[])? {
            if special(&r, "__next__")?.is_none()
                && iterator::as_iter(&r).is_none()
                && super::generator::as_generator(&r).is_none()
            {
                return Err(type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    typeobj::type_name_of(&r)
                )));
            }
            return Ok(r);
        }
        if special(v, "__getitem__")?.is_some() {
            return Ok(super::iterators::sequence_iter(v.clone()));
        }
        return Err(type_error(format!(
            "'{}' object is not iterable",
            typeobj::type_name_of(v)
        )));
    }
    match iterator::iter(v) {
        Ok(it) => Ok(it),
        Err(e) => {
            if let Some(r) = call_special(v, "__iter__", &[])? {
                return Ok(r);
            }
            Err(e)
        }
    }
}

/// `next(it)`: `Ok(None)` when exhausted.
#[inline]
pub fn next(it: &Value) -> PyResult<Option<Value>> {
    if let Some(g) = super::generator::as_generator(it) {
        return super::generator::next(it, g);
    }
    if iterator::as_iter(it).is_some() {
        return iterator::next(it);
    }
    if let Some(r) = dq::iter_next(it) {
        return r;
    }
    if let Some(r) = super::iterators::next(it) {
        // A StopIteration from inside (map's function) ends the iteration.
        return match r {
            Err(e) if is_stop_iteration(&e) => Ok(None),
            other => other,
        };
    }
    match special(it, "__next__")? {
        Some(f) => match protocol::call(&f, &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if is_stop_iteration(&e) => Ok(None),
            Err(e) => Err(e),
        },
        None => Err(type_error(format!(
            "'{}' object is not an iterator",
            typeobj::type_name_of(it)
        ))),
    }
}

fn is_type_error(e: &PyErr) -> bool {
    match e {
        PyErr::Lazy(l) => l.kind == ExcKind::TypeError,
        PyErr::Object(v) => exception::matches(v, &exception::class_of_kind(ExcKind::TypeError)),
    }
}

/// Whether an error is a `StopIteration`.
pub fn is_stop_iteration(e: &PyErr) -> bool {
    is_error_kind(e, ExcKind::StopIteration)
}

/// Whether an error is an instance of the built-in exception `kind`.
pub fn is_error_kind(e: &PyErr, want: ExcKind) -> bool {
    match e {
        PyErr::Lazy(l) => l.kind == want,
        PyErr::Object(v) => exception::matches(v, &exception::class_of_kind(want)),
    }
}

/// All items of an iterable.
pub fn collect(v: &Value) -> PyResult<Vec<Value>> {
    if let Some(l) = List::cast(v) {
        return Ok(l.to_vec());
    }
    if let Some(t) = tuple::as_tuple(v) {
        return Ok(t.to_vec());
    }
    // A range knows its size: one too large is an error before any memory
    // is taken (CPython's length hint).
    if let Some(r) = range::as_range(v) {
        if r.len_checked()? > MAX_ITEMS {
            return Err(PyErr::new(ExcKind::MemoryError, ""));
        }
    }
    let it = iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// `len(v)`.
pub fn len(v: &Value) -> PyResult<usize> {
    if let Some(n) = pystr::str_len(v) {
        return Ok(n);
    }
    if let Some(l) = List::cast(v) {
        return Ok(l.len());
    }
    if let Some(n) = tuple::tuple_len(v) {
        return Ok(n);
    }
    if let Some(d) = Dict::cast(v) {
        return Ok(d.len());
    }
    if let Some(s) = Set::cast(v) {
        return Ok(s.len());
    }
    if let Some(n) = bytes::bytes_len(v) {
        return Ok(n);
    }
    if let Some(r) = range::as_range(v) {
        return r.len_checked();
    }
    if let Some(d) = dq::as_deque(v) {
        return Ok(d.len());
    }
    if let Some(b) = base_of(v, "__len__") {
        return len(&b);
    }
    match call_special(v, "__len__", &[])? {
        Some(r) => {
            let n = int::as_int(&r).ok_or_else(|| {
                type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    typeobj::type_name_of(&r)
                ))
            })?;
            match n.to_i64() {
                Some(i) if i >= 0 => Ok(i as usize),
                Some(_) => Err(super::errors::error(
                    "ValueError",
                    "__len__() should return >= 0",
                )),
                None => Err(super::errors::error(
                    "OverflowError",
                    "cannot fit 'int' into an index-sized integer",
                )),
            }
        }
        None => Err(type_error(format!(
            "object of type '{}' has no len()",
            typeobj::type_name_of(v)
        ))),
    }
}

/// `hash(v)`.
pub fn hash(v: &Value) -> PyResult<isize> {
    protocol::hash(v)
}

/// `callable(*args, **kwargs)`.
#[inline]
pub fn call(callable: &Value, args: Args<'_>) -> PyResult<Value> {
    protocol::call_args(callable, args)
}

/// `format(v, spec)`.
pub fn format(v: &Value, spec: &str) -> PyResult<String> {
    if is_user(v) {
        if let Some(b) = base_of(v, "__format__") {
            return format(&b, spec);
        }
        if let Some(r) = call_special(v, "__format__", &[pystr::str_value(spec)])? {
            return pystr::as_str(&r).map(str::to_string).ok_or_else(|| {
                type_error(format!(
                    "__format__ must return a str, not {}",
                    typeobj::type_name_of(&r)
                ))
            });
        }
        if spec.is_empty() {
            return str_of(v);
        }
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            typeobj::type_name_of(v)
        )));
    }
    super::format::format_value(v, spec)
}
