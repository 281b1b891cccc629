//! A reader over the bundled articles with a hand-made analysis, so reader tests do not
//! depend on what the extractors find.

#![allow(dead_code)]

use std::sync::Arc;

use khabar::app::App;
use khabar::app::action::Action;
use khabar::app::i18n::Lang;
use khabar::app::keymap::Keymap;
use khabar::app::update::update;
use khabar::corpus::{Corpus, bundled};
use khabar::extract::{Analysis, Entity, EntityKind, Event, Mention, Precision};
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
        ..Default::default()
    }
}

/// The reader on the bundled articles, analysed, at `w`×`h`.
pub fn app(lang: Lang, w: u16, h: u16) -> App {
    let corpus = Arc::new(bundled());
    let a = analysis(&corpus);
    let mut app = App::new(Arc::clone(&corpus), lang, Keymap::default_map());
    update(&mut app.state, Action::Resize(w, h));
    update(
        &mut app.state,
        Action::Analysed(Box::new((a, Index::build_all(&corpus)))),
    );
    app
}
