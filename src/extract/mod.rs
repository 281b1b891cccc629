//! Analysis of a corpus: entities (people, organizations, places) and the shared timeline.
//!
//! Both run on [`crate::text::normalize`]d text and report [`Mention`]s as `char` offsets into
//! the original paragraph text, so every consumer (export, reader highlights) agrees.

pub mod entities;
pub mod isolate;
mod model;
pub mod timeline;

pub use model::{
    Analysis, ArticleReference, Entity, EntityKind, Event, Failure, Mention, Precision,
    ReferenceSource,
};

use crate::corpus::Corpus;

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

/// Run every extractor over the corpus. Entities first: timeline events list the entities of
/// their sentence. An article an extractor fails on is left out of that stage and recorded in
/// [`Analysis::failures`] ([`isolate`]).
pub fn analyze(corpus: &Corpus) -> Analysis {
    analyze_with(corpus, &mut |_| {})
}

/// [`analyze`], calling `stage` with `"entities"` and `"timeline"` as each starts (progress).
pub fn analyze_with(corpus: &Corpus, stage: &mut dyn FnMut(&str)) -> Analysis {
    stage("entities");
    let (entities, mut failures) = isolate::per_article(corpus, "entities", entities::extract);
    stage("timeline");
    let ((timeline, refs), more) =
        isolate::per_article(corpus, "timeline", |c| timeline::extract_all(c, &entities));
    failures.extend(more);
    Analysis {
        entities,
        timeline,
        references: timeline::reference_list(corpus, &refs),
        failures,
        model_problem: entities::tagger_problem(),
    }
}
