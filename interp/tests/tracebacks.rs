//! Uncaught-exception reports are CPython 3.11's, line for line: the
//! frames, the source lines, the caret lines under the failing expression
//! (`~~^~~` for operators and subscripts), chained exceptions and repeated
//! recursion frames. Each tests/tracebacks/carets_N.err holds CPython's
//! stderr for `carets.py N`, with the folder written as {DIR}.

use std::path::Path;
use std::process::Command;

/// Runs `PROGRAM.py N` for N = 1, 2, ... while tests/tracebacks/PREFIX_N.err
/// exists, comparing weft's stderr (the folder shown as `{DIR}`) with it
/// and the exit status with 1; returns how many cases ran.
fn check_reports(program: &str, prefix: &str) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/tracebacks")
        .canonicalize()
        .unwrap();
    let mut checked = 0;
    for case in 1.. {
        let Ok(expected) = std::fs::read_to_string(dir.join(format!("{prefix}_{case}.err"))) else {
            break;
        };
        let out = Command::new(env!("CARGO_BIN_EXE_weft"))
            .arg(dir.join(program))
            .arg(case.to_string())
            .output()
            .unwrap();
        let stderr =
            String::from_utf8_lossy(&out.stderr).replace(&dir.display().to_string(), "{DIR}");
        assert_eq!(
            stderr, expected,
            "{prefix} case {case}: weft's report differs from CPython's"
        );
        assert_eq!(
            out.status.code(),
            Some(1),
            "{prefix} case {case}: exit status"
        );
        checked += 1;
    }
    checked
}

#[test]
fn uncaught_reports_match_cpython() {
    assert_eq!(
        check_reports("carets.py", "carets"),
        15,
        "every committed case was run"
    );
}

/// Exception groups print in CPython's nested boxes; each
/// tests/tracebacks/groups_N.err holds CPython's stderr for `groups.py N`.
#[test]
fn exception_group_reports_match_cpython() {
    assert_eq!(
        check_reports("groups.py", "groups"),
        3,
        "every committed case was run"
    );
}
