//! Periods longer than a month: seasons (`صيف 1947`, `الشتاء الماضي`, `فصل الخريف`), halves
//! and quarters of a year (`النصف الثاني من العام`, `الربع الأول من 2019`), decades
//! (`السبعينيات`, `خمسينيات القرن العشرين`) and centuries (`القرن التاسع عشر`, `القرن الماضي`,
//! `القرن الـ19`); and `هذا`/`هذه` with a period word (`هذا العام`, `هذا الصيف`).
//! A part of a period before it (`أواخر`, `منتصف`, `نهاية`) is kept in the expression but
//! not in the value: `أواخر القرن التاسع عشر` is the nineteenth century.

use super::grammar::{Expr, Parser, definite, is_year_definite, strong_year};
use super::lexicon::{Cue, ORDINALS, Unit, cue};
use super::words::{List, is};

/// Which century a decade or a century expression names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CenturyOf {
    /// Not said: the last one in which the decade was over before the reference's decade.
    Unsaid,
    /// Its first two digits (`القرن التاسع عشر` → 18).
    Digits(i32),
    /// Counted from the reference: `القرن الماضي`, `القرن الحالي`.
    Cue(Cue),
}

/// Season words (definite, normalized): spring, summer, autumn, winter.
pub(super) const SEASONS: &[&str] = &["الربيع", "الصيف", "الخريف", "الشتاء"];

/// Words before a period that name a part of it: `أواخر القرن`, `منتصف الستينيات`.
pub(super) const PART_WORDS: &[&str] = &[
    "مطلع",
    "بدايه",
    "بدايات",
    "نهايه",
    "نهايات",
    "اواخر",
    "اوائل",
    "اواسط",
    "منتصف",
    "خلال",
    "ذروه",
];

/// The stems of decade words, from the twenties: `عشرينيات` … `تسعينيات`.
pub(super) const DECADE_STEMS: &[&str] = &[
    "عشرين",
    "ثلاثين",
    "اربعين",
    "خمسين",
    "ستين",
    "سبعين",
    "ثمانين",
    "تسعين",
];

/// Decade words without their article: tens digit of `ستينيات`/`ستينات` (the sixties).
fn decade_word(w: &str) -> Option<i32> {
    let w = definite(w);
    let w = w.strip_prefix("ال").unwrap_or(&w);
    let stem = w.strip_suffix("يات").or_else(|| w.strip_suffix("ات"))?;
    DECADE_STEMS
        .iter()
        .position(|s| *s == stem)
        .map(|k| k as i32 + 2)
}

/// A season word, with or without the article (`صيف`, `الصيف`, `وللشتاء`): its index and
/// whether it was definite.
fn season_word(w: &str) -> Option<(u8, bool)> {
    let d = definite(w);
    if let Some(k) = SEASONS.iter().position(|s| *s == d) {
        return Some((k as u8, true));
    }
    SEASONS
        .iter()
        .position(|s| s.strip_prefix("ال") == Some(d.as_ref()))
        .map(|k| (k as u8, false))
}

impl Parser<'_> {
    /// A period expression starting at token `i` (whose word is `w`), with its last token.
    pub(super) fn period(&self, i: usize, w: &str) -> Option<(Expr, usize)> {
        let d = definite(w);
        // `أواخر القرن التاسع عشر`, `نهاية الخمسينيات`, `ذروة الصيف`: the part is kept in the
        // span, the value is the whole period.
        if PART_WORDS.contains(&d.as_ref())
            && let Some(next) = self.word(i + 1)
            && let Some(r) = self.long_period(i + 1, next)
        {
            return Some(r);
        }
        // `بداية العام`, `نهاية العام الحالي`, `منتصف الشهر المقبل`: the year or month itself.
        if PART_WORDS.contains(&d.as_ref())
            && let Some(next) = self.word(i + 1)
            && self.num(i + 2).is_none()
        {
            let unit = match definite(next).as_ref() {
                "العام" | "السنه" => Some(Unit::Year),
                "الشهر" => Some(Unit::Month),
                _ => None,
            };
            if let Some(unit) = unit {
                let c = self.word(i + 2).and_then(cue);
                return Some((
                    Expr::Named {
                        unit,
                        cue: c.unwrap_or(Cue::Current),
                    },
                    i + 1 + usize::from(c.is_some()),
                ));
            }
        }
        // `هذا العام`, `هذه السنة`, `لهذا الشهر`, `هذا الأسبوع`, `هذا الصيف`, `هذا القرن`.
        if matches!(
            d.as_ref(),
            "هذا" | "هذه" | "لهذا" | "لهذه" | "بهذا" | "بهذه"
        ) && let Some(next) = self.word(i + 1)
        {
            let unit = match definite(next).as_ref() {
                "العام" | "السنه" => Some(Unit::Year),
                "الشهر" => Some(Unit::Month),
                "الاسبوع" => Some(Unit::Week),
                _ => None,
            };
            if let Some(unit) = unit {
                return Some((
                    Expr::Named {
                        unit,
                        cue: Cue::Current,
                    },
                    i + 1,
                ));
            }
            if let Some((season, true)) = season_word(next) {
                return Some((
                    Expr::Season {
                        season,
                        year: None,
                        cue: Some(Cue::Current),
                        of_year: false,
                    },
                    i + 1,
                ));
            }
            if definite(next) == "القرن" {
                return Some((Expr::Century(CenturyOf::Cue(Cue::Current)), i + 1));
            }
        }
        if let Some(r) = self.same_month(i, &d) {
            return Some(r);
        }
        // `في نفس اليوم`, `ذات اليوم`: the day last told of (an anaphor, like `اليوم التالي`).
        if matches!(d.as_ref(), "نفس" | "ذات" | "بنفس" | "بذات")
            && self.word(i + 1) == Some("اليوم")
        {
            return Some((Expr::After { days: 0 }, i + 1));
        }
        // `في مثل هذا اليوم من عام 1990`, `مثل اليوم من عام 1907`.
        if d == "مثل" {
            let k = i + 1 + usize::from(self.word(i + 1) == Some("هذا"));
            if self.word(k) == Some("اليوم")
                && let Some((year, last)) = self.year_after(k + 1)
            {
                return Some((Expr::Anniversary { year }, last));
            }
        }
        self.long_period(i, w)
    }

    /// `ذات الشهر من العام الماضي`, `نفس الشهر في العام السابق`, `الشهر نفسه من العام 2013`.
    fn same_month(&self, i: usize, d: &str) -> Option<(Expr, usize)> {
        let at = match (d, self.word(i + 1)) {
            ("ذات" | "نفس", Some(w)) if definite(w) == "الشهر" => i + 2,
            ("الشهر", Some("نفسه" | "ذاته")) => i + 2,
            _ => return None,
        };
        let at = if self.word(at) == Some("في") {
            at + 1
        } else {
            at
        };
        let (year, cue, last) = self.year_spec(at)?;
        Some((Expr::SameMonth { year, cue }, last))
    }

    /// A season, a half or quarter, a decade or a century at `i`.
    fn long_period(&self, i: usize, w: &str) -> Option<(Expr, usize)> {
        let d = definite(w);
        if let Some(tens) = decade_word(w) {
            let (century, last) = self.century_after(i + 1).unwrap_or((CenturyOf::Unsaid, i));
            // `في العشرينيات من العمر`, `في الثلاثينات من عمره`: an age, not a decade.
            let age = self.word(last + 1) == Some("من")
                && self.word(last + 2).is_some_and(|a| {
                    let a = definite(a);
                    a == "العمر" || a.starts_with("عمر") || a.starts_with("اعمار")
                });
            if age && matches!(century, CenturyOf::Unsaid) {
                return None;
            }
            return Some((Expr::Decade { tens, century }, last));
        }
        if d == "القرن" || d == "قرن" {
            let (century, last) = self.century_at(i + 1)?;
            // Hijri centuries (`القرن الرابع الهجري`) and centuries before the common era
            // (`القرن الثاني قبل الميلاد`, `القرن 17 ق.م.`) are not these.
            let era = self.word(last + 1).unwrap_or_default();
            let era_next = self.word(last + 2).unwrap_or_default();
            if matches!(era, "الهجري" | "للهجره" | "هجري" | "ه")
                || (era == "قبل" && era_next == "الميلاد")
                || (era == "ق" && self.is_punct_at(last + 2, "."))
            {
                return None;
            }
            return Some((Expr::Century(century), last));
        }
        // A season needs a year or a cue (`صيف 2024`, `الصيف الماضي`, `فصل الخريف المقبل`):
        // alone it is mostly no date (`فواكه الصيف`, `أعياد الربيع`, `أبو الربيع`, the novel
        // `السمان والخريف`, `الربيع العربي`).
        let at = if d == "فصل" { i + 1 } else { i };
        if let Some((season, _)) = self.word(at).and_then(season_word) {
            let r = self.season_tail(season, at);
            return (r.1 > at).then_some(r);
        }
        self.part_of_year(i, &d)
    }

    /// After a season word at `at`: a year (`صيف 2024`, `صيف عام 1947`), a cue
    /// (`الصيف الماضي`) or a named year (`صيف العام الماضي`); a bare definite season counts
    /// from the reference.
    fn season_tail(&self, season: u8, at: usize) -> (Expr, usize) {
        let (year, cue, of_year, last) = if let Some((y, last)) = self.year_after(at + 1) {
            (Some(y), None, false, last)
        } else if let Some(c) = self.word(at + 1).and_then(cue) {
            (None, Some(c), false, at + 1)
        } else if let Some(next) = self.word(at + 1)
            && is_year_definite(&definite(next))
            && let Some(c) = self.word(at + 2).and_then(cue)
        {
            (None, Some(c), true, at + 2)
        } else {
            (None, None, false, at)
        };
        let expr = Expr::Season {
            season,
            year,
            cue,
            of_year,
        };
        (expr, last)
    }

    /// A year number after `k`, possibly after a year word (`عام 1947`, `العام 2019`) or `من`:
    /// the year and its last token.
    fn year_after(&self, mut k: usize) -> Option<(i32, usize)> {
        if self.word(k) == Some("من") {
            k += 1;
        }
        if self.word(k).is_some_and(|w| is_year_definite(&definite(w))) {
            k += 1;
        }
        let y = self.num(k).filter(|n| strong_year(*n))?;
        let last = if matches!(self.word(k + 1), Some("م")) {
            k + 1
        } else {
            k
        };
        Some((y as i32, last))
    }

    /// Halves and quarters of a year, and its first or last months: `النصف الأول من العام`,
    /// `الربع الأخير من عام 2022`, `الأشهر الثلاثة الأولى من العام`. They need the year after
    /// them (`الربع الأول من المباراة` is a quarter of a game).
    fn part_of_year(&self, i: usize, d: &str) -> Option<(Expr, usize)> {
        let second = self.word(i + 1)?;
        let (first, count, at) = match (d, second) {
            ("النصف", "الاول") => (1, 6, i + 2),
            ("النصف", "الثاني") => (7, 6, i + 2),
            ("الربع", "الاول") => (1, 3, i + 2),
            ("الربع", "الثاني") => (4, 3, i + 2),
            ("الربع", "الثالث") => (7, 3, i + 2),
            ("الربع", "الرابع" | "الاخير") => (10, 3, i + 2),
            ("الاشهر" | "الشهور", "الثلاثه" | "السته") => {
                let count = if second == "الثلاثه" { 3 } else { 6 };
                match self.word(i + 2) {
                    Some("الاولي") => (1, count, i + 3),
                    Some("الاخيره") => (13 - count, count, i + 3),
                    _ => return None,
                }
            }
            _ => return None,
        };
        let (year, cue, last) = match self.year_spec(at) {
            Some(spec) => spec,
            None if self.bare_part_of_year(i, at) => (None, None, at - 1),
            None => return None,
        };
        Some((
            Expr::Part {
                first,
                count,
                year,
                cue,
            },
            last,
        ))
    }

    /// A quarter or half without its year (`في الربع الثالث`, `خلال النصف الأول`), whose words
    /// end before `at`: the reference's, in reports of a year's figures. Only after a
    /// preposition of time, not before `من` (`الربع الأول من المباراة`), and not in a
    /// paragraph about a game (`game` in `assets/timeline_words.tsv`).
    fn bare_part_of_year(&self, i: usize, at: usize) -> bool {
        let quarter_or_half = matches!(
            self.word(i).map(definite).as_deref(),
            Some("الربع" | "النصف")
        );
        let after_time_word = i
            .checked_sub(1)
            .and_then(|p| self.word(p))
            .is_some_and(|p| matches!(p, "في" | "خلال" | "وفي" | "وخلال" | "طيله" | "طوال"));
        let game = self
            .t
            .iter()
            .any(|t| !t.punct && is(List::Game, definite(t.text).as_ref()));
        quarter_or_half && after_time_word && self.word(at) != Some("من") && !game
    }

    /// The year a part of a year belongs to, at `k`: `من عام 2019`, `من 2019`, `2019`,
    /// `من العام` (the reference's), `من العام الجاري|الماضي|المقبل`, `من هذا العام`; a
    /// year written after the cue says which (`من العام الماضي 2023`).
    pub(super) fn year_spec(&self, k: usize) -> Option<(Option<i32>, Option<Cue>, usize)> {
        if let Some((y, last)) = self.year_after(k) {
            return Some((Some(y), None, last));
        }
        let k = if self.word(k) == Some("من") {
            k + 1
        } else {
            k
        };
        // `من هذا العام`: the reference's year.
        let (k, this) = match self.word(k) {
            Some("هذا" | "هذه") => (k + 1, true),
            _ => (k, false),
        };
        let w = definite(self.word(k)?);
        if !is_year_definite(&w) || !(w.starts_with("ال") || this) {
            return None;
        }
        let (c, last) = match self.word(k + 1).and_then(cue) {
            Some(c) => (Some(c), k + 1),
            None if this => (Some(Cue::Current), k),
            None => (None, k),
        };
        match self.num(last + 1).filter(|n| strong_year(*n)) {
            Some(y) => Some((Some(y as i32), None, last + 1)),
            None => Some((None, c, last)),
        }
    }

    /// After a decade word: `القرن العشرين`, `من القرن الماضي`.
    fn century_after(&self, k: usize) -> Option<(CenturyOf, usize)> {
        let k = if self.word(k) == Some("من") {
            k + 1
        } else {
            k
        };
        if definite(self.word(k)?) != "القرن" {
            return None;
        }
        self.century_at(k + 1)
    }

    /// What follows `القرن` at `k`: an ordinal (`التاسع عشر`, `العشرين`, `الحادي والعشرين`),
    /// a number (`الـ19`, `19`), or a cue (`الماضي`).
    fn century_at(&self, k: usize) -> Option<(CenturyOf, usize)> {
        if let Some(c) = self.word(k).and_then(cue) {
            return Some((CenturyOf::Cue(c), k));
        }
        // `القرن الـ19` is `ال` + `19` (the tatweel dropped); `القرن 19`.
        let n_at = if self.word(k) == Some("ال") {
            k + 1
        } else {
            k
        };
        if let Some(n) = self.num(n_at).filter(|n| (1..=21).contains(n)) {
            return Some((CenturyOf::Digits(n as i32 - 1), n_at));
        }
        let first = self.word(k)?;
        let unit = ORDINALS
            .iter()
            .position(|o| *o == first)
            .map(|p| p as i32 + 1)
            .or((first == "الحادي").then_some(1));
        let n = match (unit, self.word(k + 1)) {
            (Some(u), Some("عشر")) if u <= 9 => (10 + u, k + 1),
            (Some(1), Some("والعشرين")) => (21, k + 1),
            (Some(u), _) if first != "الحادي" => (u, k),
            _ if first == "العشرين" => (20, k),
            _ if first == "الواحد" && self.word(k + 1) == Some("والعشرين") => {
                (21, k + 1)
            }
            _ => return None,
        };
        Some((CenturyOf::Digits(n.0 - 1), n.1))
    }
}
