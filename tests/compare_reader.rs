//! The outlet comparison in the reader (issue 17): key-string tests of the compare view and of
//! `p`, TestBackend snapshots of the compare view at 120×40 and 80×24 in both languages, and
//! style checks (snapshots do not show colour). `UPDATE_SNAPSHOTS=1` rewrites the snapshots.

mod common;

use common::{render, snapshot, text};

use khabar::app::App;
use khabar::i18n::Lang;
use ratatui::style::Color;

/// The reader on the seeds with the analysis and the comparison delivered.
fn app(lang: Lang, w: u16, h: u16) -> App {
    let mut app = common::app(lang, w, h);
    app.compared(khabar::compare::compare(&khabar::corpus::bundled()));
    app
}

fn status(app: &App) -> String {
    app.state.message.clone().unwrap_or_default()
}

#[test]
fn c_opens_the_open_source_against_the_next_and_keys_move_it() {
    let mut app = app(Lang::En, 120, 40);
    app.press("c").unwrap();
    let c = app.state.compare.as_ref().expect("compare view open");
    assert_eq!((c.lead, c.other), (0, 1));
    app.press("]").unwrap();
    assert_eq!(app.state.compare.as_ref().unwrap().other, 2);
    app.press("<Tab>").unwrap();
    let c = app.state.compare.as_ref().unwrap();
    assert_eq!((c.lead, c.other), (2, 0), "Tab swaps which side leads");
    app.press("[").unwrap();
    assert_eq!(
        app.state.compare.as_ref().unwrap().other,
        4,
        "the lead is skipped"
    );
    app.press("jjj").unwrap();
    assert_eq!(
        app.state.compare.as_ref().unwrap().scroll,
        3,
        "both sides scroll together"
    );
    app.press("<Esc>").unwrap();
    assert!(app.state.compare.is_none());
    // The reader's keys are back.
    app.press("2").unwrap();
    assert_eq!(app.state.open, 1);
}

#[test]
fn p_in_the_compare_view_walks_the_aligned_passages() {
    let mut app = app(Lang::En, 120, 40);
    app.press("]]c").unwrap(); // source 3 (موازين نيوز) against 4 (إرم نيوز): nothing shared
    app.press("p").unwrap();
    assert_eq!(status(&app), "no shared passages");
    app.press("[").unwrap(); // 3 against 2
    let n = app.state.compare.as_ref().unwrap().view.passages.len();
    assert!(n >= 5, "{n}");
    app.press("p").unwrap();
    assert_eq!(status(&app), format!("passage 1/{n}"));
    let first = app.state.compare.as_ref().unwrap().scroll;
    app.press("p").unwrap();
    assert_eq!(status(&app), format!("passage 2/{n}"));
    assert!(app.state.compare.as_ref().unwrap().scroll > first);
}

#[test]
fn p_in_the_body_goes_to_the_next_source_sharing_the_passage() {
    let mut app = app(Lang::En, 120, 40);
    // 000's first shared passage on screen is the airport meeting, which 001 and 002 share.
    app.press("p").unwrap();
    assert_eq!(app.state.open, 1);
    assert_eq!(status(&app), "passage 1/3");
    app.press("p").unwrap();
    assert_eq!(app.state.open, 2);
    assert_eq!(status(&app), "passage 2/3");
    app.press("p").unwrap();
    assert_eq!((app.state.open, status(&app).as_str()), (0, "passage 3/3"));
    // Source 4 shares only its last paragraph, with source 5: nothing at the top, then there.
    app.press("4p").unwrap();
    assert_eq!(
        (app.state.open, status(&app).as_str()),
        (3, "no shared passage here")
    );
    app.press("Gp").unwrap();
    assert_eq!((app.state.open, status(&app).as_str()), (4, "passage 1/2"));
}

#[test]
fn before_the_comparison_arrives_the_reader_says_so() {
    let mut app = common::app(Lang::En, 120, 40);
    app.press("c").unwrap();
    assert_eq!(status(&app), "comparing sources…");
    app.press("<Esc>p").unwrap();
    assert_eq!(status(&app), "comparing sources…");
    assert_eq!(app.state.open, 0);
}

#[test]
fn compare_view_snapshots_in_both_languages_and_sizes() {
    for (lang, name) in [(Lang::En, "en"), (Lang::Ar, "ar")] {
        for (w, h) in [(120, 40), (80, 24)] {
            let mut app = app(lang, w, h);
            app.press("c").unwrap();
            let buf = render(&mut app, w, h);
            snapshot(&format!("compare_{name}_{w}x{h}"), &buf);
            let s = text(&buf);
            assert!(s.contains("1 ↔ 2") || s.contains("2 ↔ 1"), "{s}");
            // The lead is on the reading direction's start side.
            let g = khabar::app::panes::compare::geometry((w, h), lang.is_rtl()).unwrap();
            if lang.is_rtl() {
                assert!(g.lead.x > g.other.x);
            } else {
                assert!(g.lead.x < g.other.x);
            }
        }
    }
}

#[test]
fn differing_words_and_gaps_are_styled() {
    let mut app = app(Lang::En, 120, 40);
    app.press("c").unwrap();
    let buf = render(&mut app, 120, 40);
    let theme = khabar::ui::theme::Theme::default();
    let cells: Vec<_> = buf.content().iter().collect();
    let differs = cells.iter().filter(|c| c.bg == Color::Red).count();
    let shared = cells
        .iter()
        .filter(|c| c.modifier.contains(ratatui::style::Modifier::UNDERLINED))
        .count();
    assert!(differs > 10 && shared > 100, "{differs} {shared}");
    assert_eq!(theme.differs.bg, Some(Color::Red));
    assert!(text(&buf).contains('╌'), "a gap where one side has nothing");
}

#[test]
fn badges_and_margin_marks_in_the_reader() {
    for (lang, derived, own) in [(Lang::En, "derived", "own"), (Lang::Ar, "منقول", "مستقل")]
    {
        let mut app = app(lang, 120, 40);
        let buf = render(&mut app, 120, 40);
        let s = text(&buf);
        // Badges are in the list rows (shaped glyphs for Arabic: compare the state instead).
        let d = &app.state.reuse.ready().unwrap().derivations;
        assert_eq!(d[3].label, khabar::compare::Label::Independent);
        if lang == Lang::En {
            assert!(s.contains(derived) && s.contains(own), "{s}");
        }
        // Article 1's airport paragraph: margin marks with source 2 on the start side.
        let body = app.state.layout.body.unwrap();
        let text_area = khabar::screen::geometry::body_text(body);
        // The mark is the outer of the two columns beside the text; the inner one stays blank,
        // so a mark never touches the row's first letter or digit.
        let margin_x = text_area.x + text_area.width + 1;
        let marks: Vec<&str> = (text_area.y..text_area.bottom())
            .map(|y| buf[(margin_x, y)].symbol())
            .filter(|m| *m != " ")
            .collect();
        assert!(marks.contains(&"2") && marks.contains(&"3"), "{marks:?}");
        let gap = margin_x - 1;
        assert!(
            (text_area.y..text_area.bottom()).all(|y| buf[(gap, y)].symbol() == " "),
            "the column between the text and its margin mark is blank"
        );
    }
}
