//! Names read from unlabeled text: the titles of Arabic Wikipedia articles, typed person,
//! place or organization by their opening sentence (`assets/wikinames_ar.tsv`, made by
//! `tools/gen_wikinames.py`; provenance in `NOTICE`).
//!
//! ANERcorp names a few thousand people; an encyclopedia names many more, and the words of
//! their names (`كيبلر`, `حمزاوي`, `قارون`) are evidence the tagger can use for a word it
//! never met in training. The list is made from Wikipedia alone (never from the tagger's
//! own output), so using it in training leaks no training labels.
//!
//! The tagger sees, for each word's stem (`features::stem`), which kinds of titles hold it.

use super::WordMap;
use super::wordtable::WordTable;
use std::sync::OnceLock;

use super::super::tokens::tokenize;
use super::features::stem;

/// Bits of [`WikiNames::get`]: the stem is a word of a person's, a place's or an
/// organization's title.
pub const PERSON: u8 = 1;
pub const PLACE: u8 = 2;
pub const ORGANIZATION: u8 = 4;

/// Stem → kinds of titles it is a word of.
#[derive(Debug)]
pub struct WikiNames {
    kinds: WordTable<u8>,
}

impl WikiNames {
    /// Parse the asset's text: `type<TAB>title` lines (type `P`, `L` or `O`), `#` comments.
    /// A line that does not parse is an error naming it (the file is generated).
    pub fn parse(text: &str) -> Result<WikiNames, String> {
        let mut kinds: WordMap<u8> = WordMap::default();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let bit = match line.split_once('\t') {
                Some(("P", t)) => Some((PERSON, t)),
                Some(("L", t)) => Some((PLACE, t)),
                Some(("O", t)) => Some((ORGANIZATION, t)),
                _ => None,
            };
            let (bit, title) = bit
                .filter(|(_, t)| !t.trim().is_empty())
                .ok_or_else(|| format!("line {}: expected P, L or O and a title", n + 1))?;
            let (tokens, _) = tokenize(title);
            for t in &tokens {
                *kinds.entry(stem(t).to_string()).or_default() |= bit;
            }
        }
        if kinds.is_empty() {
            return Err("no names".to_string());
        }
        Ok(WikiNames {
            kinds: WordTable::new(kinds),
        })
    }

    /// The kinds of titles the stem is a word of (0: none).
    pub fn get(&self, stem: &str) -> u8 {
        self.kinds.get(stem).unwrap_or(0)
    }

    /// Number of distinct stems.
    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }
}

/// The asset's name, for messages.
pub const WIKINAMES_FILE: &str = "assets/wikinames_ar.tsv";

/// The shipped list, parsed on first use (with the model, from the analysis worker). A
/// corrupt list is an error the model loader reports (`tagger::shared`).
pub fn shared() -> Result<&'static WikiNames, &'static str> {
    static W: OnceLock<Result<WikiNames, String>> = OnceLock::new();
    W.get_or_init(|| WikiNames::parse(include_str!("../../../../assets/wikinames_ar.tsv")))
        .as_ref()
        .map_err(String::as_str)
}
