//! A folder of several stories in the reader, driven by key strings: the story list first,
//! Enter opening a story in the four panes (that story only), Backspace back to the list
//! with the selection kept, sorting, search across stories (a hit in another story opens
//! it) or within one, and the grouping refined while a story is read. Snapshots of the list
//! at the three design sizes in both languages.

mod common;

use std::collections::HashSet;

use common::stories;
use khabar::app::action::Action;
use khabar::app::keymap::Layer;
use khabar::app::panes::search::Scope;
use khabar::i18n::Lang;

fn name(lang: Lang) -> &'static str {
    if lang == Lang::Ar { "ar" } else { "en" }
}

fn status(app: &khabar::app::App) -> String {
    khabar::ui::status::text(&app.state)
}

/// The ids of the articles the panes show.
fn shown_ids(app: &khabar::app::App) -> Vec<String> {
    app.state
        .corpus
        .articles
        .iter()
        .map(|a| a.id.clone())
        .collect()
}

#[test]
fn the_list_comes_first_enter_opens_a_story_backspace_returns() {
    let mut app = stories::app(Lang::En, 120, 40);
    assert_eq!(app.state.layer(), Layer::Stories, "the list first");
    let s = common::text(&common::render(&mut app, 120, 40));
    assert!(s.contains("Stories · 3 · newest first"), "{s}");
    // Newest first: the OPEC+ story (Sept. 2024), the floods (Aug. 2024), the quake (2023).
    let titles: Vec<&str> = app
        .state
        .stories
        .items
        .iter()
        .map(|i| i.title.as_str())
        .collect();
    assert!(
        titles[0].contains("أوبك") && titles[2].contains("زلزال"),
        "{titles:?}"
    );
    assert!(status(&app).contains("story 1/3"), "{}", status(&app));

    // Enter on the second story: the floods, its three articles only.
    app.press("j<Enter>").expect("keys");
    assert_eq!(app.state.layer(), Layer::Reader);
    assert_eq!(
        shown_ids(&app),
        ["01_sudan_jazeera", "02_sudan_sky", "03_sudan_araby"]
    );
    let st = status(&app);
    assert!(
        st.contains("story 2/3") && st.contains("source 1/3"),
        "{st}"
    );
    assert!(app.state.layout.is_full(), "the four panes");

    // Entities and the timeline are the story's: every mention is in one of its articles.
    let ids: HashSet<String> = shown_ids(&app).into_iter().collect();
    let a = app.state.analysis().expect("analysed");
    assert!(!a.entities.is_empty());
    for m in a.entities.iter().flat_map(|e| &e.mentions) {
        assert!(ids.contains(&*m.article), "{m:?} is outside the story");
    }
    for m in a.timeline.iter().flat_map(|e| &e.mentions) {
        assert!(ids.contains(&*m.article), "{m:?} is outside the story");
    }
    // e, Enter, n walk the story's mentions.
    app.press("e<Enter>").expect("keys");
    assert_eq!(app.state.walk.cursor, Some(0));
    app.press("n").expect("keys");
    let total = app.state.marks().len();
    assert_eq!(app.state.walk.cursor, Some(1 % total));
    app.press("]]").expect("keys");
    assert!(app.state.open < 3, "] stays in the story");

    // Backspace: the list, the story just read still selected.
    app.press("<Backspace>").expect("keys");
    assert_eq!(app.state.layer(), Layer::Stories);
    assert_eq!(app.state.stories.list.sel, 1);
    // s sorts by size: the floods and the quake (three articles) before OPEC+ (two); the
    // selection follows the floods.
    app.press("s").expect("keys");
    let sel = &app.state.stories.items[app.state.stories.list.sel];
    assert!(sel.title.contains("الخرطوم"), "{sel:?}");
    assert_eq!(app.state.stories.items[2].articles.len(), 2);
    // The help over the list starts with the list's keys.
    app.press("?").expect("keys");
    let s = common::text(&common::render(&mut app, 120, 40));
    let (list, reader) = (s.find("Story list"), s.find("Reader"));
    assert!(list.is_some() && (reader.is_none() || list < reader), "{s}");
    app.press("<Esc>q").expect("keys");
    assert!(app.state.quit);
}

#[test]
fn search_across_stories_opens_the_story_of_each_hit() {
    let mut app = stories::app(Lang::En, 120, 40);
    // From the list a search spans every story; «الأمم» (the United Nations) is in two
    // articles of the floods and one of the quake, none of OPEC+.
    app.press("/الأمم<Enter>").expect("keys");
    assert_eq!(app.state.search.folder_hits.len(), 3);
    assert_eq!(app.state.layer(), Layer::Reader, "the hit's story is open");
    assert_eq!(app.state.stories.open, Some(1), "the floods");
    assert!(status(&app).contains("hit 1/3"), "{}", status(&app));
    app.press("n").expect("keys");
    assert!(status(&app).contains("hit 2/3"), "{}", status(&app));
    assert_eq!(app.state.open, 1);
    // The next hit is in another story: n opens it at the hit.
    app.press("n").expect("keys");
    assert_eq!(app.state.stories.open, Some(2), "the quake");
    let st = status(&app);
    assert!(st.contains("story 3/3") && st.contains("hit 3/3"), "{st}");
    let hit = app.state.marks()[app.state.walk.cursor.expect("on a hit")];
    assert_eq!(shown_ids(&app)[hit.article], "07_quake_jazeera");
    assert_eq!(app.state.open, hit.article, "the hit's article is open");
    // N goes back across the stories.
    app.press("N").expect("keys");
    assert_eq!(app.state.stories.open, Some(1));
    assert!(status(&app).contains("hit 2/3"), "{}", status(&app));

    // Within a story the prompt searches that story unless Tab says all.
    app.press("/").expect("keys");
    let s = common::text(&common::render(&mut app, 120, 40));
    assert!(s.contains("search this story (Tab: all stories):"), "{s}");
    app.press("الأمم<Enter>").expect("keys");
    assert_eq!(
        app.state.search.folder_hits.len(),
        2,
        "the floods' hits only"
    );
    app.press("nn").expect("keys");
    assert_eq!(app.state.stories.open, Some(1), "n stays in the story");
    app.press("/<Tab>").expect("keys");
    assert_eq!(app.state.search.scope, Scope::All);
    let s = common::text(&common::render(&mut app, 120, 40));
    assert!(s.contains("search all stories (Tab: this story):"), "{s}");
    app.press("<Esc>").expect("keys");
    assert!(
        app.state.search.folder_hits.is_empty(),
        "Esc clears the hits"
    );
    app.press("/الأمم<Enter>").expect("keys");
    assert_eq!(app.state.search.folder_hits.len(), 3);
    // A word in no story says so and leaves the reader where it was.
    app.press("/بركان<Enter>").expect("keys");
    assert!(
        status(&app).contains("no match for «بركان»"),
        "{}",
        status(&app)
    );
    assert_eq!(app.state.stories.open, Some(1));
}

#[test]
fn a_refined_grouping_keeps_the_story_being_read() {
    let mut app = stories::app(Lang::En, 120, 40);
    app.press("jj<Enter>2").expect("keys");
    assert_eq!(shown_ids(&app)[app.state.open], "07_quake_jazeera");
    // The refinement merges the floods into the OPEC+ story (a wrong but possible grouping)
    // and renumbers the stories: the quake, still read, keeps its article open.
    let corpus = stories::corpus();
    let mut items = stories::items(&corpus);
    let floods = items.remove(0);
    items[0].articles.extend(floods.articles);
    items[0].articles.sort_unstable();
    for (k, i) in items.iter_mut().enumerate() {
        i.id = format!("s{}", k + 1);
    }
    app.update(Action::Stories {
        items,
        refined: true,
    });
    assert_eq!(app.state.stories.items.len(), 2);
    assert_eq!(shown_ids(&app)[app.state.open], "07_quake_jazeera");
    assert_eq!(app.state.layer(), Layer::Reader);
    app.press("<Backspace>").expect("keys");
    let sel = &app.state.stories.items[app.state.stories.list.sel];
    assert!(sel.title.contains("زلزال"), "{sel:?}");
}

#[test]
fn a_click_opens_the_story_under_it_and_the_wheel_moves_the_selection() {
    let mut app = stories::app(Lang::Ar, 120, 40);
    app.update(Action::Scroll(10, 10, 3));
    assert_eq!(app.state.stories.list.sel, 2);
    // Rows 1–2 are story 1, rows 3–4 story 2, rows 5–6 story 3 (inside the frame).
    app.update(Action::Click(60, 3));
    assert_eq!(app.state.stories.open, Some(1));
    assert_eq!(app.state.layer(), Layer::Reader);
}

#[test]
fn a_folder_read_as_one_story_then_split_stays_on_the_article_being_read() {
    let corpus = stories::corpus();
    let mut one = stories::items(&corpus);
    one.truncate(1);
    one[0].articles = (0..corpus.articles.len()).collect();
    let corpus = std::sync::Arc::new(corpus);
    let mut app = khabar::app::App::new(
        std::sync::Arc::clone(&corpus),
        Lang::En,
        khabar::app::keymap::Keymap::default_map(),
    );
    app.update(Action::Resize(120, 40));
    app.update(Action::Stories {
        items: one,
        refined: true,
    });
    app.press("7").expect("keys");
    assert_eq!(app.state.layer(), Layer::Reader);
    // The refined grouping finds the three stories: the quake's article stays open.
    app.update(Action::Stories {
        items: stories::items(&corpus),
        refined: true,
    });
    assert_eq!(app.state.layer(), Layer::Reader);
    assert_eq!(shown_ids(&app)[app.state.open], "07_quake_jazeera");
    assert_eq!(app.state.corpus.articles.len(), 3);
    app.press("<Backspace>").expect("keys");
    assert_eq!(app.state.layer(), Layer::Stories);
}

#[test]
fn the_list_says_grouping_until_the_refined_grouping_arrives() {
    let mut app = stories::app(Lang::En, 80, 24);
    let items = app.state.stories.items.clone();
    app.update(Action::Stories {
        items: items.clone(),
        refined: false,
    });
    let s = common::text(&common::render(&mut app, 80, 24));
    assert!(s.contains("Stories · 3 · newest first · grouping…"), "{s}");
    app.update(Action::Stories {
        items,
        refined: true,
    });
    let s = common::text(&common::render(&mut app, 80, 24));
    assert!(!s.contains("grouping"), "{s}");
}

#[test]
fn with_no_date_in_any_story_the_list_does_not_claim_newest_first() {
    let mut app = stories::app(Lang::En, 120, 40);
    let mut items = app.state.stories.items.clone();
    for i in &mut items {
        (i.first, i.last) = (None, None);
    }
    app.update(Action::Stories {
        items,
        refined: true,
    });
    let s = common::text(&common::render(&mut app, 120, 40));
    assert!(s.contains("Stories · 3 · largest first"), "{s}");
    assert!(!s.contains("newest"), "{s}");
}

#[test]
fn one_story_opens_the_panes_as_before() {
    let corpus = stories::corpus();
    let mut items = stories::items(&corpus);
    items.truncate(1);
    items[0].articles = (0..corpus.articles.len()).collect();
    let mut app = stories::app(Lang::En, 120, 40);
    app.update(Action::Stories {
        items,
        refined: true,
    });
    assert_eq!(app.state.layer(), Layer::Reader, "no list");
    assert_eq!(app.state.corpus.articles.len(), 8);
    assert!(app.state.analysis().is_some(), "the analysis is kept");
    app.press("<Backspace>").expect("keys");
    assert_eq!(app.state.layer(), Layer::Reader);
    assert!(status(&app).contains("this folder is one story"));
}

#[test]
fn the_story_list_at_every_size_in_both_languages() {
    for lang in [Lang::En, Lang::Ar] {
        for (w, h) in [(120, 40), (100, 30), (80, 24)] {
            let mut app = stories::app(lang, w, h);
            app.press("j").expect("keys");
            let buf = common::render(&mut app, w, h);
            common::snapshot(&format!("stories_{}_{w}x{h}", name(lang)), &buf);
            let s = common::text(&buf);
            let heading = if lang == Lang::Ar {
                "ﺺﺼﻘﻟﺍ"
            } else {
                "Stories"
            };
            assert!(s.contains(heading), "{lang:?} {w}x{h}\n{s}");
        }
        // A story opened on a small screen: its article list first, as the reader opens.
        let mut app = stories::app(lang, 80, 24);
        app.press("<Enter>").expect("keys");
        let buf = common::render(&mut app, 80, 24);
        common::snapshot(&format!("stories_open_{}_80x24", name(lang)), &buf);
    }
}
