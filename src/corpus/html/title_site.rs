//! The site's name in a page's `<title>` by looser rules than the spaced separators of
//! `metadata::split_title`: many sites glue their name on with `_` or `|` and no spaces
//! (`标题_频道_南方网`), use ` : ` (`… : 뉴스 : 동아닷컴`), a bare `-` between non-Latin
//! words (`标题-中国科普网`), or put the name first before `: ` (`The Space Review: …`).
//! Looser means wronger more often, so the caller uses this only when no other sign names
//! the outlet.

use crate::text::normalize;

/// Words a site's name may have.
const SITE_WORDS: usize = 4;

/// The site's name in `title`, given the page's headline (normalized) when it states one.
pub fn loose_site(title: &str, headline: Option<&str>) -> Option<String> {
    let is_headline = |p: &str| headline.is_some_and(|h| normalize(p).text == h);
    let site = |p: &str| {
        let p = p.trim_matches(|c: char| c.is_whitespace() || "【】[]()（）<>＜＞「」".contains(c));
        let plausible = !p.is_empty()
            && p.split_whitespace().count() <= SITE_WORDS
            && p.chars().any(char::is_alphabetic)
            && !is_headline(p);
        plausible.then(|| p.to_string())
    };
    // The last segment after `_`, `|`, ` : `, or a `-` with no Latin letter or digit beside it.
    let cut = last_separator(title)?;
    let (head, tail) = (title.get(..cut.0)?, title.get(cut.1..)?);
    if !head.trim().is_empty()
        && let Some(s) = site(tail)
    {
        return Some(s);
    }
    None
}

/// `The Space Review: Seeking a bigger role…`: the first segment before `: ` when the rest
/// is the headline the page states — a colon in a headline (`Minister: we will…`) is not a
/// site unless the page's headline is what follows it.
pub fn leading_site(title: &str, headline: Option<&str>) -> Option<String> {
    let (first, rest) = title.split_once(": ")?;
    let h = headline?;
    let first = first.trim();
    (normalize(rest).text == h
        && !first.is_empty()
        && first.split_whitespace().count() <= SITE_WORDS)
        .then(|| first.to_string())
}

/// The byte range of the last separator in `title` that may set off a site's name.
fn last_separator(title: &str) -> Option<(usize, usize)> {
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    title.char_indices().rev().find_map(|(i, c)| match c {
        '_' | '|' => Some((i, i + c.len_utf8())),
        ':' if title.get(..i)?.ends_with(' ') && title.get(i + 1..)?.starts_with(' ') => {
            Some((i, i + 1))
        }
        '-' => {
            let before = title.get(..i)?.chars().next_back();
            let after = title.get(i + 1..)?.chars().next();
            let spaced = before == Some(' ') && after == Some(' ');
            let unspaced_cjk = !latin(before) && !latin(after) && before != Some(' ');
            (spaced || unspaced_cjk).then_some((i, i + 1))
        }
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> String {
        normalize(s).text
    }

    #[test]
    fn an_unspaced_underscore_or_bar_sets_off_the_site() {
        assert_eq!(
            loose_site("美联储维持利率不变_南方网", None).as_deref(),
            Some("南方网")
        );
        assert_eq!(
            loose_site("出国前后关注点大不同_教育频道_中国青年网", None).as_deref(),
            Some("中国青年网")
        );
        assert_eq!(
            loose_site("美官员否认事故_【快资讯】", None).as_deref(),
            Some("快资讯")
        );
        assert_eq!(
            loose_site("وزير الخارجية يزور بغداد|الجزيرة نت", None).as_deref(),
            Some("الجزيرة نت")
        );
    }

    #[test]
    fn a_spaced_colon_or_a_bare_dash_between_non_latin_words() {
        assert_eq!(
            loose_site("초일류 시험인증 기업이 간다 : 뉴스 : 동아닷컴", None).as_deref(),
            Some("동아닷컴")
        );
        assert_eq!(
            loose_site("习近平主持召开座谈会-中国科普网", None).as_deref(),
            Some("中国科普网")
        );
        // A dash inside a Latin word or number is not a separator.
        assert_eq!(loose_site("Spider-Man returns", None), None);
        assert_eq!(loose_site("Covid-19", None), None);
    }

    #[test]
    fn the_headline_or_a_long_tail_is_no_site() {
        // A title that is only the headline.
        assert_eq!(loose_site("突发！新疆地震", None), None);
        // The last segment is the page's headline.
        let h = key("وزير الخارجية يزور بغداد");
        assert_eq!(loose_site("عاجل_وزير الخارجية يزور بغداد", Some(&h)), None);
        assert_eq!(
            loose_site("Report | a long tail of more than four words here", None),
            None
        );
    }

    #[test]
    fn a_leading_name_before_the_headline() {
        let h = key("Seeking a bigger role for a big rocket");
        assert_eq!(
            leading_site(
                "The Space Review: Seeking a bigger role for a big rocket",
                Some(&h)
            )
            .as_deref(),
            Some("The Space Review")
        );
        // A headline with a colon in it is no site.
        let h = key("Minister: we will rebuild the bridge");
        assert_eq!(
            leading_site("Minister: we will rebuild the bridge", Some(&h)),
            None
        );
        assert_eq!(leading_site("Minister: we will rebuild", None), None);
    }
}
