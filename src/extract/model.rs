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

/// Defined with the word lists (`lexicon`), which sit below `corpus` and `extract`.
pub use crate::lexicon::EntityKind;

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
    /// A season of a year: `date` is `YYYY-SP|SU|FA|WI` (spring from March, summer from June,
    /// autumn from September, winter from the year's December).
    Season,
    /// A decade: `date` is its first three digits (`197`: the 1970s).
    Decade,
    /// A century: `date` is its first two digits (`19`: the 1900s, the twentieth century).
    Century,
}

/// One happening on the shared timeline, with every source that reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Event {
    pub id: String,
    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-SU` (season), `197` (decade) or `19` (century),
    /// according to `precision`.
    pub date: String,
    /// End of a range, same format; `None` for a single date.
    pub end: Option<String>,
    pub precision: Precision,
    /// True when every mention's date was resolved against a reference date borrowed from
    /// another article (an estimated date).
    pub inferred: bool,
    /// Indices into `mentions` of the mentions whose own date is estimated (borrowed reference),
    /// so a reader can mark them even when the event as a whole is dated.
    pub inferred_mentions: Vec<usize>,
    /// True when a mention's written weekday disagrees with its date (`أمس الجمعة` on a
    /// Thursday dateline): the date follows the deictic offset, the disagreement is kept.
    pub conflict: bool,
    pub summary: String,
    /// Article ids, in corpus order.
    pub sources: Vec<String>,
    pub mentions: Vec<Mention>,
}

/// Where an article's reference date (the day its deictic dates count from) came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReferenceSource {
    /// The article's publication date (metadata or dateline, as the corpus read it).
    Published,
    /// A labelled date line among the article's own meta paragraphs (`نشر في: …`).
    Dateline,
    /// The date of a post embedded in the article (`— name (@handle) January 25, 2024`).
    EmbeddedPost,
    /// An explicit full date in the article that agrees with its weekday deictics
    /// (`أمس الخميس` and `الخميس 25 يناير 2024`).
    Text,
    /// Borrowed from the story: the upper median of the articles' publication dates.
    Story,
    /// No reference date: deictic dates of the article are not resolved.
    None,
}

/// An article's reference date and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleReference {
    pub article: String,
    /// `YYYY-MM-DD`, or `None` when nothing gave one.
    pub date: Option<String>,
    pub source: ReferenceSource,
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
    /// Each article's reference date for the timeline, in corpus order.
    pub references: Vec<ArticleReference>,
    /// Articles a stage failed on; empty when all went well (and then not exported).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub failures: Vec<Failure>,
    /// Why the trained entity tagger was not used (its model file, and what is wrong with
    /// it), if it was not: the entities then come from the rules alone. The reader shows it;
    /// batch commands print it on stderr; the export leaves it out.
    #[serde(skip)]
    pub model_problem: Option<String>,
}

impl Failure {
    /// `file: stage failed: message`, for stderr and the reader (controls made visible).
    pub fn describe(&self) -> String {
        let line = format!("{}: {} failed: {}", self.path, self.stage, self.message);
        crate::text::controls::printable(&line).into_owned()
    }
}
