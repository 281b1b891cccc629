//! Reading a calendar date out of a short text: a metadata value (`2020-10-07T12:09:00+03:00`,
//! `Wed, 07 Oct 2020 12:09:00 +0300`, `الأربعاء، 07 أكتوبر 2020 - 12:09 م`, `۱۳۹۹/۰۲/۲۱`) or a
//! dateline. The date is the one written, in the writer's own time zone: a zone or a time is
//! never used to move it to another day (an outlet's local date is what its readers saw).

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};

use crate::calendar::{Calendar, hijri_to_gregorian, month_names};
use crate::text::normalize;

/// Years read as Solar Hijri when written year first (`1399/02/21`): the Persian calendar's
/// years of the web era. Lunar Hijri years of the same era (1420–1460) are not read at all: a
/// numeric lunar date cannot be told from a Solar one by its shape alone.
const SOLAR_YEARS: std::ops::RangeInclusive<i32> = 1300..=1420;

/// Lunar Hijri years read beside a lunar month name (`5 جمادى الأولى 1448هـ`, a Saudi
/// paper's dateline): the web era's.
const LUNAR_YEARS: std::ops::RangeInclusive<i32> = 1400..=1500;

/// Gregorian years accepted.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// Which calendar a month name belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cal {
    Gregorian,
    Solar,
    /// Lunar Hijri: read only where no other calendar's date is written (the Gregorian date
    /// beside it is exact; the tabular conversion may be a day off the sighted calendar).
    Lunar,
}

/// A month spelling (normalized words) with its number and calendar.
struct Month {
    words: Vec<String>,
    month: u32,
    cal: Cal,
}

/// Every month spelling the reader knows, longest first.
fn months() -> &'static [Month] {
    static M: OnceLock<Vec<Month>> = OnceLock::new();
    M.get_or_init(|| {
        let mut out: Vec<Month> = month_names()
            .iter()
            .map(|m| Month {
                words: m.name.split(' ').map(str::to_string).collect(),
                month: m.month,
                cal: match m.calendar {
                    Calendar::Gregorian => Cal::Gregorian,
                    Calendar::Hijri => Cal::Lunar,
                },
            })
            .collect();
        for line in include_str!("../../assets/months_other.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
        {
            let cols: Vec<&str> = line.split('\t').collect();
            let (Some(n), Some(cal), Some(names)) = (cols.first(), cols.get(1), cols.get(2)) else {
                continue;
            };
            let Ok(month) = n.trim().parse::<u32>() else {
                continue;
            };
            let cal = if cal.trim() == "solar" {
                Cal::Solar
            } else {
                Cal::Gregorian
            };
            for name in names.split('|') {
                let words: Vec<String> = normalize(name.trim())
                    .text
                    .split_whitespace()
                    .map(str::to_string)
                    .collect();
                if !words.is_empty() {
                    out.push(Month { words, month, cal });
                }
            }
        }
        out.sort_by_key(|m| std::cmp::Reverse(m.words.len()));
        out
    })
}

/// The first date written in `text`, if any.
pub fn date_in(text: &str) -> Option<NaiveDate> {
    let norm = normalize(text).text;
    let tokens = tokens(&norm);
    tokens
        .iter()
        .find_map(|t| numeric(t))
        .or_else(|| named(&tokens))
        .or_else(|| east_asian(&norm))
        .or_else(|| timestamp(&tokens))
        .or_else(|| match tokens.as_slice() {
            [t] => compact(t),
            _ => None,
        })
}

/// `YYYYMMDD`, or `YYYYMMDDhhmm` / `YYYYMMDDhhmmss` with a valid time: a CMS's compact date
/// (`<meta name="pdate" content="20190806">`), read only when it is the whole value.
pub fn compact(run: &str) -> Option<NaiveDate> {
    if !run.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let num = |r: std::ops::Range<usize>| run.get(r)?.parse::<u32>().ok();
    let time_ok = match run.len() {
        8 => true,
        12 => num(8..10)? < 24 && num(10..12)? < 60,
        14 => num(8..10)? < 24 && num(10..12)? < 60 && num(12..14)? < 60,
        _ => return None,
    };
    let y = i32::try_from(num(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(y, num(4..6)?, num(6..8)?)
        .filter(|d| time_ok && YEARS.contains(&d.year()))
}

/// A year, month and day written with East Asian markers: `2022年07月10日` (Chinese,
/// Japanese), `2024년 5월 13일` and `2024. 5. 13.` (Korean).
fn east_asian(norm: &str) -> Option<NaiveDate> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in norm
        .char_indices()
        .chain(std::iter::once((norm.len(), ' ')))
    {
        match (c.is_ascii_digit(), start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                runs.push((st, i));
                start = None;
            }
            _ => {}
        }
    }
    runs.windows(3).find_map(|w| {
        let [(ys, ye), (ms, me), (ds, de)] = *w else {
            return None;
        };
        let marker = |from: usize, to: usize| norm.get(from..to).map(str::trim);
        let shape = (marker(ye, ms)?, marker(me, ds)?);
        let after = norm.get(de..).unwrap_or("").trim_start();
        let marked = match shape {
            ("年", "月") => after.starts_with('日'),
            ("년", "월") => after.starts_with('일'),
            // `2024. 5. 13.`: a space after each dot, so `18.02.2024` stays numeric.
            (".", ".") => {
                norm.get(ye..ms).is_some_and(|m| m.ends_with(' '))
                    && norm.get(me..ds).is_some_and(|m| m.ends_with(' '))
            }
            _ => false,
        };
        if !marked || ye - ys != 4 || me - ms > 2 || de - ds > 2 {
            return None;
        }
        let n = |a: usize, b: usize| norm.get(a..b)?.parse::<u32>().ok();
        let year = i32::try_from(n(ys, ye)?).ok()?;
        NaiveDate::from_ymd_opt(year, n(ms, me)?, n(ds, de)?).filter(|d| YEARS.contains(&d.year()))
    })
}

/// Words of a normalized text, split at spaces and the punctuation around dates; a slash
/// between two month names (`نوفمبر/تشرين`) splits too, a slash between digits does not; a
/// colon after a word (`时间：2022-11-24`, `نشر:2020-10-07`, written without a space) splits, a
/// colon inside a time (`05:30`) does not.
fn tokens(norm: &str) -> Vec<&str> {
    norm.split(|c: char| c.is_whitespace() || "،,|()[]؛;".contains(c))
        .flat_map(split_after_label)
        .flat_map(split_after_letter)
        .flat_map(|t| {
            // `10/12/2022` keeps its slashes; `كانون1/ديسمبر` (a numbered month) does not.
            let numeric = t.chars().any(|c| c.is_ascii_digit());
            let mut next = t.chars().skip(1).map(char::is_alphabetic);
            // The tuple takes the next char's answer for every char, so `next` keeps in step.
            t.split(move |c| matches!((c, next.next().unwrap_or(false)), ('/', l) if !numeric || l))
        })
        .map(|t| t.trim_matches(|c: char| "-–—.:\"'«»".contains(c)))
        .filter(|t| !t.is_empty())
        .collect()
}

/// A token cut at each colon that follows a letter (`时间:2022-11-24` → `时间`, `2022-11-24`).
fn split_after_label(t: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<char> = None;
    for (i, c) in t.char_indices() {
        if c == ':' && prev.is_some_and(char::is_alphabetic) {
            out.extend(t.get(start..i));
            start = i + c.len_utf8();
        }
        prev = Some(c);
    }
    out.extend(t.get(start..));
    out
}

/// A token cut where a digit follows a letter: a date set in a span of its own after a name
/// runs into it when the page's spans are read without a space between them (`شبكة
/// المثال2024-04-23`), and Chinese is written without spaces anyway (`39健康网2024-04-23` →
/// `39健康网`, `2024-04-23`).
fn split_after_letter(t: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<char> = None;
    for (i, c) in t.char_indices() {
        if c.is_ascii_digit() && prev.is_some_and(char::is_alphabetic) {
            out.extend(t.get(start..i));
            start = i;
        }
        prev = Some(c);
    }
    out.extend(t.get(start..));
    out
}

/// The number of a Gregorian month named by one word in any language the reader knows
/// (`nov`, `Juli`, `أكتوبر`), for an address's `/2019/nov/18/`.
pub fn month_number(word: &str) -> Option<u32> {
    let w = normalize(word).text;
    months()
        .iter()
        .find(|m| m.cal == Cal::Gregorian && m.words.len() == 1 && m.words.first() == Some(&w))
        .map(|m| m.month)
}

/// The other reading of a text whose first date is numeric with day and month that could be
/// swapped (`05/09/2024`: 5 September day first, 9 May month first): `date_in` reads it day
/// first; this is the month-first date. `None` when only one reading is a date, or both are
/// the same day.
pub fn swapped_reading(text: &str) -> Option<NaiveDate> {
    let norm = normalize(text).text;
    let first = tokens(&norm).into_iter().find(|t| numeric(t).is_some())?;
    let token = first.split(['T', 't']).next().unwrap_or(first);
    let parts: Vec<&str> = token.split(['/', '-', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if c.len() != 4 {
        return None;
    }
    let (day, month, year): (u32, u32, i32) = (a.parse().ok()?, b.parse().ok()?, c.parse().ok()?);
    if day == month || !YEARS.contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month, day)?;
    NaiveDate::from_ymd_opt(year, day, month)
}

/// `2024-02-18`, `2024/02/18`, `18/02/2024`, `18-02-2024`, `18.02.2024` (a time after `T`
/// ignored); `02/18/2024` when only the month-first reading is a date; `1399/02/21` in the
/// Solar Hijri calendar.
fn numeric(token: &str) -> Option<NaiveDate> {
    let token = token.split(['T', 't']).next().unwrap_or(token);
    let parts: Vec<&str> = token.split(['/', '-', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if ![a, b, c]
        .iter()
        .all(|p| !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let (x, y, z): (i32, u32, u32) = (a.parse().ok()?, b.parse().ok()?, c.parse().ok()?);
    if a.len() == 4 {
        if SOLAR_YEARS.contains(&x) {
            return solar_to_gregorian(x, y, z);
        }
        return NaiveDate::from_ymd_opt(x, y, z).filter(|d| YEARS.contains(&d.year()));
    }
    if c.len() == 4 {
        let year: i32 = c.parse().ok()?;
        if SOLAR_YEARS.contains(&year) {
            return solar_to_gregorian(year, y, x as u32);
        }
        if !YEARS.contains(&year) {
            return None;
        }
        return NaiveDate::from_ymd_opt(year, y, x as u32)
            .or_else(|| NaiveDate::from_ymd_opt(year, x as u32, y));
    }
    None
}

/// A day, a month name and a year in any order a news site writes them: `7 أكتوبر 2020`,
/// `October 7, 2020`, `Wed, 07 Oct 2020`, `۲۱ اردیبهشت ۱۳۹۹`, `الأحد 1 نوفمبر/تشرين الثاني 2020`.
fn named(tokens: &[&str]) -> Option<NaiveDate> {
    let not_lunar = |i: &usize| month_at(tokens, *i).is_some_and(|m| m.cal != Cal::Lunar);
    (0..tokens.len())
        .filter(not_lunar)
        .find_map(|i| named_at(tokens, i))
        .or_else(|| (0..tokens.len()).find_map(|i| named_at(tokens, i)))
}

/// Every date written in `text` (numeric and with month names), in order of kind then place:
/// for checking one date against the others a page states.
pub fn dates_in(text: &str) -> Vec<NaiveDate> {
    let norm = normalize(text).text;
    let tokens = tokens(&norm);
    let numeric_dates = tokens.iter().filter_map(|t| numeric(t));
    let named_dates = (0..tokens.len())
        .filter(|&i| month_at(&tokens, i).is_some_and(|m| m.cal != Cal::Lunar))
        .filter_map(|i| named_at(&tokens, i));
    numeric_dates.chain(named_dates).collect()
}

/// The month and day a text ends with, without a year (`HONG KONG, Jan. 15`, `بيروت 15
/// يناير`): a wire dateline's.
pub fn month_day_at_end(text: &str) -> Option<(u32, u32)> {
    let norm = normalize(text).text;
    let tokens = tokens(&norm);
    let day = |t: &str| t.parse::<u32>().ok().filter(|d| (1..=31).contains(d));
    let gregorian = |i: usize| month_at(&tokens, i).filter(|m| m.cal == Cal::Gregorian);
    let n = tokens.len();
    // `Jan. 15`: a one-word month, then the day.
    let month_first = n.checked_sub(2).and_then(|i| {
        Some((
            gregorian(i).filter(|m| m.words.len() == 1)?.month,
            day(tokens.get(i + 1)?)?,
        ))
    });
    // `15 يناير`, `15 كانون الثاني`: the day, then the month's words ending the text.
    let day_first = || {
        (1..n).find_map(|i| {
            let m = gregorian(i).filter(|m| i + m.words.len() == n)?;
            Some((m.month, day(tokens.get(i - 1)?)?))
        })
    };
    month_first.or_else(day_first)
}

/// The date whose month name starts at token `i`, with its day and year around it.
fn named_at(tokens: &[&str], i: usize) -> Option<NaiveDate> {
    let month = month_at(tokens, i)?;
    let after = i + month.words.len();
    // A second spelling of the same month may follow (`نوفمبر/تشرين الثاني`).
    let after = month_at(tokens, after)
        .filter(|m| m.month == month.month)
        .map_or(after, |m| after + m.words.len());
    let num = |k: Option<usize>| {
        k.and_then(|k| tokens.get(k)).and_then(|t| {
            // `18th`, `1st`: an English ordinal day.
            let t = t.trim_end_matches(['م', 'ه']);
            let t = ["st", "nd", "rd", "th"]
                .iter()
                .find_map(|s| t.strip_suffix(s))
                .unwrap_or(t);
            t.parse::<i32>().ok()
        })
    };
    // `5 de agosto de 2020` (Spanish, Portuguese): a `de` on either side of the month.
    let connective = |k: usize| tokens.get(k).is_some_and(|t| matches!(*t, "de" | "del"));
    let before = match i.checked_sub(1) {
        Some(k) if connective(k) => num(k.checked_sub(1)),
        k => num(k),
    };
    let after = if connective(after) { after + 1 } else { after };
    // A weekday between the day and the year: `Dec 28 Sat 2013` (a blog's date box).
    let year_at = if tokens.get(after + 1).is_some_and(|t| WEEKDAYS.contains(t)) {
        after + 2
    } else {
        after + 1
    };
    let (next, next2) = (num(Some(after)), num(Some(year_at)));
    // A time between the day and the year: `November 20 15:23 2019`.
    let is_time = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.contains(':') && t.chars().all(|c| c.is_ascii_digit() || c == ':'))
    };
    let next3 = num(Some(after + 2)).filter(|_| is_time(after + 1));
    // A time and its zone between the day and the year: `Mon Aug 03 12:45:00 EDT 2015`, the
    // shape of Unix `date` and Java's `Date.toString()`, which some CMSs write into meta tags.
    let next4 = num(Some(after + 3))
        .filter(|_| is_time(after + 1) && tokens.get(after + 2).is_some_and(|t| ZONES.contains(t)));
    let (day, year) = match (before, next, next2, next3.or(next4)) {
        (Some(d), Some(y), _, _) if d <= 31 && y > 31 => (d, y),
        (_, Some(d), Some(y), _) if d <= 31 && y > 31 => (d, y),
        (_, Some(d), _, Some(y)) if d <= 31 && y > 31 => (d, y),
        _ => return None,
    };
    match month.cal {
        Cal::Solar if SOLAR_YEARS.contains(&year) => {
            solar_to_gregorian(year, month.month, day as u32)
        }
        Cal::Solar => None,
        Cal::Gregorian if YEARS.contains(&year) => {
            NaiveDate::from_ymd_opt(year, month.month, day as u32)
        }
        Cal::Gregorian => None,
        Cal::Lunar if LUNAR_YEARS.contains(&year) => {
            hijri_to_gregorian(year, month.month, day as u32)
        }
        Cal::Lunar => None,
    }
}

/// Time zone abbreviations a date may hold between its time and its year (normalized).
const ZONES: &[&str] = &[
    "utc", "gmt", "z", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "akst", "akdt",
    "hst", "ast", "adt", "bst", "ist", "cet", "cest", "eet", "eest", "wet", "west", "msk", "jst",
    "kst", "hkt", "sgt", "aest", "aedt", "awst", "nzst", "nzdt",
];

/// English weekday names (normalized: lower case), full and short.
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];

/// The month whose spelling starts at token `i`.
fn month_at(tokens: &[&str], i: usize) -> Option<&'static Month> {
    months().iter().find(|m| {
        m.words.len() + i <= tokens.len()
            && m.words
                .iter()
                .zip(tokens.get(i..).unwrap_or_default())
                .all(|(w, t)| {
                    // `أكتوبر` and `Oct.`; a proclitic-free match only.
                    w == t
                })
    })
}

/// A Unix time in seconds or milliseconds, alone (some CMSs put one in `data-timestamp`).
fn timestamp(tokens: &[&str]) -> Option<NaiveDate> {
    let [t] = tokens else { return None };
    if !t.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let n: i64 = t.parse().ok()?;
    let secs = match t.len() {
        10 => n,
        13 => n / 1000,
        _ => return None,
    };
    chrono::DateTime::from_timestamp(secs, 0)
        .map(|d| d.date_naive())
        .filter(|d| YEARS.contains(&d.year()))
}

/// A Solar Hijri (Persian calendar) date in the Gregorian calendar; `None` if it is not a date.
pub fn solar_to_gregorian(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    let month_len = if month <= 6 { 31 } else { 30 };
    if !(1..=12).contains(&month) || day == 0 || day > month_len {
        return None;
    }
    // Day 1 of Farvardin is the day of the March equinox; the 33-year arithmetic rule below
    // matches the astronomical calendar for the years this reader accepts.
    let days_before_month = if month <= 7 {
        (month - 1) * 31
    } else {
        186 + (month - 7) * 30
    };
    let new_year = solar_new_year(year)?;
    new_year.checked_add_days(chrono::Days::new(u64::from(days_before_month + day - 1)))
}

/// The Gregorian date of 1 Farvardin of Solar Hijri `year`.
fn solar_new_year(year: i32) -> Option<NaiveDate> {
    // 1 Farvardin 1354 was 21 March 1975; leap years follow the 33-year cycle (years whose
    // remainder mod 33 is one of these are leap: they have 366 days).
    const LEAP: [i32; 8] = [1, 5, 9, 13, 17, 22, 26, 30];
    let leap = |y: i32| LEAP.contains(&y.rem_euclid(33));
    let mut date = NaiveDate::from_ymd_opt(1975, 3, 21)?;
    let (from, to) = (1354.min(year), 1354.max(year));
    let days: i64 = (from..to).map(|y| if leap(y) { 366 } else { 365 }).sum();
    date = if year >= 1354 {
        date.checked_add_days(chrono::Days::new(days as u64))?
    } else {
        date.checked_sub_days(chrono::Days::new(days as u64))?
    };
    Some(date)
}

#[cfg(test)]
mod tests;
