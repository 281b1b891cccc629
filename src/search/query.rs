//! Parsing a query: normalized words, an optional trailing `*` for prefix matching.

use super::spelling::abd_split;
use crate::text::normalize;

/// One word of a query, normalized.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryWord {
    pub text: String,
}

/// A parsed query: its words match consecutive words of a paragraph (a phrase).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    pub words: Vec<QueryWord>,
    /// The last word matches any word that starts with it (`عراق*` finds `عراقيين`).
    pub prefix: bool,
}

impl Query {
    /// Parse what the reader typed. `None` when nothing searchable is left (only spaces,
    /// punctuation or marks).
    pub fn parse(input: &str) -> Option<Query> {
        let trimmed = input.trim();
        let prefix = trimmed.ends_with('*');
        let norm = normalize(trimmed.trim_end_matches('*'));
        let words: Vec<QueryWord> = split_words(&norm.text)
            .flat_map(|(s, e)| {
                let w = norm.text.get(s..e).unwrap_or_default();
                // `عبدالفتاح` is looked for as `عبد الفتاح`, as the index stores it.
                let (a, b) = abd_split(w).map_or((w, ""), |at| w.split_at(at));
                [a, b].into_iter().filter(|p| !p.is_empty())
            })
            .map(|w| QueryWord {
                text: w.to_string(),
            })
            .collect();
        if words.is_empty() {
            None
        } else {
            Some(Query { words, prefix })
        }
    }
}

/// A word character for matching: letters, digits and combining marks (marks are mostly gone
/// after normalization, but a stray one must not split a word).
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || unicode_mark(c)
}

fn unicode_mark(c: char) -> bool {
    // Combining marks that normalization keeps (e.g. Latin accents decomposed by NFKC stay
    // composed, so only a few remain); treat the Arabic and general combining blocks as word.
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}')
}

/// Byte ranges of the words of normalized text.
pub(crate) fn split_words(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start: Option<usize> = None;
    let mut iter = s.char_indices().chain(std::iter::once((s.len(), ' ')));
    std::iter::from_fn(move || {
        for (i, c) in iter.by_ref() {
            match (start, is_word_char(c) && i < s.len()) {
                (None, true) => start = Some(i),
                (Some(st), false) => {
                    start = None;
                    return Some((st, i));
                }
                _ => {}
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_words_and_prefix() {
        let q = Query::parse("  الأميركية   ").expect("one word");
        assert_eq!(
            q.words,
            vec![QueryWord {
                text: "الاميركيه".into()
            }]
        );
        assert!(!q.prefix);
        let q = Query::parse("عراق*").expect("prefix");
        assert!(q.prefix);
        assert_eq!(q.words[0].text, "عراق");
        let q = Query::parse("كتائب حزب الله").expect("phrase");
        assert_eq!(q.words.len(), 3);
    }

    #[test]
    fn nothing_searchable_is_none() {
        assert_eq!(Query::parse(""), None);
        assert_eq!(Query::parse("  ، . * "), None);
        assert_eq!(Query::parse("\u{064E}\u{0640}"), None);
    }

    #[test]
    fn splits_on_punctuation() {
        let s = "قال: \"العراق\"، و2024";
        let words: Vec<&str> = split_words(s)
            .map(|(a, b)| s.get(a..b).unwrap_or_default())
            .collect();
        assert_eq!(words, vec!["قال", "العراق", "و2024"]);
    }
}
