//! Date expressions in one paragraph, found on normalized text: the grammar of Arabic news
//! dates. Each match keeps its original `char` range.

use chrono::NaiveDate;

use super::lexicon::{Cue, Unit, count_word, cue, ordinal_day, unit, weekday};
use crate::calendar::{Calendar, months_starting_with};
use crate::text::normalize;

/// A token of normalized text: a word, a number or a punctuation mark.
#[derive(Debug, Clone, PartialEq)]
pub struct Tok {
    pub text: String,
    pub num: Option<i64>,
    pub punct: bool,
    /// Written right after the previous token (`2002م`, `و900`).
    pub attached: bool,
    pub start: usize,
    pub end: usize,
}

pub fn tokenize(text: &str) -> Vec<Tok> {
    let norm = normalize(text);
    let chars: Vec<char> = norm.text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut attached = false;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            attached = false;
            i += 1;
            continue;
        }
        let s = i;
        if c.is_ascii_digit() {
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
        } else if c.is_alphabetic() {
            while i < chars.len() && chars[i].is_alphabetic() {
                i += 1;
            }
        } else {
            i += 1;
        }
        let text: String = chars[s..i].iter().collect();
        let num = if c.is_ascii_digit() {
            text.parse().ok()
        } else {
            None
        };
        out.push(Tok {
            punct: !c.is_alphanumeric(),
            num,
            attached,
            start: norm.origin[s],
            end: norm.origin[i - 1] + 1,
            text,
        });
        attached = true;
    }
    out
}

/// What a date expression says, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expr {
    /// A day or a month (`day: None`), with an optional range end day, year and tense cue.
    Date {
        year: Option<i32>,
        month: u32,
        day: Option<u32>,
        end_day: Option<u32>,
        cue: Option<Cue>,
        calendar: Calendar,
    },
    /// A year (`عام 2014`, `2002م`, `1445 هـ`).
    Year { year: i32, calendar: Calendar },
    /// A full numeric date.
    Numeric(NaiveDate),
    /// Counted from the article's date: `أمس` (−1 day), `قبل أربع سنوات` (−4 years).
    Relative {
        unit: Unit,
        offset: i64,
        weekday: Option<u32>,
    },
    /// A weekday (`يوم الخميس`, `الخميس الماضي`): the last such day up to the article's date.
    Weekday { weekday: u32, cue: Option<Cue> },
    /// `الأسبوع الماضي`, `الشهر المقبل`, `العام الجاري`.
    Named { unit: Unit, cue: Cue },
    /// Counted from the last date mentioned before it: `في اليوم التالي` (+1 day).
    After { days: i64 },
}

/// A date expression and where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub expr: Expr,
    pub start: usize,
    pub end: usize,
}

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

fn year_ok(n: i64) -> bool {
    (1900..=2100).contains(&n)
}

fn hijri_year_ok(n: i64) -> bool {
    (1300..=1600).contains(&n)
}

struct Parser<'a> {
    t: &'a [Tok],
}

impl Parser<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        self.t
            .get(i)
            .filter(|t| !t.punct && t.num.is_none())
            .map(|t| t.text.as_str())
    }

    fn num(&self, i: usize) -> Option<i64> {
        self.t.get(i).and_then(|t| t.num)
    }

    fn is_punct(&self, i: usize, chars: &str) -> bool {
        self.t
            .get(i)
            .is_some_and(|t| t.punct && chars.contains(t.text.as_str()))
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
            let words: Vec<&str> = m.name.split(' ').collect();
            if words[1..]
                .iter()
                .enumerate()
                .all(|(k, w)| self.word(i + 1 + k) == Some(w))
            {
                return Some((m.month, m.calendar, i + words.len() - 1));
            }
        }
        None
    }

    /// After a month ending at `j`: a paired month (`/ كانون الثاني`), then a year (with `م` or
    /// `هـ`) or a tense cue. Returns (year, cue, last token, anything found).
    fn month_tail(&self, mut j: usize) -> (Option<i32>, Option<Cue>, usize, bool) {
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
        }
        if let Some(y) = self.num(j + 1).filter(|n| year_ok(*n) || hijri_year_ok(*n)) {
            let mut last = j + 1;
            if matches!(self.word(j + 2), Some("م" | "ه")) {
                last = j + 2;
            }
            return (Some(y as i32), None, last, true);
        }
        if let Some(c) = self.word(j + 1).and_then(cue) {
            return (None, Some(c), j + 1, true);
        }
        (None, None, j, anchored)
    }

    fn date(
        &self,
        month_at: usize,
        day: Option<u32>,
        end_day: Option<u32>,
        need_anchor: bool,
    ) -> Option<(Expr, usize)> {
        let (month, calendar, j) = self.month(month_at)?;
        let (year, cue, last, anchored) = self.month_tail(j);
        if need_anchor && !anchored {
            return None;
        }
        Some((
            Expr::Date {
                year,
                month,
                day,
                end_day,
                cue,
                calendar,
            },
            last,
        ))
    }

    /// The expression starting at token `i`, with its last token.
    fn at(&self, i: usize) -> Option<(Expr, usize)> {
        let w = self.word(i).unwrap_or("");
        // Anaphora: `في اليوم التالي`, `اليوم السابق`, `بعد ذلك بيومين`.
        if w == "اليوم" || w == "واليوم" {
            match self.word(i + 1) {
                Some("التالي") => return Some((Expr::After { days: 1 }, i + 1)),
                Some("السابق") => return Some((Expr::After { days: -1 }, i + 1)),
                _ => {}
            }
        }
        if (w == "بعد" || w == "وبعد") && self.word(i + 1) == Some("ذلك") {
            let (n, last) = self.count(i + 2)?;
            let (u, dual) = unit(self.word(last)?)?;
            let days = dual.unwrap_or(n) * if u == Unit::Week { 7 } else { 1 };
            return (u == Unit::Day || u == Unit::Week).then_some((Expr::After { days }, last));
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
        }
        // 7-8 أغسطس 2023; 29 يناير; الرابع من شباط.
        if let Some(d) = self.num(i).filter(|d| (1..=31).contains(d)) {
            if self.is_punct(i + 1, "-")
                && let Some(e) = self.num(i + 2).filter(|e| (1..=31).contains(e) && *e > d)
                && let Some(r) = self.date(i + 3, Some(d as u32), Some(e as u32), false)
            {
                return Some(r);
            }
            if let Some(r) = self.date(i + 1, Some(d as u32), None, false) {
                return Some(r);
            }
        }
        let words: Vec<&str> = (i..i + 2).filter_map(|k| self.word(k)).collect();
        let stripped: Vec<&str> = words
            .iter()
            .enumerate()
            .map(|(k, w)| {
                if k == 0 {
                    w.strip_prefix('و').unwrap_or(w)
                } else {
                    w
                }
            })
            .collect();
        if let Some((d, n)) = ordinal_day(&stripped) {
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
        let after_time_word = matches!(
            prev,
            Some("في" | "وفي" | "منذ" | "خلال" | "حتي" | "مطلع" | "اواخر" | "اوائل" | "منتصف")
        );
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
        // Years: عام 2014, 2002م, 1445 هـ.
        if matches!(
            w,
            "عام"
                | "العام"
                | "سنه"
                | "لعام"
                | "وعام"
                | "بعام"
                | "للعام"
                | "مطلع"
                | "نهايه"
        ) && let Some(y) = self.num(i + 1).filter(|n| year_ok(*n))
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
                Some("م") if year_ok(y) => {
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
        }
        // Deictics: أمس (الخميس), اليوم الجمعة, غداً, أول أمس.
        let bare = w
            .strip_prefix('و')
            .filter(|r| r.chars().count() >= 3)
            .unwrap_or(w);
        let wd_after = self.word(i + 1).and_then(weekday);
        match bare {
            "امس" => {
                return Some((
                    Expr::Relative {
                        unit: Unit::Day,
                        offset: -1,
                        weekday: wd_after,
                    },
                    i + usize::from(wd_after.is_some()),
                ));
            }
            "اول" if self.word(i + 1) == Some("امس") => {
                return Some((
                    Expr::Relative {
                        unit: Unit::Day,
                        offset: -2,
                        weekday: None,
                    },
                    i + 1,
                ));
            }
            "اليوم" if wd_after.is_some() => {
                return Some((
                    Expr::Relative {
                        unit: Unit::Day,
                        offset: 0,
                        weekday: wd_after,
                    },
                    i + 1,
                ));
            }
            "غدا" => {
                return Some((
                    Expr::Relative {
                        unit: Unit::Day,
                        offset: 1,
                        weekday: wd_after,
                    },
                    i + usize::from(wd_after.is_some()),
                ));
            }
            _ => {}
        }
        // Weekdays: يوم الخميس, الخميس الماضي.
        if bare == "يوم"
            && let Some(d) = wd_after
        {
            let c = self.word(i + 2).and_then(cue);
            return Some((
                Expr::Weekday { weekday: d, cue: c },
                i + 1 + usize::from(c.is_some()),
            ));
        }
        if let (Some(d), Some(c)) = (weekday(w), self.word(i + 1).and_then(cue)) {
            return Some((
                Expr::Weekday {
                    weekday: d,
                    cue: Some(c),
                },
                i + 1,
            ));
        }
        // الأسبوع الماضي, الشهر المقبل, العام الجاري.
        let named = match bare {
            "الاسبوع" => Some(Unit::Week),
            "الشهر" => Some(Unit::Month),
            "العام" | "السنه" => Some(Unit::Year),
            _ => None,
        };
        if let (Some(u), Some(c)) = (named, self.word(i + 1).and_then(cue)) {
            return Some((Expr::Named { unit: u, cue: c }, i + 1));
        }
        // قبل أربع سنوات, قبل 3 أيام, قبل عامين; بعد يومين.
        if matches!(bare, "قبل" | "بعد") {
            let sign = if bare == "قبل" { -1 } else { 1 };
            if let Some((u, Some(n))) = self.word(i + 1).and_then(unit) {
                return Some((
                    Expr::Relative {
                        unit: u,
                        offset: sign * n,
                        weekday: None,
                    },
                    i + 1,
                ));
            }
            let (n, last) = self.count(i + 1)?;
            let (u, _) = unit(self.word(last)?)?;
            return Some((
                Expr::Relative {
                    unit: u,
                    offset: sign * n,
                    weekday: None,
                },
                last,
            ));
        }
        None
    }

    /// A count at `i` (`3`, `أربع`, or a unit word's own dual): (n, index of the unit word).
    fn count(&self, i: usize) -> Option<(i64, usize)> {
        if let Some(n) = self.num(i).filter(|n| *n > 0 && *n < 1000) {
            return Some((n, i + 1));
        }
        if let Some(n) = self.word(i).and_then(count_word) {
            return Some((n, i + 1));
        }
        // `بيومين`, `بيوم`: the unit itself. A bare plural (`قبل أيام`, a few days) gives no
        // number: no date is invented from it.
        let w = self.word(i)?;
        let (_, dual) = unit(w)?;
        let singular = matches!(
            w.strip_prefix('ب').unwrap_or(w),
            "يوم" | "اسبوع" | "شهر" | "عام" | "سنه"
        );
        match dual {
            Some(n) => Some((n, i)),
            None if singular => Some((1, i)),
            None => None,
        }
    }
}

/// Every date expression of a paragraph, in order, not overlapping.
pub fn find(text: &str) -> Vec<Found> {
    let toks = tokenize(text);
    let p = Parser { t: &toks };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match p.at(i) {
            Some((expr, last)) => {
                out.push(Found {
                    expr,
                    start: toks[i].start,
                    end: toks[last].end,
                });
                i = last + 1;
            }
            None => i += 1,
        }
    }
    out
}
