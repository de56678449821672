//! `_operator`: the operator functions that are one operation each
//! (`add`, `lt`, `getitem`, `iadd`, `not_`...), native as CPython's are,
//! with their argument errors. `operator.py` imports them and keeps the
//! rest (`index`, `concat`, `length_hint`, the getter classes) in Python.

use weft_runtime::types::compare::CompareOp;
use weft_runtime::types::function::NativeFn;
use weft_runtime::types::int::BinOp;
use weft_runtime::types::none_bool;
use weft_runtime::{Args, PyResult, Value};

use crate::vm::errors::type_error;
use crate::vm::objects::module_with_functions;
use crate::vm::ops;

/// The `N` arguments of `_operator.name`: CPython's `name expected 2
/// arguments, got 1` (one-argument functions say `_operator.name() takes
/// exactly one argument (0 given)`), and no keywords.
fn arguments<const N: usize>(args: &Args<'_>, name: &str) -> PyResult<[Value; N]> {
    if !args.keywords.is_empty() {
        return Err(type_error(format!(
            "_operator.{name}() takes no keyword arguments"
        )));
    }
    args.positional
        .to_vec()
        .try_into()
        .map_err(|given: Vec<Value>| {
            if N == 1 {
                type_error(format!(
                    "_operator.{name}() takes exactly one argument ({} given)",
                    given.len()
                ))
            } else {
                type_error(format!(
                    "{name} expected {N} arguments, got {}",
                    given.len()
                ))
            }
        })
}

/// One native function per operator (a `NativeFn` carries no data).
macro_rules! operators {
    ($($name:literal ($($arg:ident),+) => $body:expr;)*) => {
        const FUNCTIONS: &[(&str, NativeFn)] = &[
            $(($name, {
                fn f(args: Args<'_>) -> PyResult<Value> {
                    let [$($arg),+] = arguments(&args, $name)?;
                    $body
                }
                f
            })),*
        ];
    };
}

operators! {
    "lt"(a, b) => ops::compare(&a, &b, CompareOp::Lt);
    "le"(a, b) => ops::compare(&a, &b, CompareOp::Le);
    "eq"(a, b) => ops::compare(&a, &b, CompareOp::Eq);
    "ne"(a, b) => ops::compare(&a, &b, CompareOp::Ne);
    "ge"(a, b) => ops::compare(&a, &b, CompareOp::Ge);
    "gt"(a, b) => ops::compare(&a, &b, CompareOp::Gt);
    "not_"(a) => Ok(none_bool::bool_value(!ops::truthy(&a)?));
    "truth"(a) => Ok(none_bool::bool_value(ops::truthy(&a)?));
    "is_"(a, b) => Ok(none_bool::bool_value(a.is(&b)));
    "is_not"(a, b) => Ok(none_bool::bool_value(!a.is(&b)));
    "abs"(a) => crate::builtins::numeric::abs(Args::positional(&[a]));
    "neg"(a) => ops::unary(&a, "__neg__", "-");
    "pos"(a) => ops::unary(&a, "__pos__", "+");
    "inv"(a) => ops::unary(&a, "__invert__", "~");
    "invert"(a) => ops::unary(&a, "__invert__", "~");
    "add"(a, b) => ops::binary(BinOp::Add, &a, &b);
    "sub"(a, b) => ops::binary(BinOp::Sub, &a, &b);
    "mul"(a, b) => ops::binary(BinOp::Mul, &a, &b);
    "truediv"(a, b) => ops::binary(BinOp::TrueDiv, &a, &b);
    "floordiv"(a, b) => ops::binary(BinOp::FloorDiv, &a, &b);
    "mod"(a, b) => ops::binary(BinOp::Mod, &a, &b);
    "pow"(a, b) => ops::binary(BinOp::Pow, &a, &b);
    "lshift"(a, b) => ops::binary(BinOp::LShift, &a, &b);
    "rshift"(a, b) => ops::binary(BinOp::RShift, &a, &b);
    "and_"(a, b) => ops::binary(BinOp::And, &a, &b);
    "or_"(a, b) => ops::binary(BinOp::Or, &a, &b);
    "xor"(a, b) => ops::binary(BinOp::Xor, &a, &b);
    "matmul"(a, b) => ops::matmul(&a, &b);
    "iadd"(a, b) => ops::inplace(BinOp::Add, &a, &b);
    "isub"(a, b) => ops::inplace(BinOp::Sub, &a, &b);
    "imul"(a, b) => ops::inplace(BinOp::Mul, &a, &b);
    "itruediv"(a, b) => ops::inplace(BinOp::TrueDiv, &a, &b);
    "ifloordiv"(a, b) => ops::inplace(BinOp::FloorDiv, &a, &b);
    "imod"(a, b) => ops::inplace(BinOp::Mod, &a, &b);
    "ipow"(a, b) => ops::inplace(BinOp::Pow, &a, &b);
    "ilshift"(a, b) => ops::inplace(BinOp::LShift, &a, &b);
    "irshift"(a, b) => ops::inplace(BinOp::RShift, &a, &b);
    "iand"(a, b) => ops::inplace(BinOp::And, &a, &b);
    "ior"(a, b) => ops::inplace(BinOp::Or, &a, &b);
    "ixor"(a, b) => ops::inplace(BinOp::Xor, &a, &b);
    "imatmul"(a, b) => ops::inplace_matmul(&a, &b);
    "contains"(a, b) => Ok(none_bool::bool_value(ops::contains(&a, &b)?));
    "getitem"(a, b) => ops::getitem(&a, &b);
    "setitem"(a, b, c) => ops::setitem(&a, &b, c).map(|()| none_bool::none());
}

/// Make the `_operator` module.
pub fn module() -> Value {
    module_with_functions("_operator", FUNCTIONS)
}
