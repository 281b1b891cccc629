//! Date expressions in one paragraph, found on normalized text: the grammar of Arabic news
//! dates. Each match keeps its original `char` range.

use chrono::NaiveDate;

pub use super::expr::{CenturyOf, Expr, Found};
use super::gate::may_start;
use super::lexicon::{Cue, Unit, cue, ordinal_day, unit};
use super::tokens::{Tok, tokenize};
pub(super) use super::words::definite;
use super::words::{List, is};
pub(super) use super::years::{
    PERIOD_WORDS, YEAR_WORDS, hijri_year_ok, is_year_definite, said_year, strong_year, year_ok,
};
use crate::calendar::{Calendar, months_starting_with};
use crate::text::normalize;

/// Month names that are also ordinary words or names (father, Nissan, March as a verb, zero,
/// Rajab): dates only with a day, a year or a cue.
const AMBIGUOUS_MONTHS: &[&str] = &[
    "اب",
    "نيسان",
    "ايار",
    "تموز",
    "مارس",
    "ماي",
    "جوان",
    "صفر",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "محرم",
];

/// Words that introduce a year (`عام 2014`, `لسنة 2024`), with their proclitics.
fn is_year_word(w: &str) -> bool {
    is_year_definite(&definite(w))
}

pub(super) struct Parser<'a> {
    pub(super) t: &'a [Tok<'a>],
}

impl<'a> Parser<'a> {
    pub(super) fn word(&self, i: usize) -> Option<&'a str> {
        self.t
            .get(i)
            .filter(|t| !t.punct && t.num.is_none())
            .map(|t| t.text)
    }

    pub(super) fn num(&self, i: usize) -> Option<i64> {
        self.t.get(i).and_then(|t| t.num)
    }

    pub(super) fn is_punct_at(&self, i: usize, chars: &str) -> bool {
        self.is_punct(i, chars)
    }

    /// Does a month name start at token `i`?
    pub(super) fn month_at(&self, i: usize) -> bool {
        self.month(i).is_some()
    }

    fn is_punct(&self, i: usize, chars: &str) -> bool {
        self.t
            .get(i)
            .is_some_and(|t| t.punct && chars.contains(t.text))
    }

    /// A month name at `i` (a leading و/ب/ل tolerated): (month, calendar, last token).
    fn month(&self, i: usize) -> Option<(u32, Calendar, usize)> {
        let first = self.word(i)?;
        let bare = first
            .strip_prefix(['و', 'ب', 'ل'])
            .filter(|r| r.chars().count() >= 2);
        let candidates = months_starting_with(first)
            .iter()
            .chain(bare.map_or(&[][..], months_starting_with));
        for m in candidates {
            let mut last = i;
            if m.name.split(' ').skip(1).all(|w| {
                last += 1;
                self.word(last) == Some(w) || self.month_number(last, w)
            }) {
                return Some((m.month, m.calendar, last));
            }
        }
        None
    }

    /// The digit of a numbered month written onto its name (`كانون1`, `تشرين2`: the spelling
    /// `كانون 1` of assets/months_ar.tsv), at token `i`.
    fn month_number(&self, i: usize, w: &str) -> bool {
        self.t
            .get(i)
            .is_some_and(|t| t.attached && t.num.is_some() && t.text == w)
    }

    /// After a month ending at `j`: a paired month (`/ كانون الثاني`), then a year (with `م` or
    /// `هـ`) or a tense cue. Returns (year, cue, last token, anything found).
    fn month_tail(&self, mut j: usize) -> (Option<i32>, Option<Cue>, usize, bool, bool) {
        let mut anchored = false;
        if self.is_punct(j + 1, "/-")
            && let Some((_, _, k)) = self.month(j + 2)
        {
            j = k;
            anchored = true;
        } else if self
            .month(j + 1)
            .is_some_and(|(_, c, _)| c == Calendar::Gregorian)
        {
            // `تشرين الأول أكتوبر`: two systems side by side.
            if let Some((_, _, k)) = self.month(j + 1) {
                j = k;
                anchored = true;
            }
        } else if self.is_punct(j + 1, "(")
            && let Some((_, _, k)) = self.month(j + 2)
            && self.is_punct(k + 1, ")")
        {
            // `حزيران (يونيو)`: the other system in brackets.
            j = k + 1;
            anchored = true;
        }
        // `كانون الثاني سنة 2023`, `مايو من عام 2021`: a year word may come between.
        let mut y_at = j + 1;
        if self.word(y_at) == Some("من") && self.word(y_at + 1).is_some_and(is_year_word) {
            y_at += 1;
        }
        if self.word(y_at).is_some_and(is_year_word) {
            y_at += 1;
        }
        if let Some(y) = self.num(y_at).filter(|n| strong_year(*n)) {
            let mut last = y_at;
            if matches!(self.word(y_at + 1), Some("م" | "ه")) {
                last = y_at + 1;
            }
            return (Some(y as i32), None, last, true, false);
        }
        if let Some(c) = self.word(j + 1).and_then(cue) {
            return (None, Some(c), j + 1, true, false);
        }
        // `فبراير من العام الماضي`, `مايو من هذا العام`: the month of the year a cue names.
        if let Some((None, Some(c), last)) = self.year_spec(j + 1) {
            return (None, Some(c), last, true, true);
        }
        (None, None, j, anchored, false)
    }

    fn date(
        &self,
        month_at: usize,
        day: Option<u32>,
        end_day: Option<u32>,
        need_anchor: bool,
    ) -> Option<(Expr, usize)> {
        let (month, calendar, mut j) = self.month(month_at)?;
        // `رمضان المبارك 1445`, `محرم الحرام`: a word of honour is part of a Hijri month's
        // name; the year after it is the month's.
        if calendar == Calendar::Hijri
            && self.word(j + 1).is_some_and(|w| is(List::HijriEpithet, w))
        {
            j += 1;
        }
        let (year, cue, last, anchored, of_year) = self.month_tail(j);
        if need_anchor && !anchored {
            return None;
        }
        Some((
            Expr::Date {
                year,
                month,
                day,
                end_day,
                end_month: None,
                cue,
                calendar,
                weekday: None,
                of_year,
                said: false,
                ahead: false,
            },
            last,
        ))
    }

    /// The expression starting at token `i`, with its last token.
    pub(super) fn at(&self, i: usize) -> Option<(Expr, usize)> {
        let w = self.word(i).unwrap_or("");
        // Anaphora: `في اليوم التالي`, `اليوم السابق`, `بعد ذلك بيومين`.
        if w == "اليوم" || w == "واليوم" {
            match self.word(i + 1) {
                Some("التالي") => return Some((Expr::After { days: 1 }, i + 1)),
                Some("السابق") => return Some((Expr::After { days: -1 }, i + 1)),
                // `في اليوم نفسه`, `اليوم ذاته`: the day last told of.
                Some("نفسه" | "ذاته") => return Some((Expr::After { days: 0 }, i + 1)),
                _ => {}
            }
        }
        if (w == "بعد" || w == "وبعد") && self.word(i + 1) == Some("ذلك") {
            let (n, last) = self.count(i + 2)?;
            let (u, dual) = unit(self.word(last)?)?;
            let days = dual.unwrap_or(n) * if u == Unit::Week { 7 } else { 1 };
            return (u == Unit::Day || u == Unit::Week).then_some((Expr::After { days }, last));
        }
        // Frequent words that only the deictic or period rules start with: straight there.
        match w {
            "اليوم" | "واليوم" | "قبل" | "وقبل" | "بعد" | "وبعد" | "منذ" | "ومنذ" =>
            {
                return self.deictic(i, w);
            }
            "هذا" | "هذه" | "لهذا" | "لهذه" | "بهذا" | "بهذه" | "مثل" | "ذات" | "نفس" =>
            {
                return self.period(i, w);
            }
            _ => {}
        }
        // Numeric dates: 18/02/2024, 2024-02-18.
        if let (Some(a), true, Some(b), true, Some(c)) = (
            self.num(i),
            self.is_punct(i + 1, "/-."),
            self.num(i + 2),
            self.is_punct(i + 3, "/-."),
            self.num(i + 4),
        ) {
            let date = if year_ok(a) {
                NaiveDate::from_ymd_opt(a as i32, b as u32, c as u32)
            } else {
                NaiveDate::from_ymd_opt(c as i32, b as u32, a as u32)
            };
            if let Some(d) = date.filter(|_| year_ok(a) || year_ok(c)) {
                return Some((Expr::Numeric(d), i + 4));
            }
            // `29/8/1446هـ`: a year in the Hijri range makes the date Hijri, with or without
            // the `هـ` that usually follows it.
            if hijri_year_ok(c) && (1..=12).contains(&b) && (1..=30).contains(&a) {
                let last = if self.word(i + 5) == Some("ه") {
                    i + 5
                } else {
                    i + 4
                };
                return Some((
                    Expr::Date {
                        year: Some(c as i32),
                        month: b as u32,
                        day: Some(a as u32),
                        end_day: None,
                        end_month: None,
                        cue: None,
                        calendar: Calendar::Hijri,
                        weekday: None,
                        of_year: false,
                        said: false,
                        ahead: false,
                    },
                    last,
                ));
            }
        }
        // 7-8 أغسطس 2023; 29 يناير; الرابع من شباط. (`مدينة 6 أكتوبر` is a city.)
        let city = i
            .checked_sub(1)
            .and_then(|p| self.word(p))
            .is_some_and(|p| matches!(definite(p).as_ref(), "مدينه" | "بمدينه" | "جسر" | "حي"));
        if let Some(d) = self.num(i).filter(|d| (1..=31).contains(d) && !city) {
            if self.is_punct(i + 1, "-–—")
                && let Some(e) = self.num(i + 2).filter(|e| (1..=31).contains(e) && *e > d)
                && let Some(r) = self.date(i + 3, Some(d as u32), Some(e as u32), false)
            {
                return Some(r);
            }
            // `من 24 إلى 31 جانفي`, `من 5 حتى 13 مايو`; `يومي 3 و4 فيفري`, `بين 7 و9 مارس`.
            let prev = i.checked_sub(1).and_then(|p| self.word(p));
            let joiner = match self.word(i + 1) {
                // `من 24 إلى 31`, `ما بين تاريخ 14 الى 23 أيلول`: a month must follow.
                Some("الي" | "حتي" | "لغايه" | "ولغايه") => true,
                Some("و") => matches!(prev, Some("يومي" | "بين" | "من")),
                _ => false,
            };
            if joiner
                && let Some(e) = self.num(i + 2).filter(|e| (1..=31).contains(e) && *e > d)
                && let Some(r) = self.date(i + 3, Some(d as u32), Some(e as u32), false)
            {
                return Some(r);
            }
            if let Some(r) = self.date(i + 1, Some(d as u32), None, false) {
                return Some(self.month_range(i, r).unwrap_or(r));
            }
        }
        let first = definite(w);
        let first = first.as_ref();
        let ordinal = match self.word(i + 1) {
            Some(second) if !first.is_empty() => ordinal_day(&[first, second]),
            _ if !first.is_empty() => ordinal_day(&[first]),
            _ => None,
        };
        if let Some((d, n)) = ordinal {
            let m = if self.word(i + n) == Some("من") {
                i + n + 1
            } else {
                i + n
            };
            if let Some(r) = self.date(m, Some(d), None, false) {
                return Some(r);
            }
        }
        // A month alone needs an anchor: a year, a cue, a paired month, `شهر` before it — or,
        // for a name that is nothing but a month (`كانون الأول`, `يناير`), a preposition of
        // time before it (`في كانون الأول`). `آب`, `نيسان`, `مارس`, `صفر`, `رجب` are never
        // months on their own.
        let prev = if i > 0 { self.word(i - 1) } else { None };
        let after_shahr = matches!(prev, Some("شهر" | "بشهر" | "لشهر" | "وشهر"));
        // `في يناير`, `منذ نهاية آذار`, `بمنتصف أغسطس`, `مع حلول سبتمبر`.
        let time_word = |p: &str| {
            matches!(
                p,
                "في" | "منذ"
                    | "خلال"
                    | "حتي"
                    | "مطلع"
                    | "اواخر"
                    | "اوائل"
                    | "اواسط"
                    | "منتصف"
                    | "نهايه"
                    | "بدايه"
                    | "حلول"
                    | "قبيل"
            )
        };
        // `بمنتصف`, `وبحلول` with their ب; `بداية` keeps its own.
        let after_time_word = prev.is_some_and(|p| {
            let p = p
                .strip_prefix('و')
                .filter(|r| r.chars().count() >= 2)
                .unwrap_or(p);
            time_word(p)
                || p.strip_prefix('ب')
                    .filter(|r| r.chars().count() >= 4)
                    .is_some_and(time_word)
        });
        if after_time_word
            && let Some((_, Calendar::Gregorian, j)) = self.month(i)
            && !AMBIGUOUS_MONTHS.contains(&w)
            && self.month_tail(j).0.is_none()
        {
            return self.date(i, None, None, false);
        }
        if let Some(r) = self.date(i, None, None, !after_shahr) {
            return Some(r);
        }
        if let Some(r) = self.period(i, w) {
            return Some(r);
        }
        // Years: عام 2014, 2002م, 1445 هـ; `بين العامين 1920 و1925`, `من عام 2005 حتى 2010`.
        // `للسنة المالية 2026`, `العام الدراسي 2024-2025`: a kind of year between.
        let y_at = if self.word(i + 1).is_some_and(|w| is(List::YearKind, w)) {
            i + 2
        } else {
            i + 1
        };
        if is_year_definite(first)
            && let Some(y) = self.num(y_at).filter(|n| strong_year(*n))
        {
            if let Some(r) = self.year_range(i, y_at) {
                return Some(r);
            }
            // `عام 1396هـ`: the Hijri mark after the year word's year.
            let hijri = self.word(y_at + 1) == Some("ه") && hijri_year_ok(y);
            return Some((
                Expr::Year {
                    year: y as i32,
                    calendar: if hijri {
                        Calendar::Hijri
                    } else {
                        Calendar::Gregorian
                    },
                },
                if hijri { y_at + 1 } else { self.era_mark(y_at) },
            ));
        }
        if PERIOD_WORDS.contains(&first)
            && let Some(y) = self.num(i + 1).filter(|n| year_ok(*n))
        {
            return Some((
                Expr::Year {
                    year: y as i32,
                    calendar: Calendar::Gregorian,
                },
                i + 1,
            ));
        }
        if let Some(y) = self.num(i) {
            match self.word(i + 1) {
                Some("م") if strong_year(y) => {
                    return Some((
                        Expr::Year {
                            year: y as i32,
                            calendar: Calendar::Gregorian,
                        },
                        i + 1,
                    ));
                }
                Some("ه") if hijri_year_ok(y) => {
                    return Some((
                        Expr::Year {
                            year: y as i32,
                            calendar: Calendar::Hijri,
                        },
                        i + 1,
                    ));
                }
                _ => {}
            }
            if let Some(r) = self.bare_year(i, y) {
                return Some(r);
            }
        }
        self.deictic(i, w)
    }
}

/// Every date expression of a paragraph, in order, not overlapping.
pub fn find(text: &str) -> Vec<Found> {
    let norm = normalize(text);
    find_in(&tokenize(&norm))
}

/// Every date expression in a paragraph's tokens (see [`find`]).
pub(super) fn find_in(toks: &[Tok<'_>]) -> Vec<Found> {
    let p = Parser { t: toks };
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(tok) = toks.get(i) {
        // Most words cannot begin a date: one set lookup skips every rule for them.
        if !may_start(tok) {
            i += 1;
            continue;
        }
        // `at` returns a last token it read through `Parser::word` (so inside `toks`); the
        // `get`s keep a rule that looks too far from becoming a crash.
        match p
            .at(i)
            .and_then(|(expr, last)| Some((expr, last, toks.get(i)?, toks.get(last)?)))
        {
            Some((mut expr, mut last, first, end)) => {
                p.mark_ahead(i, &mut expr);
                out.push(Found {
                    expr,
                    start: first.start,
                    end: end.end.max(first.start),
                });
                // `عامي 2005 و2006`, `الأعوام 1958، 1959، و1960`: each year of a list.
                if matches!(
                    expr,
                    Expr::Year {
                        calendar: Calendar::Gregorian,
                        ..
                    } | Expr::Years { .. }
                ) {
                    while let Some((expr, s, l)) = p.listed_year(last) {
                        let (Some(first), Some(end)) = (toks.get(s), toks.get(l)) else {
                            break;
                        };
                        out.push(Found {
                            expr,
                            start: first.start,
                            end: end.end.max(first.start),
                        });
                        last = l;
                    }
                }
                i = last.max(i) + 1;
            }
            None => i += 1,
        }
    }
    said_year(&mut out);
    out
}
