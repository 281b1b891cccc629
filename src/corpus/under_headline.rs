//! The weakest outlet signal in pasted text: an outlet's name on its own short line right
//! under the headline (`الشرق نيوز`, `وكالة سوا الإخبارية`), then the body. Taken only when no
//! banner, dateline, source line, copyright line, domain or file name names the outlet, and
//! only past guards against the other short lines that sit there on news pages: a date or
//! time, a section label or menu, a byline, a sentence, a place name alone, a person's name.

use super::dates::date_in;
use super::lines::Line;
use super::markers::{is_section_label, outlet_of};
use super::meta::display;
use crate::lexicon::{is_listed_place, opens_with_given_name};
use crate::text::normalize;

/// Words an outlet's name under a headline may have (`وكالة سوا الإخبارية` is three).
const NAME_WORDS: usize = 4;

/// Words the line after the name must have: the body starts there. A short line there too
/// makes the name one of a run of short lines — a menu or section labels.
const BODY_WORDS: usize = 6;

/// Normalized words that open a byline (`كتب: …`, `بقلم …`, `By …`).
const BYLINE_OPENERS: &[&str] = &[
    "كتب",
    "كتبت",
    "بقلم",
    "اعداد",
    "تحرير",
    "مراسل",
    "مراسلنا",
    "by",
];

/// A known outlet of assets/outlets.tsv named alone on a line right under the headline at
/// `title` (or under the date line there): the outlet, even when its name is one everyday
/// word (`اليوم`, `المدينة`, `سبق`) that elsewhere in the text is no sign at all.
pub fn known_under(lines: &[Line], title: usize) -> Option<&'static str> {
    lines
        .iter()
        .skip(title + 1)
        .take(2)
        .take_while(|l| l.words.len() <= NAME_WORDS && !l.sentence_end)
        .find_map(|l| outlet_of(&l.text, false))
}

/// Lines above the headline where a pasted page's masthead may stand (skip links, a menu).
const MASTHEAD_LINES: usize = 15;

/// A known outlet of assets/outlets.tsv named alone on a line above the headline at `title`
/// (the page's masthead or logo, copied with the menu around it: `القائمة / بحث / اليوم
/// السابع / أخبار عاجلة`): the topmost such line — a logo comes before the menu, and a menu
/// may link a sister site lower down. Only where nothing else names the outlet.
pub fn known_above(lines: &[Line], title: usize) -> Option<&'static str> {
    lines
        .get(title.saturating_sub(MASTHEAD_LINES)..title)?
        .iter()
        .filter(|l| l.words.len() <= NAME_WORDS && !l.sentence_end)
        .find_map(|l| outlet_of(&l.text, false))
}

/// Whether `line`, under the headline, names `outlet` alone: the outlet's signature line.
pub fn names_outlet(line: &Line, outlet: &str) -> bool {
    let t = line.text.trim();
    line.words.len() <= NAME_WORDS
        && !line.sentence_end
        && (t == outlet || outlet_of(t, false) == Some(outlet) || display(t) == outlet)
}

/// The outlet named on the line right under the headline at `title`, if that line is shaped
/// like an outlet's name and nothing around it says it is something else.
pub fn under_headline(lines: &[Line], title: usize) -> Option<String> {
    let line = lines.get(title + 1)?;
    // The body starts on the next line, or after a date line of its own (`الأحد 15 مارس 2026`).
    let mut next = lines.get(title + 2)?;
    if next.words.len() < BODY_WORDS && date_in(&next.text).is_some() {
        next = lines.get(title + 3)?;
    }
    if next.words.len() < BODY_WORDS {
        return None;
    }
    if let Some(name) = beside_a_label(line.text.trim()) {
        return Some(display(name));
    }
    let t = line.text.trim();
    let words = line.words.len();
    // A name, not a sentence or a label: two to four words, no final punctuation, no colon
    // (`كتب:`, `المصدر:`, `12:30`), no dash (a name beside a place, a date or a section label
    // is [`beside_a_label`]'s).
    let name_shaped = (2..=NAME_WORDS).contains(&words)
        && !line.sentence_end
        && !line.question
        && !t.ends_with(['،', ',', '؛', ';', ':'])
        && !t.contains([':', '-', '–', '—', '|', '/'])
        && line.marker.is_none();
    let body_follows = next.words.len() >= BODY_WORDS;
    let byline = line
        .words
        .first()
        .is_some_and(|w| BYLINE_OPENERS.contains(&w.as_str()));
    let dated = date_in(t).is_some() || t.chars().any(|c| c.is_numeric());
    let not_a_name = byline
        || dated
        || is_listed_place(t)
        || opens_with_given_name(t)
        || normalize(t).text.split_whitespace().all(is_listed_place);
    (name_shaped && body_follows && !not_a_name).then(|| display(t))
}

/// Separators between an outlet's name and what sits beside it on its line.
const SEPARATORS: &[&str] = &[" - ", " – ", " — ", " | "];

/// `X - متابعات`, `المدينة - X`, `X - المدينة`, `X | الأحد 15 مارس 2026`: one side of the
/// separator is a section label, a listed place or a date, and the other is shaped like a
/// name (see [`name_part`]); the name is the outlet.
fn beside_a_label(t: &str) -> Option<&str> {
    // The separator that comes first: the name stands at one end (`X | 20 نوفمبر 2026 - 10:45 ص`
    // is X beside a date and a time, not `X | 20 نوفمبر 2026` beside a time).
    let (at, sep) = SEPARATORS
        .iter()
        .filter_map(|s| Some((t.find(s)?, s.len())))
        .min()?;
    let (a, b) = (t.get(..at)?, t.get(at + sep..)?);
    let (a, b) = (a.trim(), b.trim());
    let label = |p: &str| {
        is_section_label(p)
            || is_listed_place(p)
            || date_in(p).is_some()
            || !p.chars().any(char::is_alphabetic)
    };
    match (label(a), label(b)) {
        (true, false) => name_part(b),
        (false, true) => name_part(a),
        _ => None,
    }
}

/// Two to four words (a number among them: `الرصيف 24`) or a known outlet's one, no
/// punctuation, not a byline, a person's name, a place or a date.
fn name_part(p: &str) -> Option<&str> {
    let words: Vec<&str> = p.split_whitespace().collect();
    let first = normalize(words.first()?).text;
    // One word only when it is a known outlet's name (`رويترز`): a single word is as often a
    // section label or a name.
    let known = words.len() == 1 && outlet_of(p, false).is_some();
    let shaped = ((2..=NAME_WORDS).contains(&words.len()) || known)
        && date_in(p).is_none()
        && !p.chars().any(|c| ":،,.؟?!()[]/".contains(c));
    let not_a_name = BYLINE_OPENERS.contains(&first.as_str())
        || is_listed_place(p)
        || opens_with_given_name(p)
        || is_section_label(p);
    (shaped && !not_a_name).then_some(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADLINE: &str = "الحكومة تعلن خطة جديدة لإصلاح قطاع الكهرباء في البلاد";
    const BODY: &str = "أعلنت الحكومة اليوم عن خطة شاملة لإصلاح قطاع الكهرباء تمتد خمس سنوات.";

    /// The outlet found under the headline of headline / `second` / body.
    fn found(second: &str) -> Option<String> {
        let lines: Vec<Line> = [HEADLINE, second, BODY].map(Line::new).to_vec();
        under_headline(&lines, 0)
    }

    #[test]
    fn an_unknown_outlet_under_the_headline() {
        assert_eq!(found("الشرق نيوز").as_deref(), Some("الشرق نيوز"));
        assert_eq!(
            found("وكالة سوا الإخبارية").as_deref(),
            Some("وكالة سوا الإخبارية")
        );
    }

    #[test]
    fn a_date_or_time_line_is_not_an_outlet() {
        assert_eq!(found("12 مارس 2024"), None);
        assert_eq!(found("الأحد 12:30 م"), None);
        assert_eq!(found("منذ 3 ساعات"), None);
    }

    #[test]
    fn a_menu_is_not_an_outlet() {
        // The line after is short too: a run of short lines (section labels, a menu).
        let lines: Vec<Line> = [HEADLINE, "أخبار محلية", "رياضة عربية", BODY]
            .map(Line::new)
            .to_vec();
        assert_eq!(under_headline(&lines, 0), None);
        // Nothing after it: not a line between a headline and a body.
        let lines: Vec<Line> = [HEADLINE, "الشرق نيوز"].map(Line::new).to_vec();
        assert_eq!(under_headline(&lines, 0), None);
        // One word alone is a section label (`سياسة`, `عاجل`).
        assert_eq!(found("سياسة"), None);
    }

    #[test]
    fn a_byline_is_not_an_outlet() {
        assert_eq!(found("كتب: أحمد سالم"), None);
        assert_eq!(found("بقلم سامي حداد"), None);
        assert_eq!(found("كتبت هدى الزين"), None);
        // A person's name: the gazetteer's given names are what turns it away.
        assert!(opens_with_given_name("محمد عبد الله"));
        assert_eq!(found("محمد عبد الله"), None);
        // A name with a place beside it is an outlet's signature line (`X - بغداد`) unless
        // the name is a person's: a reporter's byline.
        assert_eq!(found("الشرق نيوز - بغداد").as_deref(), Some("الشرق نيوز"));
        assert_eq!(found("أحمد سالم - بغداد"), None);
    }

    #[test]
    fn a_sentence_is_not_an_outlet() {
        assert_eq!(found("الحكومة ترد على المعارضة بقوة"), None);
        assert_eq!(found("الشرق نيوز تنفرد."), None);
        assert_eq!(found("ماذا يحدث الآن؟"), None);
        assert_eq!(found("الشرق نيوز،"), None);
    }

    #[test]
    fn an_outlet_beside_a_section_place_or_date() {
        assert_eq!(found("نبض الخبر - متابعات").as_deref(), Some("نبض الخبر"));
        assert_eq!(found("دمشق - الرصيف 24").as_deref(), Some("الرصيف 24"));
        // A date line of its own between the name and the body.
        let lines: Vec<Line> = [HEADLINE, "نبض الخبر - اقتصاد", "الأحد 15 مارس 2026", BODY]
            .map(Line::new)
            .to_vec();
        assert_eq!(under_headline(&lines, 0).as_deref(), Some("نبض الخبر"));
        assert_eq!(found("الأفق اليوم - رياضة").as_deref(), Some("الأفق اليوم"));
        assert_eq!(found("دمشق - الأفق اليوم").as_deref(), Some("الأفق اليوم"));
        assert_eq!(
            found("صحيفة الرأي الجديد - دمشق").as_deref(),
            Some("صحيفة الرأي الجديد")
        );
        assert_eq!(
            found("بوابة المساء | الأحد 15 مارس 2026").as_deref(),
            Some("بوابة المساء")
        );
        // A time after the date, with a separator of its own.
        assert_eq!(
            found("أخبار المدينة 24 | 20 نوفمبر 2026 - 10:45 ص").as_deref(),
            Some("أخبار المدينة 24")
        );
    }

    #[test]
    fn beside_a_label_a_byline_person_or_label_is_not_an_outlet() {
        // Both sides labels, or the other side a byline or a person's name.
        assert_eq!(found("سياسة - اقتصاد"), None);
        assert_eq!(found("كتب أحمد سالم - بغداد"), None);
        assert_eq!(found("محمد عبد الله - دمشق"), None);
        assert_eq!(found("دمشق - بغداد"), None);
        // One word beside a label is a section or a city, not a name to trust — unless it
        // is a known outlet's name.
        assert_eq!(found("دمشق - عاجل"), None);
        assert_eq!(found("دمشق - رويترز").as_deref(), Some("رويترز"));
        // Neither side a label: a headline-like phrase with a dash stays unread.
        assert_eq!(found("الحكومة والمعارضة - جولة جديدة"), None);
    }

    #[test]
    fn a_place_alone_is_not_an_outlet() {
        // The gazetteer's places are what turns these away: they are name-shaped otherwise.
        assert!(is_listed_place("قطاع غزة") && is_listed_place("دمشق"));
        assert_eq!(found("قطاع غزة"), None);
        assert_eq!(found("بغداد"), None);
        assert_eq!(found("بغداد دمشق"), None);
    }
}
