//! Word lists of the date grammar that are data rather than rules, from
//! `assets/timeline_words.tsv`: counted nouns (a number before them is no year), and the words
//! that decide whether a bare `اليوم` is today (event nouns and verbs) or a noun (`شباب اليوم`,
//! `اليوم التالي`). Loaded once into sets.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// The lists, by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum List {
    /// `2500 جندي`: nouns a number before them counts.
    Counted,
    /// `مباراة اليوم`: nouns of a scheduled happening.
    EventNoun,
    /// `يصل` → `صل`: verbs of a happening without their imperfect prefix.
    EventStem,
    /// `أعلن`, `وصل`: past verbs of a happening or of reporting.
    EventPast,
    /// `شباب اليوم`, `حتى اليوم`: words before `اليوم` that make it a noun.
    NotTodayBefore,
    /// `اليوم التالي`: words after `اليوم` that make it another day or a name.
    NotTodayAfter,
    /// `مونديال 2022`, `حرب 1973`: nouns that name a happening by its year.
    EventName,
    /// `الربع الأول` of a game: words of sport that keep a bare quarter or half from being
    /// part of a year.
    Game,
    /// `للسنة المالية 2026`: kinds of year written between a year word and its number.
    YearKind,
    /// `السلطه`, `السجن`, `منصبه`: states one is in for a span — `بعد ست سنوات في السلطة` is
    /// how long, not when.
    State,
    /// `يطرأ`, `تشهد`, `تكون`: imperfect verbs that, in news, read as what is to come (a
    /// forecast, a schedule) and point a bare weekday ahead.
    ForecastVerb,
    /// `القاده`, `الاسري`: definite broken plurals after which `الاثنين` is "the two".
    Plural,
    /// `المبارك`, `الحرام`: words of honour after a Hijri month (`رمضان المبارك 1445`).
    HijriEpithet,
}

const TSV: &str = include_str!("../../../assets/timeline_words.tsv");

fn lists() -> &'static HashMap<List, HashSet<&'static str>> {
    static LISTS: OnceLock<HashMap<List, HashSet<&'static str>>> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut out: HashMap<List, HashSet<&'static str>> = HashMap::new();
        for line in TSV.lines().filter(|l| !l.starts_with('#')) {
            let Some((name, word)) = line.split_once('\t') else {
                continue;
            };
            let list = match name {
                "counted" => List::Counted,
                "event-noun" => List::EventNoun,
                "event-stem" => List::EventStem,
                "event-past" => List::EventPast,
                "not-today-before" => List::NotTodayBefore,
                "not-today-after" => List::NotTodayAfter,
                "event-name" => List::EventName,
                "game" => List::Game,
                "year-kind" => List::YearKind,
                "forecast-verb" => List::ForecastVerb,
                "state" => List::State,
                "plural" => List::Plural,
                "hijri-epithet" => List::HijriEpithet,
                _ => continue,
            };
            out.entry(list).or_default().insert(word.trim());
        }
        out
    })
}

/// Is `w` in `list`?
pub fn is(list: List, w: &str) -> bool {
    lists().get(&list).is_some_and(|s| s.contains(w))
}

/// The tense of a verb of a happening.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    /// Imperfect (`يصل`, `ستعقد`): in news, what is under way or scheduled.
    Imperfect,
}

/// Is `w` (normalized, with its proclitics) a verb of a happening, and in which tense: a past
/// one (feminine or plural: `أعلنت`, `وصلوا`) or an imperfect one (`يصل`, `ستعقد`, `يلتقون`)?
pub fn event_tense(w: &str) -> Option<Tense> {
    // و and ف may be a conjunction or the verb's own first letter (`وصل`).
    let bare = w
        .strip_prefix(['و', 'ف'])
        .filter(|r| r.chars().count() >= 3);
    verb_form(w).or_else(|| bare.and_then(verb_form))
}

/// [`event_tense`] for a word without a conjunction.
fn verb_form(w: &str) -> Option<Tense> {
    let past = |v: &str| {
        is(List::EventPast, v)
            || ["ت", "وا", "ا"]
                .iter()
                .any(|s| v.strip_suffix(s).is_some_and(|r| is(List::EventPast, r)))
    };
    if past(w) {
        return Some(Tense::Past);
    }
    let w = w
        .strip_prefix('س')
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(w);
    let stem = w.strip_prefix(['ي', 'ت', 'ن'])?;
    let known = match stem.strip_suffix("ون") {
        // `يلتقون`: a stem ending in ي loses it before the plural ending.
        Some(s) => is(List::EventStem, s) || is(List::EventStem, &format!("{s}ي")),
        None => is(List::EventStem, stem),
    };
    known.then_some(Tense::Imperfect)
}

/// A word without its conjunction و, and with a prefixed preposition folded into the article:
/// `للخامس` → `الخامس`, `بالرابع` → `الرابع`, `وأواخر` → `اواخر`.
pub(super) fn definite(w: &str) -> Cow<'_, str> {
    let w = w
        .strip_prefix('و')
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(w);
    if let Some(stem) = w.strip_prefix("لل").filter(|r| r.chars().count() >= 3) {
        // `لل` is `ل` + `ال` with the alef elided.
        return Cow::Owned(format!("ال{stem}"));
    }
    Cow::Borrowed(
        w.strip_prefix('ب')
            .or_else(|| w.strip_prefix('ك'))
            .filter(|r| r.starts_with("ال"))
            .unwrap_or(w),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_loaded() {
        assert!(is(List::Counted, "جندي") && !is(List::Counted, "الماضي"));
        assert!(is(List::EventNoun, "مباراه"));
        assert!(is(List::NotTodayBefore, "حتي"));
        assert!(is(List::NotTodayAfter, "التالي"));
        assert!(is(List::EventName, "مونديال") && is(List::Game, "المباراه"));
        for v in ["يصل", "ستعقد", "أعلنت", "وصلوا", "يلتقون", "سيلتقي"]
        {
            assert!(
                event_tense(&crate::text::normalize(v).text).is_some(),
                "{v}"
            );
        }
        for w in ["يعاني", "أصبحت", "سياسة", "الرئيس"] {
            assert!(
                event_tense(&crate::text::normalize(w).text).is_none(),
                "{w}"
            );
        }
    }
}
