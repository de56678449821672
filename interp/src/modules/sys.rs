//! The `sys` module.

use std::sync::OnceLock;

use weft_runtime::types::function::NativeFn;
use weft_runtime::types::{int, list::List, none_bool, str as pystr, tuple, typeobj};
use weft_runtime::{Args, PyResult, Value};

use super::stdio::{stream, Stream};
use crate::vm::errors::{error, type_error};
use crate::vm::objects::{module_set, module_with_functions, new_module};

static ARGV: OnceLock<Vec<String>> = OnceLock::new();
static PATH0: OnceLock<String> = OnceLock::new();

/// Set `sys.argv` and the first `sys.path` entry before `sys` is made.
pub fn configure(argv: Vec<String>, path0: String) {
    let _ = ARGV.set(argv);
    let _ = PATH0.set(path0);
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("exit", exit),
    ("getrecursionlimit", getrecursionlimit),
    ("setrecursionlimit", setrecursionlimit),
    ("get_int_max_str_digits", get_int_max_str_digits),
    ("set_int_max_str_digits", set_int_max_str_digits),
    ("intern", intern),
    ("getsizeof", getsizeof),
    ("_is_gil_enabled", is_gil_enabled),
    ("exc_info", exc_info),
    ("_getframe", getframe),
    ("exception", exception),
    ("getdefaultencoding", default_encoding),
    ("displayhook", displayhook),
    ("__displayhook__", displayhook),
    ("excepthook", excepthook),
    ("unraisablehook", crate::vm::errors::default_unraisablehook),
    ("getfilesystemencoding", default_encoding),
    ("getfilesystemencodeerrors", filesystem_errors),
    ("getrefcount", getrefcount),
    ("getswitchinterval", getswitchinterval),
    ("setswitchinterval", setswitchinterval),
    ("is_finalizing", is_finalizing),
    ("gettrace", gettrace),
    ("getprofile", gettrace),
    ("settrace", settrace),
    ("setprofile", setprofile),
    ("__getattr__", sys_getattr),
];

/// The named tuples (`sys.version_info`, `float_info`, `int_info`,
/// `hash_info`, `flags`, `thread_info`) are made in Python (`interp/lib/_sysinfo.py`), on
/// first use: importing it stores them in `sys`.
fn sys_getattr(args: Args<'_>) -> PyResult<Value> {
    let name = args
        .positional
        .first()
        .and_then(pystr::as_str)
        .unwrap_or("");
    if matches!(
        name,
        "version_info" | "float_info" | "int_info" | "hash_info" | "flags" | "thread_info"
    ) {
        let info = crate::vm::import::import_module("_sysinfo")?;
        return crate::vm::attr::getattr(&info, &pystr::intern(name));
    }
    Err(crate::vm::errors::error(
        "AttributeError",
        format!("module 'sys' has no attribute '{name}'"),
    ))
}

/// Make the `sys` module.
pub fn module() -> Value {
    let m = module_with_functions("sys", FUNCTIONS);
    let set = |name: &str, v: Value| module_set(&m, name, v);
    let argv = ARGV.get().cloned().unwrap_or_else(|| vec![String::new()]);
    set(
        "argv",
        List::new(argv.iter().map(|a| pystr::str_value(a)).collect()),
    );
    let path0 = PATH0.get().cloned().unwrap_or_default();
    set("path", List::new(vec![pystr::str_value(&path0)]));
    set("modules", crate::vm::import::modules());
    set(
        "version",
        pystr::str_value(&format!("3.12.0 (weft {})", env!("CARGO_PKG_VERSION"))),
    );
    let implementation = new_module("implementation");
    let _ = crate::vm::attr::setattr(
        &implementation,
        weft_runtime::interned!("name"),
        weft_runtime::interned!("weft").clone(),
    );
    let _ = crate::vm::attr::setattr(
        &implementation,
        weft_runtime::interned!("cache_tag"),
        none_bool::none(),
    );
    set("implementation", implementation);
    set("platform", pystr::intern(std::env::consts::OS));
    set(
        "byteorder",
        pystr::intern(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    set("maxsize", int::int_from_i64(i64::MAX));
    set("maxunicode", int::int_from_i64(0x10ffff));
    set(
        "executable",
        pystr::str_value(
            &std::env::current_exe()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        ),
    );
    set("hexversion", int::int_from_i64(0x030c_00f0));
    set("api_version", int::int_from_i64(1013));
    set("float_repr_style", pystr::intern("short"));
    set("platlibdir", pystr::intern("lib"));
    set(
        "copyright",
        pystr::str_value("Copyright (c) the Weft authors.\nPython's language and library: Copyright (c) 2001 Python Software Foundation."),
    );
    let prefix = pystr::str_value(&install_prefix());
    for name in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] {
        set(name, prefix.clone());
    }
    let mut builtin: Vec<&str> = super::native_names().collect();
    builtin.sort_unstable();
    set(
        "builtin_module_names",
        tuple::tuple_new(builtin.iter().map(|n| pystr::str_value(n)).collect()),
    );
    let stdlib: Vec<Value> = super::native_names()
        .chain(super::frozen::names())
        .filter(|n| !n.contains('.'))
        .map(pystr::str_value)
        .collect();
    set(
        "stdlib_module_names",
        weft_runtime::types::set::Set::new_frozen(stdlib).expect("str names hash"),
    );
    set(
        "orig_argv",
        List::new(std::env::args().map(|a| pystr::str_value(&a)).collect()),
    );
    set("warnoptions", List::new(Vec::new()));
    set("_xoptions", weft_runtime::types::dict::Dict::new());
    set("meta_path", List::new(Vec::new()));
    set("path_hooks", List::new(Vec::new()));
    set(
        "path_importer_cache",
        weft_runtime::types::dict::Dict::new(),
    );
    // Weft compiles each module on import and writes no bytecode files.
    set("dont_write_bytecode", none_bool::true_value());
    let hook = crate::vm::attr::getattr(&m, &pystr::intern("excepthook")).expect("excepthook");
    set("__excepthook__", hook);
    let hook =
        crate::vm::attr::getattr(&m, &pystr::intern("unraisablehook")).expect("unraisablehook");
    set("__unraisablehook__", hook);
    set("stdout", stream(Stream::Stdout));
    set("stderr", stream(Stream::Stderr));
    set("stdin", stream(Stream::Stdin));
    set("__stdout__", stream(Stream::Stdout));
    set("__stderr__", stream(Stream::Stderr));
    m
}

fn exit(args: Args<'_>) -> PyResult<Value> {
    if args.positional.len() > 1 {
        return Err(type_error(format!(
            "exit expected at most 1 argument, got {}",
            args.positional.len()
        )));
    }
    let class = weft_runtime::types::exception::exception_class("SystemExit").expect("SystemExit");
    let exc = weft_runtime::types::exception::new_exception(&class, args.positional.to_vec());
    Err(weft_runtime::PyErr::Object(exc))
}

/// `sys.displayhook(value)`: an expression's value at the prompt (and in
/// `compile(..., "single")` code) is printed to `sys.stdout` and kept in
/// `builtins._`.
fn displayhook(args: Args<'_>) -> PyResult<Value> {
    let [value] = args.positional else {
        return Err(type_error(format!(
            "sys.displayhook() takes exactly one argument ({} given)",
            args.positional.len()
        )));
    };
    if none_bool::is_none(value) {
        return Ok(none_bool::none());
    }
    let builtins = crate::vm::builtins_dict();
    let builtins =
        weft_runtime::types::dict::Dict::cast(&builtins).expect("the builtins namespace is a dict");
    let underscore = pystr::intern("_");
    builtins.set(underscore.clone(), none_bool::none())?;
    let text = format!("{}\n", crate::vm::ops::repr_of(value)?);
    let modules = crate::vm::import::modules();
    let sys = weft_runtime::types::dict::Dict::cast(&modules)
        .and_then(|m| m.get(&pystr::intern("sys")).ok().flatten());
    let stdout = match sys {
        Some(sys) => crate::vm::attr::getattr(&sys, &pystr::intern("stdout"))?,
        None => return Err(error("RuntimeError", "lost sys.stdout")),
    };
    let write = crate::vm::attr::getattr(&stdout, &pystr::intern("write"))?;
    weft_runtime::protocol::call(&write, &[pystr::str_from_string(text)])?;
    builtins.set(underscore, value.clone())?;
    Ok(none_bool::none())
}

fn getrecursionlimit(_args: Args<'_>) -> PyResult<Value> {
    Ok(int::int_from_i64(crate::vm::state::recursion_limit() as i64))
}

fn setrecursionlimit(args: Args<'_>) -> PyResult<Value> {
    let n = args
        .positional
        .first()
        .ok_or_else(|| type_error("setrecursionlimit() takes exactly one argument (0 given)"))
        .and_then(weft_runtime::args::index_arg)?;
    if n < 1 {
        return Err(error(
            "ValueError",
            "recursion limit must be greater or equal than 1",
        ));
    }
    crate::vm::state::set_recursion_limit(n as usize);
    Ok(none_bool::none())
}

fn get_int_max_str_digits(_args: Args<'_>) -> PyResult<Value> {
    Ok(int::int_from_i64(
        weft_runtime::numeric::max_str_digits() as i64
    ))
}

/// `sys.set_int_max_str_digits(maxdigits)`.
fn set_int_max_str_digits(args: Args<'_>) -> PyResult<Value> {
    let given = match (args.positional, args.keywords) {
        ([v], []) => v,
        ([], [(k, v)]) if pystr::as_str(k) == Some("maxdigits") => v,
        _ => {
            return Err(type_error(
                "set_int_max_str_digits() takes exactly one argument (maxdigits)",
            ))
        }
    };
    let n = weft_runtime::args::index_arg(given)?;
    weft_runtime::numeric::set_max_str_digits(n)
        .map_err(|e| error("ValueError", e.message().to_string()))?;
    Ok(none_bool::none())
}

fn intern(args: Args<'_>) -> PyResult<Value> {
    let v = args
        .positional
        .first()
        .ok_or_else(|| type_error("intern() takes exactly one argument (0 given)"))?;
    pystr::intern_value(v).ok_or_else(|| {
        type_error(format!(
            "intern() argument must be str, not {}",
            typeobj::type_name_of(v)
        ))
    })
}

fn getsizeof(args: Args<'_>) -> PyResult<Value> {
    if args.positional.len() > 2 {
        return Err(type_error(format!(
            "getsizeof() takes at most 2 arguments ({} given)",
            args.positional.len()
        )));
    }
    let v = args
        .positional
        .first()
        .ok_or_else(|| type_error("getsizeof() missing required argument 'object' (pos 1)"))?;
    let header = 40i64;
    let extra = match v.as_small_int() {
        Some(_) => return Ok(int::int_from_i64(28)),
        None => crate::vm::ops::len(v).map(|n| n as i64 * 8).unwrap_or(0),
    };
    Ok(int::int_from_i64(header + extra))
}

fn is_gil_enabled(_args: Args<'_>) -> PyResult<Value> {
    Ok(none_bool::false_value())
}

/// `sys._getframe(depth=0)`: the caller's frame, or one `depth` calls up.
fn getframe(args: Args<'_>) -> PyResult<Value> {
    let depth = match args.positional.first() {
        None => 0,
        Some(d) => int::as_int(d)
            .and_then(|i| i.to_i64())
            .ok_or_else(|| type_error("an integer is required"))?,
    };
    crate::vm::frame_object::current_frame(depth.max(0) as usize)
        .ok_or_else(|| error("ValueError", "call stack is not deep enough"))
}

fn exc_info(_args: Args<'_>) -> PyResult<Value> {
    Ok(match crate::vm::state::handled() {
        Some(e) => {
            let tb = crate::vm::attr::getattr(&e, weft_runtime::interned!("__traceback__"))
                .unwrap_or_else(|_| none_bool::none());
            tuple::tuple_new(vec![typeobj::type_of(&e), e, tb])
        }
        None => tuple::tuple_new(vec![
            none_bool::none(),
            none_bool::none(),
            none_bool::none(),
        ]),
    })
}

fn exception(_args: Args<'_>) -> PyResult<Value> {
    Ok(crate::vm::state::handled().unwrap_or_else(none_bool::none))
}

fn default_encoding(_args: Args<'_>) -> PyResult<Value> {
    Ok(weft_runtime::interned!("utf-8").clone())
}

/// Where weft is installed: the directory above the one holding the
/// executable (`/usr/local` for `/usr/local/bin/weft`), as CPython's
/// `sys.prefix` names the directory above its `bin`.
fn install_prefix() -> String {
    std::env::current_exe()
        .ok()
        .and_then(|p| Some(p.parent()?.parent()?.display().to_string()))
        .unwrap_or_else(|| "/".to_string())
}

/// `sys.excepthook(type, value, traceback)`: print an uncaught exception's
/// report to stderr. Weft calls `sys.excepthook` for an uncaught exception
/// when a program replaced it (`errors::report_uncaught`).
fn excepthook(args: Args<'_>) -> PyResult<Value> {
    let [_, value, _] = args.positional else {
        return Err(type_error(format!(
            "excepthook expected 3 arguments, got {}",
            args.positional.len()
        )));
    };
    let text = crate::vm::errors::format_exception(value);
    super::stdio::write_stderr(&text);
    Ok(none_bool::none())
}

fn filesystem_errors(_args: Args<'_>) -> PyResult<Value> {
    Ok(pystr::intern("surrogateescape"))
}

/// `sys.getrefcount(object)`: the object's reference count, counting the
/// argument's own reference, approximately (see `approximate_count`).
fn getrefcount(args: Args<'_>) -> PyResult<Value> {
    let [v] = args.positional else {
        return Err(type_error(format!(
            "sys.getrefcount() takes exactly one argument ({} given)",
            args.positional.len()
        )));
    };
    Ok(int::int_from_i64(
        weft_runtime::object::refcount::approximate_count(v),
    ))
}

/// The value `sys.setswitchinterval` stored, as f64 bits. Weft has no
/// interpreter lock to hand over, so the interval changes nothing; it is
/// kept for programs that save and restore it.
static SWITCH_INTERVAL: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

fn getswitchinterval(_args: Args<'_>) -> PyResult<Value> {
    let bits = SWITCH_INTERVAL.load(std::sync::atomic::Ordering::Relaxed);
    let interval = if bits == 0 {
        0.005
    } else {
        f64::from_bits(bits)
    };
    Ok(weft_runtime::types::float::float_value(interval))
}

fn setswitchinterval(args: Args<'_>) -> PyResult<Value> {
    let [v] = args.positional else {
        return Err(type_error(format!(
            "setswitchinterval() takes exactly one argument ({} given)",
            args.positional.len()
        )));
    };
    let interval = weft_runtime::types::float::to_f64(v)?;
    if interval <= 0.0 {
        return Err(error(
            "ValueError",
            "switch interval must be strictly positive",
        ));
    }
    SWITCH_INTERVAL.store(interval.to_bits(), std::sync::atomic::Ordering::Relaxed);
    Ok(none_bool::none())
}

/// Set once the main program and its threads are done, as the interpreter
/// starts to tear down (`sys.is_finalizing()`).
static FINALIZING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub fn set_finalizing() {
    FINALIZING.store(true, std::sync::atomic::Ordering::Relaxed);
}

fn is_finalizing(_args: Args<'_>) -> PyResult<Value> {
    Ok(none_bool::bool_value(
        FINALIZING.load(std::sync::atomic::Ordering::Relaxed),
    ))
}

/// No trace or profile function is ever set (see `settrace`).
fn gettrace(_args: Args<'_>) -> PyResult<Value> {
    Ok(none_bool::none())
}

/// `sys.settrace`: weft's eval loop has no tracing hooks, so only None (no
/// tracing) is accepted; a function is refused with a clear error rather
/// than silently never called.
fn settrace(args: Args<'_>) -> PyResult<Value> {
    refuse_hook("settrace", &args)
}

fn setprofile(args: Args<'_>) -> PyResult<Value> {
    refuse_hook("setprofile", &args)
}

fn refuse_hook(name: &str, args: &Args<'_>) -> PyResult<Value> {
    match args.positional {
        [v] if none_bool::is_none(v) => Ok(none_bool::none()),
        [_] => Err(error(
            "NotImplementedError",
            format!("sys.{name}(): weft does not support trace or profile functions"),
        )),
        _ => Err(type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.positional.len()
        ))),
    }
}
