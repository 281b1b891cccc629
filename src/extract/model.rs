//! The analysis data model shared by the extractors, the export and the reader.
//! Changes here must be additive.

use std::sync::Arc;

use serde::Serialize;

/// Where a name or a date occurs: `char` offsets into one paragraph's text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Mention {
    /// The article's id (as in the export). Shared by all the mentions in one article: a large
    /// folder has hundreds of thousands of mentions.
    pub article: Arc<str>,
    /// Index into the article's paragraphs.
    pub paragraph: usize,
    /// `char` offsets into the paragraph text, `start..end`.
    pub start: usize,
    pub end: usize,
    /// The mentioned text as written.
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
}

/// A person, organization or place, merged across the outlets of a story.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entity {
    pub id: String,
    pub kind: EntityKind,
    /// Display name: the fullest common form.
    pub name: String,
    /// Every other written form seen.
    pub variants: Vec<String>,
    /// In reading order: article order, then paragraph, then offset.
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// One happening on the shared timeline, with every source that reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Event {
    pub id: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` according to `precision`.
    pub date: String,
    /// End of a range, same format; `None` for a single date.
    pub end: Option<String>,
    pub precision: Precision,
    /// True when the date was resolved against a reference date borrowed from another article.
    pub inferred: bool,
    pub summary: String,
    /// Article ids, in corpus order.
    pub sources: Vec<String>,
    pub mentions: Vec<Mention>,
}

/// An article a stage of the analysis failed on (it panicked: a bug). The article is still
/// listed and readable; the stage's results leave it out. See `extract::isolate`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Failure {
    /// Position of the article in the corpus.
    pub article: usize,
    /// The article's file.
    pub path: String,
    /// `entities`, `timeline`, `search` or `reuse` (the outlet comparison).
    pub stage: String,
    /// The panic's message and source location.
    pub message: String,
}

/// Everything extracted from a corpus.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Analysis {
    pub entities: Vec<Entity>,
    pub timeline: Vec<Event>,
    /// Articles a stage failed on; empty when all went well (and then not exported).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub failures: Vec<Failure>,
}

impl Failure {
    /// `file: stage failed: message`, for stderr and the reader (controls made visible).
    pub fn describe(&self) -> String {
        let line = format!("{}: {} failed: {}", self.path, self.stage, self.message);
        crate::text::controls::printable(&line).into_owned()
    }
}
