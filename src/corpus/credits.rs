//! An outlet a pasted page credits in its own words where assets/outlets.tsv may not list
//! it: a byline signed by the newsroom's staff (`كتب: محرر X`: the editor of X, so X is the
//! outlet), and an agency's credit at the end of a dateline (`أنقرة/ سامي يوسف/ الأناضول`: the
//! place, the reporter, the agency). Rules about Arabic news pages, never about one site; the
//! staff words are the `staff` rows of assets/boilerplate.tsv. Engineer 14z, user test 3
//! class 6.

use std::sync::OnceLock;

use super::dates::date_in;
use super::lines::Line;
use super::markers::{is_section_label, outlet_named};
use super::meta::{NAME_WORDS, display};
use crate::lexicon::{is_listed_place, opens_with_given_name};
use crate::text::normalize;

/// Words that open a byline before the writer (`كتب:`, `بقلم`, `بواسطة`), normalized.
const BY_WORDS: &[&str] = &["كتب", "كتبت", "بقلم", "بواسطه", "اعداد", "تحرير"];

/// Words a byline may have at most: a signature line, not a sentence.
const BYLINE_WORDS: usize = 9;

/// How many lines from the top a byline or a dateline is looked for in: a whole-page paste
/// puts a section line, the headline, a standfirst and the headline again above them.
pub const HEAD_LINES: usize = 12;

/// The staff words (`محرر`, `فريق تحرير`), each as its normalized words.
fn staff_words() -> &'static [Vec<String>] {
    static S: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    S.get_or_init(|| {
        include_str!("../../assets/boilerplate.tsv")
            .lines()
            .filter_map(|l| l.strip_prefix("staff\t"))
            .map(|w| {
                normalize(w)
                    .text
                    .split_whitespace()
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .filter(|w| !w.is_empty())
            .collect()
    })
}

/// `كتب: محرر صدى الوادي`, `بقلم - فريق تحرير صدى الوادي`: the outlet whose staff signs the
/// byline. The words after the staff word name the newsroom, not a person: never a given
/// name (`محرر محمد علي` is an editor called so), a place, a section or a desk
/// (`محرر الشؤون الدولية` is tested as a section label; a lone adjective such as
/// `الاقتصادي` is a desk).
pub fn staff_byline(line: &Line) -> Option<String> {
    if line.words.len() > BYLINE_WORDS || line.sentence_end {
        return None;
    }
    let sep = |c: char| c.is_whitespace() || ":-–—|".contains(c);
    let text = line.text.trim();
    let (first, rest) = text.split_once(sep)?;
    if !BY_WORDS.contains(&normalize(first).text.as_str()) {
        return None;
    }
    let words: Vec<&str> = rest.trim_start_matches(sep).split_whitespace().collect();
    let staff = staff_words().iter().find(|s| {
        s.len() < words.len()
            && s.iter()
                .zip(&words)
                .all(|(a, b)| *a == normalize(b.trim_end_matches(sep)).text)
    })?;
    // The name ends at a separator, a comma or a date.
    let mut name = Vec::new();
    for w in words.get(staff.len()..)? {
        if date_in(w).is_some() || w.chars().all(sep) {
            break;
        }
        let ends = w.ends_with(['،', ',', '-', '–', '|']);
        name.push(w.trim_end_matches(['،', ',', '-', '–', '|', ':']));
        if ends {
            break;
        }
    }
    let name = name.join(" ");
    let count = name.split_whitespace().count();
    let desk = count == 1 && normalize(&name).text.starts_with("ال") && name.ends_with('ي');
    // `محرر الصحيفة`: "the paper's editor", no name.
    let common = count == 1
        && [
            "الصحيفة",
            "الجريدة",
            "الموقع",
            "المجلة",
            "الوكالة",
            "الشبكة",
            "البوابة",
        ]
        .iter()
        .any(|w| normalize(w).text == normalize(&name).text);
    let shaped = (1..=NAME_WORDS).contains(&count)
        && !name
            .chars()
            .any(|c| c.is_numeric() || "\"«»“”()".contains(c))
        && !desk
        && !common
        && !opens_with_given_name(&name)
        && !is_listed_place(&name)
        && !is_section_label(&name)
        && !opens_with_section_word(&name);
    shaped.then(|| display(&name))
}

/// Whether `name` opens with a desk's word (`الشؤون الدولية`, `الشئون العربية`) or a section
/// label (`اقتصاد`) followed by more words.
fn opens_with_section_word(name: &str) -> bool {
    let n = normalize(name).text;
    let first = n.split_whitespace().next().unwrap_or_default();
    matches!(
        first,
        "الشؤون" | "الشئون" | "شؤون" | "شئون" | "قسم" | "القسم"
    ) || is_section_label(first)
}

/// `تونس/ سامي يوسف/ الأناضول`, `أنقرة / الأناضول`: a dateline of a listed place, the
/// reporter (or none) and, after the last slash, a known outlet — an agency most often — the
/// credit of the report. Only a listed outlet: after a slash an unknown word is as often a
/// month's other name (`فبراير/ شباط`) or a second place.
pub fn slash_dateline(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.split('/').map(str::trim).collect();
    let (city, last) = match parts.as_slice() {
        [city, last] => (*city, *last),
        [city, reporter, last] => {
            let n = reporter.split_whitespace().count();
            if !(1..=NAME_WORDS).contains(&n) || reporter.chars().any(char::is_numeric) {
                return None;
            }
            (*city, *last)
        }
        _ => return None,
    };
    let cities = city.split_whitespace().count();
    if !(1..=2).contains(&cities) || !is_listed_place(city) {
        return None;
    }
    // The credit may run into the lede after a dash (`الأناضول - قال …`).
    let credit = last
        .split(['-', '–', '—'])
        .next()
        .unwrap_or_default()
        .trim();
    let credit = credit.trim_end_matches([':', '،', ',']).trim();
    if !(1..=NAME_WORDS).contains(&credit.split_whitespace().count()) {
        return None;
    }
    outlet_named(credit).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byline_signed_by_the_newsroom_names_the_outlet() {
        let b = |t: &str| staff_byline(&Line::new(t));
        assert_eq!(b("كتب: محرر صدى الوادي").as_deref(), Some("صدى الوادي"));
        assert_eq!(
            b("بقلم - فريق تحرير صدى الوادي").as_deref(),
            Some("صدى الوادي")
        );
        assert_eq!(
            b("كتب: محرر صدى الوادي - 12 مارس 2026").as_deref(),
            Some("صدى الوادي")
        );
        // A listed outlet in its display spelling.
        assert_eq!(b("كتب: محرر رويترز").as_deref(), Some("رويترز"));
        // An editor's own name, a desk, a place, a sentence: no outlet.
        for t in [
            "كتب: محرر محمد علي",
            "كتب: المحرر الاقتصادي",
            "كتب: محرر الاقتصادي",
            "كتب: محرر الشؤون الدولية",
            "كتب: محرر القاهرة",
            "كتب: محرر الصحيفة",
            "كتب: سامي يوسف",
            "كتب محرر الصحيفة مقالا طويلا عن الأزمة الاقتصادية في البلاد وأسبابها.",
        ] {
            assert_eq!(b(t), None, "{t}");
        }
    }

    #[test]
    fn an_agency_credited_after_the_dateline_s_last_slash() {
        assert_eq!(
            slash_dateline("تونس/ سامي يوسف / الأناضول").as_deref(),
            Some("وكالة الأناضول")
        );
        assert_eq!(slash_dateline("القاهرة/ رويترز").as_deref(), Some("رويترز"));
        // A month's two names, an unknown word, a sentence: no credit.
        for t in [
            "وتعود القضية إلى فبراير/ شباط 2023",
            "تونس/ سامي يوسف / صدى الوادي",
            "تونس/ صفاقس",
        ] {
            assert_eq!(slash_dateline(t), None, "{t}");
        }
    }
}
