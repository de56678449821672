//! Calling Python functions: binding arguments to parameters with
//! CPython's rules and messages, the recursion limit, and running the
//! frame (or making a generator).

use weft_runtime::types::{dict::Dict, none_bool, str as pystr, tuple};
use weft_runtime::{Args, PyResult, Value};

use super::errors::{error, type_error};
use super::eval::{self, Completion};
use super::frame::{CodeRef, EnvRef, Frame};
use super::function::{as_function, closure_cells, Function};
use super::singletons::{is_unbound, unbound};
use super::state;

/// Run `f` one call level deeper: RecursionError past the limit or when
/// the native stack runs low.
#[inline]
pub fn with_depth<R>(f: impl FnOnce() -> PyResult<R>) -> PyResult<R> {
    enter_level()?;
    let r = f();
    state::leave_call();
    r
}

/// Enter one call level (`state::leave_call` leaves it): RecursionError
/// past the limit or when the native stack runs low, KeyboardInterrupt if
/// Ctrl-C is pending.
#[inline(always)]
fn enter_level() -> PyResult<()> {
    // The native stack is measured every 8 levels (a call level uses far
    // less than the 32 KiB a level that leaves of the 256 KiB margin).
    let low_stack = |depth: usize| {
        depth.is_multiple_of(8) && stacker::remaining_stack().is_some_and(|r| r < 256 * 1024)
    };
    if state::enter_call().is_none_or(low_stack) {
        state::leave_call();
        return Err(error("RecursionError", "maximum recursion depth exceeded"));
    }
    if let Err(e) = super::check_interrupt() {
        state::leave_call();
        return Err(e);
    }
    Ok(())
}

/// `f(*args, **kwargs)` for a function object (`TypeInfo::call`).
pub fn call_function(callable: &Value, args: Args<'_>) -> PyResult<Value> {
    let f = as_function(callable).expect("called through FUNCTION_TYPE");
    call_python(f, args.positional, args.keywords)
}

/// Call a Python function.
#[inline]
pub fn call_python(
    f: &Function,
    positional: &[Value],
    keywords: &[(Value, Value)],
) -> PyResult<Value> {
    if keywords.is_empty() && f.code.plain_arity as usize == positional.len() {
        call_plain(f, positional)
    } else {
        call_bound(f, positional, keywords)
    }
}

/// Call a Python function that needs its arguments bound (defaults,
/// keywords, `*args`, cells), or makes a generator.
#[inline(never)]
fn call_bound(f: &Function, positional: &[Value], keywords: &[(Value, Value)]) -> PyResult<Value> {
    let mut frame = Frame::new(
        CodeRef::Borrowed(&f.code),
        EnvRef::Borrowed(&f.globals),
        EnvRef::Borrowed(&f.builtins),
        None,
        closure_cells(f),
    );
    bind_arguments(f, &mut frame, positional, keywords)?;
    let flags = f.code.code.flags;
    if flags.generator || flags.coroutine {
        return Ok(super::generator::new_generator(Box::new(
            frame.into_owned(),
        )));
    }
    run_frame(&mut frame)
}

/// Call a Python function whose code is plain (`CodeRt::plain_arity`)
/// with that many positional arguments: they are copied into the first
/// registers and the body runs, with none of `call_python`'s binding.
#[inline(never)]
fn call_plain(f: &Function, args: &[Value]) -> PyResult<Value> {
    debug_assert_eq!(f.code.plain_arity as usize, args.len());
    run_plain(f, |frame| fill_parameters(frame, args))
}

/// `call_python` for arguments in registers the caller gives up (a call
/// instruction's window of temporaries): a plain call moves them into the
/// callee's parameters, where `call_python` would count a new reference to
/// each and the caller drop its own. A call that returns leaves `args` all
/// unbound, so the caller has nothing to clear (one that raises may leave
/// them to the caller's frame, which drops them in time).
#[inline]
pub fn call_python_taking(f: &Function, args: &mut [Value]) -> PyResult<Value> {
    if f.code.plain_arity as usize == args.len() {
        call_plain_taking(f, args)
    } else {
        let r = call_bound(f, args, &[]);
        for a in args.iter_mut() {
            *a = unbound();
        }
        r
    }
}

#[inline(never)]
fn call_plain_taking(f: &Function, args: &mut [Value]) -> PyResult<Value> {
    run_plain(f, |frame| {
        for (slot, v) in frame.regs.iter_mut().zip(args) {
            // A fresh frame's registers are all unbound: nothing to drop.
            debug_assert!(is_unbound(slot));
            std::mem::forget(std::mem::replace(slot, std::mem::replace(v, unbound())));
        }
    })
}

/// The body of a plain call, its parameters filled by `fill`. Every step
/// of the call is inlined here (the call level, the frame, the evaluation
/// loop's entry): the hottest path of call-heavy programs.
#[inline(always)]
fn run_plain(f: &Function, fill: impl FnOnce(&mut Frame<'_>)) -> PyResult<Value> {
    enter_level()?;
    // The frame is dropped in place at the end of the block (`drop(frame)`
    // would move it first).
    let r = {
        let mut frame = Frame::new(
            CodeRef::Borrowed(&f.code),
            EnvRef::Borrowed(&f.globals),
            EnvRef::Borrowed(&f.builtins),
            None,
            // Most plain code has no free variables: no closure to look up.
            if f.code.code.free_names.is_empty() {
                &[]
            } else {
                closure_cells(f)
            },
        );
        fill(&mut frame);
        eval::run_call(&mut frame, &f.code, &f.globals)
    };
    state::leave_call();
    r
}

/// Copy `args` into a fresh frame's first registers.
#[inline]
fn fill_parameters(frame: &mut Frame<'_>, args: &[Value]) {
    for (slot, v) in frame.regs.iter_mut().zip(args) {
        // A fresh frame's registers are all unbound: nothing to drop.
        debug_assert!(is_unbound(slot));
        std::mem::forget(std::mem::replace(slot, v.clone()));
    }
}

/// Run a prepared frame to completion.
pub fn run_frame(frame: &mut Frame<'_>) -> PyResult<Value> {
    // A borrowed frame's code is a reference copy; an owned one's (a module
    // body) one count.
    let code = frame.code.clone();
    with_depth(|| match eval::run(frame, code.as_arc(), None)? {
        Completion::Return(v) => Ok(v),
        Completion::Yield(_) => Err(error("SystemError", "yield outside a generator")),
    })
}

fn qualname(f: &Function) -> String {
    pystr::as_str(&f.qualname.lock()).unwrap_or("?").to_string()
}

/// `'a', 'b' and 'c'` as CPython lists missing parameters.
fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// Fill the frame's parameter registers from a call's arguments.
#[inline]
fn bind_arguments(
    f: &Function,
    frame: &mut Frame<'_>,
    positional: &[Value],
    keywords: &[(Value, Value)],
) -> PyResult<()> {
    let code = &f.code.code;
    let flags = code.flags;
    // The common case: exactly the positional parameters, nothing else.
    if keywords.is_empty()
        && positional.len() == code.arg_count as usize
        && !flags.varargs
        && !flags.varkeywords
        && code.kwonly_count == 0
    {
        fill_parameters(frame, positional);
        return Ok(());
    }
    bind_general(f, frame, positional, keywords)
}

/// `bind_arguments` for defaults, keywords, `*args` and `**kwargs`, and
/// the errors; out of line, so that a plain call stays small.
#[inline(never)]
fn bind_general(
    f: &Function,
    frame: &mut Frame<'_>,
    positional: &[Value],
    keywords: &[(Value, Value)],
) -> PyResult<()> {
    let code = &f.code.code;
    let nargs = code.arg_count as usize;
    let nkwonly = code.kwonly_count as usize;
    let nposonly = code.posonly_count as usize;
    let flags = code.flags;
    let varargs_reg = nargs + nkwonly;
    let varkw_reg = varargs_reg + usize::from(flags.varargs);
    // Positional arguments.
    let taken = positional.len().min(nargs);
    for (slot, v) in frame.regs.iter_mut().zip(&positional[..taken]) {
        *slot = v.clone();
    }
    if flags.varargs {
        frame.regs[varargs_reg] = tuple::tuple_from_slice(&positional[taken..]);
    } else if positional.len() > nargs {
        return Err(too_many_positional(f, positional.len(), keywords));
    }
    // Keyword arguments.
    let kwargs = if flags.varkeywords {
        Some(Dict::new())
    } else {
        None
    };
    let mut posonly_as_kw = Vec::new();
    for (name, value) in keywords {
        let Some(name_str) = pystr::as_str(name) else {
            return Err(type_error("keywords must be strings"));
        };
        let index = code.local_names[..nargs + nkwonly]
            .iter()
            .position(|n| &**n == name_str);
        match index {
            Some(i) if i >= nposonly => {
                if !is_unbound(&frame.regs[i]) {
                    return Err(type_error(format!(
                        "{}() got multiple values for argument '{name_str}'",
                        qualname(f)
                    )));
                }
                frame.regs[i] = value.clone();
            }
            _ => match &kwargs {
                Some(d) => {
                    Dict::cast(d)
                        .expect("a dict")
                        .set(name.clone(), value.clone())?;
                }
                None if index.is_some() => posonly_as_kw.push(name_str.to_string()),
                None => {
                    return Err(type_error(format!(
                        "{}() got an unexpected keyword argument '{name_str}'",
                        qualname(f)
                    )))
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname(f),
            posonly_as_kw.join(", ")
        )));
    }
    if let Some(d) = kwargs {
        frame.regs[varkw_reg] = d;
    }
    // Defaults for missing positional parameters.
    let mut missing = Vec::new();
    f.with_defaults(|defaults| {
        let defaults: &[Value] = defaults.and_then(tuple::as_tuple).unwrap_or(&[]);
        let first_default = nargs - defaults.len().min(nargs);
        for i in positional.len().min(nargs)..nargs {
            if is_unbound(&frame.regs[i]) {
                if i >= first_default {
                    frame.regs[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(code.local_names[i].to_string());
                }
            }
        }
    });
    if !missing.is_empty() {
        return Err(missing_arguments(f, "positional", &missing));
    }
    // Keyword-only defaults.
    f.with_kwdefaults(|kwdefaults| -> PyResult<()> {
        let kwdefaults = kwdefaults.and_then(Dict::cast);
        for i in nargs..nargs + nkwonly {
            if is_unbound(&frame.regs[i]) {
                let name = &f.code.local_names[i];
                match kwdefaults.map(|d| d.get(name)).transpose()?.flatten() {
                    Some(v) => frame.regs[i] = v,
                    None => missing.push(code.local_names[i].to_string()),
                }
            }
        }
        Ok(())
    })?;
    if !missing.is_empty() {
        return Err(missing_arguments(f, "keyword-only", &missing));
    }
    Ok(())
}

/// `f() missing 2 required positional arguments: 'a' and 'b'`.
fn missing_arguments(f: &Function, kind: &str, missing: &[String]) -> weft_runtime::PyErr {
    type_error(format!(
        "{}() missing {} required {kind} argument{}: {}",
        qualname(f),
        missing.len(),
        if missing.len() == 1 { "" } else { "s" },
        name_list(missing)
    ))
}

fn too_many_positional(
    f: &Function,
    given: usize,
    keywords: &[(Value, Value)],
) -> weft_runtime::PyErr {
    let code = &f.code.code;
    let nargs = code.arg_count as usize;
    let ndefaults = f.with_defaults(|d| d.and_then(tuple::tuple_len).unwrap_or(0));
    let kwonly_given = keywords
        .iter()
        .filter(|(k, _)| {
            pystr::as_str(k).is_some_and(|k| {
                code.local_names[nargs..nargs + code.kwonly_count as usize]
                    .iter()
                    .any(|n| &**n == k)
            })
        })
        .count();
    let takes = if ndefaults > 0 {
        format!(
            "from {} to {} positional arguments",
            nargs - ndefaults,
            nargs
        )
    } else {
        format!(
            "{} positional argument{}",
            nargs,
            if nargs == 1 { "" } else { "s" }
        )
    };
    let given_text = if kwonly_given > 0 {
        format!(
            "{given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
            if given == 1 { "" } else { "s" },
            if kwonly_given == 1 { "" } else { "s" }
        )
    } else {
        format!("{given} {} given", if given == 1 { "was" } else { "were" })
    };
    type_error(format!("{}() takes {takes} but {given_text}", qualname(f)))
}

/// Run a code object as a module or class body with `locals` as its
/// namespace.
pub fn run_body(f: &Function, locals: Value) -> PyResult<Value> {
    let mut frame = Frame::new(
        CodeRef::Borrowed(&f.code),
        EnvRef::Borrowed(&f.globals),
        EnvRef::Borrowed(&f.builtins),
        Some(locals),
        closure_cells(f),
    );
    run_frame(&mut frame)
}

/// `None`, for functions that return nothing.
pub fn none() -> Value {
    none_bool::none()
}
