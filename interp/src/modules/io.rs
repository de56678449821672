//! `open()` and file objects: text and binary files read whole on open and
//! written through on `write`, with `with` support and line iteration.

use std::io::Write;

use parking_lot::Mutex;
use weft_runtime::object::alloc::drop_and_free;
use weft_runtime::object::native::{NativeType, Traverse};
use weft_runtime::types::{bytes, int, list::List, none_bool, str as pystr};
use weft_runtime::{Args, PyResult, TypeInfo, Value};

use crate::vm::errors::{error, type_error};

pub struct FileState {
    /// Unread contents (read modes).
    data: Vec<u8>,
    pos: usize,
    /// Open for writing.
    writer: Option<std::fs::File>,
    closed: bool,
}

pub struct FileObject {
    pub name: String,
    pub mode: String,
    pub binary: bool,
    state: Mutex<FileState>,
}

impl Traverse for FileObject {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

pub static FILE_TYPE: NativeType<FileObject> = NativeType::new(TypeInfo {
    methods: &[
        ("read", file_read),
        ("readline", file_readline),
        ("readlines", file_readlines),
        ("write", file_write),
        ("writelines", file_writelines),
        ("close", file_close),
        ("flush", file_flush),
        ("__enter__", file_enter),
        ("__exit__", file_exit),
        ("__iter__", file_enter),
        ("__next__", file_next),
    ],
    ..TypeInfo::new("TextIOWrapper", drop_and_free::<()>)
});

fn os_error(e: &std::io::Error, path: &str) -> weft_runtime::PyErr {
    super::os_error::from_io(e, path)
}

/// `open(file, mode='r', encoding=None)`.
pub fn open(args: Args<'_>) -> PyResult<Value> {
    let kw = |name: &str| {
        args.keywords
            .iter()
            .find(|(k, _)| pystr::as_str(k) == Some(name))
            .map(|(_, v)| v.clone())
    };
    let file = args
        .positional
        .first()
        .cloned()
        .or_else(|| kw("file"))
        .ok_or_else(|| type_error("open() missing required argument 'file' (pos 1)"))?;
    let path = pystr::as_str(&file)
        .ok_or_else(|| {
            type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                weft_runtime::types::typeobj::type_name_of(&file)
            ))
        })?
        .to_string();
    let mode = args.positional.get(1).cloned().or_else(|| kw("mode"));
    let mode = mode
        .as_ref()
        .and_then(|m| pystr::as_str(m))
        .unwrap_or("r")
        .to_string();
    let binary = mode.contains('b');
    let kind = mode.chars().find(|c| "rwax".contains(*c)).unwrap_or('r');
    if mode.chars().any(|c| !"rwaxbt+".contains(c)) {
        return Err(error("ValueError", format!("invalid mode: '{mode}'")));
    }
    let mut state = FileState {
        data: Vec::new(),
        pos: 0,
        writer: None,
        closed: false,
    };
    let blocking = |f: &mut dyn FnMut() -> std::io::Result<()>| -> std::io::Result<()> {
        weft_runtime::thread::with_current(|t| t.blocking(&mut *f)).unwrap_or_else(&mut *f)
    };
    let mut opts = std::fs::OpenOptions::new();
    match kind {
        'r' => {
            blocking(&mut || {
                state.data = std::fs::read(&path)?;
                Ok(())
            })
            .map_err(|e| os_error(&e, &path))?;
            if mode.contains('+') {
                state.writer = Some(
                    opts.write(true)
                        .open(&path)
                        .map_err(|e| os_error(&e, &path))?,
                );
            }
        }
        'w' => {
            state.writer = Some(
                opts.write(true)
                    .create(true)
                    .truncate(true)
                    .open(&path)
                    .map_err(|e| os_error(&e, &path))?,
            )
        }
        'a' => {
            state.writer = Some(
                opts.append(true)
                    .create(true)
                    .open(&path)
                    .map_err(|e| os_error(&e, &path))?,
            )
        }
        _ => {
            state.writer = Some(
                opts.write(true)
                    .create_new(true)
                    .open(&path)
                    .map_err(|e| os_error(&e, &path))?,
            )
        }
    }
    if !binary && std::str::from_utf8(&state.data).is_err() {
        return Err(error(
            "UnicodeDecodeError",
            "'utf-8' codec can't decode the file",
        ));
    }
    Ok(FILE_TYPE.alloc(FileObject {
        name: path,
        mode,
        binary,
        state: Mutex::new(state),
    }))
}

fn this<'a>(args: &'a Args<'_>) -> PyResult<&'a FileObject> {
    args.positional
        .first()
        .and_then(|v| FILE_TYPE.downcast(v))
        .ok_or_else(|| type_error("a file method needs a file"))
}

fn check_open(s: &FileState) -> PyResult<()> {
    if s.closed {
        return Err(error("ValueError", "I/O operation on closed file."));
    }
    Ok(())
}

fn make(f: &FileObject, data: &[u8]) -> Value {
    if f.binary {
        bytes::bytes_from_slice(data)
    } else {
        pystr::str_from_string(String::from_utf8_lossy(data).into_owned())
    }
}

fn file_read(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let mut s = f.state.lock();
    check_open(&s)?;
    let limit = args
        .positional
        .get(1)
        .and_then(|n| int::as_int(n))
        .and_then(|n| n.to_i64())
        .filter(|n| *n >= 0);
    let rest = &s.data[s.pos..];
    let take = match limit {
        None => rest.len(),
        Some(n) if f.binary => (n as usize).min(rest.len()),
        Some(n) => {
            let text = std::str::from_utf8(rest).unwrap_or("");
            text.char_indices()
                .nth(n as usize)
                .map_or(rest.len(), |(i, _)| i)
        }
    };
    let out = make(f, &rest[..take]);
    s.pos += take;
    Ok(out)
}

fn next_line(f: &FileObject) -> PyResult<Option<Value>> {
    let mut s = f.state.lock();
    check_open(&s)?;
    if s.pos >= s.data.len() {
        return Ok(None);
    }
    let rest = &s.data[s.pos..];
    let end = rest
        .iter()
        .position(|&b| b == b'\n')
        .map_or(rest.len(), |i| i + 1);
    let out = make(f, &rest[..end]);
    s.pos += end;
    Ok(Some(out))
}

fn file_readline(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    Ok(next_line(f)?.unwrap_or_else(|| make(f, b"")))
}

fn file_readlines(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let mut lines = Vec::new();
    while let Some(l) = next_line(f)? {
        lines.push(l);
    }
    Ok(List::new(lines))
}

fn file_next(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    next_line(f)?.ok_or_else(|| crate::vm::generator::stop_iteration(none_bool::none()))
}

fn write_data(f: &FileObject, v: &Value) -> PyResult<usize> {
    let data: Vec<u8> = if f.binary {
        bytes::as_bytes(v).map(<[u8]>::to_vec).ok_or_else(|| {
            type_error(format!(
                "a bytes-like object is required, not '{}'",
                weft_runtime::types::typeobj::type_name_of(v)
            ))
        })?
    } else {
        pystr::as_str(v)
            .map(|s| s.as_bytes().to_vec())
            .ok_or_else(|| {
                type_error(format!(
                    "write() argument must be str, not {}",
                    weft_runtime::types::typeobj::type_name_of(v)
                ))
            })?
    };
    let mut s = f.state.lock();
    check_open(&s)?;
    let Some(w) = s.writer.as_mut() else {
        return Err(error("UnsupportedOperation", "not writable"));
    };
    w.write_all(&data).map_err(|e| os_error(&e, &f.name))?;
    Ok(if f.binary {
        data.len()
    } else {
        pystr::as_str(v).map_or(0, |s| s.chars().count())
    })
}

fn file_write(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let v = args
        .positional
        .get(1)
        .ok_or_else(|| type_error("write() takes exactly one argument (0 given)"))?;
    Ok(int::int_from_i64(write_data(f, v)? as i64))
}

fn file_writelines(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let v = args
        .positional
        .get(1)
        .ok_or_else(|| type_error("writelines() takes exactly one argument (0 given)"))?;
    for line in crate::vm::ops::collect(v)? {
        write_data(f, &line)?;
    }
    Ok(none_bool::none())
}

fn file_close(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let mut s = f.state.lock();
    if let Some(mut w) = s.writer.take() {
        let _ = w.flush();
    }
    s.closed = true;
    Ok(none_bool::none())
}

fn file_flush(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    if let Some(w) = f.state.lock().writer.as_mut() {
        let _ = w.flush();
    }
    Ok(none_bool::none())
}

fn file_enter(args: Args<'_>) -> PyResult<Value> {
    this(&args)?;
    Ok(args.positional[0].clone())
}

fn file_exit(args: Args<'_>) -> PyResult<Value> {
    file_close(Args::positional(&args.positional[..1]))?;
    Ok(none_bool::false_value())
}

/// Attributes of a file object.
pub fn file_attr(v: &Value, name: &str) -> Option<Value> {
    let f = FILE_TYPE.downcast(v)?;
    Some(match name {
        "name" => pystr::str_value(&f.name),
        "mode" => pystr::str_value(&f.mode),
        "closed" => none_bool::bool_value(f.state.lock().closed),
        _ => return None,
    })
}
