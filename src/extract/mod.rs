//! Analysis of a corpus: entities (people, organizations, places) and the shared timeline.
//!
//! Each paragraph is prepared once ([`prepare`]: normalized and split into words,
//! [`crate::text::tokens`]) and read by the entity rules, the tagger and the timeline — and,
//! when the caller passes the same [`Prepared`] on, by the search index and the outlet
//! comparison. Both report [`Mention`]s as `char` offsets into the original paragraph text,
//! so every consumer (export, reader highlights) agrees.

pub mod entities;
pub mod isolate;
mod model;
pub mod timeline;

pub use model::{
    Analysis, ArticleReference, Entity, EntityKind, Event, Failure, Mention, Precision,
    ReferenceSource,
};

use crate::corpus::{Corpus, ParagraphKind};
use crate::text::{Prepared, tokenize};

/// The ordinals first to tenth, normalized (`الاول` … `العاشر`): ordinal days for the timeline
/// (`الرابع من شباط`), regnal numbers for names (`محمد السادس`).
pub(crate) const ORDINALS: &[&str] = &[
    "الاول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
];

/// Each article's id, shared by the mentions in it.
pub(crate) fn article_ids(corpus: &Corpus) -> Vec<std::sync::Arc<str>> {
    corpus
        .articles
        .iter()
        .map(|a| a.id.as_str().into())
        .collect()
}

/// The paragraphs the analysis reads (titles, bodies and, for the timeline's evidence,
/// datelines), each normalized and split into words once. An article whose text cannot be
/// prepared (a panic, [`isolate`]) is left unprepared: each stage then meets it on its own and
/// reports it.
pub fn prepare(corpus: &Corpus) -> Prepared {
    prepare_kinds(corpus, |k| k != ParagraphKind::Boilerplate)
}

/// Every paragraph prepared, boilerplate included (the reader searches it too).
pub fn prepare_all(corpus: &Corpus) -> Prepared {
    prepare_kinds(corpus, |_| true)
}

fn prepare_kinds(corpus: &Corpus, keep: impl Fn(ParagraphKind) -> bool) -> Prepared {
    Prepared::new(
        corpus
            .articles
            .iter()
            .map(|a| {
                isolate::catching(|| {
                    a.paragraphs
                        .iter()
                        .map(|p| keep(p.kind).then(|| tokenize(&p.text)))
                        .collect()
                })
                .unwrap_or_else(|_| std::sync::Arc::from([]))
            })
            .collect(),
    )
}

/// Run every extractor over the corpus. Entities first: timeline events list the entities of
/// their sentence. An article an extractor fails on is left out of that stage and recorded in
/// [`Analysis::failures`] ([`isolate`]).
pub fn analyze(corpus: &Corpus) -> Analysis {
    analyze_with(corpus, &prepare(corpus), &mut |_| {})
}

/// [`analyze`] on prepared paragraphs (see [`prepare`]; those not prepared are prepared as
/// they are read), calling `stage` with `"entities"` and `"timeline"` as each starts
/// (progress). Every reader of an analysis — the reader's worker, each story of a folder, the
/// batch commands — comes through here.
pub fn analyze_with(corpus: &Corpus, prepared: &Prepared, stage: &mut dyn FnMut(&str)) -> Analysis {
    stage("entities");
    let (entities, mut failures) =
        isolate::per_article_prepared(corpus, prepared, "entities", entities::extract_prepared);
    stage("timeline");
    let ((timeline, refs), more) =
        isolate::per_article_prepared(corpus, prepared, "timeline", |c, p| {
            timeline::extract_prepared(c, p, &entities)
        });
    failures.extend(more);
    Analysis {
        entities,
        timeline,
        references: timeline::reference_list(corpus, &refs),
        failures,
        model_problem: entities::tagger_problem(),
    }
}
