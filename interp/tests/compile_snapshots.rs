//! Compiler snapshot tests: each `snapshots/<name>.py` is compiled and its
//! disassembly compared with the committed `snapshots/<name>.dis`. A
//! mismatch fails with a line diff; `WEFT_BLESS=1` rewrites the expected
//! files (review them by eye before committing). Also: hostile inputs must
//! end in a compile error, never a panic or a stack overflow.

use std::path::{Path, PathBuf};

use weft_interp::bytecode::disasm::disassemble;
use weft_interp::compiler::{compile_module, ErrorKind};

fn snapshot_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots")
}

/// A minimal line diff: the first differing lines with context.
fn diff(expected: &str, actual: &str) -> String {
    let expected: Vec<&str> = expected.lines().collect();
    let actual: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    for index in 0..expected.len().max(actual.len()) {
        let (e, a) = (expected.get(index), actual.get(index));
        if e != a {
            out.push_str(&format!(
                "line {}:\n- {}\n+ {}\n",
                index + 1,
                e.unwrap_or(&"<none>"),
                a.unwrap_or(&"<none>")
            ));
            if out.len() > 4000 {
                break;
            }
        }
    }
    out
}

#[test]
fn disassembly_matches_snapshots() {
    let bless = std::env::var_os("WEFT_BLESS").is_some_and(|v| v == "1");
    let mut failures = Vec::new();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(snapshot_dir())
        .expect("snapshot folder exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    entries.sort();
    assert!(!entries.is_empty());
    for path in entries {
        let bytes = std::fs::read(&path).expect("readable snapshot source");
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("?")
            .to_owned();
        let actual = match compile_module(&bytes, &name) {
            Ok(code) => disassemble(&code),
            Err(error) => format!("{error}\n"),
        };
        let expected_path = path.with_extension("dis");
        if bless {
            std::fs::write(&expected_path, &actual).expect("writable snapshot");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual {
            failures.push(format!("{name}:\n{}", diff(&expected, &actual)));
        }
    }
    assert!(
        failures.is_empty(),
        "snapshot mismatch (WEFT_BLESS=1 rewrites):\n{}",
        failures.join("\n")
    );
}

fn compile_error(text: &[u8]) -> weft_interp::compiler::CompileError {
    compile_module(text, "<hostile>").expect_err("hostile source must not compile")
}

#[test]
fn deep_parentheses_are_a_syntax_error() {
    let text = format!("x = {}1{}", "(".repeat(100_000), ")".repeat(100_000));
    let error = compile_error(text.as_bytes());
    assert_eq!(
        (error.kind, error.message.as_str(), error.line, error.column),
        (
            ErrorKind::SyntaxError,
            "too many nested parentheses",
            1,
            205
        )
    );
}

#[test]
fn deep_expressions_are_a_recursion_error() {
    let cases = [
        format!("x = {}", ["1"; 100_000].join("+")),
        format!("x = {}1", "-".repeat(100_000)),
        format!("x = {}1", "not ".repeat(100_000)),
        format!("x = {}1", "lambda: ".repeat(100_000)),
        format!("x = a{}", ".b".repeat(100_000)),
        format!("x = f{}", "()".repeat(100_000)),
        format!("x = {}", "1 if 2 else ".repeat(100_000) + "3"),
    ];
    for text in cases {
        let error = compile_error(text.as_bytes());
        assert_eq!(error.kind, ErrorKind::RecursionError, "{}", &text[..40]);
        assert_eq!(
            error.message,
            "maximum recursion depth exceeded during compilation"
        );
    }
}

#[test]
fn deep_statements_are_an_indentation_error() {
    let mut text = String::new();
    for depth in 0..1000 {
        text.push_str(&" ".repeat(depth));
        text.push_str("if x:\n");
    }
    text.push_str(&" ".repeat(1000));
    text.push_str("pass\n");
    let error = compile_error(text.as_bytes());
    assert_eq!(
        (error.kind, error.message.as_str(), error.line),
        (
            ErrorKind::IndentationError,
            "too many levels of indentation",
            101
        )
    );
}

#[test]
fn moderately_deep_code_compiles() {
    let text = format!(
        "x = {}1{}\ny = {}\n",
        "(".repeat(190),
        ")".repeat(190),
        ["a"; 1000].join(" + ")
    );
    assert!(compile_module(text.as_bytes(), "<deep>").is_ok());
}

#[test]
fn invalid_utf8_is_a_syntax_error() {
    let error = compile_error(b"x = 1\ny = '\xff'\n");
    assert_eq!(error.kind, ErrorKind::SyntaxError);
    assert_eq!(
        error.message,
        "Non-UTF-8 code starting with '\\xff' in file <hostile> on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details"
    );
    // A PEP 263 cookie makes the same byte legal.
    assert!(compile_module(b"# -*- coding: latin-1 -*-\ny = '\xff'\n", "<latin>").is_ok());
}

#[test]
fn unsupported_constructs_say_so() {
    let error = compile_error(b"async def f():\n    await g()\n");
    assert!(
        error.message.starts_with("not supported yet"),
        "{}",
        error.message
    );
}

#[test]
fn match_pattern_errors_are_cpythons() {
    let cases: [(&[u8], &str, u32); 4] = [
        (b"match x:\n    case _:\n        pass\n    case 1:\n        pass\n", "wildcard makes remaining patterns unreachable", 2),
        (b"match x:\n    case 1:\n        pass\n    case y:\n        pass\n    case 2:\n        pass\n", "name capture 'y' makes remaining patterns unreachable", 4),
        (b"match x:\n    case [a, {'k': a}]:\n        pass\n", "multiple assignments to name 'a' in pattern", 2),
        (b"match x:\n    case [a] | (b,):\n        pass\n", "alternative patterns bind different names", 2),
    ];
    for (source, message, line) in cases {
        let error = compile_error(source);
        assert_eq!(
            (error.kind, error.message.as_str(), error.line),
            (ErrorKind::SyntaxError, message, line)
        );
    }
}

/// Every `.py` file of the shared conformance corpus compiles or fails with
/// a compile error, without panicking.
#[test]
fn conformance_corpus_never_panics() {
    let dir = Path::new("/work/shared/conformance");
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("skipped: {} is absent", dir.display());
        return;
    };
    let mut stack: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    let mut compiled = 0;
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            if let Ok(entries) = std::fs::read_dir(&path) {
                stack.extend(entries.filter_map(|e| e.ok().map(|e| e.path())));
            }
            continue;
        }
        if path.extension().is_some_and(|x| x == "py") {
            let bytes = std::fs::read(&path).unwrap_or_default();
            let result = std::panic::catch_unwind(|| {
                compile_module(&bytes, &path.to_string_lossy()).map(|_| ())
            });
            match result {
                Ok(Ok(())) => compiled += 1,
                Ok(Err(error)) => eprintln!("{}: {}", path.display(), error.message),
                Err(_) => panic!("compiler panicked on {}", path.display()),
            }
        }
    }
    eprintln!("{compiled} conformance files compiled");
}
