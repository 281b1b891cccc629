//! The date in a page's own address (`/2019/03/12/`, `/2019-03-12-slug`, `/20190312/`,
//! `?a=20190312-…`, CNN's `/2010/POLITICS/08/13/`, the Guardian's `/2019/nov/18/`): a year, month and day together, so a
//! `/2019/03/` archive path or an article number is never read as a date.

use chrono::{Datelike, NaiveDate};

use crate::corpus::dates::{compact, month_number};

/// Years a date in an address may have: the web's.
const ADDRESS_YEARS: std::ops::RangeInclusive<i32> = 1995..=2100;

/// The date in an address's path or query: `YYYY/MM/DD`, `YYYY-MM-DD` or `YYYY_MM_DD` (one
/// separator throughout; a section name may stand after the year: `YYYY/SECTION/MM/DD`), or
/// `YYYYMMDD` as a number of its own (also with a time after it, `YYYYMMDDhhmm[ss]`).
pub fn in_address(url: &str) -> Option<NaiveDate> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    // The path and query, not the host (`2020.example.com` is not a date).
    let path = if url.contains("://") {
        rest.find('/').and_then(|i| rest.get(i..))?
    } else {
        rest
    };
    let runs = digit_runs(path);
    for (k, &(start, end)) in runs.iter().enumerate() {
        let run = path.get(start..end)?;
        if let Some(d) = compact(run).filter(plausible) {
            return Some(d);
        }
        if run.len() != 4 {
            continue;
        }
        if let Some(date) = named_month_after(path, run, end, runs.get(k + 1)) {
            return Some(date);
        }
        let (Some(&(ms, me)), Some(&(ds, de))) = (runs.get(k + 1), runs.get(k + 2)) else {
            continue;
        };
        let sep1 = path.get(end..ms);
        let sep2 = path.get(me..ds);
        // One section name may stand between the year and the month (CNN's
        // `/2010/POLITICS/08/13/`).
        let one_sep = matches!(sep1, Some("/" | "-" | "_")) && sep1 == sep2
            || sep2 == Some("/") && sep1.is_some_and(section_between);
        if !one_sep || me - ms > 2 || de - ds > 2 {
            continue;
        }
        let num = |s: usize, e: usize| path.get(s..e)?.parse::<u32>().ok();
        let (Ok(y), Some(m), Some(d)) = (run.parse::<i32>(), num(ms, me), num(ds, de)) else {
            continue;
        };
        if let Some(date) = NaiveDate::from_ymd_opt(y, m, d).filter(plausible) {
            return Some(date);
        }
    }
    None
}

/// `/2019/nov/18/`: the year's run, a month's name as a path segment of its own, then the
/// day's run (one or two digits ending the segment).
fn named_month_after(
    path: &str,
    year: &str,
    year_end: usize,
    day: Option<&(usize, usize)>,
) -> Option<NaiveDate> {
    let &(ds, de) = day?;
    let month = path
        .get(year_end..ds)?
        .strip_prefix('/')?
        .strip_suffix('/')?;
    let after_day = path.get(de..).and_then(|r| r.chars().next());
    let day_ends_segment = matches!(after_day, None | Some('/' | '-' | '_' | '?'));
    if de - ds > 2 || !day_ends_segment || !month.chars().all(|c| c.is_alphabetic()) {
        return None;
    }
    let m = month_number(month)?;
    let date = NaiveDate::from_ymd_opt(year.parse().ok()?, m, path.get(ds..de)?.parse().ok()?)?;
    plausible(&date).then_some(date)
}

/// `/POLITICS/`: a path segment of letters between a year and a month.
fn section_between(sep: &str) -> bool {
    sep.strip_prefix('/')
        .and_then(|s| s.strip_suffix('/'))
        .is_some_and(|w| (2..=24).contains(&w.len()) && w.chars().all(|c| c.is_ascii_alphabetic()))
}

fn plausible(d: &NaiveDate) -> bool {
    ADDRESS_YEARS.contains(&d.year())
}

/// Byte ranges of the runs of ASCII digits in `s`.
fn digit_runs(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (c.is_ascii_digit(), start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push((st, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push((st, s.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn dates_in_addresses() {
        let at = in_address;
        assert_eq!(at("https://x.com/2015/02/26/lupita-dress/"), d(2015, 2, 26));
        assert_eq!(
            at("/world/story/2015/03/18/00202e76_story.html"),
            d(2015, 3, 18)
        );
        assert_eq!(
            at("https://x.com/news/20240520/1676288.shtml"),
            d(2024, 5, 20)
        );
        assert_eq!(
            at("https://x.com/hl?a=20170309-35097838-cnetj"),
            d(2017, 3, 9)
        );
        assert_eq!(at("https://x.com/2019-03-12-a-story"), d(2019, 3, 12));
        assert_eq!(at("https://x.com/v/201905121830"), d(2019, 5, 12));
        assert_eq!(
            at("http://www.cnn.com/2010/POLITICS/08/13/democrats.social/index.html"),
            d(2010, 8, 13)
        );
        // A month's name as a path segment of its own.
        assert_eq!(
            at("https://www.example.org/news/2019/nov/18/a-story/"),
            d(2019, 11, 18)
        );
        assert_eq!(at("https://x.com/2018/juli/30"), d(2018, 7, 30));
        // A word that is no month, a day run into more digits, no day: no date.
        assert_eq!(at("https://x.com/2019/news/18/a"), None);
        assert_eq!(at("https://x.com/2019/nov/185/a"), None);
        assert_eq!(at("https://x.com/2019/nov/18é/a"), None);
        assert_eq!(at("https://x.com/2019/nov/a-story"), None);
        // A section after the month, or two path segments between year and month: no date.
        assert_eq!(at("https://x.com/2010/08/politics/13/a"), None);
        assert_eq!(at("https://x.com/2010/news/world/08/13/a"), None);
        assert_eq!(at("https://x.com/2010/page/3"), None);
        // A year and month, an article number, mixed separators, the host: no date.
        assert_eq!(at("https://x.com/2019/03/a-story"), None);
        assert_eq!(at("https://x.com/story/64063/slug"), None);
        assert_eq!(at("https://x.com/article/12345678"), None);
        assert_eq!(at("https://x.com/a/1690268064"), None);
        assert_eq!(at("https://x.com/2019/03-12/a"), None);
        assert_eq!(at("https://20190312.example.com/a"), None);
        assert_eq!(at("https://x.com/1980/01/02/old"), None);
    }
}
