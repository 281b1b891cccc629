//! From dated mentions to events: a short summary from the clause around the date, the
//! entities of the sentence, and merging of the same happening across outlets.

use std::collections::HashMap;
use std::rc::Rc;

use super::tokens::{Tok, is_letter};

/// Words too common to say what happened.
const FUNCTION_WORDS: &[&str] = &[
    "في", "من", "الي", "علي", "عن", "مع", "بعد", "قبل", "منذ", "ان", "انه", "انها", "التي", "الذي",
    "وقال", "قال", "وفي", "كما", "ما", "لا", "لم", "قد", "هذا", "هذه", "ذلك", "يوم", "عام", "او",
    "ثم", "حتي", "خلال",
];

/// The longest function word, in bytes: longer words need no look through the list.
const FUNCTION_WORD_MAX: usize = {
    let (mut rest, mut max) = (FUNCTION_WORDS, 0);
    while let [first, tail @ ..] = rest {
        if first.len() > max {
            max = first.len();
        }
        rest = tail;
    }
    max
};

fn is_function_word(w: &str) -> bool {
    w.len() <= FUNCTION_WORD_MAX && FUNCTION_WORDS.contains(&w)
}

/// A dated mention with what the event needs.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub article: usize,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub summary: String,
    /// The date expression as written.
    pub text: String,
    /// What the sentence holding the date says, shared by every date of that sentence.
    pub sentence: Rc<Sentence>,
}

/// The sentence around a date, as merging compares it. Both are sets kept as sorted vectors
/// without repeats, compared by one merge; of numbers rather than strings, since a large
/// folder holds hundreds of thousands of dated sentences (a copy of each word was the biggest
/// part of the timeline's memory).
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Content words of the sentence (normalized), as [`Words`] numbers, for similarity.
    pub words: Vec<u32>,
    /// Entities named in the sentence, as indices into the story's entities.
    pub entities: Vec<u32>,
}

/// Numbers for the distinct content words of a story.
#[derive(Debug, Default)]
pub struct Words(HashMap<String, u32>);

impl Words {
    fn number(&mut self, w: &str) -> u32 {
        if let Some(&n) = self.0.get(w) {
            return n;
        }
        let n = u32::try_from(self.0.len()).unwrap_or(u32::MAX);
        self.0.insert(w.to_string(), n);
        n
    }
}

/// A sorted vector without repeats.
pub fn sorted_set<T: Ord>(mut v: Vec<T>) -> Vec<T> {
    v.sort_unstable();
    v.dedup();
    v
}

/// How many elements two sorted vectors without repeats share.
fn shared<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut a, mut b, mut n) = (a.iter().peekable(), b.iter().peekable(), 0);
    while let (Some(x), Some(y)) = (a.peek(), b.peek()) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => {
                a.next();
            }
            std::cmp::Ordering::Greater => {
                b.next();
            }
            std::cmp::Ordering::Equal => {
                n += 1;
                a.next();
                b.next();
            }
        }
    }
    n
}

/// Is the mark at `k` inside a number (`5.2`, `1,500`, `٣٫٥`): a digit on both sides?
fn in_number(chars: &[char], k: usize) -> bool {
    let digit = |k: Option<usize>| k.and_then(|k| chars.get(k)).is_some_and(|c| c.is_numeric());
    digit(k.checked_sub(1)) && digit(k.checked_add(1))
}

/// Sentence bounds (`char` offsets) around `at` in `chars`. A full stop inside a number
/// (`بقوة 5.2 درجات`) ends nothing.
pub fn sentence(chars: &[char], at: usize) -> (usize, usize) {
    let is_end = |k: usize, c: char| {
        matches!(c, '.' | '؟' | '?' | '!' | '؛' | ';' | '\n') && !(c == '.' && in_number(chars, k))
    };
    // `get` is `Some` inside the bounds the loops keep; outside it ends them.
    let not_end = |k: Option<usize>| {
        k.and_then(|k| Some((k, chars.get(k)?)))
            .is_some_and(|(k, &c)| !is_end(k, c))
    };
    let mut s = at.min(chars.len());
    while not_end(s.checked_sub(1)) {
        s -= 1;
    }
    let mut e = at.min(chars.len());
    while not_end(Some(e)) {
        e += 1;
    }
    (s, e)
}

/// Most words in a summary.
const SUMMARY_WORDS: usize = 12;

/// A few words of the clause around `start..end`: the clause (between commas) that holds the
/// date, extended by the next clause when it is short, cut to [`SUMMARY_WORDS`] around the date.
pub fn summary(chars: &[char], start: usize, end: usize) -> String {
    let (s, e) = sentence(chars, start);
    // A char at `k` that is no comma (`get` keeps a bad offset from reading out of bounds);
    // a comma or colon between digits is inside a number or a time (`1,500`, `23:30`).
    let plain = |k: usize| {
        chars.get(k).is_some_and(|&c| {
            !matches!(c, '،' | ',' | ':') || (matches!(c, ',' | ':') && in_number(chars, k))
        })
    };
    let span = |a: usize, b: usize| chars.get(a..b).unwrap_or_default();
    let mut cs = start.min(e);
    while cs > s && plain(cs - 1) {
        cs -= 1;
    }
    let mut ce = end.min(e);
    while ce < e && plain(ce) {
        ce += 1;
    }
    let words_in = |a: usize, b: usize| whitespace_words(span(a, b));
    if words_in(cs, ce) < 6 && ce < e {
        ce += 1;
        while ce < e && plain(ce) {
            ce += 1;
        }
    }
    if words_in(cs, ce) < 4 && cs > s {
        cs -= 1;
        while cs > s && plain(cs - 1) {
            cs -= 1;
        }
    }
    let clause: String = span(cs, ce).iter().collect();
    let words: Vec<&str> = clause.split_whitespace().collect();
    if words.len() <= SUMMARY_WORDS {
        return words
            .join(" ")
            .trim_matches(|c: char| "،,:\"“”«» ".contains(c))
            .to_string();
    }
    // Keep the words around the date.
    let at = whitespace_words(span(cs, start.max(cs)));
    let from = at
        .saturating_sub(SUMMARY_WORDS / 2)
        .min(words.len() - SUMMARY_WORDS);
    let mut out = words
        .iter()
        .skip(from)
        .take(SUMMARY_WORDS)
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    if from + SUMMARY_WORDS < words.len() {
        out.push('…');
    }
    if from > 0 {
        out.insert(0, '…');
    }
    out
}

/// How many words `str::split_whitespace` would find in `chars` (counted without building
/// the string).
fn whitespace_words(chars: &[char]) -> usize {
    let mut prev_space = true;
    let mut n = 0;
    for &c in chars {
        let space = c.is_whitespace();
        if prev_space && !space {
            n += 1;
        }
        prev_space = space;
    }
    n
}

/// Content words (normalized, without proclitic و) of the sentence at `char` offsets `s..e`
/// of the paragraph, taken from the paragraph's tokens: the paragraph was normalized once for
/// the date grammar, and its word tokens are exactly the letter runs of the normalized text
/// (a letter run never crosses a sentence end, so the sentence's words are the tokens that
/// start inside it).
pub fn content_words(toks: &[Tok<'_>], s: usize, e: usize, numbers: &mut Words) -> Vec<u32> {
    let from = toks.partition_point(|t| t.start < s);
    let words: Vec<u32> = toks
        .iter()
        .skip(from)
        .take_while(|t| t.start < e)
        .filter(|t| t.text.starts_with(is_letter))
        .map(|t| {
            let w = t.text;
            w.strip_prefix('و')
                .filter(|r| r.chars().count() >= 3)
                .unwrap_or(w)
        })
        .filter(|w| w.chars().count() >= 3 && !is_function_word(w))
        .map(|w| numbers.number(w))
        .collect();
    sorted_set(words)
}

/// How many content words and entities the sentences of two mentions share.
pub fn overlap(a: &Candidate, b: &Candidate) -> usize {
    shared(&a.sentence.words, &b.sentence.words)
        + shared(&a.sentence.entities, &b.sentence.entities)
}

/// Do two mentions of one date describe the same happening? Word overlap (Jaccard) of their
/// sentences, helped by the entities they share.
pub fn same_happening(a: &Candidate, b: &Candidate) -> bool {
    let (a, b) = (&a.sentence, &b.sentence);
    let inter = shared(&a.words, &b.words);
    // |A ∪ B| = |A| + |B| − |A ∩ B|, without building the union.
    let union = (a.words.len() + b.words.len() - inter).max(1) as f64;
    let inter = inter as f64;
    let shared = shared(&a.entities, &b.entities);
    let jaccard = inter / union;
    jaccard >= 0.2 || (jaccard >= 0.1 && shared >= 1) || shared >= 2
}
