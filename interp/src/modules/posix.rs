//! `_os`: the operating-system calls the Python `os` module (interp/lib/os.py)
//! is built on. File-system calls run detached (they may block).

use weft_runtime::types::function::NativeFn;
use weft_runtime::types::{dict::Dict, int, list::List, none_bool, str as pystr};
use weft_runtime::{Args, PyResult, Value};

use crate::vm::errors::type_error;
use crate::vm::objects::{module_set, module_with_functions};

fn path_arg<'a>(args: &'a Args<'_>, i: usize, func: &str) -> PyResult<&'a str> {
    args.positional
        .get(i)
        .and_then(|v| pystr::as_str(v))
        .ok_or_else(|| type_error(format!("{func}: path should be string")))
}

fn detached<R>(f: impl FnOnce() -> R) -> R {
    let mut f = Some(f);
    let mut run = || (f.take().expect("once"))();
    match weft_runtime::thread::with_current(|t| t.blocking(&mut run)) {
        Some(r) => r,
        None => run(),
    }
}

fn os_error(e: &std::io::Error, path: &str) -> weft_runtime::PyErr {
    super::os_error::from_io(e, path)
}

fn getcwd(_args: Args<'_>) -> PyResult<Value> {
    let d = std::env::current_dir().map_err(|e| os_error(&e, "."))?;
    Ok(pystr::str_value(&d.display().to_string()))
}

fn listdir(args: Args<'_>) -> PyResult<Value> {
    let path = if args.positional.is_empty() {
        "."
    } else {
        path_arg(&args, 0, "listdir")?
    };
    let entries = detached(|| std::fs::read_dir(path)).map_err(|e| os_error(&e, path))?;
    let mut names = Vec::new();
    for entry in entries.flatten() {
        names.push(pystr::str_value(&entry.file_name().to_string_lossy()));
    }
    Ok(List::new(names))
}

/// `stat(path, follow_symlinks)`: the fields of `os.stat_result`, as a
/// tuple `(mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns,
/// ctime_ns, blksize, blocks, rdev)`; `os.py` makes the result type.
fn stat(args: Args<'_>) -> PyResult<Value> {
    use std::os::unix::fs::MetadataExt;
    let path = path_arg(&args, 0, "stat")?;
    let follow = match args.positional.get(1) {
        Some(v) => weft_runtime::protocol::truthy(v)?,
        None => true,
    };
    let m = detached(|| {
        if follow {
            std::fs::metadata(path)
        } else {
            std::fs::symlink_metadata(path)
        }
    })
    .map_err(|e| os_error(&e, path))?;
    let ns = |secs: i64, nanos: i64| {
        int::int_from_bigint((i128::from(secs) * 1_000_000_000 + i128::from(nanos)).into())
    };
    let u = |n: u64| int::int_from_bigint(n.into());
    Ok(weft_runtime::types::tuple::tuple_new(vec![
        u(u64::from(m.mode())),
        u(m.ino()),
        u(m.dev()),
        u(m.nlink()),
        u(u64::from(m.uid())),
        u(u64::from(m.gid())),
        u(m.size()),
        ns(m.atime(), m.atime_nsec()),
        ns(m.mtime(), m.mtime_nsec()),
        ns(m.ctime(), m.ctime_nsec()),
        u(m.blksize()),
        u(m.blocks()),
        u(m.rdev()),
    ]))
}

/// `_scandir(path)`: the entries of a directory as `(name, kind, inode)`,
/// kind 1 for a directory, 2 a regular file, 3 a symbolic link, 0 other
/// (from the directory listing itself, without a stat of each entry).
fn scandir(args: Args<'_>) -> PyResult<Value> {
    use std::os::unix::fs::DirEntryExt;
    let path = if args.positional.is_empty() {
        "."
    } else {
        path_arg(&args, 0, "scandir")?
    };
    let entries = detached(|| {
        std::fs::read_dir(path).map(|dir| {
            dir.flatten()
                .map(|e| {
                    let kind = match e.file_type() {
                        Ok(t) if t.is_dir() => 1,
                        Ok(t) if t.is_file() => 2,
                        Ok(t) if t.is_symlink() => 3,
                        _ => 0,
                    };
                    (e.file_name().to_string_lossy().into_owned(), kind, e.ino())
                })
                .collect::<Vec<_>>()
        })
    })
    .map_err(|e| os_error(&e, path))?;
    Ok(List::new(
        entries
            .into_iter()
            .map(|(name, kind, ino)| {
                weft_runtime::types::tuple::tuple_new(vec![
                    pystr::str_from_string(name),
                    int::int_from_i64(kind),
                    int::int_from_bigint(ino.into()),
                ])
            })
            .collect(),
    ))
}

/// `putenv(name, value)` and `unsetenv(name)` change the process's
/// environment (`os.environ` calls them, as CPython's does).
fn putenv(args: Args<'_>) -> PyResult<Value> {
    set_env(&args, true)
}

fn unsetenv(args: Args<'_>) -> PyResult<Value> {
    set_env(&args, false)
}

fn set_env(args: &Args<'_>, set: bool) -> PyResult<Value> {
    let func = if set { "putenv" } else { "unsetenv" };
    let wanted = if set { 2 } else { 1 };
    if args.positional.len() != wanted {
        return Err(type_error(format!(
            "{func} expected {wanted} argument{}, got {}",
            if set { "s" } else { "" },
            args.positional.len()
        )));
    }
    // Names and values are paths to CPython's putenv (str, bytes or
    // os.PathLike); weft takes str.
    let text = |v: &Value| {
        pystr::as_str(v).map(str::to_owned).ok_or_else(|| {
            type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                weft_runtime::types::typeobj::type_name_of(v)
            ))
        })
    };
    let name = text(&args.positional[0])?;
    let value = if set {
        Some(text(&args.positional[1])?)
    } else {
        None
    };
    if name.is_empty() {
        // The C library's EINVAL, as CPython lets it through.
        let einval = std::io::Error::from_raw_os_error(22);
        return Err(super::os_error::from_io_without_path(&einval));
    }
    if name.contains('=') {
        return Err(crate::vm::errors::error(
            "ValueError",
            "illegal environment variable name",
        ));
    }
    if name.contains('\0') || value.as_deref().is_some_and(|v| v.contains('\0')) {
        return Err(crate::vm::errors::error("ValueError", "embedded null byte"));
    }
    weft_runtime::clib::set_env(&name, value.as_deref());
    Ok(none_bool::none())
}

fn simple(args: Args<'_>, name: &str, f: fn(&str) -> std::io::Result<()>) -> PyResult<Value> {
    let path = path_arg(&args, 0, name)?;
    detached(|| f(path)).map_err(|e| os_error(&e, path))?;
    Ok(none_bool::none())
}

fn remove(args: Args<'_>) -> PyResult<Value> {
    simple(args, "remove", |p| std::fs::remove_file(p))
}
fn chdir(args: Args<'_>) -> PyResult<Value> {
    simple(args, "chdir", |p| std::env::set_current_dir(p))
}
fn mkdir(args: Args<'_>) -> PyResult<Value> {
    simple(args, "mkdir", |p| std::fs::create_dir(p))
}
fn makedirs(args: Args<'_>) -> PyResult<Value> {
    simple(args, "makedirs", |p| std::fs::create_dir_all(p))
}
fn rmdir(args: Args<'_>) -> PyResult<Value> {
    simple(args, "rmdir", |p| std::fs::remove_dir(p))
}

fn rename(args: Args<'_>) -> PyResult<Value> {
    let (a, b) = (path_arg(&args, 0, "rename")?, path_arg(&args, 1, "rename")?);
    detached(|| std::fs::rename(a, b)).map_err(|e| os_error(&e, a))?;
    Ok(none_bool::none())
}

fn getpid(_args: Args<'_>) -> PyResult<Value> {
    Ok(int::int_from_i64(i64::from(std::process::id())))
}

/// `os.urandom(n)`: `n` bytes from the kernel's random source.
fn urandom(args: Args<'_>) -> PyResult<Value> {
    use std::io::Read;
    let n = args
        .positional
        .first()
        .and_then(int::as_int)
        .and_then(|n| n.to_i64())
        .ok_or_else(|| type_error("urandom() argument must be an integer"))?;
    let n = usize::try_from(n)
        .map_err(|_| crate::vm::errors::error("ValueError", "negative argument not allowed"))?;
    let mut buf = vec![0u8; n];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| os_error(&e, "/dev/urandom"))?;
    Ok(weft_runtime::types::bytes::bytes_from_slice(&buf))
}

fn cpu_count(_args: Args<'_>) -> PyResult<Value> {
    Ok(std::thread::available_parallelism()
        .map(|n| int::int_from_i64(n.get() as i64))
        .unwrap_or_else(|_| none_bool::none()))
}

fn abspath(args: Args<'_>) -> PyResult<Value> {
    let path = path_arg(&args, 0, "abspath")?;
    let p = std::path::Path::new(path);
    let joined = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()
            .map_err(|e| os_error(&e, "."))?
            .join(p)
    };
    // Normalize `.` and `..` lexically, as os.path.normpath.
    let mut parts: Vec<String> = Vec::new();
    for c in joined.components() {
        match c {
            std::path::Component::ParentDir => {
                parts.pop();
            }
            std::path::Component::Normal(s) => parts.push(s.to_string_lossy().into_owned()),
            _ => {}
        }
    }
    Ok(pystr::str_from_string(format!("/{}", parts.join("/"))))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getcwd", getcwd),
    ("listdir", listdir),
    ("stat", stat),
    ("_scandir", scandir),
    ("putenv", putenv),
    ("unsetenv", unsetenv),
    ("remove", remove),
    ("unlink", remove),
    ("mkdir", mkdir),
    ("chdir", chdir),
    ("makedirs", makedirs),
    ("rmdir", rmdir),
    ("rename", rename),
    ("getpid", getpid),
    ("cpu_count", cpu_count),
    ("urandom", urandom),
    ("_abspath", abspath),
];

/// Make the `_os` module.
pub fn module() -> Value {
    let m = module_with_functions("_os", FUNCTIONS);
    let env = Dict::new();
    for (k, v) in std::env::vars() {
        let _ = Dict::cast(&env)
            .expect("a dict")
            .set(pystr::str_value(&k), pystr::str_value(&v));
    }
    module_set(&m, "environ", env);
    m
}
