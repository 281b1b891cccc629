//! The entity model through the binary: a missing or corrupt model file is one clear line on
//! stderr naming the file, and the entities still come (from the rules), exit code 0.

use std::process::Command;

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
