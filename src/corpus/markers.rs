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

/// The markers, each as its key's words.
fn markers() -> &'static [(Marker, Vec<String>)] {
    static M: OnceLock<Vec<(Marker, Vec<String>)>> = OnceLock::new();
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
            let kind = match kind {
                "related" => Marker::Related,
                "tags" => Marker::Tags,
                "follow" => Marker::Follow,
                "ticker" => Marker::Ticker,
                "nav" => Marker::Nav,
                "end" => Marker::End,
                "media" => Marker::Media,
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
                out.push((kind, words));
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
    let is_media = |w: &str| {
        markers()
            .iter()
            .any(|(m, s)| *m == Marker::Media && matches!(s.as_slice(), [only] if only == w))
    };
    let mut words = key_words(norm).peekable();
    if words.peek().is_some() && key_words(norm).all(is_media) {
        return Some(Marker::Media);
    }
    // A marker matches when its words are the line's first words; only that many are needed.
    let longest = markers().iter().map(|(_, s)| s.len()).max().unwrap_or(0);
    let first: Vec<&str> = words.take(longest).collect();
    markers()
        .iter()
        .filter(|(m, _)| *m != Marker::Media)
        .find(|(_, s)| s.len() <= first.len() && s.iter().zip(&first).all(|(a, b)| a == b))
        .map(|(m, _)| *m)
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

/// The known outlet a file's name points to by its site's domain (`03_youm7.txt`,
/// `alquds-com-2024.html`): a word of the name equal to the first label of an outlet's domain.
/// Only known outlets: a word of a file name alone is too weak a sign of an unknown one.
pub fn outlet_in_file_name(path: &str) -> Option<&'static str> {
    let name = path.rsplit(['/', '\\']).next()?;
    let stem = name
        .rsplit_once('.')
        .map_or(name, |(s, _)| s)
        .to_ascii_lowercase();
    let words: Vec<&str> = stem
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.len() >= 3 && w.chars().any(|c| c.is_ascii_alphabetic()))
        .collect();
    outlets().iter().find_map(|(name, sigs)| {
        sigs.iter()
            .filter(|s| s.contains('.') && !s.contains(' '))
            .filter_map(|s| s.split(['.', '/']).next())
            .any(|label| label.len() >= 3 && words.contains(&label))
            .then_some(name.as_str())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_by_whole_words() {
        assert_eq!(marker_of("إقرأ أيضاً:"), Some(Marker::Related));
        assert_eq!(marker_of("كلمات دلالية: العراق إيران"), Some(Marker::Tags));
        assert_eq!(marker_of("image image image"), Some(Marker::Media));
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
        assert_eq!(outlet_in_file_name("x/03_youm7.txt"), Some("اليوم السابع"));
        assert_eq!(
            outlet_in_file_name("alquds-com-2024.html"),
            Some("القدس العربي")
        );
        assert_eq!(outlet_in_file_name("news-2024.html"), None);
    }
}
