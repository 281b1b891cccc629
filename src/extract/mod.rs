//! Analysis of a corpus: entities (people, organizations, places) and the shared timeline.
//!
//! Both run on [`crate::text::normalize`]d text and report [`Mention`]s as `char` offsets into
//! the original paragraph text, so every consumer (export, reader highlights) agrees.

pub mod entities;
mod model;
pub mod timeline;

pub use model::{
    Analysis, ArticleReference, Entity, EntityKind, Event, Mention, Precision, ReferenceSource,
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
/// their sentence.
pub fn analyze(corpus: &Corpus) -> Analysis {
    let entities = entities::extract(corpus);
    let (timeline, refs) = timeline::extract_all(corpus, &entities);
    let references = timeline::reference_list(corpus, &refs);
    Analysis {
        entities,
        timeline,
        references,
    }
}
