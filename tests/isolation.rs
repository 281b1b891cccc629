//! One bad article never takes the others down (issue 12, item 4): with the test hook
//! `KHABAR_FAIL_ANALYSIS=bad_article` every stage panics on the article from `bad_article.txt`;
//! the others are analysed as usual, the failure is data (file, stage, message), the batch
//! commands name it on stderr and exit 0, and the reader names it in its status line and in
//! the affected panes while still listing and showing the article.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use khabar::app::App;
use khabar::app::keymap::Keymap;
use khabar::i18n::Lang;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

mod common;
use common::worker_results as analyse;

const HOOK: &str = "KHABAR_FAIL_ANALYSIS";
const BAD: &str = "bad_article";

/// The seeds and a copy of the first one as `bad_article.txt`.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/articles");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&seeds)
        .expect("seeds")
        .flatten()
        .map(|e| e.path())
        .collect();
    names.sort();
    for p in &names {
        std::fs::copy(p, dir.path().join(p.file_name().expect("name"))).expect("copy");
    }
    std::fs::copy(&names[0], dir.path().join(format!("{BAD}.txt"))).expect("copy");
    dir
}

fn load(dir: &Path) -> khabar::corpus::Corpus {
    khabar::corpus::load(&[dir.to_path_buf()]).expect("load").0
}

#[test]
fn a_failing_article_is_named_and_the_others_are_analysed() {
    let dir = folder();
    let corpus = load(dir.path());
    let bad = corpus
        .articles
        .iter()
        .position(|a| a.path.contains(BAD))
        .expect("the bad article is listed");
    let clean = analyse(&corpus).0;
    assert!(clean.failures.is_empty(), "{:?}", clean.failures);

    // SAFETY of set_var: this test binary has one test that reads the variable, and the hook
    // is read by the code under test only (no other thread reads the environment meanwhile).
    unsafe { std::env::set_var(HOOK, BAD) };
    let (analysis, index) = analyse(&corpus);
    unsafe { std::env::remove_var(HOOK) };

    let stages: Vec<&str> = analysis.failures.iter().map(|f| f.stage.as_str()).collect();
    assert_eq!(stages, ["entities", "timeline", "search"]);
    for f in &analysis.failures {
        assert_eq!(f.article, bad);
        assert!(f.path.ends_with(&format!("{BAD}.txt")), "{f:?}");
        assert!(f.message.contains("on purpose"), "{f:?}");
    }
    // The others: exactly the mentions of the clean analysis outside the bad article.
    let bad_id = corpus.articles[bad].id.as_str();
    let mentions = |a: &khabar::extract::Analysis| {
        let mut m: Vec<_> = a
            .entities
            .iter()
            .flat_map(|e| e.mentions.iter().map(move |m| (e.kind, m.clone())))
            .filter(|(_, m)| &*m.article != bad_id)
            .collect();
        m.sort();
        m
    };
    assert!(!analysis.entities.is_empty());
    assert!(!analysis.timeline.is_empty());
    assert!(
        analysis
            .entities
            .iter()
            .flat_map(|e| &e.mentions)
            .all(|m| &*m.article != bad_id)
    );
    assert_eq!(mentions(&analysis), mentions(&clean));
    assert!(!index.is_empty());

    // The reader: the article is listed and readable, the failure named.
    let mut app = App::new(Arc::new(corpus.clone()), Lang::En, Keymap::default_map());
    app.analysed(analysis, index);
    let screen = |app: &mut App| {
        let mut t = Terminal::new(TestBackend::new(160, 40)).expect("terminal");
        khabar::ui::Ui::default().render(app, &mut t).expect("draw");
        let buf = t.backend().buffer().clone();
        (0..buf.area.height)
            .map(|y| {
                (0..buf.area.width)
                    .map(|x| buf[(x, y)].symbol())
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let s = screen(&mut app);
    assert!(
        s.contains("analysis failed for 1 file(s): bad_article.txt (entities)"),
        "{s}"
    );
    assert!(s.contains("failed: bad_article.txt"), "{s}");
    // Open the bad article: its body is shown.
    app.press(&format!("{}", bad + 1)).expect("keys");
    let s = screen(&mut app);
    let status = khabar::ui::status::text(&app.state);
    assert!(
        status.contains(&format!("{}/{}", bad + 1, corpus.articles.len())),
        "{status}"
    );
    assert!(s.lines().count() > 5);
}

#[test]
fn batch_commands_name_the_failure_and_exit_zero() {
    let dir = folder();
    let path = dir.path().to_str().expect("utf-8");
    for args in [
        vec!["export", path],
        vec!["entities", path],
        vec!["timeline", path],
        vec!["search", "بغداد", path],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
            .args(&args)
            .env(HOOK, BAD)
            .output()
            .expect("run khabar");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {:?} {err}", out.status);
        assert!(!out.stdout.is_empty(), "{args:?}");
        let stage = match args[0] {
            "search" => "search",
            "timeline" => "timeline",
            _ => "entities",
        };
        assert!(
            err.contains(&format!("{BAD}.txt: {stage} failed: KHABAR_FAIL_ANALYSIS")),
            "{args:?}: {err}"
        );
        if args[0] == "export" {
            let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
            assert_eq!(doc["articles"].as_array().map(Vec::len), Some(6));
            assert_eq!(doc["failures"][0]["stage"], "entities");
            assert_eq!(doc["failures"][1]["stage"], "timeline");
        }
    }
}
