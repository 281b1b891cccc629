//! The reader driven by key strings through the real keymap, asserting on its state.

mod common;

use khabar::app::state::Target;
use khabar::i18n::Lang;
use khabar::screen::Pane;

#[test]
fn digits_and_brackets_move_between_sources() {
    let mut app = common::app(Lang::En, 120, 40);
    app.press("3").expect("keys");
    assert_eq!(app.state.open, 2);
    app.press("]]").expect("keys");
    assert_eq!(app.state.open, 4);
    app.press("]").expect("keys");
    assert_eq!(app.state.open, 0, "next source wraps around");
    app.press("[").expect("keys");
    assert_eq!(app.state.open, 4);
    app.press("9").expect("keys");
    assert_eq!(app.state.open, 4, "no source 9: nothing happens");
}

#[test]
fn tab_cycles_panes_and_lists_move() {
    let mut app = common::app(Lang::En, 120, 40);
    assert_eq!(app.state.focus, Pane::Body);
    app.press("<Tab>").expect("keys");
    assert_eq!(app.state.focus, Pane::Entities);
    app.press("<Tab><Tab>").expect("keys");
    assert_eq!(app.state.focus, Pane::Articles);
    app.press("jj<Enter>").expect("keys");
    assert_eq!((app.state.articles.list.sel, app.state.open), (2, 2));
    app.press("G<Enter>").expect("keys");
    assert_eq!(app.state.open, 4);
    app.press("<S-Tab>").expect("keys");
    assert_eq!(app.state.focus, Pane::Timeline);
}

#[test]
fn body_scrolls_and_pages() {
    let mut app = common::app(Lang::En, 120, 40);
    app.press("<Tab><Tab><Tab><Tab>").expect("keys");
    assert_eq!(app.state.focus, Pane::Body);
    app.press("jjj").expect("keys");
    assert_eq!(app.state.body.scroll, 3);
    app.press("<PgDn>").expect("keys");
    assert!(app.state.body.scroll > 3);
    app.press("g").expect("keys");
    assert_eq!(app.state.body.scroll, 0);
    app.press("G").expect("keys");
    let last = app.state.body.scroll;
    app.press("j").expect("keys");
    assert_eq!(app.state.body.scroll, last, "cannot scroll past the end");
}

#[test]
fn enter_on_entity_jumps_and_n_walks_every_mention_across_sources() {
    let mut app = common::app(Lang::En, 120, 40);
    app.press("2e").expect("keys");
    assert_eq!(app.state.focus, Pane::Entities);
    let Some(Target::Entity(i)) = app.state.walk.target else {
        panic!("an entity is selected")
    };
    let marks = app.state.marks().to_vec();
    assert!(marks.len() >= 10, "قاآني is mentioned often");
    assert_eq!(
        app.state.analysis().map(|a| a.entities[i].name.as_str()),
        Some("قاآني")
    );
    app.press("<Enter>").expect("keys");
    assert_eq!(app.state.walk.cursor, Some(0));
    assert_eq!(app.state.open, marks[0].article);
    let mut articles_seen = vec![app.state.open];
    for (k, mark) in marks.iter().enumerate().skip(1) {
        app.press("n").expect("keys");
        assert_eq!(app.state.walk.cursor, Some(k));
        assert_eq!(
            app.state.open, marks[k].article,
            "mention {k} opens its article"
        );
        articles_seen.push(app.state.open);
        // The mention's row is on screen.
        let height = usize::from(app.state.layout.body_text().1);
        let visible = app
            .state
            .body
            .rows
            .iter()
            .skip(app.state.body.scroll)
            .take(height)
            .any(|r| {
                r.paragraph == Some(mark.paragraph)
                    && r.line
                        .cells
                        .iter()
                        .any(|c| c.logical.start < mark.end && mark.start < c.logical.end)
            });
        assert!(visible, "mention {k} is brought into view");
    }
    articles_seen.dedup();
    assert!(
        articles_seen.len() >= 3,
        "the walk crosses sources: {articles_seen:?}"
    );
    app.press("n").expect("keys");
    assert_eq!(
        app.state.walk.cursor,
        Some(0),
        "n wraps to the first mention"
    );
    app.press("N").expect("keys");
    assert_eq!(app.state.walk.cursor, Some(marks.len() - 1));
}

#[test]
fn timeline_event_jumps_too() {
    let mut app = common::app(Lang::En, 120, 40);
    // Enter on an event opens its details; Enter there jumps to the selected mention.
    app.press("t<Enter>").expect("keys");
    assert_eq!(app.state.walk.target, Some(Target::Event(0)));
    assert!(app.state.detail.is_some());
    let marks = app.state.marks().to_vec();
    assert!(marks.len() >= 2);
    app.press("G<Enter>").expect("keys");
    assert_eq!(app.state.walk.cursor, Some(marks.len() - 1));
    assert_eq!(app.state.open, marks[marks.len() - 1].article);
    // n walks on from there, as after an entity's Enter.
    app.press("<Esc>n").expect("keys");
    assert_eq!(app.state.walk.cursor, Some(0));
    assert_eq!(app.state.open, marks[0].article);
}

#[test]
fn filter_cycles_kinds_and_boilerplate_toggles() {
    let mut app = common::app(Lang::En, 120, 40);
    let rows_hidden = app.state.body.rows.len();
    app.press("x").expect("keys");
    assert!(app.state.show_boilerplate);
    assert!(
        app.state.body.rows.len() > rows_hidden,
        "boilerplate rows appear"
    );
    app.press("ef").expect("keys");
    assert!(
        app.state
            .visible_entities()
            .iter()
            .all(|(_, e)| e.kind == khabar::extract::EntityKind::Person)
    );
    app.press("fff").expect("keys");
    assert_eq!(app.state.entities.filter, None);
}

#[test]
fn search_prompt_finds_highlights_and_walks_hits() {
    let mut app = common::app(Lang::En, 120, 40);
    app.press("/الامريكية<Enter>").expect("keys");
    assert_eq!(app.state.walk.target, Some(Target::Search));
    let n = app.state.search.hits.len();
    assert!(n >= 3);
    assert_eq!(app.state.walk.cursor, Some(0));
    app.press("n").expect("keys");
    assert_eq!(app.state.walk.cursor, Some(1));
    // History, word delete, cancel.
    app.press("/abc def<C-w><Up><Enter>").expect("keys");
    assert_eq!(app.state.search.query, "الامريكية");
    app.press("/كلمةغيرموجودة<Enter>").expect("keys");
    assert!(app.state.search.hits.is_empty());
    assert!(
        app.state
            .message
            .as_deref()
            .is_some_and(|m| m.contains("no match"))
    );
    app.press("<Esc>").expect("keys");
    assert_eq!(app.state.walk.target, None);
}

#[test]
fn help_and_quit() {
    let mut app = common::app(Lang::En, 120, 40);
    app.press("?").expect("keys");
    assert!(app.state.help.open);
    app.press("j").expect("keys");
    assert!(
        app.state.help.open,
        "moving scrolls the help (when it is taller than the screen)"
    );
    app.press("e").expect("keys");
    assert!(!app.state.help.open, "any other key closes help");
    app.press("q").expect("keys");
    assert!(app.state.quit);
}

#[test]
fn quit_rebound_in_the_config_leaves_q_free() {
    let mut app = common::app(Lang::En, 120, 40);
    let config = khabar::app::config::parse("[reader]\nquit = [\"Q\", \"C-c\"]\n", "c.toml")
        .expect("valid config");
    app.state.keymap = config.keymap;
    app.press("q").expect("keys");
    assert!(!app.state.quit, "q is no longer bound");
    app.press("<C-c>").expect("keys");
    assert!(app.state.quit);
}

#[test]
fn esc_closes_help_then_stops_cycling() {
    let mut app = common::app(Lang::En, 120, 40);
    app.press("e<Enter>n?").expect("keys");
    assert!(app.state.help.open);
    assert_eq!(app.state.walk.cursor, Some(1));
    app.press("<Esc>").expect("keys");
    assert!(!app.state.help.open);
    assert_eq!(
        app.state.walk.cursor,
        Some(1),
        "the first Esc only closes the help"
    );
    app.press("<Esc>").expect("keys");
    assert_eq!((app.state.walk.target, app.state.walk.cursor), (None, None));
}

#[test]
fn skipped_files_are_announced_until_the_next_key() {
    let mut app = common::app(Lang::En, 120, 40);
    khabar::app::update::update(&mut app.state, khabar::app::action::Action::Skipped(2));
    let m = app.state.message.clone().unwrap_or_default();
    assert!(m.starts_with("2 ") && m.contains("skipped"), "{m}");
    app.press("j").expect("keys");
    assert_eq!(app.state.message, None);
    // Nothing skipped: nothing said.
    let mut app = common::app(Lang::En, 120, 40);
    khabar::app::update::update(&mut app.state, khabar::app::action::Action::Skipped(0));
    assert_eq!(app.state.message, None);
}

#[test]
fn load_warnings_are_told_apart_from_skipped_files() {
    // A page flattened at the depth limit is loaded (a warning); malformed JSON is left out.
    let dir = tempfile::tempdir().expect("tempdir");
    let page = format!(
        "<html><body>{}<p>قال الوزير في بغداد إن الزيارة مهمة للبلدين</p>{}</body></html>",
        "<div>".repeat(300),
        "</div>".repeat(300)
    );
    std::fs::write(dir.path().join("deep.html"), page).expect("write");
    std::fs::write(dir.path().join("bad.json"), "{").expect("write");
    let (corpus, problems) = khabar::corpus::load(&[dir.path().to_path_buf()]).expect("load");
    assert_eq!(corpus.articles.len(), 1, "the deep page is loaded");
    let kinds: Vec<(bool, String)> = problems
        .iter()
        .map(|p| (p.is_warning(), p.to_string()))
        .collect();
    assert_eq!(problems.len(), 2, "{kinds:?}");
    assert!(
        kinds
            .iter()
            .any(|(w, m)| *w && m.contains("deep.html: HTML nested deeper than 256")),
        "{kinds:?}"
    );
    assert!(
        kinds.iter().any(|(w, m)| !*w && m.contains("bad.json")),
        "{kinds:?}"
    );

    let loaded = |lang: Lang, problems: Vec<khabar::corpus::LoadProblem>| {
        let mut app = common::app(lang, 120, 40);
        khabar::app::update::update(
            &mut app.state,
            khabar::app::action::Action::Loaded(problems),
        );
        app.state.message.clone().unwrap_or_default()
    };
    assert_eq!(
        loaded(Lang::En, problems.clone()),
        "1 unreadable file(s) skipped, 1 warning(s) on loaded file(s), listed after quitting"
    );
    assert_eq!(
        loaded(Lang::Ar, problems.clone()),
        "1 ملف(ات) تعذرت قراءتها، 1 تحذير(ات) في ملفات حُمّلت، وتُذكر بعد الخروج"
    );
    // Only the warning: nothing is called skipped.
    let warnings: Vec<_> = problems.into_iter().filter(|p| p.is_warning()).collect();
    let m = loaded(Lang::En, warnings);
    assert_eq!(m, "1 warning(s) on loaded file(s), listed after quitting");
    // And the status line shows it.
    let mut app = common::app(Lang::En, 120, 40);
    khabar::app::update::update(
        &mut app.state,
        khabar::app::action::Action::Loaded(Vec::new()),
    );
    assert_eq!(app.state.message, None, "nothing to say");
    app.state.message = Some(m.clone());
    let frame = common::render(&mut app, 120, 40);
    let bottom: String = (0..120)
        .map(|x| frame[(x, 39)].symbol().to_string())
        .collect();
    assert!(
        bottom.contains("1 warning(s) on loaded file(s)"),
        "{bottom}"
    );
}

#[test]
fn search_finds_boilerplate_only_while_it_is_shown() {
    let mut app = common::app(Lang::En, 120, 40);
    app.press("/Erem<Enter>").expect("keys");
    assert!(app.state.search.hits.is_empty(), "boilerplate is hidden");
    app.press("x").expect("keys");
    assert!(
        !app.state.search.hits.is_empty(),
        "shown: its words are found"
    );
    app.press("x").expect("keys");
    assert!(app.state.search.hits.is_empty(), "hidden again");
    assert_eq!(app.state.search.history, vec!["Erem".to_string()]);
}

#[test]
fn help_scrolls_on_a_small_screen_and_other_keys_close_it() {
    let mut app = common::app(Lang::En, 60, 16);
    app.press("?").expect("keys");
    assert!(app.state.help.open);
    let rows = khabar::ui::help::rows(&app.state).len();
    assert_eq!(
        rows,
        khabar::app::panes::help::lines(&app.state.keymap, app.state.lang).len()
    );
    let visible = khabar::app::update::help_visible(app.state.size, rows);
    assert!(visible < rows, "the help is taller than 16 rows");
    app.press("jj").expect("keys");
    assert_eq!(app.state.help.scroll, 2);
    app.press("G").expect("keys");
    assert_eq!(app.state.help.scroll, rows - visible);
    app.press("j").expect("keys");
    assert_eq!(
        app.state.help.scroll,
        rows - visible,
        "no scrolling past the end"
    );
    app.press("k").expect("keys");
    assert_eq!(app.state.help.scroll, rows - visible - 1);
    app.press("e").expect("keys");
    assert!(!app.state.help.open);
    app.press("?").expect("keys");
    assert_eq!(app.state.help.scroll, 0, "opens at the top");
}

#[test]
fn a_digit_past_the_last_source_says_so() {
    let mut app = common::app(Lang::En, 120, 40);
    let n = app.state.corpus.articles.len();
    assert!(n < 9);
    app.press("9").expect("keys");
    assert_eq!(app.state.open, 0);
    assert_eq!(app.state.message.as_deref(), Some("no source 9"));
    app.press("2").expect("keys");
    assert_eq!(app.state.open, 1);
    assert_eq!(app.state.message, None);
}
