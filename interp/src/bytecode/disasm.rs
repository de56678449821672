//! The disassembler: a readable listing of a code object and the ones nested
//! in it, used by `weft --dis` and the compiler's snapshot tests.
//!
//! Operands print by kind (`r3`, `k0 (None)`, `n1 (print)`, `c0 (x)`,
//! `to 12`, `$2`), registers that hold locals with their names, so a
//! snapshot can be checked by eye against the source.

use std::fmt::Write;

use super::code::CodeObject;
use super::constant::Constant;
use super::encoding::decode;
use super::opcodes::{Opcode, OperandKind};

/// The listing of `code` and, after it, of every nested code object.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    let mut pending = vec![code];
    while let Some(code) = pending.pop() {
        if !out.is_empty() {
            out.push('\n');
        }
        listing(code, &mut out);
        let children: Vec<&CodeObject> = code.children().map(|child| &**child).collect();
        pending.extend(children.into_iter().rev());
    }
    out
}

fn listing(code: &CodeObject, out: &mut String) {
    let flags = code.flags;
    let mut flag_names = Vec::new();
    for (set, name) in [
        (flags.optimized, "optimized"),
        (flags.nested, "nested"),
        (flags.varargs, "varargs"),
        (flags.varkeywords, "varkeywords"),
        (flags.generator, "generator"),
        (flags.coroutine, "coroutine"),
    ] {
        if set {
            flag_names.push(name);
        }
    }
    let _ = writeln!(
        out,
        "code {} ({}) line {}",
        code.name, code.qualname, code.first_line
    );
    let _ = writeln!(
        out,
        "  args {} posonly {} kwonly {} registers {} caches {} flags [{}]",
        code.arg_count,
        code.posonly_count,
        code.kwonly_count,
        code.register_count,
        code.cache_count,
        flag_names.join(", ")
    );
    list_names(out, "locals", &code.local_names);
    list_names(out, "cells", &code.cell_names);
    list_names(out, "frees", &code.free_names);
    list_names(out, "names", &code.names);
    if !code.constants.is_empty() {
        let shown: Vec<String> = code.constants.iter().map(constant_repr).collect();
        let _ = writeln!(out, "  constants: {}", shown.join(", "));
    }
    let mut pc = 0;
    let mut last_line = 0;
    while pc < code.instructions.len() {
        let Some((instruction, next)) = decode(&code.instructions, pc) else {
            let _ = writeln!(
                out,
                "  {pc:>4}  <malformed word {:#010x}>",
                code.instructions[pc]
            );
            pc += 1;
            continue;
        };
        let line = code.position(pc as u32).map_or(0, |entry| entry.line);
        let line_text = if line != last_line {
            format!("L{line}")
        } else {
            String::new()
        };
        last_line = line;
        let opcode = instruction.opcode();
        let operands: Vec<String> = opcode
            .operand_kinds()
            .iter()
            .zip(instruction.operands().as_slice())
            .map(|(&kind, &value)| operand(code, kind, value, next))
            .collect();
        let _ = writeln!(
            out,
            "  {pc:>4} {line_text:>5}  {:<20}{}",
            opcode.name(),
            operands.join(", ").trim_end()
        );
        pc = next;
    }
    for entry in &code.exception_table {
        let _ = writeln!(
            out,
            "  except {}..{} -> {} (exception in r{})",
            entry.start, entry.end, entry.handler, entry.register
        );
    }
}

fn list_names(out: &mut String, title: &str, names: &[std::sync::Arc<str>]) {
    if !names.is_empty() {
        let shown: Vec<&str> = names.iter().map(|name| &**name).collect();
        let _ = writeln!(out, "  {title}: {}", shown.join(", "));
    }
}

fn operand(code: &CodeObject, kind: OperandKind, value: u32, next: usize) -> String {
    let index = value as usize;
    match kind {
        OperandKind::Reg => match code.local_names.get(index) {
            Some(name) => format!("r{value}({name})"),
            None => format!("r{value}"),
        },
        OperandKind::Const => match code.constants.get(index) {
            Some(constant) => format!("k{value}({})", constant_repr(constant)),
            None => format!("k{value}(?)"),
        },
        OperandKind::Name => format!(
            "n{value}({})",
            code.names.get(index).map_or("?", |name| &**name)
        ),
        OperandKind::Cell => {
            let name = code.cell_names.iter().chain(&code.free_names).nth(index);
            format!("c{value}({})", name.map_or("?", |name| &**name))
        }
        OperandKind::Jump => format!("to {}", next + index),
        OperandKind::JumpBack => format!("to {}", next.saturating_sub(index)),
        OperandKind::Count | OperandKind::Imm => value.to_string(),
        OperandKind::Cache => format!("${value}"),
    }
}

/// A Python-like repr of a constant.
pub fn constant_repr(constant: &Constant) -> String {
    match constant {
        Constant::None => "None".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Int(value) => value.to_string(),
        Constant::BigInt(value) => value.to_string(),
        Constant::Float(value) => float_repr(*value),
        Constant::Complex { real, imag } => weft_runtime::types::complex::complex_repr(
            weft_runtime::types::complex::Complex::new(*real, *imag),
        ),
        Constant::Str(text) => str_repr(text),
        Constant::Bytes(bytes) => {
            let mut out = String::from("b'");
            for &byte in bytes.iter() {
                match byte {
                    b'\\' => out.push_str("\\\\"),
                    b'\'' => out.push_str("\\'"),
                    b'\n' => out.push_str("\\n"),
                    b'\t' => out.push_str("\\t"),
                    b'\r' => out.push_str("\\r"),
                    0x20..=0x7e => out.push(char::from(byte)),
                    _ => {
                        let _ = write!(out, "\\x{byte:02x}");
                    }
                }
            }
            out.push('\'');
            out
        }
        Constant::Tuple(items) => {
            let shown: Vec<String> = items.iter().map(constant_repr).collect();
            if shown.len() == 1 {
                format!("({},)", shown[0])
            } else {
                format!("({})", shown.join(", "))
            }
        }
        Constant::Code(code) => format!("<code {}>", code.qualname),
    }
}

/// Close to Python's float repr for the values found in source; the runtime
/// has the exact algorithm.
fn float_repr(value: f64) -> String {
    if value.is_nan() {
        "nan".into()
    } else if value.is_infinite() {
        if value > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        }
    } else if value == value.trunc() && value.abs() < 1e16 {
        format!("{value:.1}")
    } else {
        format!("{value}")
    }
}

fn str_repr(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for ch in text.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// The opcode table as text: name, operands and meaning of every opcode.
pub fn opcode_table() -> String {
    let mut out = String::new();
    for &opcode in Opcode::ALL {
        let _ = writeln!(
            out,
            "{:<22}{:<28}{}",
            opcode.name(),
            opcode.operand_names().join(" "),
            opcode.meaning()
        );
    }
    out
}
