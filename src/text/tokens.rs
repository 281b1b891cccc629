//! A paragraph prepared for matching, once: its [`normalize`]d text and its words, each with
//! its normalized and original ranges and the punctuation touching it. The entity rules and
//! tagger, the timeline, the search index and the outlet comparison all read paragraphs
//! through this one representation, so a paragraph is normalized and split into words once
//! per analysis ([`Prepared`] holds them for a corpus) and every stage agrees on where a
//! word begins and ends.
//!
//! A word is a run of letters and digits of the normalized text (`char::is_alphanumeric`).
//! Its original range ends after its last letter; harakat and tatweel written after that
//! letter are dropped by normalization, and [`Word::end`] takes them in (`بَغْدادَ`), so
//! a highlighted word keeps its marks.

use std::sync::Arc;

use unicode_normalization::char::is_combining_mark;

use super::{Normalized, normalize};

/// One word of a paragraph. Offsets are `u32` (a paragraph of 4 Gi characters does not fit
/// in memory as text first) and the punctuation around it is bits: the words of a corpus are
/// held for a whole analysis, 24 bytes a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    /// Byte range of the word in the normalized text.
    pub norm_start: u32,
    pub norm_end: u32,
    /// Normalized `char` index where the word starts (a proclitic's length counts from it).
    pub nstart: u32,
    /// Original `char` range of the letters: from the first to past the last.
    pub start: u32,
    pub letters_end: u32,
    /// Marks (harakat, tatweel) written right after the last letter.
    marks: u16,
    /// [`BOUNDARY`] and the other bits below.
    flags: u8,
}

/// Punctuation (anything but a space) between the previous word and this one, or this is the
/// paragraph's first word.
const BOUNDARY: u8 = 1;
/// A comma (`،` or `,`) between the previous word and this one.
const COMMA_BEFORE: u8 = 2;
/// A quotation mark or an opening bracket directly before the word.
const OPEN_BEFORE: u8 = 4;
/// An opening round bracket directly before the word.
const PAREN_BEFORE: u8 = 8;
/// A quotation mark or a closing bracket directly after the word.
const CLOSE_AFTER: u8 = 16;

impl Word {
    /// Past the marks written after the last letter (`بَغْدادَ` ends after its fatha): where
    /// a highlighted word ends.
    pub fn end(&self) -> u32 {
        self.letters_end + u32::from(self.marks)
    }
    /// Punctuation (anything but a space) between the previous word and this one, or this is
    /// the paragraph's first word.
    pub fn boundary(&self) -> bool {
        self.flags & BOUNDARY != 0
    }
    /// A comma (`،` or `,`) between the previous word and this one.
    pub fn comma_before(&self) -> bool {
        self.flags & COMMA_BEFORE != 0
    }
    /// A quotation mark or an opening bracket directly before the word.
    pub fn open_before(&self) -> bool {
        self.flags & OPEN_BEFORE != 0
    }
    /// An opening round bracket directly before the word.
    pub fn paren_before(&self) -> bool {
        self.flags & PAREN_BEFORE != 0
    }
    /// A quotation mark or a closing bracket directly after the word.
    pub fn close_after(&self) -> bool {
        self.flags & CLOSE_AFTER != 0
    }
}

/// A paragraph's normalized text and its words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tokenized {
    pub norm: Normalized,
    pub words: Vec<Word>,
    /// The paragraph's length in bytes: a [`Prepared`] entry is only used for a paragraph of
    /// the same length (a guard against a table made for another corpus).
    pub source_len: usize,
    /// A combining mark survived normalization outside every word (a Latin accent NFKC could
    /// not compose, `U+0656`…): readers that count marks as word characters (search) must
    /// split the normalized text themselves.
    pub stray_marks: bool,
}

impl Tokenized {
    /// The normalized form of word `w`.
    pub fn text(&self, w: &Word) -> &str {
        self.norm
            .text
            .get(w.norm_start as usize..w.norm_end as usize)
            .unwrap_or_default()
    }
}

/// `char::is_alphanumeric`, with the Arabic letters answered before the Unicode table search
/// (the search was a fifth of the entity extraction's time).
#[inline]
pub fn alnum(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}') || c.is_alphanumeric()
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '„' | '‘' | '’' | '\'')
}

/// Byte offsets of `char` offsets in a text, walking forward (words come in order; a
/// character that normalizes to several words sends it back to the start): how the readers of
/// [`Word`]s find a word's original spelling without a table of every char.
pub struct CharBytes<'a> {
    text: &'a str,
    chars: usize,
    bytes: usize,
}

impl<'a> CharBytes<'a> {
    pub fn new(text: &'a str) -> CharBytes<'a> {
        CharBytes {
            text,
            chars: 0,
            bytes: 0,
        }
    }

    /// The text from `char` offset `start` to `end`.
    pub fn slice(&mut self, start: usize, end: usize) -> &'a str {
        let s = self.byte_of(start);
        let e = self.byte_of(end);
        self.text.get(s..e).unwrap_or_default()
    }

    /// Byte offset of `char` offset `target` (the text's length past its end).
    pub fn byte_of(&mut self, target: usize) -> usize {
        if target < self.chars {
            self.chars = 0;
            self.bytes = 0;
        }
        let rest = self.text.get(self.bytes..).unwrap_or_default();
        for c in rest.chars() {
            if self.chars == target {
                break;
            }
            self.chars += 1;
            self.bytes += c.len_utf8();
        }
        self.bytes
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Normalize `text` and find its words.
pub fn tokenize(text: &str) -> Tokenized {
    let norm = normalize(text);
    let mut words: Vec<Word> = Vec::with_capacity(text.len() / 8);
    let mut cursor = CharBytes::new(text);
    let mut stray_marks = false;
    let (mut boundary, mut open, mut paren, mut comma) = (true, false, false, false);
    // Characters of the normalized text with their char indices and byte offsets.
    let mut iter = norm.text.char_indices().enumerate().peekable();
    while let Some((i, (b, c))) = iter.next() {
        if !alnum(c) {
            if c.is_whitespace() {
                continue;
            }
            boundary = true;
            comma |= matches!(c, '،' | ',');
            stray_marks |= is_combining_mark(c);
            let before_word = iter.peek().is_some_and(|(_, (_, n))| alnum(*n));
            // A mark touching the previous word closes it; one touching the next opens it
            // (ASCII `"` does both jobs).
            let after_word = words.last().is_some_and(|w| w.norm_end as usize == b);
            if after_word
                && (is_quote(c) || matches!(c, ')' | ']'))
                && let Some(last) = words.last_mut()
            {
                last.flags |= CLOSE_AFTER;
            }
            if before_word && (is_quote(c) || matches!(c, '(' | '[')) {
                open = true;
                paren |= c == '(';
            }
            continue;
        }
        let (s, bs) = (i, b);
        let (mut last_i, mut be) = (i, b + c.len_utf8());
        while let Some(&(k, (nb, n))) = iter.peek() {
            if !alnum(n) {
                break;
            }
            last_i = k;
            be = nb + n.len_utf8();
            iter.next();
        }
        // `norm.origin` has an entry for every normalized char (and one past the end).
        let start = norm.origin.get(s).unwrap_or(0);
        let letters_end = norm.origin.get(last_i).map_or(start, |e| e + 1).max(start);
        // Harakat and tatweel after the last letter belong to the word (`بَغْدادَ`).
        let marks = text
            .get(cursor.byte_of(letters_end)..)
            .unwrap_or_default()
            .chars()
            .take_while(|c| *c == '\u{0640}' || is_combining_mark(*c))
            .count();
        let flag = |on: bool, bit: u8| if on { bit } else { 0 };
        words.push(Word {
            norm_start: to_u32(bs),
            norm_end: to_u32(be),
            nstart: to_u32(s),
            start: to_u32(start),
            letters_end: to_u32(letters_end),
            marks: u16::try_from(marks).unwrap_or(u16::MAX),
            flags: flag(boundary, BOUNDARY)
                | flag(comma, COMMA_BEFORE)
                | flag(open, OPEN_BEFORE)
                | flag(paren, PAREN_BEFORE),
        });
        (boundary, open, paren, comma) = (false, false, false, false);
    }
    // Held for a whole analysis: no slack.
    words.shrink_to_fit();
    Tokenized {
        norm,
        words,
        source_len: text.len(),
        stray_marks,
    }
}

/// The paragraphs of a corpus prepared once (article by article, paragraph by paragraph;
/// `None` where a paragraph was not prepared), shared by the stages of an analysis. An
/// article's paragraphs are one shared allocation, so a story's share of a folder
/// ([`Prepared::select`]) copies no text.
#[derive(Debug, Clone, Default)]
pub struct Prepared {
    articles: Vec<Arc<[Option<Tokenized>]>>,
}

impl Prepared {
    /// From each article's prepared paragraphs, in corpus order.
    pub fn new(articles: Vec<Arc<[Option<Tokenized>]>>) -> Prepared {
        Prepared { articles }
    }

    /// The prepared paragraph `p` of article `a`, if it was prepared from a text of
    /// `source`'s length; else `source` prepared now.
    pub fn get<'a>(&'a self, a: usize, p: usize, source: &str) -> std::borrow::Cow<'a, Tokenized> {
        match self.article(a).and_then(|x| x.get(p)) {
            Some(Some(t)) if t.source_len == source.len() => std::borrow::Cow::Borrowed(t),
            _ => std::borrow::Cow::Owned(tokenize(source)),
        }
    }

    /// Article `a`'s prepared paragraphs.
    pub fn article(&self, a: usize) -> Option<&Arc<[Option<Tokenized>]>> {
        self.articles.get(a)
    }

    /// The articles at `positions`, in that order (a story's share of a folder).
    pub fn select(&self, positions: impl IntoIterator<Item = usize>) -> Prepared {
        Prepared {
            articles: positions
                .into_iter()
                .map(|a| {
                    self.articles
                        .get(a)
                        .cloned()
                        .unwrap_or_else(|| Arc::from([]))
                })
                .collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.articles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }
}

// Tests index freely: an index out of range is a failed test.
#[cfg(test)]
#[allow(clippy::indexing_slicing, clippy::string_slice)]
mod tests {
    use super::*;

    fn words(t: &Tokenized) -> Vec<&str> {
        t.words.iter().map(|w| t.text(w)).collect()
    }

    #[test]
    fn words_with_both_ranges_and_marks() {
        let text = "قال: \"إسماعيل قاآني\"، وبَغْدادَ";
        let t = tokenize(text);
        assert_eq!(words(&t), vec!["قال", "اسماعيل", "قااني", "وبغداد"]);
        let w = &t.words;
        assert!(w[0].boundary() && w[1].boundary() && !w[2].boundary() && w[3].boundary());
        assert!(w[1].open_before() && w[2].close_after() && !w[1].paren_before());
        assert!(w[3].comma_before() && !w[2].comma_before());
        assert_eq!((w[1].start, w[1].end()), (6, 13));
        // The last word: its letters, then its final fatha taken in.
        let last: String = text.chars().skip(w[3].start as usize).collect();
        assert_eq!(w[3].end() as usize, text.chars().count());
        let letters = CharBytes::new(text).slice(w[3].start as usize, w[3].letters_end as usize);
        assert_eq!(letters, last.trim_end_matches('\u{064E}'));
        assert!(!t.stray_marks);
    }

    #[test]
    fn a_word_is_24_bytes() {
        // A corpus's words are held for a whole analysis (docs/perf.md).
        assert_eq!(std::mem::size_of::<Word>(), 24);
    }

    #[test]
    fn brackets_open_and_close() {
        let t = tokenize("وكالة السودان للأنباء (سونا) [x]");
        let w = &t.words;
        assert!(w[3].paren_before() && w[3].open_before() && w[3].close_after());
        assert!(w[4].open_before() && !w[4].paren_before() && w[4].close_after());
    }

    #[test]
    fn a_character_that_becomes_several_words() {
        // U+33C2 (㏂) is `a.m.` after NFKC: two words from one original character.
        let t = tokenize("x ㏂ y");
        assert_eq!(words(&t), vec!["x", "a", "m", "y"]);
        assert_eq!((t.words[1].start, t.words[1].end()), (2, 3));
        assert_eq!((t.words[2].start, t.words[2].end()), (2, 3));
        let mut at = CharBytes::new("x ㏂ y");
        assert_eq!(at.slice(2, 3), "㏂");
        assert_eq!(at.slice(0, 1), "x");
        assert_eq!(at.byte_of(4), "x ㏂ ".len());
    }

    #[test]
    fn prepared_falls_back_on_another_text() {
        let p = Prepared::new(vec![Arc::from([Some(tokenize("كلمة")), None])]);
        assert!(matches!(p.get(0, 0, "كلمة"), std::borrow::Cow::Borrowed(_)));
        assert!(matches!(p.get(0, 1, "نص"), std::borrow::Cow::Owned(_)));
        assert!(matches!(p.get(0, 0, "نص آخر"), std::borrow::Cow::Owned(_)));
        assert_eq!(p.select([1, 0]).len(), 2);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// The words are the letter-and-digit runs of the normalized text, placed where
        /// `Normalized::original_range` places them, their marks taken in.
        #[test]
        fn words_are_the_alphanumeric_runs(
            text in "[ابتةيىأإآءؤئلومنعر0-9a-zA-Z٠-٩ \\u{064B}-\\u{0655}\\u{0640}\\u{0670}\\u{06D6}\\u{0300}\\u{0656}\\u{200F}\\u{FEFB}\\u{33C2}\\u{2474}،,.:\"«»“”()\\[\\]'-]{0,40}"
        ) {
            let t = tokenize(&text);
            let runs: Vec<String> = t
                .norm
                .text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect();
            let found: Vec<String> = t.words.iter().map(|w| t.text(w).to_string()).collect();
            proptest::prop_assert_eq!(&found, &runs);
            let chars: Vec<char> = text.chars().collect();
            for w in &t.words {
                let n = t.text(w).chars().count();
                let r = t.norm.original_range(w.nstart as usize, w.nstart as usize + n);
                proptest::prop_assert_eq!((w.start as usize, w.letters_end as usize), (r.start, r.end));
                let letters: String = chars[r.clone()].iter().collect();
                let spelled = CharBytes::new(&text).slice(w.start as usize, w.letters_end as usize);
                proptest::prop_assert_eq!(spelled, letters.as_str());
                let marks = chars[r.end..]
                    .iter()
                    .take_while(|c| **c == '\u{0640}' || is_combining_mark(**c))
                    .count();
                proptest::prop_assert_eq!(w.end() as usize, r.end + marks);
            }
        }
    }
}
