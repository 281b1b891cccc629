//! Mouse: a click focuses the pane under it and selects the row there (a click on an article
//! opens it); the wheel scrolls the pane under the pointer — in both UI directions.

mod common;

use khabar::app::action::Action;
use khabar::app::state::Target;
use khabar::app::update::update;
use khabar::i18n::Lang;
use khabar::screen::Pane;

#[test]
fn click_on_an_article_opens_it_in_either_ui() {
    for lang in [Lang::En, Lang::Ar] {
        let mut app = common::app(lang, 120, 40);
        let a = app.state.layout;
        let list = a.articles.expect("full layout shows the article list");
        // Inside the border, two rows an article: rows 0–1 are the first, 4–5 the third
        // (its number and outlet, then its title).
        update(&mut app.state, Action::Click(list.x + 3, list.y + 5));
        assert_eq!(
            app.state.open, 2,
            "{lang:?}: click on the third article's number"
        );
        update(&mut app.state, Action::Click(list.x + 3, list.y + 6));
        assert_eq!(app.state.focus, Pane::Articles);
        assert_eq!(app.state.open, 2, "{lang:?}");
        assert_eq!(app.state.articles.list.sel, 2);
    }
}

#[test]
fn click_on_an_entity_selects_and_highlights_it() {
    let mut app = common::app(Lang::En, 120, 40);
    let a = app.state.layout;
    let ent = a.entities.expect("entities pane");
    // Row 0 is the first kind heading, row 1 its first entity.
    update(&mut app.state, Action::Click(ent.x + 4, ent.y + 2));
    assert_eq!(app.state.focus, Pane::Entities);
    assert!(matches!(app.state.walk.target, Some(Target::Entity(_))));
    assert!(!app.state.marks().is_empty());
    // A click on the border changes the focus only.
    let before = app.state.walk.target;
    update(&mut app.state, Action::Click(ent.x, ent.y));
    assert_eq!(app.state.walk.target, before);
}

#[test]
fn wheel_scrolls_the_pane_under_the_pointer() {
    let mut app = common::app(Lang::Ar, 120, 40);
    let a = app.state.layout;
    let body = a.body.expect("body pane");
    assert_eq!(app.state.body.scroll, 0);
    update(&mut app.state, Action::Scroll(body.x + 5, body.y + 5, 3));
    assert_eq!(app.state.focus, Pane::Body);
    assert_eq!(app.state.body.scroll, 3);
    update(&mut app.state, Action::Scroll(body.x + 5, body.y + 5, -3));
    assert_eq!(app.state.body.scroll, 0);
    let list = a.articles.expect("article list");
    update(&mut app.state, Action::Scroll(list.x + 2, list.y + 2, 3));
    assert_eq!(app.state.focus, Pane::Articles);
    assert_eq!(app.state.articles.list.sel, 3);
    assert_eq!(
        app.state.open, 0,
        "the wheel moves the selection, it does not open"
    );
}
