//! The outlet named in a copyright line: `© 2024 X` (a text sign of `meta::outlet`), and the
//! wordier forms `版权所有 X`, `Copyright by X`, `جميع الحقوق محفوظة لـ X` — the weakest sign,
//! looked for only after every other one, since these phrases also sit in footers of pages
//! that quote or syndicate another outlet's story.

use super::lines::Line;
use super::meta::{NAME_WORDS, display};
use crate::text::normalize;

/// `© 2024 X. جميع الحقوق محفوظة`, `Copyright © 2018 X`: the name after the sign and year.
pub fn copyright_holder(text: &str) -> Option<String> {
    let after = text.split_once('©').map_or(text, |(_, a)| a);
    let words: Vec<&str> = after
        .split_whitespace()
        // The word `Copyright`, the years before the name (`2009-2019`), and marks left of
        // the sign (`©️`); a number in the name stays (`France 24`).
        .skip_while(|w| {
            year(w) || !w.chars().any(char::is_alphanumeric) || w.eq_ignore_ascii_case("copyright")
        })
        // The name ends at a year after it (`© site.com, 2008`), a separator, a rights
        // phrase (`All rights reserved`, `未经授权请勿转载`) or a registration number.
        .take_while(|w| {
            let n = normalize(w).text;
            !matches!(n.as_str(), "جميع" | "كل" | "all" | "الحقوق")
                && !RIGHTS_WORDS.iter().any(|r| n.contains(r))
                && !year(w)
                && w.chars().any(char::is_alphanumeric)
                && !registration(w)
        })
        .take(NAME_WORDS)
        .collect();
    let name = words.join(" ");
    let name =
        name.trim_matches(|c: char| c.is_ascii_punctuation() || c == '،' || c.is_whitespace());
    let name = name.strip_prefix("copyright").unwrap_or(name).trim();
    (!name.is_empty() && name.chars().any(char::is_alphabetic)).then(|| display(name))
}

/// Pieces of the rights phrases that follow a holder's name in Chinese footers (`未经授权请勿
/// 转载`, `版权所有`, `保留所有权利`).
const RIGHTS_WORDS: &[&str] = &["未经", "转载", "版权所有", "保留"];

/// A year or a span of years (`2008`, `2000-2024,`): digits and dashes only.
fn year(word: &str) -> bool {
    let w = word.trim_end_matches([',', '،', '.']);
    !w.is_empty()
        && w.chars()
            .all(|c| c.is_ascii_digit() || c == '-' || c == '–')
        && w.chars().filter(char::is_ascii_digit).count() >= 4
}

/// A site's registration number after its name (`黔ICP备15016750号-1`, China's ICP licence):
/// digits inside a word of letters that are not Latin. It ends the name (`France 24` keeps
/// its number).
fn registration(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_digit())
        && word.chars().any(|c| c.is_alphabetic() && !c.is_ascii())
}

/// The holder named by a copyright phrase on the last line that has one.
pub fn phrase_holder(lines: &[Line]) -> Option<String> {
    lines
        .iter()
        .rev()
        .find_map(|l| holder_after_phrase(&l.text))
}

/// `版权所有：中国青年网`, `Copyright by donga.com`, `جميع الحقوق محفوظة لـ X`, `… محفوظة
/// لموقع X`: the name right after the phrase, up to its first punctuation.
fn holder_after_phrase(text: &str) -> Option<String> {
    // ASCII case folding keeps byte offsets the same in `lower` and `text`.
    let lower = text.to_ascii_lowercase();
    let (phrase, cjk) = [
        ("版权所有", true),
        ("copyright by", false),
        ("جميع الحقوق محفوظة", false),
    ]
    .into_iter()
    .find(|(p, _)| lower.contains(p))?;
    let at = lower.find(phrase)? + phrase.len();
    let rest = text.get(at..)?;
    let rest = rest.trim_start_matches([' ', ':', '：', '\u{3000}']);
    let rest = ["لـ ", "لـ", "لموقع ", "لصحيفة ", "لجريدة ", "ل "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .unwrap_or(rest);
    let stop = |c: char| "，。,;；|©()（）".contains(c) || (cjk && c.is_whitespace());
    let name = rest.split(stop).next()?.trim();
    let words: Vec<&str> = name
        .split_whitespace()
        .take_while(|w| {
            let n = normalize(w).text;
            !matches!(n.as_str(), "all" | "جميع" | "الحقوق")
                && !w.chars().any(|c| c.is_ascii_digit())
        })
        .take(NAME_WORDS)
        .collect();
    let name = words.join(" ");
    let name = name.trim_matches(|c: char| c.is_ascii_punctuation() && c != '.' || c == '،');
    let name = name.trim_end_matches('.');
    (!name.is_empty() && name.chars().any(char::is_alphabetic)).then(|| display(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn holder(t: &str) -> Option<String> {
        holder_after_phrase(t)
    }

    #[test]
    fn the_name_after_a_copyright_phrase() {
        assert_eq!(
            holder("版权所有：中国青年网").as_deref(),
            Some("中国青年网")
        );
        assert_eq!(
            holder("版权所有中央党史和文献研究院 京ICP备").as_deref(),
            Some("中央党史和文献研究院")
        );
        assert_eq!(
            holder("문의 02-123 Copyright by donga.com. All rights reserved.").as_deref(),
            Some("donga.com")
        );
        assert_eq!(
            holder("جميع الحقوق محفوظة لـ صحيفة المثال 2024").as_deref(),
            Some("صحيفة المثال")
        );
        assert_eq!(
            holder("جميع الحقوق محفوظة لموقع المثال الإخباري").as_deref(),
            Some("المثال الإخباري")
        );
        // A registration number after the name ends it; a number in a name does not (and a
        // known outlet is shown in its display spelling).
        assert_eq!(
            copyright_holder("Copyright© 2009-2019 铜雀历史网   黔ICP备15016750号-1").as_deref(),
            Some("铜雀历史网")
        );
        assert_eq!(
            copyright_holder("© 1999, 2000, 2002 Jamie Zawinski").as_deref(),
            Some("Jamie Zawinski")
        );
        assert_eq!(
            copyright_holder("© 2024 France 24").as_deref(),
            Some("فرانس 24")
        );
        // A year after the name, the word `Copyright`, a rights phrase: not the name.
        assert_eq!(
            copyright_holder("© vse-diety.example, 2008").as_deref(),
            Some("vse-diety.example")
        );
        assert_eq!(
            copyright_holder("Copyright  2000-2020 Cnarts Example. All rights reserved").as_deref(),
            Some("Cnarts Example")
        );
        assert_eq!(
            copyright_holder(
                "服务平台\u{3000}Copyright  © 2000-2024\u{3000}未经授权请勿转载 | 联系我们"
            ),
            None
        );
        // A `©` line without a year: the existing form.
        assert_eq!(
            copyright_holder("© وكالة المثال").as_deref(),
            Some("وكالة المثال")
        );
    }

    #[test]
    fn a_phrase_without_a_name_names_nothing() {
        assert_eq!(holder("版权所有，未经授权禁止复制"), None);
        assert_eq!(holder("جميع الحقوق محفوظة © 2024"), None);
        assert_eq!(holder("Copyright by"), None);
        assert_eq!(holder("وزير الخارجية يزور بغداد"), None);
    }
}
