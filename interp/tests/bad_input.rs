//! Hostile programs end with a Python exception or a clear message and exit
//! status 1: never a Rust panic, abort, stack overflow or hang.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Run weft on `source` (as a file) and return (status, stdout, stderr).
fn run(name: &str, source: &[u8]) -> (i32, String, String) {
    let dir = std::env::temp_dir().join(format!("weft-bad-input-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.py"));
    std::fs::File::create(&path)
        .unwrap()
        .write_all(source)
        .unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_weft"))
        .arg(&path)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    // Drain the pipes on another thread (a long report must not block the
    // child), and kill the child if it runs past the limit.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    let start = Instant::now();
    let out = loop {
        match rx.recv_timeout(Duration::from_millis(100)) {
            Ok(out) => break out.unwrap(),
            Err(_) if start.elapsed() > Duration::from_secs(60) => {
                let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
                panic!("{name}: weft hung");
            }
            Err(_) => {}
        }
    };
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn last_line(s: &str) -> &str {
    s.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("")
}

/// `source` fails with exit status 1 and `expected` as the last line of
/// stderr, with no sign of a Rust panic.
fn fails_with(name: &str, source: &str, expected: &str) {
    let (status, _out, err) = run(name, source.as_bytes());
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "{name}: Rust panic:\n{err}"
    );
    assert_eq!(status, 1, "{name}: exit status {status}, stderr:\n{err}");
    assert_eq!(last_line(&err), expected, "{name}: stderr:\n{err}");
}

#[test]
fn unbounded_recursion_is_a_recursion_error() {
    fails_with(
        "recursion",
        "def f(n):\n    return f(n + 1)\nf(0)\n",
        "RecursionError: maximum recursion depth exceeded",
    );
}

#[test]
fn recursion_past_a_raised_limit_stops_before_the_native_stack_does() {
    let src = "import sys\nsys.setrecursionlimit(10**9)\ndef f(n):\n    return f(n + 1)\nf(0)\n";
    fails_with(
        "deep",
        src,
        "RecursionError: maximum recursion depth exceeded",
    );
}

#[test]
fn recursive_repr_is_a_recursion_error() {
    let src = "class A:\n    def __repr__(self):\n        return repr(self)\nprint(A())\n";
    fails_with(
        "repr",
        src,
        "RecursionError: maximum recursion depth exceeded",
    );
}

#[test]
fn deeply_nested_expressions_are_rejected_at_compile_time() {
    let src = format!("x = {}1{}\n", "(".repeat(100_000), ")".repeat(100_000));
    fails_with("nested", &src, "SyntaxError: too many nested parentheses");
    let src = format!("x = {}1\n", "-".repeat(100_000));
    let (status, _, err) = run("unary", src.as_bytes());
    assert_eq!(status, 1, "{err}");
    assert!(last_line(&err).starts_with("RecursionError"), "{err}");
}

#[test]
fn huge_allocations_are_memory_errors() {
    fails_with("list", "x = [0] * 10**12\n", "MemoryError");
    fails_with("str", "x = 'ab' * 10**13\n", "MemoryError");
    fails_with("bytes", "x = bytes(10**13)\n", "MemoryError");
    fails_with("power", "x = 2 ** (2 ** 40)\n", "MemoryError");
}

#[test]
fn huge_int_to_str_is_a_value_error() {
    fails_with(
        "digits",
        "print(str(10 ** 5000))\n",
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
    );
}

#[test]
fn invalid_utf8_source_is_a_syntax_error() {
    let (status, _, err) = run("utf8", b"x = '\xff'\n");
    assert_eq!(status, 1, "{err}");
    assert!(
        last_line(&err).starts_with("SyntaxError: Non-UTF-8 code starting with '\\xff'"),
        "{err}"
    );
}

#[test]
fn a_missing_file_is_a_clear_message() {
    let out = Command::new(env!("CARGO_BIN_EXE_weft"))
        .arg("/nonexistent/dir/prog.py")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("can't open file '/nonexistent/dir/prog.py'"),
        "{err}"
    );
}

#[test]
fn malformed_programs_are_syntax_errors() {
    // Some of CPython's targeted messages differ (docs/internals/bytecode.md);
    // the class and the exit status must not.
    for (name, src) in [
        ("unclosed", "x = (1,\n"),
        ("indent", "if True:\nprint(1)\n"),
        ("stray", "x = = 1\n"),
        ("kw", "def f(:\n"),
    ] {
        let (status, _, err) = run(name, src.as_bytes());
        assert_eq!(status, 1, "{name}: {err}");
        assert!(!err.contains("panicked"), "{name}: {err}");
        assert!(
            last_line(&err).starts_with("SyntaxError")
                || last_line(&err).starts_with("IndentationError"),
            "{name}: {err}"
        );
    }
}

#[test]
fn exceptions_from_every_layer_exit_with_status_one() {
    fails_with("zero", "1 / 0\n", "ZeroDivisionError: division by zero");
    fails_with(
        "name",
        "undefined_name\n",
        "NameError: name 'undefined_name' is not defined",
    );
    fails_with(
        "call",
        "None()\n",
        "TypeError: 'NoneType' object is not callable",
    );
    fails_with("key", "{}['k']\n", "KeyError: 'k'");
    fails_with("exit", "import sys\nsys.exit('bye')\n", "bye");
}

#[test]
fn system_exit_sets_the_status() {
    let (status, _, _) = run("exit3", b"import sys\nsys.exit(3)\n");
    assert_eq!(status, 3);
    let (status, _, _) = run("exit0", b"raise SystemExit\n");
    assert_eq!(status, 0);
}
