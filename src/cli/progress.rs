//! A progress bar on stderr for the batch commands, shown only when stderr is a terminal (so
//! pipes and logs stay clean) and redrawn at most every 50 ms.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

const WIDTH: usize = 30;
const EVERY: Duration = Duration::from_millis(50);

pub struct Progress {
    enabled: bool,
    last: Option<Instant>,
}

impl Progress {
    pub fn new() -> Progress {
        Progress {
            enabled: std::io::stderr().is_terminal(),
            last: None,
        }
    }

    /// Show `label` with `done` of `total`.
    pub fn set(&mut self, label: &str, done: usize, total: usize) {
        if !self.enabled || self.last.is_some_and(|t| t.elapsed() < EVERY) && done < total {
            return;
        }
        self.last = Some(Instant::now());
        let filled = (done * WIDTH)
            .checked_div(total)
            .unwrap_or(WIDTH)
            .min(WIDTH);
        let bar = format!("{}{}", "█".repeat(filled), "░".repeat(WIDTH - filled));
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r\x1b[K{label} {bar} {done}/{total}");
        let _ = err.flush();
    }

    /// A step without a count (`analysing entities…`).
    pub fn stage(&mut self, label: &str) {
        if self.enabled {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[K{label}");
            let _ = err.flush();
        }
    }

    /// Clear the line.
    pub fn finish(&mut self) {
        if self.enabled {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[K");
            let _ = err.flush();
        }
    }
}

impl Default for Progress {
    fn default() -> Self {
        Progress::new()
    }
}
