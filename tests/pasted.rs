//! Pasted articles (`.txt`) and scrapers' JSON exports through the binary: title, outlet and
//! date from the text's own structure — site banners, menus, gallery labels and timestamps
//! before the headline, labelled and bare datelines in every order and digit system, city
//! datelines, source and copyright lines, domains in the text and in the file's name, an
//! embedded post's date, and a top bar's day or a comment's date that are not the article's;
//! schema.org `@graph`, trafilatura and news-API JSON. The texts and their expected values are
//! hand-written (tests/fixtures/pasted/README.md).

use std::process::Command;

use serde_json::Value;

fn folder() -> String {
    format!("{}/tests/fixtures/pasted", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn title_outlet_and_date_of_every_pasted_text() {
    let expected = std::fs::read_to_string(format!("{}/expected.tsv", folder()))
        .expect("tests/fixtures/pasted/expected.tsv");
    let rows: Vec<Vec<&str>> = expected
        .lines()
        .skip(1)
        .map(|l| l.split('\t').collect())
        .collect();
    assert!(rows.len() >= 13, "the fixture set is whole");
    let files: Vec<String> = rows
        .iter()
        .map(|r| format!("{}/{}", folder(), r[0]))
        .collect();
    let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .arg("export")
        .args(&files)
        .output()
        .expect("run khabar");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: Value = serde_json::from_slice(&out.stdout).expect("export is JSON");
    let articles = doc["articles"].as_array().expect("articles");
    let mut wrong = Vec::new();
    for row in &rows {
        let [file, title, outlet, date] = row.as_slice() else {
            panic!("expected.tsv row of four columns: {row:?}");
        };
        let a = articles
            .iter()
            .find(|a| a["path"].as_str().is_some_and(|p| p.ends_with(file)))
            .unwrap_or_else(|| panic!("{file} was not loaded"));
        let got = |k: &str| a[k].as_str().unwrap_or("").to_string();
        let want = [("title", *title), ("outlet", *outlet), ("published", *date)];
        for (k, w) in want {
            if got(k) != w {
                wrong.push(format!("{file}: {k} {:?}, expected {w:?}", got(k)));
            }
        }
        // None found is `null`, never `""`.
        for k in ["outlet", "published"] {
            assert_ne!(a[k], Value::String(String::new()), "{file}: {k} is \"\"");
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The kind of every paragraph of one pasted fixture, by its text.
fn kinds(file: &str) -> Vec<(String, String)> {
    let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .arg("export")
        .arg(format!("{}/{file}", folder()))
        .output()
        .expect("run khabar");
    let doc: Value = serde_json::from_slice(&out.stdout).expect("export is JSON");
    doc["articles"][0]["paragraphs"]
        .as_array()
        .expect("paragraphs")
        .iter()
        .map(|p| {
            let s = |k: &str| p[k].as_str().unwrap_or("").to_string();
            (s("text"), s("kind"))
        })
        .collect()
}

#[test]
fn a_menu_one_item_a_line_is_boilerplate_however_long() {
    let k = kinds("16_long_menu.txt");
    assert!(
        k.iter().take(10).all(|(_, kind)| kind == "boilerplate"),
        "{k:?}"
    );
    assert_eq!(k[10].1, "title", "{k:?}");
    assert_eq!(k[11].1, "meta", "{k:?}");
    assert!(k.iter().skip(12).all(|(_, kind)| kind == "body"), "{k:?}");
}

#[test]
fn the_outlet_and_date_lines_under_the_headline_are_meta() {
    for file in ["18_known_outlet_alone.txt", "17_one_paragraph.txt"] {
        let k = kinds(file);
        let kinds: Vec<&str> = k.iter().map(|(_, kind)| kind.as_str()).collect();
        assert_eq!(
            kinds.get(..3),
            Some(&["title", "meta", "meta"][..]),
            "{file}: {k:?}"
        );
        assert!(kinds.iter().skip(3).all(|k| *k == "body"), "{file}: {k:?}");
    }
}

#[test]
fn share_bars_and_ad_labels_are_boilerplate_and_the_article_goes_on() {
    let k = kinds("19_share_bar.txt");
    for (text, kind) in &k {
        let furniture = text.split_whitespace().count() <= 7;
        let want = if furniture { "boilerplate" } else { "body" };
        if kind != "title" && !text.starts_with("نشر في") {
            assert_eq!(kind, want, "{text}: {k:?}");
        }
    }
    assert_eq!(
        k.iter().filter(|(_, kind)| kind == "body").count(),
        3,
        "{k:?}"
    );
}

#[test]
fn a_clock_and_weather_header_and_a_related_list_with_its_timestamps_are_boilerplate() {
    let k = kinds("23_clock_weather.txt");
    let kind = |start: &str| {
        k.iter()
            .find(|(text, _)| text.starts_with(start))
            .map(|(_, kind)| kind.as_str())
    };
    assert_eq!(kind("السبت 3 مايو"), Some("boilerplate"), "{k:?}");
    assert_eq!(kind("نشر في"), Some("meta"), "{k:?}");
    for furniture in [
        "تعليقات الفيسبوك",
        "في نفس السياق",
        "14:20",
        "11:02",
        "افتتاح سوق",
    ] {
        assert_eq!(kind(furniture), Some("boilerplate"), "{furniture}: {k:?}");
    }
    assert_eq!(
        k.iter().filter(|(_, kind)| kind == "body").count(),
        3,
        "{k:?}"
    );
}
