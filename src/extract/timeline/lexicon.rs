//! Words of Arabic date expressions (normalized spellings): weekdays, ordinal days, counts,
//! units, tense cues. Month names come from assets/months_ar.tsv via `crate::calendar`.

/// Weekday names, Monday = 0 (chrono's numbering from Monday).
pub const WEEKDAYS: &[(&str, u32)] = &[
    ("الاثنين", 0),
    ("الثلاثاء", 1),
    ("الاربعاء", 2),
    ("الخميس", 3),
    ("الجمعه", 4),
    ("السبت", 5),
    ("الاحد", 6),
];

pub fn weekday(w: &str) -> Option<u32> {
    let w = w
        .strip_prefix('و')
        .filter(|r| r.starts_with("ال"))
        .unwrap_or(w);
    WEEKDAYS.iter().find(|(n, _)| *n == w).map(|(_, d)| *d)
}

/// Ordinal day words (masculine, definite) 1–10; tens follow the rule in [`ordinal_day`].
/// Words that put a clause in the future (normalized): `سوف`, `المقرر`/`مقرر` (`من المقرر`),
/// `المرتقب`, `المنتظر`, `يعتزم`, `تعتزم`, `من المتوقع`, `يتوقع` (forecasts).
pub(super) const FUTURE_WORDS: &[&str] = &[
    "سوف",
    "المقرر",
    "مقرر",
    "المرتقب",
    "مرتقب",
    "المنتظر",
    "المتوقع",
    "متوقع",
    "متوقعه",
    "المتوقعه",
    "يتوقع",
    "تتوقع",
    "يرتقب",
    "ترتقب",
    "توقعات",
    "يعتزم",
    "تعتزم",
    "يزمع",
    "تزمع",
];

/// A verb with the future prefix سـ: سـ + an imperfect prefix (ي ت ن ا) + at least two more
/// letters (`سيصدر`, `ستعقد`, `سنعمل`). Words that merely start so (`سياسة`, `ستة`, `سنة`) are
/// mostly too short or listed as nouns below.
pub(super) fn future_verb(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next() == Some('س')
        && matches!(cs.next(), Some('ي' | 'ت' | 'ن'))
        && cs.clone().count() >= 2
        && !NOT_FUTURE.iter().any(|n| w.starts_with(n))
}

/// Common words that look like سـ + imperfect but are nouns or adjectives.
const NOT_FUTURE: &[&str] = &[
    "سياس",
    "سيار",
    "سيطر",
    "سيد",
    "سيناء",
    "سينا",
    "سيول",
    "سيف",
    "سير",
    "سيده",
    "ستين",
    "ستون",
    "ستار",
    "ستوكهولم",
    "سنوات",
    "سنوي",
    "سنه",
    "سنين",
    "سنغافوره",
    "سنغال",
    "سنت",
    "سيبيري",
    "سيريلانك",
];

/// The ordinals `الأول` … `العاشر` (shared with the entity rules, where they are regnal).
pub(super) use crate::extract::ORDINALS;

/// `الرابع` → 4, `الحادي عشر` → 11, `الحادي والعشرين` → 21, `الثلاثين` → 30: returns the day
/// and how many words it took.
pub fn ordinal_day(words: &[&str]) -> Option<(u32, usize)> {
    let first = *words.first()?;
    let unit = if first == "الحادي" {
        Some(1)
    } else {
        ORDINALS
            .iter()
            .position(|o| *o == first)
            .map(|p| p as u32 + 1)
    };
    match (unit, words.get(1).copied()) {
        (Some(u), Some("عشر")) if u <= 9 => Some((10 + u, 2)),
        (Some(u), Some("والعشرين")) if u <= 9 => Some((20 + u, 2)),
        (Some(1), Some("والثلاثين")) => Some((31, 2)),
        (Some(u), _) if first != "الحادي" => Some((u, 1)),
        _ => match first {
            "العشرين" => Some((20, 1)),
            "الثلاثين" => Some((30, 1)),
            _ => None,
        },
    }
}

/// Approximations between `قبل`/`بعد`/`منذ` and a count: `قبل أكثر من عام`.
pub(super) const APPROXIMATIONS: &[&str] = &[
    "اكثر من",
    "اقل من",
    "ما يزيد علي",
    "ما يزيد عن",
    "ما يقارب",
    "ما لا يقل عن",
    "نحو",
    "حوالي",
    "قرابه",
    "زهاء",
    "قرابة",
];

/// A time unit, possibly with its dual meaning the count (`يومين` = 2 days).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// `يوم`/`أيام` → (Day, None); `يومين` → (Day, Some(2)); `عام`/`سنة` → Year …
pub fn unit(w: &str) -> Option<(Unit, Option<i64>)> {
    let w = w
        .strip_prefix('ب')
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(w);
    Some(match w {
        "يوم" | "ايام" | "يوما" => (Unit::Day, None),
        "يومين" | "يومان" => (Unit::Day, Some(2)),
        "اسبوع" | "اسابيع" | "اسبوعا" => (Unit::Week, None),
        "اسبوعين" => (Unit::Week, Some(2)),
        "شهر" | "اشهر" | "شهور" | "شهرا" => (Unit::Month, None),
        "شهرين" => (Unit::Month, Some(2)),
        "عام" | "اعوام" | "سنه" | "سنوات" | "سنين" | "عاما" | "اعواما" => {
            (Unit::Year, None)
        }
        "عامين" | "سنتين" => (Unit::Year, Some(2)),
        _ => return None,
    })
}

/// Tense cue after a month or a unit: the past, the next, or the current one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    Past,
    Next,
    Current,
}

pub fn cue(w: &str) -> Option<Cue> {
    match w {
        "الماضي" | "الماضيه" | "المنصرم" | "المنصرمه" | "السابق" | "الفائت" | "المنقضي"
        | "المنقضيه" | "الماضيين" | "الماضيتين" => Some(Cue::Past),
        // Dual and plural forms agree with two days or months (`يونيو ويوليو المقبلين`).
        "المقبل" | "المقبله" | "القادم" | "القادمه" | "المقبلين" | "المقبلتين" | "القادمين"
        | "القادمتين" => Some(Cue::Next),
        "الجاري" | "الحالي" | "الحاليه" => Some(Cue::Current),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals() {
        assert_eq!(ordinal_day(&["الرابع", "من"]), Some((4, 1)));
        assert_eq!(ordinal_day(&["الحادي", "عشر"]), Some((11, 2)));
        assert_eq!(ordinal_day(&["التاسع", "والعشرين"]), Some((29, 2)));
        assert_eq!(ordinal_day(&["الحادي", "والثلاثين"]), Some((31, 2)));
        assert_eq!(ordinal_day(&["الثلاثين"]), Some((30, 1)));
        assert_eq!(ordinal_day(&["الحادي"]), None);
        assert_eq!(ordinal_day(&["الرئيس"]), None);
    }

    #[test]
    fn units_and_cues() {
        assert_eq!(unit("بيومين"), Some((Unit::Day, Some(2))));
        assert_eq!(unit("سنوات"), Some((Unit::Year, None)));
        assert_eq!(cue("الماضي"), Some(Cue::Past));
        assert_eq!(weekday("الجمعه"), Some(4));
    }
}
