//! The evaluation loop.
//!
//! `run` executes a frame until it returns or yields. Instructions read
//! their operands in place from the register file (no reference-count
//! traffic for borrowed operands) and write results back; an error unwinds
//! to the innermost handler of the failing instruction, recording a
//! traceback entry, or leaves the frame.

use std::cell::Cell;
use std::sync::Arc;

use weft_runtime::frame_chain::{with_link, FrameLink};
use weft_runtime::types::compare::CompareOp;
use weft_runtime::types::exception;
use weft_runtime::types::function::as_native;
use weft_runtime::types::int::BinOp;
use weft_runtime::types::{
    dict::Dict, float, int, iterator, list::List, none_bool, set::Set, slice, str as pystr, tuple,
    typeobj,
};
use weft_runtime::{protocol, Args, PyErr, PyResult, Value};

use super::code::CodeRt;
use super::errors::{add_traceback, error, type_error};
use super::frame::{EnvRef, Frame};
use super::function::{as_cell, as_function, new_cell, new_function};
use super::generator::{self, as_generator, Step};
use super::ops;
use super::singletons::{is_unbound, unbound};
use super::state;
use crate::bytecode::Instruction as I;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use weft_runtime::object::refcount::value_is_immortal;
use weft_runtime::object::value_cache::ValueCache;

/// How a frame left the loop.
pub enum Completion {
    Return(Value),
    Yield(Value),
}

/// How a suspended frame is resumed.
pub enum Resume {
    Send(Value),
    Throw(PyErr),
}

/// Run `frame` (resuming it with `resume` if it is a suspended generator
/// frame) until it returns or yields.
/// `code` is the frame's own code, passed beside it so that running does
/// not touch the code's shared reference count (every thread running the
/// same function or generator would write one cache line).
pub fn run<'a>(
    frame: &mut Frame<'a>,
    code: &Arc<CodeRt>,
    resume: Option<Resume>,
) -> PyResult<Completion> {
    // Linked into this thread's chain of running frames while it runs
    // (`sys._getframe`). A function's globals are borrowed; an owned
    // frame's (module body, generator) are one reference more.
    let owned;
    let globals: &Value = match &frame.globals {
        EnvRef::Borrowed(g) => g,
        EnvRef::Owned(g) => {
            owned = g.clone();
            &owned
        }
    };
    let link = FrameLink::new(code, globals, frame.pc);
    with_link(&link, || run_linked(frame, code, resume, &link.pc))
}

/// `run` for a function's fresh frame (never a generator's): its return
/// value. Inlined into the call path.
#[inline(always)]
pub fn run_call<'a>(
    frame: &mut Frame<'a>,
    code: &Arc<CodeRt>,
    globals: &'a Value,
) -> PyResult<Value> {
    let link = FrameLink::new(code, globals, 0);
    with_link(&link, || loop {
        match execute(frame, code, &link.pc) {
            Ok(Completion::Return(v)) => return Ok(v),
            Ok(Completion::Yield(_)) => {
                return Err(error("SystemError", "yield outside a generator"))
            }
            Err(e) => unwind_to_handler(frame, e)?,
        }
    })
}

fn run_linked(
    frame: &mut Frame,
    code: &CodeRt,
    resume: Option<Resume>,
    at: &Cell<usize>,
) -> PyResult<Completion> {
    let mut pending = match resume {
        None => None,
        Some(r) => resume_suspended(frame, r),
    };
    loop {
        let result = match pending.take() {
            Some(e) => Err(e),
            None => execute(frame, code, at),
        };
        match result {
            Ok(c) => return Ok(c),
            Err(e) => unwind_to_handler(frame, e)?,
        }
    }
}

/// Deliver what a suspended generator frame is resumed with: a sent
/// value to its `yield`'s register (or to the `yield from` it waits in),
/// or an exception, which is returned to raise at the `yield`.
#[inline]
fn resume_suspended(frame: &mut Frame, resume: Resume) -> Option<PyErr> {
    match resume {
        Resume::Send(v) => {
            match frame.yield_dst.take() {
                Some(dst) => frame.regs[dst] = v,
                None if at_yield_from(frame) => frame.delegate = Some(Resume::Send(v)),
                None => {}
            }
            None
        }
        Resume::Throw(e) => {
            frame.yield_dst = None;
            if at_yield_from(frame) {
                frame.delegate = Some(Resume::Throw(e));
                None
            } else {
                // Raised "at" the yield that suspended the frame.
                Some(e)
            }
        }
    }
}

/// An exception raised in `frame`: record where (context, traceback) and
/// jump to the handler covering the raising instruction, or give it back
/// to the caller. Out of line: most calls raise nothing.
#[cold]
#[inline(never)]
fn unwind_to_handler(frame: &mut Frame, e: PyErr) -> PyResult<()> {
    let index = frame.pc.saturating_sub(1);
    let exc = exception::materialize(e);
    // A re-raise (bare `raise`, or the end of a `finally`) passes the
    // exception on as it is: its context was set when it was first
    // raised, and is left alone (even if code since set it to None).
    let reraise = matches!(frame.code.instructions.get(index), Some(I::Reraise { .. }));
    if let Some(handled) = state::handled().filter(|_| !reraise) {
        if let Some(ex) = exception::as_exception(&exc) {
            let has_context =
                exception::get_field(ex, "__context__").is_some_and(|c| !none_bool::is_none(&c));
            if !has_context && !handled.is(&exc) {
                exception::set_context(&exc, Some(handled));
            }
        }
    }
    if frame.id == 0 {
        frame.id = super::frame::next_frame_id();
    }
    // A re-raise adds no entry (as CPython's RERAISE): the exception
    // passed here already, or is the group an `except*` built.
    if !reraise {
        add_traceback(&exc, &frame.code.arc(), index, frame.id);
    }
    match frame.code.handler(index) {
        Some(h) => {
            frame.regs[h.register] = exc;
            frame.pc = h.target;
            Ok(())
        }
        None => Err(PyErr::Object(exc)),
    }
}

fn at_yield_from(frame: &Frame) -> bool {
    matches!(
        frame.code.instructions.get(frame.pc),
        Some(I::YieldFrom { .. })
    )
}

fn unbound_local(frame: &Frame, reg: usize) -> PyErr {
    let name = frame
        .code
        .code
        .local_names
        .get(reg)
        .map(|n| n.to_string())
        .unwrap_or_default();
    error(
        "UnboundLocalError",
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

fn name_error(name: &Value) -> PyErr {
    let n = pystr::as_str(name).unwrap_or("?");
    error("NameError", format!("name '{n}' is not defined"))
}

fn dict(v: &Value) -> weft_runtime::types::dict::DictRef<'_> {
    Dict::cast(v).expect("namespaces are dicts")
}

/// `globals[name]`, then `builtins[name]`. `absent` remembers the
/// globals' keys version at which the name was missing from them (see
/// `CodeRt::globals_absent`): a builtin (`len`, `range`, `KeyError`) is
/// then read from the builtins at once, without a failed lookup in the
/// globals first.
#[inline(always)]
fn load_global(
    frame: &Frame,
    name: &Value,
    hint: &AtomicU32,
    absent: &AtomicUsize,
) -> PyResult<Value> {
    // The common case inline (a module-level loop reads its variables
    // here on every pass): the entry the hint names.
    if let Some(v) = dict(&frame.globals).get_at_hint(name, hint) {
        return Ok(v);
    }
    load_global_unhinted(frame, name, hint, absent)
}

/// `load_global` when the hint did not lead to the name in the globals.
#[inline(never)]
fn load_global_unhinted(
    frame: &Frame,
    name: &Value,
    hint: &AtomicU32,
    absent: &AtomicUsize,
) -> PyResult<Value> {
    let globals = dict(&frame.globals);
    // Read before the lookup: a key added after it moves the version.
    let keys = globals.keys_version();
    let known_absent = keys != 0 && absent.load(Ordering::Relaxed) == keys;
    if !known_absent {
        if let Some(v) = globals.get_unhinted(name, hint)? {
            return Ok(v);
        }
    }
    // Absent from globals, so a hint into builtins is as good.
    match dict(&frame.builtins).get_hinted(name, hint)? {
        Some(v) => {
            if !known_absent {
                remember_absent(globals, keys, absent);
            }
            Ok(v)
        }
        None => Err(name_error(name)),
    }
}

/// A name missing from `globals` at keys version `keys` (read before the
/// lookup that missed): remember that, or start numbering the globals'
/// keys so that the next miss can be remembered.
#[cold]
fn remember_absent(
    globals: weft_runtime::types::dict::DictRef<'_>,
    keys: usize,
    absent: &AtomicUsize,
) {
    if keys == 0 {
        globals.watch_keys();
    } else {
        absent.store(keys, Ordering::Relaxed);
    }
}

/// `load_global` through the instruction's inline cache, keyed by the
/// globals dict and both dicts' versions (every mutation of either moves
/// them). Only for immortal globals (module namespaces), whose address can
/// never be reused by another dict.
#[inline]
fn load_global_cached(
    frame: &Frame<'_>,
    name: &Value,
    hint: &AtomicU32,
    absent: &AtomicUsize,
    cache: &ValueCache,
) -> PyResult<Value> {
    if !value_is_immortal(&frame.globals) {
        return load_global(frame, name, hint, absent);
    }
    let versions =
        (dict(&frame.globals).version() & 0xffff_ffff) | (dict(&frame.builtins).version() << 32);
    if let Some(Some(v)) = cache.get(frame.globals.word(), versions) {
        return Ok(v);
    }
    let v = load_global(frame, name, hint, absent)?;
    cache.put(frame.globals.word(), versions, Some(&v));
    Ok(v)
}

/// Small-int fast path for the arithmetic operators.
#[inline(always)]
fn small_arith(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    let (x, y) = (a.as_small_int()?, b.as_small_int()?);
    match op {
        BinOp::Add => Value::small_int(x + y),
        BinOp::Sub => Value::small_int(x - y),
        BinOp::Mul => x.checked_mul(y).and_then(Value::small_int),
        BinOp::FloorDiv if y > 0 => Value::small_int(x.div_euclid(y)),
        BinOp::Mod if y > 0 => Value::small_int(x.rem_euclid(y)),
        BinOp::And => Value::small_int(x & y),
        BinOp::Or => Value::small_int(x | y),
        BinOp::Xor => Value::small_int(x ^ y),
        _ => None,
    }
}

/// The float fast path's result: `a op b` for two floats.
#[inline(always)]
fn float_result(op: BinOp, a: &Value, b: &Value) -> Option<f64> {
    let (x, y) = (float::as_f64(a)?, float::as_f64(b)?);
    Some(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv if y != 0.0 => x / y,
        // A positive finite base to a finite power: C's `pow`, as CPython's
        // `float_pow` computes it. Its special cases (zero or negative
        // bases, infinities, NaNs, overflow) take the full path.
        BinOp::Pow if x > 0.0 && x.is_finite() && y.is_finite() => {
            let r = x.powf(y);
            if !r.is_finite() {
                return None;
            }
            r
        }
        _ => return None,
    })
}

/// Everything but the int and float fast paths, out of line.
#[inline(never)]
fn slow_arith(op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
    if inplace {
        ops::inplace(op, a, b)
    } else {
        ops::binary(op, a, b)
    }
}

/// `a op b` for the operators with only an int fast path (`//`, `%`, the
/// bit operators; `arith_into!` has the ones with a float path too).
#[inline(always)]
fn arith(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    match small_arith(op, a, b) {
        Some(v) => Ok(v),
        None => slow_arith(op, a, b, false),
    }
}

/// Arguments of a call window, with keyword names from a constant tuple.
fn keyword_pairs(names: &Value, values: &[Value]) -> Vec<(Value, Value)> {
    let names = tuple::as_tuple(names).expect("keyword names are a tuple");
    names.iter().cloned().zip(values.iter().cloned()).collect()
}

/// Call `callee` with a window of registers.
#[inline]
fn call_window(callee: &Value, args: &[Value], keywords: &[(Value, Value)]) -> PyResult<Value> {
    if let Some(f) = as_function(callee) {
        return super::call::call_python(f, args, keywords);
    }
    // Built-in types (`range(n)`, `int(s)`, `str(n)`, `list(it)`): their
    // constructor at once. `type.__call__` would come to the same one
    // after looking for a metaclass `__call__`, a `__new__` and an
    // `__init__`, which built-in types do not have.
    if typeobj::as_type(callee).is_some() && !typeobj::is_heap(callee) {
        if let Some(made) = crate::builtins::construct(callee, Args::new(args, keywords)) {
            return made;
        }
    }
    if let Some(n) = as_native(callee) {
        // A built-in type's method on a subclass instance goes through
        // `call_native`, which hands it the instance's built-in value.
        // (A slot wrapper checks its receiver's type there too.)
        let subclass_receiver = n.owner.is_some()
            && args
                .first()
                .is_some_and(|a| weft_runtime::types::instance::as_instance(a).is_some());
        if !subclass_receiver && !weft_runtime::types::function::is_slot_wrapper(callee) {
            return (n.func)(Args::new(args, keywords));
        }
    }
    protocol::call_args(callee, Args::new(args, keywords))
}

/// The exception a `raise` operand denotes.
fn exception_to_raise(v: &Value) -> PyResult<Value> {
    if exception::as_exception(v).is_some() {
        return Ok(v.clone());
    }
    if typeobj::as_type(v).is_some() && typeobj::is_subclass(v, &exception::base_exception_class())
    {
        let exc = protocol::call(v, &[])?;
        if exception::as_exception(&exc).is_none() {
            return Err(type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                typeobj::type_name(v),
                typeobj::type_name_of(&exc)
            )));
        }
        return Ok(exc);
    }
    Err(type_error("exceptions must derive from BaseException"))
}

pub(super) fn check_exc_match(exc: &Value, kind: &Value) -> PyResult<bool> {
    let base = exception::base_exception_class();
    let classes: Vec<Value> = match tuple::as_tuple(kind) {
        Some(t) => t.to_vec(),
        None => vec![kind.clone()],
    };
    for c in &classes {
        if typeobj::as_type(c).is_none() || !typeobj::is_subclass(c, &base) {
            return Err(type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
    }
    Ok(classes.iter().any(|c| exception::matches(exc, c)))
}

fn unpack(src: &Value, before: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
    let items = match ops::collect(src) {
        Ok(items) => items,
        Err(e) => {
            // Only a TypeError from iter() itself is reworded (CPython's unpack_iterable).
            if ops::is_error_kind(&e, weft_runtime::ExcKind::TypeError) && ops::iter(src).is_err() {
                return Err(type_error(format!(
                    "cannot unpack non-iterable {} object",
                    typeobj::type_name_of(src)
                )));
            }
            return Err(e);
        }
    };
    match after {
        None => {
            if items.len() < before {
                return Err(error(
                    "ValueError",
                    format!(
                        "not enough values to unpack (expected {before}, got {})",
                        items.len()
                    ),
                ));
            }
            if items.len() > before {
                return Err(error(
                    "ValueError",
                    format!("too many values to unpack (expected {before})"),
                ));
            }
            Ok(items)
        }
        Some(after) => {
            if items.len() < before + after {
                return Err(error(
                    "ValueError",
                    format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    ),
                ));
            }
            let mut items = items;
            let tail = items.split_off(items.len() - after);
            let middle = items.split_off(before);
            items.push(List::new(middle));
            items.extend(tail);
            Ok(items)
        }
    }
}

fn execute(frame: &mut Frame, code: &CodeRt, at: &Cell<usize>) -> PyResult<Completion> {
    // The next instruction's index lives in the frame's link while the loop
    // runs (where `sys._getframe` reads a caller's position) and goes back
    // to the frame however the loop ends: errors and yields read it there.
    at.set(frame.pc);
    let result = execute_loop(frame, code, at);
    frame.pc = at.get();
    result
}

/// `pc` is the next instruction's index, in the frame's link.
fn execute_loop(frame: &mut Frame, code: &CodeRt, pc: &Cell<usize>) -> PyResult<Completion> {
    let instructions = &code.instructions[..];
    // The next instruction's index, kept in a local (a register) and
    // stored to the link at each dispatch and jump, never read back from
    // it: the dispatch does not wait on a load of what it just stored.
    let mut ip = pc.get();
    macro_rules! jump {
        ($target:expr) => {{
            ip = $target;
            pc.set(ip);
        }};
    }
    macro_rules! reg {
        ($i:expr) => {
            &frame.regs[$i as usize]
        };
    }
    macro_rules! set {
        ($i:expr, $v:expr) => {{
            let v = $v;
            let old = std::mem::replace(&mut frame.regs[$i as usize], v);
            // Most overwritten registers hold the unbound marker or an
            // inline int: skip the out-of-line drop for those.
            if old.as_small_int().is_none() && !is_unbound(&old) {
                drop(old);
            } else {
                std::mem::forget(old);
            }
        }};
    }
    // `R[dst] := holds`, and when a conditional jump on `R[dst]` follows,
    // that jump taken at once (no bool tested, no dispatch spent on it).
    macro_rules! set_and_branch {
        ($dst:expr, $holds:expr) => {{
            let holds = $holds;
            set!($dst, none_bool::bool_value(holds));
            match instructions.get(ip) {
                Some(&I::JumpIfFalse { cond, offset }) if cond == $dst => {
                    jump!(if holds { ip + 1 } else { offset as usize });
                }
                Some(&I::JumpIfTrue { cond, offset }) if cond == $dst => {
                    jump!(if holds { offset as usize } else { ip + 1 });
                }
                _ => {}
            }
        }};
    }
    // A comparison of two small ints, two floats or two strs that a
    // conditional jump on its result follows (an `if` or `while` test)
    // takes the jump at once: no bool is tested and no dispatch spent on
    // the jump. The result is still stored, since `a < b and c` uses it.
    macro_rules! compare_and_branch {
        ($dst:expr, $op:expr, $lhs:expr, $rhs:expr) => {
            compare_and_branch!(@values $dst, $op, reg!($lhs), reg!($rhs))
        };
        // `$a` and `$b` are expressions for the operands, evaluated again
        // after the fast path (the store ends their borrows).
        (@values $dst:expr, $op:expr, $a:expr, $b:expr) => {{
            let (a, b) = ($a, $b);
            let order = match (a.as_small_int(), b.as_small_int()) {
                (Some(x), Some(y)) => Some(Some(x.cmp(&y))),
                _ => match (float::as_f64(a), float::as_f64(b)) {
                    (Some(x), Some(y)) => Some(x.partial_cmp(&y)),
                    // UTF-8 byte order is code point order.
                    _ => match (pystr::as_str(a), pystr::as_str(b)) {
                        (Some(x), Some(y)) => Some(Some(x.cmp(y))),
                        _ => None,
                    },
                },
            };
            if let Some(order) = order {
                set_and_branch!($dst, $op.holds(order));
            } else {
                set!($dst, ops::compare($a, $b, $op)?);
            }
        }};
    }
    macro_rules! constant {
        ($k:expr) => {
            &code.constants[$k as usize]
        };
    }
    // `R[dst] := a op b` for an operator with int and float fast paths: a
    // float result goes into the float `R[dst]` holds when that is about
    // to die unseen (`float::set_if_sole`), with no allocation.
    macro_rules! arith_into {
        ($dst:expr, $op:expr, $a:expr, $b:expr, $inplace:expr) => {
            'done: {
                let (a, b) = ($a, $b);
                let v = match small_arith($op, a, b) {
                    Some(v) => v,
                    None => match float_result($op, a, b) {
                        Some(x) => {
                            if float::set_if_sole(reg!($dst), x) {
                                break 'done;
                            }
                            float::float_value(x)
                        }
                        None => slow_arith($op, a, b, $inplace)?,
                    },
                };
                set!($dst, v);
            }
        };
    }
    // `R[dst] := obj[key]`: list, tuple and str by small int, and dict by
    // key, inline (a miss or an error takes the full path, which raises).
    // `$o` and `$k` are expressions for the operands, evaluated again on
    // the full path (the fast path's borrows end first).
    macro_rules! load_subscript {
        ($dst:expr, $o:expr, $k:expr) => {{
            let (o, k) = ($o, $k);
            let fast = match k.as_small_int() {
                Some(i) => {
                    if let Some(l) = List::cast(o) {
                        let j = if i < 0 { i + l.len() as i64 } else { i };
                        usize::try_from(j).ok().and_then(|j| l.get(j))
                    } else if let Some(t) = tuple::as_tuple(o) {
                        let j = if i < 0 { i + t.len() as i64 } else { i };
                        usize::try_from(j).ok().and_then(|j| t.get(j)).cloned()
                    } else if pystr::cast(o).is_some() {
                        pystr::getitem(o, i).ok()
                    } else {
                        None
                    }
                }
                None => match Dict::cast(o) {
                    Some(d) => d.get(k)?,
                    None => None,
                },
            };
            let v = match fast {
                Some(v) => v,
                None => ops::getitem($o, $k)?,
            };
            set!($dst, v);
        }};
    }
    // `R[obj][key] := R[src]`: a list by an in-range int inline.
    macro_rules! store_subscript {
        ($obj:expr, $k:expr, $src:expr) => {{
            let value = reg!($src).clone();
            let rest = match (List::cast(reg!($obj)), $k.as_small_int()) {
                (Some(l), Some(i)) if i >= 0 && (i as usize) < l.len() => {
                    l.set(i as usize, value).err()
                }
                _ => Some(value),
            };
            if let Some(value) = rest {
                ops::setitem(reg!($obj), $k, value)?;
            }
        }};
    }
    loop {
        // Matched in place: each arm loads only its own operands (a copy of
        // the whole instruction cost a store and a reload per dispatch).
        let instruction = &instructions[ip];
        ip += 1;
        pc.set(ip);
        match *instruction {
            I::ExtendedArg { .. } | I::Nop {} => {}
            I::Move { dst, src } => set!(dst, reg!(src).clone()),
            I::Release { reg } => set!(reg, unbound()),
            I::Take { dst, src } => {
                let v = std::mem::replace(&mut frame.regs[src as usize], unbound());
                set!(dst, v);
            }
            I::LoadConst { dst, constant } => set!(dst, code.constants[constant as usize].clone()),
            I::CheckLocal { local } => {
                if is_unbound(reg!(local)) {
                    return Err(unbound_local(frame, local as usize));
                }
            }
            I::LoadName { dst, name } => {
                let key = &code.names[name as usize];
                // A module body's namespace is its globals: one lookup there.
                let local = match &frame.locals {
                    Some(l) if !l.is(&frame.globals) => {
                        super::namespace::get_hinted(l, key, &code.name_hints[name as usize])?
                    }
                    _ => None,
                };
                let v = match local {
                    Some(v) => v,
                    None => load_global(
                        frame,
                        key,
                        &code.name_hints[name as usize],
                        &code.globals_absent[name as usize],
                    )?,
                };
                set!(dst, v);
            }
            I::StoreName { name, src } => {
                let key = &code.names[name as usize];
                let hint = &code.name_hints[name as usize];
                let v = reg!(src).clone();
                match &frame.locals {
                    Some(l) => super::namespace::set_hinted(l, key, v, hint)?,
                    None => dict(&frame.globals).set_hinted(key, v, hint)?,
                }
            }
            I::LoadGlobal { dst, name, cache } => {
                let n = name as usize;
                let v = load_global_cached(
                    frame,
                    &code.names[n],
                    &code.name_hints[n],
                    &code.globals_absent[n],
                    &code.caches[cache as usize],
                )?;
                set!(dst, v);
            }
            I::StoreGlobal { name, src } => {
                dict(&frame.globals).set_hinted(
                    &code.names[name as usize],
                    reg!(src).clone(),
                    &code.name_hints[name as usize],
                )?;
            }
            I::LoadDeref { dst, cell } => {
                let v = as_cell(&frame.cells[cell as usize])
                    .expect("a cell")
                    .contents
                    .get();
                match v {
                    Some(v) => set!(dst, v),
                    None => return Err(unbound_cell(frame, cell as usize)),
                }
            }
            I::StoreDeref { cell, src } => {
                let v = reg!(src).clone();
                let old = as_cell(&frame.cells[cell as usize])
                    .expect("a cell")
                    .contents
                    .replace(Some(v));
                drop(old);
            }
            I::LoadAttr {
                dst,
                obj,
                name,
                cache,
            } => {
                let key = &code.names[name as usize];
                let v = match super::attr_cache::load_attr(
                    reg!(obj),
                    key,
                    code.attr_cache(cache),
                    &code.name_hints[name as usize],
                )? {
                    Some(v) => v,
                    None => super::attr::getattr(reg!(obj), key)?,
                };
                set!(dst, v);
            }
            I::StoreAttr {
                obj,
                name,
                src,
                cache,
            } => {
                let key = &code.names[name as usize];
                if let Some(v) = super::attr_cache::store_attr(
                    reg!(obj),
                    key,
                    reg!(src).clone(),
                    code.attr_cache(cache),
                    &code.name_hints[name as usize],
                )? {
                    super::attr::setattr(reg!(obj), key, v)?;
                }
            }
            I::LoadMethod {
                base,
                obj,
                name,
                cache,
            } => {
                let receiver = reg!(obj).clone();
                let key = &code.names[name as usize];
                let (method, this) =
                    match super::attr_cache::load_method(&receiver, key, code.attr_cache(cache))? {
                        Some(f) => (f, Some(receiver)),
                        // `Base.method(self, ...)`: a class's attribute, unbound.
                        None => match super::attr_cache::load_class_attr(
                            &receiver,
                            key,
                            code.attr_cache(cache),
                        )? {
                            Some(v) => (v, None),
                            None => super::attr::load_method(&receiver, key)?,
                        },
                    };
                set!(base, method);
                set!(base + 1, this.unwrap_or_else(unbound));
            }
            I::LoadSubscript { dst, obj, key, .. } => load_subscript!(dst, reg!(obj), reg!(key)),
            I::LoadSubscriptConst { dst, obj, constant } => {
                load_subscript!(dst, reg!(obj), constant!(constant))
            }
            I::StoreSubscript { obj, key, src } => store_subscript!(obj, reg!(key), src),
            I::StoreSubscriptConst { obj, constant, src } => {
                store_subscript!(obj, constant!(constant), src)
            }
            I::LoadSlice {
                dst,
                obj,
                base,
                count,
            } => {
                let parts = &frame.regs[base as usize..(base + count) as usize];
                set!(dst, ops::get_slice(reg!(obj), parts)?);
            }
            I::StoreSlice {
                obj,
                base,
                count,
                src,
            } => {
                let parts = &frame.regs[base as usize..(base + count) as usize];
                ops::set_slice(reg!(obj), parts, reg!(src).clone())?;
            }
            I::BuildSlice { dst, base, count } => {
                let part = |i: u32| Some(frame.regs[(base + i) as usize].clone());
                let s = slice::slice_new(part(0), part(1), if count == 3 { part(2) } else { None });
                set!(dst, s);
            }
            I::Add { dst, lhs, rhs, .. } => {
                let (a, b) = (reg!(lhs), reg!(rhs));
                if pystr::as_str(a).is_some() && pystr::as_str(b).is_some() {
                    let v = pystr::concat(a, b)?;
                    set!(dst, v);
                } else {
                    arith_into!(dst, BinOp::Add, reg!(lhs), reg!(rhs), false);
                }
            }
            I::Subtract { dst, lhs, rhs, .. } => {
                arith_into!(dst, BinOp::Sub, reg!(lhs), reg!(rhs), false)
            }
            I::Multiply { dst, lhs, rhs, .. } => {
                arith_into!(dst, BinOp::Mul, reg!(lhs), reg!(rhs), false)
            }
            I::Power { dst, lhs, rhs, .. } => {
                arith_into!(dst, BinOp::Pow, reg!(lhs), reg!(rhs), false)
            }
            I::InplacePower { dst, lhs, rhs, .. } => {
                arith_into!(dst, BinOp::Pow, reg!(lhs), reg!(rhs), true)
            }
            I::TrueDivide { dst, lhs, rhs, .. } => {
                arith_into!(dst, BinOp::TrueDiv, reg!(lhs), reg!(rhs), false)
            }
            I::FloorDivide { dst, lhs, rhs, .. } => {
                set!(dst, arith(BinOp::FloorDiv, reg!(lhs), reg!(rhs))?)
            }
            I::Remainder { dst, lhs, rhs, .. } => {
                set!(dst, arith(BinOp::Mod, reg!(lhs), reg!(rhs))?)
            }
            I::LeftShift { dst, lhs, rhs, .. } => {
                set!(dst, ops::binary(BinOp::LShift, reg!(lhs), reg!(rhs))?)
            }
            I::RightShift { dst, lhs, rhs, .. } => {
                set!(dst, ops::binary(BinOp::RShift, reg!(lhs), reg!(rhs))?)
            }
            I::BitAnd { dst, lhs, rhs, .. } => set!(dst, arith(BinOp::And, reg!(lhs), reg!(rhs))?),
            I::BitOr { dst, lhs, rhs, .. } => set!(dst, arith(BinOp::Or, reg!(lhs), reg!(rhs))?),
            I::BitXor { dst, lhs, rhs, .. } => set!(dst, arith(BinOp::Xor, reg!(lhs), reg!(rhs))?),
            I::InplaceAdd { dst, lhs, rhs, .. } => {
                arith_into!(dst, BinOp::Add, reg!(lhs), reg!(rhs), true)
            }
            I::InplaceSubtract { dst, lhs, rhs, .. } => {
                arith_into!(dst, BinOp::Sub, reg!(lhs), reg!(rhs), true)
            }
            I::AddConst { dst, lhs, constant } => {
                let (a, b) = (reg!(lhs), constant!(constant));
                if pystr::as_str(a).is_some() && pystr::as_str(b).is_some() {
                    let v = pystr::concat(a, b)?;
                    set!(dst, v);
                } else {
                    arith_into!(dst, BinOp::Add, reg!(lhs), constant!(constant), false);
                }
            }
            I::SubtractConst { dst, lhs, constant } => {
                arith_into!(dst, BinOp::Sub, reg!(lhs), constant!(constant), false)
            }
            I::MultiplyConst { dst, lhs, constant } => {
                arith_into!(dst, BinOp::Mul, reg!(lhs), constant!(constant), false)
            }
            I::TrueDivideConst { dst, lhs, constant } => {
                arith_into!(dst, BinOp::TrueDiv, reg!(lhs), constant!(constant), false)
            }
            I::FloorDivideConst { dst, lhs, constant } => {
                set!(dst, arith(BinOp::FloorDiv, reg!(lhs), constant!(constant))?)
            }
            I::RemainderConst { dst, lhs, constant } => {
                set!(dst, arith(BinOp::Mod, reg!(lhs), constant!(constant))?)
            }
            I::InplaceAddConst { dst, lhs, constant } => {
                arith_into!(dst, BinOp::Add, reg!(lhs), constant!(constant), true)
            }
            I::InplaceSubtractConst { dst, lhs, constant } => {
                arith_into!(dst, BinOp::Sub, reg!(lhs), constant!(constant), true)
            }
            I::InplaceMultiplyConst { dst, lhs, constant } => {
                arith_into!(dst, BinOp::Mul, reg!(lhs), constant!(constant), true)
            }
            I::InplaceMultiply { dst, lhs, rhs, .. } => {
                arith_into!(dst, BinOp::Mul, reg!(lhs), reg!(rhs), true)
            }
            I::InplaceTrueDivide { dst, lhs, rhs, .. } => {
                arith_into!(dst, BinOp::TrueDiv, reg!(lhs), reg!(rhs), true)
            }
            I::Negative { dst, src } => {
                let v = match reg!(src).as_small_int() {
                    Some(i) => int::int_from_i64(-i),
                    None => ops::unary(reg!(src), "__neg__", "-")?,
                };
                set!(dst, v);
            }
            I::Not { dst, src } => set_and_branch!(dst, !ops::truthy(reg!(src))?),
            I::Less { dst, lhs, rhs, .. } => compare_and_branch!(dst, CompareOp::Lt, lhs, rhs),
            I::LessEqual { dst, lhs, rhs, .. } => compare_and_branch!(dst, CompareOp::Le, lhs, rhs),
            I::Equal { dst, lhs, rhs, .. } => compare_and_branch!(dst, CompareOp::Eq, lhs, rhs),
            I::NotEqual { dst, lhs, rhs, .. } => compare_and_branch!(dst, CompareOp::Ne, lhs, rhs),
            I::Greater { dst, lhs, rhs, .. } => compare_and_branch!(dst, CompareOp::Gt, lhs, rhs),
            I::GreaterEqual { dst, lhs, rhs, .. } => {
                compare_and_branch!(dst, CompareOp::Ge, lhs, rhs)
            }
            I::LessConst { dst, lhs, constant } => {
                compare_and_branch!(@values dst, CompareOp::Lt, reg!(lhs), constant!(constant))
            }
            I::LessEqualConst { dst, lhs, constant } => {
                compare_and_branch!(@values dst, CompareOp::Le, reg!(lhs), constant!(constant))
            }
            I::EqualConst { dst, lhs, constant } => {
                compare_and_branch!(@values dst, CompareOp::Eq, reg!(lhs), constant!(constant))
            }
            I::NotEqualConst { dst, lhs, constant } => {
                compare_and_branch!(@values dst, CompareOp::Ne, reg!(lhs), constant!(constant))
            }
            I::GreaterConst { dst, lhs, constant } => {
                compare_and_branch!(@values dst, CompareOp::Gt, reg!(lhs), constant!(constant))
            }
            I::GreaterEqualConst { dst, lhs, constant } => {
                compare_and_branch!(@values dst, CompareOp::Ge, reg!(lhs), constant!(constant))
            }
            I::Is { dst, lhs, rhs } => set_and_branch!(dst, reg!(lhs).is(reg!(rhs))),
            I::IsNot { dst, lhs, rhs } => set_and_branch!(dst, !reg!(lhs).is(reg!(rhs))),
            I::IsConst { dst, lhs, constant } => {
                set_and_branch!(dst, reg!(lhs).is(constant!(constant)))
            }
            I::IsNotConst { dst, lhs, constant } => {
                set_and_branch!(dst, !reg!(lhs).is(constant!(constant)))
            }
            I::Contains {
                dst,
                item,
                container,
            } => set_and_branch!(dst, ops::contains(reg!(container), reg!(item))?),
            I::NotContains {
                dst,
                item,
                container,
            } => set_and_branch!(dst, !ops::contains(reg!(container), reg!(item))?),
            I::Jump { offset } => jump!(offset as usize),
            I::JumpBack { offset } => {
                jump!(offset as usize);
                super::safepoint()?;
            }
            I::JumpIfTrue { cond, offset } => {
                if ops::truthy(reg!(cond))? {
                    jump!(offset as usize);
                }
            }
            I::JumpIfFalse { cond, offset } => {
                if !ops::truthy(reg!(cond))? {
                    jump!(offset as usize);
                }
            }
            I::GetIter { dst, src } => set!(dst, ops::iter(reg!(src))?),
            I::ForIter { dst, iter, exit } => {
                let next = match iterator::next_fast(reg!(iter)) {
                    Some(next) => next,
                    None => ops::next(reg!(iter))?,
                };
                match next {
                    Some(v) => set!(dst, v),
                    None => {
                        // The exhausted iterator dies now (CPython pops it).
                        set!(iter, unbound());
                        jump!(exit as usize);
                    }
                }
            }
            I::BuildTuple { dst, base, count } => {
                let items = frame.regs[base as usize..(base + count) as usize].to_vec();
                set!(dst, tuple::tuple_new(items));
            }
            I::BuildList { dst, base, count } => {
                let items = frame.regs[base as usize..(base + count) as usize].to_vec();
                set!(dst, List::new(items));
            }
            I::ListAppend { list, item } => {
                List::cast(reg!(list))
                    .expect("a list")
                    .append(reg!(item).clone());
            }
            I::UnpackSequence { base, src, count } => {
                unpack_sequence(frame, base as usize, src as usize, count as usize)?
            }
            I::Call { base, argc, .. } => {
                let (b, n) = (base as usize, argc as usize);
                let callee = &frame.regs[b];
                // Python functions first: the common case. The window's
                // temporaries move into the callee, which leaves them
                // unbound: nothing to clear.
                if as_function(callee).is_some() {
                    let (head, window) = frame.regs.split_at_mut(b + 1);
                    let f = as_function(&head[b]).expect("checked above");
                    let v = super::call::call_python_taking(f, &mut window[..n])?;
                    set!(b, v);
                } else {
                    let v = if super::frame_builtins::needs_frame(callee) {
                        super::frame_builtins::call(
                            callee,
                            frame,
                            &frame.regs[b + 1..b + 1 + n],
                            &[],
                        )?
                    } else {
                        call_window(callee, &frame.regs[b + 1..b + 1 + n], &[])?
                    };
                    set!(b, v);
                    clear_window(frame, b + 1, n);
                }
            }
            I::CallMethod { base, argc, .. } => {
                let (b, n) = (base as usize, argc as usize);
                let first = if is_unbound(&frame.regs[b + 1]) {
                    b + 2
                } else {
                    b + 1
                };
                if as_function(&frame.regs[b]).is_some() {
                    // As for `Call`: the window moves into the callee and
                    // is left unbound (with the receiver's slot, if empty).
                    let (head, window) = frame.regs.split_at_mut(b + 1);
                    let f = as_function(&head[b]).expect("checked above");
                    let v = super::call::call_python_taking(f, &mut window[first - b - 1..n + 1])?;
                    set!(b, v);
                } else {
                    let v = call_window(&frame.regs[b], &frame.regs[first..b + 2 + n], &[])?;
                    set!(b, v);
                    clear_window(frame, b + 1, n + 1);
                }
            }
            I::Return { src } => {
                return Ok(Completion::Return(std::mem::replace(
                    &mut frame.regs[src as usize],
                    unbound(),
                )));
            }
            I::ReturnConst { constant } => {
                return Ok(Completion::Return(constant!(constant).clone()))
            }
            I::Yield { dst, src } => {
                frame.yield_dst = Some(dst as usize);
                return Ok(Completion::Yield(reg!(src).clone()));
            }
            _ => {
                frame.pc = ip;
                let done = execute_rare(frame, code, *instruction);
                jump!(frame.pc);
                if let Some(done) = done? {
                    return Ok(done);
                }
            }
        }
    }
}

/// The instructions that run seldom (definitions, imports, exception
/// handling, formatting, building sets and maps, pattern matching), kept
/// out of `execute` so that its hot loop is small enough for the compiler
/// to keep its state in registers. `Some` when the frame returns or yields.
#[inline(never)]
fn execute_rare(frame: &mut Frame, code: &CodeRt, instruction: I) -> PyResult<Option<Completion>> {
    macro_rules! reg {
        ($i:expr) => {
            &frame.regs[$i as usize]
        };
    }
    macro_rules! set {
        ($i:expr, $v:expr) => {{
            let v = $v;
            frame.regs[$i as usize] = v;
        }};
    }
    match instruction {
        I::DeleteLocal { local } => {
            if is_unbound(reg!(local)) {
                return Err(unbound_local(frame, local as usize));
            }
            set!(local, unbound());
        }
        I::DeleteName { name } => {
            let key = &code.names[name as usize];
            let ns = frame.locals.as_ref().unwrap_or(&*frame.globals);
            if !super::namespace::delete(ns, key)? {
                return Err(name_error(key));
            }
        }
        I::DeleteGlobal { name } => {
            let key = &code.names[name as usize];
            if dict(&frame.globals).pop(key)?.is_none() {
                return Err(name_error(key));
            }
        }
        I::DeleteDeref { cell } => {
            let old = as_cell(&frame.cells[cell as usize])
                .expect("a cell")
                .contents
                .take();
            if old.is_none() {
                return Err(unbound_cell(frame, cell as usize));
            }
            drop(old);
        }
        I::LoadClassDeref { dst, cell } => {
            let name = &code.cell_names[cell as usize];
            let local = match &frame.locals {
                Some(l) => super::namespace::get(l, name)?,
                None => None,
            };
            let v = match local {
                Some(v) => v,
                None => match as_cell(&frame.cells[cell as usize])
                    .expect("a cell")
                    .contents
                    .get()
                {
                    Some(v) => v,
                    None => return Err(unbound_cell(frame, cell as usize)),
                },
            };
            set!(dst, v);
        }
        I::LoadCell { dst, cell } => set!(dst, frame.cells[cell as usize].clone()),
        I::MakeCell { cell, src } => {
            let v = reg!(src).clone();
            let v = if is_unbound(&v) { None } else { Some(v) };
            frame.cells.to_mut()[cell as usize] = new_cell(v);
        }
        I::DeleteAttr { obj, name } => {
            super::attr::delattr(reg!(obj), &code.names[name as usize])?;
        }
        I::DeleteSubscript { obj, key } => ops::delitem(reg!(obj), reg!(key))?,
        I::MatrixMultiply { dst, lhs, rhs, .. } => set!(dst, ops::matmul(reg!(lhs), reg!(rhs))?),
        I::InplaceMatrixMultiply { dst, lhs, rhs, .. } => {
            set!(dst, ops::inplace_matmul(reg!(lhs), reg!(rhs))?)
        }
        I::InplaceFloorDivide { dst, lhs, rhs, .. } => {
            set!(dst, ops::inplace(BinOp::FloorDiv, reg!(lhs), reg!(rhs))?)
        }
        I::InplaceRemainder { dst, lhs, rhs, .. } => {
            set!(dst, ops::inplace(BinOp::Mod, reg!(lhs), reg!(rhs))?)
        }
        I::InplaceLeftShift { dst, lhs, rhs, .. } => {
            set!(dst, ops::inplace(BinOp::LShift, reg!(lhs), reg!(rhs))?)
        }
        I::InplaceRightShift { dst, lhs, rhs, .. } => {
            set!(dst, ops::inplace(BinOp::RShift, reg!(lhs), reg!(rhs))?)
        }
        I::InplaceBitAnd { dst, lhs, rhs, .. } => {
            set!(dst, ops::inplace(BinOp::And, reg!(lhs), reg!(rhs))?)
        }
        I::InplaceBitOr { dst, lhs, rhs, .. } => {
            set!(dst, ops::inplace(BinOp::Or, reg!(lhs), reg!(rhs))?)
        }
        I::InplaceBitXor { dst, lhs, rhs, .. } => {
            set!(dst, ops::inplace(BinOp::Xor, reg!(lhs), reg!(rhs))?)
        }
        I::Positive { dst, src } => set!(dst, ops::unary(reg!(src), "__pos__", "+")?),
        I::Invert { dst, src } => set!(dst, ops::unary(reg!(src), "__invert__", "~")?),
        I::BuildSet { dst, base, count } => {
            let items = frame.regs[base as usize..(base + count) as usize].to_vec();
            set!(dst, Set::new(items)?);
        }
        I::BuildConstSet { dst, base, count } => {
            let items = frame.regs[base as usize..(base + count) as usize].to_vec();
            set!(dst, Set::new_from_constants(items)?);
        }
        I::BuildMap { dst, base, count } => {
            let d = Dict::new();
            let map = Dict::cast(&d).expect("a dict");
            for pair in frame.regs[base as usize..(base + 2 * count) as usize].chunks(2) {
                map.set(pair[0].clone(), pair[1].clone())?;
            }
            set!(dst, d);
        }
        I::BuildString { dst, base, count } => {
            let mut s = String::new();
            for v in &frame.regs[base as usize..(base + count) as usize] {
                s.push_str(pystr::as_str(v).unwrap_or(""));
            }
            set!(dst, pystr::str_from_string(s));
        }
        I::ListExtend { list, iterable } => {
            let src = reg!(iterable).clone();
            ops::list_extend(List::cast(reg!(list)).expect("a list"), &src).map_err(|e| {
                if ops::iter(&src).is_err() {
                    type_error(format!(
                        "Value after * must be an iterable, not {}",
                        typeobj::type_name_of(&src)
                    ))
                } else {
                    e
                }
            })?;
        }
        I::ArgsExtend {
            list,
            iterable,
            callee,
        } => {
            let src = reg!(iterable).clone();
            ops::list_extend(List::cast(reg!(list)).expect("a list"), &src).map_err(|e| {
                if ops::iter(&src).is_err() {
                    type_error(format!(
                        "{} argument after * must be an iterable, not {}",
                        super::objects::function_str(reg!(callee)),
                        typeobj::type_name_of(&src)
                    ))
                } else {
                    e
                }
            })?;
        }
        I::ListToTuple { dst, list } => {
            let items = List::cast(reg!(list)).expect("a list").to_vec();
            set!(dst, tuple::tuple_new(items));
        }
        I::SetAdd { set, item } => {
            Set::cast(reg!(set))
                .expect("a set")
                .add(reg!(item).clone())?;
        }
        I::SetUpdate { set, iterable } => {
            let s = Set::cast(reg!(set)).expect("a set");
            let other = reg!(iterable);
            if Set::cast(other).is_some() || Dict::cast(other).is_some() {
                // As CPython's `set_update_internal` (its resizes
                // decide the iteration order).
                s.update_from(other)?;
            } else {
                for item in ops::collect(other)? {
                    s.add(item)?;
                }
            }
        }
        I::MapInsert { map, key, value } => {
            dict(reg!(map)).set(reg!(key).clone(), reg!(value).clone())?;
        }
        I::MapUpdate { map, src } => {
            let src = reg!(src).clone();
            if Dict::cast(&src).is_none() && ops::special(&src, "keys")?.is_none() {
                return Err(type_error(format!(
                    "'{}' object is not a mapping",
                    typeobj::type_name_of(&src)
                )));
            }
            ops::dict_update(reg!(map), &src)?;
        }
        I::MapMerge { map, src, callee } => {
            let src = reg!(src).clone();
            let target = dict(reg!(map));
            let pairs = match Dict::cast(&src) {
                Some(d) => d.items(),
                None => {
                    let not_mapping = || {
                        type_error(format!(
                            "{} argument after ** must be a mapping, not {}",
                            super::objects::function_str(reg!(callee)),
                            typeobj::type_name_of(&src)
                        ))
                    };
                    if ops::special(&src, "keys")?.is_none() {
                        return Err(not_mapping());
                    }
                    let tmp = Dict::new();
                    ops::dict_update(&tmp, &src).map_err(|_| not_mapping())?;
                    Dict::cast(&tmp).expect("a dict").items()
                }
            };
            for (k, v) in pairs {
                if target.contains(&k)? {
                    return Err(type_error(format!(
                        "{} got multiple values for keyword argument '{}'",
                        super::objects::function_str(reg!(callee)),
                        pystr::as_str(&k).unwrap_or("?")
                    )));
                }
                target.set(k, v)?;
            }
        }
        I::Convert { dst, src, kind } => {
            let v = reg!(src);
            let s = match kind {
                1 => ops::str_value(v)?,
                2 => pystr::str_from_string(ops::repr_of(v)?),
                _ => pystr::str_from_string(ops::ascii_of(v)?),
            };
            set!(dst, s);
        }
        I::FormatSimple { dst, src } => {
            let v = reg!(src);
            let s = if pystr::as_str(v).is_some() {
                v.clone()
            } else if let Some(i) = v.as_small_int() {
                pystr::from_i64(i)
            } else {
                pystr::str_from_string(ops::format(v, "")?)
            };
            set!(dst, s);
        }
        I::FormatWithSpec { dst, src, spec } => {
            let spec = pystr::as_str(reg!(spec)).unwrap_or("").to_string();
            set!(dst, pystr::str_from_string(ops::format(reg!(src), &spec)?));
        }
        I::UnpackEx { base, src, counts } => {
            let items = unpack(
                reg!(src),
                (counts & 0xff) as usize,
                Some((counts >> 8) as usize),
            )?;
            for (i, v) in items.into_iter().enumerate() {
                set!(base as usize + i, v);
            }
        }
        I::MakeFunction { dst, code: k } => {
            let child = code.children[k as usize].clone().expect("a code constant");
            let f = new_function(
                child.clone(),
                (*frame.globals).clone(),
                (*frame.builtins).clone(),
            );
            if frame.locals.is_some() {
                super::shared::share(&f);
            }
            set!(dst, f);
        }
        I::SetDefaults { func, src } => {
            let _ = as_function(reg!(func))
                .expect("a function")
                .defaults
                .set(reg!(src).clone());
        }
        I::SetKwDefaults { func, src } => {
            let _ = as_function(reg!(func))
                .expect("a function")
                .kwdefaults
                .set(reg!(src).clone());
        }
        I::SetAnnotations { func, src } => {
            let _ = as_function(reg!(func))
                .expect("a function")
                .annotations
                .set(reg!(src).clone());
        }
        I::SetClosure { func, src } => {
            let _ = as_function(reg!(func))
                .expect("a function")
                .closure
                .set(reg!(src).clone());
        }
        I::CallKw {
            base,
            argc,
            kwnames,
            ..
        } => {
            let (b, n) = (base as usize, argc as usize);
            let names = &code.constants[kwnames as usize];
            let nk = tuple::tuple_len(names).unwrap_or(0);
            let window = &frame.regs[b + 1..b + 1 + n];
            let keywords = keyword_pairs(names, &window[n - nk..]);
            let callee = &frame.regs[b];
            let v = if super::frame_builtins::needs_frame(callee) {
                super::frame_builtins::call(callee, frame, &window[..n - nk], &keywords)?
            } else {
                call_window(callee, &window[..n - nk], &keywords)?
            };
            set!(b, v);
            clear_window(frame, b + 1, n);
        }
        I::CallEx { base, has_kwargs } => {
            let b = base as usize;
            let positional = ops::collect(&frame.regs[b + 1])?;
            let keywords = if has_kwargs != 0 {
                Dict::cast(&frame.regs[b + 2]).expect("a dict").items()
            } else {
                vec![]
            };
            let callee = &frame.regs[b];
            let v = if super::frame_builtins::needs_frame(callee) {
                super::frame_builtins::call(callee, frame, &positional, &keywords)?
            } else {
                call_window(callee, &positional, &keywords)?
            };
            set!(b, v);
        }
        I::LoadBuildClass { dst } => {
            let v = dict(&frame.builtins)
                .get(weft_runtime::interned!("__build_class__"))?
                .ok_or_else(|| error("NameError", "__build_class__ not found"))?;
            set!(dst, v);
        }
        I::GetYieldFromIter { dst, src } => {
            let v = reg!(src);
            let it = if as_generator(v).is_some() {
                v.clone()
            } else {
                ops::iter(v)?
            };
            set!(dst, it);
        }
        I::YieldFrom { dst, iter } => {
            let input = frame
                .delegate
                .take()
                .unwrap_or_else(|| Resume::Send(none_bool::none()));
            let sub = reg!(iter).clone();
            match delegate(&sub, input)? {
                Step::Yielded(v) => {
                    frame.pc -= 1; // re-run on resume
                    return Ok(Some(Completion::Yield(v)));
                }
                Step::Returned(v) => set!(dst, v),
            }
        }
        I::Raise { exc } => {
            let e = exception_to_raise(reg!(exc))?;
            return Err(PyErr::Object(e));
        }
        I::RaiseFrom { exc, cause } => {
            let e = exception_to_raise(reg!(exc))?;
            let c = reg!(cause);
            let cause =
                if none_bool::is_none(c) {
                    None
                } else if exception::as_exception(c).is_some() || typeobj::as_type(c).is_some() {
                    Some(exception_to_raise(c).map_err(|_| {
                        type_error("exception causes must derive from BaseException")
                    })?)
                } else {
                    return Err(type_error(
                        "exception causes must derive from BaseException",
                    ));
                };
            exception::set_cause(&e, cause);
            return Err(PyErr::Object(e));
        }
        I::RaiseCurrent {} => {
            return Err(match state::handled() {
                Some(e) => PyErr::Object(e),
                None => error("RuntimeError", "No active exception to reraise"),
            });
        }
        I::Reraise { exc } => return Err(PyErr::Object(reg!(exc).clone())),
        I::PushExcInfo { save, exc } => {
            let old = state::set_handled(Some(reg!(exc).clone()));
            set!(save, old.unwrap_or_else(none_bool::none));
        }
        I::PopExcInfo { save } => {
            let v = reg!(save);
            let restore = if none_bool::is_none(v) || is_unbound(v) {
                None
            } else {
                Some(v.clone())
            };
            state::set_handled(restore);
        }
        I::CheckExcMatch { dst, exc, kind } => {
            set!(
                dst,
                none_bool::bool_value(check_exc_match(reg!(exc), reg!(kind))?)
            )
        }
        I::ExceptStarMatch { dst, rest, kind } => {
            let (matched, left) = super::except_star::clause_match(reg!(rest), reg!(kind))?;
            set!(dst, matched);
            set!(rest, left);
        }
        I::PrepReraiseStar { dst, orig, excs } => set!(
            dst,
            super::except_star::prep_reraise(reg!(orig), reg!(excs))?
        ),
        I::LoadAssertionError { dst } => set!(
            dst,
            exception::exception_class("AssertionError").expect("builtin")
        ),
        I::BeforeWith { base, manager } => {
            let m = reg!(manager).clone();
            let no_protocol = |missed: &str| {
                type_error(format!(
                    "'{}' object does not support the context manager protocol{missed}",
                    typeobj::type_name_of(&m)
                ))
            };
            let enter = ops::special(&m, "__enter__")?.ok_or_else(|| no_protocol(""))?;
            let exit = ops::special(&m, "__exit__")?
                .ok_or_else(|| no_protocol(" (missed __exit__ method)"))?;
            set!(base, exit);
            set!(base + 1, protocol::call(&enter, &[])?);
        }
        I::WithExceptStart { dst, exit, exc } => {
            let e = reg!(exc).clone();
            let tb = exception::as_exception(&e)
                .and_then(|x| exception::get_field(x, "__traceback__"))
                .unwrap_or_else(none_bool::none);
            let v = protocol::call(reg!(exit), &[typeobj::type_of(&e), e, tb])?;
            set!(dst, v);
        }
        I::MatchSequence { dst, subject } => set!(
            dst,
            none_bool::bool_value(super::matching::is_sequence(reg!(subject)))
        ),
        I::MatchMapping { dst, subject } => set!(
            dst,
            none_bool::bool_value(super::matching::is_mapping(reg!(subject)))
        ),
        I::GetLen { dst, src } => set!(dst, super::matching::get_len(reg!(src))?),
        I::MatchClass {
            base,
            subject,
            nargs,
            kwnames,
        } => {
            let kwnames = &code.constants[kwnames as usize];
            let found =
                super::matching::match_class(reg!(subject), reg!(base), nargs as usize, kwnames)?;
            super::matching::store_result(&mut frame.regs, base as usize, found);
        }
        I::MatchKeys {
            base,
            subject,
            keys,
        } => {
            let found = super::matching::match_keys(reg!(subject), reg!(keys))?;
            super::matching::store_result(&mut frame.regs, base as usize, found);
        }
        I::CopyDictWithoutKeys { dst, subject, keys } => {
            set!(
                dst,
                super::matching::copy_without_keys(reg!(subject), reg!(keys))?
            )
        }
        I::ImportName {
            dst,
            name,
            level,
            fromlist,
        } => {
            let module = super::import::import_name(
                frame,
                &code.names[name as usize],
                &code.constants[fromlist as usize],
                level as usize,
            )?;
            set!(dst, module);
        }
        I::ImportFrom { dst, module, name } => {
            let v = super::import::import_from(reg!(module), &code.names[name as usize])?;
            set!(dst, v);
        }
        I::ImportStar { module } => {
            let m = reg!(module).clone();
            let target = frame
                .locals
                .clone()
                .unwrap_or_else(|| (*frame.globals).clone());
            super::import::import_star(&m, &target)?;
        }
        I::SetupAnnotations {} => {
            let ns = frame
                .locals
                .clone()
                .unwrap_or_else(|| (*frame.globals).clone());
            let key = weft_runtime::interned!("__annotations__").clone();
            if super::namespace::get(&ns, &key)?.is_none() {
                super::namespace::set(&ns, key, Dict::new())?;
            }
        }
        _ => unreachable!("execute handles {instruction:?}"),
    }
    Ok(None)
}

/// Drop the arguments of a finished call, so they die when the callee is
/// done with them (as CPython pops them off its stack).
/// `R[base..base+count] := R[src]`, exactly `count` items. Out of the
/// dispatch loop: code added there slows every instruction.
#[inline(never)]
fn unpack_sequence(frame: &mut Frame, base: usize, src: usize, count: usize) -> PyResult<()> {
    let window = base..base + count;
    // A tuple of the right length (not in the window it fills): its items
    // straight into the registers, no vector.
    if tuple::as_tuple(&frame.regs[src]).is_some_and(|t| t.len() == count) && !window.contains(&src)
    {
        for i in 0..count {
            let item = tuple::as_tuple(&frame.regs[src]).expect("checked above")[i].clone();
            frame.regs[base + i] = item;
        }
        return Ok(());
    }
    let items = unpack(&frame.regs[src], count, None)?;
    for (r, v) in frame.regs[window].iter_mut().zip(items) {
        *r = v;
    }
    Ok(())
}

#[inline]
fn clear_window(frame: &mut Frame, start: usize, n: usize) {
    for r in &mut frame.regs[start..start + n] {
        *r = unbound();
    }
}

fn unbound_cell(frame: &Frame, cell: usize) -> PyErr {
    let name = pystr::as_str(&frame.code.cell_names[cell])
        .unwrap_or("?")
        .to_string();
    if cell < frame.code.code.cell_names.len() {
        error(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    } else {
        error("NameError", format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
    }
}

/// One step of `yield from sub`.
fn delegate(sub: &Value, input: Resume) -> PyResult<Step> {
    if let Some(g) = as_generator(sub) {
        return generator::resume(g, input);
    }
    match input {
        Resume::Send(v) => {
            let r = if none_bool::is_none(&v) {
                ops::next(sub).map(|o| o.ok_or(()))
            } else {
                match ops::call_special(sub, "send", &[v]) {
                    Ok(Some(x)) => Ok(Ok(x)),
                    Ok(None) => Err(type_error(format!(
                        "'{}' object has no attribute 'send'",
                        typeobj::type_name_of(sub)
                    ))),
                    Err(e) if ops::is_stop_iteration(&e) => {
                        return Ok(Step::Returned(stop_value(e)))
                    }
                    Err(e) => Err(e),
                }
            };
            match r? {
                Ok(v) => Ok(Step::Yielded(v)),
                Err(()) => Ok(Step::Returned(none_bool::none())),
            }
        }
        Resume::Throw(e) => {
            let exc = exception::materialize(e);
            let is_exit = exception::matches(
                &exc,
                &exception::exception_class("GeneratorExit").expect("builtin"),
            );
            if is_exit {
                let _ = ops::call_special(sub, "close", &[]);
                return Err(PyErr::Object(exc));
            }
            match ops::special(sub, "throw")? {
                Some(t) => match protocol::call(&t, &[exc]) {
                    Ok(v) => Ok(Step::Yielded(v)),
                    Err(e) if ops::is_stop_iteration(&e) => Ok(Step::Returned(stop_value(e))),
                    Err(e) => Err(e),
                },
                None => Err(PyErr::Object(exc)),
            }
        }
    }
}

/// The value a StopIteration carries.
pub fn stop_value(e: PyErr) -> Value {
    match e {
        PyErr::Lazy(l) => l.arg.unwrap_or_else(none_bool::none),
        PyErr::Object(v) => {
            let args = exception::args(&v);
            tuple::as_tuple(&args)
                .and_then(|a| a.first().cloned())
                .unwrap_or_else(none_bool::none)
        }
    }
}
