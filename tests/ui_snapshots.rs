//! The panes on a TestBackend: whole-screen snapshots at two sizes and in both languages,
//! plus style assertions (snapshots do not show colour). `UPDATE_SNAPSHOTS=1 cargo test`
//! rewrites the snapshot files after a deliberate change.

mod common;

use common::{render, snapshot, text};

use khabar::app::App;
use khabar::i18n::Lang;
use ratatui::buffer::Buffer;
use ratatui::style::Color;

#[test]
fn full_layout_english_120x40() {
    let mut app = common::app(Lang::En, 120, 40);
    app.press("2").expect("keys");
    let buf = render(&mut app, 120, 40);
    snapshot("full_en_120x40", &buf);
    let s = text(&buf);
    assert!(s.contains("Articles") && s.contains("Entities") && s.contains("Timeline"));
    assert!(s.contains("source 2/5"));
}

#[test]
fn narrow_layout_shows_one_pane_at_a_time_80x24() {
    let mut app = common::app(Lang::En, 80, 24);
    app.press("e").expect("keys");
    let buf = render(&mut app, 80, 24);
    snapshot("narrow_entities_80x24", &buf);
    app.press("t").expect("keys");
    let buf = render(&mut app, 80, 24);
    snapshot("narrow_timeline_80x24", &buf);
    let s = text(&buf);
    assert!(s.contains("Timeline") && !s.contains("Entities"));
}

#[test]
fn arabic_ui_is_mirrored() {
    let mut app = common::app(Lang::Ar, 120, 40);
    let buf = render(&mut app, 120, 40);
    snapshot("full_ar_120x40", &buf);
    let a = app.state.layout;
    let articles = a.articles.expect("articles pane");
    assert_eq!(articles.right(), 120, "articles at the right");
    // The list rows are right-aligned: the last column before the border holds a glyph.
    let x = articles.right() - 2;
    assert_ne!(buf[(x, articles.y + 1)].symbol(), " ");
}

/// The glyphs of row `y` between columns `x0..x1`.
fn row_text(buf: &Buffer, y: u16, x0: u16, x1: u16) -> String {
    (x0..x1).map(|x| buf[(x, y)].symbol()).collect()
}

#[test]
fn cut_rows_end_in_an_ellipsis_and_keep_their_sources() {
    for lang in [Lang::Ar, Lang::En] {
        let mut app = common::app(lang, 120, 40);
        let buf = render(&mut app, 120, 40);
        let a = app.state.layout;
        let tl = a.timeline.expect("timeline pane");
        let row = row_text(&buf, tl.y + 1, tl.x + 1, tl.right() - 1);
        // Date and sources stay; the summary is what is cut, marked at the row's logical end.
        assert!(
            row.contains("2024-01-29") && row.contains('['),
            "{lang:?}: {row}"
        );
        // Arabic UI: the row's logical end is its left. English UI: the cut field is the
        // Arabic summary, whose logical end is its left, right after the sources.
        let end = if lang == Lang::Ar {
            row.trim_start().starts_with('…')
        } else {
            row.contains("] …")
        };
        assert!(end, "{lang:?}: {row}");
        let ent = a.entities.expect("entities pane");
        for y in ent.y + 1..ent.bottom() - 1 {
            let row = row_text(&buf, y, ent.x + 1, ent.right() - 1);
            if row.contains('[') {
                assert!(row.contains(']'), "{lang:?}: badge cut in {row}");
            }
        }
    }
}

#[test]
fn focus_and_highlight_styles() {
    let mut app = common::app(Lang::En, 120, 40);
    app.press("e<Enter>").expect("keys");
    let buf = render(&mut app, 120, 40);
    let a = app.state.layout;
    let ent = a.entities.expect("entities");
    assert_eq!(buf[(ent.x, ent.y)].fg, Color::Cyan, "focused pane border");
    let body = a.body.expect("body");
    assert_eq!(
        buf[(body.x, body.y)].fg,
        Color::DarkGray,
        "unfocused pane border"
    );
    // The current mention is drawn in the current-mention colour, other mentions marked.
    let mut current = String::new();
    let mut marked = 0;
    for y in body.y..body.bottom() {
        for x in body.x..body.right() {
            match buf[(x, y)].bg {
                Color::Magenta => current.push_str(buf[(x, y)].symbol()),
                Color::Yellow => marked += 1,
                _ => {}
            }
        }
    }
    // قاآني shaped and reordered: 5 letters, drawn right to left.
    assert_eq!(
        current.chars().count(),
        5,
        "current mention cells: {current:?}"
    );
    assert!(
        current
            .chars()
            .all(|c| ('\u{FE70}'..='\u{FEFF}').contains(&c)),
        "shaped forms: {current:?}"
    );
    let _ = marked;
}

#[test]
fn too_small_and_every_size_without_panic() {
    let mut app = common::app(Lang::En, 20, 6);
    let s = text(&render(&mut app, 20, 6));
    assert!(s.contains("too small"));
    for lang in [Lang::En, Lang::Ar] {
        let mut app = common::app(lang, 120, 40);
        app.press("e<Enter>nx").expect("keys");
        for w in (1..140).step_by(7) {
            for h in (1..50).step_by(4) {
                render(&mut app, w, h);
            }
        }
    }
}

#[test]
fn estimated_dates_are_marked_and_explained_in_the_help() {
    for lang in [Lang::En, Lang::Ar] {
        let mut app = app_with_estimated_event(lang, 120, 40);
        let buf = render(&mut app, 120, 40);
        let tl = app.state.layout.timeline.expect("timeline pane");
        let inferred: Vec<bool> = app.state.events().iter().map(|e| e.inferred).collect();
        let shown = usize::from(tl.height - 2).min(inferred.len());
        assert!(
            inferred[..shown].contains(&true) && inferred[..shown].contains(&false),
            "the bundled stories have estimated and stated dates on screen"
        );
        for (k, estimated) in inferred[..shown].iter().enumerate() {
            let row = row_text(&buf, tl.y + 1 + k as u16, tl.x + 1, tl.right() - 1);
            // `~` at the UI's start side of the date: before its digits in English, after
            // them (to their right) in Arabic, where rows are read from the right.
            let date = &app.state.events()[k].date;
            let marked = if lang == Lang::Ar {
                row.contains(&format!("{date}~"))
            } else {
                row.contains(&format!("~{date}"))
            };
            assert_eq!(marked, *estimated, "{lang:?} row {k}: {row}");
            assert_eq!(row.contains('~'), *estimated, "{lang:?} row {k}: {row}");
        }
        // The legend is the help's last row: open it and go to the bottom.
        app.press("?G").expect("keys");
        let help = text(&render(&mut app, 120, 40));
        let legend = if lang == Lang::Ar {
            "ﻱﺮﻳﺪﻘﺗ ﺦﻳﺭﺎﺗ"
        } else {
            "estimated date"
        };
        let line = help
            .lines()
            .find(|l| l.contains(legend))
            .unwrap_or_default();
        assert!(line.contains('~'), "{lang:?} help legend: {help}");
    }
}

/// [`common::app`] with a second timeline event whose date is estimated (inferred).
fn app_with_estimated_event(lang: Lang, w: u16, h: u16) -> App {
    use khabar::app::action::Action;
    use khabar::app::keymap::Keymap;
    use khabar::app::update::update;
    use khabar::search::Index;
    use std::sync::Arc;

    let corpus = Arc::new(khabar::corpus::bundled());
    let mut a = common::analysis(&corpus);
    let mut estimated = a.timeline[0].clone();
    estimated.id = "2024-02-04".into();
    estimated.date = "2024-02-04".into();
    estimated.inferred = true;
    a.timeline.push(estimated);
    let mut app = App::new(Arc::clone(&corpus), lang, Keymap::default_map());
    update(&mut app.state, Action::Resize(w, h));
    app.analysed(a, Index::build(&corpus));
    app
}

#[test]
fn search_prompt_puts_the_query_next_to_its_label() {
    // English: label at the left, the query right after it, the cursor at its logical end
    // (left of the Arabic word).
    let mut app = common::app(Lang::En, 120, 40);
    app.press("/عمان").expect("keys");
    let buf = render(&mut app, 120, 40);
    let last = row_text(&buf, 39, 0, 120);
    assert!(last.starts_with("search: ▏ﻥﺎﻤﻋ "), "{last:?}");
    // Arabic: label at the right edge, the query right-aligned against it.
    let mut app = common::app(Lang::Ar, 120, 40);
    app.press("/").expect("keys");
    let empty = row_text(&render(&mut app, 120, 40), 39, 0, 120);
    assert!(empty.ends_with("▏  :ﺚﺤﺑ"), "{empty:?}");
    app.press("عمان").expect("keys");
    let last = row_text(&render(&mut app, 120, 40), 39, 0, 120);
    assert!(last.ends_with("▏ﻥﺎﻤﻋ  :ﺚﺤﺑ"), "{last:?}");
    assert!(last.trim_start().starts_with('▏'), "{last:?}");
}
