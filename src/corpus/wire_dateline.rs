//! A wire story's dateline without a year: `HONG KONG, Jan. 15 (Xinhua) -- …`, `بيروت، 15
//! كانون الثاني (أ ف ب) - …`. Agencies write the month and day only; the year is taken only
//! where the page itself states it for that very day — a full date with the same month and day
//! elsewhere on the page (a photo caption `Hong Kong, Jan. 15, 2023.`) or in its own address
//! (html/mod.rs asks the address).
//! A year that merely appears (a copyright line, the save date's year) is never used: a guessed
//! date is worse than none.

use chrono::{Datelike, NaiveDate};

use super::dates::{dates_in, month_day_at_end};

/// Characters before the agency's bracket a dateline may take (a place or two and a date).
const DATELINE_CHARS: usize = 60;

/// The month and day of a paragraph opening with a wire dateline: a place, the month and day,
/// the agency in brackets, then a dash (`--`, `-`, `–`, `—`).
pub fn month_day(paragraph: &str) -> Option<(u32, u32)> {
    let (head, rest) = paragraph.split_once('(')?;
    if head.chars().count() > DATELINE_CHARS {
        return None;
    }
    let (agency, after) = rest.split_once(')')?;
    let dashed = after.trim_start().starts_with(['-', '–', '—']);
    let named = agency.chars().any(char::is_alphabetic) && agency.split_whitespace().count() <= 4;
    if !dashed || !named {
        return None;
    }
    month_day_at_end(head.trim().trim_end_matches([',', '،']))
}

/// The date of a dateline's month and day in the first year `sources` (paragraphs) state for
/// that very day; `None` when none does.
pub fn dated<'a>(
    (month, day): (u32, u32),
    sources: impl IntoIterator<Item = &'a str>,
) -> Option<NaiveDate> {
    sources
        .into_iter()
        .flat_map(dates_in)
        .find(|d| d.month() == month && d.day() == day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_month_and_day_of_a_wire_dateline() {
        assert_eq!(
            month_day("HONG KONG/GUANGZHOU, Jan. 15 (Xinhua) -- It was a little past dawn"),
            Some((1, 15))
        );
        assert_eq!(
            month_day("بيروت، 15 كانون الثاني (أ ف ب) - قالت مصادر"),
            Some((1, 15))
        );
        assert_eq!(
            month_day("الرياض، الأحد 15 يناير (واس) - أعلنت الوزارة"),
            Some((1, 15))
        );
        assert_eq!(
            month_day("بيروت - 3 آذار (رويترز) – قالت مصادر"),
            Some((3, 3))
        );
        // A bracket in prose, a bracket without a dash after it, a dateline with no date.
        assert_eq!(
            month_day("The ministry said on Jan. 15 (a Sunday) that it had closed"),
            None
        );
        assert_eq!(month_day("CAIRO, Jan. 15 (Reuters) said"), None);
        assert_eq!(month_day("بيروت (رويترز) - قالت مصادر"), None);
    }

    #[test]
    fn the_year_only_from_a_statement_of_that_very_day() {
        let caption = "Guests at the station in Hong Kong, Jan. 15, 2023.";
        assert_eq!(
            dated((1, 15), ["© 2024 The Site", caption]),
            NaiveDate::from_ymd_opt(2023, 1, 15)
        );
        // Another day's date, or a year alone, gives none.
        assert_eq!(dated((1, 15), ["© 2024 The Site", "Jan. 16, 2023"]), None);
        assert_eq!(
            dated((1, 15), ["صورة من المحطة، 15 يناير 2023"]),
            NaiveDate::from_ymd_opt(2023, 1, 15)
        );
    }
}
