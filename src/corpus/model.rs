//! The corpus data model shared by every other module. Changes here must be additive.

use chrono::NaiveDate;
use serde::Serialize;

/// All loaded articles, in load order (paths in the order given, folders in name order).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Corpus {
    pub articles: Vec<Article>,
}

impl Corpus {
    /// Articles of body paragraphs only, with ids `a0`, `a1`, … and no metadata: a corpus made
    /// from text in code (tests, examples) rather than loaded from files.
    pub fn from_bodies<S: AsRef<str>>(articles: &[&[S]]) -> Corpus {
        Corpus {
            articles: articles
                .iter()
                .enumerate()
                .map(|(i, paras)| Article::from_body(&format!("a{i}"), paras))
                .collect(),
        }
    }
}

impl Article {
    /// An article of body paragraphs with no metadata.
    pub fn from_body<S: AsRef<str>>(id: &str, paragraphs: &[S]) -> Article {
        let mut a = Article {
            language: super::language::Language::Analysed,
            id: id.to_string(),
            path: String::new(),
            outlet: String::new(),
            title: String::new(),
            published: None,
            url: None,
            paragraphs: paragraphs
                .iter()
                .map(|t| Paragraph {
                    text: t.as_ref().to_string(),
                    kind: ParagraphKind::Body,
                })
                .collect(),
        };
        a.language = super::language::of_article(&a);
        a
    }
}

/// One article from one outlet.
#[derive(Debug, Clone, Serialize)]
pub struct Article {
    /// File stem, or the JSON `id`; unique within a corpus.
    pub id: String,
    pub path: String,
    /// Empty when no outlet is known; exported as `null` then (never `""`).
    #[serde(serialize_with = "empty_as_null")]
    pub outlet: String,
    pub title: String,
    /// Publication date from metadata or a dateline.
    pub published: Option<NaiveDate>,
    pub url: Option<String>,
    pub paragraphs: Vec<Paragraph>,
    /// The language of its title and body, told once when it is made
    /// ([`super::language::of_article`]): the extractors skip Persian and Urdu, and the
    /// reader's header names them on every frame. Not exported.
    #[serde(skip)]
    pub language: super::language::Language,
}

/// A paragraph: the source text unchanged except trimmed, and what kind of text it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    pub text: String,
    pub kind: ParagraphKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ParagraphKind {
    Title,
    Body,
    /// Dateline, source line, byline.
    Meta,
    /// Related links, tag lines, tickers, copyright, prompts: kept, hidden by default.
    Boilerplate,
}

impl ParagraphKind {
    /// Entities and dates are looked for only in these paragraphs.
    pub fn is_content(self) -> bool {
        matches!(self, ParagraphKind::Title | ParagraphKind::Body)
    }
}

/// A file (or JSONL line) that could not be loaded, loading going on without it, or one
/// loaded with a caveat (see [`Severity`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadProblem {
    pub path: String,
    /// 1-based line number for JSONL lines.
    pub line: Option<usize>,
    pub reason: String,
    pub severity: Severity,
}

/// What a [`LoadProblem`] cost: the reader counts the two apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Severity {
    /// The file (or JSONL line, or JSON item) was left out.
    #[default]
    Skipped,
    /// The file was loaded, but not quite as written: bytes replaced while decoding, HTML
    /// flattened at the depth limit.
    Warning,
}

impl LoadProblem {
    /// Whether the file was loaded all the same.
    pub fn is_warning(&self) -> bool {
        self.severity == Severity::Warning
    }
}

impl std::fmt::Display for LoadProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(n) => write!(f, "{}:{}: {}", self.path, n, self.reason),
            None => write!(f, "{}: {}", self.path, self.reason),
        }
    }
}

/// An empty string as JSON `null`: "unknown", not a name that happens to be empty.
fn empty_as_null<S: serde::Serializer>(s: &str, ser: S) -> Result<S::Ok, S::Error> {
    if s.is_empty() {
        ser.serialize_none()
    } else {
        ser.serialize_str(s)
    }
}
