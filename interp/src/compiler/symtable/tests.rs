//! Symbol table rules and SyntaxError messages, checked against CPython 3.11.

use super::{build, Resolution, ScopeKind};
use crate::compiler::{compile_module, source::Source, ErrorKind};

fn table(text: &str) -> super::SymbolTable {
    let source = Source::new(text.to_owned(), "<t>".into());
    let module = ruff_python_parser::parse_module(text)
        .expect("test source parses")
        .into_syntax();
    build(&source, &module).expect("symbol table builds")
}

fn resolution(table: &super::SymbolTable, scope: &str, name: &str) -> Option<Resolution> {
    table
        .scopes
        .iter()
        .find(|s| s.name == scope)?
        .symbol(name)
        .map(|s| s.resolution)
}

fn error(text: &str) -> (ErrorKind, String, u32) {
    let error = compile_module(text.as_bytes(), "<t>").expect_err("source must not compile");
    (error.kind, error.message, error.line)
}

#[test]
fn locals_globals_cells_and_frees() {
    let t =
        table("g = 1\ndef f(a):\n    b = a\n    def h():\n        return a + g\n    return h\n");
    assert_eq!(resolution(&t, "f", "a"), Some(Resolution::Cell));
    assert_eq!(resolution(&t, "f", "b"), Some(Resolution::Local));
    assert_eq!(resolution(&t, "h", "a"), Some(Resolution::Free));
    assert_eq!(resolution(&t, "h", "g"), Some(Resolution::GlobalImplicit));
    assert_eq!(resolution(&t, "<module>", "g"), Some(Resolution::Local));
}

#[test]
fn global_and_nonlocal_declarations() {
    let t = table("def f():\n    global x\n    x = 1\n    y = 2\n    def g():\n        nonlocal y\n        y = 3\n");
    assert_eq!(resolution(&t, "f", "x"), Some(Resolution::GlobalExplicit));
    assert_eq!(resolution(&t, "f", "y"), Some(Resolution::Cell));
    assert_eq!(resolution(&t, "g", "y"), Some(Resolution::Free));
}

#[test]
fn class_scope_is_invisible_to_methods_but_passes_frees_through() {
    let t = table("def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n");
    assert_eq!(resolution(&t, "C", "x"), Some(Resolution::Local));
    assert_eq!(resolution(&t, "m", "x"), Some(Resolution::Free));
    assert_eq!(resolution(&t, "f", "x"), Some(Resolution::Cell));
    let class = t
        .scopes
        .iter()
        .find(|s| s.kind == ScopeKind::Class)
        .expect("class scope");
    assert_eq!(class.class_passthrough, vec!["x".to_owned()]);
}

#[test]
fn super_creates_the_class_cell() {
    let t = table("class C:\n    def m(self):\n        return super().m()\n");
    assert_eq!(resolution(&t, "m", "__class__"), Some(Resolution::Free));
    assert!(t
        .scopes
        .iter()
        .any(|s| s.kind == ScopeKind::Class && s.needs_class_cell));
}

#[test]
fn comprehensions_have_their_own_scope_and_walrus_binds_outside() {
    let t = table("def f(xs):\n    return [(last := x) for x in xs]\n");
    assert_eq!(resolution(&t, "<listcomp>", "x"), Some(Resolution::Local));
    assert_eq!(resolution(&t, "<listcomp>", "last"), Some(Resolution::Free));
    assert_eq!(resolution(&t, "f", "last"), Some(Resolution::Cell));
    assert_eq!(resolution(&t, "<listcomp>", "xs"), None);
}

#[test]
fn cpython_messages() {
    let cases: &[(&str, &str, u32)] = &[
        (
            "def f(x):\n global x",
            "name 'x' is parameter and global",
            2,
        ),
        (
            "def f(x):\n nonlocal x",
            "name 'x' is parameter and nonlocal",
            2,
        ),
        (
            "x=1\nglobal x",
            "name 'x' is assigned to before global declaration",
            2,
        ),
        (
            "print(x)\nglobal x",
            "name 'x' is used prior to global declaration",
            2,
        ),
        (
            "def f():\n x=1\n nonlocal x",
            "name 'x' is assigned to before nonlocal declaration",
            3,
        ),
        (
            "nonlocal x",
            "nonlocal declaration not allowed at module level",
            1,
        ),
        (
            "def f():\n global x\n nonlocal x",
            "name 'x' is nonlocal and global",
            3,
        ),
        (
            "def f(x, x): pass",
            "duplicate argument 'x' in function definition",
            1,
        ),
        (
            "lambda x, x: 1",
            "duplicate argument 'x' in function definition",
            1,
        ),
        (
            "[x for x in (y := [1])]",
            "assignment expression cannot be used in a comprehension iterable expression",
            1,
        ),
        (
            "class A:\n [(y := 1) for x in z]",
            "assignment expression within a comprehension cannot be used in a class body",
            2,
        ),
        (
            "[(x := 1) for x in z]",
            "assignment expression cannot rebind comprehension iteration variable 'x'",
            1,
        ),
        (
            "def f():\n from m import *",
            "import * only allowed at module level",
            2,
        ),
        ("yield 1", "'yield' outside function", 1),
        ("class A:\n yield 1", "'yield' outside function", 2),
        (
            "[(yield 1) for x in y]",
            "'yield' inside list comprehension",
            1,
        ),
        (
            "((yield 1) for x in y)",
            "'yield' inside generator expression",
            1,
        ),
        ("return 1", "'return' outside function", 1),
        ("break", "'break' outside loop", 1),
        ("continue", "'continue' not properly in loop", 1),
        ("while 1:\n def f():\n  break", "'break' outside loop", 3),
        (
            "a, *b, *c = d",
            "multiple starred expressions in assignment",
            1,
        ),
        ("f(x=1, x=2)", "keyword argument repeated: x", 1),
        (
            "x: int = 1\nglobal x",
            "annotated name 'x' can't be global",
            2,
        ),
        (
            "def f(a, b=1, c): pass",
            "non-default argument follows default argument",
            1,
        ),
        (
            "f(a=1, b)",
            "positional argument follows keyword argument",
            1,
        ),
        (
            "f(**a, *b)",
            "iterable argument unpacking follows keyword argument unpacking",
            1,
        ),
        (
            "'abc",
            "unterminated string literal (detected at line 1)",
            1,
        ),
        ("f'}'", "f-string: single '}' is not allowed", 1),
        (
            "[*a for a in b]",
            "iterable unpacking cannot be used in comprehension",
            1,
        ),
    ];
    for &(text, message, line) in cases {
        let (kind, got, got_line) = error(text);
        assert_eq!(
            (kind, got.as_str(), got_line),
            (ErrorKind::SyntaxError, message, line),
            "source: {text:?}"
        );
    }
}

#[test]
fn no_binding_for_nonlocal() {
    let (kind, message, line) = error("def f():\n nonlocal x");
    assert_eq!(
        (kind, message.as_str(), line),
        (
            ErrorKind::SyntaxError,
            "no binding for nonlocal 'x' found",
            2
        )
    );
}

#[test]
fn indentation_errors() {
    assert_eq!(error("x = 1\n  y = 2").0, ErrorKind::IndentationError);
    assert_eq!(error("x = 1\n  y = 2").1, "unexpected indent");
}
