//! Generators: a suspended frame and the protocol that resumes it
//! (`__next__`, `send`, `throw`, `close`).
//!
//! While a generator runs, its frame is taken out of the object (so the
//! frame needs no lock while it runs and a re-entrant call finds it absent:
//! "generator already executing"); it goes back when the body yields. The
//! frame's slot is a `weft_sync::TakeSlot`: one atomic swap takes the
//! frame out, another puts it back (a mutex cost four locked operations
//! per resume).

use std::sync::atomic::{AtomicBool, Ordering};
use weft_runtime::object::alloc::drop_and_free;
use weft_runtime::object::native::{NativeType, Traverse};
use weft_runtime::types::exception;
use weft_runtime::types::{none_bool, typeobj};
use weft_runtime::{Args, ExcKind, PyErr, PyResult, TypeInfo, Value};

use super::errors::{error, type_error};
use super::eval::{self, Completion, Resume};
use super::frame::Frame;
use weft_sync::TakeSlot;

pub struct Generator {
    /// The suspended frame; empty while running or once finished.
    frame: TakeSlot<Frame<'static>>,
    /// Set once the body has run to its end, or by `close()` on a
    /// generator never started (the slot then stays empty for good).
    finished: AtomicBool,
    /// Read and written only by the thread holding the frame.
    started: AtomicBool,
    /// The frame's globals (`gi_frame.f_globals`), readable without taking
    /// the frame.
    globals: Value,
    /// The frame's code, held here too so that resuming passes it to the
    /// evaluation loop without counting (`eval::run`).
    code: std::sync::Arc<super::code::CodeRt>,
    pub name: Value,
    pub qualname: Value,
}

impl Traverse for Generator {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        // Callers stop the world (the collector, `gc.get_referents`), so
        // no thread resumes the generator while the frame is out here; a
        // running generator's frame is out of the object and counts as an
        // outside reference.
        visit(&self.globals);
        self.frame.with_taken(|frame| {
            if let Some(frame) = frame {
                frame.traverse(visit);
            }
        });
    }
}

/// A suspended generator that dies is closed, so its `finally` blocks and
/// `with` exits run (as CPython's generator finalizer). Only frames
/// suspended inside a protected range need it: elsewhere `GeneratorExit`
/// would leave at once with no effect.
impl Drop for Generator {
    fn drop(&mut self) {
        if *self.finished.get_mut() || !*self.started.get_mut() {
            return;
        }
        let Some(mut frame) = self.frame.take() else {
            return;
        };
        let suspended_at = frame.pc.saturating_sub(1);
        if frame.code.handler(suspended_at).is_none() && frame.code.handler(frame.pc).is_none() {
            return;
        }
        if weft_runtime::thread::with_current(|_| ()).is_none() {
            return; // no thread state: Python code cannot run here
        }
        let exit = exception::exception_class("GeneratorExit").expect("GeneratorExit");
        let exc = exception::new_exception(&exit, vec![]);
        let code = self.code.clone();
        let result = super::call::with_depth(|| {
            eval::run(&mut frame, &code, Some(Resume::Throw(PyErr::Object(exc))))
        });
        let problem = match result {
            Ok(Completion::Yield(_)) => {
                Some(error("RuntimeError", "generator ignored GeneratorExit"))
            }
            Ok(Completion::Return(_)) => None,
            Err(PyErr::Object(e)) if exception::matches(&e, &exit) => None,
            Err(e) if super::ops::is_stop_iteration(&e) => None,
            Err(e) => Some(e),
        };
        drop(frame);
        if let Some(e) = problem {
            // The generator itself is being dropped: it is described,
            // not passed to the hook.
            let exc = exception::materialize(e);
            let what = format!(
                "<generator object {} at {:#x}>",
                weft_runtime::types::str::as_str(&self.qualname).unwrap_or("?"),
                self as *const Generator as usize,
            );
            super::errors::report_unraisable(&exc, None, Some(&what));
        }
    }
}

pub static GENERATOR_TYPE: NativeType<Generator> = NativeType::new(TypeInfo {
    traverse: NativeType::<Generator>::TRACKED,
    hash: Some(weft_runtime::protocol::identity_hash_slot),
    methods: &[
        ("__next__", gen_next),
        ("send", gen_send),
        ("throw", gen_throw),
        ("close", gen_close),
        ("__iter__", gen_iter),
    ],
    ..TypeInfo::new("generator", drop_and_free::<()>)
});

/// The generator behind `v`.
#[inline]
pub fn as_generator(v: &Value) -> Option<&Generator> {
    GENERATOR_TYPE.downcast(v)
}

/// A new generator that will run `frame`.
pub fn new_generator(frame: Box<Frame<'static>>) -> Value {
    let name = frame.code.name.clone();
    let qualname = frame.code.qualname.clone();
    let code = frame.code.arc();
    let globals = (*frame.globals).clone();
    GENERATOR_TYPE.alloc(Generator {
        code,
        frame: TakeSlot::new(Some(frame)),
        finished: AtomicBool::new(false),
        started: AtomicBool::new(false),
        globals,
        name,
        qualname,
    })
}

/// `g.gi_frame`: the suspended (or running) frame, `None` once finished.
pub fn frame_object(g: &Generator) -> Value {
    if g.finished.load(Ordering::Acquire) {
        return none_bool::none();
    }
    // While running, the frame is out of the object (held by the evaluation
    // loop): `f_globals` is None then.
    let globals = if g.frame.is_empty() {
        none_bool::none()
    } else {
        g.globals.clone()
    };
    super::frame_object::frame_object(g.code.clone(), globals)
}

/// `g.gi_code`.
pub fn code_object(g: &Generator) -> Value {
    super::objects::code_object(&g.code)
}

/// `g.gi_running`: the frame is out of the object, being run.
pub fn is_running(g: &Generator) -> bool {
    !g.finished.load(Ordering::Acquire) && g.frame.is_empty()
}

/// What resuming produced.
pub enum Step {
    Yielded(Value),
    Returned(Value),
}

/// Resume `g` with `input`.
pub fn resume(g: &Generator, input: Resume) -> PyResult<Step> {
    let Some(mut frame) = g.frame.take() else {
        if g.finished.load(Ordering::Acquire) {
            return match input {
                Resume::Throw(e) => Err(e),
                Resume::Send(_) => Ok(Step::Returned(none_bool::none())),
            };
        }
        return Err(error("ValueError", "generator already executing"));
    };
    if !g.started.load(Ordering::Relaxed) {
        if let Resume::Send(v) = &input {
            if !none_bool::is_none(v) {
                g.frame.put(frame);
                return Err(type_error(
                    "can't send non-None value to a just-started generator",
                ));
            }
        }
        g.started.store(true, Ordering::Relaxed);
    }
    let result = super::call::with_depth(|| eval::run(&mut frame, &g.code, Some(input)));
    match result {
        Ok(Completion::Yield(v)) => {
            g.frame.put(frame);
            Ok(Step::Yielded(v))
        }
        Ok(Completion::Return(v)) => {
            g.finished.store(true, Ordering::Release);
            drop(frame);
            Ok(Step::Returned(v))
        }
        Err(e) => {
            g.finished.store(true, Ordering::Release);
            drop(frame);
            if super::ops::is_stop_iteration(&e) {
                let err = error("RuntimeError", "generator raised StopIteration");
                if let (PyErr::Object(new), PyErr::Object(old)) = (&err, e) {
                    exception::set_cause(new, Some(old.clone()));
                    exception::set_context(new, Some(old));
                }
                return Err(err);
            }
            Err(e)
        }
    }
}

/// Resume `g` as `next(g)` does.
pub fn advance(g: &Generator) -> PyResult<Step> {
    resume(g, Resume::Send(none_bool::none()))
}

/// `next(g)` for iteration: `None` when finished.
pub fn next(_v: &Value, g: &Generator) -> PyResult<Option<Value>> {
    match resume(g, Resume::Send(none_bool::none()))? {
        Step::Yielded(v) => Ok(Some(v)),
        Step::Returned(_) => Ok(None),
    }
}

/// `StopIteration(value)` (no args for None).
pub fn stop_iteration(value: Value) -> PyErr {
    let class = exception::class_of_kind(ExcKind::StopIteration);
    let args = if none_bool::is_none(&value) {
        vec![]
    } else {
        vec![value]
    };
    PyErr::Object(exception::new_exception(&class, args))
}

fn receiver(args: &Args<'_>, name: &str) -> PyResult<Value> {
    match args.positional.first() {
        Some(v) if as_generator(v).is_some() => Ok(v.clone()),
        _ => Err(type_error(format!(
            "descriptor '{name}' requires a 'generator' object"
        ))),
    }
}

fn step_result(step: Step) -> PyResult<Value> {
    match step {
        Step::Yielded(v) => Ok(v),
        Step::Returned(v) => Err(stop_iteration(v)),
    }
}

fn gen_next(args: Args<'_>) -> PyResult<Value> {
    let g = receiver(&args, "__next__")?;
    step_result(resume(
        as_generator(&g).expect("checked"),
        Resume::Send(none_bool::none()),
    )?)
}

fn gen_iter(args: Args<'_>) -> PyResult<Value> {
    receiver(&args, "__iter__")
}

fn gen_send(args: Args<'_>) -> PyResult<Value> {
    let g = receiver(&args, "send")?;
    if args.positional.len() != 2 {
        return Err(type_error(format!(
            "generator.send() takes exactly one argument ({} given)",
            args.positional.len() - 1
        )));
    }
    step_result(resume(
        as_generator(&g).expect("checked"),
        Resume::Send(args.positional[1].clone()),
    )?)
}

/// The exception `throw(typ, val)` raises.
pub fn throw_exception(typ: &Value, val: Option<&Value>) -> PyResult<Value> {
    if typeobj::as_type(typ).is_some() {
        // throw(type, instance): the instance itself.
        if let Some(v) =
            val.filter(|v| exception::as_exception(v).is_some() && typeobj::isinstance(v, typ))
        {
            return Ok(v.clone());
        }
        let args = match val {
            Some(v) if !none_bool::is_none(v) => vec![v.clone()],
            _ => vec![],
        };
        let exc = weft_runtime::protocol::call(typ, &args)?;
        if exception::as_exception(&exc).is_none() {
            return Err(type_error("exceptions must derive from BaseException"));
        }
        return Ok(exc);
    }
    if exception::as_exception(typ).is_some() {
        return Ok(typ.clone());
    }
    Err(type_error(format!(
        "exceptions must be classes or instances deriving from BaseException, not {}",
        typeobj::type_name_of(typ)
    )))
}

fn gen_throw(args: Args<'_>) -> PyResult<Value> {
    let g = receiver(&args, "throw")?;
    let Some(typ) = args.positional.get(1) else {
        return Err(type_error("throw expected at least 1 argument, got 0"));
    };
    let exc = throw_exception(typ, args.positional.get(2))?;
    step_result(resume(
        as_generator(&g).expect("checked"),
        Resume::Throw(PyErr::Object(exc)),
    )?)
}

/// `g.close()`.
pub fn close(g: &Generator) -> PyResult<()> {
    if g.finished.load(Ordering::Acquire) {
        return Ok(());
    }
    if let Some(frame) = g.frame.take() {
        if !g.started.load(Ordering::Relaxed) {
            // Never started: nothing to run, the frame just goes.
            g.finished.store(true, Ordering::Release);
            drop(frame);
            return Ok(());
        }
        g.frame.put(frame);
    }
    let exit = exception::exception_class("GeneratorExit").expect("GeneratorExit");
    let exc = exception::new_exception(&exit, vec![]);
    match resume(g, Resume::Throw(PyErr::Object(exc))) {
        Ok(Step::Yielded(_)) => Err(error("RuntimeError", "generator ignored GeneratorExit")),
        Ok(Step::Returned(_)) => Ok(()),
        Err(PyErr::Object(e)) if exception::matches(&e, &exit) => Ok(()),
        Err(e) if super::ops::is_stop_iteration(&e) => Ok(()),
        Err(e) => Err(e),
    }
}

fn gen_close(args: Args<'_>) -> PyResult<Value> {
    let g = receiver(&args, "close")?;
    close(as_generator(&g).expect("checked"))?;
    Ok(none_bool::none())
}
