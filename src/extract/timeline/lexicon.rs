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

/// Nouns counted by a number before them (`2500 جندي`, `1500 دولار`): a number they follow
/// is a count, not a year.
const COUNTED_NOUNS: &[&str] = &[
    "جندي",
    "شخص",
    "قتيل",
    "جريح",
    "مصاب",
    "دولار",
    "يورو",
    "جنيه",
    "ريال",
    "درهم",
    "دينار",
    "ليره",
    "طن",
    "كيلو",
    "كيلومتر",
    "كلم",
    "كم",
    "متر",
    "ميغاوات",
    "برميل",
    "منزل",
    "وحده",
    "مسكن",
    "طالب",
    "عامل",
    "موظف",
    "مقاتل",
    "عنصر",
    "لاجئ",
    "نازح",
    "اسير",
    "معتقل",
    "سجين",
    "صاروخ",
    "طائره",
    "سياره",
    "مشروع",
    "مدرسه",
    "حاله",
    "اصابه",
    "وفاه",
    "نسمه",
    "ناخب",
    "صوت",
    "مرشح",
    "مقعد",
    "نقطه",
    "هدف",
    "دقيقه",
    "ساعه",
    "يوم",
    "شهر",
    "صفحه",
    "كتاب",
    "فرد",
    "عائله",
    "اسره",
    "طفل",
    "امراه",
    "رجل",
    "مواطن",
    "مستوطن",
    "مليون",
    "مليار",
    "الف",
    "بالمئه",
    "بالمائه",
    "درجه",
    "موقع",
    "قطعه",
    "سهم",
    "متر",
    "هكتار",
    "دونم",
    "فدان",
    "منشاه",
    "شركه",
    "عضو",
    "مشارك",
    "زائر",
    "حاج",
    "معتمر",
    "جنيها",
    "دولارا",
    "ريالا",
    "درهما",
    "دينارا",
    "غاره",
    "هجوم",
    "ضربه",
    "قذيفه",
    "انفجار",
    "عمليه",
    "مخالفه",
    "جريمه",
    "حادث",
    "طلب",
    "شاحنه",
    "مساعده",
    "سله",
    "وظيفه",
    "فرصه",
    "سرير",
    "صنف",
    "نوع",
];

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

/// Nouns of a scheduled happening: `مباراة اليوم`, `مباريات الغد` are today's, tomorrow's.
pub(super) const EVENT_NOUNS: &[&str] = &[
    "مباراه",
    "مباريات",
    "لقاء",
    "لقاءات",
    "اجتماع",
    "جلسه",
    "مواجهه",
    "مواجهات",
    "قمه",
    "حفل",
    "الصادر",
    "الصادره",
    "عدد",
    "اعتبارا",
    "ابتداء",
];

/// Verbs of a happening, without their imperfect prefix (ي ت ن): `يصل` → `صل`, `تعقد` →
/// `عقد`. With [`PAST_EVENT_VERBS`] they make a bare `اليوم` in their clause today.
const EVENT_STEMS: &[&str] = &[
    "صل",
    "بدا",
    "لتقي",
    "زور",
    "عقد",
    "نعقد",
    "غادر",
    "لعب",
    "فتتح",
    "ختتم",
    "نطلق",
    "ستضيف",
    "ستقبل",
    "واجه",
    "حتفل",
    "جتمع",
    "قام",
    "جري",
    "دلي",
    "صوت",
    "صدر",
    "شارك",
    "توجه",
    "حل",
    "لقي",
    "بث",
    "واصل",
    "ستكمل",
    "بحث",
    "مثل",
    "نضم",
    "عود",
    "نتهي",
    "قدم",
    "فتح",
    "علن",
    "كشف",
    "وقع",
    "ناقش",
    "عرض",
    "حتضن",
    "دشن",
    "ستانف",
    "صادق",
    "ختار",
    "سلم",
    "طلق",
    "نظم",
    "زار",
];

/// Past verbs of a happening and of reporting (`أعلن اليوم`, `وصلت اليوم`).
const PAST_EVENT_VERBS: &[&str] = &[
    "وصل",
    "بدا",
    "التقي",
    "زار",
    "عقد",
    "انعقد",
    "غادر",
    "افتتح",
    "اختتم",
    "انطلق",
    "استضاف",
    "احتفل",
    "اجتمع",
    "اعلن",
    "قال",
    "ذكر",
    "اكد",
    "افاد",
    "صرح",
    "نشر",
    "كشف",
    "قرر",
    "عثر",
    "وقع",
    "اصدر",
    "شهد",
    "تسلم",
    "استقبل",
    "بحث",
    "ناقش",
    "توجه",
    "حل",
    "صدر",
    "جرت",
    "جري",
    "اقيم",
    "اعتقل",
    "قتل",
    "اصيب",
    "اطلق",
    "دعا",
    "طالب",
    "نفي",
    "اوضح",
    "اضاف",
    "اشار",
    "ابلغ",
    "اعتبر",
    "حذر",
    "شدد",
    "رحب",
    "ادان",
    "وافق",
    "رفض",
    "تبني",
    "صادق",
    "سلم",
    "عاد",
];

/// Is `w` (normalized, with its proclitics) a verb of a happening ([`EVENT_STEMS`],
/// [`PAST_EVENT_VERBS`], feminine or plural)?
pub fn event_verb(w: &str) -> bool {
    let w = w
        .strip_prefix(['و', 'ف'])
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(w);
    let past = |v: &str| {
        PAST_EVENT_VERBS.contains(&v)
            || ["ت", "وا", "ا"].iter().any(|s| {
                v.strip_suffix(s)
                    .is_some_and(|r| PAST_EVENT_VERBS.contains(&r))
            })
    };
    if past(w) {
        return true;
    }
    let w = w
        .strip_prefix('س')
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(w);
    let Some(stem) = w.strip_prefix(['ي', 'ت', 'ن']) else {
        return false;
    };
    let stem = stem.strip_suffix("ون").unwrap_or(stem);
    EVENT_STEMS.contains(&stem)
}

/// Words before `اليوم` that make it a noun, not "today": until (`حتى اليوم`), generic nouns
/// in a genitive (`شباب اليوم`), and names that outlets put before it (`المصري اليوم`,
/// `بغداد اليوم`, `وطنا اليوم`, `نجران اليوم`).
pub(super) const NOT_TODAY_BEFORE: &[&str] = &[
    "حتي",
    "الي",
    "لغايه",
    "شباب",
    "عالم",
    "جيل",
    "اجيال",
    "انسان",
    "مجتمع",
    "واقع",
    "اطفال",
    "نساء",
    "عرب",
    "قضايا",
    "اخبار",
    "صحيفه",
    "جريده",
    "موقع",
    "المصري",
    "وطنا",
    "مصر",
    "بغداد",
    "المغرب",
    "الجزائر",
    "تونس",
    "ليبيا",
    "السودان",
    "اليمن",
    "عمان",
    "الخليج",
    "الاردن",
    "فلسطين",
    "لبنان",
    "سوريا",
    "العراق",
    "الكويت",
    "قطر",
    "البحرين",
    "الامارات",
    "السعوديه",
    "الرياض",
    "دبي",
    "القدس",
    "غزه",
    "بيروت",
    "دمشق",
    "القاهره",
    "الشرق",
    "العالم",
    "روسيا",
    "تركيا",
    "ايران",
    "اوروبا",
    "امريكا",
    "اميركا",
    "الصين",
    "نجران",
    "عدن",
    "صنعاء",
    "العرب",
    "الامه",
    "مسلمي",
    "مدن",
    "المدينه",
    "اسواق",
    "سوق",
    "صحف",
    "الانسان",
    "المراه",
    "المجتمع",
    "الجيل",
    "الشباب",
    "التلفزيون",
    "راديو",
    "قناه",
    "هنا",
    "ذلك",
    "تلك",
    "نفس",
    "ذات",
    "مثل",
];

/// Words after `اليوم` that make it another day or a name: `اليوم التالي`, `اليوم السابع`
/// (a newspaper), `اليوم الوطني`, `اليوم الأول من`.
pub(super) const NOT_TODAY_AFTER: &[&str] = &[
    "التالي",
    "السابق",
    "نفسه",
    "ذاته",
    "الوطني",
    "العالمي",
    "الدولي",
    "السابع",
    "الاول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "الثامن",
    "التاسع",
    "العاشر",
    "الاخير",
    "الموعود",
    "المشهود",
    "الاسود",
    "الذي",
    "التي",
    "ذلك",
    "والغد",
    "والامس",
];

/// Is `w` a noun a number before it counts?
pub fn counted_noun(w: &str) -> bool {
    COUNTED_NOUNS.contains(&w)
}

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
        | "المنقضيه" => Some(Cue::Past),
        "المقبل" | "المقبله" | "القادم" | "القادمه" => Some(Cue::Next),
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
        assert!(counted_noun("جندي") && !counted_noun("الماضي"));
    }
}
