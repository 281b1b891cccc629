//! The entity model through the binary: a missing or corrupt model file is one clear line on
//! stderr naming the file, and the entities still come (from the rules), exit code 0.

use std::process::Command;

mod common;

fn run(model: &std::path::Path, cmd: &str) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .arg(cmd)
        .env("KHABAR_NER_MODEL", model)
        .output()
        .expect("run khabar");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn missing_or_corrupt_model_is_named_and_rules_go_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("missing.model");
    let corrupt = dir.path().join("corrupt.model");
    std::fs::write(&corrupt, b"KHBRNER1 but then garbage, no checksum").expect("write");
    for (model, problem) in [(&missing, "cannot be read"), (&corrupt, "corrupt")] {
        for cmd in ["entities", "export"] {
            let (ok, out, err) = run(model, cmd);
            assert!(ok, "{cmd}: {err}");
            let name = model.file_name().and_then(|n| n.to_str()).expect("name");
            assert!(
                err.contains(name) && err.contains(problem) && err.contains("rules alone"),
                "{cmd}: {err}"
            );
            assert!(!err.contains("panicked"), "{err}");
            assert!(
                out.contains("العراق") || out.contains("ﻕﺍﺮﻌﻟﺍ"),
                "{cmd}: {out}"
            );
        }
    }
}

#[test]
fn the_shipped_model_loads() {
    let model = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/ner.model");
    let (ok, _, err) = run(&model, "export");
    assert!(ok && !err.contains("entity model"), "{err}");
}

/// The reader: the analysis carries the model's error (file and problem), the status line and
/// the entities pane say the model could not be loaded, and the rules' entities are listed.
#[test]
fn the_reader_says_the_model_could_not_be_loaded() {
    use khabar::app::App;
    use khabar::app::keymap::Keymap;
    use khabar::extract::entities::tagger::Model;
    use khabar::i18n::Lang;
    use std::sync::Arc;

    let dir = tempfile::tempdir().expect("tempdir");
    let corrupt = dir.path().join("broken.model");
    std::fs::write(&corrupt, b"KHBRNER1 but then garbage, no checksum").expect("write");
    let problem = Model::load(&corrupt).expect_err("corrupt").to_string();
    let corpus = Arc::new(khabar::corpus::bundled());
    let mut analysis = common::analysis(&corpus);
    analysis.model_problem = Some(problem);
    for lang in [Lang::En, Lang::Ar] {
        let mut app = App::new(Arc::clone(&corpus), lang, Keymap::default_map());
        app.analysed(analysis.clone(), khabar::search::Index::build_all(&corpus));
        let screen = common::text(&common::render(&mut app, 200, 40));
        assert!(screen.contains("broken.model"), "{screen}");
        if lang == Lang::En {
            let says = screen
                .matches("entity model not loaded (rules only)")
                .count();
            // Once in the status line, once in the entities pane.
            assert_eq!(says, 2, "{screen}");
            assert!(screen.contains("corrupt"), "{screen}");
        }
        if lang == Lang::En {
            // The pane still lists the entities found (by the rules, here hand-made).
            assert!(screen.contains("Places ("), "{screen}");
        }
    }
}
