//! An outlet the page names itself even when assets/outlets.tsv does not list it: the site's
//! name after the headline of a pasted `<title>` (`… - الصومال اليوم`). A headline may end with
//! ` - ` and words of its own (`… - غزة`, `… - محمد علي`), so the suffix counts only when a
//! second sign agrees that it is a site's name:
//!
//! - the page prints the same words on a line of their own (its masthead, logo or footer,
//!   copied with the text);
//! - they open with a word naming the kind of site (`صحيفة X`, `موقع X`, `شبكة X`: the `site`
//!   rows of assets/boilerplate.tsv);
//! - they are in Latin letters after an Arabic headline (`… | Example News`).
//!
//! Never a listed place, a person's name (a given name first), a section label, a date or a
//! sentence. Engineer 14s, user test 2 class 1.

use super::dates::date_in;
use super::lines::{Line, alnum};
use super::markers::{is_section_label, opens_with_site_word};
use super::meta::{NAME_WORDS, TITLE_SEPARATORS, display};
use crate::lexicon::{is_listed_place, opens_with_given_name};
use crate::text::normalize;

/// Words a headline before the site's name has at least: a title of two or three words
/// around a dash is a pair (`مصر - السودان`), not a headline and a site.
const HEADLINE_WORDS: usize = 3;

/// The headline without the site's name, and the name (in a listed outlet's spelling when it
/// is one), when the title ends with a site's name that a second sign confirms. `title_at`
/// is the title's own line among `lines`, which does not count as the second sign.
pub fn site_suffix<'t>(
    title: &'t str,
    lines: &[Line],
    title_at: Option<usize>,
) -> Option<(&'t str, String)> {
    let (head, tail) = TITLE_SEPARATORS
        .iter()
        .filter_map(|sep| title.rsplit_once(sep))
        // The last separator: the shortest suffix.
        .min_by_key(|(_, tail)| tail.len())?;
    let (head, tail) = (head.trim(), tail.trim());
    let words = tail.split_whitespace().count();
    if head.split_whitespace().count() < HEADLINE_WORDS
        || !(1..=NAME_WORDS).contains(&words)
        || !name_shaped(tail)
    {
        return None;
    }
    let own_line = || {
        let k = normalize(tail).text;
        // Not one item of a menu (a run of short lines), where `أخبار محلية` is a section.
        let short = |i: usize| lines.get(i).is_some_and(|l| l.words.len() <= NAME_WORDS);
        lines
            .iter()
            .enumerate()
            .filter(|(i, _)| Some(*i) != title_at && !(*i > 0 && short(i - 1) && short(i + 1)))
            .any(|(_, l)| normalize(l.text.trim_end_matches(':').trim()).text == k)
    };
    let latin = || {
        tail.chars().any(|c| c.is_ascii_alphabetic())
            && tail.chars().all(|c| c.is_ascii() || c.is_whitespace())
            && head.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c))
    };
    let site_word = || words >= 2 && opens_with_site_word(tail);
    (own_line() || site_word() || latin()).then(|| (head, display(tail)))
}

/// Shaped like a site's name, not a place, a person, a section or page label, a date or a
/// clause: no sentence punctuation, quotes or brackets, no digits but in a Latin name
/// (`Site 24`).
fn name_shaped(tail: &str) -> bool {
    // `…`: a title cut from the lede (`derived_title`) ends so, never a site's name.
    let punctuated = tail.chars().any(|c| ":،,؛;؟?!…\"«»“”()[]/".contains(c))
        || !tail.is_ascii() && tail.contains('.');
    let arabic_digits = !tail.is_ascii() && tail.chars().any(|c| c.is_numeric());
    let letters = tail.chars().any(alnum);
    // A page's label (`فيديو`, `عاجل`, a share button) after the headline says what the page
    // holds, not whose it is.
    let label = Line::new(tail).marker.is_some();
    let not_a_name = label
        || is_listed_place(tail)
        || normalize(tail).text.split_whitespace().all(is_listed_place)
        || opens_with_given_name(tail)
        || is_section_label(tail)
        || date_in(tail).is_some();
    letters && !punctuated && !arabic_digits && !not_a_name
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(texts: &[&str]) -> Vec<Line> {
        texts.iter().map(|t| Line::new(t)).collect()
    }

    const TITLE: &str = "الوزير يفتتح مدرسة جديدة في المدينة - صدى الوادي";

    #[test]
    fn a_site_named_in_the_title_and_on_a_line_of_its_own() {
        let lines = page(&["صدى الوادي", "الرئيسية", TITLE, "افتتح الوزير اليوم مدرسة."]);
        assert_eq!(
            site_suffix(TITLE, &lines, Some(2)),
            Some((
                "الوزير يفتتح مدرسة جديدة في المدينة",
                "صدى الوادي".to_string()
            ))
        );
        // The title's own line is not the second sign.
        let lines = page(&[TITLE, "افتتح الوزير اليوم مدرسة."]);
        assert_eq!(site_suffix(TITLE, &lines, Some(0)), None);
    }

    #[test]
    fn a_word_for_the_kind_of_site_or_latin_letters_confirm_the_suffix() {
        let lines = page(&["افتتح الوزير اليوم مدرسة."]);
        let t = "الوزير يفتتح مدرسة جديدة | صحيفة صدى الوادي";
        assert_eq!(
            site_suffix(t, &lines, None).map(|(_, o)| o),
            Some("صحيفة صدى الوادي".to_string())
        );
        let t = "الوزير يفتتح مدرسة جديدة - Wadi Echo";
        assert_eq!(
            site_suffix(t, &lines, None),
            Some(("الوزير يفتتح مدرسة جديدة", "Wadi Echo".to_string()))
        );
    }

    #[test]
    fn a_headline_clause_a_place_or_a_person_after_the_dash_is_no_site() {
        // Words of the headline's own, unconfirmed.
        let lines = page(&["افتتح الوزير اليوم مدرسة."]);
        assert_eq!(
            site_suffix("الوزير يفتتح مدرسة جديدة - صدى الوادي", &lines, None),
            None
        );
        // A place, a person, a section or a date, even printed on a line of their own.
        for tail in ["غزة", "محمد العلي", "متابعات", "فيديو", "15 مارس 2026"]
        {
            let t = format!("الوزير يفتتح مدرسة جديدة - {tail}");
            let lines = page(&[tail, "افتتح الوزير اليوم مدرسة."]);
            assert_eq!(site_suffix(&t, &lines, None), None, "{tail}");
        }
        // A section named in the page's menu.
        let t = "الوزير يفتتح مدرسة جديدة - أخبار محلية";
        let lines = page(&[
            "الرئيسية",
            "أخبار محلية",
            "تقارير",
            t,
            "افتتح الوزير مدرسة.",
        ]);
        assert_eq!(site_suffix(t, &lines, Some(3)), None);
        // A pair around a dash, and a sentence after it.
        let lines = page(&["السودان", "صدى الوادي: مباراة حاسمة"]);
        assert_eq!(site_suffix("مصر - السودان", &lines, None), None);
        assert_eq!(
            site_suffix(
                "الوزير يفتتح مدرسة - صدى الوادي: مباراة حاسمة",
                &lines,
                None
            ),
            None
        );
    }

    /// A whole page pasted with its masthead: the unlisted site is the outlet, the headline
    /// loses its name, and the name is furniture, not a headline word (nor a place).
    #[test]
    fn a_pasted_page_names_its_unlisted_outlet() {
        use super::super::ParagraphKind;
        use super::super::assemble::{Given, assemble};
        let texts = [
            "صدى الوادي",
            "الرئيسية",
            "أخبار محلية",
            "تقارير",
            TITLE,
            "افتتح الوزير اليوم مدرسة جديدة في المدينة بحضور عدد من المسؤولين والأهالي.",
            "وقال الوزير إن المدرسة تتسع لخمسمئة طالب وتضم مختبرات حديثة ومكتبة كبيرة.",
        ]
        .map(str::to_string)
        .to_vec();
        let a = assemble(String::new(), "a.txt".into(), texts, &[], Given::default());
        assert_eq!(a.outlet, "صدى الوادي");
        assert_eq!(a.title, "الوزير يفتتح مدرسة جديدة في المدينة");
        let kinds: Vec<(&str, ParagraphKind)> = a
            .paragraphs
            .iter()
            .map(|p| (p.text.as_str(), p.kind))
            .collect();
        assert!(kinds.contains(&(a.title.as_str(), ParagraphKind::Title)));
        assert_eq!(kinds.len(), 7, "one paragraph a line");
        assert!(kinds.contains(&("صدى الوادي", ParagraphKind::Boilerplate)));
    }
}
