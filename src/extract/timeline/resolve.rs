//! From an expression to a calendar date with a precision, given the article's reference date
//! (its publication date, or one borrowed from the story) and the last date mentioned before.
//! Precision is never invented: a month stays a month.

use chrono::{Datelike, Days, Months, NaiveDate};

use super::grammar::{CenturyOf, Expr};
use super::lexicon::{Cue, Unit};
use super::period_values::{
    century_digits, cued_year, hijri_year_for, season_start, season_year, year_for,
};
use crate::calendar::Calendar;
use crate::extract::{Precision, ReferenceSource};

/// A resolved date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct When {
    pub date: NaiveDate,
    pub end: Option<NaiveDate>,
    pub precision: Precision,
    /// Resolved against a reference date borrowed from another article.
    pub inferred: bool,
    /// The weekday written with it disagrees with the date its deictic gives (`أمس الجمعة`
    /// on a Thursday dateline): the date follows the deictic, the disagreement is kept.
    pub conflict: bool,
}

impl When {
    fn new(date: NaiveDate, end: Option<NaiveDate>, precision: Precision, inferred: bool) -> Self {
        When {
            date,
            end,
            precision,
            inferred,
            conflict: false,
        }
    }
}

/// The article's reference date, whether it was borrowed from the story, and where it came
/// from.
#[derive(Debug, Clone, Copy)]
pub struct Reference {
    pub date: NaiveDate,
    pub borrowed: bool,
    pub source: ReferenceSource,
}

impl Reference {
    /// The article's own date (from the corpus).
    pub fn own(date: NaiveDate) -> Self {
        Reference {
            date,
            borrowed: false,
            source: ReferenceSource::Published,
        }
    }
}

/// The day with weekday `w` (Monday = 0) nearest `date`: at most three days before or after.
pub(super) fn nearest_weekday(date: NaiveDate, w: u32) -> Option<NaiveDate> {
    let ahead = (w + 7 - date.weekday().num_days_from_monday()) % 7;
    if ahead <= 3 {
        date.checked_add_days(Days::new(u64::from(ahead)))
    } else {
        date.checked_sub_days(Days::new(u64::from(7 - ahead)))
    }
}

fn day(date: NaiveDate, inferred: bool) -> When {
    When::new(date, None, Precision::Day, inferred)
}

fn shift(date: NaiveDate, unit: Unit, n: i64) -> Option<NaiveDate> {
    let months = |m: i64| {
        let m = u32::try_from(m.unsigned_abs()).ok()?;
        if n >= 0 {
            date.checked_add_months(Months::new(m))
        } else {
            date.checked_sub_months(Months::new(m))
        }
    };
    match unit {
        Unit::Day | Unit::Week => {
            let d = n.unsigned_abs() * if unit == Unit::Week { 7 } else { 1 };
            if n >= 0 {
                date.checked_add_days(Days::new(d))
            } else {
                date.checked_sub_days(Days::new(d))
            }
        }
        Unit::Month => months(n),
        Unit::Year => months(n * 12),
    }
}

pub use crate::calendar::hijri_to_gregorian;

/// Resolve `expr`. `previous` is the last day-precision date mentioned before it in the article.
pub fn resolve(
    expr: Expr,
    reference: Option<Reference>,
    previous: Option<NaiveDate>,
) -> Option<When> {
    resolve_in(expr, reference, previous, None)
}

/// [`resolve`], with `narrative`: the last date mentioned before it in the same paragraph,
/// which `بعد خمس سنوات` counts from when it is in the reference's past, and whose month
/// `ذات الشهر من العام الماضي` names.
pub fn resolve_in(
    expr: Expr,
    reference: Option<Reference>,
    previous: Option<NaiveDate>,
    narrative: Option<When>,
) -> Option<When> {
    let borrowed = reference.is_some_and(|r| r.borrowed);
    let r = reference.map(|r| r.date);
    match expr {
        Expr::Years { from, to } => Some(When::new(
            NaiveDate::from_ymd_opt(from, 1, 1)?,
            NaiveDate::from_ymd_opt(to, 1, 1),
            Precision::Year,
            false,
        )),
        Expr::Season {
            season,
            year,
            cue,
            of_year,
        } => {
            let (y, inferred) = match (year, of_year) {
                (Some(y), _) => (y, false),
                (None, true) => (cued_year(cue, r)?, borrowed),
                (None, false) => (season_year(season, cue, r?)?, borrowed),
            };
            Some(When::new(
                season_start(y, season)?,
                None,
                Precision::Season,
                inferred,
            ))
        }
        Expr::Decade { tens, century } => {
            let c = century_digits(century, Some(tens), r)?;
            let inferred = borrowed && !matches!(century, CenturyOf::Digits(_));
            Some(When::new(
                NaiveDate::from_ymd_opt(c * 100 + tens * 10, 1, 1)?,
                None,
                Precision::Decade,
                inferred,
            ))
        }
        Expr::Century(of) => {
            let c = century_digits(of, None, r)?;
            let inferred = borrowed && matches!(of, CenturyOf::Cue(_));
            Some(When::new(
                NaiveDate::from_ymd_opt(c * 100, 1, 1)?,
                None,
                Precision::Century,
                inferred,
            ))
        }
        Expr::SameMonth { year, cue } => {
            let month = narrative
                .filter(|w| matches!(w.precision, Precision::Month | Precision::Day))?
                .date
                .month();
            let (y, inferred) = match year {
                Some(y) => (y, false),
                None => (cued_year(cue, r)?, borrowed),
            };
            Some(When::new(
                NaiveDate::from_ymd_opt(y, month, 1)?,
                None,
                Precision::Month,
                inferred,
            ))
        }
        Expr::Anniversary { year } => {
            let r = r?;
            let date = NaiveDate::from_ymd_opt(year, r.month(), r.day())?;
            Some(When::new(date, None, Precision::Day, borrowed))
        }
        Expr::Part {
            first,
            count,
            year,
            cue,
        } => {
            let (y, inferred) = match year {
                Some(y) => (y, false),
                None => (cued_year(cue, r)?, borrowed),
            };
            Some(When::new(
                NaiveDate::from_ymd_opt(y, first, 1)?,
                NaiveDate::from_ymd_opt(y, first + count - 1, 1),
                Precision::Month,
                inferred,
            ))
        }
        Expr::Later { unit, n } => {
            // After the date the paragraph tells of, when that is in the past; else after the
            // reference (`سيعود بعد يومين`).
            let (base, inferred) = match (narrative.map(|w| w.date), r) {
                (Some(p), Some(r)) if p < r => (p, false),
                (Some(p), None) => (p, false),
                (_, Some(r)) => (r, borrowed),
                (None, None) => return None,
            };
            let date = shift(base, unit, n)?;
            let (date, precision) = match unit {
                Unit::Year => (NaiveDate::from_ymd_opt(date.year(), 1, 1)?, Precision::Year),
                Unit::Month => (
                    NaiveDate::from_ymd_opt(date.year(), date.month(), 1)?,
                    Precision::Month,
                ),
                Unit::Day | Unit::Week => (date, Precision::Day),
            };
            Some(When::new(date, None, precision, inferred))
        }
        Expr::Numeric(d) => Some(day(d, false)),
        Expr::Year {
            year,
            calendar: Calendar::Gregorian,
        } => Some(When::new(
            NaiveDate::from_ymd_opt(year, 1, 1)?,
            None,
            Precision::Year,
            false,
        )),
        Expr::Year {
            year,
            calendar: Calendar::Hijri,
        } => {
            let start = hijri_to_gregorian(year, 1, 1)?;
            let end = hijri_to_gregorian(year + 1, 1, 1)?.pred_opt()?;
            Some(When::new(start, Some(end), Precision::Day, false))
        }
        Expr::Date {
            year,
            month,
            day: d,
            end_day,
            cue,
            calendar: Calendar::Hijri,
            ..
        } => {
            let (y, inferred) = match year {
                Some(y) => (y, false),
                None => (hijri_year_for(month, d.unwrap_or(1), cue, r?)?, borrowed),
            };
            let start = hijri_to_gregorian(y, month, d.unwrap_or(1))?;
            let end = match (d, end_day) {
                (Some(_), Some(e)) => Some(hijri_to_gregorian(y, month, e)?),
                (Some(_), None) => None,
                (None, _) => Some(
                    hijri_to_gregorian(if month == 12 { y + 1 } else { y }, month % 12 + 1, 1)?
                        .pred_opt()?,
                ),
            };
            Some(When::new(start, end, Precision::Day, inferred))
        }
        Expr::Date {
            year,
            month,
            day: d,
            end_day,
            end_month,
            cue,
            calendar: Calendar::Gregorian,
            weekday,
            of_year,
            said,
            ahead,
        } => {
            // A day said without its year, in a clause that does not speak of the future, is
            // not after the article's own date (`قائد انقلاب 25 أكتوبر` said in April is the
            // October before). A paragraph's year after the article's (`خلال عام 2026` said
            // in 2025) already speaks of the future: its days keep it. A borrowed date is only near the article's: it keeps the
            // nearest reading.
            let past_day = d.is_some() && cue.is_none() && weekday.is_none() && !ahead;
            let own = r.filter(|_| !borrowed && past_day);
            let year = match (year, own) {
                (Some(y), Some(r))
                    if said
                        && y <= r.year()
                        && d.and_then(|d| NaiveDate::from_ymd_opt(y, month, d))
                            .is_some_and(|x| x > r) =>
                {
                    None
                }
                _ => year,
            };
            let cue = match (cue, own) {
                (None, Some(_)) if year.is_none() => Some(Cue::Past),
                _ => cue,
            };
            let (y, inferred) = match year {
                Some(y) => (y, false),
                None if of_year => (cued_year(cue, r)?, borrowed),
                None => (
                    year_for(
                        month,
                        d.unwrap_or(15),
                        cue,
                        weekday.filter(|_| d.is_some()),
                        r?,
                    )?,
                    borrowed,
                ),
            };
            match d {
                Some(d) => {
                    let date = NaiveDate::from_ymd_opt(y, month, d)?;
                    // A range into another month ends in the next year when that month is earlier.
                    let end = end_day.and_then(|e| match end_month.unwrap_or(month) {
                        m if m < month => NaiveDate::from_ymd_opt(y + 1, m, e),
                        m => NaiveDate::from_ymd_opt(y, m, e),
                    });
                    // A written weekday no near year agrees with (`الإثنين 15 أيار`, 2026): flagged.
                    let conflict =
                        weekday.is_some_and(|w| date.weekday().num_days_from_monday() != w);
                    Some(When {
                        conflict,
                        ..When::new(date, end, Precision::Day, inferred)
                    })
                }
                None => Some(When::new(
                    NaiveDate::from_ymd_opt(y, month, 1)?,
                    None,
                    Precision::Month,
                    inferred,
                )),
            }
        }
        Expr::Relative {
            unit,
            offset,
            weekday,
        } => {
            let base = r?;
            let mut date = shift(base, unit, offset)?;
            let mut conflict = false;
            if let Some(w) = weekday.filter(|w| date.weekday().num_days_from_monday() != *w) {
                // `أمس الخميس` must be a Thursday. Against the article's own date a mismatch
                // is real newswire (a story written the evening before its dateline): keep the
                // deictic offset and mark the conflict rather than invent a date. Against a
                // borrowed date, the named weekday is the better evidence: the day of that weekday
                // nearest the deictic's (the borrowed date is only near the article's, on
                // either side: `أمس السبت` against a borrowed Saturday is that Saturday, not
                // the one a week before).
                if borrowed {
                    date = nearest_weekday(date, w)?;
                } else {
                    conflict = true;
                }
            }
            let precision = match unit {
                Unit::Day | Unit::Week => Precision::Day,
                Unit::Month => Precision::Month,
                Unit::Year => Precision::Year,
            };
            let date = match precision {
                Precision::Year => NaiveDate::from_ymd_opt(date.year(), 1, 1)?,
                Precision::Month => NaiveDate::from_ymd_opt(date.year(), date.month(), 1)?,
                _ => date,
            };
            Some(When {
                date,
                end: None,
                precision,
                inferred: borrowed,
                conflict,
            })
        }
        Expr::Weekday {
            weekday,
            through,
            cue,
            ahead,
        } => {
            let base = r?;
            let today = base.weekday().num_days_from_monday();
            let back = i64::from((today + 7 - weekday) % 7);
            let date = match cue {
                // `على أن يصدر البيان مساء الإثنين`: the coming Monday (today if it is one).
                None if ahead => {
                    base.checked_add_days(Days::new(u64::from((weekday + 7 - today) % 7)))?
                }
                // `الإثنين المقبل` said on a Monday is a week ahead.
                Some(Cue::Next) => {
                    base.checked_add_days(Days::new(match (weekday + 7 - today) % 7 {
                        0 => 7,
                        n => u64::from(n),
                    }))?
                }
                Some(Cue::Past) => {
                    base.checked_sub_days(Days::new(if back == 0 { 7 } else { back } as u64))?
                }
                _ => base.checked_sub_days(Days::new(back as u64))?,
            };
            let end = through.map(|t| (t + 7 - weekday) % 7).filter(|n| *n > 0);
            let end = end.and_then(|n| date.checked_add_days(Days::new(u64::from(n))));
            Some(When::new(date, end, Precision::Day, borrowed))
        }
        Expr::Named { unit, cue } => {
            let base = r?;
            let n = match cue {
                Cue::Past => -1,
                Cue::Next => 1,
                Cue::Current => 0,
            };
            match unit {
                Unit::Week => {
                    let start = shift(
                        base,
                        Unit::Day,
                        7 * n - i64::from(base.weekday().num_days_from_monday()),
                    )?;
                    Some(When::new(
                        start,
                        start.checked_add_days(Days::new(6)),
                        Precision::Day,
                        borrowed,
                    ))
                }
                Unit::Month => {
                    let m = shift(
                        NaiveDate::from_ymd_opt(base.year(), base.month(), 1)?,
                        Unit::Month,
                        n,
                    )?;
                    Some(When::new(m, None, Precision::Month, borrowed))
                }
                Unit::Year | Unit::Day => Some(When::new(
                    NaiveDate::from_ymd_opt(base.year() + n as i32, 1, 1)?,
                    None,
                    Precision::Year,
                    borrowed,
                )),
            }
        }
        Expr::After { days } => {
            let date = shift(previous?, Unit::Day, days)?;
            Some(When::new(date, None, Precision::Day, false))
        }
    }
}
