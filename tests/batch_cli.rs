//! `khabar timeline` and `khabar entities` on the bundled articles: right-to-left rows padded
//! to the width asked for, dates and numbers the right way round.

use std::process::Command;

use khabar::text::cell_width;

fn khabar(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(args)
        .output()
        .expect("run khabar");
    assert!(out.status.success(), "{args:?}: {:?}", out.status);
    String::from_utf8(out.stdout).expect("utf-8 output")
}

fn assert_rows_are(width: usize, out: &str) {
    assert!(!out.is_empty());
    for line in out.lines() {
        assert_eq!(
            line.chars().map(cell_width).sum::<usize>(),
            width,
            "row of the wrong width: {line:?}"
        );
    }
}

#[test]
fn timeline_rows_keep_dates_left_to_right() {
    let out = khabar(&["timeline", "--width", "100"]);
    assert_rows_are(100, &out);
    // The 7–8 August 2023 range: both ends read as ISO dates, the later one after إلى
    // (not `08-08-2023`, what bare digits after an Arabic word become).
    let range = out
        .lines()
        .find(|l| l.contains("2023-08-07"))
        .expect("the August 2023 range");
    assert!(range.contains("2023-08-08 ﻰﻟﺇ 2023-08-07"), "{range}");
    // Sorted by date: 2014 comes before 2024.
    let at = |d: &str| out.find(d).unwrap_or(usize::MAX);
    assert!(at("2014") < at("2024-01-29"));
}

#[test]
fn entities_table_is_right_to_left_at_any_width() {
    for width in [40, 100] {
        let out = khabar(&["entities", "--width", &width.to_string()]);
        assert_rows_are(width, &out);
    }
    let out = khabar(&["entities", "--width", "100"]);
    // A kind heading and a person, shaped and in visual order, right-aligned.
    assert!(out.contains("ﺹﺎﺨﺷﺃ"), "{out}");
    let qaani = out
        .lines()
        .find(|l| l.contains("ﻲﻧﺁﺎﻗ ﻞﻴﻋﺎﻤﺳﺇ"))
        .expect("Esmail Qaani");
    assert!(qaani.ends_with("ﻲﻧﺁﺎﻗ ﻞﻴﻋﺎﻤﺳﺇ"), "{qaani:?}");
}
