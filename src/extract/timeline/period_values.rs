//! The values of periods longer than a month: which season, century or year a text means
//! when it says `الصيف الماضي`, `السبعينيات`, `القرن الماضي` or `النصف الثاني من العام`.

use chrono::{Datelike, Months, NaiveDate};

use super::grammar::CenturyOf;
use super::lexicon::Cue;

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
