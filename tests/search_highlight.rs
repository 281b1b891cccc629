//! Search hits land on the right cells after bidi reordering: the reader highlights from
//! logical ranges, so in a mixed Arabic/Latin/number paragraph a Latin word stays left to
//! right, a number keeps its digit order, and an Arabic word (shaped, reversed) is highlighted
//! without its attached proclitic.

use std::sync::Arc;

use khabar::app::App;
use khabar::app::action::Action;
use khabar::app::keymap::Keymap;
use khabar::app::update::update;
use khabar::corpus::{Article, Corpus, Paragraph, ParagraphKind};
use khabar::extract::Analysis;
use khabar::i18n::Lang;
use khabar::search::Index;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;

const PARAGRAPH: &str =
    "قال مسؤول في Pentagon إن 2500 جندي أمريكي ما زالوا في العراق، وإن والعراق [سيبقى] حتى 2026.";

fn app() -> App {
    let corpus = Arc::new(Corpus {
        articles: vec![Article {
            id: "a".into(),
            path: "a.txt".into(),
            outlet: "وكالة".into(),
            title: "عنوان".into(),
            published: None,
            url: None,
            language: khabar::corpus::language::Language::Analysed,
            paragraphs: vec![Paragraph {
                text: PARAGRAPH.into(),
                kind: ParagraphKind::Body,
            }],
        }],
    });
    let mut app = App::new(Arc::clone(&corpus), Lang::En, Keymap::default_map());
    update(&mut app.state, Action::Resize(120, 30));
    let index = Index::build(&corpus);
    app.analysed(Analysis::default(), index);
    app
}

/// Search `query` and return, for each body row, the highlighted cells in screen order
/// (left to right), with `|` between runs that are not next to each other; rows without
/// highlight are left out.
fn highlighted(query: &str) -> Vec<String> {
    let mut app = app();
    app.press(&format!("/{query}<Enter>")).expect("keys");
    assert!(
        !app.state.search.hits.is_empty(),
        "{query}: no hit in {PARAGRAPH}"
    );
    let mut t = Terminal::new(TestBackend::new(120, 30)).expect("terminal");
    khabar::ui::Ui::default()
        .render(&mut app, &mut t)
        .expect("draw");
    let buf = t.backend().buffer().clone();
    let body = app.state.layout.body.expect("body pane");
    let mut rows = Vec::new();
    for y in body.y..body.bottom() {
        let mut row = String::new();
        let mut last = None;
        for x in body.x..body.right() {
            let c = &buf[(x, y)];
            if matches!(c.bg, Color::Yellow | Color::Magenta) {
                if last.is_some_and(|l| l + 1 != x) {
                    row.push('|');
                }
                row.push_str(c.symbol());
                last = Some(x);
            }
        }
        if !row.is_empty() {
            rows.push(row);
        }
    }
    rows
}

#[test]
fn a_latin_word_inside_arabic_is_highlighted_left_to_right() {
    assert_eq!(highlighted("pentagon"), vec!["Pentagon"]);
}

#[test]
fn a_number_keeps_its_digit_order() {
    assert_eq!(highlighted("2500"), vec!["2500"]);
    assert_eq!(highlighted("٢٠٢٦"), vec!["2026"]);
}

#[test]
fn an_arabic_word_is_highlighted_shaped_and_reversed_without_its_proclitic() {
    // العراق twice (once as والعراق): the cells of ا ل ع ر ا ق in visual order, with the
    // و of the second left out, and the comma after the first not highlighted.
    assert_eq!(highlighted("العراق"), vec!["ﻕﺍﺮﻌﻟﺍ|ﻕﺍﺮﻌﻟﺍ"]);
}

#[test]
fn brackets_around_a_hit_stay_mirrored_and_unhighlighted() {
    assert_eq!(highlighted("سيبقى"), vec!["ﻰﻘﺒﻴﺳ"]);
}
