//! The reader in a real terminal (tmux) against issue 12: Ctrl-Z suspends it with the
//! terminal given back and `fg` redraws it; SIGTERM, SIGHUP and SIGINT end it with 128 + the
//! signal; an article's escape sequences neither wipe the screen nor retitle the window; an
//! article whose analysis fails is named in the status line and the panes.
//!
//! Each test runs its own tmux server (`-L`) with an interactive shell, so job control and
//! `$?` are the shell's own. Waits poll the screen with a deadline, no fixed sleeps.

use std::path::Path;
use std::process::Command;

mod common;
use common::tmux::Pane;

/// An interactive shell in a tmux window, where the tests start the reader as a user would.
struct Shell {
    pane: Pane,
}

impl std::ops::Deref for Shell {
    type Target = Pane;
    fn deref(&self) -> &Pane {
        &self.pane
    }
}

impl Shell {
    fn new() -> Shell {
        let argv = ["env", "PS1=$ ", "bash", "--norc", "--noprofile", "-i"];
        let s = Shell {
            pane: Pane::new("robust", 120, 40, &argv),
        };
        s.wait_text("$");
        s
    }

    fn line(&self, text: &str) {
        self.keys(&["-l", text]);
        self.keys(&["Enter"]);
    }

    /// Start the reader on `dir` in English with `env` set; its pid is written to `pidfile`.
    fn reader(&self, dir: &Path, env: &str, pidfile: &Path) {
        self.line(&format!(
            "{env} sh -c 'echo $$ > {}; exec {} --lang en {}'; echo KHABAR-EXIT:$?",
            pidfile.display(),
            env!("CARGO_BIN_EXE_khabar"),
            dir.display()
        ));
    }
}

fn fixtures() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/reader")
}

#[test]
fn ctrl_z_gives_the_terminal_back_and_fg_redraws() {
    let sh = Shell::new();
    // The reader alone on its command line: a list (`khabar; echo`) would go on when it stops.
    sh.line(&format!(
        "{} --lang en {}",
        env!("CARGO_BIN_EXE_khabar"),
        fixtures().display()
    ));
    sh.wait_text("source 1/3");
    sh.keys(&["C-z"]);
    sh.wait_text("Stopped");
    // The shell has its terminal back: what is typed is echoed and run.
    sh.line("echo ALIVE-$((40+2))");
    sh.wait_text("ALIVE-42");
    sh.line("fg");
    let s = sh.wait_text("source 1/3");
    assert!(s.contains("Entities") || s.contains("Articles"), "{s}");
    sh.keys(&["q"]);
    sh.wait_text("$ ");
    sh.line("echo KHABAR-EXIT:$?");
    sh.wait_text("KHABAR-EXIT:0");
}

#[test]
fn stop_signals_exit_with_128_plus_the_signal() {
    for (sig, code) in [("TERM", 143), ("HUP", 129), ("INT", 130)] {
        let sh = Shell::new();
        let tmp = tempfile::tempdir().expect("tempdir");
        let pidfile = tmp.path().join("pid");
        sh.reader(&fixtures(), "", &pidfile);
        sh.wait_text("source 1/3");
        let pid = std::fs::read_to_string(&pidfile).expect("pid");
        let kill = Command::new("kill")
            .args([format!("-{sig}"), pid.trim().to_string()])
            .status()
            .expect("kill");
        assert!(kill.success());
        sh.wait_text(&format!("KHABAR-EXIT:{code}"));
    }
}

#[test]
fn an_articles_escapes_neither_wipe_the_screen_nor_retitle_the_window() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("a.txt"),
        "عنوان الخبر \u{1b}]0;PWNED\u{7}\n\nقال الوزير في بغداد \u{1b}[2J\u{1b}[H إن الزيارة \u{1b}]52;c;aGVsbG8=\u{7} مهمة\n",
    )
    .expect("write");
    let sh = Shell::new();
    let before = String::from_utf8_lossy(
        &sh.tmux(&["display", "-p", "-t", "k", "#{pane_title}"])
            .stdout,
    )
    .into_owned();
    sh.reader(dir.path(), "", &dir.path().join("pid"));
    let s = sh.wait_text("source 1/1");
    assert!(s.contains('␛'), "{s}");
    assert!(
        s.contains("Articles") && s.contains("Timeline"),
        "frame intact:\n{s}"
    );
    let title = String::from_utf8_lossy(
        &sh.tmux(&["display", "-p", "-t", "k", "#{pane_title}"])
            .stdout,
    )
    .into_owned();
    assert!(!title.contains("PWNED"), "{title}");
    assert_eq!(title, before);
    sh.keys(&["q"]);
    sh.wait_text("KHABAR-EXIT:0");
}

#[test]
fn a_failed_article_is_named_in_the_status_line_and_the_panes() {
    let dir = tempfile::tempdir().expect("tempdir");
    for entry in std::fs::read_dir(fixtures()).expect("fixtures").flatten() {
        std::fs::copy(entry.path(), dir.path().join(entry.file_name())).expect("copy");
    }
    std::fs::copy(
        fixtures().join("01_rafidain.txt"),
        dir.path().join("04_bad_article.txt"),
    )
    .expect("copy");
    let sh = Shell::new();
    sh.reader(
        dir.path(),
        "KHABAR_FAIL_ANALYSIS=bad_article",
        &dir.path().join("pid"),
    );
    let s = sh.wait_text("analysis failed for 1 file(s)");
    assert!(s.contains("failed: 04_bad_article.txt"), "{s}");
    assert!(s.contains("source 1/4"), "the article is listed:\n{s}");
    sh.keys(&["q"]);
    sh.wait_text("KHABAR-EXIT:0");
}
