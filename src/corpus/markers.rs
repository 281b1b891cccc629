//! Boilerplate markers and outlet signatures, loaded from assets/ (data, not code).

use std::sync::OnceLock;

use super::lines::alnum;
use crate::text::normalize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// Related-links header: the headline-like lines after it are boilerplate too.
    Related,
    Tags,
    Follow,
    /// Breaking-news label: the next line is its headline.
    Ticker,
    Nav,
    /// Copyright and the like: the article is over.
    End,
    /// Image/logo placeholder word.
    Media,
    /// Share-bar word (`شارك`, `فيسبوك`, `نسخ الرابط`, `إعلان`, `حفظ`): a line made only of
    /// them is page furniture, but the article goes on after it.
    Share,
}

/// The words of normalized text that markers and outlet signatures are made of.
fn key_words(norm: &str) -> impl Iterator<Item = &str> {
    norm.split(|c: char| !alnum(c) && c != '.' && c != '©')
        .filter(|w| !w.is_empty())
}

fn key(s: &str) -> String {
    key_words(&normalize(s).text).collect::<Vec<_>>().join(" ")
}

/// A site's section label (`متابعات`, `عربي ودولي`): the `section` rows of
/// assets/boilerplate.tsv, compared on their normalized key.
pub fn is_section_label(text: &str) -> bool {
    static S: OnceLock<Vec<String>> = OnceLock::new();
    let labels = S.get_or_init(|| {
        include_str!("../../assets/boilerplate.tsv")
            .lines()
            .filter_map(|l| l.strip_prefix("section\t"))
            .map(key)
            .filter(|k| !k.is_empty())
            .collect()
    });
    let k = key(text);
    !k.is_empty() && labels.contains(&k)
}

/// One marker of assets/boilerplate.tsv: its kind, its key's words, and whether it marks only
/// a line that is those words alone (a `-line` kind: `في نفس السياق` heads a related list
/// alone on its line, but opens many a report's sentence).
struct MarkerRow {
    kind: Marker,
    words: Vec<String>,
    whole: bool,
}

/// The markers, each as its key's words.
fn markers() -> &'static [MarkerRow] {
    static M: OnceLock<Vec<MarkerRow>> = OnceLock::new();
    M.get_or_init(|| {
        let mut out = Vec::new();
        for line in include_str!("../../assets/boilerplate.tsv")
            .lines()
            .skip_while(|l| l.starts_with('#'))
            .skip(1)
        {
            let Some((kind, marker)) = line.split_once('\t') else {
                continue;
            };
            let (kind, whole) = kind
                .strip_suffix("-line")
                .map_or((kind, false), |k| (k, true));
            let kind = match kind {
                "related" => Marker::Related,
                "tags" => Marker::Tags,
                "follow" => Marker::Follow,
                "ticker" => Marker::Ticker,
                "nav" => Marker::Nav,
                "end" => Marker::End,
                "media" => Marker::Media,
                "share" => Marker::Share,
                _ => continue,
            };
            let words: Vec<String> = if marker.trim() == "©" {
                vec!["©".to_string()]
            } else {
                key_words(&normalize(marker).text)
                    .map(str::to_string)
                    .collect()
            };
            if !words.is_empty() {
                out.push(MarkerRow { kind, words, whole });
            }
        }
        out
    })
}

/// The marker a line starts with (by whole words), if any. `©` anywhere marks a copyright line.
#[cfg(test)]
pub fn marker_of(text: &str) -> Option<Marker> {
    marker_in(text, &normalize(text).text)
}

/// The marker `text` starts with (by whole words), if any, given its normalized form `norm`.
/// `©` anywhere marks a copyright line.
pub fn marker_in(text: &str, norm: &str) -> Option<Marker> {
    if text.contains('©') {
        return Some(Marker::End);
    }
    // A marker matches when its words are the line's first words; only that many are needed,
    // and one more tells a line that is a `-line` marker alone.
    let longest = markers().iter().map(|m| m.words.len()).max().unwrap_or(0);
    let first: Vec<&str> = key_words(norm).take(longest + 1).collect();
    if let Some(m) = markers()
        .iter()
        .find(|m| m.whole && m.words.iter().eq(first.iter()))
    {
        return Some(m.kind);
    }
    let is_only = |kind: Marker| {
        move |w: &str| {
            markers().iter().any(|m| {
                !m.whole && m.kind == kind && matches!(m.words.as_slice(), [only] if only == w)
            })
        }
    };
    if !first.is_empty() {
        for kind in [Marker::Media, Marker::Share] {
            if key_words(norm).all(is_only(kind)) {
                return Some(kind);
            }
        }
    }
    markers()
        .iter()
        .filter(|m| !m.whole && !matches!(m.kind, Marker::Media | Marker::Share))
        .find(|m| m.words.len() <= first.len() && m.words.iter().zip(&first).all(|(a, b)| a == b))
        .map(|m| m.kind)
}

/// Outlet names with their normalized signatures.
fn outlets() -> &'static [(String, Vec<String>)] {
    static O: OnceLock<Vec<(String, Vec<String>)>> = OnceLock::new();
    O.get_or_init(|| {
        include_str!("../../assets/outlets.tsv")
            .lines()
            .skip_while(|l| l.starts_with('#'))
            .skip(1)
            .filter_map(|l| l.split_once('\t'))
            .map(|(name, sigs)| {
                (
                    name.trim().to_string(),
                    sigs.split('|').map(key).filter(|s| !s.is_empty()).collect(),
                )
            })
            .collect()
    })
}

/// The known outlet whose signature is `text` (whole, after normalization), or that `text`
/// contains as whole words when `within` is set.
pub fn outlet_of(text: &str, within: bool) -> Option<&'static str> {
    let k = key(text.trim_start_matches("www."));
    let k = k.strip_prefix("www.").unwrap_or(&k).to_string();
    let padded = format!(" {k} ");
    let mut best: Option<(&'static str, usize)> = None;
    for (name, sigs) in outlets() {
        for s in sigs {
            let hit = if within {
                padded.contains(&format!(" {s} ")) || k.contains(s.as_str()) && s.contains('.')
            } else {
                k == *s
            };
            if hit && best.is_none_or(|(_, len)| s.len() > len) {
                best = Some((name.as_str(), s.len()));
            }
        }
    }
    best.map(|(n, _)| n)
}

/// Words that name the kind of site before its name (`بوابة الشروق`, `موقع X`, `صحيفة X`):
/// the `site` rows of assets/boilerplate.tsv, as keys.
fn site_words() -> &'static [String] {
    static S: OnceLock<Vec<String>> = OnceLock::new();
    S.get_or_init(|| {
        include_str!("../../assets/boilerplate.tsv")
            .lines()
            .filter_map(|l| l.strip_prefix("site\t"))
            .map(key)
            .filter(|k| !k.is_empty())
            .collect()
    })
}

/// Whether `text` opens with a word naming the kind of site (`صحيفة X`, `موقع X`) and goes on.
pub fn opens_with_site_word(text: &str) -> bool {
    key(text)
        .split_once(' ')
        .is_some_and(|(first, _)| site_words().iter().any(|w| w == first))
}

/// The known outlet `text` names: one of its signatures whole, or one after a single word
/// naming the kind of site (`بوابة الشروق` → `الشروق`). A signature that itself opens with
/// such a word (`صحيفة الجزيرة`) is matched whole first.
pub fn outlet_named(text: &str) -> Option<&'static str> {
    outlet_of(text, false).or_else(|| {
        let k = key(text);
        let (first, rest) = k.split_once(' ')?;
        site_words()
            .iter()
            .any(|w| w == first)
            .then(|| outlet_of(rest, false))
            .flatten()
    })
}

/// The outlet a file's name points to by its site's domain: a domain spelled out in the name
/// (`alquds-com-2024.html` → `alquds.com`, `bbc_co_uk.txt` → `bbc.co.uk`) — the display name
/// of assets/outlets.tsv when known, else the domain as found — or a word of the name equal to
/// the first label of a known outlet's domain (`03_youm7.txt`). A word alone is too weak a sign
/// of an unknown outlet.
pub fn outlet_in_file_name(path: &str) -> Option<String> {
    let name = path.rsplit(['/', '\\']).next()?;
    let stem = name
        .rsplit_once('.')
        .map_or(name, |(s, _)| s)
        .to_ascii_lowercase();
    let all: Vec<&str> = stem
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let site_word = |w: &str| w.len() >= 3 && w.chars().any(|c| c.is_ascii_alphabetic());
    for (i, w) in all.iter().enumerate() {
        let Some(n) = all
            .get(i + 1..)
            .and_then(suffix_words)
            .filter(|_| site_word(w))
        else {
            continue;
        };
        let domain = all.get(i..=i + n)?.join(".");
        // A lone country code or `news`/`tv`/`info` after a word is as often the country
        // the file's namer tagged or a word of the site's name (`businessmen-eg.txt`,
        // `gulf-news.txt`) as a domain's ending: only a listed outlet's domain then; spelled
        // out as found, an unlisted one would be a made-up address (user test 3 class 6,
        // engineer 14z). `com`, `net`, `org` are no words of a name.
        let generic = n == 2
            || all
                .get(i + 1)
                .is_some_and(|t| matches!(*t, "com" | "net" | "org"));
        match outlet_of(&domain, false) {
            Some(o) => return Some(o.to_string()),
            None if !generic => continue,
            None => return Some(domain),
        }
    }
    let words: Vec<&str> = all.into_iter().filter(|w| site_word(w)).collect();
    outlets().iter().find_map(|(name, sigs)| {
        sigs.iter()
            // A bare domain (`bbc.com/arabic` is one section of a site, not the site).
            .filter(|s| s.split_once('.').is_some_and(|(_, tld)| !tld.contains(' ')))
            .filter_map(|s| s.split(['.', '/']).next())
            // A file name drops the hyphen of `al-jazirah.com` (`aljazirah_12.txt`; the
            // signature's key has a space for it).
            .map(|label| label.replace(['-', ' '], ""))
            .any(|label| label.len() >= 3 && words.contains(&label.as_str()))
            .then(|| name.clone())
    })
}

/// Top-level domains news sites use: the generic ones and the Arab world's, Iran's and a few
/// others' country codes.
const TOP_LEVEL: &[&str] = &[
    "com", "net", "org", "info", "news", "tv", "ps", "ae", "sa", "eg", "ma", "iq", "lb", "jo",
    "qa", "kw", "om", "bh", "sy", "ye", "dz", "tn", "ly", "sd", "ir", "tr", "uk", "fr", "de",
];

/// How many of the words opening `rest` are a domain's suffix: `com` (1), `co uk` or
/// `com sa` (2); `None` when they are not.
fn suffix_words(rest: &[&str]) -> Option<usize> {
    let country = |w: &str| w.len() == 2 && TOP_LEVEL.contains(&w);
    match rest {
        [second, third, ..]
            if matches!(*second, "co" | "com" | "net" | "org") && country(third) =>
        {
            Some(2)
        }
        [tld, ..] if TOP_LEVEL.contains(tld) => Some(1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_marker_marks_only_the_line_it_is_alone() {
        assert_eq!(marker_of("في نفس السياق"), Some(Marker::Related));
        assert_eq!(marker_of("تعليقات الفيسبوك"), Some(Marker::Follow));
        assert_eq!(marker_of("اظهر المزيد"), Some(Marker::Share));
        assert_eq!(marker_of("في نفس السياق، قال الوزير إن الخطة جاهزة."), None);
        assert_eq!(marker_of("التعليقات على القرار كانت كثيرة"), None);
    }

    #[test]
    fn an_outlet_named_after_a_word_for_the_kind_of_site() {
        assert_eq!(outlet_named("بوابة المصري اليوم"), Some("المصري اليوم"));
        assert_eq!(outlet_named("موقع الميادين"), Some("الميادين"));
        // A signature opening with such a word is matched whole first.
        assert_eq!(outlet_named("صحيفة الجزيرة"), Some("الجزيرة (السعودية)"));
        assert_eq!(outlet_named("بوابة المثال"), None);
        assert_eq!(outlet_named("المصري اليوم الجديد"), None);
    }

    #[test]
    fn markers_by_whole_words() {
        assert_eq!(marker_of("إقرأ أيضاً:"), Some(Marker::Related));
        assert_eq!(marker_of("كلمات دلالية: العراق إيران"), Some(Marker::Tags));
        assert_eq!(marker_of("image image image"), Some(Marker::Media));
        let share = "شارك عبر فيسبوك  تويتر  واتساب  نسخ الرابط";
        assert_eq!(marker_of(share), Some(Marker::Share));
        assert_eq!(marker_of("انسخ الرابط"), Some(Marker::Share));
        assert_eq!(marker_of("شارك في الاجتماع وزير الخارجية"), None);
        assert_eq!(marker_of("جميع الحقوق محفوظة ©️ 2024"), Some(Marker::End));
        assert_eq!(marker_of("عاجل"), Some(Marker::Ticker));
        assert_eq!(marker_of("عاجلا أو آجلا سيعود"), None);
        assert_eq!(marker_of("قالت الوكالة إن الرئيسية"), None);
    }

    #[test]
    fn outlets_from_signatures() {
        assert_eq!(
            outlet_of("Mawazin News Developed by Avesta", true),
            Some("موازين نيوز")
        );
        assert_eq!(outlet_of("www.eremnews.com", false), Some("إرم نيوز"));
        assert_eq!(
            outlet_of("شركة إرم ميديا - Erem Media FZ LLC", true),
            Some("إرم نيوز")
        );
        assert_eq!(outlet_of("الخليج الجديد", false), Some("الخليج الجديد"));
        assert_eq!(outlet_of("صحيفة محلية صغيرة", false), None);
        let named = |p: &str| outlet_in_file_name(p);
        assert_eq!(named("x/03_youm7.txt").as_deref(), Some("اليوم السابع"));
        // A domain spelled out is that domain: alquds.com is not Al-Quds Al-Arabi's
        // alquds.co.uk; an unknown one keeps the spelling found.
        assert_eq!(named("alquds-com-2024.html").as_deref(), Some("القدس"));
        assert_eq!(named("alquds_co_uk-5.txt").as_deref(), Some("القدس العربي"));
        assert_eq!(
            named("12-hibapress-com.txt").as_deref(),
            Some("hibapress.com")
        );
        assert_eq!(named("aljazeera-net.txt").as_deref(), Some("الجزيرة نت"));
        // A hyphen of the domain (`al-jazirah.com`) is dropped in file names.
        assert_eq!(
            named("aljazirah_20150722_8.txt").as_deref(),
            Some("الجزيرة (السعودية)")
        );
        // A bare الجزيرة names two papers (Qatar's channel, a Saudi daily): shown as written.
        assert_eq!(outlet_of("الجزيرة", false), Some("الجزيرة"));
        assert_eq!(outlet_of("الجزيرة نت", false), Some("الجزيرة نت"));
        // A word alone, a year, a bare suffix: no outlet.
        assert_eq!(named("news-2024.html"), None);
        assert_eq!(named("2024-com.txt"), None);
        assert_eq!(named("notes.txt"), None);
        // A country code after an unlisted word: the file's tag, not a domain to make up.
        assert_eq!(named("gulfbiz-eg.txt"), None);
        assert_eq!(named("3-sahel-news-ma.txt"), None);
        assert_eq!(named("gulf-news.txt"), None);
        // A listed outlet's country-code domain is still that outlet.
        assert_eq!(named("albayan-ae-2024.txt").as_deref(), Some("البيان"));
    }
}
