//! The site's name in a page's `<title>` by looser rules than the spaced separators of
//! `metadata::split_title`: many sites glue their name on with `_` or `|` and no spaces
//! (`标题_频道_南方网`), use ` : ` (`… : 뉴스 : 동아닷컴`), a bare `-` between non-Latin
//! words (`标题-中国科普网`), or put the name first before `: ` (`The Space Review: …`).
//! Looser means wronger more often, so the caller uses this only when no other sign names
//! the outlet.

use crate::corpus::markers::outlet_of;
use crate::text::normalize;

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

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

/// Title segments around the separators sites put between a headline and their name.
pub fn split_title(t: &str) -> Vec<&str> {
    let mut parts = vec![t];
    // `｜`, the full-width bar of Chinese and Japanese titles, is never inside a headline.
    for sep in [
        " | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ", "｜",
    ] {
        parts = parts
            .into_iter()
            .flat_map(|p| p.split(sep))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
    }
    parts
}

/// A title without the site's name: a segment naming the outlet (or a domain) is dropped,
/// else a short last segment after a long headline, else a short first segment before a long
/// headline that another source states (`confirmed`): a short first segment is as often the
/// headline's own opening (`Raspberry Pi 3 - The credit card sized PC…`) as a site's name.
pub fn strip_site(t: &str, outlet: Option<&str>, confirmed: &dyn Fn(&str) -> bool) -> String {
    let parts = split_title(t);
    if parts.len() < 2 {
        return glued_site(t, outlet).unwrap_or_else(|| collapse(t));
    }
    let key = |s: &str| normalize(s).text.replace(' ', "");
    let is_site = |p: &str| {
        outlet.is_some_and(|o| {
            let (p, o) = (key(p), key(o));
            !o.is_empty() && (p == o || p.contains(&o) && p.len() < o.len() * 2)
        }) || outlet_of(p, false).is_some()
            || (p.contains('.') && !p.contains(' '))
    };
    let kept: Vec<&str> = parts.iter().copied().filter(|p| !is_site(p)).collect();
    if kept.len() < parts.len() && !kept.is_empty() {
        // Rejoin what is left with the separator the title used.
        return rejoin(t, &kept);
    }
    let last_words = parts.last().map_or(0, |l| l.split_whitespace().count());
    let head = parts.split_last().map_or(&[][..], |(_, head)| head);
    let head_words: usize = head.iter().map(|p| p.split_whitespace().count()).sum();
    if last_words <= 3 && head_words >= 4 {
        return rejoin(t, head);
    }
    let first_words = parts.first().map_or(0, |f| f.split_whitespace().count());
    let tail = parts.split_first().map_or(&[][..], |(_, tail)| tail);
    let tail_words: usize = tail.iter().map(|p| p.split_whitespace().count()).sum();
    if first_words <= 3 && tail_words >= 5 && confirmed(&rejoin(t, tail)) {
        return rejoin(t, tail);
    }
    collapse(t)
}

/// `Headline-Site`, `Headline_Site`, `Headline|Site` with no space around the separator (as
/// Chinese sites write it): the headline, when the end is the outlet's name.
fn glued_site(t: &str, outlet: Option<&str>) -> Option<String> {
    let o = outlet?.trim();
    if !o.chars().any(char::is_alphabetic) {
        return None;
    }
    let head = t.trim_end().strip_suffix(o)?;
    let sep = head.chars().next_back()?;
    // `：` and `｜`: the full-width colon and bar of Chinese and Japanese titles
    // (`見出し：朝日新聞デジタル`).
    let seps = ['-', '_', '|', '–', '—', '：', '｜'];
    let head = head.strip_suffix(seps)?.trim_end_matches(seps);
    // A bare hyphen between Latin letters or digits joins a word (`Covid-19`).
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    if sep == '-' && (latin(head.chars().next_back()) || latin(o.chars().next())) {
        return None;
    }
    let head = collapse(head);
    (head.chars().count() > o.chars().count()).then_some(head)
}

/// The part of `t` from the first kept segment to the end of the last one.
fn rejoin(t: &str, kept: &[&str]) -> String {
    let (Some(first), Some(last)) = (kept.first(), kept.last()) else {
        return collapse(t);
    };
    let start = t.find(first).unwrap_or(0);
    let end = t.rfind(last).map_or(t.len(), |i| i + last.len());
    collapse(t.get(start..end.max(start)).unwrap_or(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_lose_the_site_name() {
        assert_eq!(
            strip_site("وزير الخارجية يزور بغداد - الجزيرة نت", None, &|_| false),
            "وزير الخارجية يزور بغداد"
        );
        assert_eq!(
            strip_site(
                "A long headline about things | The Daily Site",
                Some("The Daily Site"),
                &|_| false
            ),
            "A long headline about things"
        );
        assert_eq!(
            strip_site("Title - Part 2", None, &|_| false),
            "Title - Part 2"
        );
        // The full-width bar and colon of Japanese titles, spaced or glued to the site.
        assert_eq!(
            strip_site(
                "新聞をスクラップできるペン ｜ ガジェット通信",
                Some("ガジェット通信"),
                &|_| false
            ),
            "新聞をスクラップできるペン"
        );
        assert_eq!(
            strip_site(
                "メディア芸術祭賞が受賞：朝日新聞デジタル",
                Some("朝日新聞デジタル"),
                &|_| false
            ),
            "メディア芸術祭賞が受賞"
        );
        // A full-width colon inside the headline, the site elsewhere, stays.
        assert_eq!(
            strip_site("時間：2022年の予定", Some("朝日新聞デジタル"), &|_| false),
            "時間：2022年の予定"
        );
        // A short first segment goes only when the rest is stated elsewhere.
        let t = "Raspberry Pi 3 - The credit card sized PC that cost only $35";
        assert_eq!(strip_site(t, None, &|_| false), t);
        assert_eq!(
            strip_site("Site - A long headline about many things", None, &|_| true),
            "A long headline about many things"
        );
    }

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
    fn a_site_glued_to_the_headline_by_a_bare_dash_when_it_is_the_outlet() {
        let never = |_: &str| false;
        assert_eq!(
            strip_site(
                "习近平主持召开座谈会-中国科普网",
                Some("中国科普网"),
                &never
            ),
            "习近平主持召开座谈会"
        );
        assert_eq!(
            strip_site("服务项目启动--健康·生活--人民网", Some("人民网"), &never),
            "服务项目启动--健康·生活"
        );
        // Another name, or no separator: unchanged.
        assert_eq!(
            strip_site("习近平主持召开座谈会-中国科普网", Some("光明网"), &never),
            "习近平主持召开座谈会-中国科普网"
        );
        assert_eq!(strip_site("Covid-19", Some("19"), &never), "Covid-19");
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
