//! Loading real folders through the binary: every format and encoding, every class of bad
//! input named on stderr with its reason, nothing else lost, exit code 2 when nothing loads.

use std::process::{Command, Output};

use serde_json::Value;

fn khabar(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(args)
        .output()
        .expect("run khabar")
}

fn export(path: &str) -> (Value, String) {
    let out = khabar(&["export", path]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: Value = serde_json::from_slice(&out.stdout).expect("export is JSON");
    (doc, String::from_utf8_lossy(&out.stderr).into_owned())
}

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn good_files_load_in_name_order_whatever_the_format() {
    let (doc, _) = export(&fixture("mixed"));
    let ids: Vec<&str> = doc["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .map(|a| a["id"].as_str().expect("id"))
        .collect();
    assert_eq!(
        ids,
        vec![
            "a_front",
            "j1",
            "l1",
            "l3",
            "d_page",
            "h_utf16le",
            "i_utf16be",
            "j_cp1256",
            "l_nested"
        ]
    );
    let by_id = |id: &str| {
        doc["articles"]
            .as_array()
            .expect("a")
            .iter()
            .find(|a| a["id"] == id)
            .expect("article")
            .clone()
    };
    let front = by_id("a_front");
    assert_eq!(front["outlet"], "العربية");
    assert_eq!(front["published"], "2024-02-18");
    assert_eq!(front["url"], "https://example.test/a");
    assert_eq!(front["paragraphs"][0]["kind"], "title");
    let json = by_id("j1");
    assert_eq!(
        (json["outlet"].as_str(), json["published"].as_str()),
        (Some("الحرة"), Some("2024-01-26"))
    );
    assert_eq!(by_id("l1")["outlet"], "رووداو");
    let html = by_id("d_page");
    assert_eq!(html["outlet"], "الجزيرة نت");
    assert_eq!(html["published"], "2024-02-04");
    assert_eq!(html["title"], "هدوء في العراق");
    assert_eq!(
        by_id("h_utf16le")["paragraphs"][0]["text"],
        "خبر بترميز UTF-16"
    );
    assert_eq!(by_id("i_utf16be")["paragraphs"][1]["text"], "قالت المصادر.");
    assert_eq!(
        by_id("j_cp1256")["paragraphs"][0]["text"],
        "خبر بترميز ويندوز"
    );
}

#[test]
fn every_bad_file_is_named_with_its_reason() {
    let (_, stderr) = export(&fixture("mixed"));
    for (file, reason) in [
        ("e_empty.txt", "empty file"),
        ("f_binary.txt", "binary file"),
        ("g_malformed.json", "malformed JSON"),
        ("c_lines.jsonl:2", "malformed JSON"),
        ("b_array.json", "item 2: no text"),
        ("k_bad_utf16.txt", "cannot decode as UTF-16LE"),
    ] {
        assert!(
            stderr
                .lines()
                .any(|l| l.contains(file) && l.contains(reason)),
            "no line naming {file} with «{reason}» in:\n{stderr}"
        );
    }
    assert!(
        !stderr.contains("notes.png"),
        "files of other types in a folder are skipped quietly"
    );
}

#[test]
fn missing_path_exits_2_naming_it() {
    let out = khabar(&["export", "/no/such/folder"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("/no/such/folder: no such file or folder")
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn folder_without_a_readable_article_exits_2() {
    let dir = fixture("allbad");
    let out = khabar(&["export", &dir]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("{dir}: no readable article")),
        "{stderr}"
    );
    assert!(stderr.contains("broken.json: malformed JSON"), "{stderr}");
    assert!(stderr.contains("empty.txt: empty file"), "{stderr}");
}

#[test]
fn no_path_exports_the_bundled_articles() {
    let out = khabar(&["export"]);
    assert_eq!(out.status.code(), Some(0));
    let doc: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(doc["articles"].as_array().map(Vec::len), Some(5));
    assert!(doc["entities"].is_array() && doc["timeline"].is_array());
}

/// Decoding never lies (issue 12, item 7): a UTF-8 file cut off inside its last character is
/// still UTF-8 (its title intact) with a warning naming the file and the byte offset; UTF-16
/// without a byte-order mark is read, not called binary; a Latin-1 page is not Arabic.
#[test]
fn cut_off_utf8_utf16_without_bom_and_latin1_pages_decode_truthfully() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "قائد فيلق القدس يزور العراق سرا لتهدئة الميليشيات\nكشف مصدر عراقي أن قائد فيلق القدس زار بغداد.\n";
    // Without its final ".\n" and the last byte of the last letter (two bytes in UTF-8).
    let cut = &text.as_bytes()[..text.len() - 3];
    std::fs::write(dir.path().join("a_cut.txt"), cut).expect("write");
    let utf16: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    std::fs::write(dir.path().join("b_utf16.txt"), utf16).expect("write");
    let page = "<html><head><meta charset=\"iso-8859-1\"><title>L'\u{e9}lection</title></head><body><p>Une \u{e9}lection pr\u{e9}sidentielle a \u{e9}t\u{e9} report\u{e9}e, selon le minist\u{e8}re.</p></body></html>";
    let latin1: Vec<u8> = page.chars().map(|c| c as u32 as u8).collect();
    std::fs::write(dir.path().join("c_latin1.html"), latin1).expect("write");
    let (doc, stderr) = export(&dir.path().display().to_string());
    let articles = doc["articles"].as_array().expect("articles");
    assert_eq!(articles.len(), 3, "{stderr}");
    let title = |i: usize| {
        articles[i]["title"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(
        title(0),
        "قائد فيلق القدس يزور العراق سرا لتهدئة الميليشيات"
    );
    assert!(
        stderr.contains("a_cut.txt") && stderr.contains(&format!("byte {}", text.len() - 4)),
        "{stderr}"
    );
    assert_eq!(
        title(1),
        "قائد فيلق القدس يزور العراق سرا لتهدئة الميليشيات"
    );
    assert_eq!(title(2), "L'élection");
}

#[test]
fn an_outlet_on_its_own_line_under_the_headline_is_the_outlet() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = |second: &str| {
        format!(
            "وصول وفد حكومي إلى بغداد لبحث ملف الكهرباء مع المسؤولين\n\n{second}\n\n\
             وصل وفد حكومي إلى بغداد اليوم لبحث ملف الكهرباء مع المسؤولين المحليين.\n\n\
             وقال مسؤول إن المحادثات ستستمر أياما عدة قبل التوصل إلى اتفاق نهائي.\n"
        )
    };
    std::fs::write(dir.path().join("a.txt"), text("وكالة سوا الإخبارية")).expect("write");
    std::fs::write(dir.path().join("b.txt"), text("بقلم سامي حداد")).expect("write");
    let (doc, _) = export(dir.path().to_str().expect("utf-8 temp path"));
    assert_eq!(doc["articles"][0]["outlet"], "وكالة سوا الإخبارية");
    // The name's line is the outlet's signature, not the story's first paragraph.
    assert_eq!(doc["articles"][0]["paragraphs"][1]["kind"], "meta", "{doc}");
    // A byline there names no outlet: `null`, never `""`.
    assert_eq!(doc["articles"][1]["outlet"], Value::Null);
}

#[test]
fn persian_and_urdu_articles_are_shown_but_not_read_as_arabic() {
    let dir = tempfile::tempdir().expect("temp dir");
    let write = |name: &str, text: &str| {
        std::fs::write(dir.path().join(name), text).expect("write fixture");
    };
    write(
        "a-arabic.txt",
        "وصل وزير الخارجية المصري سامح شكري إلى طهران\n\n\
         وقال شكري في مؤتمر صحفي يوم 3 مارس 2024 إن المحادثات مع الجانب الإيراني كانت مثمرة",
    );
    write(
        "b-persian.txt",
        "وزیر امور خارجه مصر به تهران رسید\n\n\
         او روز ۱۲ اسفند گفت که این سفر برای گفتگو با مقام‌های ایران است و هیئت از قاهره آمده بود",
    );
    write(
        "c-urdu.txt",
        "مصر کے وزیر خارجہ تہران پہنچ گئے\n\n\
         انہوں نے کہا کہ ایران کے ساتھ بات چیت 3 مارچ 2024 کو ہوئی اور یہ ملاقات بہت اچھی رہی ہے",
    );
    let (doc, stderr) = export(dir.path().to_str().expect("utf-8 path"));
    // All three are loaded and shown.
    assert_eq!(doc["articles"].as_array().map(Vec::len), Some(3));
    // The two that are not Arabic are named, with their language, and nothing else is.
    assert!(stderr.contains("b-persian.txt: Persian text"), "{stderr}");
    assert!(stderr.contains("c-urdu.txt: Urdu text"), "{stderr}");
    assert!(!stderr.contains("a-arabic.txt"), "{stderr}");
    // Names and events come from the Arabic article only.
    let mentioned: Vec<&str> = doc["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .flat_map(|e| e["mentions"].as_array().expect("mentions"))
        .map(|m| m["article"].as_str().expect("article id"))
        .collect();
    assert!(mentioned.contains(&"a-arabic"), "{mentioned:?}");
    assert!(mentioned.iter().all(|a| *a == "a-arabic"), "{mentioned:?}");
    let events = doc["timeline"].as_array().expect("timeline");
    assert!(!events.is_empty());
    for e in events {
        for m in e["mentions"].as_array().expect("mentions") {
            assert_eq!(m["article"], "a-arabic", "{e}");
        }
    }
}
