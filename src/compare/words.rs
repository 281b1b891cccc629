//! Paragraphs as sequences of word keys: the shared words ([`crate::text::tokens`]), proclitics
//! stripped, long vowels inside loanwords set aside, interned as numbers — so that
//! `بالأميركية` and `الأمريكية` are one word for the comparison — each with its original `char`
//! range and whether it stands inside quotation marks.

use std::collections::HashMap;

use super::params::Params;
use crate::text::tokens::CharBytes;
use crate::text::{Tokenized, tokenize};

/// One running word of a compared paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    /// Interned key (see [`Vocab::key`]).
    pub key: u32,
    /// Original `char` range in the paragraph text.
    pub start: u32,
    pub end: u32,
    /// Inside quotation marks (an unclosed quote runs to the paragraph's end).
    pub quoted: bool,
}

/// Interned word keys and which of them are function words.
pub struct Vocab<'p> {
    params: &'p Params,
    ids: HashMap<Box<str>, u32>,
    stop: Vec<bool>,
}

impl<'p> Vocab<'p> {
    pub fn new(params: &'p Params) -> Vocab<'p> {
        let mut v = Vocab {
            params,
            ids: HashMap::new(),
            stop: Vec::new(),
        };
        for w in params.stopwords.split_whitespace() {
            for (_, _, id) in v.words(w) {
                if let Some(stop) = v.stop.get_mut(id as usize) {
                    *stop = true;
                }
            }
        }
        v
    }

    /// Is this key a function word?
    pub fn is_stop(&self, key: u32) -> bool {
        self.stop.get(key as usize).copied().unwrap_or(false)
    }

    /// The key of an already normalized word, or `None` if it was never seen.
    #[cfg(test)]
    pub fn get(&self, normalized: &str) -> Option<u32> {
        self.ids
            .get(matching_form(normalized, self.params).as_str())
            .copied()
    }

    fn intern(&mut self, form: String) -> u32 {
        if let Some(&id) = self.ids.get(form.as_str()) {
            return id;
        }
        let id = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
        self.ids.insert(form.into_boxed_str(), id);
        self.stop.push(false);
        id
    }

    /// The words of `text`: original `char` range and key.
    pub fn words(&mut self, text: &str) -> Vec<(usize, usize, u32)> {
        self.words_of(&tokenize(text), text)
    }

    /// The words of a [`Tokenized`] paragraph (`text`, its source): original `char` range and
    /// key.
    fn words_of(&mut self, t: &Tokenized, text: &str) -> Vec<(usize, usize, u32)> {
        let mut at = CharBytes::new(text);
        t.words
            .iter()
            .map(|w| {
                // Marks after the last letter belong to the word (they were dropped).
                let marks = text
                    .get(at.byte_of(w.letters_end as usize)..)
                    .unwrap_or_default()
                    .chars()
                    .take_while(|&c| is_mark(c))
                    .count();
                let key = self.intern(matching_form(t.text(w), self.params));
                (w.start as usize, w.letters_end as usize + marks, key)
            })
            .collect()
    }

    /// [`Vocab::words`] as [`Word`]s with their quotation state.
    #[cfg(test)]
    pub fn paragraph(&mut self, text: &str) -> Vec<Word> {
        self.paragraph_of(&tokenize(text), text)
    }

    /// The words of a [`Tokenized`] paragraph as [`Word`]s with their quotation state.
    pub fn paragraph_of(&mut self, t: &Tokenized, text: &str) -> Vec<Word> {
        let quoted = quoted_chars(text);
        self.words_of(t, text)
            .into_iter()
            .map(|(s, e, key)| Word {
                key,
                start: to_u32(s),
                end: to_u32(e),
                quoted: quoted.get(s).copied().unwrap_or(false),
            })
            .collect()
    }
}

/// Harakat, tatweel and other marks that normalization drops.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0610}'..='\u{061A}')
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// For each original `char`, whether it is inside quotation marks. `“ ”`, `« »` open and close;
/// a straight `"` toggles. A quote left open runs to the end of the paragraph, as news text
/// often forgets the closing mark.
fn quoted_chars(text: &str) -> Vec<bool> {
    let mut inside = false;
    text.chars()
        .map(|c| {
            match c {
                '“' | '«' | '„' => inside = true,
                '”' | '»' => inside = false,
                '"' => inside = !inside,
                _ => {}
            }
            inside
        })
        .collect()
}

/// A normalized word as the comparison sees it: proclitics off (ال while 3 letters remain, one
/// of the clitic letters while `clitic_min_rest` remain, repeatedly, so `والفصائل`, `الفصائل`,
/// `فصائل` meet), then the inner و/ي of a word of five letters or more set aside
/// (`الأمريكية`/`الأميركية`).
pub fn matching_form(word: &str, params: &Params) -> String {
    let mut w: &str = word;
    loop {
        let n = w.chars().count();
        if let Some(rest) = w.strip_prefix("ال").filter(|_| n >= 5) {
            w = rest;
            continue;
        }
        // ل + ال is written لل.
        if let Some(rest) = w.strip_prefix("لل").filter(|_| n >= 5) {
            w = rest;
            continue;
        }
        match w.chars().next() {
            Some(c) if params.clitic_letters.contains(c) && n > params.clitic_min_rest => {
                w = w.get(c.len_utf8()..).unwrap_or_default();
            }
            _ => break,
        }
    }
    let n = w.chars().count();
    if n < 5 {
        return w.to_string();
    }
    w.chars()
        .enumerate()
        .filter(|&(i, c)| i == 0 || i + 1 == n || !matches!(c, 'و' | 'ي'))
        .map(|(_, c)| c)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize;

    fn form(w: &str) -> String {
        matching_form(&normalize(w).text, Params::bundled())
    }

    #[test]
    fn clitics_and_spellings_meet() {
        assert_eq!(form("والفصائل"), form("فصائل"));
        assert_eq!(form("الفصائل"), form("فصائل"));
        assert_eq!(form("بالأميركية"), form("الأمريكية"));
        assert_eq!(form("للعراق"), form("العراق"));
        assert_eq!(form("لرويترز"), form("رويترز"));
    }

    #[test]
    fn short_words_keep_their_letters() {
        assert_eq!(form("بعد"), "بعد");
        assert_eq!(form("لكن"), "لكن");
        assert_ne!(form("عراق"), form("عرق"));
    }

    #[test]
    fn words_keep_original_offsets_and_quotes() {
        let p = Params::bundled();
        let mut v = Vocab::new(p);
        let text = "وقال: «سفكُ الدماء» الآن";
        let w = v.paragraph(text);
        let chars: Vec<char> = text.chars().collect();
        let shown: Vec<String> = w
            .iter()
            .map(|w| chars[w.start as usize..w.end as usize].iter().collect())
            .collect();
        assert_eq!(shown, ["وقال", "سفكُ", "الدماء", "الآن"]);
        assert_eq!(
            w.iter().map(|w| w.quoted).collect::<Vec<_>>(),
            [false, true, true, false]
        );
        assert!(v.is_stop(v.get("في").unwrap()));
        assert!(!v.is_stop(w[1].key));
    }
}
