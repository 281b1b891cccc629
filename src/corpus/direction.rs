//! The paragraph direction rule for articles (issue 13): in an article whose text is Arabic, a
//! paragraph that starts with a Latin word (`date`, `CNN`, a product name) but is mostly Arabic
//! is laid out right to left. Everywhere else the Unicode rule stands: the first strong
//! character decides (what GNU FriBidi does), so the FriBidi conformance cases are unchanged —
//! they do not go through this rule.

use unicode_bidi::{BidiClass, bidi_class};

use super::{Article, ParagraphKind};
use crate::text::Direction;

/// Strong right-to-left and left-to-right characters of a text.
fn strong(text: &str) -> (usize, usize) {
    text.chars().fold((0, 0), |(r, l), c| match bidi_class(c) {
        BidiClass::R | BidiClass::AL => (r + 1, l),
        BidiClass::L => (r, l + 1),
        _ => (r, l),
    })
}

/// Whether the article's own text (title and body) is mostly right-to-left letters.
pub fn article_is_rtl(article: &Article) -> bool {
    let (r, l) = article
        .paragraphs
        .iter()
        .filter(|p| matches!(p.kind, ParagraphKind::Title | ParagraphKind::Body))
        .map(|p| strong(&p.text))
        .fold((0, 0), |(r, l), (a, b)| (r + a, l + b));
    r > l
}

/// The direction to force on a paragraph of an article (`None`: the first strong character
/// decides). Right to left when the article is Arabic, the paragraph's first strong character
/// is Latin, and most of its letters are Arabic.
pub fn paragraph_direction(text: &str, article_rtl: bool) -> Option<Direction> {
    if !article_rtl {
        return None;
    }
    let first_latin = text
        .chars()
        .map(bidi_class)
        .find(|c| matches!(c, BidiClass::R | BidiClass::AL | BidiClass::L))
        == Some(BidiClass::L);
    let (r, l) = strong(text);
    (first_latin && r > l).then_some(Direction::Rtl)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_latin_first_word_in_an_arabic_article_is_laid_out_rtl() {
        let p = "date الاجتماع لم يحدد بعد بحسب مصادر مطلعة";
        assert_eq!(paragraph_direction(p, true), Some(Direction::Rtl));
        // Mostly Latin, or an article that is not Arabic: the Unicode rule.
        assert_eq!(
            paragraph_direction("CNN reported that الوفد arrived", true),
            None
        );
        assert_eq!(paragraph_direction(p, false), None);
        // Arabic first: already right to left without help.
        assert_eq!(paragraph_direction("قالت CNN إن", true), None);
    }

    #[test]
    fn an_article_is_arabic_by_its_title_and_body_letters() {
        let a = Article::from_body("a", &["date الاجتماع لم يحدد", "نص عربي آخر"]);
        assert!(article_is_rtl(&a));
        let e = Article::from_body("e", &["An English article about الوفد"]);
        assert!(!article_is_rtl(&e));
    }
}
