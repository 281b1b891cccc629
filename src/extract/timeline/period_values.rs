//! The values of periods longer than a month: which season, century or year a text means
//! when it says `الصيف الماضي`, `السبعينيات`, `القرن الماضي` or `النصف الثاني من العام`; and
//! the year of a year-less day or month, Gregorian or Hijri (`25 أكتوبر`, `رمضان المقبل`).

use chrono::{Datelike, Months, NaiveDate};

use super::grammar::CenturyOf;
use super::lexicon::Cue;
use crate::calendar::hijri_to_gregorian;

/// A season (0 spring … 3 winter) of `year`: its first day (winter from the year's December).
pub(super) fn season_start(year: i32, season: u8) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, 3 + 3 * u32::from(season.min(3)), 1)
}

/// The year of a season said without one: the cue decides (`الماضي` the last one over by the
/// reference, `المقبل` the next to begin, `الحالي`/`هذا` the one under way or else the
/// reference year's); without a cue, the one under way, else the nearest (future ones
/// counting double).
pub(super) fn season_year(season: u8, cue: Option<Cue>, r: NaiveDate) -> Option<i32> {
    let spans: Vec<(i32, NaiveDate, NaiveDate)> = (r.year() - 2..=r.year() + 1)
        .filter_map(|y| {
            let s = season_start(y, season)?;
            Some((y, s, s.checked_add_months(Months::new(3))?))
        })
        .collect();
    let current = spans.iter().find(|(_, s, e)| *s <= r && r < *e);
    let pick = match cue {
        Some(Cue::Past) => spans.iter().filter(|(_, _, e)| *e <= r).max_by_key(|x| x.1),
        Some(Cue::Next) => spans.iter().filter(|(_, s, _)| *s > r).min_by_key(|x| x.1),
        Some(Cue::Current) => current.or_else(|| spans.iter().find(|(y, _, _)| *y == r.year())),
        None => current.or_else(|| {
            spans.iter().min_by_key(|(_, s, _)| {
                let diff = (*s - r).num_days();
                if diff > 0 { diff * 2 } else { -diff }
            })
        }),
    };
    pick.map(|x| x.0)
}

/// The first two digits of a century, from what the text says and the reference.
pub(super) fn century_digits(
    of: CenturyOf,
    tens: Option<i32>,
    r: Option<NaiveDate>,
) -> Option<i32> {
    match of {
        CenturyOf::Digits(c) => Some(c),
        // Without a reference, news is of this century: `القرن الماضي` is the twentieth.
        CenturyOf::Cue(c) => Some(
            r.map_or(20, |r| r.year().div_euclid(100))
                + match c {
                    Cue::Past => -1,
                    Cue::Current => 0,
                    Cue::Next => 1,
                },
        ),
        // A decade said alone: the last one over before the reference's decade began
        // (`العشرينيات` said in 2025 is the 1920s); without a reference, the 1900s.
        CenturyOf::Unsaid => {
            let Some(r) = r else { return Some(19) };
            let tens = tens.unwrap_or(0);
            let c = r.year().div_euclid(100);
            let decade_of_ref = r.year().div_euclid(10) * 10;
            Some(if c * 100 + tens * 10 + 10 <= decade_of_ref {
                c
            } else {
                c - 1
            })
        }
    }
}

/// The year a cue names, counted from the reference's.
pub(super) fn cued_year(cue: Option<Cue>, r: Option<NaiveDate>) -> Option<i32> {
    let y = r?.year();
    Some(match cue {
        Some(Cue::Past) => y - 1,
        Some(Cue::Next) => y + 1,
        _ => y,
    })
}

/// The year of a year-less day or month: the tense cue decides (`الماضي` the last one before
/// the reference, `المقبل` the next one, `الجاري` the reference's year); without a cue, the
/// occurrence nearest the reference, future ones counting double (news reports the past).
/// A weekday written with the date keeps only the years where the date falls on it.
pub(super) fn year_for(
    month: u32,
    day: u32,
    cue: Option<Cue>,
    weekday: Option<u32>,
    r: NaiveDate,
) -> Option<i32> {
    let mut candidates: Vec<NaiveDate> = (r.year() - 1..=r.year() + 1)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day.clamp(1, 28)))
        .collect();
    if let Some(w) = weekday {
        let on_it: Vec<NaiveDate> = (r.year() - 1..=r.year() + 1)
            .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
            .filter(|d| d.weekday().num_days_from_monday() == w)
            .collect();
        if !on_it.is_empty() {
            candidates = on_it;
        }
    }
    let pick = match cue {
        Some(Cue::Current) => return Some(r.year()),
        Some(Cue::Past) => candidates.into_iter().filter(|d| *d <= r).max(),
        Some(Cue::Next) => candidates.into_iter().filter(|d| *d > r).min(),
        None => candidates.into_iter().min_by_key(|d| {
            let diff = (*d - r).num_days();
            if diff > 0 { diff * 2 } else { -diff }
        }),
    };
    pick.map(|d| d.year())
}

/// The Hijri year of a year-less Hijri month (`شهر رمضان`, `رمضان المقبل`), by the same rule
/// as [`year_for`]: the cue decides, else the occurrence nearest the reference (a month that
/// holds the reference is `الجاري`), future ones counting double.
pub(super) fn hijri_year_for(month: u32, day: u32, cue: Option<Cue>, r: NaiveDate) -> Option<i32> {
    // A Hijri year is 354 or 355 days: 33 of them are 32 Gregorian years.
    let approx = (r.year() - 622) * 33 / 32;
    let starts: Vec<(i32, NaiveDate, NaiveDate)> = (approx - 2..=approx + 2)
        .filter_map(|y| {
            let s = hijri_to_gregorian(y, month, day)?;
            let next = if month == 12 {
                (y + 1, 1)
            } else {
                (y, month + 1)
            };
            let e = hijri_to_gregorian(next.0, next.1, 1)?;
            Some((y, s, e))
        })
        .collect();
    let current = starts.iter().find(|(_, s, e)| *s <= r && r < *e);
    let pick = match cue {
        Some(Cue::Current) => current.copied(),
        Some(Cue::Past) => starts
            .iter()
            .filter(|(_, s, _)| *s <= r)
            .max_by_key(|x| x.1)
            .copied(),
        Some(Cue::Next) => starts
            .iter()
            .filter(|(_, s, _)| *s > r)
            .min_by_key(|x| x.1)
            .copied(),
        None => current.copied().or_else(|| {
            starts.iter().copied().min_by_key(|(_, s, _)| {
                let diff = (*s - r).num_days();
                if diff > 0 { diff * 2 } else { -diff }
            })
        }),
    };
    pick.map(|(y, _, _)| y)
}
