//! What an article brings to the grouping: sets of hashed items of three kinds — its words
//! and word pairs (from the text alone, right after loading), the names and the event days
//! its own analysis found (once there is one) — and its publication day.
//!
//! Words are the outlet comparison's word forms ([`crate::compare::matching_form`] of the
//! [`crate::text::normalize`]d word: proclitics stripped, loanword vowels set aside), so
//! `بالأميركية` and `الأمريكية` are one item here as there; the comparison's function words
//! and the reporting words of `assets/stories.toml` are left out. Forms are hashed, not
//! interned: a folder's features need no shared table.

use std::collections::HashSet;

use chrono::Datelike;

use super::params::Params;
use crate::compare::matching_form;
use crate::corpus::{Article, Corpus};
use crate::extract::{Analysis, Precision};
use crate::text::normalize;

/// The three kinds of item, and the number of kinds.
pub const TEXT: usize = 0;
pub const ENTITIES: usize = 1;
pub const DATES: usize = 2;
pub const KINDS: usize = 3;

/// One article's items and its publication day.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Features {
    /// `items[TEXT]`, `items[ENTITIES]`, `items[DATES]`: each item hashed (tagged with its
    /// kind) with its weight in the article, `1 + ln(times it occurs)`; sorted by item, each
    /// once.
    pub items: [Vec<(u64, f32)>; KINDS],
    /// Days since the common era's first day.
    pub published: Option<i32>,
}

/// Turns articles into [`Features`].
pub struct Featurizer {
    /// Hashes of the forms of function words and reporting words (`في`, `قال`, `أضاف`, …).
    stop: HashSet<u64>,
    /// Word pairs are items too.
    pairs: bool,
    /// How much more an item of the title weighs.
    title: f32,
    /// Content words after which an occurrence weighs half (0: all weigh the same).
    lead_words: f32,
}

impl Default for Featurizer {
    fn default() -> Self {
        Featurizer::new(Params::bundled())
    }
}

/// splitmix64's finalizer: a cheap, well-spread hash of a number.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// An item of `kind`: the hash in the low 62 bits, the kind in the top two.
fn tagged(kind: usize, hash: u64) -> u64 {
    (kind as u64) << 62 | (hash & ((1 << 62) - 1))
}

/// A stable hash of a sequence of numbers.
fn hash_seq(xs: impl IntoIterator<Item = u64>) -> u64 {
    xs.into_iter()
        .fold(0x243f_6a88_85a3_08d3, |h, x| mix(h ^ mix(x)))
}

/// Each item once, with its weight: `1 + ln(count)` (a word said five times says more about
/// the article than a word said once, but not five times more).
fn weighted(mut v: Vec<u64>) -> Vec<(u64, f32)> {
    v.sort_unstable();
    v.chunk_by(|a, b| a == b)
        .filter_map(|run| Some((*run.first()?, 1.0 + (run.len() as f32).ln())))
        .collect()
}

/// Each item once, with its weight from the sum `s` of its occurrences' weights: `1 + ln(s)`,
/// or `s` below 1 (the two meet at 1).
fn summed(mut v: Vec<(u64, f32)>) -> Vec<(u64, f32)> {
    v.sort_unstable_by_key(|x| x.0);
    v.chunk_by(|a, b| a.0 == b.0)
        .filter_map(|run| {
            let s: f32 = run.iter().map(|x| x.1).sum();
            let w = if s >= 1.0 { 1.0 + s.ln() } else { s };
            Some((run.first()?.0, w))
        })
        .collect()
}

/// The hashed matching forms of the words of `text`, in order.
fn forms(text: &str) -> Vec<u64> {
    let compare = crate::compare::Params::bundled();
    normalize(text)
        .text
        .split(|c: char| !word_char(c))
        .filter(|w| !w.is_empty())
        .map(|w| hash_str(&matching_form(w, compare)))
        .collect()
}

/// `char::is_alphanumeric`, answered at once for ASCII and the Arabic letters and digits (the
/// general lookup was a seventh of the grouping's time).
fn word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' | '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => {
            true
        }
        '\u{0660}'..='\u{0669}' => true,
        _ if c.is_ascii() => false,
        _ => c.is_alphanumeric(),
    }
}

/// FNV-1a of a string, finished by [`mix`].
fn hash_str(s: &str) -> u64 {
    mix(s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    }))
}

impl Featurizer {
    pub fn new(params: &Params) -> Featurizer {
        let compare = crate::compare::Params::bundled();
        let stop = [compare.stopwords.as_str(), params.stopwords.as_str()]
            .iter()
            .flat_map(|list| list.split_whitespace())
            .flat_map(forms)
            .collect();
        Featurizer {
            stop,
            pairs: params.word_pairs,
            title: params.title_weight,
            lead_words: params.lead_words,
        }
    }

    /// The content words of `text` (hashed forms), in order.
    fn keys(&self, text: &str) -> Vec<u64> {
        let mut v = forms(text);
        v.retain(|k| !self.stop.contains(k));
        v
    }

    /// Features from the text alone: title and body words and word pairs, publication day.
    ///
    /// News is written as an inverted pyramid: the headline and the first sentences say what
    /// happened, later ones give background that related events share. So each occurrence
    /// weighs `1 / (1 + position / lead_words)` (position: content words before it, the
    /// headline's at 0), headline occurrences `title_weight` times more, and an item's weight
    /// is `1 + ln(sum)` (or the sum, below 1): said five times says more, not five times more.
    pub fn text(&mut self, article: &Article) -> Features {
        let mut occurrences: Vec<(u64, f32)> = Vec::new();
        let title = article.title.trim();
        // The headline once: from the metadata, else its paragraph.
        let paragraphs = article
            .paragraphs
            .iter()
            .filter(|p| match p.kind {
                crate::corpus::ParagraphKind::Title => title.is_empty(),
                k => k.is_content(),
            })
            .map(|p| p.text.as_str());
        let mut position = 0usize;
        for (k, para) in std::iter::once(title).chain(paragraphs).enumerate() {
            let keys = self.keys(para);
            let boost = if k == 0 { self.title } else { 1.0 };
            for (i, &key) in keys.iter().enumerate() {
                let at = if k == 0 { 0 } else { position + i };
                let w = boost * self.decay(at);
                occurrences.push((tagged(TEXT, key), w));
                if self.pairs
                    && let Some(&next) = keys.get(i + 1)
                {
                    occurrences.push((tagged(TEXT, hash_seq([key, next])), w));
                }
            }
            if k > 0 {
                position += keys.len();
            }
        }
        Features {
            items: [summed(occurrences), Vec::new(), Vec::new()],
            published: article.published.map(|d| d.num_days_from_ce()),
        }
    }

    /// The weight of an occurrence `position` content words into the article.
    fn decay(&self, position: usize) -> f32 {
        if self.lead_words > 0.0 {
            1.0 / (1.0 + position as f32 / self.lead_words)
        } else {
            1.0
        }
    }

    /// [`Featurizer::text`] plus the names and event days of the article's own analysis
    /// (`analysis` of a corpus holding this article alone, or at least only its story: names
    /// are keyed by their display name and every written form, so the same person named the
    /// same way in two articles is one item).
    pub fn analysed(&mut self, article: &Article, analysis: &Analysis) -> Features {
        let mut f = self.text(article);
        let mut names = Vec::new();
        for e in &analysis.entities {
            // Each written form once per mention of the entity: a name the article keeps
            // coming back to weighs more than one it names in passing.
            let times = e.mentions.len().max(1);
            for form in std::iter::once(&e.name).chain(&e.variants) {
                let keys = forms(form);
                if !keys.is_empty() {
                    let item = tagged(ENTITIES, hash_seq(keys));
                    names.extend(std::iter::repeat_n(item, times));
                }
            }
        }
        let mut dates = Vec::new();
        for e in &analysis.timeline {
            if e.precision != Precision::Day || e.end.is_some() {
                continue;
            }
            if let Ok(d) = chrono::NaiveDate::parse_from_str(&e.date, "%Y-%m-%d") {
                let item = tagged(DATES, mix(d.num_days_from_ce() as u64));
                dates.extend(std::iter::repeat_n(item, e.mentions.len().max(1)));
            }
        }
        f.items[ENTITIES] = weighted(names);
        f.items[DATES] = weighted(dates);
        f
    }
}

/// Text features of every article of `corpus`.
pub fn text_features(corpus: &Corpus) -> Vec<Features> {
    let mut fz = Featurizer::default();
    corpus.articles.iter().map(|a| fz.text(a)).collect()
}

/// Full features of every article: each article is analysed alone (its names merged within
/// itself only, its deictic dates counted from its own date), so that no story's analysis is
/// needed to find the stories. An article the analysis fails on keeps its text features.
pub fn analysed_features(corpus: &Corpus) -> Vec<Features> {
    let mut fz = Featurizer::default();
    corpus
        .articles
        .iter()
        .map(|a| {
            let alone = Corpus {
                articles: vec![a.clone()],
            };
            let analysis = crate::extract::analyze(&alone);
            fz.analysed(a, &analysis)
        })
        .collect()
}

/// Full features of every article from the analyses of the stories a first grouping put it in
/// (`per_story[k]` of `stories.stories[k]`): each article keeps the names it mentions itself
/// (the story's display name and the forms it writes) and the days it dates itself (not those
/// it borrows from another article's reference date). This costs no analysis beyond the one the
/// first grouping's stories get anyway, where analysing every article alone cost a second.
pub fn story_features(
    corpus: &Corpus,
    stories: &super::Stories,
    per_story: &[Analysis],
) -> Vec<Features> {
    Featurizer::default().from_stories(corpus, stories, per_story)
}

impl Featurizer {
    /// [`story_features`] with this featurizer's parameters.
    pub fn from_stories(
        &mut self,
        corpus: &Corpus,
        stories: &super::Stories,
        per_story: &[Analysis],
    ) -> Vec<Features> {
        let mut views: Vec<Option<Analysis>> = vec![None; corpus.articles.len()];
        for (story, analysis) in stories.stories.iter().zip(per_story) {
            for &i in &story.articles {
                if let (Some(slot), Some(a)) = (views.get_mut(i), corpus.articles.get(i)) {
                    *slot = Some(own_share(analysis, &a.id));
                }
            }
        }
        corpus
            .articles
            .iter()
            .zip(views)
            .map(|(a, view)| match view {
                Some(v) => self.analysed(a, &v),
                None => self.text(a),
            })
            .collect()
    }
}

/// What a story's analysis says of one article: its entities with only its own mentions (the
/// forms it writes as variants), its day events with only the mentions it dates itself.
fn own_share(analysis: &Analysis, id: &str) -> Analysis {
    let mut out = Analysis::default();
    for e in &analysis.entities {
        let mentions: Vec<_> = e
            .mentions
            .iter()
            .filter(|m| &*m.article == id)
            .cloned()
            .collect();
        if mentions.is_empty() {
            continue;
        }
        let mut variants: Vec<String> = mentions
            .iter()
            .map(|m| m.text.clone())
            .filter(|t| *t != e.name)
            .collect();
        variants.sort_unstable();
        variants.dedup();
        out.entities.push(crate::extract::Entity {
            variants,
            mentions,
            ..e.clone()
        });
    }
    for e in &analysis.timeline {
        let mentions: Vec<_> = e
            .mentions
            .iter()
            .enumerate()
            .filter(|(k, m)| &*m.article == id && !e.inferred_mentions.contains(k))
            .map(|(_, m)| m.clone())
            .collect();
        if mentions.is_empty() {
            continue;
        }
        out.timeline.push(crate::extract::Event {
            mentions,
            inferred_mentions: Vec::new(),
            ..e.clone()
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_char_is_is_alphanumeric() {
        for c in (0..0x0800).filter_map(char::from_u32) {
            assert_eq!(word_char(c), c.is_alphanumeric(), "{:04x}", c as u32);
        }
    }
}
