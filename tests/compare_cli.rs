//! `khabar compare` and the export's `reuse`/`derivation` on the bundled articles.

use std::process::{Command, Output};

fn khabar(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(args)
        .output()
        .expect("run khabar")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 output")
}

#[test]
fn two_wire_carriers_print_their_passages_in_logical_order() {
    let out = khabar(&["compare", "1", "3"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let first = text.lines().next().unwrap();
    assert!(
        first.starts_with("1 الخليج الجديد ↔ 3 موازين نيوز: 8 passages"),
        "{first}"
    );
    // Piped: logical order, no isolate controls, the passage as written.
    assert!(!text.contains('\u{2068}'));
    assert!(text.contains("  1│ قاآني التقى بممثلي عدة فصائل مسلحة في مطار بغداد"));
    assert!(text.contains("  verbatim 0.94 · 34 words · رويترز · 1¶2 ↔ 3¶5"));
}

#[test]
fn articles_by_id_and_the_order_given() {
    let out = khabar(&["compare", "003_38fa34c291c889c0", "004_69a4e039fec93b87"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.starts_with("4 إرم نيوز ↔ 5 إرم نيوز: 1 passage;"),
        "{text}"
    );
    assert!(text.contains("  4│ والصواريخ منذ أكتوبر الماضي"));
}

#[test]
fn no_shared_passage_is_exit_code_one() {
    let out = khabar(&["compare", "1", "4"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no shared passages"));
}

#[test]
fn bad_choices_are_exit_code_two_with_a_message() {
    for (args, says) in [
        (&["compare", "1", "9"][..], "no source 9 (there are 5)"),
        (&["compare", "2", "2"][..], "two different articles"),
        (&["compare", "nope"][..], "nope: no such file or folder"),
    ] {
        let out = khabar(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(says),
            "{args:?}"
        );
    }
}

#[test]
fn every_linked_pair_without_choices() {
    let text = stdout(&khabar(&["compare"]));
    let headers: Vec<&str> = text.lines().filter(|l| l.contains(" shared")).collect();
    assert_eq!(headers.len(), 4, "{headers:?}"); // 1↔2, 1↔3, 2↔3, 4↔5
}

#[test]
fn export_carries_reuse_and_derivation() {
    let doc: serde_json::Value = serde_json::from_str(&stdout(&khabar(&["export"]))).unwrap();
    let reuse = doc["reuse"].as_array().unwrap();
    assert!(reuse.len() >= 20);
    let articles = doc["articles"].as_array().unwrap();
    for l in reuse {
        for side in ["a", "b"] {
            let s = &l[side];
            let a = articles.iter().find(|a| a["id"] == s["article"]).unwrap();
            let p = a["paragraphs"][s["paragraph"].as_u64().unwrap() as usize]["text"]
                .as_str()
                .unwrap();
            let (start, end) = (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap());
            assert!(start < end && end as usize <= p.chars().count());
        }
        assert!(["verbatim", "rewritten", "quote"].contains(&l["kind"].as_str().unwrap()));
        // 8 equal words, or 6 of a quotation.
        let min = if l["kind"] == "quote" { 6 } else { 8 };
        assert!(l["words"].as_u64().unwrap() >= min, "{l}");
    }
    let labels: Vec<&str> = articles
        .iter()
        .map(|a| a["derivation"]["label"].as_str().unwrap())
        .collect();
    assert_eq!(
        labels,
        [
            "partially derived",
            "wholly derived",
            "partially derived",
            "independent",
            "independent"
        ]
    );
    assert_eq!(articles[0]["derivation"]["agency"], "رويترز");
    assert_eq!(
        articles[3]["derivation"]["shared"][0]["article"],
        "004_69a4e039fec93b87"
    );
}

#[test]
fn an_article_the_comparison_fails_on_is_named_and_left_out() {
    let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(["compare"])
        .env("KHABAR_FAIL_ANALYSIS", "004_")
        .output()
        .expect("run khabar");
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("004_69a4e039fec93b87.txt: reuse failed"),
        "{err}"
    );
    let text = stdout(&out);
    assert!(
        text.contains("1 الخليج الجديد ↔ 2"),
        "the others are still compared"
    );
    assert!(!text.contains("↔ 5"), "{text}");
    let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(["export"])
        .env("KHABAR_FAIL_ANALYSIS", "004_")
        .output()
        .expect("run khabar");
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let stages: Vec<&str> = doc["failures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["stage"].as_str().unwrap())
        .collect();
    assert!(stages.contains(&"reuse"), "{stages:?}");
}
