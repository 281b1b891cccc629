//! Years without a month: where a bare four-digit number is a year (after a preposition of
//! time, in brackets after a title or a name, after the name of a happening, in a range or a
//! list of years) and where it is not (a count before its noun, `في 2500 موقع`; a
//! percentage; a number out of the span).

use super::grammar::{Expr, Found, Parser, definite};
use super::words::{List, is};
use crate::calendar::Calendar;

/// Words that introduce a year, as [`definite`] leaves them (`عامي 2005 و2006` and `العامين`
/// introduce two, `الأعوام` several).
pub(super) const YEAR_WORDS: &[&str] = &[
    "عام",
    "العام",
    "سنه",
    "السنه",
    "لعام",
    "لسنه",
    "بعام",
    "بسنه",
    "عامي",
    "العامين",
    "الاعوام",
    "اعوام",
];

/// `is_year_word` for a word already passed through [`definite`].
pub(super) fn is_year_definite(w: &str) -> bool {
    YEAR_WORDS.contains(&w)
}

/// Parts of a period before a bare year: `أواخر 2015`, `مطلع 2024`, `منتصف 2023`.
pub(super) const PERIOD_WORDS: &[&str] =
    &["مطلع", "بدايه", "نهايه", "اواخر", "اوائل", "اواسط", "منتصف"];

/// Words after which a bare four-digit number is a year (`في 1975`, `منذ 2009`, `موسم 2018`),
/// when it is in [`weak_year`]'s span and no counted noun follows it (`في 2500 موقع`).
pub(super) const BEFORE_BARE_YEAR: &[&str] = &[
    "في",
    "منذ",
    "حتي",
    "قبل",
    "بعد",
    "خلال",
    "بحلول",
    "موسم",
    "الموسم",
    "لموسم",
    "مواليد",
];

pub(super) fn year_ok(n: i64) -> bool {
    (1900..=2100).contains(&n)
}

/// A year where a year word, a month name, a season or `م` says it is one (`عام 1847`).
pub(super) fn strong_year(n: i64) -> bool {
    (1000..=2100).contains(&n)
}

/// A year said by nothing but its place (after `في`, in brackets, in a range or a list).
pub(super) fn weak_year(n: i64) -> bool {
    (1800..=2100).contains(&n)
}

pub(super) fn hijri_year_ok(n: i64) -> bool {
    (1300..=1600).contains(&n)
}

/// Words that join the two ends of a range: `من 2005 إلى 2010`, `حتى`, `لغاية`.
const RANGE_TO: &[&str] = &["الي", "حتي", "لغايه", "ولغايه", "والي"];

/// Punctuation between two years of a range: `2020-2021`, `1770 – 1830`, `2020/2021`.
const RANGE_MARKS: &[&str] = &["-", "–", "—", "/"];

fn year(y: i64) -> Expr {
    Expr::Year {
        year: y as i32,
        calendar: Calendar::Gregorian,
    }
}

impl Parser<'_> {
    /// The word before token `i`, without its conjunction و.
    fn word_before(&self, i: usize) -> Option<&str> {
        let w = self.word(i.checked_sub(1)?)?;
        Some(
            w.strip_prefix('و')
                .filter(|r| r.chars().count() >= 2)
                .unwrap_or(w),
        )
    }

    fn punct_is(&self, i: usize, marks: &[&str]) -> bool {
        self.t
            .get(i)
            .is_some_and(|t| t.punct && marks.contains(&t.text))
    }

    /// Is the number at `i` a count rather than a year: a counted noun or `%` after it?
    fn counts_something(&self, i: usize) -> bool {
        self.word(i + 1).is_some_and(|w| is(List::Counted, w)) || self.punct_is(i + 1, &["%", "٪"])
    }

    /// `k`, or `k + 1` when `م` (the common era) follows the year at `k`.
    pub(super) fn era_mark(&self, k: usize) -> usize {
        if self.word(k + 1) == Some("م") {
            k + 1
        } else {
            k
        }
    }

    /// A second year starting at `k`, after a joining word: an optional standalone و, an
    /// optional year word (`وعام`), the number. Its value and index.
    fn next_year(&self, mut k: usize) -> Option<(i64, usize)> {
        if self.word(k) == Some("و") {
            k += 1;
        }
        if self.word(k).is_some_and(|w| is_year_definite(&definite(w))) {
            k += 1;
        }
        let y = self.num(k).filter(|n| strong_year(*n))?;
        (!self.counts_something(k)).then_some((y, k))
    }

    /// A range whose first year is at `y_at` (a year word, if any, at `at`): `بين العامين 1920
    /// و1925`, `من عام 2005 حتى عام 2010`, `من 2005 إلى 2010`, `2020-2021`.
    pub(super) fn year_range(&self, at: usize, y_at: usize) -> Option<(Expr, usize)> {
        let from = self.num(y_at)?;
        let before = self.word_before(at);
        // In brackets after a name, a life span or a reign: `(1770 - 1830)`.
        let bracketed = self.punct_is(at.wrapping_sub(1), &["("]);
        let to = if self.punct_is(y_at + 1, RANGE_MARKS) {
            self.num(y_at + 2)
                .filter(|n| {
                    (weak_year(*n) || (bracketed && strong_year(*n)))
                        && !self.counts_something(y_at + 2)
                })
                .map(|n| (n, y_at + 2))
        } else if before == Some("بين") && self.word(y_at + 1).is_some_and(|w| w.starts_with('و'))
        {
            // `بين 2005 و2010` (و alone before the number) or `بين عام 2005 وعام 2010`.
            let k = y_at + 1;
            match self.word(k) {
                Some("و") => self.next_year(k),
                Some(w) if is_year_definite(&definite(w)) => self.next_year(k),
                _ => None,
            }
        } else if before == Some("من") && self.word(y_at + 1).is_some_and(|w| RANGE_TO.contains(&w))
        {
            self.next_year(y_at + 2)
        } else {
            None
        };
        // A fiscal or crop year is also written later year first (`2019/2018`, `موسم
        // 2024/2023`): two adjacent years under a slash are a span in either order.
        let slashed = self.punct_is(y_at + 1, &["/"]);
        let (to, last) =
            to.filter(|(to, _)| (*to > from && *to - from <= 150) || (slashed && from - *to == 1))?;
        Some((
            Expr::Years {
                from: from.min(to) as i32,
                to: from.max(to) as i32,
            },
            self.era_mark(last),
        ))
    }

    /// A bare number `y` at `i` that its place makes a year: in brackets (`(1962)`), after a
    /// preposition of time (`في 1975`, `منذ 2009`), or the first year of a range.
    pub(super) fn bare_year(&self, i: usize, y: i64) -> Option<(Expr, usize)> {
        let bracketed = self.punct_is(i.wrapping_sub(1), &["("]);
        let span_ok = weak_year(y) || (bracketed && strong_year(y));
        if !span_ok || self.t.get(i).is_some_and(|t| t.text.len() != 4) {
            return None;
        }
        if self.counts_something(i) {
            return None;
        }
        // `قرار مجلس الأمن رقم (1701)`, `الملف رقم 2019/2018`: a number after `رقم` is a number.
        let numbered = (1..=4).any(|k| {
            i.checked_sub(k)
                .and_then(|p| self.word(p))
                .is_some_and(|w| matches!(definite(w).as_ref(), "رقم" | "القرار" | "قرار"))
        });
        if let Some(r) = self.year_range(i, i).filter(|_| !numbered) {
            return Some(r);
        }
        let in_brackets = bracketed && self.punct_is(i + 1, &[")"]) && !numbered;
        let after_time_word = self
            .word_before(i)
            .is_some_and(|w| BEFORE_BARE_YEAR.contains(&w));
        (in_brackets || after_time_word || self.named_happening_before(i))
            .then(|| (year(y), self.era_mark(i)))
    }

    /// Is the number at `i` the year in the name of a happening: `كأس العالم 2026`,
    /// `كأس أمم أفريقيا 2025`, `لمونديال 2022`, `حرب 1973`, `انتخابات 2024`, `موازنة 2025`
    /// (the nouns are `event-name` in `assets/timeline_words.tsv`)? A cup is named by up to
    /// three words after `كأس`; every other name is the one word before the number.
    pub(super) fn named_happening_before(&self, i: usize) -> bool {
        let stem = |w: &'_ str| -> String {
            let w = w
                .strip_prefix('و')
                .filter(|r| r.chars().count() >= 3)
                .unwrap_or(w);
            let w = definite(w);
            match w
                .strip_prefix(['ل', 'ب'])
                .filter(|r| r.chars().count() >= 3)
            {
                Some(r) if !w.starts_with("ال") && !is(List::EventName, &w) => r.to_string(),
                _ => w.into_owned(),
            }
        };
        if self
            .word(i.wrapping_sub(1))
            .is_some_and(|w| is(List::EventName, &stem(w)))
        {
            return true;
        }
        (2..=4).any(|k| {
            let cup = i
                .checked_sub(k)
                .and_then(|p| self.word(p))
                .is_some_and(|w| matches!(stem(w).as_str(), "كاس" | "الكاس"));
            // `نسخة روسيا 2018`: a tournament's edition named by its host and year (not `نسخة
            // من التقرير`, a copy).
            let edition = i
                .checked_sub(k)
                .and_then(|p| Some((self.word(p)?, self.word(p + 1)?)))
                .is_some_and(|(w, next)| {
                    matches!(stem(w).as_str(), "نسخه" | "النسخه") && next != "من"
                });
            // Every token between the cup and the number is a word of its name.
            (cup || edition) && (1..k).all(|j| self.word(i - j).is_some())
        })
    }

    /// The next year of a list after a year ending at token `last`: `عامي 2005 و2006`,
    /// `الأعوام 1958، 1959، و1960`. Its expression and first and last tokens.
    pub(super) fn listed_year(&self, last: usize) -> Option<(Expr, usize, usize)> {
        let mut k = last + 1;
        if self.punct_is(k, &["،", ","]) {
            k += 1;
        }
        let start = k;
        let joined = self.word(k).is_some_and(|w| w == "و" || w.starts_with('و'));
        if !joined && start == last + 1 {
            return None;
        }
        let (y, at) = self.next_year(k)?;
        // A second year after `بين` is the end of a range, handled there.
        if let Some(r) = self.year_range(at, at) {
            return Some((r.0, start, r.1));
        }
        Some((year(y), start, self.era_mark(at)))
    }
}

/// A paragraph that names its year tells of that year: a day or month written without one
/// after it (`خلال عام 2026، تبدأ في 12 فبراير، ثم 2 أبريل`, `بدأ عام 2017 برحيل … في 12
/// يناير`) takes the last year written before it, rather than the one nearest the article's
/// date. A tense cue (`أكتوبر الماضي`) or a weekday (which picks its own year) keeps its own
/// reading; only Gregorian dates and years count. The year so taken is marked `said`: at
/// resolution it yields to the article's date when it would put a day of a clause that does
/// not speak of the future after that date (`أعلن في 15 أبريل 2023 … انقلاب 25 أكتوبر`,
/// said in April 2023, is the October before).
pub(super) fn said_year(found: &mut [Found]) {
    let mut said: Option<i32> = None;
    for f in found {
        match &mut f.expr {
            Expr::Year {
                year,
                calendar: Calendar::Gregorian,
            }
            | Expr::Date {
                year: Some(year),
                calendar: Calendar::Gregorian,
                ..
            } => said = Some(*year),
            Expr::Date {
                year: year @ None,
                cue: None,
                weekday: None,
                calendar: Calendar::Gregorian,
                said: filled,
                ..
            } => {
                *year = said;
                *filled = said.is_some();
            }
            _ => {}
        }
    }
}
