//! Output and process behaviour (issue 12, item 9): a write error (`>/dev/full`) is named and
//! exits 3 in every command, a closed pipe ends quietly with 0, the reader without a terminal
//! says so and points to `export`, `--width` is bounded, `--lang` is checked before loading,
//! JSON ids are kept as written.

use std::io::Read;
use std::process::{Command, Stdio};

fn khabar() -> Command {
    Command::new(env!("CARGO_BIN_EXE_khabar"))
}

#[test]
fn a_full_disk_is_an_error_in_every_command() {
    let seed = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/articles/000_78b582a1d79e79b6.txt"
    );
    for args in [
        vec!["export"],
        vec!["entities"],
        vec!["timeline"],
        vec!["search", "بغداد"],
        vec!["render", seed],
        vec!["entities", "--visual"],
        vec!["timeline", "--visual"],
        vec!["search", "--visual", "بغداد"],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let out = khabar().args(&args).stdout(full).output().expect("run");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(3), "{args:?}: {err}");
        assert!(
            err.contains("cannot write the output: No space left on device"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn a_closed_pipe_ends_quietly() {
    // The export of the seeds is larger than a pipe's buffer: the writer meets the closed end.
    for args in [vec!["export"], vec!["render"]] {
        let mut child = khabar()
            .args(&args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        // Only `render` reads its input (export would leave a writer blocked on a full pipe).
        if let Some(mut stdin) = child.stdin.take().filter(|_| args[0] == "render") {
            use std::io::Write;
            let line = "قال الوزير في بغداد إن الزيارة مهمة\n".repeat(20_000);
            let _ = stdin.write_all(line.as_bytes());
        }
        let mut stdout = child.stdout.take().expect("stdout");
        let mut first = [0u8; 16];
        stdout.read_exact(&mut first).expect("some output");
        drop(stdout);
        let out = child.wait_with_output().expect("wait");
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(
            out.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn the_reader_without_a_terminal_points_to_export() {
    let out = khabar().output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("the reader needs a terminal") && err.contains("khabar export"),
        "{err}"
    );
}

#[test]
fn width_and_lang_are_checked_before_anything_is_loaded() {
    for args in [
        vec!["timeline", "--width", "0"],
        vec!["entities", "--width", "100000000000"],
        vec!["render", "--width", "-3"],
        vec!["timeline", "--lang", "xx", "/nonexistent/folder"],
        vec!["--lang", "xx", "/nonexistent/folder"],
    ] {
        let out = khabar().args(&args).output().expect("run");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(out.stdout.is_empty());
        assert!(
            !err.contains("nonexistent"),
            "checked before the folder: {err}"
        );
    }
    let out = khabar()
        .args(["timeline", "--width", "10000"])
        .output()
        .expect("run");
    assert!(out.status.success());
}

#[test]
fn json_ids_are_kept_as_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("feed.jsonl"),
        concat!(
            "{\"id\": 123456789012345678901234567890, \"text\": \"قال الوزير في بغداد\"}\n",
            "{\"id\": null, \"text\": \"وأضاف الوزير في دمشق\"}\n",
            "{\"id\": 1.50, \"text\": \"وقال المتحدث في عمان\"}\n",
        ),
    )
    .expect("write");
    let out = khabar()
        .args(["export", dir.path().to_str().expect("utf-8")])
        .output()
        .expect("run");
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let ids: Vec<&str> = doc["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .filter_map(|a| a["id"].as_str())
        .collect();
    assert_eq!(ids.len(), 3, "{ids:?}");
    assert_eq!(ids[0], "123456789012345678901234567890");
    assert!(ids[1] != "null" && !ids[1].is_empty(), "{ids:?}");
    assert_eq!(ids[2], "1.50");
}
