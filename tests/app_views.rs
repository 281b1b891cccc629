//! The reader's layers and views driven by key strings: the detail view, one pane at a time
//! on a small screen, the prompt and help layers, and what the panes say while loading,
//! analysing, or after the analysis failed.

mod common;

use std::sync::Arc;

use khabar::app::App;
use khabar::app::action::Action;
use khabar::app::keymap::Keymap;
use khabar::app::state::Target;
use khabar::i18n::Lang;
use khabar::screen::Pane;
use khabar::search::Index;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn screen(app: &mut App) -> String {
    let (w, h) = app.state.size;
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    khabar::ui::Ui::default().render(app, &mut t).expect("draw");
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

#[test]
fn enter_on_an_event_opens_its_details_and_enter_there_jumps() {
    let mut app = common::app(Lang::En, 120, 40);
    app.press("t<Enter>").expect("keys");
    let detail = app
        .state
        .detail
        .clone()
        .expect("the event's details are open");
    assert_eq!(detail.target, Target::Event(0));
    let marks = app.state.marks().to_vec();
    assert!(marks.len() >= 2, "the event is reported in two sources");
    let s = screen(&mut app);
    assert!(s.contains("Details"), "{s}");
    assert!(s.contains(&format!("mentions ({})", marks.len())), "{s}");
    // Each mention with its source number and its whole sentence (here: ends with a stop).
    assert!(s.contains("[1]") && s.contains("[2]"), "{s}");
    app.press("j<Enter>").expect("keys");
    assert_eq!(app.state.walk.cursor, Some(1));
    assert_eq!(app.state.open, marks[1].article);
    assert!(
        app.state.detail.is_some(),
        "the full layout keeps the details open"
    );
    // A key the detail layer leaves alone is the reader's: `3` opens source 3.
    app.press("3").expect("keys");
    assert_eq!(app.state.open, 2);
    assert!(app.state.detail.is_some());
    // Esc closes the details.
    app.press("<Esc>").expect("keys");
    assert!(app.state.detail.is_none());
    app.press("1").expect("keys");
    assert_eq!(app.state.open, 0);
}

#[test]
fn i_shows_an_entitys_kind_counts_and_mentions_in_both_languages() {
    for lang in [Lang::En, Lang::Ar] {
        let mut app = common::app(lang, 120, 40);
        app.press("ei").expect("keys");
        let Some(d) = app.state.detail.clone() else {
            panic!("{lang:?}: details open")
        };
        assert!(matches!(d.target, Target::Entity(_)));
        let s = screen(&mut app);
        let (kind, title) = if lang == Lang::Ar {
            ("ﺹﺎﺨﺷﺃ", "ﻞﻴﺻﺎﻔﺗ")
        } else {
            ("People", "Details")
        };
        assert!(s.contains(kind) && s.contains(title), "{lang:?}\n{s}");
        // Enter on the first mention jumps to it; i closes the view.
        app.press("<Enter>").expect("keys");
        assert_eq!(app.state.walk.cursor, Some(0));
        app.press("i").expect("keys");
        assert!(app.state.detail.is_none());
    }
}

#[test]
fn a_small_screen_shows_one_pane_the_list_first_with_a_key_per_pane() {
    for lang in [Lang::En, Lang::Ar] {
        let mut app = common::app(lang, 80, 24);
        assert_eq!(app.state.focus, Pane::Articles, "the list first");
        app.press("<Enter>").expect("keys");
        assert_eq!(
            app.state.focus,
            Pane::Body,
            "Enter on the list shows the article"
        );
        app.press("a").expect("keys");
        let l = app.state.layout;
        assert!(l.articles.is_some() && l.body.is_none() && l.entities.is_none());
        for (key, pane) in [
            ("b", Pane::Body),
            ("e", Pane::Entities),
            ("t", Pane::Timeline),
            ("a", Pane::Articles),
        ] {
            app.press(key).expect("keys");
            assert_eq!(app.state.focus, pane, "{lang:?} {key}");
            assert!(app.state.layout.of(pane).is_some(), "{key} shows its pane");
            let shown = Pane::ALL
                .iter()
                .filter(|p| app.state.layout.of(**p).is_some())
                .count();
            assert_eq!(shown, 1, "one pane at a time");
        }
        // Enter on an article shows it.
        app.press("j<Enter>").expect("keys");
        assert_eq!((app.state.focus, app.state.open), (Pane::Body, 1));
        // Enter on an entity shows the article at its first mention.
        app.press("e<Enter>").expect("keys");
        assert_eq!(app.state.focus, Pane::Body);
        assert_eq!(app.state.walk.cursor, Some(0));
        // Growing the terminal gives all four panes back.
        app.update(Action::Resize(120, 40));
        assert!(app.state.layout.is_full());
    }
}

#[test]
fn the_prompt_and_help_layers_take_their_own_keys() {
    let mut app = common::app(Lang::En, 120, 40);
    app.press("/q").expect("keys");
    assert!(!app.state.quit, "q types in the prompt");
    assert_eq!(app.state.search.prompt.as_deref(), Some("q"));
    app.press("<C-c>").expect("keys");
    assert!(
        app.state.search.prompt.is_none(),
        "Ctrl-C cancels the prompt"
    );
    assert!(!app.state.quit);
    app.press("??").expect("keys");
    assert!(!app.state.help.open, "? closes the help");
    app.press("?q").expect("keys");
    assert!(app.state.quit, "q quits from the help");
}

#[test]
fn panes_say_loading_then_analysing_then_failed() {
    let mut app = App::new(
        Arc::new(khabar::corpus::Corpus::default()),
        Lang::En,
        Keymap::default_map(),
    );
    app.update(Action::Resize(120, 40));
    app.update(Action::Loading(3200, 10000));
    let s = screen(&mut app);
    assert!(s.contains("loading 3,200/10,000"), "{s}");
    assert!(s.contains("loading…"), "{s}");
    app.press("jj]<Enter>/x<Enter>")
        .expect("keys on an empty reader");
    // Articles appear as they load; the reader can be used meanwhile.
    let corpus = khabar::corpus::bundled();
    let index = Index::build_all(&corpus);
    app.update(Action::Articles(corpus.articles[..2].to_vec()));
    app.update(Action::Loading(2, 5));
    let s = screen(&mut app);
    assert!(s.contains("loading 2/5") && s.contains("source 1/2"), "{s}");
    app.press("2").expect("keys");
    assert_eq!(app.state.open, 1);
    app.update(Action::Articles(corpus.articles[2..].to_vec()));
    app.update(Action::Loaded(Vec::new()));
    assert_eq!(app.state.open, 1, "what is open stays open");
    app.press("1").expect("keys");
    let s = screen(&mut app);
    assert!(s.contains("source 1/5") && s.contains("analysing…"), "{s}");
    app.update(Action::Indexed(Box::new(index)));
    app.update(Action::Analysed(Err("entities: index out of range".into())));
    let s = screen(&mut app);
    assert!(
        s.contains("analysis failed: entities: index out of range"),
        "{s}"
    );
    // Reading and search still work.
    app.press("/بغداد<Enter>").expect("keys");
    assert!(!app.state.search.hits.is_empty());
}

#[test]
fn undated_articles_say_so_in_both_languages() {
    let mut app = common::app(Lang::En, 120, 40);
    assert!(screen(&mut app).contains("· no date"));
    let mut app = common::app(Lang::Ar, 120, 40);
    assert!(screen(&mut app).contains("ﺦﻳﺭﺎﺗ ﻼﺑ ·"));
}

/// An article without an outlet has one name in every pane — the article list, the body's
/// header, the status line, the compare header — its file's name when that reads as a name,
/// else its title's first words: never `unknown outlet` in one pane and the file in another
/// (user test 3 class 11).
#[test]
fn an_article_without_an_outlet_has_one_name_in_every_pane() {
    let mut corpus = khabar::corpus::bundled();
    corpus.articles[0].outlet.clear();
    corpus.articles[1].outlet.clear();
    corpus.articles[1].path = "/news/wadi24.txt".into();
    let id = corpus.articles[0].id.clone();
    let title: String = corpus.articles[0]
        .title
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    let corpus = Arc::new(corpus);
    for lang in [Lang::En, Lang::Ar] {
        let mut app = App::new(Arc::clone(&corpus), lang, Keymap::default_map());
        khabar::app::update::update(&mut app.state, Action::Resize(120, 40));
        app.analysed(common::analysis(&corpus), Index::build_all(&corpus));
        app.compared(khabar::compare::compare(&corpus));
        // The one function every pane asks: the file's name with a few digits reads as a
        // name; a scraper's number does not, and the title's words name the article.
        assert_eq!(app.state.source_name(1), "wadi24.txt");
        assert!(app.state.source_name(0).contains(&title), "{title}");
        assert_eq!(
            app.state.meta_line(0).split(" · ").next(),
            Some(app.state.source_name(0))
        );
        let s = screen(&mut app);
        assert!(!s.contains(&id), "the file id is not an outlet:\n{s}");
        for unknown in ["unknown outlet", "مصدر غير معروف"] {
            assert!(!s.contains(unknown), "{unknown}:\n{s}");
        }
        if lang == Lang::En {
            // The second article open: its name in the list, the body's label and the
            // status line; then beside the first in the compare view's header.
            app.press("aj<Enter>").expect("keys");
            assert_eq!(app.state.open, 1);
            let s = screen(&mut app);
            assert!(s.matches("wadi24.txt").count() >= 3, "{s}");
            assert!(!s.contains("unknown outlet"), "{s}");
            let status = khabar::ui::status::text(&app.state);
            assert!(status.contains("wadi24.txt"), "{status}");
            app.press("c").expect("keys");
            assert!(app.state.compare.is_some(), "compare view open");
            let s = screen(&mut app);
            assert!(s.contains("wadi24.txt"), "{s}");
            assert!(!s.contains("unknown outlet"), "{s}");
        }
    }
}

#[test]
fn an_undated_articles_worked_out_date_is_the_same_in_every_pane() {
    // The real analysis (the common one is made by hand and has no timeline references).
    let corpus = std::sync::Arc::new(khabar::corpus::bundled());
    let analysis = khabar::extract::analyze(&corpus);
    let index = khabar::search::Index::build_all(&corpus);
    let mut app = khabar::app::App::new(
        std::sync::Arc::clone(&corpus),
        Lang::En,
        khabar::app::keymap::Keymap::default_map(),
    );
    app.update(khabar::app::action::Action::Resize(120, 40));
    app.analysed(analysis, index);
    // Bundled article 1 states no date; the timeline borrows its story's (`~YYYY-MM-DD`).
    assert!(app.state.corpus.articles[0].published.is_none());
    let d = app.state.date_shown(0).expect("a worked-out date");
    assert!(d.starts_with('~'), "{d}");
    let s = screen(&mut app);
    // The article list's row and the body's header, side by side on the first text row.
    let row = s.lines().nth(1).unwrap_or_default();
    assert_eq!(row.matches(d.as_str()).count(), 2, "{d}\n{s}");
    let status = khabar::ui::status::text(&app.state);
    assert!(status.contains(d.as_str()), "{status}");
}
