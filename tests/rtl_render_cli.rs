//! `khabar render` as a user runs it: rows padded to exactly N cells, an empty paragraph is one
//! blank row, files are rendered one after another, bad input is named.

use std::io::Write;
use std::process::{Command, Stdio};

use khabar::text::cell_width;

fn render(args: &[&str], stdin: &[u8]) -> (String, String, Option<i32>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .arg("render")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("khabar runs");
    let written = child.stdin.take().expect("stdin is piped").write_all(stdin);
    // khabar may exit before reading its input (a rejected option): a closed pipe is fine.
    if let Err(e) = written {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {e}");
    }
    let out = child.wait_with_output().expect("khabar finishes");
    (
        String::from_utf8(out.stdout).expect("UTF-8 output"),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

#[test]
fn every_row_is_exactly_the_width_and_empty_lines_are_blank_rows() {
    let text =
        "وللولايات المتحدة حاليا نحو 2500 جندي في العراق\n\nCopyright © 2018 Mawazin News\n   \n";
    for width in [1, 7, 24, 80] {
        let (out, err, code) = render(&["--width", &width.to_string()], text.as_bytes());
        assert_eq!(code, Some(0), "{err}");
        let rows: Vec<&str> = out.lines().collect();
        assert!(rows.len() >= 4);
        for row in &rows {
            assert_eq!(row.chars().map(cell_width).sum::<usize>(), width, "{row:?}");
            assert!(!row.contains(['\u{200F}', '\u{2067}', '\u{FEFF}']));
        }
        if width == 80 {
            assert_eq!(rows.len(), 4);
            assert_eq!(rows[1], " ".repeat(80));
            assert!(
                rows[0].ends_with("ﺕﺎﻳﻻﻮﻠﻟﻭ"),
                "right-aligned, shaped: {:?}",
                rows[0]
            );
            assert!(rows[2].starts_with("Copyright © 2018"));
        }
    }
}

#[test]
fn no_shape_keeps_letters_and_only_reorders() {
    let (out, _, code) = render(&["--width", "10", "--no-shape"], "لا سلام\n".as_bytes());
    assert_eq!(code, Some(0));
    assert_eq!(out, "   مالس ال\n");
}

#[test]
fn files_are_rendered_in_turn_and_missing_ones_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, "abc").expect("write a"); // no final newline
    std::fs::write(&b, "def\n").expect("write b");
    let missing = dir.path().join("missing.txt");
    let args = [
        "--width",
        "5",
        a.to_str().expect("utf-8 path"),
        missing.to_str().expect("utf-8 path"),
        b.to_str().expect("utf-8 path"),
    ];
    let (out, err, code) = render(&args, b"");
    assert_eq!(out, "abc  \ndef  \n");
    assert!(err.contains("missing.txt"), "{err}");
    assert_eq!(code, Some(2));
}

#[test]
fn bad_input_is_reported_not_fatal() {
    let (out, err, code) = render(&["--width", "6"], b"ab\xffcd\n");
    assert_eq!(code, Some(0));
    assert_eq!(out, "ab\u{FFFD}cd \n");
    assert!(
        err.contains("standard input") && err.contains("UTF-8"),
        "{err}"
    );
    let (_, err, code) = render(&["--width", "0"], b"x\n");
    assert_eq!(code, Some(2));
    assert!(err.contains("--width"), "{err}");
}

#[test]
fn any_thread_count_writes_the_same_rows_in_order() {
    // Enough distinct paragraphs (more than the 256 below which render stays on one thread)
    // that a chunk out of order or lost would show.
    let text: String = (0..700)
        .map(|k| format!("الفقرة رقم {k} من النص (paragraph {k}) ٪{k}\n"))
        .collect();
    let (one, err, code) = render(&["--width", "30", "--threads", "1"], text.as_bytes());
    assert_eq!(code, Some(0), "{err}");
    assert!(one.lines().count() >= 700);
    for threads in ["2", "3", "7"] {
        let (many, _, code) = render(&["--width", "30", "--threads", threads], text.as_bytes());
        assert_eq!(code, Some(0));
        assert_eq!(many, one, "{threads} threads");
    }
    let (default, _, _) = render(&["--width", "30"], text.as_bytes());
    assert_eq!(default, one);
    let (_, err, code) = render(&["--threads", "0"], b"x\n");
    assert_eq!(code, Some(2), "{err}");
}
