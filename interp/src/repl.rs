//! The interactive prompt: `weft` with no arguments on a terminal.
//!
//! Lines are read with rustyline (editing, history). A statement that
//! opens a block continues with `... ` until an empty line; an input that
//! is one expression prints its repr, as CPython's interactive mode does.
//! Ctrl-C cancels the current input (or interrupts running code with
//! `KeyboardInterrupt`); Ctrl-D leaves.

use rustyline::error::ReadlineError;
use weft_runtime::types::{none_bool, str as pystr};
use weft_runtime::Value;

use crate::modules::stdio;
use crate::vm;

/// Whether `source` needs more lines: it opens a block (the last line
/// ends with `:` or is indented) or leaves brackets open.
fn needs_more(source: &str, last_line: &str) -> bool {
    let mut depth = 0i32;
    for c in source.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
    }
    if depth > 0 || last_line.trim_end().ends_with('\\') {
        return true;
    }
    let opens_block = source.lines().any(|l| l.trim_end().ends_with(':'));
    opens_block && !last_line.trim().is_empty()
}

/// Run one complete input in `globals`.
fn run_input(source: &str, globals: &Value) {
    let is_expression = crate::compiler::compile_module(
        format!("__weft_probe__ = (\n{}\n)", source.trim_end()).as_bytes(),
        "<stdin>",
    )
    .is_ok()
        && !source.contains('\n')
        && !source.trim_start().starts_with(['@', '#']);
    let result = if is_expression {
        vm::run::eval_string(source.trim(), globals.clone(), globals.clone(), "<stdin>").map(|v| {
            if !none_bool::is_none(&v) {
                match vm::ops::repr_of(&v) {
                    Ok(r) => stdio::write_stdout(&format!("{r}\n")),
                    Err(e) => report(e),
                }
                let _ = weft_runtime::types::dict::Dict::cast(&vm::builtins_dict())
                    .map(|b| b.set(pystr::intern("_"), v));
            }
        })
    } else {
        vm::run::compile(source.as_bytes(), "<stdin>")
            .and_then(|code| vm::run::run_code(code, globals.clone(), globals.clone()))
            .map(drop)
    };
    if let Err(e) = result {
        report(e);
    }
    stdio::flush_stdout();
}

fn report(e: weft_runtime::PyErr) {
    let exc = weft_runtime::types::exception::materialize(e);
    let system_exit =
        weft_runtime::types::exception::exception_class("SystemExit").expect("SystemExit");
    let leaving = weft_runtime::types::exception::matches(&exc, &system_exit);
    let status = vm::errors::report_uncaught(weft_runtime::PyErr::Object(exc));
    if leaving {
        stdio::flush_stdout();
        std::process::exit(status);
    }
}

/// Run the prompt until end of input; returns the exit status.
pub fn run(globals: Value) -> i32 {
    println!(
        "Weft {} (Python 3.12 language, no GIL)",
        env!("CARGO_PKG_VERSION")
    );
    println!("Type Ctrl-D to leave.");
    let Ok(mut editor) = rustyline::DefaultEditor::new() else {
        eprintln!("weft: cannot start the line editor");
        return 1;
    };
    let mut buffer = String::new();
    loop {
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        match editor.readline(prompt) {
            Ok(line) => {
                if !buffer.is_empty() {
                    buffer.push('\n');
                }
                buffer.push_str(&line);
                if buffer.trim().is_empty() {
                    buffer.clear();
                    continue;
                }
                if needs_more(&buffer, &line) {
                    continue;
                }
                let _ = editor.add_history_entry(buffer.as_str());
                let source = std::mem::take(&mut buffer);
                run_input(&source, &globals);
            }
            Err(ReadlineError::Interrupted) => {
                buffer.clear();
                println!("KeyboardInterrupt");
            }
            Err(ReadlineError::Eof) => return 0,
            Err(e) => {
                eprintln!("weft: {e}");
                return 1;
            }
        }
    }
}
