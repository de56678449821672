//! Shared helpers for the loom models in `tests/` (run them with
//! `ci/loom.sh`, which builds with `--cfg loom` in release mode).
//!
//! Every model runs twice: as shipped, where loom must find no failing
//! interleaving, and with one deliberate flaw switched on (see
//! `weft_sync::flaws`), where loom must fail. The second run is what shows
//! that the model can see the bug it guards against.
#![cfg(loom)]

use std::sync::Mutex;
use weft_sync::flaws::{self, Flaw};

/// Flaws and loom knobs are process-global, so the models of one test binary
/// run one at a time.
static SERIAL: Mutex<()> = Mutex::new(());

/// Check `model` under loom with `flaws` switched on. The preemption bound
/// defaults to 3 (`LOOM_MAX_PREEMPTIONS` overrides it): the bugs these
/// protocols can have need at most that many, and it keeps each model at
/// seconds.
pub fn check<F>(flaws_on: &[Flaw], waits_are_long: bool, model: F)
where
    F: Fn() + Sync + Send + 'static,
{
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    flaws::set(flaws_on);
    weft_sync::set_waits_are_long(waits_are_long);
    let mut builder = loom::model::Builder::new();
    if builder.preemption_bound.is_none() {
        builder.preemption_bound = Some(3);
    }
    builder.check(model);
    flaws::set(&[]);
    weft_sync::set_waits_are_long(false);
}

/// A value that loom checks for unsynchronized access: every read and write
/// must be ordered by happens-before with every other write.
pub struct Checked(loom::cell::UnsafeCell<usize>);

impl Checked {
    pub fn new() -> Self {
        Checked(loom::cell::UnsafeCell::new(0))
    }

    /// Increment; the caller claims exclusive access, loom verifies it.
    pub fn bump(&self) {
        // SAFETY: the model claims exclusive access; loom panics if another
        // access is not ordered with this one.
        self.0.with_mut(|v| unsafe { *v += 1 });
    }

    /// Read; loom verifies no write races with it.
    pub fn get(&self) -> usize {
        // SAFETY: as for `bump`, checked by loom.
        self.0.with(|v| unsafe { *v })
    }
}

impl Default for Checked {
    fn default() -> Self {
        Self::new()
    }
}

// SAFETY: loom's cell checks every access; sharing it is the point.
unsafe impl Sync for Checked {}

/// Run the ignored test `inner` of this test binary in a child process and
/// require it to fail with `expected` in its output.
///
/// A model with a flaw must fail, and loom reports a failing interleaving by
/// panicking; the unwinding then drops loom objects outside their execution,
/// which aborts the process. A child process contains that abort, and the
/// parent checks that the failure is the one the flaw should cause.
pub fn expect_model_failure(inner: &str, expected: &str) {
    let output = std::process::Command::new(std::env::current_exe().expect("test binary path"))
        .args([
            inner,
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("RUST_BACKTRACE", "0")
        .output()
        .expect("could not run the test binary");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        text.contains("running 1 test"),
        "the child did not run `{inner}`:\n{text}"
    );
    assert!(
        !output.status.success(),
        "loom found no failing interleaving of `{inner}` with its flaw on"
    );
    assert!(
        text.contains(expected),
        "`{inner}` failed, but not with `{expected}`:\n{text}"
    );
}

/// Declare a model run with a flaw on: an ignored test that runs the model,
/// and a test that runs it in a child process and expects loom to report
/// `expected` (a deadlock, a causality violation, or a failed assertion).
#[macro_export]
macro_rules! flawed_model {
    ($test:ident, $inner:ident, [$($flaw:expr),*], $waits_long:expr, $model:expr, $expected:expr) => {
        #[test]
        fn $test() {
            $crate::expect_model_failure(stringify!($inner), $expected);
        }

        #[test]
        #[ignore = "run in a child process by its parent test"]
        fn $inner() {
            $crate::check(&[$($flaw),*], $waits_long, $model);
        }
    };
}
