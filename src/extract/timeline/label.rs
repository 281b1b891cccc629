//! Event dates as the export writes them ([`format`]) and as a reader reads them: a decade `197` is the 1970s, a century `19` the
//! twentieth century, a season `2025-SU` summer 2025; days, months and years are shown as
//! the export writes them.

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};

use crate::extract::Precision;

/// Season names by their export code, in English and Arabic.
const SEASONS: &[(&str, &str, &str)] = &[
    ("SP", "spring", "ربيع"),
    ("SU", "summer", "صيف"),
    ("FA", "autumn", "خريف"),
    ("WI", "winter", "شتاء"),
];

/// The date as the export writes it: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, a season `YYYY-SU`
/// (`SP`, `SU`, `FA`, `WI`), a decade `197` (the 1970s), a century `19` (the 1900s).
pub fn format(date: NaiveDate, precision: Precision) -> String {
    match precision {
        Precision::Year => format!("{:04}", date.year()),
        Precision::Month => format!("{:04}-{:02}", date.year(), date.month()),
        Precision::Day => date.format("%Y-%m-%d").to_string(),
        Precision::Season => {
            let s = match date.month() {
                3..=5 => "SP",
                6..=8 => "SU",
                9..=11 => "FA",
                _ => "WI",
            };
            format!("{:04}-{s}", date.year())
        }
        Precision::Decade => format!("{:03}", date.year().div_euclid(10)),
        Precision::Century => format!("{:02}", date.year().div_euclid(100)),
    }
}

/// `date` (as exported with `precision`) in a form a reader reads, in Arabic or English.
pub fn readable(date: &str, precision: Precision, arabic: bool) -> Cow<'_, str> {
    match precision {
        Precision::Decade => match date.parse::<i32>() {
            Ok(d) if arabic => Cow::Owned(format!("{}–{}", d * 10, d * 10 + 9)),
            Ok(d) => Cow::Owned(format!("{}s", d * 10)),
            Err(_) => Cow::Borrowed(date),
        },
        Precision::Century => match date.parse::<i32>() {
            Ok(c) if arabic => Cow::Owned(format!("القرن {}", c + 1)),
            Ok(c) => Cow::Owned(format!("{} century", ordinal(c + 1))),
            Err(_) => Cow::Borrowed(date),
        },
        Precision::Season => {
            let Some((year, code)) = date.split_once('-') else {
                return Cow::Borrowed(date);
            };
            match SEASONS.iter().find(|s| s.0 == code) {
                Some((_, en, _)) if !arabic => Cow::Owned(format!("{en} {year}")),
                Some((_, _, ar)) => Cow::Owned(format!("{ar} {year}")),
                None => Cow::Borrowed(date),
            }
        }
        Precision::Year | Precision::Month | Precision::Day => Cow::Borrowed(date),
    }
}

/// An event that spans exactly one Hijri year (`1976-01-02` to `1976-12-21`, the days of
/// AH 1396: a year written `عام 1396هـ`, or a bare one read as Hijri): that year, and the
/// Gregorian year or years it falls in (`1976`, `2014–2015`), for a label that gives both —
/// the days alone hide the year the article wrote.
pub fn hijri_year(date: &str, end: &str) -> Option<(i32, String)> {
    let start = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    let last = NaiveDate::parse_from_str(end, "%Y-%m-%d").ok()?;
    // A Hijri year is 354 or 355 days: 33 of them are 32 Gregorian years, counted from 622.
    let guess = (start.year() - 622) * 33 / 32 + 1;
    let year = (guess - 2..=guess + 2).find(|&y| {
        crate::calendar::hijri_to_gregorian(y, 1, 1) == Some(start)
            && crate::calendar::hijri_to_gregorian(y + 1, 1, 1).and_then(|d| d.pred_opt())
                == Some(last)
    })?;
    let gregorian = if start.year() == last.year() {
        start.year().to_string()
    } else {
        format!("{}–{}", start.year(), last.year())
    };
    Some((year, gregorian))
}

/// `21` → `21st`.
fn ordinal(n: i32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_read_as_words() {
        assert_eq!(readable("197", Precision::Decade, false), "1970s");
        assert_eq!(readable("197", Precision::Decade, true), "1970–1979");
        assert_eq!(readable("19", Precision::Century, false), "20th century");
        assert_eq!(readable("20", Precision::Century, false), "21st century");
        assert_eq!(readable("18", Precision::Century, true), "القرن 19");
        assert_eq!(readable("2025-SU", Precision::Season, false), "summer 2025");
        assert_eq!(readable("2024-WI", Precision::Season, true), "شتاء 2024");
        assert_eq!(readable("2024-01-29", Precision::Day, true), "2024-01-29");
    }

    #[test]
    fn a_span_of_one_hijri_year_is_that_year() {
        let days = |y| {
            let s = crate::calendar::hijri_to_gregorian(y, 1, 1).expect("in range");
            let e = crate::calendar::hijri_to_gregorian(y + 1, 1, 1)
                .and_then(|d| d.pred_opt())
                .expect("in range");
            (s.to_string(), e.to_string())
        };
        let (s, e) = days(1396);
        assert_eq!(hijri_year(&s, &e), Some((1396, "1976".to_string())));
        let (s, e) = days(1436);
        assert_eq!(hijri_year(&s, &e), Some((1436, "2014–2015".to_string())));
        // A Gregorian year, or a Hijri month, is not.
        assert_eq!(hijri_year("1976-01-01", "1976-12-31"), None);
        let (s, _) = days(1396);
        assert_eq!(hijri_year(&s, "1976-01-31"), None);
    }
}
