//! The `builtins` module: functions, the built-in types under their
//! names, and the exception classes.

mod class;
mod compile;
mod complex_new;
mod construct;
pub mod functions;
pub(crate) mod numeric;

/// `float(v)` as an f64 (strings parsed, `__float__`, `__index__`).
pub(crate) fn float_value_of(v: &Value) -> weft_runtime::PyResult<f64> {
    construct::float_of(v)
}
mod output;
mod sequences;

pub use class::install_object_methods;
pub use construct::construct;

use weft_runtime::types::descriptor::{CLASSMETHOD_TYPE, PROPERTY_TYPE, STATICMETHOD_TYPE};
use weft_runtime::types::function::{native_function, NativeFn};
use weft_runtime::types::{
    bytearray::BYTEARRAY_TYPE, bytes::BYTES_TYPE, dict::Dict, dict::DICT_TYPE, exception,
    float::FLOAT_TYPE, int::INT_TYPE, list::LIST_TYPE, none_bool, none_bool::BOOL_TYPE,
    range::RANGE_TYPE, set::SET_TYPE, slice::SLICE_TYPE, str as pystr, str::STR_TYPE,
    tuple::TUPLE_TYPE, typeobj,
};
use weft_runtime::Value;

use crate::vm::frame_builtins::{self, frame_builtin};
use crate::vm::objects::{as_module, new_module};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("abs", numeric::abs),
    ("all", functions::all),
    ("any", functions::any),
    ("ascii", output::ascii),
    ("bin", numeric::bin),
    ("callable", functions::callable),
    ("chr", functions::chr),
    ("compile", compile::compile),
    ("delattr", functions::delattr),
    ("divmod", numeric::divmod),
    ("enumerate", sequences::enumerate),
    ("filter", sequences::filter),
    ("format", output::format),
    ("getattr", functions::getattr),
    ("hasattr", functions::hasattr),
    ("hash", functions::hash),
    ("hex", numeric::hex),
    ("id", functions::id),
    ("input", output::input),
    ("isinstance", functions::isinstance),
    ("issubclass", functions::issubclass),
    ("iter", sequences::iter),
    ("len", functions::len),
    ("map", sequences::map),
    ("max", sequences::max),
    ("min", sequences::min),
    ("next", sequences::next),
    ("oct", numeric::oct),
    ("open", crate::modules::io::open),
    ("ord", functions::ord),
    ("pow", numeric::pow),
    ("print", output::print),
    ("repr", output::repr),
    ("reversed", sequences::reversed),
    ("round", numeric::round),
    ("setattr", functions::setattr),
    ("sorted", sequences::sorted),
    ("sum", sequences::sum),
    ("zip", sequences::zip),
    ("__import__", functions::import),
    ("__build_class__", class::build_class),
];

/// Make the `builtins` module.
pub fn make_module() -> Value {
    let module = new_module("builtins");
    let dict = as_module(&module).expect("a module").dict.clone();
    let d = Dict::cast(&dict).expect("a dict");
    let set = |name: &str, v: Value| {
        d.set(pystr::intern(name), v).expect("str keys hash");
    };
    for &(name, f) in FUNCTIONS {
        set(name, native_function(name, f));
    }
    for (name, f) in [
        ("locals", frame_builtins::locals as _),
        ("globals", frame_builtins::globals as _),
        ("vars", frame_builtins::vars as _),
        ("dir", frame_builtins::dir as _),
        ("eval", frame_builtins::eval as _),
        ("exec", frame_builtins::exec as _),
    ] {
        set(name, frame_builtin(name, f));
    }
    let types: [(&str, &'static weft_runtime::TypeInfo); 20] = [
        ("int", &INT_TYPE),
        ("float", &FLOAT_TYPE),
        ("complex", &weft_runtime::types::complex::COMPLEX_TYPE),
        ("str", &STR_TYPE),
        ("bool", &BOOL_TYPE),
        ("list", &LIST_TYPE),
        ("tuple", &TUPLE_TYPE),
        ("dict", &DICT_TYPE),
        ("set", &SET_TYPE),
        ("frozenset", &weft_runtime::types::set::FROZENSET_TYPE),
        ("bytes", &BYTES_TYPE),
        ("bytearray", &BYTEARRAY_TYPE),
        ("range", &RANGE_TYPE),
        ("slice", &SLICE_TYPE),
        ("object", &typeobj::OBJECT_TYPE),
        ("type", &typeobj::TYPE_TYPE),
        ("property", &PROPERTY_TYPE),
        ("classmethod", &CLASSMETHOD_TYPE),
        ("staticmethod", &STATICMETHOD_TYPE),
        ("super", crate::vm::objects::SUPER_TYPE.info()),
    ];
    for (name, info) in types {
        set(name, typeobj::builtin_type(info));
    }
    for name in exception::builtin_exception_names() {
        set(name, exception::exception_class(name).expect("listed"));
    }
    set(
        "EnvironmentError",
        exception::exception_class("OSError").expect("OSError"),
    );
    set(
        "IOError",
        exception::exception_class("OSError").expect("OSError"),
    );
    set("None", none_bool::none());
    set("True", none_bool::true_value());
    set("False", none_bool::false_value());
    set("Ellipsis", crate::vm::singletons::ellipsis());
    set("NotImplemented", typeobj::not_implemented());
    set("__debug__", none_bool::true_value());
    set("__name__", weft_runtime::interned!("builtins").clone());
    module
}
