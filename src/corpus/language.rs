//! Which language an article written in Arabic script is in. Persian and Urdu pages come in
//! with Arabic ones (the same outlets' sister sites, a saved search); khabar shows them, but
//! its entity rules, tagger and timeline read Arabic, and on Persian or Urdu they turn
//! function words into names (`کے`, `میں` as people). So each article is told apart by its
//! commonest function words (`assets/function_words.tsv`), counted in its title and body,
//! and only Arabic (and Latin-script) articles are analysed: the entity extractor and the
//! timeline ask [`is_analysed`], the reader's header names the language.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::{Article, ParagraphKind};

/// The language of an article's own text, as far as khabar needs to know it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    /// Arabic, or text in another script (English, French): analysed.
    Analysed,
    Persian,
    Urdu,
}

impl Language {
    /// Its English name, for load warnings (`None` for analysed text).
    pub fn name(self) -> Option<&'static str> {
        match self {
            Language::Analysed => None,
            Language::Persian => Some("Persian"),
            Language::Urdu => Some("Urdu"),
        }
    }

    /// The key of the language's name in `assets/i18n.tsv` (`None` for analysed text).
    pub fn name_key(self) -> Option<&'static str> {
        match self {
            Language::Analysed => None,
            Language::Persian => Some("lang_persian"),
            Language::Urdu => Some("lang_urdu"),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Words {
    Arabic,
    Persian,
    Urdu,
}

fn table() -> &'static HashMap<&'static str, Words> {
    static TABLE: OnceLock<HashMap<&'static str, Words>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = HashMap::new();
        for line in include_str!("../../assets/function_words.tsv").lines() {
            let Some((lang, words)) = line.split_once('\t') else {
                continue;
            };
            let kind = match lang {
                "ar" => Words::Arabic,
                "fa" => Words::Persian,
                "ur" => Words::Urdu,
                _ => continue,
            };
            for w in words.split_whitespace() {
                t.insert(w, kind);
            }
        }
        t
    })
}

/// Fewest Persian or Urdu function words that make an article Persian or Urdu: one or two
/// can be a quoted title or a name in an Arabic article.
const MIN_FOREIGN: usize = 3;

/// Words read to tell the language: the opening of an article tells it, so a long article
/// costs no more to load than a short one.
const SAMPLE_WORDS: usize = 2_000;

/// The language of a text: Persian or Urdu when their function words outnumber Arabic's
/// (and there are at least [`MIN_FOREIGN`]); everything else is analysed.
pub fn of_text<'a>(paragraphs: impl IntoIterator<Item = &'a str>) -> Language {
    let mut counts: HashMap<Words, usize> = HashMap::new();
    let words = paragraphs
        .into_iter()
        .flat_map(|text| text.split(|c: char| !is_word_char(c)))
        .filter(|w| !w.is_empty())
        .take(SAMPLE_WORDS);
    for word in words {
        if let Some(&k) = table().get(word) {
            *counts.entry(k).or_default() += 1;
        }
    }
    let n = |k| counts.get(&k).copied().unwrap_or(0);
    let (ar, fa, ur) = (n(Words::Arabic), n(Words::Persian), n(Words::Urdu));
    if fa + ur < MIN_FOREIGN || fa + ur <= ar {
        Language::Analysed
    } else if ur > fa {
        Language::Urdu
    } else {
        Language::Persian
    }
}

/// Letters and the zero-width non-joiner Persian writes inside words (`می‌شود`).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\u{200C}'
}

/// The language of an article's title and body.
pub fn of_article(article: &Article) -> Language {
    of_text(
        article
            .paragraphs
            .iter()
            .filter(|p| matches!(p.kind, ParagraphKind::Title | ParagraphKind::Body))
            .map(|p| p.text.as_str()),
    )
}

/// Whether khabar's extractors read the article (Arabic, or another script): not Persian or
/// Urdu. Told once, when the article was made ([`Article::language`]).
pub fn is_analysed(article: &Article) -> bool {
    article.language == Language::Analysed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_persian_and_urdu_are_told_apart_by_their_function_words() {
        let ar = "قال وزير الخارجية إن الوفد وصل إلى العاصمة بعد محادثات مع الجانب الآخر";
        assert_eq!(of_text([ar]), Language::Analysed);
        let fa =
            "وزیر امور خارجه گفت که این سفر برای گفتگو با مقام‌های دولت است و هیئت از تهران رفت";
        assert_eq!(of_text([fa]), Language::Persian);
        let ur = "وزیر خارجہ نے کہا کہ وفد دارالحکومت میں پہنچ گیا ہے اور بات چیت کل ہو گی";
        assert_eq!(of_text([ur]), Language::Urdu);
        assert_eq!(
            of_text(["The minister said the talks went well"]),
            Language::Analysed
        );
        assert_eq!(of_text([""]), Language::Analysed);
    }

    #[test]
    fn a_persian_title_quoted_in_an_arabic_article_leaves_it_arabic() {
        let ar = "نشرت الصحيفة مقالا بعنوان «ایران و جهان» قالت فيه إن المفاوضات التي بدأت في فيينا \
                  لم تصل إلى اتفاق بعد، وإن الوفد عاد من هناك مع مقترح جديد";
        assert_eq!(of_text([ar]), Language::Analysed);
    }

    #[test]
    fn an_article_is_read_by_its_title_and_body_only() {
        let ur = "وزیر خارجہ نے کہا کہ وفد دارالحکومت میں پہنچ گیا ہے اور بات چیت کل ہو گی";
        let a = Article::from_body("u", &[ur]);
        assert_eq!(of_article(&a), Language::Urdu);
        assert_eq!(Language::Urdu.name_key(), Some("lang_urdu"));
        assert_eq!(Language::Analysed.name_key(), None);
    }
}
