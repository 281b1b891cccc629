//! The outlet's own day for a publication time the metadata states in UTC. A timestamp with
//! the zone `Z` or `+00:00` (`2016-12-23T00:47:31Z`) names the day in Greenwich; the outlet's
//! readers saw the article on their local day, which is the day before for an evening story
//! in the Americas and the day after for a morning one in East Asia. The zone is never
//! guessed: the local day is taken only when the page itself states it — another publication
//! value written with a local zone or none (`Thursday, December 22, 2016, 06:47 PM`), the date
//! it marks near the headline or its dateline (`Published: Dec. 22, 2016, 6:47 p.m.`) — and
//! only in the direction the hour allows (before noon UTC a local day can only be earlier,
//! after noon only later). Else the UTC day stands: a guessed date is worse than none.

use chrono::{Days, NaiveDate};

/// The hour of an ISO timestamp written in UTC (`…T00:47:31Z`, `…T00:47:31.000+00:00`,
/// `… 00:47 +0000`), or `None` when the value has another zone, no zone or no time.
pub fn utc_hour(value: &str) -> Option<u32> {
    let v = value.trim();
    let (_, time) = v.split_once(['T', ' '])?;
    let time = time.trim();
    let zone_at = time.find(['Z', 'z', '+', '-'])?;
    let (clock, zone) = time.split_at(zone_at);
    let utc = matches!(
        zone.trim(),
        "Z" | "z" | "+00:00" | "+0000" | "+00" | "-00:00"
    );
    let hour = clock.trim().split(':').next()?;
    if !utc || hour.len() != 2 {
        return None;
    }
    hour.parse::<u32>().ok().filter(|h| *h < 24)
}

/// The day to show for a UTC timestamp's date `day` at `hour`: the neighbouring day the hour
/// allows when the first of the page's other statements of the date (`others`, strongest
/// first) names it, else `day`.
pub fn local_day(
    day: NaiveDate,
    hour: u32,
    others: impl IntoIterator<Item = NaiveDate>,
) -> NaiveDate {
    let neighbour = if hour < 12 {
        day.checked_sub_days(Days::new(1))
    } else {
        day.checked_add_days(Days::new(1))
    };
    match others
        .into_iter()
        .find(|d| Some(*d) == neighbour || *d == day)
    {
        Some(d) => d,
        None => day,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn only_utc_timestamps_have_an_hour() {
        assert_eq!(utc_hour("2016-12-23T00:47:31Z"), Some(0));
        assert_eq!(utc_hour("2016-12-23T21:05:00.000+00:00"), Some(21));
        assert_eq!(utc_hour("2016-12-23 15:00 +0000"), Some(15));
        assert_eq!(utc_hour("2016-10-02T19:30:57-07:00"), None);
        assert_eq!(utc_hour("2020-04-07T15:49:34+05:30"), None);
        assert_eq!(utc_hour("2016-12-23T00:47:31"), None);
        assert_eq!(utc_hour("2016-12-23"), None);
        assert_eq!(utc_hour("Thu, 22 Dec 2016 18:47:00 GMT"), None);
    }

    #[test]
    fn the_local_day_only_where_the_page_states_it() {
        // An evening story in the Americas: 00:47 UTC is the evening before.
        assert_eq!(
            local_day(d(2016, 12, 23), 0, [d(2016, 12, 22)]),
            d(2016, 12, 22)
        );
        // A morning story in East Asia: 15:00 UTC is the next day there.
        assert_eq!(local_day(d(2019, 4, 3), 15, [d(2019, 4, 4)]), d(2019, 4, 4));
        // The hour forbids it: at 00:47 UTC no zone is a day ahead.
        assert_eq!(
            local_day(d(2016, 12, 23), 0, [d(2016, 12, 24)]),
            d(2016, 12, 23)
        );
        // Nothing else states the date, or the first other statement agrees with UTC.
        assert_eq!(local_day(d(2016, 12, 23), 0, []), d(2016, 12, 23));
        assert_eq!(
            local_day(d(2016, 12, 23), 0, [d(2016, 12, 23), d(2016, 12, 22)]),
            d(2016, 12, 23)
        );
        // A date far off (a related story's) is no statement of this one.
        assert_eq!(
            local_day(d(2016, 12, 23), 0, [d(2016, 11, 2), d(2016, 12, 22)]),
            d(2016, 12, 22)
        );
    }
}
