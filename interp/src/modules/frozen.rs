//! Modules written in Python and compiled into the binary (`interp/lib/`).

/// `(module name, is a package, source)`.
const FROZEN: &[(&str, bool, &str)] = &[
    ("threading", false, include_str!("../../lib/threading.py")),
    ("itertools", false, include_str!("../../lib/itertools.py")),
    ("functools", false, include_str!("../../lib/functools.py")),
    (
        "collections",
        true,
        include_str!("../../lib/collections/__init__.py"),
    ),
    (
        "collections.abc",
        false,
        include_str!("../../lib/collections/abc.py"),
    ),
    ("weakref", false, include_str!("../../lib/weakref.py")),
    ("stat", false, include_str!("../../lib/stat.py")),
    (
        "_weakrefset",
        false,
        include_str!("../../lib/_weakrefset.py"),
    ),
    ("heapq", false, include_str!("../../lib/heapq.py")),
    ("bisect", false, include_str!("../../lib/bisect.py")),
    ("operator", false, include_str!("../../lib/operator.py")),
    ("copy", false, include_str!("../../lib/copy.py")),
    ("contextlib", false, include_str!("../../lib/contextlib.py")),
    ("string", false, include_str!("../../lib/string.py")),
    ("posixpath", false, include_str!("../../lib/posixpath.py")),
    ("os", false, include_str!("../../lib/os.py")),
    ("array", false, include_str!("../../lib/array.py")),
    ("io", false, include_str!("../../lib/io.py")),
    ("re", false, include_str!("../../lib/re.py")),
    ("json", true, include_str!("../../lib/json/__init__.py")),
    (
        "json.decoder",
        false,
        include_str!("../../lib/json/decoder.py"),
    ),
    (
        "json.encoder",
        false,
        include_str!("../../lib/json/encoder.py"),
    ),
    (
        "json.scanner",
        false,
        include_str!("../../lib/json/scanner.py"),
    ),
    ("atexit", false, include_str!("../../lib/atexit.py")),
    ("_sysinfo", false, include_str!("../../lib/_sysinfo.py")),
    ("types", false, include_str!("../../lib/types.py")),
    ("abc", false, include_str!("../../lib/abc.py")),
    (
        "dataclasses",
        false,
        include_str!("../../lib/dataclasses.py"),
    ),
    ("typing", false, include_str!("../../lib/typing.py")),
    ("enum", false, include_str!("../../lib/enum.py")),
    ("textwrap", false, include_str!("../../lib/textwrap.py")),
    ("struct", false, include_str!("../../lib/struct.py")),
    ("random", false, include_str!("../../lib/random.py")),
    ("linecache", false, include_str!("../../lib/linecache.py")),
    ("warnings", false, include_str!("../../lib/warnings.py")),
    ("traceback", false, include_str!("../../lib/traceback.py")),
    ("time", false, include_str!("../../lib/time.py")),
    ("queue", false, include_str!("../../lib/queue.py")),
    (
        "concurrent",
        true,
        include_str!("../../lib/concurrent/__init__.py"),
    ),
    (
        "concurrent.futures",
        false,
        include_str!("../../lib/concurrent/futures.py"),
    ),
];

/// The source of module `name`, and whether it is a package: embedded in
/// the binary, or, when `WEFT_LIB` names a directory (for working on
/// `interp/lib` without rebuilding), read from the same file there.
pub fn source(name: &str) -> Option<(bool, &'static str)> {
    let (package, embedded) = FROZEN
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|&(_, package, src)| (package, src))?;
    Some((package, lib_override(name, package).unwrap_or(embedded)))
}

/// `$WEFT_LIB/<name as a path>.py` (or `/__init__.py` for a package). Each
/// module is imported once per process, so the text is leaked.
fn lib_override(name: &str, package: bool) -> Option<&'static str> {
    let dir = std::env::var_os("WEFT_LIB").filter(|d| !d.is_empty())?;
    let mut path = std::path::PathBuf::from(dir);
    path.push(name.replace('.', "/"));
    if package {
        path.push("__init__.py");
    } else {
        path.set_extension("py");
    }
    let text = std::fs::read_to_string(&path).ok()?;
    Some(Box::leak(text.into_boxed_str()))
}

/// The names of the modules compiled in (for `sys.stdlib_module_names`).
pub fn names() -> impl Iterator<Item = &'static str> {
    FROZEN.iter().map(|&(name, _, _)| name)
}
