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

/// Tokens of `norm.text`, with offsets mapped back to the original text.
pub fn tokenize(norm: &Normalized) -> Vec<Tok<'_>> {
    let text = norm.text.as_str();
    let mut out = Vec::with_capacity(text.len() / 6);
    let mut iter = text.char_indices().enumerate().peekable();
    let mut attached = false;
    while let Some((ci, (bi, c))) = iter.next() {
        if c.is_whitespace() {
            attached = false;
            continue;
        }
        let digit = c.is_ascii_digit();
        let alpha = c.is_alphabetic();
        let (mut last_ci, mut end_b) = (ci, bi + c.len_utf8());
        if digit || alpha {
            while let Some(&(nci, (nbi, n))) = iter.peek() {
                let same = if digit {
                    n.is_ascii_digit()
                } else {
                    n.is_alphabetic()
                };
                if !same {
                    break;
                }
                last_ci = nci;
                end_b = nbi + n.len_utf8();
                iter.next();
            }
        }
        let word = &text[bi..end_b];
        out.push(Tok {
            text: word,
            // Long digit runs (phone numbers) overflow and are simply not numbers.
            num: if digit { word.parse().ok() } else { None },
            punct: !c.is_alphanumeric(),
            attached,
            start: norm.origin[ci],
            end: norm.origin[last_ci] + 1,
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
    fn words_numbers_and_marks_with_original_offsets() {
        let norm = normalize("في ٢٠٠٢م، أُعلن");
        let t = tokenize(&norm);
        let texts: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(texts, vec!["في", "2002", "م", "،", "اعلن"]);
        assert_eq!(t[1].num, Some(2002));
        assert!(t[2].attached && !t[1].attached);
        assert!(t[3].punct);
        // `أُعلن` has a damma that normalization drops: the token still spans it.
        assert_eq!((t[4].start, t[4].end), (10, 15));
    }
}
