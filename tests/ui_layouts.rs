//! Whole screens at the three sizes the reader is designed for — 120×40 and 100×30 (four
//! panes) and 80×24 (one pane at a time, the list first) — in both languages, and the
//! detail views. Snapshots show glyphs only; tests/ui_snapshots.rs checks styles.

mod common;

use khabar::i18n::Lang;

fn name(lang: Lang) -> &'static str {
    if lang == Lang::Ar { "ar" } else { "en" }
}

#[test]
fn every_size_in_both_languages() {
    for lang in [Lang::En, Lang::Ar] {
        for (w, h) in [(120, 40), (100, 30), (80, 24)] {
            let mut app = common::app(lang, w, h);
            // An article open and an entity's mention walked to: every pane has content.
            app.press("2").expect("keys");
            let buf = common::render(&mut app, w, h);
            common::snapshot(&format!("layout_{}_{w}x{h}", name(lang)), &buf);
            let s = common::text(&buf);
            let full = w >= 100 && h >= 30;
            let shown = |en: &str, ar: &str| s.contains(if lang == Lang::Ar { ar } else { en });
            assert!(
                shown("Articles", "ﺕﻻﺎﻘﻤﻟﺍ"),
                "{lang:?} {w}x{h}: the list\n{s}"
            );
            assert_eq!(
                shown("Timeline", "ﻲﻨﻣﺰﻟﺍ ﻂﺨﻟﺍ"),
                full,
                "{lang:?} {w}x{h}\n{s}"
            );
        }
    }
}

#[test]
fn small_screen_panes_one_at_a_time() {
    for lang in [Lang::En, Lang::Ar] {
        let mut app = common::app(lang, 80, 24);
        app.press("e<Enter>").expect("keys");
        let buf = common::render(&mut app, 80, 24);
        common::snapshot(&format!("single_body_{}_80x24", name(lang)), &buf);
        app.press("t").expect("keys");
        let buf = common::render(&mut app, 80, 24);
        common::snapshot(&format!("single_timeline_{}_80x24", name(lang)), &buf);
    }
}

#[test]
fn detail_views_in_both_languages() {
    for lang in [Lang::En, Lang::Ar] {
        let mut app = common::app(lang, 120, 40);
        app.press("t<Enter>").expect("keys");
        let buf = common::render(&mut app, 120, 40);
        common::snapshot(&format!("detail_event_{}_120x40", name(lang)), &buf);
        app.press("<Esc>ei").expect("keys");
        let buf = common::render(&mut app, 120, 40);
        common::snapshot(&format!("detail_entity_{}_120x40", name(lang)), &buf);
        let mut app = common::app(lang, 80, 24);
        app.press("ti").expect("keys");
        let buf = common::render(&mut app, 80, 24);
        common::snapshot(&format!("detail_event_{}_80x24", name(lang)), &buf);
    }
}
