//! `_thread`: OS threads running Python callables in parallel (each with its
//! own thread state in the same interpreter), and the locks `threading` is
//! built on. Every wait detaches the thread (`ThreadState::blocking`), so a
//! stop-the-world or a merge never waits for a blocked thread.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};
use weft_runtime::object::alloc::drop_and_free;
use weft_runtime::object::native::{NativeType, Traverse};
use weft_runtime::types::function::NativeFn;
use weft_runtime::types::{dict::Dict, float, int, none_bool, str as pystr, tuple, typeobj};
use weft_runtime::{protocol, Args, PyResult, ThreadState, TypeInfo, Value};

use crate::vm::errors::{error, type_error};
use crate::vm::objects::{module_set, module_with_functions};

/// Native stack of a Python thread (deep recursion stops at the recursion
/// limit or the stack guard long before this runs out).
const THREAD_STACK: usize = 64 << 20;

/// What `stack_size()` was last given.
static STACK_SIZE: AtomicUsize = AtomicUsize::new(0);

/// Python threads started and not yet finished.
static RUNNING: AtomicUsize = AtomicUsize::new(0);

/// Run `f` detached from the runtime (a blocking wait).
fn blocking<R>(f: impl FnOnce() -> R) -> R {
    let mut f = Some(f);
    let mut run = || (f.take().expect("run once"))();
    match weft_runtime::thread::with_current(|t| t.blocking(&mut run)) {
        Some(r) => r,
        None => run(),
    }
}

// ------------------------------------------------------------ locks

/// A lock: `allocate_lock()` / `LockType`, and `RLock` when `reentrant`
/// (one struct, two Python types).
pub struct Lock {
    /// (owner thread id or 0, recursion count).
    state: Mutex<(usize, usize)>,
    released: Condvar,
    reentrant: bool,
}

impl Traverse for Lock {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
}

pub static LOCK_TYPE: NativeType<Lock> = NativeType::new(TypeInfo {
    methods: &[
        ("acquire", lock_acquire),
        ("acquire_lock", lock_acquire),
        ("release", lock_release),
        ("release_lock", lock_release),
        ("locked", lock_locked),
        ("locked_lock", lock_locked),
        ("__enter__", lock_enter),
        ("__exit__", lock_exit),
        ("__repr__", lock_repr),
    ],
    ..TypeInfo::new("lock", drop_and_free::<()>)
});

pub static RLOCK_TYPE: NativeType<Lock> = NativeType::new(TypeInfo {
    methods: &[
        ("acquire", lock_acquire),
        ("release", lock_release),
        ("__enter__", lock_enter),
        ("__exit__", lock_exit),
        ("__repr__", lock_repr),
        ("_is_owned", lock_is_owned),
        ("_recursion_count", rlock_recursion_count),
        ("_release_save", rlock_release_save),
        ("_acquire_restore", rlock_acquire_restore),
    ],
    ..TypeInfo::new("RLock", drop_and_free::<()>)
});

fn new_lock(reentrant: bool) -> Value {
    let lock = Lock {
        state: Mutex::new((0, 0)),
        released: Condvar::new(),
        reentrant,
    };
    if reentrant {
        RLOCK_TYPE.alloc(lock)
    } else {
        LOCK_TYPE.alloc(lock)
    }
}

fn this_lock<'a>(args: &'a Args<'_>) -> PyResult<&'a Lock> {
    args.positional
        .first()
        .and_then(|v| LOCK_TYPE.downcast(v).or_else(|| RLOCK_TYPE.downcast(v)))
        .ok_or_else(|| type_error("a lock method needs a lock"))
}

fn me() -> usize {
    weft_runtime::thread::current_tid()
}

impl Lock {
    /// Try to take the lock for thread `tid` under the state guard.
    fn try_take(&self, state: &mut (usize, usize), tid: usize) -> bool {
        if state.1 == 0 {
            *state = (tid, 1);
            true
        } else if self.reentrant && state.0 == tid {
            state.1 += 1;
            true
        } else {
            false
        }
    }

    fn acquire(&self, blocking_wait: bool, timeout: Option<Duration>) -> bool {
        self.acquire_times(1, blocking_wait, timeout)
    }

    /// Take the lock, counting `times` acquisitions at once (an RLock
    /// restored to the depth it had: `_acquire_restore`).
    fn acquire_times(&self, times: usize, blocking_wait: bool, timeout: Option<Duration>) -> bool {
        let tid = me();
        let take = |state: &mut (usize, usize)| {
            let got = self.try_take(state, tid);
            if got {
                state.1 += times - 1;
            }
            got
        };
        {
            let mut state = self.state.lock();
            if take(&mut state) {
                return true;
            }
            if !blocking_wait {
                return false;
            }
        }
        let deadline = timeout.map(|t| Instant::now() + t);
        blocking(|| {
            let mut state = self.state.lock();
            loop {
                if take(&mut state) {
                    return true;
                }
                match deadline {
                    None => self.released.wait(&mut state),
                    Some(d) => {
                        if self.released.wait_until(&mut state, d).timed_out() {
                            return take(&mut state);
                        }
                    }
                }
            }
        })
    }

    /// Give up one acquisition (`all`: every one, returning how many).
    fn release_some(&self, all: bool) -> PyResult<usize> {
        let mut state = self.state.lock();
        if state.1 == 0 || (self.reentrant && state.0 != me()) {
            let msg = if self.reentrant {
                "cannot release un-acquired lock"
            } else {
                "release unlocked lock"
            };
            return Err(error("RuntimeError", msg));
        }
        let given = if all { state.1 } else { 1 };
        state.1 -= given;
        if state.1 == 0 {
            state.0 = 0;
            self.released.notify_one();
        }
        Ok(given)
    }

    fn release(&self) -> PyResult<()> {
        self.release_some(false).map(|_| ())
    }
}

/// `(blocking=True, timeout=-1)` of `acquire`.
fn acquire_args(args: &Args<'_>) -> PyResult<(bool, Option<Duration>)> {
    let kw = |name: &str| {
        args.keywords
            .iter()
            .find(|(k, _)| pystr::as_str(k) == Some(name))
            .map(|(_, v)| v)
    };
    let blocking_wait = match args.positional.get(1).or_else(|| kw("blocking")) {
        Some(v) => crate::vm::ops::truthy(v)?,
        None => true,
    };
    let timeout = match args.positional.get(2).or_else(|| kw("timeout")) {
        Some(v) => {
            let t = float::as_f64(v)
                .or_else(|| int::as_int(v).and_then(|i| i.to_f64().ok()))
                .ok_or_else(|| type_error("timeout must be a number"))?;
            if t < 0.0 && t != -1.0 {
                return Err(error(
                    "ValueError",
                    "timeout value must be a non-negative number",
                ));
            }
            if !blocking_wait && t != -1.0 {
                return Err(error(
                    "ValueError",
                    "can't specify a timeout for a non-blocking call",
                ));
            }
            (t >= 0.0).then(|| Duration::from_secs_f64(t.min(1e9)))
        }
        None => None,
    };
    Ok((blocking_wait, timeout))
}

fn lock_acquire(args: Args<'_>) -> PyResult<Value> {
    let lock = this_lock(&args)?;
    let (b, t) = acquire_args(&args)?;
    Ok(none_bool::bool_value(lock.acquire(b, t)))
}

fn lock_release(args: Args<'_>) -> PyResult<Value> {
    this_lock(&args)?.release()?;
    Ok(none_bool::none())
}

fn lock_locked(args: Args<'_>) -> PyResult<Value> {
    Ok(none_bool::bool_value(this_lock(&args)?.state.lock().1 > 0))
}

fn lock_is_owned(args: Args<'_>) -> PyResult<Value> {
    let state = *this_lock(&args)?.state.lock();
    Ok(none_bool::bool_value(state.1 > 0 && state.0 == me()))
}

fn lock_enter(args: Args<'_>) -> PyResult<Value> {
    this_lock(&args)?.acquire(true, None);
    Ok(none_bool::true_value())
}

fn lock_exit(args: Args<'_>) -> PyResult<Value> {
    this_lock(&args)?.release()?;
    Ok(none_bool::false_value())
}

/// `<unlocked _thread.lock object at 0x...>`; an RLock also shows its
/// owner's `get_ident()` and depth.
fn lock_repr(args: Args<'_>) -> PyResult<Value> {
    let lock = this_lock(&args)?;
    let (owner, count) = *lock.state.lock();
    let state = if count > 0 { "locked" } else { "unlocked" };
    let at = args.positional[0].word();
    Ok(pystr::str_from_string(if lock.reentrant {
        format!("<{state} _thread.RLock object owner={owner} count={count} at {at:#x}>")
    } else {
        format!("<{state} _thread.lock object at {at:#x}>")
    }))
}

/// `RLock._recursion_count()`: the caller's depth (0 if it does not hold it).
fn rlock_recursion_count(args: Args<'_>) -> PyResult<Value> {
    let (owner, count) = *this_lock(&args)?.state.lock();
    Ok(int::int_from_i64(if owner == me() {
        count as i64
    } else {
        0
    }))
}

/// `RLock._release_save()`: release every level at once (a Condition's
/// wait); returns what `_acquire_restore` takes back.
fn rlock_release_save(args: Args<'_>) -> PyResult<Value> {
    let lock = this_lock(&args)?;
    let owner = me();
    let count = lock.release_some(true)?;
    Ok(tuple::tuple_new(vec![
        int::int_from_i64(count as i64),
        int::int_from_i64(owner as i64),
    ]))
}

/// `RLock._acquire_restore((count, owner))`.
fn rlock_acquire_restore(args: Args<'_>) -> PyResult<Value> {
    let lock = this_lock(&args)?;
    let count = args
        .positional
        .get(1)
        .and_then(tuple::as_tuple)
        .and_then(|t| t.first().and_then(int::as_int).and_then(|n| n.to_i64()))
        .filter(|&n| n >= 1)
        .ok_or_else(|| type_error("_acquire_restore expects (count, owner)"))?;
    lock.acquire_times(count as usize, true, None);
    Ok(none_bool::none())
}

// ------------------------------------------------------------ threads

/// `start_new_thread(function, args, kwargs=None)`.
fn start_new_thread(args: Args<'_>) -> PyResult<Value> {
    let (func, fargs, fkwargs) = match args.positional {
        [f, a] => (f.clone(), a.clone(), None),
        [f, a, k] => (
            f.clone(),
            a.clone(),
            Some(k.clone()).filter(|k| !none_bool::is_none(k)),
        ),
        _ => return Err(type_error("start_new_thread expected 2 or 3 arguments")),
    };
    let positional = tuple::as_tuple(&fargs)
        .ok_or_else(|| type_error("2nd arg must be a tuple"))?
        .to_vec();
    let keywords = match &fkwargs {
        Some(k) => Dict::cast(k)
            .ok_or_else(|| type_error("optional 3rd arg must be a dictionary"))?
            .items(),
        None => vec![],
    };
    let interpreter = weft_runtime::thread::with_current(|t| t.interpreter().clone())
        .ok_or_else(|| error("RuntimeError", "no thread state"))?;
    let (tx, rx) = std::sync::mpsc::channel();
    RUNNING.fetch_add(1, Ordering::SeqCst);
    let spawned = std::thread::Builder::new()
        .stack_size(THREAD_STACK.max(STACK_SIZE.load(Ordering::Relaxed)))
        .spawn(move || {
            let state = ThreadState::new(&interpreter);
            let _ = tx.send(state.tid());
            let result = protocol::call_args(&func, Args::new(&positional, &keywords));
            if let Err(e) = result {
                let exc = weft_runtime::types::exception::materialize(e);
                let exit = weft_runtime::types::exception::exception_class("SystemExit")
                    .expect("SystemExit");
                if !weft_runtime::types::exception::matches(&exc, &exit) {
                    super::stdio::write_stderr(&format!(
                        "Unhandled exception in thread started by {}\n{}",
                        crate::vm::ops::repr_of(&func).unwrap_or_default(),
                        crate::vm::errors::format_exception(&exc)
                    ));
                }
            }
            drop((func, positional, keywords));
            super::stdio::flush_stdout();
            RUNNING.fetch_sub(1, Ordering::SeqCst);
            drop(state);
        });
    if spawned.is_err() {
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        return Err(error("RuntimeError", "can't start new thread"));
    }
    let tid = blocking(|| rx.recv()).unwrap_or(0);
    Ok(int::int_from_i64(tid as i64))
}

fn allocate_lock(_args: Args<'_>) -> PyResult<Value> {
    Ok(new_lock(false))
}

/// `_thread.RLock()`.
pub fn rlock(args: Args<'_>) -> PyResult<Value> {
    if !args.positional.is_empty() || !args.keywords.is_empty() {
        return Err(type_error("RLock() takes no arguments"));
    }
    Ok(new_lock(true))
}

fn get_ident(_args: Args<'_>) -> PyResult<Value> {
    Ok(int::int_from_i64(me() as i64))
}

fn get_native_id(_args: Args<'_>) -> PyResult<Value> {
    // The kernel's thread id; the runtime's id where there is none.
    let id = weft_runtime::clib::native_thread_id().unwrap_or(me() as u64);
    Ok(int::int_from_i64(id as i64))
}

fn count(_args: Args<'_>) -> PyResult<Value> {
    Ok(int::int_from_i64(running_threads() as i64))
}

/// Threads started by `_thread` that have not finished.
pub fn running_threads() -> usize {
    RUNNING.load(Ordering::SeqCst)
}

/// `stack_size([size])`: the size asked for new threads (0, the default,
/// also when no size is given, as CPython does), returning the previous one. Threads get at least `THREAD_STACK`, which
/// the recursion limit and the stack guard are measured against.
fn stack_size(args: Args<'_>) -> PyResult<Value> {
    let n = match args.positional.first() {
        Some(v) => int::as_int(v)
            .and_then(|i| i.to_i64())
            .ok_or_else(|| type_error("size must be an integer"))?,
        None => 0,
    };
    if n != 0 && n < 32768 {
        return Err(error("ValueError", "size not valid: 32768 bytes minimum"));
    }
    let old = STACK_SIZE.swap(n as usize, Ordering::Relaxed);
    Ok(int::int_from_i64(old as i64))
}

/// The report of an exception, as a string (for `threading.excepthook`).
fn format_exception(args: Args<'_>) -> PyResult<Value> {
    let exc = args
        .positional
        .first()
        .ok_or_else(|| type_error("_format_exception needs an exception"))?;
    Ok(pystr::str_from_string(crate::vm::errors::format_exception(
        exc,
    )))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("start_new_thread", start_new_thread),
    ("start_new", start_new_thread),
    ("allocate_lock", allocate_lock),
    ("allocate", allocate_lock),
    ("get_ident", get_ident),
    ("get_native_id", get_native_id),
    ("_count", count),
    ("stack_size", stack_size),
    ("_format_exception", format_exception),
];

/// A type of this module: it names `_thread` as its module.
fn thread_module_type(info: &'static TypeInfo) -> Value {
    let t = typeobj::builtin_type(info);
    Dict::cast(typeobj::class_dict(&t))
        .expect("a type's dict")
        .set(pystr::intern("__module__"), pystr::intern("_thread"))
        .expect("str keys hash");
    typeobj::dict_changed(&t);
    t
}

/// Make the `_thread` module.
pub fn module() -> Value {
    let m = module_with_functions("_thread", FUNCTIONS);
    let lock_type = thread_module_type(LOCK_TYPE.info());
    module_set(&m, "LockType", lock_type);
    module_set(&m, "RLock", thread_module_type(RLOCK_TYPE.info()));
    module_set(&m, "TIMEOUT_MAX", float::float_value(4294967.0));
    module_set(
        &m,
        "error",
        weft_runtime::types::exception::exception_class("RuntimeError").expect("builtin"),
    );
    m
}

/// Python threads still running (the main thread waits for them at exit
/// through `threading._shutdown`).
pub fn running() -> usize {
    RUNNING.load(Ordering::SeqCst)
}
