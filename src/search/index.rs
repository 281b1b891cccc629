//! The search index: every searchable paragraph normalized once, with its word boundaries, so a
//! query is a few substring scans (memchr's `memmem`) plus boundary checks.

use memchr::memmem;

use super::query::{Query, split_words};
use crate::corpus::{Corpus, ParagraphKind};
use crate::text::{Normalized, normalize};

/// One match: `char` offsets into the original text of paragraph `paragraph` of article
/// `article` (indices into the corpus).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hit {
    pub article: usize,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

/// Proclitic chains a word may carry (normalized spelling): conjunctions و ف, prepositions
/// ب ل ك, the article ال, and their combinations. Tried as an alternative, never forced.
const PROCLITICS: &[&str] = &[
    "", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "وب", "فب", "ول", "فل", "وك",
    "فك", "وبال", "فبال", "وكال", "فكال",
];

/// `ل` + `ال` is written `لل` (للعراق = ل + العراق): the chains that end in it, for a query
/// word that starts with `ال`.
const LAM_AL: &[&str] = &["لل", "ولل", "فلل"];

/// A word of a normalized paragraph: byte range and the `char` index of its start.
#[derive(Debug, Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    char_start: usize,
}

#[derive(Debug)]
struct Para {
    article: usize,
    paragraph: usize,
    norm: Normalized,
    words: Vec<Word>,
}

/// All searchable paragraphs of a corpus, normalized.
#[derive(Debug, Default)]
pub struct Index {
    paras: Vec<Para>,
}

impl Index {
    /// Index the title, body and meta paragraphs (boilerplate is what readers hide).
    pub fn build(corpus: &Corpus) -> Index {
        Self::build_with(corpus, |k| k != ParagraphKind::Boilerplate)
    }

    /// Index every paragraph, boilerplate included.
    pub fn build_all(corpus: &Corpus) -> Index {
        Self::build_with(corpus, |_| true)
    }

    fn build_with(corpus: &Corpus, keep: impl Fn(ParagraphKind) -> bool) -> Index {
        let mut paras = Vec::new();
        for (a, article) in corpus.articles.iter().enumerate() {
            for (p, para) in article.paragraphs.iter().enumerate() {
                if keep(para.kind) {
                    paras.push(Para::new(a, p, normalize(&para.text)));
                }
            }
        }
        Index { paras }
    }

    /// Every hit of `query`, in reading order (article, paragraph, offset).
    pub fn search(&self, query: &Query) -> Vec<Hit> {
        let first = &query.words[0].text;
        let direct = memmem::Finder::new(first.as_bytes());
        // `العراق` is also written inside `للعراق`: look for the stem after `ال` too.
        let stem = first.strip_prefix("ال").filter(|s| !s.is_empty());
        let assimilated = stem.map(|s| memmem::Finder::new(s.as_bytes()));
        let fuzzy = query.words.iter().any(|w| is_fuzzy(&w.text));
        let mut hits = Vec::new();
        for para in &self.paras {
            let text = para.norm.text.as_bytes();
            let mut found: Vec<Hit> = Vec::new();
            for pos in direct.find_iter(text) {
                found.extend(para.match_at(pos, first.len(), 0, query, PROCLITICS));
            }
            if let (Some(f), Some(stem)) = (&assimilated, stem) {
                // The highlight starts at the assimilated article's ل.
                for pos in f.find_iter(text) {
                    found.extend(para.match_at(pos, stem.len(), 'ل'.len_utf8(), query, LAM_AL));
                }
            }
            if fuzzy {
                found.extend(para.fuzzy_matches(query));
            }
            found.sort_unstable();
            found.dedup_by(|b, a| a.paragraph == b.paragraph && b.start < a.end);
            hits.extend(found);
        }
        hits
    }

    /// Number of indexed paragraphs.
    pub fn len(&self) -> usize {
        self.paras.len()
    }

    pub fn is_empty(&self) -> bool {
        self.paras.is_empty()
    }
}

/// Loanwords and names are written with or without long-vowel letters (`الأمريكية` /
/// `الأميركية`, `بريطانيا`): a query word of five letters or more that has و or ي inside it
/// also matches words with the same letters once inner و/ي are set aside. Shorter words match
/// exactly, so `عراق` never finds `عرق`.
fn is_fuzzy(word: &str) -> bool {
    word.chars().count() >= 5 && skeleton(word) != word
}

/// `word` without the و and ي between its first and last letters.
fn skeleton(word: &str) -> String {
    skeleton_chars(word).collect()
}

/// [`skeleton`] without allocating: it runs once per word of the corpus on fuzzy queries.
fn skeleton_chars(word: &str) -> impl Iterator<Item = char> + '_ {
    let n = word.chars().count();
    word.chars()
        .enumerate()
        .filter(move |&(i, c)| i == 0 || i + 1 == n || !matches!(c, 'و' | 'ي'))
        .map(|(_, c)| c)
}

/// Does `word`'s skeleton equal (or, with `prefix`, start with) `skel`?
fn skeleton_matches(word: &str, skel: &str, prefix: bool) -> bool {
    let mut it = skeleton_chars(word);
    for c in skel.chars() {
        if it.next() != Some(c) {
            return false;
        }
    }
    prefix || it.next().is_none()
}

impl Para {
    fn new(article: usize, paragraph: usize, norm: Normalized) -> Para {
        let mut words = Vec::new();
        let (mut chars_seen, mut last) = (0, 0);
        for (s, e) in split_words(&norm.text) {
            chars_seen += norm.text[last..s].chars().count();
            words.push(Word {
                start: s,
                end: e,
                char_start: chars_seen,
            });
            chars_seen += norm.text[s..e].chars().count();
            last = e;
        }
        Para {
            article,
            paragraph,
            norm,
            words,
        }
    }

    /// Does the query match with its first word found at byte `pos` (`len` bytes long),
    /// preceded inside its word by one of `clitics`? `back` bytes before `pos` are included in
    /// the highlight.
    fn match_at(
        &self,
        pos: usize,
        len: usize,
        back: usize,
        q: &Query,
        clitics: &[&str],
    ) -> Option<Hit> {
        let text = &self.norm.text;
        let k = self
            .words
            .partition_point(|w| w.start <= pos)
            .checked_sub(1)?;
        let word = self.words[k];
        if pos >= word.end || !clitics.contains(&&text[word.start..pos]) {
            return None;
        }
        let prefix_only = q.prefix && q.words.len() == 1;
        if pos + len != word.end && !prefix_only {
            return None;
        }
        let end = self.rest_matches(k, q, |t, w| t == w)?;
        Some(self.hit(k, pos - back, end))
    }

    /// Matches where words agree only up to inner long-vowel letters (see [`is_fuzzy`]).
    fn fuzzy_matches(&self, q: &Query) -> Vec<Hit> {
        let first = skeleton(&q.words[0].text);
        let prefix = q.prefix && q.words.len() == 1;
        // A whole-word match ends with the query word's last letter: a cheap test first.
        let last = first.chars().next_back().unwrap_or(' ');
        let mut out = Vec::new();
        for (k, w) in self.words.iter().enumerate() {
            let token = &self.norm.text[w.start..w.end];
            if !prefix && !token.ends_with(last) {
                continue;
            }
            for clitic in PROCLITICS {
                let Some(stem) = token.strip_prefix(clitic) else {
                    continue;
                };
                if !skeleton_matches(stem, &first, prefix) {
                    continue;
                }
                if let Some(end) =
                    self.rest_matches(k, q, |t, w| skeleton_matches(t, &skeleton(w), false))
                {
                    out.push(self.hit(k, w.start + clitic.len(), end));
                    break;
                }
            }
        }
        out
    }

    /// Do the query's words after the first match the words after word `k`? Returns the byte
    /// end of the match.
    fn rest_matches(
        &self,
        k: usize,
        q: &Query,
        same: impl Fn(&str, &str) -> bool,
    ) -> Option<usize> {
        let text = &self.norm.text;
        let mut end = self.words[k].end;
        if q.words.len() == 1 {
            return Some(end);
        }
        for (i, qw) in q.words.iter().enumerate().skip(1) {
            let w = self.words.get(k + i)?;
            let t = &text[w.start..w.end];
            let ok = if i + 1 == q.words.len() && q.prefix {
                t.starts_with(qw.text.as_str()) || skeleton_matches(t, &skeleton(&qw.text), true)
            } else {
                same(t, &qw.text)
            };
            if !ok {
                return None;
            }
            end = w.end;
        }
        Some(end)
    }

    /// The hit from byte `start` (inside word `k`) to byte `end` of the normalized text, in
    /// original `char` offsets.
    fn hit(&self, k: usize, start: usize, end: usize) -> Hit {
        let text = &self.norm.text;
        let w = self.words[k];
        let cs = w.char_start + text[w.start..start].chars().count();
        let ce = cs + text[start..end].chars().count();
        let origin = &self.norm.origin;
        let at = |i: usize| origin.get(i).or(origin.last()).copied().unwrap_or(0);
        // The hit ends where the next kept character begins, so marks and tatweel dropped by
        // normalization after the last letter stay with it (a highlighted `بِسْمِ` keeps its kasra).
        let end = at(ce).max(at(ce.saturating_sub(1)) + 1);
        Hit {
            article: self.article,
            paragraph: self.paragraph,
            start: at(cs),
            end,
        }
    }
}
