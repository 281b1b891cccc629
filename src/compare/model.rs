//! What the comparison finds: links between passages of two articles, and each article's
//! derivation. Offsets are `char`s of the paragraph text, as every mention in khabar.

use serde::Serialize;

/// A passage: `char` range `start..end` of paragraph `paragraph` of article `article` (indices
/// into the corpus).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    pub article: usize,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

/// How two passages relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LinkKind {
    /// Nearly every word equal.
    Verbatim,
    /// Aligned with substitutions, insertions and deletions: another translation or an edit.
    Rewritten,
    /// Both sides quote the same words.
    Quote,
}

impl LinkKind {
    pub fn as_str(self) -> &'static str {
        match self {
            LinkKind::Verbatim => "verbatim",
            LinkKind::Rewritten => "rewritten",
            LinkKind::Quote => "quote",
        }
    }
}

/// One step of an alignment, as `char` ranges of each side's paragraph: a run of equal words
/// (`same`), or a run that differs (either side may be empty: a gap).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    pub a: Option<(usize, usize)>,
    pub b: Option<(usize, usize)>,
    pub same: bool,
}

/// Two aligned passages. `a` is always the earlier article in corpus order.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub a: Span,
    pub b: Span,
    pub kind: LinkKind,
    /// Equal words in the alignment.
    pub words: usize,
    /// 2 × equal words / (words of `a` + words of `b`) over the two spans.
    pub similarity: f32,
    /// The agency both articles credit, when they do (`assets/compare.toml`).
    pub agency: Option<String>,
    /// The alignment, in reading order.
    pub pieces: Vec<Piece>,
}

impl Link {
    /// The side in `article`, and the other side.
    pub fn sides(&self, article: usize) -> Option<(Span, Span)> {
        if self.a.article == article {
            Some((self.a, self.b))
        } else if self.b.article == article {
            Some((self.b, self.a))
        } else {
            None
        }
    }
}

/// METER's labels for how much of an article comes from the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Label {
    #[serde(rename = "wholly derived")]
    Wholly,
    #[serde(rename = "partially derived")]
    Partially,
    #[serde(rename = "independent")]
    Independent,
}

impl Label {
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Wholly => "wholly derived",
            Label::Partially => "partially derived",
            Label::Independent => "independent",
        }
    }
}

/// What an article shares with one other article.
#[derive(Debug, Clone, PartialEq)]
pub struct Shared {
    /// The other article (corpus index).
    pub article: usize,
    /// Share of this article's content words inside passages linked to the other.
    pub fraction: f32,
    /// `Some(true)` when the other was published earlier (the candidate original),
    /// `Some(false)` later, `None` when a date is unknown or both are the same day.
    pub earlier: Option<bool>,
}

/// An article's derivation.
#[derive(Debug, Clone, PartialEq)]
pub struct Derivation {
    pub label: Label,
    /// Share of the content words linked to any other article.
    pub fraction: f32,
    /// The articles it shares with, most first.
    pub shared: Vec<Shared>,
    /// Agencies the article credits, in `assets/compare.toml` order.
    pub credits: Vec<String>,
    /// The agency it credits along with an article it shares text with.
    pub agency: Option<String>,
    /// The candidate original: the earlier-published article (or undated twin) it shares most
    /// with (`derive::original`).
    pub original: Option<usize>,
}

/// The comparison of a corpus.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reuse {
    /// Sorted by `a` then `b`.
    pub links: Vec<Link>,
    /// One per article, in corpus order.
    pub derivations: Vec<Derivation>,
}

impl Reuse {
    /// Links touching `article`.
    pub fn links_of(&self, article: usize) -> impl Iterator<Item = &Link> {
        self.links
            .iter()
            .filter(move |l| l.a.article == article || l.b.article == article)
    }

    /// Links between two articles (in either order), in the first article's reading order.
    pub fn between(&self, x: usize, y: usize) -> Vec<&Link> {
        let mut v: Vec<&Link> = self
            .links
            .iter()
            .filter(|l| {
                (l.a.article == x && l.b.article == y) || (l.a.article == y && l.b.article == x)
            })
            .collect();
        v.sort_by_key(|l| l.sides(x).map(|(s, _)| (s.paragraph, s.start)));
        v
    }
}
