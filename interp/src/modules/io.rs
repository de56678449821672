//! `open()` and file objects, streamed as CPython 3.11's: a binary layer
//! (`BufferedReader`, `BufferedWriter`, `BufferedRandom`) with one read
//! buffer and one write buffer over the OS file, and the text layer
//! (`TextIOWrapper`) over the same state, which decodes what it takes from
//! the read buffer (ASCII-compatible codecs only: UTF-8, ASCII, Latin-1)
//! and translates newlines.
//!
//! Each object's state is behind one mutex, so every method call is atomic
//! with respect to the object. No Python code runs while it is held: the
//! methods take out bytes under the lock and build values and errors after
//! releasing it. Blocking system calls (and waiting for the lock) detach
//! the thread, so a read from a pipe never holds up a stop-the-world.
//!
//! Every open file is in a registry of weak references so that the
//! interpreter flushes pending writes at exit (`flush_all`); a file dropped
//! unclosed flushes too.

use std::borrow::Cow;
use std::fs::File;
use std::io::{IsTerminal, Read, Seek, SeekFrom, Write};
use std::os::fd::AsRawFd;
use std::sync::{Arc, Weak};

use parking_lot::{Mutex, MutexGuard};
use weft_runtime::object::alloc::drop_and_free;
use weft_runtime::object::native::{NativeType, Traverse};
use weft_runtime::types::{
    bytes, byteslike, codecs, exception, int, list::List, none_bool, str as pystr,
};
use weft_runtime::{Args, PyErr, PyResult, TypeInfo, Value};

use crate::vm::errors::{error, type_error};

/// The size of a read, and of the write buffer.
const BUFFER_SIZE: usize = 64 * 1024;
const WRITE_BUFFER: usize = 8192;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Newline {
    /// `None`: any of `\n`, `\r`, `\r\n` ends a line and reads as `\n`.
    Universal,
    /// `''`: any ends a line, none is translated.
    Untranslated,
    /// `'\n'`, `'\r'`, `'\r\n'`: only that ends a line; `\n` is written as it.
    Lf,
    Cr,
    CrLf,
}

struct State {
    /// `None` once closed.
    file: Option<File>,
    /// Bytes read from the OS and not yet consumed: `rbuf[rpos..]`.
    rbuf: Vec<u8>,
    rpos: usize,
    /// The last read returned end of file (cleared by the next fill).
    eof: bool,
    /// Bytes written and not yet passed to the OS.
    wbuf: Vec<u8>,
    /// Line endings seen by universal-newline reads (bits: \r, \n, \r\n).
    seen: u8,
    seekable: Option<bool>,
}

pub struct FileObject {
    name: Value,
    mode: String,
    binary: bool,
    readable: bool,
    writable: bool,
    append: bool,
    encoding: String,
    /// The encoding is UTF-8 (looked up once).
    utf8: bool,
    errors: String,
    newline: Newline,
    newline_arg: Option<String>,
    line_buffering: bool,
    state: Arc<Mutex<State>>,
}

impl Traverse for FileObject {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.name);
    }
}

const METHODS: &[(&str, weft_runtime::types::function::NativeFn)] = &[
    ("read", file_read),
    ("read1", file_read1),
    ("readline", file_readline),
    ("readlines", file_readlines),
    ("write", file_write),
    ("writelines", file_writelines),
    ("seek", file_seek),
    ("tell", file_tell),
    ("truncate", file_truncate),
    ("close", file_close),
    ("flush", file_flush),
    ("fileno", file_fileno),
    ("isatty", file_isatty),
    ("readable", file_readable),
    ("writable", file_writable),
    ("seekable", file_seekable),
    ("__enter__", file_enter),
    ("__exit__", file_exit),
    ("__iter__", file_iter),
    ("__next__", file_next),
    ("__repr__", file_repr),
];

pub static FILE_TYPE: NativeType<FileObject> = NativeType::new(TypeInfo {
    methods: METHODS,
    ..TypeInfo::new("TextIOWrapper", drop_and_free::<()>)
});
pub static READER_TYPE: NativeType<FileObject> = NativeType::new(TypeInfo {
    methods: METHODS,
    ..TypeInfo::new("BufferedReader", drop_and_free::<()>)
});
pub static WRITER_TYPE: NativeType<FileObject> = NativeType::new(TypeInfo {
    methods: METHODS,
    ..TypeInfo::new("BufferedWriter", drop_and_free::<()>)
});
pub static RANDOM_TYPE: NativeType<FileObject> = NativeType::new(TypeInfo {
    methods: METHODS,
    ..TypeInfo::new("BufferedRandom", drop_and_free::<()>)
});

/// The file object behind `v`, if it is one.
pub fn as_file(v: &Value) -> Option<&FileObject> {
    FILE_TYPE
        .downcast(v)
        .or_else(|| READER_TYPE.downcast(v))
        .or_else(|| WRITER_TYPE.downcast(v))
        .or_else(|| RANDOM_TYPE.downcast(v))
}

// ------------------------------------------------------------ registry

fn registry() -> &'static Mutex<(Vec<Weak<Mutex<State>>>, usize)> {
    static OPEN: std::sync::OnceLock<Mutex<(Vec<Weak<Mutex<State>>>, usize)>> =
        std::sync::OnceLock::new();
    OPEN.get_or_init(|| Mutex::new((Vec::new(), 64)))
}

fn register(state: &Arc<Mutex<State>>) {
    let mut r = registry().lock();
    if r.0.len() >= r.1 {
        r.0.retain(|w| w.strong_count() > 0);
        r.1 = (r.0.len() * 2).max(64);
    }
    r.0.push(Arc::downgrade(state));
}

/// Flush every open file's pending writes (at interpreter exit).
pub fn flush_all() {
    let files: Vec<_> = registry()
        .lock()
        .0
        .iter()
        .filter_map(Weak::upgrade)
        .collect();
    for f in files {
        let mut s = lock(&f);
        let _ = s.flush_writes();
    }
}

impl Drop for State {
    fn drop(&mut self) {
        let _ = self.flush_writes();
    }
}

// ------------------------------------------------------------ blocking

/// Run `f` with the thread detached (it may block).
fn blocking<R>(f: impl FnOnce() -> R) -> R {
    let mut f = Some(f);
    let mut out = None;
    weft_runtime::thread::with_current(|t| {
        let g = f.take().expect("once");
        out = Some(t.blocking(g));
    });
    match out {
        Some(r) => r,
        None => (f.take().expect("once"))(),
    }
}

fn lock(m: &Mutex<State>) -> MutexGuard<'_, State> {
    match m.try_lock() {
        Some(g) => g,
        None => blocking(|| m.lock()),
    }
}

// ------------------------------------------------------------ errors

/// An error found under the lock, made into a Python exception after.
enum Fail {
    Io(std::io::Error),
    Closed(&'static str),
    Unsupported(&'static str),
    Value(String),
}

type FResult<T> = Result<T, Fail>;

impl From<std::io::Error> for Fail {
    fn from(e: std::io::Error) -> Fail {
        Fail::Io(e)
    }
}

fn unsupported(message: &str) -> PyErr {
    let class = crate::vm::import::import_module("io")
        .and_then(|m| crate::vm::attr::getattr(&m, &pystr::str_value("UnsupportedOperation")));
    match class {
        Ok(c) => PyErr::Object(exception::new_exception(
            &c,
            vec![pystr::str_value(message)],
        )),
        Err(e) => e,
    }
}

fn io_error(e: &std::io::Error) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        return error("OSError", e.to_string());
    };
    let text = e.to_string();
    let strerror = text
        .strip_suffix(&format!(" (os error {errno})"))
        .unwrap_or(&text)
        .to_string();
    let Some(class) = exception::exception_class("OSError") else {
        return error("OSError", text);
    };
    let args = [
        int::int_from_i64(i64::from(errno)),
        pystr::str_from_string(strerror),
    ];
    match weft_runtime::protocol::call(&class, &args) {
        Ok(exc) => PyErr::Object(exc),
        Err(e) => e,
    }
}

impl Fail {
    fn into_py(self) -> PyErr {
        match self {
            Fail::Io(e) => io_error(&e),
            Fail::Closed(m) => error("ValueError", m),
            Fail::Unsupported(m) => unsupported(m),
            Fail::Value(m) => error("ValueError", m),
        }
    }
}

fn py<T>(r: FResult<T>) -> PyResult<T> {
    r.map_err(Fail::into_py)
}

// ------------------------------------------------------------ the buffers

impl State {
    fn file(&self, closed: &'static str) -> FResult<&File> {
        self.file.as_ref().ok_or(Fail::Closed(closed))
    }

    fn unread(&self) -> usize {
        self.rbuf.len() - self.rpos
    }

    fn avail(&self) -> &[u8] {
        &self.rbuf[self.rpos..]
    }

    /// Pass pending writes to the OS.
    fn flush_writes(&mut self) -> std::io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let Some(f) = self.file.as_ref() else {
            return Ok(());
        };
        let data = std::mem::take(&mut self.wbuf);
        let mut f = f;
        let r = blocking(|| f.write_all(&data));
        r
    }

    /// Drop what was read ahead, moving the OS position back to the
    /// logical one (before a write or a seek).
    fn drop_read_ahead(&mut self) -> std::io::Result<()> {
        let n = self.unread();
        if n > 0 && self.is_seekable() {
            if let Some(mut f) = self.file.as_ref() {
                f.seek(SeekFrom::Current(-(n as i64)))?;
            }
        }
        self.rbuf.clear();
        self.rpos = 0;
        Ok(())
    }

    fn is_seekable(&mut self) -> bool {
        if let Some(s) = self.seekable {
            return s;
        }
        let s = self
            .file
            .as_ref()
            .is_some_and(|mut f| f.stream_position().is_ok());
        self.seekable = Some(s);
        s
    }

    /// One read from the OS appended to the buffer; false at end of file.
    fn fill(&mut self) -> std::io::Result<bool> {
        self.flush_writes()?;
        if self.rpos > 0 && self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        } else if self.rpos > BUFFER_SIZE {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let Some(f) = self.file.as_ref() else {
            return Ok(false);
        };
        let old = self.rbuf.len();
        self.rbuf.resize(old + BUFFER_SIZE, 0);
        let buf = &mut self.rbuf[old..];
        let mut f = f;
        let r = blocking(|| loop {
            match f.read(buf) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                r => break r,
            }
        });
        let n = match r {
            Ok(n) => n,
            Err(e) => {
                self.rbuf.truncate(old);
                return Err(e);
            }
        };
        self.rbuf.truncate(old + n);
        self.eof = n == 0;
        Ok(n > 0)
    }

    /// Make `k` bytes available unless the file ends first.
    fn ensure(&mut self, k: usize) -> std::io::Result<()> {
        while self.unread() < k {
            if !self.fill()? {
                break;
            }
        }
        Ok(())
    }

    fn take(&mut self, n: usize) -> Vec<u8> {
        let out = self.rbuf[self.rpos..self.rpos + n].to_vec();
        self.rpos += n;
        out
    }

    /// Everything to end of file.
    fn read_all(&mut self) -> std::io::Result<Vec<u8>> {
        while self.fill()? {}
        let n = self.unread();
        Ok(self.take(n))
    }

    fn write(&mut self, data: &[u8], append: bool) -> std::io::Result<()> {
        if self.unread() > 0 || !self.rbuf.is_empty() {
            self.drop_read_ahead()?;
        }
        let _ = append;
        if self.wbuf.len() + data.len() > WRITE_BUFFER {
            self.flush_writes()?;
        }
        if data.len() >= WRITE_BUFFER {
            if let Some(f) = self.file.as_ref() {
                let mut f = f;
                blocking(|| f.write_all(data))?;
            }
        } else {
            self.wbuf.extend_from_slice(data);
        }
        Ok(())
    }

    /// The logical position.
    fn tell(&mut self) -> std::io::Result<u64> {
        let Some(mut f) = self.file.as_ref() else {
            return Ok(0);
        };
        let os = f.stream_position()?;
        Ok((os + self.wbuf.len() as u64).saturating_sub(self.unread() as u64))
    }

    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        self.flush_writes()?;
        let to = match to {
            SeekFrom::Current(d) => SeekFrom::Current(d - self.unread() as i64),
            other => other,
        };
        let Some(mut f) = self.file.as_ref() else {
            return Ok(0);
        };
        let p = f.seek(to)?;
        self.rbuf.clear();
        self.rpos = 0;
        self.eof = false;
        Ok(p)
    }
}

// ------------------------------------------------------------ open

fn kwarg(args: &Args<'_>, name: &str) -> Option<Value> {
    args.keywords
        .iter()
        .find(|(k, _)| pystr::as_str(k) == Some(name))
        .map(|(_, v)| v.clone())
}

fn opt_str(v: Option<Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) if none_bool::is_none(&v) => Ok(None),
        Some(v) => match pystr::as_str(&v) {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(type_error(format!(
                "open() argument '{what}' must be str or None, not {}",
                weft_runtime::types::typeobj::type_name_of(&v)
            ))),
        },
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`.
pub fn open(args: Args<'_>) -> PyResult<Value> {
    const NAMES: [&str; 8] = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    let arg = |i: usize| {
        args.positional
            .get(i)
            .cloned()
            .or_else(|| kwarg(&args, NAMES[i]))
    };
    for (k, _) in args.keywords.iter() {
        let k = pystr::as_str(k).unwrap_or("");
        if !NAMES.contains(&k) {
            return Err(type_error(format!(
                "open() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    if args.positional.len() > NAMES.len() {
        return Err(type_error(format!(
            "open() takes at most 8 arguments ({} given)",
            args.positional.len()
        )));
    }
    let file =
        arg(0).ok_or_else(|| type_error("open() missing required argument 'file' (pos 1)"))?;
    let path: String = if let Some(s) = pystr::as_str(&file) {
        s.to_string()
    } else if let Some(b) = bytes::as_bytes(&file) {
        String::from_utf8_lossy(b).into_owned()
    } else {
        return Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            weft_runtime::types::typeobj::type_name_of(&file)
        )));
    };
    let mode = match arg(1) {
        None => "r".to_string(),
        Some(m) => pystr::as_str(&m)
            .ok_or_else(|| {
                type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    weft_runtime::types::typeobj::type_name_of(&m)
                ))
            })?
            .to_string(),
    };
    let buffering = match arg(2) {
        None => -1,
        Some(b) => int::as_int(&b)
            .and_then(|n| n.to_i64())
            .ok_or_else(|| type_error("'buffering' must be an integer"))?,
    };
    let encoding = opt_str(arg(3), "encoding")?;
    let errors = opt_str(arg(4), "errors")?;
    let newline = opt_str(arg(5), "newline")?;

    // The mode, with CPython's checks in its order.
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwaxbt+".contains(c) || seen.contains(c) {
            return Err(error("ValueError", format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
    }
    let kinds = mode.chars().filter(|c| "rwax".contains(*c)).count();
    let plus = mode.contains('+');
    let binary = mode.contains('b');
    if binary && mode.contains('t') {
        return Err(error(
            "ValueError",
            "can't have text and binary mode at once",
        ));
    }
    if kinds > 1 {
        return Err(error(
            "ValueError",
            "must have exactly one of create/read/write/append mode",
        ));
    }
    if kinds == 0 {
        return Err(error(
            "ValueError",
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    let kind = mode
        .chars()
        .find(|c| "rwax".contains(*c))
        .expect("one kind");
    if binary && encoding.is_some() {
        return Err(error(
            "ValueError",
            "binary mode doesn't take an encoding argument",
        ));
    }
    if binary && errors.is_some() {
        return Err(error(
            "ValueError",
            "binary mode doesn't take an errors argument",
        ));
    }
    if binary && newline.is_some() {
        return Err(error(
            "ValueError",
            "binary mode doesn't take a newline argument",
        ));
    }
    if !binary && buffering == 0 {
        return Err(error("ValueError", "can't have unbuffered text I/O"));
    }
    let nl = match newline.as_deref() {
        None => Newline::Universal,
        Some("") => Newline::Untranslated,
        Some("\n") => Newline::Lf,
        Some("\r") => Newline::Cr,
        Some("\r\n") => Newline::CrLf,
        Some(other) => {
            return Err(error(
                "ValueError",
                format!("illegal newline value: {other}"),
            ));
        }
    };
    let enc_name = encoding.clone().unwrap_or_else(|| "UTF-8".to_string());
    if !binary {
        let codec = codecs::lookup(&enc_name)?;
        if !matches!(
            codec,
            codecs::Codec::Utf8 | codecs::Codec::Ascii | codecs::Codec::Latin1
        ) {
            return Err(error(
                "LookupError",
                format!("text files in encoding '{enc_name}' are not supported"),
            ));
        }
    }

    let mut opts = std::fs::OpenOptions::new();
    match kind {
        'r' => opts.read(true).write(plus),
        'w' => opts.write(true).read(plus).create(true).truncate(true),
        'a' => opts.append(true).read(plus).create(true),
        _ => opts.write(true).read(plus).create_new(true),
    };
    let file = blocking(|| opts.open(&path)).map_err(|e| super::os_error::from_io(&e, &path))?;
    // Opening a directory for reading succeeds at the OS level.
    if let Ok(md) = file.metadata() {
        if md.is_dir() {
            let e = std::io::Error::from_raw_os_error(21);
            return Err(super::os_error::from_io(&e, &path));
        }
    }
    let mut file = file;
    if kind == 'a' {
        let _ = file.seek(SeekFrom::End(0));
    }
    let tty = file.is_terminal();
    let state = Arc::new(Mutex::new(State {
        file: Some(file),
        rbuf: Vec::new(),
        rpos: 0,
        eof: false,
        wbuf: Vec::new(),
        seen: 0,
        seekable: None,
    }));
    register(&state);
    let readable = kind == 'r' || plus;
    let writable = kind != 'r' || plus;
    let shown_mode = if binary {
        let k = if plus && kind == 'w' { 'r' } else { kind };
        format!("{k}b{}", if plus { "+" } else { "" })
    } else {
        mode.clone()
    };
    let obj = FileObject {
        name: file_name(&args),
        mode: shown_mode,
        binary,
        readable,
        writable,
        append: kind == 'a',
        utf8: matches!(codecs::lookup(&enc_name), Ok(codecs::Codec::Utf8)),
        encoding: enc_name,
        errors: errors.unwrap_or_else(|| "strict".to_string()),
        newline: nl,
        newline_arg: newline,
        line_buffering: !binary && (buffering == 1 || tty),
        state,
    };
    Ok(if !binary {
        FILE_TYPE.alloc(obj)
    } else if readable && writable {
        RANDOM_TYPE.alloc(obj)
    } else if readable {
        READER_TYPE.alloc(obj)
    } else {
        WRITER_TYPE.alloc(obj)
    })
}

fn file_name(args: &Args<'_>) -> Value {
    args.positional
        .first()
        .cloned()
        .or_else(|| kwarg(args, "file"))
        .unwrap_or_else(none_bool::none)
}

// ------------------------------------------------------------ methods

fn this<'a>(args: &'a Args<'_>) -> PyResult<&'a FileObject> {
    args.positional
        .first()
        .and_then(as_file)
        .ok_or_else(|| type_error("a file method needs a file"))
}

/// The message for an operation on a closed file: the text layer says one
/// thing for all, the binary layer names some operations.
fn closed_msg(f: &FileObject, op: &'static str) -> &'static str {
    if matches!(
        op,
        "fileno" | "isatty" | "readable" | "writable" | "seekable"
    ) {
        return "I/O operation on closed file";
    }
    if !f.binary {
        return "I/O operation on closed file.";
    }
    match op {
        "read" => "read of closed file",
        "readline" => "readline of closed file",
        "write" => "write to closed file",
        "seek" => "seek of closed file",
        "flush" => "flush of closed file",
        "truncate" => "truncate of closed file",
        "iter" => "I/O operation on closed file.",
        _ => "I/O operation on closed file",
    }
}

fn size_arg(args: &Args<'_>, i: usize, name: &str) -> PyResult<Option<usize>> {
    let v = args
        .positional
        .get(i)
        .cloned()
        .or_else(|| kwarg(args, name));
    match v {
        None => Ok(None),
        Some(v) if none_bool::is_none(&v) => Ok(None),
        Some(v) => {
            let n = int::as_int(&v).and_then(|n| n.to_i64()).ok_or_else(|| {
                type_error(format!(
                    "argument should be integer or None, not '{}'",
                    weft_runtime::types::typeobj::type_name_of(&v)
                ))
            })?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn check_readable(f: &FileObject, s: &State, op: &'static str) -> FResult<()> {
    s.file(closed_msg(f, op))?;
    if !f.readable {
        return Err(Fail::Unsupported(if f.binary {
            op
        } else {
            "not readable"
        }));
    }
    Ok(())
}

/// Decoded text, newlines translated as the file says.
fn decode(f: &FileObject, data: &[u8]) -> PyResult<Value> {
    let s: Cow<'_, str> = match std::str::from_utf8(data) {
        Ok(s) if f.encoding_is_utf8_or_ascii_ok(data) => Cow::Borrowed(s),
        _ => {
            let v = codecs::decode(data, &f.encoding, &f.errors)?;
            Cow::Owned(pystr::as_str(&v).unwrap_or("").to_string())
        }
    };
    if f.newline == Newline::Universal && s.contains('\r') {
        return Ok(pystr::str_from_string(
            s.replace("\r\n", "\n").replace('\r', "\n"),
        ));
    }
    Ok(match s {
        Cow::Borrowed(s) => pystr::str_value(s),
        Cow::Owned(s) => pystr::str_from_string(s),
    })
}

impl FileObject {
    fn encoding_is_utf8_or_ascii_ok(&self, data: &[u8]) -> bool {
        // Valid UTF-8 is the answer for UTF-8, and for the others when it is
        // plain ASCII.
        self.utf8 || data.is_ascii()
    }

    fn make(&self, data: Vec<u8>) -> PyResult<Value> {
        if self.binary {
            Ok(bytes::bytes_new(data))
        } else {
            decode(self, &data)
        }
    }

    fn universal(&self) -> bool {
        !self.binary && matches!(self.newline, Newline::Universal | Newline::Untranslated)
    }
}

/// Length of the UTF-8 sequence a lead byte starts.
fn seq_len(b: u8) -> usize {
    match b {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

/// Bytes for `n` characters of text (newline pairs counting as one in
/// universal mode), or to end of file.
fn take_chars(f: &FileObject, s: &mut State, n: usize) -> std::io::Result<Vec<u8>> {
    let utf8 = f.utf8;
    let mut i = 0;
    let mut count = 0;
    while count < n {
        s.ensure(i + 1)?;
        let av = s.avail();
        if i >= av.len() {
            break;
        }
        let b = av[i];
        let mut len = if utf8 { seq_len(b) } else { 1 };
        if b == b'\r' && f.newline == Newline::Universal {
            s.ensure(i + 2)?;
            if s.avail().get(i + 1) == Some(&b'\n') {
                len = 2;
            }
        }
        s.ensure(i + len)?;
        i = (i + len).min(s.unread());
        count += 1;
    }
    Ok(s.take(i))
}

/// The length of the next line in the buffer, filling as needed; `limit`
/// counts characters (text) or bytes.
fn line_len(f: &FileObject, s: &mut State, limit: Option<usize>) -> std::io::Result<usize> {
    let any_end = f.universal();
    let cr_end = f.newline == Newline::Cr;
    let crlf = f.newline == Newline::CrLf;
    let utf8 = !f.binary && f.utf8;
    if limit.is_none() {
        // Fast path: search for the end byte.
        let mut from = 0;
        loop {
            let av = s.avail();
            let hit = av[from..].iter().position(|&b| {
                if any_end {
                    b == b'\n' || b == b'\r'
                } else if cr_end {
                    b == b'\r'
                } else {
                    b == b'\n'
                }
            });
            match hit {
                Some(p) => {
                    let at = from + p;
                    if crlf && (at == 0 || av[at - 1] != b'\r') {
                        from = at + 1;
                        continue;
                    }
                    if any_end && av[at] == b'\r' {
                        s.ensure(at + 2)?;
                        if s.avail().get(at + 1) == Some(&b'\n') {
                            return Ok(at + 2);
                        }
                    }
                    return Ok(at + 1);
                }
                None => {
                    from = av.len();
                    if !s.fill()? {
                        return Ok(s.unread());
                    }
                }
            }
        }
    }
    let limit = limit.unwrap_or(usize::MAX);
    let mut i = 0;
    let mut count = 0;
    while count < limit {
        s.ensure(i + 1)?;
        let av = s.avail();
        if i >= av.len() {
            break;
        }
        let b = av[i];
        let len = if utf8 { seq_len(b) } else { 1 };
        s.ensure(i + len)?;
        let end = (i + len).min(s.unread());
        count += 1;
        if b == b'\n' && (any_end || !cr_end && !crlf || crlf && i > 0 && s.avail()[i - 1] == b'\r')
        {
            return Ok(end);
        }
        if b == b'\r' && (any_end || cr_end) {
            if any_end && count < limit {
                s.ensure(i + 2)?;
                if s.avail().get(i + 1) == Some(&b'\n') {
                    return Ok(i + 2);
                }
            }
            return Ok(end);
        }
        i = end;
    }
    Ok(i)
}

fn note_newlines(s: &mut State, line: &[u8]) {
    if line.ends_with(b"\r\n") {
        s.seen |= 4;
    } else if line.ends_with(b"\r") {
        s.seen |= 1;
    } else if line.ends_with(b"\n") {
        s.seen |= 2;
    }
}

/// The line endings in `data` (a universal-newline read).
fn note_all_newlines(s: &mut State, data: &[u8]) {
    let mut i = 0;
    while i < data.len() {
        match data[i] {
            b'\r' if data.get(i + 1) == Some(&b'\n') => {
                s.seen |= 4;
                i += 1;
            }
            b'\r' => s.seen |= 1,
            b'\n' => s.seen |= 2,
            _ => {}
        }
        i += 1;
    }
}

fn read_line_bytes(f: &FileObject, limit: Option<usize>, op: &'static str) -> PyResult<Vec<u8>> {
    let mut s = lock(&f.state);
    py((|| {
        check_readable(f, &s, op)?;
        let n = line_len(f, &mut s, limit)?;
        let line = s.take(n);
        if f.newline == Newline::Universal {
            note_newlines(&mut s, &line);
        }
        Ok(line)
    })())
}

fn file_read(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let n = size_arg(&args, 1, "size")?;
    let data = {
        let mut s = lock(&f.state);
        let r: FResult<Vec<u8>> = (|| {
            check_readable(f, &s, "read")?;
            Ok(match n {
                None => s.read_all()?,
                Some(n) if f.binary => {
                    s.ensure(n)?;
                    let k = n.min(s.unread());
                    s.take(k)
                }
                Some(n) => take_chars(f, &mut s, n)?,
            })
        })();
        let data = py(r)?;
        if !f.binary && f.newline == Newline::Universal {
            note_all_newlines(&mut s, &data);
        }
        data
    };
    f.make(data)
}

fn file_read1(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    if !f.binary {
        return Err(error(
            "AttributeError",
            "'_io.TextIOWrapper' object has no attribute 'read1'",
        ));
    }
    let n = size_arg(&args, 1, "size")?;
    let data = {
        let mut s = lock(&f.state);
        py((|| {
            check_readable(f, &s, "read1")?;
            if s.unread() == 0 {
                s.fill()?;
            }
            let k = n.unwrap_or(usize::MAX).min(s.unread());
            Ok(s.take(k))
        })())?
    };
    Ok(bytes::bytes_new(data))
}

fn file_readline(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let limit = size_arg(&args, 1, "size")?;
    let line = read_line_bytes(f, limit, "readline")?;
    f.make(line)
}

fn file_readlines(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let hint = size_arg(&args, 1, "hint")?.filter(|h| *h > 0);
    if as_closed(f) {
        return Err(error("ValueError", "I/O operation on closed file."));
    }
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = read_line_bytes(f, None, "readline")?;
        if line.is_empty() {
            break;
        }
        let v = f.make(line)?;
        total += if f.binary {
            bytes::bytes_len(&v).unwrap_or(0)
        } else {
            pystr::as_str(&v).map_or(0, |s| s.chars().count())
        };
        lines.push(v);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(List::new(lines))
}

fn as_closed(f: &FileObject) -> bool {
    lock(&f.state).file.is_none()
}

fn file_iter(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    if as_closed(f) {
        return Err(error("ValueError", "I/O operation on closed file."));
    }
    Ok(args.positional[0].clone())
}

fn file_next(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let line = read_line_bytes(f, None, "readline")?;
    if line.is_empty() {
        return Err(crate::vm::generator::stop_iteration(none_bool::none()));
    }
    f.make(line)
}

/// The bytes `write` passes on, and the count it returns.
fn encode_for_write<'a>(f: &FileObject, v: &'a Value) -> PyResult<(Cow<'a, [u8]>, usize)> {
    if f.binary {
        if pystr::as_str(v).is_some() {
            return Err(type_error("a bytes-like object is required, not 'str'"));
        }
        let b = byteslike::buffer(v).ok_or_else(|| {
            type_error(format!(
                "a bytes-like object is required, not '{}'",
                weft_runtime::types::typeobj::type_name_of(v)
            ))
        })?;
        let n = b.len();
        return Ok((b, n));
    }
    let text = pystr::as_str(v).ok_or_else(|| {
        type_error(format!(
            "write() argument must be str, not {}",
            weft_runtime::types::typeobj::type_name_of(v)
        ))
    })?;
    let count = text.chars().count();
    let text: Cow<'_, str> = match f.newline {
        Newline::Cr if text.contains('\n') => Cow::Owned(text.replace('\n', "\r")),
        Newline::CrLf if text.contains('\n') => Cow::Owned(text.replace('\n', "\r\n")),
        _ => Cow::Borrowed(text),
    };
    let data: Vec<u8> = if f.utf8 || text.is_ascii() {
        text.as_bytes().to_vec()
    } else {
        let b = codecs::encode(&text, &f.encoding, &f.errors)?;
        bytes::as_bytes(&b).unwrap_or(b"").to_vec()
    };
    Ok((Cow::Owned(data), count))
}

fn write_value(f: &FileObject, v: &Value) -> PyResult<usize> {
    {
        let s = lock(&f.state);
        py(s.file(closed_msg(f, "write")).map(|_| ()))?;
    }
    let (data, count) = encode_for_write(f, v)?;
    let mut s = lock(&f.state);
    py((|| {
        s.file(closed_msg(f, "write"))?;
        if !f.writable {
            return Err(Fail::Unsupported(if f.binary {
                "write"
            } else {
                "not writable"
            }));
        }
        s.write(&data, f.append)?;
        if f.line_buffering && data.contains(&b'\n') {
            s.flush_writes()?;
        }
        Ok(())
    })())?;
    Ok(count)
}

fn file_write(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let v = args
        .positional
        .get(1)
        .ok_or_else(|| type_error("write() takes exactly one argument (0 given)"))?;
    Ok(int::int_from_i64(write_value(f, v)? as i64))
}

fn file_writelines(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let v = args
        .positional
        .get(1)
        .ok_or_else(|| type_error("writelines() takes exactly one argument (0 given)"))?;
    if as_closed(f) {
        return Err(error("ValueError", "I/O operation on closed file."));
    }
    for line in crate::vm::ops::collect(v)? {
        write_value(f, &line)?;
    }
    Ok(none_bool::none())
}

fn int_arg(v: &Value) -> PyResult<i64> {
    int::as_int(v).and_then(|n| n.to_i64()).ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            weft_runtime::types::typeobj::type_name_of(v)
        ))
    })
}

fn file_seek(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let off = args
        .positional
        .get(1)
        .cloned()
        .or_else(|| kwarg(&args, "cookie"))
        .or_else(|| kwarg(&args, "offset"))
        .ok_or_else(|| type_error("seek expected at least 1 argument, got 0"))?;
    let off = int_arg(&off)?;
    let whence = match args
        .positional
        .get(2)
        .cloned()
        .or_else(|| kwarg(&args, "whence"))
    {
        Some(w) => int_arg(&w)?,
        None => 0,
    };
    let mut s = lock(&f.state);
    let p = py((|| {
        s.file(closed_msg(f, "seek"))?;
        if !(0..=2).contains(&whence) {
            return Err(Fail::Value(format!(
                "invalid whence ({whence}, should be 0, 1 or 2)"
            )));
        }
        if !f.binary {
            if whence == 1 && off != 0 {
                return Err(Fail::Unsupported("can't do nonzero cur-relative seeks"));
            }
            if whence == 2 && off != 0 {
                return Err(Fail::Unsupported("can't do nonzero end-relative seeks"));
            }
            if whence == 0 && off < 0 {
                return Err(Fail::Value(format!("negative seek position {off}")));
            }
        }
        let to = match whence {
            0 => {
                if off < 0 {
                    return Err(Fail::Io(std::io::Error::from_raw_os_error(22)));
                }
                SeekFrom::Start(off as u64)
            }
            1 => SeekFrom::Current(off),
            _ => SeekFrom::End(off),
        };
        Ok(s.seek(to)?)
    })())?;
    Ok(int::int_from_i64(p as i64))
}

fn file_tell(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let mut s = lock(&f.state);
    let p = py((|| {
        s.file(closed_msg(f, "tell"))?;
        Ok(s.tell()?)
    })())?;
    Ok(int::int_from_i64(p as i64))
}

fn file_truncate(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let size = match args
        .positional
        .get(1)
        .cloned()
        .or_else(|| kwarg(&args, "size"))
    {
        Some(v) if !none_bool::is_none(&v) => Some(int_arg(&v)?),
        _ => None,
    };
    let mut s = lock(&f.state);
    let n = py((|| {
        s.file(closed_msg(f, "truncate"))?;
        if !f.writable {
            return Err(Fail::Unsupported(if f.binary {
                "truncate"
            } else {
                "not writable"
            }));
        }
        let pos = s.tell()?;
        let size = match size {
            None => pos,
            Some(n) if n < 0 => return Err(Fail::Io(std::io::Error::from_raw_os_error(22))),
            Some(n) => n as u64,
        };
        s.flush_writes()?;
        s.drop_read_ahead()?;
        s.file("")?.set_len(size)?;
        Ok(size)
    })())?;
    Ok(int::int_from_i64(n as i64))
}

fn file_close(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let mut s = lock(&f.state);
    if s.file.is_none() {
        return Ok(none_bool::none());
    }
    let r = s.flush_writes();
    s.wbuf.clear();
    s.file = None;
    s.rbuf = Vec::new();
    s.rpos = 0;
    drop(s);
    r.map_err(|e| io_error(&e))?;
    Ok(none_bool::none())
}

fn file_flush(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let mut s = lock(&f.state);
    py((|| {
        s.file(closed_msg(f, "flush"))?;
        Ok(s.flush_writes()?)
    })())?;
    Ok(none_bool::none())
}

fn file_fileno(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let s = lock(&f.state);
    let fd = py(s.file(closed_msg(f, "fileno")).map(|f| f.as_raw_fd()))?;
    Ok(int::int_from_i64(i64::from(fd)))
}

fn file_isatty(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let s = lock(&f.state);
    let t = py(s.file(closed_msg(f, "isatty")).map(|f| f.is_terminal()))?;
    Ok(none_bool::bool_value(t))
}

fn file_readable(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let s = lock(&f.state);
    py(s.file(closed_msg(f, "readable")).map(|_| ()))?;
    Ok(none_bool::bool_value(f.readable))
}

fn file_writable(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let s = lock(&f.state);
    py(s.file(closed_msg(f, "writable")).map(|_| ()))?;
    Ok(none_bool::bool_value(f.writable))
}

fn file_seekable(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let mut s = lock(&f.state);
    py(s.file(closed_msg(f, "seekable")).map(|_| ()))?;
    Ok(none_bool::bool_value(s.is_seekable()))
}

fn file_enter(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    if as_closed(f) {
        return Err(error("ValueError", "I/O operation on closed file."));
    }
    Ok(args.positional[0].clone())
}

fn file_exit(args: Args<'_>) -> PyResult<Value> {
    file_close(Args::positional(&args.positional[..1]))?;
    Ok(none_bool::none())
}

fn file_repr(args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let name = crate::vm::ops::repr_of(&f.name)?;
    let closed = as_closed(f);
    let text = if f.binary {
        let kind = if f.readable && f.writable {
            "BufferedRandom"
        } else if f.readable {
            "BufferedReader"
        } else {
            "BufferedWriter"
        };
        format!("<_io.{kind} name={name}>")
    } else if closed {
        format!(
            "<_io.TextIOWrapper name={name} mode='{}' encoding='{}'>",
            f.mode, f.encoding
        )
    } else {
        format!(
            "<_io.TextIOWrapper name={name} mode='{}' encoding='{}'>",
            f.mode, f.encoding
        )
    };
    Ok(pystr::str_from_string(text))
}

/// Attributes of a file object.
pub fn file_attr(v: &Value, name: &str) -> Option<Value> {
    let f = as_file(v)?;
    Some(match name {
        "name" => f.name.clone(),
        "mode" => pystr::str_value(&f.mode),
        "closed" => none_bool::bool_value(as_closed(f)),
        "encoding" if !f.binary => pystr::str_value(&f.encoding),
        "errors" if !f.binary => pystr::str_value(&f.errors),
        "line_buffering" if !f.binary => none_bool::bool_value(f.line_buffering),
        "newlines" if !f.binary => {
            let seen = lock(&f.state).seen;
            let mut kinds = Vec::new();
            if seen & 1 != 0 {
                kinds.push(pystr::str_value("\r"));
            }
            if seen & 2 != 0 {
                kinds.push(pystr::str_value("\n"));
            }
            if seen & 4 != 0 {
                kinds.push(pystr::str_value("\r\n"));
            }
            match kinds.len() {
                0 => none_bool::none(),
                1 => kinds.pop().expect("one"),
                _ => weft_runtime::types::tuple::tuple_new(kinds),
            }
        }
        _ => {
            let _ = &f.newline_arg;
            return None;
        }
    })
}
