//! `Args`: the arguments of a call, positional and keyword, as every
//! callable receives them (CPython's vectorcall: a slice of positional
//! values and the keyword pairs).
//!
//! Built-in methods check their arguments with a `Method`, the analogue of
//! CPython's Argument Clinic declarations: the owner type, the method name
//! and its calling convention (`Conv`), which fixes CPython 3.11's error
//! messages (they differ by convention: `list.append() takes exactly one
//! argument (0 given)`, `pop expected at most 1 argument, got 2`,
//! `find() takes at least 1 argument (0 given)`, `'x' is an invalid keyword
//! argument for sort()`, `expected 0 arguments, got 1` for slot wrappers).
//!
//! ```ignore
//! const POP: Method = Method::positional("list", "pop", 0, 1);
//! fn pop(args: Args<'_>) -> PyResult<Value> {
//!     let (list, [index]) = POP.parse(args, List::cast)?;
//!     ...
//! }
//! ```
//!
//! The argument converters below (`index_arg`, `str_arg`, `slice_index`...)
//! give CPython's conversion errors.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::Value;

/// The arguments of one call.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    /// Positional arguments, in order (for a bound method, the receiver
    /// first).
    pub positional: &'a [Value],
    /// Keyword arguments as `(name, value)` pairs; names are `str`.
    pub keywords: &'a [(Value, Value)],
}

impl<'a> Args<'a> {
    /// Positional arguments only.
    pub fn positional(positional: &'a [Value]) -> Args<'a> {
        Args {
            positional,
            keywords: &[],
        }
    }

    /// Positional and keyword arguments.
    pub fn new(positional: &'a [Value], keywords: &'a [(Value, Value)]) -> Args<'a> {
        Args {
            positional,
            keywords,
        }
    }
}

/// A calling convention of CPython's built-in methods; each has its own
/// error messages.
#[derive(Clone, Copy, Debug)]
pub enum Conv {
    /// `METH_NOARGS`: `list.clear() takes no arguments (1 given)`.
    NoArgs,
    /// `METH_O`: `list.append() takes exactly one argument (0 given)`.
    One,
    /// Argument Clinic, positional only (`_PyArg_CheckPositional`):
    /// `pop expected at most 1 argument, got 2`.
    Positional { min: usize, max: usize },
    /// As `Positional`, but keyword arguments are let through for the
    /// method to use (`dict.update(other, **kwargs)`).
    PositionalAndKeywords { min: usize, max: usize },
    /// `METH_VARARGS` parsed by `PyArg_ParseTuple`:
    /// `find() takes at least 1 argument (0 given)`.
    Tuple { min: usize, max: usize },
    /// `METH_VARARGS` taking any number of positional arguments
    /// (`set.union(*others)`).
    VarArgs,
    /// Argument Clinic with keywords (`_PyArg_UnpackKeywords`): `names` are
    /// the parameters after the receiver, the first `required` of them
    /// required, at most `maxpos` of them given by position.
    Keywords {
        names: &'static [&'static str],
        required: usize,
        maxpos: usize,
    },
    /// A slot wrapper (`__len__`, `__contains__`, `__delitem__`) taking `n`
    /// arguments: `expected 1 argument, got 0`.
    Wrapper { n: usize },
    /// A slot wrapper taking two arguments (`__setitem__`), unpacked with
    /// an empty name: ` expected 2 arguments, got 1`.
    WrapperPair,
}

/// A built-in method's declaration: owner type, name, convention.
#[derive(Clone, Copy, Debug)]
pub struct Method {
    /// The owner type's name (`"list"`).
    pub owner: &'static str,
    pub name: &'static str,
    pub conv: Conv,
}

/// A `TypeError` with `message`.
pub(crate) fn type_error(message: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::TypeError, message)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `type(v).__name__`, as error messages name a value's type.
pub fn type_name(v: &Value) -> String {
    crate::types::typeobj::type_name_of(v)
}

/// CPython's `_PyArg_CheckPositional`: `name expected at least 1 argument,
/// got 0`.
pub fn check_positional(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let bound = if n < min {
        (if min == max { "" } else { "at least " }, min)
    } else if n > max {
        (if min == max { "" } else { "at most " }, max)
    } else {
        return Ok(());
    };
    Err(type_error(format!(
        "{name} expected {}{} argument{}, got {n}",
        bound.0,
        bound.1,
        plural(bound.1)
    )))
}

impl Method {
    pub const fn new(owner: &'static str, name: &'static str, conv: Conv) -> Method {
        Method { owner, name, conv }
    }

    pub const fn no_args(owner: &'static str, name: &'static str) -> Method {
        Method::new(owner, name, Conv::NoArgs)
    }

    pub const fn one(owner: &'static str, name: &'static str) -> Method {
        Method::new(owner, name, Conv::One)
    }

    pub const fn positional(
        owner: &'static str,
        name: &'static str,
        min: usize,
        max: usize,
    ) -> Method {
        Method::new(owner, name, Conv::Positional { min, max })
    }

    pub const fn tuple(owner: &'static str, name: &'static str, min: usize, max: usize) -> Method {
        Method::new(owner, name, Conv::Tuple { min, max })
    }

    pub const fn var_args(owner: &'static str, name: &'static str) -> Method {
        Method::new(owner, name, Conv::VarArgs)
    }

    pub const fn keywords(
        owner: &'static str,
        name: &'static str,
        names: &'static [&'static str],
        required: usize,
        maxpos: usize,
    ) -> Method {
        Method::new(
            owner,
            name,
            Conv::Keywords {
                names,
                required,
                maxpos,
            },
        )
    }

    pub const fn wrapper(owner: &'static str, name: &'static str, n: usize) -> Method {
        Method::new(owner, name, Conv::Wrapper { n })
    }

    pub const fn wrapper_pair(owner: &'static str, name: &'static str) -> Method {
        Method::new(owner, name, Conv::WrapperPair)
    }

    fn is_wrapper(&self) -> bool {
        matches!(self.conv, Conv::Wrapper { .. } | Conv::WrapperPair)
    }

    /// Split off and check the receiver (`cast` accepts the owner type's
    /// values), then reject keyword arguments unless the convention takes
    /// them. Errors as CPython's method descriptors and slot wrappers:
    /// `unbound method list.append() needs an argument`, `descriptor
    /// 'append' for 'list' objects doesn't apply to a 'int' object`.
    #[inline(always)]
    pub fn bind<'a, T>(
        &self,
        args: Args<'a>,
        cast: impl FnOnce(&'a Value) -> Option<T>,
    ) -> PyResult<(T, Args<'a>)> {
        let Some((receiver, rest)) = args.positional.split_first() else {
            return Err(self.receiver_error(None));
        };
        let Some(this) = cast(receiver) else {
            return Err(self.receiver_error(Some(receiver)));
        };
        let takes_keywords = matches!(
            self.conv,
            Conv::Keywords { .. } | Conv::PositionalAndKeywords { .. }
        );
        if !args.keywords.is_empty() && !takes_keywords {
            return Err(self.keywords_error());
        }
        Ok((this, Args::new(rest, args.keywords)))
    }

    /// A missing receiver (`None`) or one of the wrong type. The error
    /// paths are out of line: every native method call runs `bind` and
    /// `check`, and their messages would make the common path big.
    #[cold]
    #[inline(never)]
    fn receiver_error(&self, receiver: Option<&Value>) -> PyErr {
        type_error(match (receiver, self.is_wrapper()) {
            (None, true) => format!(
                "descriptor '{}' of '{}' object needs an argument",
                self.name, self.owner
            ),
            (None, false) => format!(
                "unbound method {}.{}() needs an argument",
                self.owner, self.name
            ),
            (Some(receiver), true) => format!(
                "descriptor '{}' requires a '{}' object but received a '{}'",
                self.name,
                self.owner,
                type_name(receiver)
            ),
            (Some(receiver), false) => format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                self.name,
                self.owner,
                type_name(receiver)
            ),
        })
    }

    #[cold]
    #[inline(never)]
    fn keywords_error(&self) -> PyErr {
        type_error(if self.is_wrapper() {
            format!("wrapper {}() takes no keyword arguments", self.name)
        } else {
            format!("{}.{}() takes no keyword arguments", self.owner, self.name)
        })
    }

    /// Check the arguments after the receiver against the convention and
    /// place them in `N` slots (parameter order; `None` for an optional
    /// one not given). `N` is the number of parameters; required ones are
    /// always `Some`. `VarArgs` methods read `rest.positional` instead.
    #[inline(always)]
    pub fn check<'a, const N: usize>(&self, rest: Args<'a>) -> PyResult<[Option<&'a Value>; N]> {
        let n = rest.positional.len();
        let mut out: [Option<&'a Value>; N] = [None; N];
        let fits = match self.conv {
            Conv::NoArgs => n == 0,
            Conv::One => n == 1,
            Conv::Positional { min, max }
            | Conv::PositionalAndKeywords { min, max }
            | Conv::Tuple { min, max } => (min..=max).contains(&n),
            Conv::VarArgs => true,
            Conv::Wrapper { n: want } => n == want,
            Conv::WrapperPair => n == 2,
            Conv::Keywords {
                names,
                required,
                maxpos,
            } => {
                self.unpack_keywords(rest, names, required, maxpos, &mut out)?;
                return Ok(out);
            }
        };
        if !fits {
            return Err(self.count_error(n));
        }
        debug_assert!(
            n <= N || matches!(self.conv, Conv::VarArgs),
            "{}: more arguments than slots",
            self.name
        );
        for (slot, v) in out.iter_mut().zip(rest.positional) {
            *slot = Some(v);
        }
        Ok(out)
    }

    /// The error for `n` arguments that `check` refused.
    #[cold]
    #[inline(never)]
    fn count_error(&self, n: usize) -> PyErr {
        let message = match self.conv {
            Conv::NoArgs => format!(
                "{}.{}() takes no arguments ({n} given)",
                self.owner, self.name
            ),
            Conv::One => format!(
                "{}.{}() takes exactly one argument ({n} given)",
                self.owner, self.name
            ),
            Conv::Positional { min, max } | Conv::PositionalAndKeywords { min, max } => {
                return check_positional(self.name, n, min, max).expect_err("a count out of range");
            }
            Conv::Tuple { min, max } => {
                let (how, bound) = if min == max {
                    ("exactly", min)
                } else if n < min {
                    ("at least", min)
                } else {
                    ("at most", max)
                };
                format!(
                    "{}() takes {how} {bound} argument{} ({n} given)",
                    self.name,
                    plural(bound)
                )
            }
            Conv::Wrapper { n: want } => {
                format!("expected {want} argument{}, got {n}", plural(want))
            }
            Conv::WrapperPair => {
                return check_positional("", n, 2, 2).expect_err("a count out of range");
            }
            Conv::VarArgs | Conv::Keywords { .. } => {
                unreachable!("these conventions take any count")
            }
        };
        type_error(message)
    }

    /// `bind` then `check`. Inline: the convention is a constant at each
    /// call site, so its tests fold away.
    // Always inlined: each native method's `Method` is a constant, so its
    // convention's checks fold to a few compares.
    #[inline(always)]
    pub fn parse<'a, T, const N: usize>(
        &self,
        args: Args<'a>,
        cast: impl FnOnce(&'a Value) -> Option<T>,
    ) -> PyResult<(T, [Option<&'a Value>; N])> {
        let (this, rest) = self.bind(args, cast)?;
        Ok((this, self.check(rest)?))
    }

    /// CPython 3.11's `_PyArg_UnpackKeywords` with no positional-only
    /// parameters after the receiver and no required keyword-only ones.
    // Out of line, so that `check` stays small enough to inline into
    // every native method for the common conventions.
    #[inline(never)]
    fn unpack_keywords<'a, const N: usize>(
        &self,
        rest: Args<'a>,
        names: &'static [&'static str],
        required: usize,
        maxpos: usize,
        out: &mut [Option<&'a Value>; N],
    ) -> PyResult<()> {
        debug_assert_eq!(names.len(), N, "{}: one slot per parameter", self.name);
        let f = self.name;
        let nargs = rest.positional.len();
        let nkw = rest.keywords.len();
        let maxargs = names.len();
        if nargs + nkw > maxargs {
            return Err(type_error(format!(
                "{f}() takes at most {maxargs} {}argument{} ({} given)",
                if nargs == 0 { "keyword " } else { "" },
                plural(maxargs),
                nargs + nkw
            )));
        }
        if nargs > maxpos {
            return Err(type_error(if maxpos == 0 {
                format!("{f}() takes no positional arguments")
            } else {
                format!(
                    "{f}() takes {} {maxpos} positional argument{} ({nargs} given)",
                    if required < maxpos {
                        "at most"
                    } else {
                        "exactly"
                    },
                    plural(maxpos)
                )
            }));
        }
        let keyword = |name: &str| {
            rest.keywords
                .iter()
                .find(|(k, _)| crate::types::str::as_str(k) == Some(name))
                .map(|(_, v)| v)
        };
        for (slot, v) in out.iter_mut().zip(rest.positional) {
            *slot = Some(v);
        }
        let mut unused = nkw;
        for i in nargs..maxargs {
            match keyword(names[i]) {
                Some(v) => {
                    out[i] = Some(v);
                    unused -= 1;
                }
                None if i < required => {
                    return Err(type_error(format!(
                        "{f}() missing required argument '{}' (pos {})",
                        names[i],
                        i + 1
                    )));
                }
                None => {}
            }
        }
        if unused > 0 {
            for (i, name) in names.iter().enumerate().take(nargs) {
                if keyword(name).is_some() {
                    return Err(type_error(format!(
                        "argument for {f}() given by name ('{name}') and position ({})",
                        i + 1
                    )));
                }
            }
            for (k, _) in rest.keywords {
                match crate::types::str::as_str(k) {
                    Some(k) if names.contains(&k) => {}
                    Some(k) => {
                        return Err(type_error(format!(
                            "'{k}' is an invalid keyword argument for {f}()"
                        )))
                    }
                    None => return Err(type_error("keywords must be strings".to_string())),
                }
            }
        }
        Ok(())
    }
}

/// A required parameter's slot from `Method::check` (always filled).
#[inline]
pub fn required(slot: Option<&Value>) -> &Value {
    slot.expect("Method::check fills required parameters")
}

// ------------------------------------------------------------ converters

/// The int behind `v` for index conversions: an int or bool as is, an
/// instance through its `__index__` (which must return an int); `None` if
/// `v` has no integer value.
pub fn index_value(v: &Value) -> PyResult<Option<Value>> {
    use crate::types::{instance, int, str::intern, typeobj};
    if int::is_int(v) {
        return Ok(Some(v.clone()));
    }
    let Some(inst) = instance::as_instance(v) else {
        return Ok(None);
    };
    // An int subclass's instance without its own `__index__`: its int.
    if let Some(base) = instance::builtin_base(v, crate::interned!("__index__")) {
        return index_value(&base);
    }
    let Some(f) = typeobj::lookup(inst.class(), &intern("__index__")) else {
        return Ok(None);
    };
    let r = crate::protocol::call(&typeobj::bind(&f, v, inst.class())?, &[])?;
    if !int::is_int(&r) {
        return Err(type_error(format!(
            "__index__ returned non-int (type {})",
            type_name(&r)
        )));
    }
    Ok(Some(r))
}

fn cannot_interpret(v: &Value) -> PyErr {
    type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v)
    ))
}

/// The value of an int (or `__index__`) as an `i64`, `None` past its range,
/// `Err` if `v` has no integer value (`not_int` makes that error).
fn index_i64(v: &Value, not_int: impl FnOnce(&Value) -> PyErr) -> PyResult<Option<i64>> {
    let Some(i) = index_value(v)? else {
        return Err(not_int(v));
    };
    Ok(crate::types::int::as_int(&i).expect("an int").to_i64())
}

/// CPython's `PyNumber_AsSsize_t(v, PyExc_OverflowError)`: an index-like
/// argument (`list.insert`'s index, `str.zfill`'s width).
pub fn index_arg(v: &Value) -> PyResult<i64> {
    index_i64(v, cannot_interpret)?.ok_or_else(|| {
        PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )
    })
}

/// CPython's `_PyLong_AsInt`: a C `int` argument (`sort(reverse=)`,
/// `splitlines(keepends)`).
pub fn c_int_arg(v: &Value) -> PyResult<i32> {
    index_i64(v, cannot_interpret)?
        .and_then(|i| i32::try_from(i).ok())
        .ok_or_else(|| {
            PyErr::new(
                ExcKind::OverflowError,
                "Python int too large to convert to C int",
            )
        })
}

/// A subscript index (`lst[i]`): `IndexError: cannot fit 'int' into an
/// index-sized integer` past the range; `None` if `v` is not an integer
/// (the caller raises its type's "indices must be integers" error).
pub fn subscript_index(v: &Value) -> PyResult<Option<i64>> {
    let Some(i) = index_value(v)? else {
        return Ok(None);
    };
    match crate::types::int::as_int(&i).expect("an int").to_i64() {
        Some(i) => Ok(Some(i)),
        None => Err(PyErr::new(
            ExcKind::IndexError,
            "cannot fit 'int' into an index-sized integer",
        )),
    }
}

fn clamp_index(v: &Value) -> i64 {
    match crate::types::int::as_int(v).expect("an int") {
        crate::types::int::IntRef::Small(i) => i,
        big => big.to_i64().unwrap_or(if big.is_negative() {
            i64::MIN
        } else {
            i64::MAX
        }),
    }
}

/// CPython's `_PyEval_SliceIndexNotNone` (`list.index`'s start and stop):
/// huge values clamp.
pub fn slice_index(v: &Value) -> PyResult<i64> {
    match index_value(v)? {
        Some(i) => Ok(clamp_index(&i)),
        None => Err(type_error(
            "slice indices must be integers or have an __index__ method".to_string(),
        )),
    }
}

/// CPython's `_PyEval_SliceIndex` (`str.find`'s start and end): `None`
/// allowed, huge values clamp.
pub fn slice_index_or_none(v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v else { return Ok(None) };
    if let Some(i) = v.as_small_int() {
        return Ok(Some(i));
    }
    if crate::types::none_bool::is_none(v) {
        return Ok(None);
    }
    match index_value(v)? {
        Some(i) => Ok(Some(clamp_index(&i))),
        None => Err(type_error(
            "slice indices must be integers or None or have an __index__ method".to_string(),
        )),
    }
}

/// A `str` argument: `TypeError: must be str, not int`.
pub fn str_arg(v: &Value) -> PyResult<&str> {
    crate::types::str::as_str(v)
        .ok_or_else(|| type_error(format!("must be str, not {}", type_name(v))))
}

/// A `str` or `None` argument: `TypeError: must be str or None, not int`.
pub fn str_or_none_arg(v: Option<&Value>) -> PyResult<Option<&str>> {
    match v {
        None => Ok(None),
        Some(v) if crate::types::none_bool::is_none(v) => Ok(None),
        Some(v) => crate::types::str::as_str(v)
            .map(Some)
            .ok_or_else(|| type_error(format!("must be str or None, not {}", type_name(v)))),
    }
}

/// Argument Clinic's `_PyArg_BadArgument`: `replace() argument 1 must be
/// str, not int` (`arg` is `"1"` or `"'encoding'"`).
pub fn bad_argument(fname: &str, arg: &str, expected: &str, v: &Value) -> PyErr {
    type_error(format!(
        "{fname}() argument {arg} must be {expected}, not {}",
        type_name(v)
    ))
}

/// A `str` argument checked as Argument Clinic does (`bad_argument`).
pub fn str_arg_of<'a>(v: &'a Value, fname: &str, arg: &str) -> PyResult<&'a str> {
    crate::types::str::as_str(v).ok_or_else(|| bad_argument(fname, arg, "str", v))
}

#[cfg(all(test, not(loom)))]
pub(crate) mod test_support;

#[cfg(all(test, not(loom)))]
mod tests;
