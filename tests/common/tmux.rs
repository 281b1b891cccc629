//! One tmux server on its own socket with one window `k`, for the real-terminal tests
//! (`tests/tmux*.rs`); the server is killed on drop.

use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How long a screen may take to show what a test waits for (a loaded 2-core machine).
pub const DEADLINE: Duration = Duration::from_secs(40);
const POLL: Duration = Duration::from_millis(50);

pub struct Pane {
    socket: String,
}

impl Pane {
    /// A new server named `khabar-{prefix}-PID-N` whose `width`×`height` window runs `argv`.
    pub fn new(prefix: &str, width: u16, height: u16, argv: &[&str]) -> Pane {
        let v = Command::new("tmux").arg("-V").output();
        assert!(
            v.is_ok_and(|o| o.status.success()),
            "tmux is required for the terminal tests (apt-get install tmux)"
        );
        static N: AtomicUsize = AtomicUsize::new(0);
        let socket = format!(
            "khabar-{prefix}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        );
        let p = Pane { socket };
        let (w, h) = (width.to_string(), height.to_string());
        let mut args = vec!["new-session", "-d", "-x", &w, "-y", &h, "-s", "k"];
        args.extend_from_slice(argv);
        p.tmux(&args);
        p
    }

    pub fn tmux(&self, args: &[&str]) -> Output {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("run tmux");
        assert!(
            out.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-t", "k"]).stdout).into_owned()
    }

    pub fn screen_with_colours(&self) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-e", "-t", "k"]).stdout)
            .into_owned()
    }

    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "k"];
        args.extend_from_slice(keys);
        self.tmux(&args);
    }

    /// Wait until `pred(screen)` holds; fail with the last screen when [`DEADLINE`] passes.
    pub fn wait_for(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if pred(&s) {
                return s;
            }
            assert!(
                start.elapsed() < DEADLINE,
                "timed out waiting for {what}; screen:\n{s}"
            );
            std::thread::sleep(POLL);
        }
    }

    pub fn wait_text(&self, text: &str) -> String {
        self.wait_for(text, |s| s.contains(text))
    }
}

impl Drop for Pane {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
    }
}
