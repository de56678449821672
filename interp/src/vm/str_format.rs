//! `str.format` and `str.format_map`: replacement fields `{[name][!conv][:spec]}`
//! with automatic or manual numbering, attribute and index access, and
//! nested fields inside the spec, with CPython's errors.

use weft_runtime::types::{dict::Dict, int, str as pystr, tuple};
use weft_runtime::{Args, PyErr, PyResult, Value};

use super::errors::{error, type_error};
use super::{attr, ops};

/// Where field values come from.
struct Source<'a> {
    positional: &'a [Value],
    keywords: Keywords<'a>,
    next_auto: usize,
    manual: bool,
    auto: bool,
}

enum Keywords<'a> {
    Pairs(&'a [(Value, Value)]),
    Mapping(&'a Value),
}

impl Source<'_> {
    fn positional(&mut self, index: Option<usize>) -> PyResult<Value> {
        let i = match index {
            Some(i) => {
                if self.auto {
                    return Err(error("ValueError", "cannot switch from automatic field numbering to manual field specification"));
                }
                self.manual = true;
                i
            }
            None => {
                if self.manual {
                    return Err(error("ValueError", "cannot switch from manual field specification to automatic field numbering"));
                }
                self.auto = true;
                self.next_auto += 1;
                self.next_auto - 1
            }
        };
        self.positional.get(i).cloned().ok_or_else(|| {
            error(
                "IndexError",
                format!("Replacement index {i} out of range for positional args tuple"),
            )
        })
    }

    fn keyword(&self, name: &str) -> PyResult<Value> {
        match &self.keywords {
            Keywords::Pairs(pairs) => pairs
                .iter()
                .find(|(k, _)| pystr::as_str(k) == Some(name))
                .map(|(_, v)| v.clone())
                .ok_or_else(|| PyErr::key_error(pystr::str_value(name))),
            Keywords::Mapping(m) => ops::getitem(m, &pystr::str_value(name)),
        }
    }
}

/// Resolve `name.attr[key]...` to a value.
fn field_value(field: &str, source: &mut Source<'_>) -> PyResult<Value> {
    let end = field.find(['.', '[']).unwrap_or(field.len());
    let (first, mut rest) = field.split_at(end);
    let mut value = if first.is_empty() {
        source.positional(None)?
    } else if let Ok(i) = first.parse::<usize>() {
        source.positional(Some(i))?
    } else {
        source.keyword(first)?
    };
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            let name = &after[..end];
            if name.is_empty() {
                return Err(error("ValueError", "Empty attribute in format string"));
            }
            value = attr::getattr(&value, &pystr::str_value(name))?;
            rest = &after[end..];
        } else if let Some(after) = rest.strip_prefix('[') {
            let close = after
                .find(']')
                .ok_or_else(|| error("ValueError", "Missing ']' in format string"))?;
            let key_text = &after[..close];
            if key_text.is_empty() {
                return Err(error("ValueError", "Empty attribute in format string"));
            }
            let key = match key_text.parse::<i64>() {
                Ok(i) => int::int_from_i64(i),
                Err(_) => pystr::str_value(key_text),
            };
            value = ops::getitem(&value, &key)?;
            rest = &after[close + 1..];
        } else {
            return Err(error(
                "ValueError",
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
    }
    Ok(value)
}

/// The text of `template` with its fields replaced.
fn render(template: &str, source: &mut Source<'_>, depth: usize) -> PyResult<String> {
    if depth > 2 {
        return Err(error("ValueError", "Max string recursion exceeded"));
    }
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(error(
                "ValueError",
                "Single '}' encountered in format string",
            ));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        if i + 1 == chars.len() {
            return Err(error(
                "ValueError",
                "Single '{' encountered in format string",
            ));
        }
        // Find the matching close brace (specs may nest fields).
        let mut level = 1;
        let mut j = i + 1;
        let mut in_index = false;
        while j < chars.len() {
            match chars[j] {
                '[' => in_index = true,
                ']' => in_index = false,
                '{' if !in_index => level += 1,
                '}' if !in_index => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= chars.len() {
            return Err(error("ValueError", "expected '}' before end of string"));
        }
        let inner: String = chars[i + 1..j].iter().collect();
        i = j + 1;
        // field [!conv] [:spec]
        let mut field_end = inner.len();
        let mut bracket = false;
        for (k, ch) in inner.char_indices() {
            match ch {
                '[' => bracket = true,
                ']' => bracket = false,
                '!' | ':' if !bracket => {
                    field_end = k;
                    break;
                }
                _ => {}
            }
        }
        let field = &inner[..field_end];
        let mut tail = &inner[field_end..];
        let mut conversion = None;
        if let Some(t) = tail.strip_prefix('!') {
            let mut it = t.chars();
            conversion = it.next();
            tail = it.as_str();
            if !tail.is_empty() && !tail.starts_with(':') {
                return Err(error(
                    "ValueError",
                    "expected ':' after conversion specifier",
                ));
            }
        }
        let spec = tail.strip_prefix(':').unwrap_or("");
        let value = field_value(field, source)?;
        let value = match conversion {
            None => value,
            Some('s') => pystr::str_from_string(ops::str_of(&value)?),
            Some('r') => pystr::str_from_string(ops::repr_of(&value)?),
            Some('a') => pystr::str_from_string(ops::ascii_of(&value)?),
            Some(other) => {
                return Err(error(
                    "ValueError",
                    format!("Unknown conversion specifier {other}"),
                ));
            }
        };
        let spec = if spec.contains('{') {
            render(spec, source, depth + 1)?
        } else {
            spec.to_string()
        };
        out.push_str(&ops::format(&value, &spec)?);
    }
    Ok(out)
}

fn receiver<'a>(args: &'a Args<'_>, method: &str) -> PyResult<&'a str> {
    args.positional
        .first()
        .and_then(|s| pystr::as_str(s))
        .ok_or_else(|| {
            type_error(format!(
                "descriptor '{method}' for 'str' objects doesn't apply to a non-str object"
            ))
        })
}

/// `str.format(*args, **kwargs)`.
pub fn str_format(args: Args<'_>) -> PyResult<Value> {
    let template = receiver(&args, "format")?;
    let mut source = Source {
        positional: &args.positional[1..],
        keywords: Keywords::Pairs(args.keywords),
        next_auto: 0,
        manual: false,
        auto: false,
    };
    Ok(pystr::str_from_string(render(template, &mut source, 0)?))
}

/// `str.format_map(mapping)`.
pub fn str_format_map(args: Args<'_>) -> PyResult<Value> {
    let template = receiver(&args, "format_map")?;
    let [_, mapping] = args.positional else {
        return Err(type_error(format!(
            "format_map() takes exactly one argument ({} given)",
            args.positional.len().saturating_sub(1)
        )));
    };
    let empty = tuple::empty_tuple();
    let mut source = Source {
        positional: tuple::as_tuple(&empty).unwrap_or(&[]),
        keywords: Keywords::Mapping(mapping),
        next_auto: 0,
        manual: false,
        auto: false,
    };
    Ok(pystr::str_from_string(render(template, &mut source, 0)?))
}

/// `str.__mod__(template, args)`: `template % args`.
fn str_mod(args: Args<'_>) -> PyResult<Value> {
    let template = receiver(&args, "__mod__")?;
    let [_, values] = args.positional else {
        return Err(type_error(format!(
            "expected 1 argument, got {}",
            args.positional.len().saturating_sub(1)
        )));
    };
    Ok(pystr::str_from_string(super::format::percent_format(
        template, values,
    )?))
}

/// Add `format`, `format_map` and `__mod__` (the methods that format
/// values with the interpreter) to `str`'s namespace.
pub fn install() {
    let str_type = weft_runtime::types::typeobj::builtin_type(&weft_runtime::types::str::STR_TYPE);
    let d = Dict::cast(weft_runtime::types::typeobj::class_dict(&str_type)).expect("a dict");
    let methods: [(&'static str, weft_runtime::types::function::NativeFn); 3] = [
        ("format", str_format),
        ("format_map", str_format_map),
        ("__mod__", str_mod),
    ];
    for (name, f) in methods {
        let _ = d.set(
            pystr::intern(name),
            weft_runtime::types::function::native_method(
                name,
                f,
                &weft_runtime::types::str::STR_TYPE,
            ),
        );
    }
    weft_runtime::types::typeobj::dict_changed(&str_type);
}
