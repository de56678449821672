//! The process's standard streams as Python sees them: `sys.stdout`,
//! `sys.stderr` (buffered writers shared by all threads; `print` writes
//! here) and `sys.stdin`.

use std::io::{BufRead, Write};
use std::sync::OnceLock;

use parking_lot::Mutex;
use weft_runtime::object::alloc::drop_and_free;
use weft_runtime::object::native::{NativeType, Traverse};
use weft_runtime::types::{int, none_bool, str as pystr};
use weft_runtime::{Args, PyResult, TypeInfo, Value};

use crate::vm::errors::type_error;

fn stdout() -> &'static Mutex<std::io::BufWriter<std::io::Stdout>> {
    static OUT: OnceLock<Mutex<std::io::BufWriter<std::io::Stdout>>> = OnceLock::new();
    OUT.get_or_init(|| {
        Mutex::new(std::io::BufWriter::with_capacity(
            1 << 16,
            std::io::stdout(),
        ))
    })
}

/// Write to standard output (buffered).
pub fn write_stdout(s: &str) {
    let _ = stdout().lock().write_all(s.as_bytes());
}

/// Flush standard output.
pub fn flush_stdout() {
    let _ = stdout().lock().flush();
}

/// Write to standard error (unbuffered; stdout is flushed first so the two
/// interleave as they would on a terminal).
pub fn write_stderr(s: &str) {
    flush_stdout();
    let _ = std::io::stderr().write_all(s.as_bytes());
}

/// One line of standard input, `None` at end of file.
pub fn read_line() -> PyResult<Option<String>> {
    let mut line = String::new();
    let n = weft_runtime::thread::with_current(|t| {
        t.blocking(|| std::io::stdin().lock().read_line(&mut line))
    })
    .unwrap_or_else(|| std::io::stdin().lock().read_line(&mut line));
    match n {
        Ok(0) => Ok(None),
        Ok(_) => Ok(Some(line)),
        Err(e) => Err(crate::vm::errors::error("OSError", e.to_string())),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdin,
    Stdout,
    Stderr,
}

pub struct StreamObject {
    pub stream: Stream,
}

impl Traverse for StreamObject {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

pub static STREAM_TYPE: NativeType<StreamObject> = NativeType::new(TypeInfo {
    methods: &[
        ("write", stream_write),
        ("flush", stream_flush),
        ("readline", stream_readline),
        ("isatty", stream_isatty),
    ],
    ..TypeInfo::new("TextIOWrapper", drop_and_free::<()>)
});

/// The object for one of the standard streams.
pub fn stream(which: Stream) -> Value {
    STREAM_TYPE.alloc(StreamObject { stream: which })
}

/// Whether `v` is the standard output stream object.
pub fn is_stdout(v: &Value) -> bool {
    STREAM_TYPE
        .downcast(v)
        .is_some_and(|s| s.stream == Stream::Stdout)
}

fn this<'a>(args: &'a Args<'_>) -> PyResult<&'a StreamObject> {
    args.positional
        .first()
        .and_then(|v| STREAM_TYPE.downcast(v))
        .ok_or_else(|| type_error("a stream method needs a stream"))
}

fn stream_write(args: Args<'_>) -> PyResult<Value> {
    let s = this(&args)?;
    let text = args
        .positional
        .get(1)
        .ok_or_else(|| type_error("write() takes exactly one argument (0 given)"))?;
    let t = pystr::as_str(text).ok_or_else(|| {
        type_error(format!(
            "write() argument must be str, not {}",
            weft_runtime::types::typeobj::type_name_of(text)
        ))
    })?;
    match s.stream {
        Stream::Stdout => write_stdout(t),
        Stream::Stderr => write_stderr(t),
        Stream::Stdin => return Err(crate::vm::errors::error("OSError", "not writable")),
    }
    Ok(int::int_from_i64(t.chars().count() as i64))
}

fn stream_flush(args: Args<'_>) -> PyResult<Value> {
    if this(&args)?.stream == Stream::Stdout {
        flush_stdout();
    }
    Ok(none_bool::none())
}

fn stream_readline(args: Args<'_>) -> PyResult<Value> {
    this(&args)?;
    Ok(pystr::str_from_string(read_line()?.unwrap_or_default()))
}

fn stream_isatty(args: Args<'_>) -> PyResult<Value> {
    use std::io::IsTerminal;
    let s = this(&args)?;
    let tty = match s.stream {
        Stream::Stdin => std::io::stdin().is_terminal(),
        Stream::Stdout => std::io::stdout().is_terminal(),
        Stream::Stderr => std::io::stderr().is_terminal(),
    };
    Ok(none_bool::bool_value(tty))
}
