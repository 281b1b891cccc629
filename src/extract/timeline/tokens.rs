//! Tokens of normalized text for the date grammar: words, numbers and punctuation marks, each
//! borrowing its text from the normalized paragraph (no allocation per token — the grammar
//! looks at every token of every paragraph, so this is the hot loop of the timeline).

use crate::text::Normalized;

/// A token of normalized text: a word, a number or a punctuation mark.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tok<'a> {
    pub text: &'a str,
    pub num: Option<i64>,
    pub punct: bool,
    /// Written right after the previous token (`2002م`, `و900`).
    pub attached: bool,
    /// Original `char` range in the paragraph.
    pub start: usize,
    pub end: usize,
}

/// `char::is_alphabetic`, with the answer for ASCII and the basic Arabic letters (nearly every
/// character of Arabic news) decided without the Unicode table search, which was the largest
/// single cost of the timeline (a binary search per character).
#[inline]
pub fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\x7f' => false,
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => true,
        _ => c.is_alphabetic(),
    }
}

/// `char::is_alphanumeric` with the same fast paths as [`is_letter`].
#[inline]
fn is_letter_or_digit(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c) || (!c.is_ascii() && c.is_numeric())
}

/// Tokens of `norm.text`, with offsets mapped back to the original text.
pub fn tokenize(norm: &Normalized) -> Vec<Tok<'_>> {
    let text = norm.text.as_str();
    let mut out = Vec::with_capacity(text.len() / 6);
    // Each char with its original offset: `origin` has one per char of `text`.
    let mut iter = text.char_indices().zip(norm.origin.iter()).peekable();
    let mut attached = false;
    while let Some(((bi, c), origin)) = iter.next() {
        if c.is_whitespace() {
            attached = false;
            continue;
        }
        let digit = c.is_ascii_digit();
        let alpha = is_letter(c);
        let (mut last_origin, mut end_b) = (origin, bi + c.len_utf8());
        if digit || alpha {
            while let Some(&((nbi, n), n_origin)) = iter.peek() {
                let same = if digit {
                    n.is_ascii_digit()
                } else {
                    is_letter(n)
                };
                if !same {
                    break;
                }
                last_origin = n_origin;
                end_b = nbi + n.len_utf8();
                iter.next();
            }
        }
        // `bi` and `end_b` are char boundaries from `char_indices` and `len_utf8`; `get` keeps
        // that a fact the compiler checks rather than a panic.
        let word = text.get(bi..end_b).unwrap_or_default();
        out.push(Tok {
            text: word,
            // Long digit runs (phone numbers) overflow and are simply not numbers.
            num: if digit { word.parse().ok() } else { None },
            punct: !is_letter_or_digit(c),
            attached,
            start: origin,
            end: last_origin + 1,
        });
        attached = true;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize;

    #[test]
    fn fast_letter_tests_agree_with_unicode() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn words_numbers_and_marks_with_original_offsets() {
        let norm = normalize("في ٢٠٠٢م، أُعلن");
        let t = tokenize(&norm);
        let texts: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(texts, vec!["في", "2002", "م", "،", "اعلن"]);
        let [_, year, era, comma, verb] = t.as_slice() else {
            panic!("five tokens: {t:?}");
        };
        assert_eq!(year.num, Some(2002));
        assert!(era.attached && !year.attached);
        assert!(comma.punct);
        // `أُعلن` has a damma that normalization drops: the token still spans it.
        assert_eq!((verb.start, verb.end), (10, 15));
    }
}
