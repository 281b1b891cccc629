//! What the boilerplate and metadata rules look at in a line: its normalized words and shape.

use crate::text::normalize;

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
}

impl Line {
    pub fn new(text: &str) -> Line {
        let text = text.trim().to_string();
        let norm = normalize(&text).text;
        let words = norm
            .split(|c: char| !c.is_alphanumeric() && c != '.' && c != '@' && c != '/')
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
}
