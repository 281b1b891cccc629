//! What the boilerplate and metadata rules look at in a line: its normalized words and shape.

use super::markers::{Marker, marker_in};
use crate::text::normalize;

/// `char::is_alphanumeric`, with the Arabic letters answered before the Unicode table search
/// (that search was a third of the time spent loading a folder of Arabic articles).
pub fn alnum(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}') || c.is_alphanumeric()
}

/// `text` without the spaces and invisible marks around it: a pasted line often opens with a
/// right-to-left mark (U+200F), a left-to-right mark, a zero-width space or a byte-order mark
/// that a browser's copy keeps, and a title or a signature line that opens with one no longer
/// equals the same words typed without it. Between letters the marks stay (a zero-width
/// non-joiner spells Persian words).
pub fn trim_marks(text: &str) -> &str {
    text.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
                    | '\u{061C}' | '\u{FEFF}'
            )
    })
}

/// One paragraph candidate with the features the rules use.
#[derive(Debug, Clone)]
pub struct Line {
    /// The paragraph text (source text, trimmed).
    pub text: String,
    /// Normalized words, punctuation removed.
    pub words: Vec<String>,
    /// Ends like a sentence (`.`, `!`, `…`), ignoring closing quotes and brackets.
    pub sentence_end: bool,
    /// Ends with a question mark (teaser headlines often do).
    pub question: bool,
    /// The boilerplate marker the line starts with (computed once: several rules ask).
    pub marker: Option<Marker>,
}

impl Line {
    pub fn new(text: &str) -> Line {
        let text = trim_marks(text).to_string();
        let norm = normalize(&text).text;
        let marker = marker_in(&text, &norm);
        let words = norm
            .split(|c: char| !alnum(c) && c != '.' && c != '@' && c != '/')
            .map(|w| w.trim_matches('.'))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        let last = text
            .trim_end_matches(|c: char| "\"'”“»«)]}’ ".contains(c))
            .chars()
            .next_back();
        Line {
            sentence_end: matches!(last, Some('.' | '!' | '…' | '۔')),
            question: matches!(last, Some('؟' | '?')),
            text,
            words,
            marker,
        }
    }

    /// Shaped like a headline: not a finished sentence, not too long.
    pub fn headline_like(&self) -> bool {
        !self.sentence_end && self.words.len() <= 25
    }
}

#[cfg(test)]
mod tests {
    use super::Line;

    #[test]
    fn shape_features() {
        let l = Line::new("  وقال إن \"الهجوم جاء بطريقة خدمت مصلحة الحكومة\".  ");
        assert!(l.sentence_end && !l.headline_like());
        let l = Line::new("مليشيا إرهابية.. من هي “عصائب أهل الحق”؟");
        assert!(l.question && l.headline_like());
        assert_eq!(Line::new("اقرأ أيضاً:").words, vec!["اقرا", "ايضا"]);
    }

    #[test]
    fn invisible_marks_and_spaces_around_a_line_are_trimmed() {
        let l = Line::new("\u{200F}\u{a0}وزارة الصحة تفتتح مستشفى جديدا\u{200E} ");
        assert_eq!(l.text, "وزارة الصحة تفتتح مستشفى جديدا");
        // Between words a mark stays: only the ends are trimmed.
        assert_eq!(super::trim_marks("\u{FEFF}می\u{200C}روم"), "می\u{200C}روم");
    }

    #[test]
    fn alnum_is_char_is_alphanumeric() {
        for c in ('\0'..='\u{2FFF}').chain('\u{FB50}'..='\u{FEFF}') {
            assert_eq!(super::alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
