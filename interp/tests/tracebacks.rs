//! Uncaught-exception reports are CPython 3.11's, line for line: the
//! frames, the source lines, the caret lines under the failing expression
//! (`~~^~~` for operators and subscripts), chained exceptions and repeated
//! recursion frames. Each tests/tracebacks/carets_N.err holds CPython's
//! stderr for `carets.py N`, with the folder written as {DIR}.

use std::path::Path;
use std::process::Command;

#[test]
fn uncaught_reports_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tracebacks");
    let dir = dir.canonicalize().unwrap();
    let mut checked = 0;
    for case in 1.. {
        let expected_path = dir.join(format!("carets_{case}.err"));
        let Ok(expected) = std::fs::read_to_string(&expected_path) else {
            break;
        };
        let out = Command::new(env!("CARGO_BIN_EXE_weft"))
            .arg(dir.join("carets.py"))
            .arg(case.to_string())
            .output()
            .unwrap();
        let stderr =
            String::from_utf8_lossy(&out.stderr).replace(&dir.display().to_string(), "{DIR}");
        assert_eq!(
            stderr, expected,
            "case {case}: weft's report differs from CPython's"
        );
        assert_eq!(out.status.code(), Some(1), "case {case}: exit status");
        checked += 1;
    }
    assert_eq!(checked, 15, "every committed case was run");
}

/// Exception groups print in CPython's nested boxes; each
/// tests/tracebacks/groups_N.err holds CPython's stderr for `groups.py N`.
#[test]
fn exception_group_reports_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/tracebacks")
        .canonicalize()
        .unwrap();
    let mut checked = 0;
    for case in 1.. {
        let Ok(expected) = std::fs::read_to_string(dir.join(format!("groups_{case}.err"))) else {
            break;
        };
        let out = Command::new(env!("CARGO_BIN_EXE_weft"))
            .arg(dir.join("groups.py"))
            .arg(case.to_string())
            .output()
            .unwrap();
        let stderr =
            String::from_utf8_lossy(&out.stderr).replace(&dir.display().to_string(), "{DIR}");
        assert_eq!(
            stderr, expected,
            "case {case}: weft's report differs from CPython's"
        );
        assert_eq!(out.status.code(), Some(1), "case {case}: exit status");
        checked += 1;
    }
    assert_eq!(checked, 3, "every committed case was run");
}
