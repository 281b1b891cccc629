//! A reader over the bundled articles with a hand-made analysis, so reader tests do not
//! depend on what the extractors find.

#![allow(dead_code)]

pub mod stories;
pub mod tmux;

use std::sync::Arc;

use khabar::app::App;
use khabar::app::action::Action;
use khabar::app::keymap::Keymap;
use khabar::app::update::update;
use khabar::corpus::{Corpus, bundled};
use khabar::extract::{Analysis, Entity, EntityKind, Event, Mention, Precision};
use khabar::i18n::Lang;
use khabar::search::{Index, Query};

/// Mentions of `word` found by the search engine (so offsets are real).
pub fn mentions(corpus: &Corpus, word: &str) -> Vec<Mention> {
    let idx = Index::build(corpus);
    idx.search(corpus, &Query::parse(word).expect("query"))
        .into_iter()
        .map(|h| {
            let a = &corpus.articles[h.article];
            let text: String = a.paragraphs[h.paragraph]
                .text
                .chars()
                .skip(h.start)
                .take(h.end - h.start)
                .collect();
            Mention {
                article: a.id.as_str().into(),
                paragraph: h.paragraph,
                start: h.start,
                end: h.end,
                text,
            }
        })
        .collect()
}

pub fn analysis(corpus: &Corpus) -> Analysis {
    let entity = |id: &str, kind, name: &str| Entity {
        id: id.into(),
        kind,
        name: name.into(),
        variants: vec![],
        mentions: mentions(corpus, name),
    };
    let ev_mentions = mentions(corpus, "29 يناير");
    Analysis {
        entities: vec![
            entity("person:qaani", EntityKind::Person, "قاآني"),
            entity("place:baghdad", EntityKind::Place, "بغداد"),
            entity("org:kataib", EntityKind::Organization, "كتائب حزب الله"),
        ],
        timeline: vec![Event {
            id: "2024-01-29".into(),
            date: "2024-01-29".into(),
            end: None,
            precision: Precision::Day,
            inferred: false,
            inferred_mentions: vec![],
            conflict: false,
            summary: "لقاء في مطار بغداد".into(),
            sources: vec![],
            mentions: ev_mentions,
        }],
        failures: Vec::new(),
        references: Vec::new(),
        model_problem: None,
    }
}

/// The reader on the bundled articles, analysed, at `w`×`h`.
pub fn app(lang: Lang, w: u16, h: u16) -> App {
    let corpus = Arc::new(bundled());
    let a = analysis(&corpus);
    let mut app = App::new(Arc::clone(&corpus), lang, Keymap::default_map());
    update(&mut app.state, Action::Resize(w, h));
    app.analysed(a, Index::build_all(&corpus));
    app
}

/// Draw one frame of `app` at `w`×`h` on a TestBackend.
pub fn render(app: &mut App, w: u16, h: u16) -> ratatui::buffer::Buffer {
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
    khabar::ui::Ui::default().render(app, &mut t).expect("draw");
    t.backend().buffer().clone()
}

/// The glyphs of a buffer, one line per row.
pub fn text(buf: &ratatui::buffer::Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// Compare a screen with tests/snapshots/NAME.txt (`UPDATE_SNAPSHOTS=1` rewrites it after a
/// deliberate change, to be read before committing).
pub fn snapshot(name: &str, buf: &ratatui::buffer::Buffer) {
    let path = format!("{}/tests/snapshots/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    let got = text(buf);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &got).expect("write snapshot");
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        got, want,
        "snapshot {name} differs (UPDATE_SNAPSHOTS=1 to accept)\n{got}"
    );
}

/// The reader worker's two results: the analysis and the search index, each stage isolated
/// per article.
pub fn worker_results(
    corpus: &khabar::corpus::Corpus,
) -> (khabar::extract::Analysis, khabar::search::Index) {
    let mut analysis = khabar::extract::analyze(corpus);
    let (index, failures) =
        khabar::extract::isolate::per_article(corpus, "search", khabar::search::Index::build_all);
    analysis.failures.extend(failures);
    (analysis, index)
}
