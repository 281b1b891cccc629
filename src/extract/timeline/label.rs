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
}
