//! How an article is named as a source wherever khabar lists sources: the reader's article
//! list and compare view, and the batch commands (`search` hit headers, `timeline` rows,
//! `compare` pairs, `entities` counts). One place decides, so they agree.
//!
//! Pasted news seldom names an outlet that assets/outlets.tsv lists, and a folder of such
//! articles read `unknown outlet`, `unknown outlet`… everywhere. An article is named by its
//! outlet when that tells it apart; else by its own name — its file's name when that reads as
//! a name (`kafpost.txt`), else its title cut to a few words (`«…»`), else its number in the
//! list (`#3`). The outlet itself stays empty (the export keeps `null`): the name is a label,
//! not an invented outlet. The batch commands say so before it (`unknown outlet · kafpost.txt`,
//! `say_unknown`); every pane of the reader gives the name alone, the same in each.

use std::collections::HashMap;
use std::path::Path;

use crate::corpus::Article;
use crate::i18n::{Lang, outlet_shown};

/// Words of a title kept where it names an article.
const TITLE_WORDS: usize = 6;

/// Each article's name where articles are told apart (search hits): its
/// outlet alone when no other article here has it, `outlet · own name` when another has, the
/// article's own name when it has no outlet — after `unknown outlet` in the language
/// `say_unknown` gives.
pub fn article_names(articles: &[Article], say_unknown: Option<Lang>) -> Vec<String> {
    let own = own_names(articles);
    let mut outlets: HashMap<&str, usize> = HashMap::new();
    for a in articles {
        *outlets.entry(a.outlet.trim()).or_default() += 1;
    }
    articles
        .iter()
        .zip(own)
        .map(|(a, own)| match a.outlet.trim() {
            "" => unknown(own, say_unknown),
            o if outlets.get(o) == Some(&1) => o.to_string(),
            o => format!("{o} · {own}"),
        })
        .collect()
}

/// Each article's name where one outlet's articles count together (`entities` counts,
/// `timeline` sources, `compare` pairs and the reader's lists, where a number goes before it):
/// its outlet when it has one, else its own name —
/// after `unknown outlet` in the language `say_unknown` gives.
pub fn source_names(articles: &[Article], say_unknown: Option<Lang>) -> Vec<String> {
    articles
        .iter()
        .zip(own_names(articles))
        .map(|(a, own)| match a.outlet.trim() {
            "" => unknown(own, say_unknown),
            o => o.to_string(),
        })
        .collect()
}

/// Each article's name in every pane of the reader (the article list, the body's header, the
/// status line, the compare header, a mention's source): its outlet, else its own name —
/// the same in all of them, never `unknown outlet` in one and the file's name in another
/// (user test 3 class 11, engineer 14z).
pub fn list_names(articles: &[Article]) -> Vec<String> {
    source_names(articles, None)
}

/// An article without an outlet: its own name, after `unknown outlet` when asked.
fn unknown(own: String, say_unknown: Option<Lang>) -> String {
    match say_unknown {
        Some(lang) => format!("{} · {own}", outlet_shown(lang, "")),
        None => own,
    }
}

/// Each article's own name: the file's name, the title's first words or the number, the
/// first that no other article here shares.
fn own_names(articles: &[Article]) -> Vec<String> {
    let files: Vec<Option<String>> = articles.iter().map(|a| file_name(&a.path)).collect();
    let titles: Vec<String> = articles.iter().map(|a| short_title(&a.title)).collect();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for f in files.iter().flatten() {
        *seen.entry(f.as_str()).or_default() += 1;
    }
    let mut seen_titles: HashMap<&str, usize> = HashMap::new();
    for t in &titles {
        *seen_titles.entry(t.as_str()).or_default() += 1;
    }
    files
        .iter()
        .zip(&titles)
        .enumerate()
        .map(|(i, (file, title))| match file {
            Some(f) if seen.get(f.as_str()) == Some(&1) => f.clone(),
            _ if !title.is_empty() && seen_titles.get(title.as_str()) == Some(&1) => {
                format!("«{title}»")
            }
            _ => format!("#{}", i + 1),
        })
        .collect()
}

/// The file's name when it reads as a name (`elbotola.txt`, `castle-journal.html`): at least
/// three letters, and no more digits than letters (`swed24.txt`) — a scraper's
/// `000_78b582a1d79e79b6.txt` or `12345.html` says nothing to a reader.
fn file_name(path: &str) -> Option<String> {
    let name = Path::new(path).file_name()?.to_string_lossy().into_owned();
    let stem = name.rsplit_once('.').map_or(name.as_str(), |(s, _)| s);
    let letters = stem.chars().filter(|c| c.is_alphabetic()).count();
    let digits = stem.chars().filter(|c| c.is_numeric()).count();
    (letters >= 3 && digits <= letters).then_some(name)
}

/// The first [`TITLE_WORDS`] words of `title`, with `…` when there were more.
pub fn short_title(title: &str) -> String {
    let words: Vec<&str> = title.split_whitespace().collect();
    let mut s = words
        .iter()
        .take(TITLE_WORDS)
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    if words.len() > TITLE_WORDS {
        s.push('…');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;

    fn articles(rows: &[(&str, &str, &str)]) -> Vec<Article> {
        let mut c = Corpus::from_bodies(&vec![&["نص"][..]; rows.len()]);
        for (a, (outlet, path, title)) in c.articles.iter_mut().zip(rows) {
            a.outlet = (*outlet).into();
            a.path = (*path).into();
            a.title = (*title).into();
        }
        c.articles
    }

    #[test]
    fn articles_without_an_outlet_are_told_apart() {
        let a = articles(&[
            ("", "/news/sada.txt", "الوزير يفتتح مدرسة جديدة"),
            (
                "",
                "/news/000_78b582a1d79e79b6.txt",
                "أمطار غزيرة في العاصمة",
            ),
            ("", "/news/12345.html", "أمطار غزيرة في العاصمة"),
            ("صحيفة الأمس", "/news/x.txt", "السيول تغمر القرى"),
        ]);
        // A file name that reads as a name, else the title, else the number.
        assert_eq!(
            source_names(&a, None),
            ["sada.txt", "#2", "#3", "صحيفة الأمس"].map(String::from)
        );
        let b = articles(&[
            ("", "", "الوزير يفتتح مدرسة جديدة في المدينة اليوم"),
            ("", "", "أمطار غزيرة في العاصمة"),
        ]);
        assert_eq!(
            source_names(&b, None),
            [
                "«الوزير يفتتح مدرسة جديدة في المدينة…»",
                "«أمطار غزيرة في العاصمة»"
            ]
            .map(String::from)
        );
    }

    #[test]
    fn an_outlet_names_its_article_alone_only_when_no_other_has_it() {
        let a = articles(&[
            ("صحيفة الأمس", "/a/one.txt", "خبر أول"),
            ("صحيفة الأمس", "/a/two.txt", "خبر ثان"),
            ("وكالة اليوم", "/a/three.txt", "خبر ثالث"),
        ]);
        assert_eq!(
            article_names(&a, None),
            [
                "صحيفة الأمس · one.txt",
                "صحيفة الأمس · two.txt",
                "وكالة اليوم"
            ]
            .map(String::from)
        );
        // Counted together where sources are outlets.
        assert_eq!(source_names(&a, None)[1], "صحيفة الأمس");
        // The batch commands say the outlet is unknown before the name.
        let b = articles(&[("", "/a/sada.txt", "خبر"), ("وكالة اليوم", "", "")]);
        assert_eq!(
            source_names(&b, Some(Lang::En)),
            ["unknown outlet · sada.txt", "وكالة اليوم"].map(String::from)
        );
        assert_eq!(
            article_names(&b, Some(Lang::Ar))[0],
            "مصدر غير معروف · sada.txt"
        );
        // The reader: the same own name as the batch commands, without the words before it
        // (a file's name with a few digits reads as a name too).
        let c = articles(&[
            ("", "/a/sada.txt", "خبر"),
            ("", "/a/1.txt", "خبر آخر"),
            ("", "/a/wadi24.txt", "خبر ثالث"),
        ]);
        assert_eq!(
            list_names(&c),
            ["sada.txt", "«خبر آخر»", "wadi24.txt"].map(String::from)
        );
    }
}
