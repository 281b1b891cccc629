//! `khabar search` as a user runs it: exit codes like grep, one entry per hit.

use std::process::Command;

use khabar::corpus::bundled;
use khabar::search::{Index, Query};

fn khabar(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(args)
        .output()
        .expect("run khabar")
}

#[test]
fn no_match_exits_1_and_says_so() {
    let out = khabar(&["search", "كلمةغيرموجودة"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no match"));
    assert!(out.stdout.is_empty());
}

#[test]
fn empty_query_is_an_error() {
    let out = khabar(&["search", " ، "]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn prints_every_hit_numbered() {
    let corpus = bundled();
    let total = Index::build(&corpus)
        .search(&corpus, &Query::parse("الامريكية").expect("query"))
        .len();
    assert!(
        total >= 3,
        "the bundled story mentions American forces often: {total}"
    );
    let out = khabar(&["search", "--visual", "--width", "200", "الامريكية"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    for i in 1..=total {
        let label = format!("{i}/{total}");
        assert!(
            stdout.lines().any(|l| l.contains(&label)),
            "hit {label} missing:\n{stdout}"
        );
    }
    for line in stdout.lines().filter(|l| !l.is_empty()) {
        assert_eq!(
            unicode_width::UnicodeWidthStr::width(line),
            200,
            "rows are padded: {line:?}"
        );
    }
}

#[test]
fn into_a_pipe_hits_are_plain_text() {
    let out = khabar(&["search", "الامريكية"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.lines().any(|l| l.contains("1/")), "{stdout}");
    assert!(
        stdout.contains("الأمريكية") || stdout.contains("الأميركية"),
        "{stdout}"
    );
    assert!(!stdout.contains("\x1b["), "no escapes into a pipe");
}
