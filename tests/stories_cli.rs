//! `khabar stories`, `--story ID` and the export's stories on the handmade mixed folder
//! (tests/fixtures/stories/): one row per story in logical order into a pipe, each batch
//! command limited to one story, every entity, event and reuse link naming its story.

use std::process::{Command, Output};

fn fixture() -> String {
    format!(
        "{}/tests/fixtures/stories/handmade",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn khabar(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(args)
        .output()
        .expect("run khabar")
}

fn stdout(args: &[&str]) -> String {
    let out = khabar(args);
    assert!(out.status.success(), "{args:?}: {:?}", out.status);
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn stories_lists_each_story_once_in_logical_order() {
    let out = stdout(&["stories", &fixture()]);
    let rows: Vec<&str> = out.lines().collect();
    assert_eq!(rows.len(), 4, "{out}");
    for (i, row) in rows.iter().enumerate() {
        assert!(row.starts_with(&format!("s{} — ", i + 1)), "{row}");
    }
    // Logical order: the Arabic title reads as written, grep finds it.
    assert!(out.contains("زلزال الحسيمة"), "{out}");
    assert!(out.contains("2026-03-14 … 2026-03-15"), "{out}");
    // The bundled articles: one story of five.
    let seeds = stdout(&["stories"]);
    assert_eq!(seeds.lines().count(), 1);
    assert!(seeds.starts_with("s1 — 5 — "), "{seeds}");
}

#[test]
fn export_names_the_story_of_everything() {
    let doc: serde_json::Value =
        serde_json::from_str(&stdout(&["export", &fixture()])).expect("json");
    let stories = doc["stories"].as_array().expect("stories");
    assert_eq!(stories.len(), 4);
    let story_of = |article: &str| {
        stories
            .iter()
            .find(|s| {
                s["articles"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|a| a == article)
            })
            .map(|s| s["id"].as_str().unwrap().to_string())
            .unwrap()
    };
    let entities = doc["entities"].as_array().unwrap();
    assert!(!entities.is_empty());
    for e in entities.iter().chain(doc["timeline"].as_array().unwrap()) {
        let story = e["story"].as_str().expect("story");
        assert!(e["id"].as_str().unwrap().starts_with(&format!("{story}/")));
        for m in e["mentions"].as_array().unwrap() {
            assert_eq!(story_of(m["article"].as_str().unwrap()), story, "{e}");
        }
    }
    for l in doc["reuse"].as_array().unwrap() {
        let story = l["story"].as_str().expect("story");
        assert_eq!(story_of(l["a"]["article"].as_str().unwrap()), story);
        assert_eq!(story_of(l["b"]["article"].as_str().unwrap()), story);
    }
}

#[test]
fn story_limits_a_batch_command_and_an_unknown_one_is_an_error() {
    let doc: serde_json::Value =
        serde_json::from_str(&stdout(&["--story", "s3", "export", &fixture()])).expect("json");
    assert_eq!(doc["stories"].as_array().unwrap().len(), 1);
    assert_eq!(doc["stories"][0]["id"], "s3");
    assert_eq!(doc["articles"].as_array().unwrap().len(), 4);
    assert!(
        doc["entities"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["story"] == "s3")
    );
    let bad = khabar(&["entities", "--story", "s9", &fixture()]);
    assert_eq!(bad.status.code(), Some(2));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(err.contains("--story s9: no such story"), "{err}");
}
