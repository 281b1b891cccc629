//! The export's view of the comparison (docs/export.md): links and derivations with article
//! ids instead of corpus indices, fractions rounded to three decimals.

use serde::Serialize;

use super::model::{Derivation, Label, Link, LinkKind, Span};
use crate::corpus::Corpus;

/// One side of a link.
#[derive(Debug, Serialize)]
pub struct SideJson<'a> {
    pub article: &'a str,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

/// A link: `{"a", "b", "kind", "words", "similarity", "agency"}`.
#[derive(Debug, Serialize)]
pub struct LinkJson<'a> {
    pub a: SideJson<'a>,
    pub b: SideJson<'a>,
    pub kind: LinkKind,
    pub words: usize,
    pub similarity: f64,
    pub agency: Option<&'a str>,
}

/// What an article shares with another.
#[derive(Debug, Serialize)]
pub struct SharedJson<'a> {
    pub article: &'a str,
    pub fraction: f64,
    /// The other was published earlier (`true`), later (`false`), or unknown (`null`).
    pub earlier: Option<bool>,
}

/// An article's `derivation`.
#[derive(Debug, Serialize)]
pub struct DerivationJson<'a> {
    pub label: Label,
    pub fraction: f64,
    pub shared: Vec<SharedJson<'a>>,
    pub agency: Option<&'a str>,
    pub credits: &'a [String],
    pub original: Option<&'a str>,
}

fn round(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}

fn id(corpus: &Corpus, article: usize) -> &str {
    corpus.articles.get(article).map_or("", |a| a.id.as_str())
}

fn side<'a>(corpus: &'a Corpus, s: &Span) -> SideJson<'a> {
    SideJson {
        article: id(corpus, s.article),
        paragraph: s.paragraph,
        start: s.start,
        end: s.end,
    }
}

impl<'a> LinkJson<'a> {
    pub fn new(corpus: &'a Corpus, l: &'a Link) -> LinkJson<'a> {
        LinkJson {
            a: side(corpus, &l.a),
            b: side(corpus, &l.b),
            kind: l.kind,
            words: l.words,
            similarity: round(l.similarity),
            agency: l.agency.as_deref(),
        }
    }
}

impl<'a> DerivationJson<'a> {
    pub fn new(corpus: &'a Corpus, d: &'a Derivation) -> DerivationJson<'a> {
        DerivationJson {
            label: d.label,
            fraction: round(d.fraction),
            shared: d
                .shared
                .iter()
                .map(|s| SharedJson {
                    article: id(corpus, s.article),
                    fraction: round(s.fraction),
                    earlier: s.earlier,
                })
                .collect(),
            agency: d.agency.as_deref(),
            credits: &d.credits,
            original: d.original.map(|o| id(corpus, o)),
        }
    }
}
