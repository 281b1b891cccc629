//! Month names of every Arabic system (assets/months_ar.tsv: Western, Syriac, Maghrebi,
//! Moroccan, Mauritanian, Hijri, and spelling variants), matched on normalized text.
//!
//! Shared by the dateline reader (corpus) and the date grammar (extract), so both agree on
//! what a month is.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::text::normalize;

/// Which calendar a month name belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Calendar {
    Gregorian,
    Hijri,
}

/// One spelling of a month: normalized words, month number 1–12, calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthName {
    /// The normalized spelling, words separated by single spaces.
    pub name: String,
    pub month: u32,
    pub calendar: Calendar,
}

/// Tabular Islamic calendar (civil epoch) to Gregorian: within a day or two of the sighted
/// calendar most countries use.
pub fn hijri_to_gregorian(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    let (y, m, d) = (i64::from(year), i64::from(month), i64::from(day));
    let jd = d + ((295 * (m - 1) + 9) / 10) + (y - 1) * 354 + (3 + 11 * y) / 30 + 1_948_439 - 1;
    // JD 2451545 is 2000-01-01.
    NaiveDate::from_ymd_opt(2000, 1, 1)?.checked_add_signed(chrono::Duration::days(jd - 2_451_545))
}

/// Every month spelling, longest first (so `كانون الثاني` wins over a shorter reading).
pub fn month_names() -> &'static [MonthName] {
    static NAMES: OnceLock<Vec<MonthName>> = OnceLock::new();
    NAMES.get_or_init(|| parse(include_str!("../assets/months_ar.tsv")))
}

/// A fast hash for short keys (a multiply-rotate in the manner of FxHash): the date grammar
/// looks up nearly every word of every paragraph here, and SipHash's resistance to chosen
/// keys buys nothing for a fixed table of month names (it was a tenth of the timeline's time).
#[derive(Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    const K: u64 = 0xf135_7aea_2e62_a9c5;

    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::K);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(
                chunk
                    .iter()
                    .rev()
                    .fold(0, |acc, &b| (acc << 8) | u64::from(b)),
            );
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(
                rest.iter()
                    .rev()
                    .fold(0, |acc, &b| (acc << 8) | u64::from(b)),
            );
        }
    }

    fn finish(&self) -> u64 {
        // Spread the high bits down: the table picks buckets with the low ones.
        self.0 ^ (self.0 >> 32)
    }
}

/// Builds [`WordHasher`]s, for maps and sets of words.
pub(crate) type WordBuildHasher = BuildHasherDefault<WordHasher>;

type MonthIndex = HashMap<String, Vec<MonthName>, WordBuildHasher>;

/// Month spellings by their first word, longest first: a date grammar looks a word up here
/// instead of trying every spelling.
pub fn months_starting_with(word: &str) -> &'static [MonthName] {
    static INDEX: OnceLock<MonthIndex> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut m = MonthIndex::default();
        for name in month_names() {
            let first = name.name.split(' ').next().unwrap_or_default().to_string();
            m.entry(first).or_default().push(name.clone());
        }
        m
    });
    index.get(word).map_or(&[], Vec::as_slice)
}

fn parse(tsv: &str) -> Vec<MonthName> {
    let mut out: Vec<MonthName> = Vec::new();
    for line in tsv.lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        let Some(Ok(month)) = cols.first().map(|c| c.trim().parse::<u32>()) else {
            continue;
        };
        for (i, col) in cols.iter().enumerate().skip(1) {
            for spelling in col.split('|') {
                let name = normalize(spelling.trim())
                    .text
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                if name.is_empty() {
                    continue;
                }
                // Column 7 is the Hijri calendar; the variants column mixes both, so a
                // variant takes the calendar of the standard name it repeats a word of.
                let calendar = if i == 6 || (i == 7 && is_hijri_variant(&name)) {
                    Calendar::Hijri
                } else {
                    Calendar::Gregorian
                };
                let m = MonthName {
                    name,
                    month,
                    calendar,
                };
                if !out.contains(&m) {
                    out.push(m);
                }
            }
        }
    }
    out.sort_by(|a, b| {
        b.name
            .chars()
            .count()
            .cmp(&a.name.chars().count())
            .then(a.name.cmp(&b.name))
    });
    out
}

/// Hijri variants in the variants column (ربيع الثاني, جمادى الثانية, ذي القعدة, ذي الحجة).
fn is_hijri_variant(name: &str) -> bool {
    ["ربيع", "جمادي", "ذي", "ذو"]
        .iter()
        .any(|w| name.split(' ').next() == Some(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(name: &str) -> Vec<(u32, Calendar)> {
        let n = normalize(name).text;
        month_names()
            .iter()
            .filter(|m| m.name == n)
            .map(|m| (m.month, m.calendar))
            .collect()
    }

    #[test]
    fn every_system_is_there() {
        assert_eq!(find("يناير"), vec![(1, Calendar::Gregorian)]);
        assert_eq!(find("كانون الثاني"), vec![(1, Calendar::Gregorian)]);
        assert_eq!(find("كانون ثان"), vec![(1, Calendar::Gregorian)]);
        assert_eq!(find("جويلية"), vec![(7, Calendar::Gregorian)]);
        assert_eq!(find("غشت"), vec![(8, Calendar::Gregorian)]);
        assert_eq!(find("رمضان"), vec![(9, Calendar::Hijri)]);
        assert_eq!(find("ذي القعدة"), vec![(11, Calendar::Hijri)]);
        assert_eq!(find("ربيع الثاني"), vec![(4, Calendar::Hijri)]);
    }

    #[test]
    fn lookup_by_first_word() {
        let first = |w: &str| {
            months_starting_with(&normalize(w).text)
                .iter()
                .map(|m| m.name.clone())
                .collect::<Vec<_>>()
        };
        assert!(first("كانون").contains(&normalize("كانون الثاني").text));
        assert_eq!(first("يناير"), vec![normalize("يناير").text]);
        assert!(first("الرئيس").is_empty());
        // Every spelling is found under its own first word.
        for m in month_names() {
            let w = m.name.split(' ').next().unwrap_or_default();
            assert!(months_starting_with(w).contains(m), "{}", m.name);
        }
    }

    #[test]
    fn longest_first() {
        let names = month_names();
        assert!(
            names
                .windows(2)
                .all(|w| w[0].name.chars().count() >= w[1].name.chars().count())
        );
    }
}
