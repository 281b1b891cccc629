//! The real binary in a real terminal (tmux): open a source, jump from an entity to its
//! mentions, walk them with `n`, resize, quit — and check the terminal is given back, with
//! the bidi explicit-mode sequences written on entry and undone on exit, also on SIGTERM.
//!
//! These tests FAIL when tmux is missing (`apt-get install tmux`; `.ci/run` installs it).
//! Every test uses its own tmux server (`-L`), so they run in parallel and never touch a
//! user's sessions. Waits poll the screen with a deadline; there are no fixed sleeps.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

mod common;
use common::tmux::{DEADLINE, Pane};

const POLL: Duration = Duration::from_millis(50);

fn fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/reader")
}

/// One tmux server with one session running khabar (a [`Pane`]), and its log folder.
struct Tmux {
    pane: Pane,
    dir: tempfile::TempDir,
}

impl std::ops::Deref for Tmux {
    type Target = Pane;
    fn deref(&self) -> &Pane {
        &self.pane
    }
}

impl Tmux {
    /// Start `khabar ARGS` in a `width`×`height` window. The binary waits for a go-file so
    /// the raw-output log (pipe-pane) is attached before its first byte.
    fn start(width: u16, height: u16, args: &[&str]) -> Tmux {
        let dir = tempfile::tempdir().expect("temp dir");
        let config = dir.path().join("config.toml");
        std::fs::write(&config, "").expect("write config");
        let go = dir.path().join("go");
        let mut cmd = format!(
            "while [ ! -e '{}' ]; do sleep 0.02; done; '{}' --config '{}'",
            go.display(),
            env!("CARGO_BIN_EXE_khabar"),
            config.display()
        );
        for a in args {
            cmd.push_str(&format!(" '{a}'"));
        }
        cmd.push_str("; echo KHABAR-EXIT:$?; sleep 600");
        let t = Tmux {
            pane: Pane::new("test", width, height, &["sh", "-c", &cmd]),
            dir,
        };
        let log = t.log_path();
        t.tmux(&[
            "pipe-pane",
            "-t",
            "k",
            "-o",
            &format!("cat >> '{}'", log.display()),
        ]);
        std::fs::write(&go, "").expect("write go file");
        t
    }

    /// The reader on the test fixture folder, in UI language `lang`.
    fn reader(width: u16, height: u16, lang: &str) -> Tmux {
        let dir = fixture_dir();
        Tmux::start(
            width,
            height,
            &["--lang", lang, dir.to_str().expect("utf-8 path")],
        )
    }

    fn log_path(&self) -> PathBuf {
        self.dir.path().join("raw.log")
    }

    /// The pid of the khabar process (child of the pane's shell).
    fn khabar_pid(&self) -> u32 {
        let out = self.tmux(&["display-message", "-p", "-t", "k", "#{pane_pid}"]);
        let shell = String::from_utf8_lossy(&out.stdout).trim().to_string();
        let children = Path::new("/proc")
            .join(&shell)
            .join("task")
            .join(&shell)
            .join("children");
        let text = std::fs::read_to_string(&children).expect("read /proc children");
        text.split_whitespace()
            .next()
            .and_then(|p| p.parse().ok())
            .expect("khabar is running under the pane's shell")
    }

    fn raw_output(&self) -> Vec<u8> {
        std::fs::read(self.log_path()).unwrap_or_default()
    }

    /// Whether the raw output holds `needle`, waiting for the pipe-pane log to catch up
    /// (tmux copies it to the log through a `cat` that may lag behind the screen).
    fn raw_has(&self, needle: &[u8]) -> bool {
        let start = Instant::now();
        while start.elapsed() < DEADLINE {
            if contains_bytes(&self.raw_output(), needle) {
                return true;
            }
            sleep(POLL);
        }
        false
    }
}

/// `WORD i/N` from the status bar (`mention 2/29`, `hit 1/24`).
fn counter(screen: &str, word: &str) -> Option<(usize, usize)> {
    let at = screen.find(&format!("{word} "))?;
    let rest = &screen[at + word.len() + 1..];
    let (i, rest) = rest.split_once('/')?;
    let n: String = rest.chars().take_while(char::is_ascii_digit).collect();
    Some((i.parse().ok()?, n.parse().ok()?))
}

fn mention_status(screen: &str) -> Option<(usize, usize)> {
    counter(screen, "mention")
}

fn contains_bytes(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn open_source_jump_cycle_resize_quit() {
    let t = Tmux::reader(120, 40, "en");
    t.wait_text("source 1/3");
    t.keys(&["2"]);
    t.wait_text("source 2/3");

    // The entities pane fills in when the background analysis is done.
    t.keys(&["e"]);
    t.wait_for("an entity to be selected", |s| {
        !s.contains("analysing") && !s.contains("no entities")
    });
    t.keys(&["Enter"]);
    let s = t.wait_for("mention 1/N", |s| {
        mention_status(s).is_some_and(|(i, _)| i == 1)
    });
    let (_, total) = mention_status(&s).expect("status");
    assert!(total >= 1);
    // The current mention is highlighted (magenta background, plain or 256-colour form).
    let coloured = t.screen_with_colours();
    assert!(
        coloured.contains("[45m") || coloured.contains("[48;5;5m"),
        "no highlighted mention on screen:\n{coloured}"
    );

    t.keys(&["n"]);
    let want = if total >= 2 { 2 } else { 1 };
    t.wait_for("mention 2/N after n", |s| {
        mention_status(s) == Some((want, total))
    });

    // Narrow: body plus one side pane; tiny: a message; back to full size, still walking.
    t.tmux(&["resize-window", "-t", "k", "-x", "80", "-y", "24"]);
    // Narrow: the body and the focused side pane (entities) only.
    t.wait_for("the narrow layout", |s| {
        s.lines().count() <= 24
            && s.contains("Entities")
            && !s.contains("Timeline")
            && !s.contains("Articles")
            && mention_status(s) == Some((want, total))
    });
    t.tmux(&["resize-window", "-t", "k", "-x", "25", "-y", "6"]);
    t.wait_text("small");
    t.tmux(&["resize-window", "-t", "k", "-x", "120", "-y", "40"]);
    t.wait_for("the full layout again", |s| {
        s.contains("Articles") && s.contains("Timeline") && mention_status(s) == Some((want, total))
    });

    t.keys(&["q"]);
    let s = t.wait_text("KHABAR-EXIT:0");
    assert!(
        !s.contains("Timeline"),
        "the alternate screen was left:\n{s}"
    );
    assert!(t.raw_has(b"\x1b[8l\x1b[1 k"), "bidi explicit mode on entry");
    assert!(t.raw_has(b"\x1b[8h\x1b[0 k"), "bidi mode restored on exit");
}

#[test]
fn sigterm_and_ctrl_c_restore_the_terminal() {
    let t = Tmux::reader(100, 30, "ar");
    t.wait_for("the first frame", |s| s.contains("1/3"));
    let pid = t.khabar_pid();
    let status = Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    t.wait_text("KHABAR-EXIT:");
    assert!(t.raw_has(b"\x1b[8h\x1b[0 k"), "bidi mode restored");

    let t = Tmux::reader(100, 30, "en");
    t.wait_text("source 1/3");
    t.keys(&["C-c"]);
    t.wait_text("KHABAR-EXIT:0");
    assert!(t.raw_has(b"\x1b[8h\x1b[0 k"), "bidi mode restored");
}

/// `hit i/N` from the status bar.
fn hit_status(screen: &str) -> Option<(usize, usize)> {
    counter(screen, "hit")
}

/// The last screen row (the status bar, or the search prompt while typing).
fn last_row(screen: &str) -> &str {
    screen.trim_end_matches('\n').lines().last().unwrap_or("")
}

#[test]
fn search_prompt_types_right_to_left_and_walks_hits_across_sources() {
    let t = Tmux::reader(120, 40, "en");
    t.wait_text("source 1/3");
    // Typed without the shadda of عمّان, with two stray letters taken back by Backspace.
    t.keys(&["/"]);
    t.wait_text("search:");
    t.keys(&["عمانقق"]);
    t.keys(&["BSpace", "BSpace"]);
    // The query is shown shaped and right-to-left (ﻥﺎﻤﻋ) right after the label, cursor on
    // its left (its logical end).
    let s = t.wait_for("the shaped query in the prompt", |s| {
        last_row(s).trim_end() == "search: ▏ﻥﺎﻤﻋ"
    });
    assert!(!s.contains("ﻕﻕ"), "Backspace left letters:\n{s}");

    t.keys(&["Enter"]);
    let s = t.wait_for("hit 1/N", |s| hit_status(s).is_some_and(|(i, _)| i == 1));
    let (_, total) = hit_status(&s).expect("status");
    assert!(
        total >= 3,
        "عمان should match عمّان in every source: {total}"
    );
    let coloured = t.screen_with_colours();
    assert!(
        coloured.contains("[43m") || coloured.contains("[48;5;3m") || coloured.contains("[45m"),
        "no highlighted hit on screen:\n{coloured}"
    );
    // n walks hits in reading order and switches sources when one article's hits run out.
    for _ in 1..total {
        t.keys(&["n"]);
    }
    t.wait_for("the last hit, in the last source", |s| {
        hit_status(s) == Some((total, total)) && s.contains("source 3/3")
    });
    t.keys(&["N"]);
    t.wait_for("N goes back", |s| hit_status(s) == Some((total - 1, total)));

    // Esc clears the hits.
    t.keys(&["Escape"]);
    t.wait_for("no hit counter", |s| {
        hit_status(s).is_none() && last_row(s).contains("source")
    });

    // History: ↑ recalls the last query; Ctrl-W deletes it word by word; a query with no
    // hit says so.
    t.keys(&["/"]);
    t.wait_text("search:");
    t.keys(&["Up"]);
    t.wait_for("the recalled query", |s| last_row(s).contains("ﻥﺎﻤﻋ"));
    t.keys(&["C-w"]);
    t.wait_for("an empty prompt", |s| {
        last_row(s).contains("search:") && !last_row(s).contains("ﻥﺎﻤﻋ")
    });
    t.keys(&["زلزال", "Enter"]);
    t.wait_text("no match for");

    t.keys(&["q"]);
    t.wait_text("KHABAR-EXIT:0");
}

/// Closing the terminal (a closed window, a dropped ssh connection) hangs up the tty: the
/// reader must end, not spin on end-of-file forever.
#[test]
fn closing_the_terminal_ends_the_reader() {
    let t = Tmux::reader(100, 30, "en");
    t.wait_text("source 1/3");
    let pid = t.khabar_pid();
    t.tmux(&["kill-server"]);
    let proc_dir = Path::new("/proc").join(pid.to_string());
    let start = Instant::now();
    while proc_dir.exists() {
        // A zombie (already ended, not yet reaped) counts as ended.
        let stat = std::fs::read_to_string(proc_dir.join("stat")).unwrap_or_default();
        if stat.split_whitespace().nth(2) == Some("Z") {
            break;
        }
        assert!(
            start.elapsed() < DEADLINE,
            "khabar (pid {pid}) still running after its terminal closed: {stat}"
        );
        sleep(POLL);
    }
}

/// Issue 17: the comparison arrives after the first frame, then `c`, scrolling, `p`, `]` and
/// Esc in a real terminal, on the bundled articles.
#[test]
fn compare_view_in_a_real_terminal() {
    let t = Tmux::start(120, 40, &["--lang", "en"]);
    // The list badges say the comparison is in (source 5 is a report of its own).
    t.wait_text("   own · ");
    t.keys(&["c"]);
    let s = t.wait_text("Compare 1 ↔ 2");
    assert!(s.contains("1 ") && s.contains("│"), "{s}");
    t.keys(&["j", "j"]);
    t.keys(&["p"]);
    let s = t.wait_text("passage 1/");
    assert!(s.contains("Compare 1 ↔ 2"));
    t.keys(&["]"]);
    t.wait_text("Compare 1 ↔ 3");
    t.keys(&["Escape"]);
    let s = t.wait_text("Articles");
    assert!(!s.contains("Compare 1"));
    t.keys(&["q"]);
    t.wait_text("KHABAR-EXIT:0");
}

/// The detail view in a real terminal: Enter on a timeline event shows its sentences with
/// their sources; Enter there walks to the mention; Esc closes it.
#[test]
fn detail_view_of_an_event() {
    let t = Tmux::reader(120, 40, "en");
    t.wait_text("source 1/3");
    t.keys(&["t"]);
    t.wait_for("the analysed timeline", |s| !s.contains("analysing"));
    t.keys(&["Enter"]);
    let s = t.wait_text("mentions (");
    // The event's mention, with its source number.
    assert!(s.contains("Details") && s.contains("[2]"), "{s}");
    t.keys(&["Enter"]);
    t.wait_for("mention 1/N", |s| {
        mention_status(s).is_some_and(|(i, _)| i == 1) && s.contains("mentions (")
    });
    t.keys(&["Escape"]);
    t.wait_for("the timeline again", |s| {
        !s.contains("mentions (") && s.contains("Timeline")
    });
    t.keys(&["q"]);
    t.wait_text("KHABAR-EXIT:0");
}

/// `--bidi terminal`, for terminals that reorder right-to-left text themselves: rows are sent
/// in logical order (tmux does not reorder, so they show as sent) and the explicit-mode
/// escapes are never written.
#[test]
fn bidi_terminal_sends_logical_text_and_no_mode_escapes() {
    let dir = fixture_dir();
    let t = Tmux::start(
        120,
        40,
        &[
            "--bidi",
            "terminal",
            "--lang",
            "en",
            dir.to_str().expect("utf-8 path"),
        ],
    );
    let s = t.wait_text("source 1/3");
    // The first outlet, صحيفة الرافدين: shaped, in reading order (first letter leftmost).
    assert!(s.contains("ﺻﺤﻴﻔﺔ ﺍﻟﺮﺍﻓﺪﻳﻦ"), "logical order:\n{s}");
    assert!(!s.contains("ﻦﻳﺪﻓﺍﺮﻟﺍ ﺔﻔﻴﺤﺻ"), "no visual order:\n{s}");
    t.keys(&["q"]);
    t.wait_text("KHABAR-EXIT:0");
    let raw = t.raw_output();
    assert!(!raw.is_empty());
    assert!(!contains_bytes(&raw, b"\x1b[8l") && !contains_bytes(&raw, b"\x1b[1 k"));
    assert!(!contains_bytes(&raw, b"\x1b[8h") && !contains_bytes(&raw, b"\x1b[0 k"));
}
