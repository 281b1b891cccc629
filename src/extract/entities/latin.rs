//! Names in Latin letters from the trained tagger. It learned from Arabic newswire, where a
//! Latin word is rare and is most often a name (`CNN`, `Reuters`, `Human Rights Watch`); run
//! over a paragraph written in English (a quotation left untranslated, a note saved in the
//! folder beside the articles) it calls everyday words names (`for`, `it is`, `file`). So a
//! name of Latin words from the tagger stands only in a paragraph written mostly in Arabic
//! script, and only when it opens and closes on a capital letter, as English and French write
//! names (`Bank of America` keeps its `of`). The rules' own Latin names (the lists' `BBC`,
//! bracketed acronyms) are not judged here.

use super::tokens::Token;

/// Is `t` written in Latin letters (at least one ASCII letter)?
pub fn is_latin(t: &Token) -> bool {
    t.norm.bytes().any(|b| b.is_ascii_alphabetic())
}

/// Does the paragraph of `tokens` hold more words in Arabic script than in Latin letters?
fn mostly_arabic(tokens: &[Token]) -> bool {
    let (mut arabic, mut latin) = (0usize, 0usize);
    for t in tokens {
        if is_latin(t) {
            latin += 1;
        } else if t
            .norm
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
        {
            arabic += 1;
        }
    }
    arabic > latin
}

/// Does the word open on a capital letter (`Reuters`, `NATO`, `McDonald`)?
fn capitalized(t: &Token) -> bool {
    t.original.chars().next().is_some_and(char::is_uppercase)
}

/// May the tagger's name on `span` (Latin words, inside the paragraph `tokens`) stand?
pub fn tagger_name_stands(tokens: &[Token], span: &[Token]) -> bool {
    let ends = match (span.first(), span.last()) {
        (Some(a), Some(b)) => capitalized(a) && capitalized(b),
        _ => false,
    };
    ends && mostly_arabic(tokens)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::entities::tokens::tokenize;

    fn toks(s: &str) -> Vec<Token> {
        tokenize(s).0
    }

    /// The name is the last `n` words of the paragraph.
    fn stands(s: &str, n: usize) -> bool {
        let ts = toks(s);
        let span = &ts[ts.len() - n..];
        tagger_name_stands(&ts, span)
    }

    #[test]
    fn a_capitalized_name_in_an_arabic_paragraph_stands() {
        assert!(stands("وقالت الشبكة الأمريكية في تقرير نشرته CNN", 1));
        assert!(stands("وذكر تقرير صدر أمس عن مصرف Bank of America", 3));
        assert!(stands("وأكدت منظمة العفو ومنظمة Human Rights Watch", 3));
    }

    #[test]
    fn everyday_english_words_are_no_names() {
        // lower case, in an Arabic paragraph
        assert!(!stands("وكتب على حسابه في تويتر it is", 2));
        assert!(!stands("وقال المتحدث إن الملف file", 1));
        // capitalized, but the paragraph is English
        assert!(!stands("The builder did not read the source of Follow", 1));
        assert!(!stands("Two articles of the same story from Surabaya", 1));
    }

    #[test]
    fn latin_words_are_told_from_arabic_ones() {
        let ts = toks("رويترز Reuters 2024");
        assert!(!is_latin(&ts[0]));
        assert!(is_latin(&ts[1]));
    }
}
