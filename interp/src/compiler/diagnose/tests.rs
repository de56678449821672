//! Each case is checked against CPython 3.11: `compile(src, "<t>", "exec")`
//! and the class, message, (lineno, offset, end_lineno, end_offset) of the
//! SyntaxError it raises.

use crate::compiler::{compile_mode, ErrorKind, Mode, Source};

fn error(text: &str) -> crate::compiler::CompileError {
    let source = Source::new(text.to_owned(), "<t>".into());
    compile_mode(&source, Mode::Exec).expect_err("source must not compile")
}

#[track_caller]
fn check(text: &str, kind: ErrorKind, message: &str, position: (u32, u32, u32, i64)) {
    let e = error(text);
    assert_eq!(
        (
            e.kind,
            e.message.as_str(),
            (e.line, e.column, e.end_line, e.end_column)
        ),
        (kind, message, position),
        "for {text:?}"
    );
}

use ErrorKind::{IndentationError, SyntaxError};

#[test]
fn unclosed_brackets() {
    check("f(1, 2", SyntaxError, "'(' was never closed", (1, 2, 1, 0));
    check("(1 +", SyntaxError, "'(' was never closed", (1, 1, 1, 0));
    check(
        "d = {1: 2",
        SyntaxError,
        "'{' was never closed",
        (1, 5, 1, 0),
    );
    check("a[1", SyntaxError, "'[' was never closed", (1, 2, 1, 0));
    check(
        "x = [1,\n2,\n",
        SyntaxError,
        "'[' was never closed",
        (1, 5, 1, 0),
    );
    check(
        "x = (1,\ny = 2\n",
        SyntaxError,
        "'(' was never closed",
        (1, 5, 1, 0),
    );
}

#[test]
fn unmatched_brackets() {
    check("a b\n)", SyntaxError, "unmatched ')'", (2, 1, 2, 1));
    check(
        "(1, 2]",
        SyntaxError,
        "closing parenthesis ']' does not match opening parenthesis '('",
        (1, 6, 1, 6),
    );
    check(
        "(1,\n2]",
        SyntaxError,
        "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
        (2, 2, 2, 2),
    );
}

#[test]
fn missing_commas() {
    let comma = "invalid syntax. Perhaps you forgot a comma?";
    check("[1 2]", SyntaxError, comma, (1, 2, 1, 5));
    check("f(a b)", SyntaxError, comma, (1, 3, 1, 6));
    check("[x + 1 2]", SyntaxError, comma, (1, 2, 1, 9));
    check("{1: 2 3: 4}", SyntaxError, comma, (1, 5, 1, 8));
    check("f(x=1 y)", SyntaxError, comma, (1, 5, 1, 8));
    check(
        "values = [1, 2, 3\ntotal = sum(values\nprint(total)\n",
        SyntaxError,
        comma,
        (1, 17, 2, 6),
    );
    // Not inside brackets, or a name before a string: plain invalid syntax.
    check("a b", SyntaxError, "invalid syntax", (1, 3, 1, 4));
    check("f(a 'x')", SyntaxError, "invalid syntax", (1, 5, 1, 8));
    check("[_ 1]", SyntaxError, "invalid syntax", (1, 4, 1, 5));
}

#[test]
fn expected_indented_blocks() {
    check(
        "if x:\nprint(1)",
        IndentationError,
        "expected an indented block after 'if' statement on line 1",
        (2, 1, 2, 6),
    );
    check(
        "class C:\npass",
        IndentationError,
        "expected an indented block after class definition on line 1",
        (2, 1, 2, 5),
    );
    check(
        "def f():\npass",
        IndentationError,
        "expected an indented block after function definition on line 1",
        (2, 1, 2, 5),
    );
    check(
        "for i in x:\npass",
        IndentationError,
        "expected an indented block after 'for' statement on line 1",
        (2, 1, 2, 5),
    );
    check(
        "while x:\npass",
        IndentationError,
        "expected an indented block after 'while' statement on line 1",
        (2, 1, 2, 5),
    );
    check(
        "with x:\npass",
        IndentationError,
        "expected an indented block after 'with' statement on line 1",
        (2, 1, 2, 5),
    );
    check(
        "try:\npass",
        IndentationError,
        "expected an indented block after 'try' statement on line 1",
        (2, 1, 2, 5),
    );
    check(
        "try:\n  x\nexcept:\npass",
        IndentationError,
        "expected an indented block after 'except' statement on line 3",
        (4, 1, 4, 5),
    );
    check(
        "try:\n  x\nfinally:\npass",
        IndentationError,
        "expected an indented block after 'finally' statement on line 3",
        (4, 1, 4, 5),
    );
    check(
        "if x:\n  a\nelse:\npass",
        IndentationError,
        "expected an indented block after 'else' statement on line 3",
        (4, 1, 4, 5),
    );
    check(
        "if x:\n  a\nelif y:\npass",
        IndentationError,
        "expected an indented block after 'elif' statement on line 3",
        (4, 1, 4, 5),
    );
    check(
        "if (a and\n  b):\nx",
        IndentationError,
        "expected an indented block after 'if' statement on line 1",
        (3, 1, 3, 2),
    );
    check(
        "def f(x):\n    if x:\n    return 1\n",
        IndentationError,
        "expected an indented block after 'if' statement on line 2",
        (3, 5, 3, 11),
    );
}

#[test]
fn indentation() {
    check("  x", IndentationError, "unexpected indent", (1, 2, 1, -1));
    check(
        "x = 1\n  y = 2",
        IndentationError,
        "unexpected indent",
        (2, 2, 2, -1),
    );
    check(
        "if x:\n  pass\n else:\n  pass",
        IndentationError,
        "unindent does not match any outer indentation level",
        (3, 7, 3, -1),
    );
}

#[test]
fn assignment_targets() {
    let here =
        |what: &str| format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?");
    check("f() = 1", SyntaxError, &here("function call"), (1, 1, 1, 4));
    check("1 = x", SyntaxError, &here("literal"), (1, 1, 1, 2));
    check("a + b = 1", SyntaxError, &here("expression"), (1, 1, 1, 6));
    check(
        "[x for x in y] = 1",
        SyntaxError,
        &here("list comprehension"),
        (1, 1, 1, 15),
    );
    check(
        "a = 1 = 2",
        SyntaxError,
        "cannot assign to literal",
        (1, 5, 1, 6),
    );
    check(
        "True = 1",
        SyntaxError,
        "cannot assign to True",
        (1, 1, 1, 5),
    );
    check(
        "a < b = 1",
        SyntaxError,
        "cannot assign to comparison",
        (1, 1, 1, 6),
    );
    check(
        "(a, f()) = 1",
        SyntaxError,
        "cannot assign to function call",
        (1, 5, 1, 8),
    );
    check(
        "x = yield = 1",
        SyntaxError,
        "assignment to yield expression not possible",
        (1, 5, 1, 10),
    );
    check(
        "for f() in x: pass",
        SyntaxError,
        "cannot assign to function call",
        (1, 5, 1, 8),
    );
    check(
        "with a as 1: pass",
        SyntaxError,
        "cannot assign to literal",
        (1, 11, 1, 12),
    );
    check(
        "del f()",
        SyntaxError,
        "cannot delete function call",
        (1, 5, 1, 8),
    );
    check(
        "del [a, 1]",
        SyntaxError,
        "cannot delete literal",
        (1, 9, 1, 10),
    );
    check(
        "(a, b) += 1",
        SyntaxError,
        "'tuple' is an illegal expression for augmented assignment",
        (1, 1, 1, 7),
    );
    check(
        "f() += 1",
        SyntaxError,
        "'function call' is an illegal expression for augmented assignment",
        (1, 1, 1, 4),
    );
}

#[test]
fn number_literals() {
    check("1abc", SyntaxError, "invalid decimal literal", (1, 1, 1, 1));
    check(
        "0x1g",
        SyntaxError,
        "invalid hexadecimal literal",
        (1, 3, 1, 3),
    );
    check("1_", SyntaxError, "invalid decimal literal", (1, 2, 1, 2));
    check(
        "x = 1e",
        SyntaxError,
        "invalid decimal literal",
        (1, 5, 1, 5),
    );
    check(
        "0b102",
        SyntaxError,
        "invalid digit '2' in binary literal",
        (1, 5, 1, 5),
    );
    check(
        "0777",
        SyntaxError,
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        (1, 1, 1, 2),
    );
}

#[test]
fn other_messages() {
    check("if x\n  pass", SyntaxError, "expected ':'", (1, 5, 1, 5));
    check(
        "print 'x'",
        SyntaxError,
        "Missing parentheses in call to 'print'. Did you mean print(...)?",
        (1, 1, 1, 10),
    );
    check(
        "1 if 2",
        SyntaxError,
        "expected 'else' after 'if' expression",
        (1, 1, 1, 7),
    );
    check(
        "try:\n  pass",
        SyntaxError,
        "expected 'except' or 'finally' block",
        (2, 7, 2, -1),
    );
    check(
        "{1: }",
        SyntaxError,
        "expression expected after dictionary key and ':'",
        (1, 3, 1, 4),
    );
    check(
        "x = [1, 2,, 3]",
        SyntaxError,
        "invalid syntax",
        (1, 11, 1, 12),
    );
    check(
        "'abc",
        SyntaxError,
        "unterminated string literal (detected at line 1)",
        (1, 1, 1, 1),
    );
    check(
        "1 +\n'abc",
        SyntaxError,
        "unterminated string literal (detected at line 2)",
        (2, 1, 2, 1),
    );
    check(
        "€ = 1",
        SyntaxError,
        "invalid character '€' (U+20AC)",
        (1, 1, 1, 1),
    );
}

#[test]
fn parser_reading_to_the_end() {
    // The expression after the missing comma runs into the end (or a comma
    // then the end): CPython's parser meets the open bracket first.
    check("f(x g", SyntaxError, "'(' was never closed", (1, 2, 1, 0));
    check(
        "f(x\ng(y), 1\n",
        SyntaxError,
        "'(' was never closed",
        (1, 2, 1, 0),
    );
    check(
        "(a b c",
        SyntaxError,
        "invalid syntax. Perhaps you forgot a comma?",
        (1, 2, 1, 5),
    );
}

#[test]
fn grammar_specific_messages() {
    check("try,:", SyntaxError, "expected ':'", (1, 4, 1, 5));
    check("def f() x", SyntaxError, "expected ':'", (1, 9, 1, 10));
    check("def f x", SyntaxError, "expected '('", (1, 7, 1, 8));
    check(
        "f(a.b = 1)",
        SyntaxError,
        "expression cannot contain assignment, perhaps you meant \"==\"?",
        (1, 3, 1, 8),
    );
    check(
        "(*a)",
        SyntaxError,
        "cannot use starred expression here",
        (1, 2, 1, 4),
    );
    check(
        "x = f\"abc",
        SyntaxError,
        "unterminated string literal (detected at line 1)",
        (1, 5, 1, 5),
    );
    check(
        "with a as f(): pass",
        SyntaxError,
        "cannot assign to function call",
        (1, 11, 1, 14),
    );
    check(
        "with a as f()\n",
        SyntaxError,
        "invalid syntax",
        (1, 14, 1, 14),
    );
    check("fore in x:", SyntaxError, "invalid syntax", (1, 10, 1, 11));
    check(
        "[a, b]: int",
        SyntaxError,
        "only single target (not list) can be annotated",
        (1, 1, 1, 7),
    );
}

#[test]
fn symbol_table_errors_keep_the_location_out_of_args() {
    let e = error("def f(x, x): pass");
    assert_eq!(e.message, "duplicate argument 'x' in function definition");
    assert!(!e.args_carry_location);
    assert_eq!((e.line, e.column, e.end_line, e.end_column), (1, 10, 1, 11));
    assert!(error("f() = 1").args_carry_location);
}

#[test]
fn eval_and_single_modes() {
    let compile =
        |text: &str, mode| compile_mode(&Source::new(text.to_owned(), "<t>".into()), mode);
    assert!(compile("1 + 2", Mode::Eval).is_ok());
    let e = compile("x = 1", Mode::Eval).expect_err("an assignment is not an expression");
    assert_eq!(e.message, "invalid syntax");
    assert!(compile("x = 1; y = 2", Mode::Single).is_ok());
    let e = compile("1\n2\n", Mode::Single).expect_err("two statements");
    assert_eq!(
        (e.message.as_str(), e.line, e.column),
        (
            "multiple statements found while compiling a single statement",
            1,
            2
        )
    );
}

#[test]
fn hostile_sources_end_in_errors() {
    // Fragments that stress the recovery paths: none may panic.
    for text in [
        "(",
        ")",
        "f(",
        "'''",
        "\\",
        "0x",
        "1_",
        "f'{",
        "[1 2",
        "if x:\n",
        "def f(",
        "x = (1 +\n b c",
        "\u{20ac}(",
        "a, b += (",
        "del (",
        "with a as (b, f()",
    ] {
        let source = Source::new(text.to_owned(), "<t>".into());
        assert!(
            compile_mode(&source, Mode::Exec).is_err(),
            "{text:?} must not compile"
        );
    }
}
