//! `khabar timeline` and `khabar entities` on the bundled articles: with `--visual`,
//! right-to-left rows padded to the width asked for, dates and numbers the right way round;
//! into a pipe, text in logical order that `grep` finds; global options before or after the
//! subcommand.

use std::process::Command;

use khabar::text::cell_width;

/// `khabar ARGS` in an Arabic locale: batch output's own words in Arabic unless asked.
fn khabar(args: &[&str]) -> String {
    khabar_in("ar_EG.UTF-8", args)
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
    let out = khabar(&["timeline", "--visual", "--width", "100"]);
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
        let out = khabar(&["entities", "--visual", "--width", &width.to_string()]);
        assert_rows_are(width, &out);
    }
    let out = khabar(&["entities", "--width", "100", "--visual"]);
    // A kind heading and a person, shaped and in visual order, right-aligned.
    assert!(out.contains("ﺹﺎﺨﺷﺃ"), "{out}");
    let qaani = out
        .lines()
        .find(|l| l.contains("ﻲﻧﺁﺎﻗ ﻞﻴﻋﺎﻤﺳﺇ"))
        .expect("Esmail Qaani");
    assert!(qaani.ends_with("ﻲﻧﺁﺎﻗ ﻞﻴﻋﺎﻤﺳﺇ"), "{qaani:?}");
}

#[test]
fn into_a_pipe_names_are_in_logical_order_for_grep() {
    // What `khabar entities | grep قاآني` sees: stdout is a pipe here.
    let out = khabar(&["entities"]);
    let line = out
        .lines()
        .find(|l| l.contains("قاآني"))
        .unwrap_or_else(|| panic!("grep قاآني finds nothing:\n{out}"));
    assert!(line.starts_with("إسماعيل قاآني"), "{line}");
    assert!(
        !out.contains('\u{2066}') && !out.contains('\u{2068}') && !out.contains('\u{2069}'),
        "no invisible bidi controls in piped text"
    );
    // Presentation forms are for terminals only.
    assert!(!out.chars().any(|c| ('\u{FE70}'..='\u{FEFF}').contains(&c)));
    let timeline = khabar(&["timeline"]);
    assert!(
        timeline
            .lines()
            .any(|l| l.starts_with("2023-08-07 إلى 2023-08-08")),
        "{timeline}"
    );
    // --visual forces the terminal rows, --logical the text.
    assert!(khabar(&["entities", "--visual"]).contains("ﻲﻧﺁﺎﻗ"));
    assert_eq!(khabar(&["--logical", "entities"]), out);
}

#[test]
fn global_options_go_before_or_after_the_subcommand() {
    let before = khabar(&["--lang", "ar", "--config", "/dev/null", "entities"]);
    let after = khabar(&["entities", "--lang", "ar", "--config", "/dev/null"]);
    assert_eq!(before, after);
    assert!(before.contains("قاآني") && before.contains("أشخاص"));
    assert!(khabar(&["entities", "--lang", "en"]).contains("People ("));
    let export = khabar(&["--config", "/dev/null", "export"]);
    assert!(export.starts_with('{'));
    let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(["--lang", "fr", "entities"])
        .output()
        .expect("run khabar");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--lang"));
}

#[test]
fn a_text_with_no_outlet_says_unknown_outlet_and_exports_null() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("zq7_notes.txt");
    std::fs::write(
        &file,
        "وصول وفد حكومي إلى بغداد لبحث ملف الكهرباء مع المسؤولين\n\n\
         وصل وفد حكومي إلى بغداد في 12 مارس 2024 لبحث ملف الكهرباء مع المسؤولين المحليين.\n\n\
         وقال مسؤول في بغداد إن المحادثات ستستمر أياما عدة قبل التوصل إلى اتفاق نهائي.\n",
    )
    .expect("write article");
    let path = dir.path().to_str().expect("utf-8 temp path");
    for cmd in [
        vec!["entities", path],
        vec!["timeline", path],
        vec!["search", "بغداد", path],
    ] {
        let out = khabar(&cmd);
        assert!(out.contains("مصدر غير معروف"), "{cmd:?}:\n{out}");
        // The file's name tells the article apart, never as its outlet.
        assert!(
            !out.replace("مصدر غير معروف · zq7_notes.txt", "")
                .contains("zq7_notes"),
            "the file id is not an outlet: {cmd:?}:\n{out}"
        );
        let en: Vec<&str> = ["--lang", "en"].into_iter().chain(cmd.clone()).collect();
        assert!(khabar(&en).contains("unknown outlet"), "{en:?}");
    }
    let export = khabar(&["export", path]);
    let json: serde_json::Value = serde_json::from_str(&export).expect("export is JSON");
    assert_eq!(
        json["articles"][0]["outlet"],
        serde_json::Value::Null,
        "{export}"
    );
}

/// `khabar ARGS` with the locale `lang` (`LC_ALL`, `LC_MESSAGES` unset) and no user config.
fn khabar_in(lang: &str, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(args)
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("XDG_CONFIG_HOME", "/nonexistent")
        .output()
        .expect("run khabar");
    assert!(out.status.success(), "{args:?}: {:?}", out.status);
    String::from_utf8(out.stdout).expect("utf-8 output")
}

#[test]
fn batch_commands_take_the_language_from_the_option_then_the_config_then_the_locale() {
    let dir = tempfile::tempdir().expect("temp dir");
    let en = dir.path().join("en.toml");
    let ar = dir.path().join("ar.toml");
    std::fs::write(&en, "lang = \"en\"\n").expect("write config");
    std::fs::write(&ar, "lang = \"ar\"\n").expect("write config");
    let (en, ar) = (en.to_str().expect("utf-8"), ar.to_str().expect("utf-8"));
    let english = |out: String| out.contains("People (") && !out.contains("أشخاص");
    let arabic = |out: String| out.contains("أشخاص") && !out.contains("People (");
    // The locale, when neither the option nor the config says.
    assert!(english(khabar_in("en_US.UTF-8", &["entities"])));
    assert!(arabic(khabar_in("ar_EG.UTF-8", &["entities"])));
    // The config over the locale.
    assert!(english(khabar_in(
        "ar_EG.UTF-8",
        &["--config", en, "entities"]
    )));
    assert!(arabic(khabar_in(
        "en_US.UTF-8",
        &["--config", ar, "entities"]
    )));
    // The option over both.
    assert!(arabic(khabar_in(
        "en_US.UTF-8",
        &["--config", en, "--lang", "ar", "entities"]
    )));
    // Every batch command, in the words it has of its own (an article with no outlet).
    let news = dir.path().join("news");
    std::fs::create_dir(&news).expect("mkdir");
    std::fs::write(
        news.join("zq7_report.txt"),
        "وصول وفد حكومي إلى بغداد لبحث ملف الكهرباء\n\n\
         وصل وفد حكومي إلى بغداد في 12 مارس 2024 لبحث ملف الكهرباء مع المسؤولين المحليين.\n",
    )
    .expect("write article");
    let news = news.to_str().expect("utf-8");
    for cmd in [
        vec!["entities", news],
        vec!["timeline", news],
        vec!["search", "بغداد", news],
    ] {
        let with = |config: &str, lang: &str| {
            let args: Vec<&str> = ["--config", config]
                .into_iter()
                .chain(cmd.clone())
                .collect();
            khabar_in(lang, &args)
        };
        assert!(
            with(en, "ar_EG.UTF-8").contains("unknown outlet"),
            "{cmd:?}"
        );
        assert!(
            with(ar, "en_US.UTF-8").contains("مصدر غير معروف"),
            "{cmd:?}"
        );
    }
}
