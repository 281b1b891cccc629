//! Nothing from an article reaches the terminal as a control (issue 12, item 5): ESC (CSI,
//! OSC 0 title, OSC 52 clipboard), BEL, BS, CR, DEL and the C1 controls (U+009B) in the text,
//! the title, the outlet and the file name, and HTML's `&#27;`, on every batch command's
//! stdout and stderr and in every cell the reader draws; and bidi controls in an outlet
//! cannot escape their isolate in the status bar.

use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use khabar::app::App;
use khabar::app::keymap::Keymap;
use khabar::i18n::Lang;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

mod common;
use common::worker_results as analyse;

const TEXT: &str = "---\noutlet: \u{2069}\u{202E}out\u{1b}]0;pwned\u{7}\ntitle: عنوان \u{1b}]52;c;aGVsbG8=\u{7} الخبر\n---\nعنوان \u{1b}]52;c;aGVsbG8=\u{7} الخبر\n\nقال الوزير \u{9b}31m في بغداد \u{7f} \u{8} يوم 5 يناير 2024 \u{1b}[2J\u{1b}[H وأضاف\u{d}أن الزيارة\n";
const HTML: &str = "<html><head><title>بغداد &#27;[2J</title><meta property=\"og:site_name\" content=\"&#x1b;]0;x&#7;\"></head><body><h1>بغداد &#27;[2J</h1><p>قال الوزير في بغداد &#27;]52;c;aGk=&#7; &#155;31m إن الزيارة مهمة</p><p>وأضاف الوزير أن المحادثات في بغداد ستستمر</p></body></html>";

fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("a.txt"), TEXT).expect("write");
    std::fs::write(dir.path().join("b.html"), HTML).expect("write");
    // A file name with an escape in it, quoted in warnings.
    std::fs::write(dir.path().join("c\u{1b}[31m.json"), "{broken").expect("write");
    dir
}

/// The first terminal control in `bytes` read as UTF-8 (newlines allowed between lines).
fn control(bytes: &[u8]) -> Option<char> {
    String::from_utf8_lossy(bytes)
        .chars()
        .find(|&c| c != '\n' && khabar::text::controls::is_terminal_control(c))
}

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(args)
        .output()
        .expect("run khabar")
}

#[test]
fn no_batch_command_writes_a_control() {
    let dir = folder();
    let d = dir.path().to_str().expect("utf-8");
    let a = dir.path().join("a.txt");
    let a = a.to_str().expect("utf-8");
    for args in [
        vec!["export", d],
        vec!["entities", d],
        vec!["timeline", d],
        vec!["search", "بغداد", d],
        vec!["search", "--all", "الوزير", d],
        vec!["render", a],
        vec!["search", "\u{1b}[2J\u{9b}x", d],
    ] {
        // Logical text into a pipe (the default) and visual rows (`--visual`).
        for order in ["--logical", "--visual"] {
            let mut args = args.clone();
            args.push(order);
            let out = run(&args);
            assert!(
                !out.stdout.is_empty() || args[1].starts_with('\u{1b}'),
                "{args:?}: no output"
            );
            assert_eq!(control(&out.stdout), None, "{args:?} stdout");
            assert_eq!(
                control(&out.stderr),
                None,
                "{args:?} stderr: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    // The export keeps the text exactly, escaped.
    let out = run(&["export", d]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let body = doc["articles"][0]["paragraphs"][1]["text"]
        .as_str()
        .unwrap_or_default();
    assert!(
        body.contains("\u{9b}31m") && body.contains("\u{7f}"),
        "{body}"
    );
    let raw = String::from_utf8_lossy(&out.stdout);
    assert!(
        raw.contains("\\u009b31m") && raw.contains("\\u001b[2J"),
        "{raw}"
    );
    // The placeholders are visible in the rows.
    let out = run(&["render", a]);
    let rows = String::from_utf8_lossy(&out.stdout);
    assert!(
        rows.contains('␛') && rows.contains('␡') && rows.contains('␈'),
        "{rows}"
    );
}

fn screen(app: &mut App, w: u16, h: u16) -> Vec<String> {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    khabar::ui::Ui::default().render(app, &mut t).expect("draw");
    let buf = t.backend().buffer().clone();
    (0..h)
        .map(|y| (0..w).map(|x| buf[(x, y)].symbol()).collect())
        .collect()
}

fn reader(dir: &Path, lang: Lang) -> App {
    let corpus = Arc::new(khabar::corpus::load(&[dir.to_path_buf()]).expect("load").0);
    let mut app = App::new(Arc::clone(&corpus), lang, Keymap::default_map());
    let (analysis, index) = analyse(&corpus);
    app.analysed(analysis, index);
    app
}

#[test]
fn the_reader_draws_no_control_in_any_pane() {
    let dir = folder();
    for lang in [Lang::En, Lang::Ar] {
        let mut app = reader(dir.path(), lang);
        for keys in ["", "1", "2", "e<Enter>", "t<Enter>", "/بغداد<Enter>", "?"] {
            app.press(keys).expect("keys");
            for (w, h) in [(120, 40), (80, 24), (200, 60)] {
                let rows = screen(&mut app, w, h);
                for r in &rows {
                    assert_eq!(control(r.as_bytes()), None, "{keys:?} {w}×{h}: {r:?}");
                }
                if keys.is_empty() && lang == Lang::En {
                    assert!(rows.iter().any(|r| r.contains('␛')), "{rows:#?}");
                }
            }
        }
    }
}

#[test]
fn an_outlet_with_a_stray_pdi_and_an_override_stays_in_its_field() {
    let dir = tempfile::tempdir().expect("tempdir");
    let body = "\n\nقال الوزير في بغداد إن الزيارة مهمة\n";
    std::fs::write(
        dir.path().join("a.txt"),
        format!("---\noutlet: \u{2069}\u{202E}outlet\n---{body}"),
    )
    .expect("write");
    let mut evil = reader(dir.path(), Lang::En);
    std::fs::write(
        dir.path().join("a.txt"),
        format!("---\noutlet: outlet\n---{body}"),
    )
    .expect("write");
    let mut plain = reader(dir.path(), Lang::En);
    let status = |app: &mut App| screen(app, 120, 40).last().cloned().unwrap_or_default();
    let (e, p) = (status(&mut evil), status(&mut plain));
    // The override may turn the outlet's own letters around, nothing else: the other parts
    // of the status bar stay where and how they are.
    assert!(e.starts_with("source 1/1"), "{e}");
    assert!(e.trim_end().ends_with("? help"), "{e}");
    assert_eq!(e.replace("teltuo", "outlet"), p, "evil: {e}\nplain: {p}");
}
