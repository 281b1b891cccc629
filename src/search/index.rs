//! The search index: every searchable word normalized once and stored as a number into a
//! vocabulary of distinct words, with where it stands in the original text.
//!
//! A query is answered in two steps: first the vocabulary (tens of thousands of distinct
//! words, not millions of running words) is consulted for the words that can stand for the
//! query's first word — with a proclitic chain, as a prefix, or with another spelling of its
//! long vowels; then the word numbers of the corpus are scanned for those words, and each
//! candidate is checked against the rest of a phrase. Twelve bytes per running word, and no
//! normalized copy of the text, keep the index about the size of the corpus itself.

use std::collections::HashMap;

use super::query::{Query, split_words};
use super::spelling::{LAM_AL, PROCLITICS, abd_split, is_fuzzy, skeleton, skeleton_matches};
use crate::corpus::{Corpus, ParagraphKind};
use crate::text::{Normalized, Prepared, normalize};

/// One match: `char` offsets into the original text of paragraph `paragraph` of article
/// `article` (indices into the corpus).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hit {
    pub article: usize,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

/// One running word: its vocabulary number and the original `char` offset where it starts in
/// its paragraph. Where it ends is worked out for the few words that are hits (see
/// [`Index::span`]): storing it cost a third of the index.
#[derive(Debug, Clone, Copy)]
struct Occurrence {
    word: u32,
    start: u32,
}

/// An indexed paragraph: its place in the corpus and where its words begin in `words`.
#[derive(Debug, Clone, Copy)]
struct Para {
    article: u32,
    paragraph: u32,
    first: u32,
}

/// All searchable paragraphs of a corpus, as vocabulary numbers.
#[derive(Debug, Default)]
pub struct Index {
    vocab: Vec<Box<str>>,
    words: Vec<Occurrence>,
    paras: Vec<Para>,
}

impl Index {
    /// Index the title, body and meta paragraphs (boilerplate is what readers hide).
    pub fn build(corpus: &Corpus) -> Index {
        Self::build_prepared(corpus, &Prepared::default())
    }

    /// Index every paragraph, boilerplate included.
    pub fn build_all(corpus: &Corpus) -> Index {
        Self::build_all_prepared(corpus, &Prepared::default())
    }

    /// [`Index::build`] from the corpus's paragraphs as the analysis prepared them (those it
    /// did not prepare are prepared here).
    pub fn build_prepared(corpus: &Corpus, prepared: &Prepared) -> Index {
        Self::build_with(corpus, prepared, |k| k != ParagraphKind::Boilerplate)
    }

    /// [`Index::build_all`] from prepared paragraphs.
    pub fn build_all_prepared(corpus: &Corpus, prepared: &Prepared) -> Index {
        Self::build_with(corpus, prepared, |_| true)
    }

    fn build_with(
        corpus: &Corpus,
        prepared: &Prepared,
        keep: impl Fn(ParagraphKind) -> bool,
    ) -> Index {
        let mut index = Index::default();
        let mut ids: HashMap<Box<str>, u32> = HashMap::new();
        for (a, article) in corpus.articles.iter().enumerate() {
            for (p, para) in article.paragraphs.iter().enumerate() {
                if !keep(para.kind) {
                    continue;
                }
                index.paras.push(Para {
                    article: to_u32(a),
                    paragraph: to_u32(p),
                    first: to_u32(index.words.len()),
                });
                let t = prepared.get(a, p, &para.text);
                let mut add_one = |text: &str, start: u32| {
                    let word = match ids.get(text) {
                        Some(&id) => id,
                        None => {
                            let id = to_u32(index.vocab.len());
                            index.vocab.push(text.into());
                            ids.insert(text.into(), id);
                            id
                        }
                    };
                    index.words.push(Occurrence { word, start });
                };
                // `عبدالفتاح` is stored as `عبد` and `الفتاح` (spelling::abd_split): the second
                // word starts at the original offset of its first normalized letter.
                let origin = &t.norm.origin;
                let mut add = |text: &str, start: u32, nstart: usize| match abd_split(text) {
                    Some(at) => {
                        let (head, name) = text.split_at(at);
                        add_one(head, start);
                        let second = origin.get(nstart + head.chars().count());
                        add_one(name, second.map_or(start, to_u32));
                    }
                    None => add_one(text, start),
                };
                if t.stray_marks {
                    marked_words(&t.norm, &mut add);
                } else {
                    // Without a stray mark, search words are the shared words.
                    for w in &t.words {
                        add(t.text(w), w.start, w.nstart as usize);
                    }
                }
            }
        }
        index.words.shrink_to_fit();
        index.vocab.shrink_to_fit();
        index
    }

    /// Every hit of `query`, in reading order (article, paragraph, offset). `corpus` must be
    /// the corpus the index was built from: a hit that starts after a proclitic (`بالعراق`)
    /// is placed by looking at the original word again.
    pub fn search(&self, corpus: &Corpus, query: &Query) -> Vec<Hit> {
        let fuzzy = query.words.iter().any(|w| is_fuzzy(&w.text));
        let first = self.first_word_matches(query, fuzzy);
        let rest: Vec<Vec<bool>> = query
            .words
            .iter()
            .skip(1)
            .enumerate()
            .map(|(i, w)| {
                self.rest_word_matches(&w.text, query.prefix && i + 2 == query.words.len(), fuzzy)
            })
            .collect();
        let mut hits = Vec::new();
        for (pi, para) in self.paras.iter().enumerate() {
            let from = para.first as usize;
            let to = self
                .paras
                .get(pi + 1)
                .map_or(self.words.len(), |n| n.first as usize);
            let words = self.words.get(from..to).unwrap_or_default();
            for (k, occ) in words.iter().enumerate() {
                let Some(&Some(offset)) = first.get(occ.word as usize) else {
                    continue;
                };
                let phrase = rest.iter().enumerate().all(|(i, ok)| {
                    let w = words.get(k + 1 + i);
                    w.is_some_and(|w| ok.get(w.word as usize) == Some(&true))
                });
                if !phrase {
                    continue;
                }
                // One word: its span gives both ends (normalizing it again once, not twice).
                let (start, mut end) = self.span(corpus, para, occ, offset);
                if !rest.is_empty() {
                    // `phrase` checked that the words up to `k + rest.len()` exist.
                    if let Some(last) = words.get(k + rest.len()) {
                        end = self.span(corpus, para, last, 0).1;
                    }
                }
                // A phrase that overlaps the previous hit (`الله الله` in three of them)
                // counts once.
                let overlaps = hits.last().is_some_and(|h: &Hit| {
                    h.article == para.article as usize
                        && h.paragraph == para.paragraph as usize
                        && start < h.end
                });
                if overlaps {
                    continue;
                }
                hits.push(Hit {
                    article: para.article as usize,
                    paragraph: para.paragraph as usize,
                    start,
                    end,
                });
            }
        }
        hits
    }

    /// For each vocabulary word: `Some(byte offset in the word where the hit starts)` when it
    /// can stand for the query's first word, after one of the proclitic chains.
    fn first_word_matches(&self, q: &Query, fuzzy: bool) -> Vec<Option<usize>> {
        // `Query::parse` never makes a query without words.
        let first = q.words.first().map_or("", |w| w.text.as_str());
        let prefix = q.prefix && q.words.len() == 1;
        // `العراق` is also written inside `للعراق`: the stem after `ال`, after a chain ending
        // in the assimilated `لل`; the hit starts at the article's ل.
        let stem = first.strip_prefix("ال").filter(|s| !s.is_empty());
        let lam = 'ل'.len_utf8();
        let skel = skeleton(first);
        let last = first.chars().next_back().unwrap_or(' ');
        self.vocab
            .iter()
            .map(|word| {
                let word = &**word;
                let exact = |clitics: &[&str], rest: &str, back: usize| {
                    clitics.iter().find_map(|c| {
                        let after = word.strip_prefix(c)?;
                        let ok = if prefix {
                            after.starts_with(rest)
                        } else {
                            after == rest
                        };
                        ok.then(|| c.len() - back)
                    })
                };
                let direct = exact(PROCLITICS, first, 0);
                let assimilated = stem.and_then(|s| exact(LAM_AL, s, lam));
                let loose = (fuzzy && (prefix || word.ends_with(last)))
                    .then(|| {
                        PROCLITICS.iter().find_map(|c| {
                            let after = word.strip_prefix(c)?;
                            skeleton_matches(after, &skel, prefix).then_some(c.len())
                        })
                    })
                    .flatten();
                [direct, assimilated, loose].into_iter().flatten().min()
            })
            .collect()
    }

    /// For each vocabulary word: can it stand for a later word `w` of a phrase (`last_prefix`:
    /// it is the last word and the query ends with `*`)?
    fn rest_word_matches(&self, w: &str, last_prefix: bool, fuzzy: bool) -> Vec<bool> {
        let skel = skeleton(w);
        self.vocab
            .iter()
            .map(|t| {
                if last_prefix {
                    t.starts_with(w) || skeleton_matches(t, &skel, true)
                } else {
                    &**t == w || (fuzzy && skeleton_matches(t, &skel, false))
                }
            })
            .collect()
    }

    /// The original `char` range of the word `occ` from `offset` bytes into its normalized
    /// form (past a proclitic) to where the next kept character begins (so harakat and
    /// tatweel after its last letter belong to it). The original text from the word's start is
    /// normalized again, a little past the word: normalization only looks one character
    /// back, so the word comes out as it did in its paragraph.
    fn span(
        &self,
        corpus: &Corpus,
        para: &Para,
        occ: &Occurrence,
        offset: usize,
    ) -> (usize, usize) {
        let start = occ.start as usize;
        let word = self.vocab.get(occ.word as usize).map_or("", |w| &**w);
        let letters = word.chars().count();
        let skip = word.get(..offset).map_or(0, |s| s.chars().count());
        let Some(text) = corpus
            .articles
            .get(para.article as usize)
            .and_then(|a| a.paragraphs.get(para.paragraph as usize))
            .map(|p| p.text.as_str())
        else {
            return (start, start + letters);
        };
        let rest = text
            .char_indices()
            .nth(start)
            .and_then(|(i, _)| text.get(i..))
            .unwrap_or_default();
        // Enough for a fully vocalized word with tatweel; the whole rest if that falls short.
        let bound = rest
            .char_indices()
            .nth(letters * 4 + 16)
            .and_then(|(i, _)| rest.get(..i))
            .unwrap_or(rest);
        let mut norm = normalize(bound);
        if norm.origin.len() <= letters + 1 && bound.len() < rest.len() {
            norm = normalize(rest);
        }
        let at = |i: usize| {
            let o = &norm.origin;
            o.get(i).or(o.last()).unwrap_or(0)
        };
        let end = at(letters).max(at(letters.saturating_sub(1)) + 1);
        (start + at(skip), start + end)
    }

    /// Number of indexed paragraphs.
    pub fn len(&self) -> usize {
        self.paras.len()
    }

    pub fn is_empty(&self) -> bool {
        self.paras.is_empty()
    }

    /// Distinct normalized words.
    pub fn vocabulary(&self) -> usize {
        self.vocab.len()
    }
}

/// The words of normalized text where a combining mark survived normalization: a mark is a
/// word character for search (a stray mark must not split a word), so these words are split
/// here rather than taken from the shared ones; `add(word, original start, normalized start)`.
fn marked_words(norm: &Normalized, add: &mut impl FnMut(&str, u32, usize)) {
    let origin = &norm.origin;
    let at = |i: usize| origin.get(i).or(origin.last()).unwrap_or(0);
    let (mut chars, mut last) = (0, 0);
    // `split_words` gives byte ranges on char boundaries of `norm.text`.
    let part = |a: usize, b: usize| norm.text.get(a..b).unwrap_or_default();
    for (s, e) in split_words(&norm.text) {
        chars += part(last, s).chars().count();
        let cs = chars;
        let text = part(s, e);
        chars += text.chars().count();
        last = e;
        add(text, to_u32(at(cs)), cs);
    }
}

/// Corpus positions fit in `u32`: a paragraph of 4 Gi characters or a corpus of 4 Gi words
/// would not fit in this machine's memory as text first; saturate rather than wrap.
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
