//! A config the reader cannot honour is refused before the terminal is touched: the message
//! names the file, the line and the key, and the exit code is 2.

use std::process::Command;

fn refused(config: &str) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("config.toml");
    std::fs::write(&path, config).expect("write config");
    let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .arg("--config")
        .arg(&path)
        .output()
        .expect("run khabar");
    assert_eq!(out.status.code(), Some(2), "{config}");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    // Relative to the file: `khabar: /tmp/…/config.toml:LINE: …`.
    err.replace(&path.display().to_string(), "config.toml")
}

#[test]
fn a_key_bound_twice_names_file_line_and_key() {
    assert_eq!(
        refused("lang = \"en\"\n\n[reader]\nquit = \"j\"\n"),
        "khabar: config.toml:4: key \"j\" is bound twice in [reader]: quit and down\n"
    );
}

#[test]
fn a_layer_that_cannot_be_left_is_refused() {
    assert_eq!(
        refused("[help]\nclose = []\nquit = []\n"),
        "khabar: config.toml:2: [help] has no key for close: it could not be left\n"
    );
}

#[test]
fn unknown_settings_and_bad_values_name_their_line() {
    assert!(refused("\ncolour = 1\n").starts_with("khabar: config.toml:2: unknown field `colour`"));
    assert_eq!(
        refused("bidi = \"sideways\"\n"),
        "khabar: config.toml:1: bidi: expected \"explicit\" or \"terminal\", got \"sideways\"\n"
    );
    assert_eq!(
        refused("[reader]\n\"open_source x\" = \"F1\"\n"),
        "khabar: config.toml:2: [reader] \"open_source x\": open_source takes a source number (1, 2, …)\n"
    );
}
