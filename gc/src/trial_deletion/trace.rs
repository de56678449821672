//! `WEFT_GC_TRACE=1`: one line on stderr per collection saying where the
//! time went (the stopped steps first), to see what the pause consists of.

use std::sync::OnceLock;
use std::time::{Duration, Instant};

fn enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("WEFT_GC_TRACE").is_some_and(|v| !v.is_empty() && v != "0"))
}

/// Lap times of one collection; costs nothing when tracing is off.
pub(super) struct Trace {
    last: Option<Instant>,
    laps: Vec<(&'static str, Duration)>,
    /// Objects in the examined subgraph, and whether the pool walked it.
    pub nodes: usize,
    pub parallel: bool,
}

impl Trace {
    pub fn start() -> Trace {
        Trace {
            last: enabled().then(Instant::now),
            laps: Vec::new(),
            nodes: 0,
            parallel: false,
        }
    }

    /// The time since the previous lap was spent on `what`.
    pub fn lap(&mut self, what: &'static str) {
        if let Some(last) = self.last {
            let now = Instant::now();
            self.laps.push((what, now - last));
            self.last = Some(now);
        }
    }

    pub fn print(&self) {
        if self.last.is_none() {
            return;
        }
        let mut line = format!(
            "gc: {} objects{}",
            self.nodes,
            if self.parallel { " (parallel)" } else { "" }
        );
        for (what, d) in &self.laps {
            line += &format!(" {what}={:.3}ms", d.as_secs_f64() * 1e3);
        }
        eprintln!("{line}");
    }
}
