//! What an article without a date of its own borrows, checked against the evidence.
//!
//! - **The story's date** ([`story_date`]): the upper median of the articles' publication
//!   dates, unless those dates lie far apart (a pasted page's site clock of the day it was read
//!   beside another page's metadata date years earlier). Then the dates are grouped into
//!   clusters, and the cluster the story's undated texts agree with is borrowed: a full date
//!   near it, a year-less date whose written weekday falls on that day in its year (`الإثنين
//!   15 أيار`), a month said to be the current one (`14 مايو الجاري`). A lone outlier years
//!   away from the rest and from what the texts say is not borrowed.
//! - **A borrowed date against the article's own anchors** ([`after_past_months`]): a
//!   follow-up article may be written weeks after the story's day. When it names the
//!   borrowed date's own month as past (`يوم 6 مارس الماضي` with a borrowed 6 March: the
//!   current month is `الجاري` in news, never `الماضي`), the article is later than the
//!   borrowed date, and so later than every month it calls past that the borrowed date would
//!   have thrown a year back (`أبريل الماضي`): the reference moves to just after the latest
//!   of them, and its day is unknown.
//! - **A borrowed date after a day the article announces** ([`before_coming_days`]): an
//!   article that says a day is still to come (`القمة التي تقام في الفترة من 12 إلى 14
//!   فبراير الحالي`, `ومن المقرر أن … يوم 12 فبراير`) was written before it, so a story date
//!   after that day is another article's: the reference moves to the day before it (and to the
//!   weekday its deictics name, `اليوم الأحد`, in the week before).
//! - **The day the lede pins** ([`lede_day`]): news opens on the day it reports (`أكد رئيس
//!   اللجنة الإثنين 15 أيار أن …`). A day written with its weekday in an undated article's
//!   first paragraph, in the year near the story's date that the weekday agrees with, is that
//!   article's day rather than the story's (which may be another article's, weeks later).

use chrono::{Datelike, Months, NaiveDate};

use super::grammar::{Expr, Found};
use super::lexicon::Cue;
use crate::calendar::Calendar;

/// Publication dates further apart than this are checked against the texts.
pub(super) const SPREAD_DAYS: i64 = 92;

/// Dates of one cluster follow each other by at most this many days.
const CLUSTER_GAP_DAYS: i64 = 31;

/// A full date supports a cluster when it is this near it (a few weeks before or after: the
/// text's happening, then the article).
const NEAR_DAYS: i64 = 62;

/// The upper median of sorted dates.
fn upper_median(sorted: &[NaiveDate]) -> Option<NaiveDate> {
    sorted.get(sorted.len() / 2).copied()
}

/// Does one undated article's set of date expressions agree with a story date `r`?
fn agrees_with(found: &[Found], r: NaiveDate) -> bool {
    found.iter().any(|f| match f.expr {
        Expr::Numeric(d) => (d - r).num_days().abs() <= NEAR_DAYS,
        Expr::Date {
            year: Some(y),
            month,
            day: Some(day),
            calendar: Calendar::Gregorian,
            ..
        } => NaiveDate::from_ymd_opt(y, month, day)
            .is_some_and(|d| (d - r).num_days().abs() <= NEAR_DAYS),
        Expr::Date {
            year: None,
            month,
            day: Some(day),
            weekday: Some(w),
            calendar: Calendar::Gregorian,
            ..
        } => nearest(month, day, r).is_some_and(|d| d.weekday().num_days_from_monday() == w),
        Expr::Date {
            year: None,
            month,
            cue: Some(Cue::Current),
            of_year: false,
            calendar: Calendar::Gregorian,
            ..
        } => month == r.month(),
        _ => false,
    })
}

/// The day `month`/`day` nearest `r` (this year's, last year's or next year's).
fn nearest(month: u32, day: u32, r: NaiveDate) -> Option<NaiveDate> {
    (r.year() - 1..=r.year() + 1)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .min_by_key(|d| (*d - r).num_days().abs())
}

/// The story's date for articles without their own: the upper median of `published` (the
/// articles' publication dates), or, when they lie far apart, of the cluster that the most
/// articles support — by their publication date, or by the date expressions of an undated
/// article's text (`undated`: one slice per undated article) agreeing with it. Ties go to the
/// later cluster, as the upper median does.
pub(super) fn story_date(published: &[NaiveDate], undated: &[Vec<Found>]) -> Option<NaiveDate> {
    let mut known = published.to_vec();
    known.sort();
    let (first, last) = (known.first()?, known.last()?);
    if (*last - *first).num_days() <= SPREAD_DAYS {
        return upper_median(&known);
    }
    let mut clusters: Vec<Vec<NaiveDate>> = Vec::new();
    for d in known {
        match clusters.last_mut() {
            Some(c)
                if c.last()
                    .is_some_and(|l| (d - *l).num_days() <= CLUSTER_GAP_DAYS) =>
            {
                c.push(d)
            }
            _ => clusters.push(vec![d]),
        }
    }
    let support = |c: &Vec<NaiveDate>| {
        let texts = undated
            .iter()
            .filter(|found| c.iter().any(|r| agrees_with(found, *r)))
            .count();
        c.len() + texts
    };
    // `max_by_key` keeps the last of equals: the later cluster.
    clusters
        .iter()
        .max_by_key(|c| support(c))
        .and_then(|c| upper_median(c))
}

/// The first day of the month after `d`'s.
fn next_month(d: NaiveDate) -> Option<NaiveDate> {
    d.with_day(1)?.checked_add_months(Months::new(1))
}

/// A borrowed reference `r` moved after the months the article calls past, when it names
/// `r`'s own month as past (see the module's documentation); `None` when nothing contradicts
/// `r`. The day of the moved reference is unknown: it is the first day the anchors allow.
pub(super) fn after_past_months(r: NaiveDate, found: &[Found]) -> Option<NaiveDate> {
    // Months said to be past (`أبريل الماضي`, `6 مارس الماضي`), with their day.
    let past: Vec<(u32, Option<u32>)> = found
        .iter()
        .filter_map(|f| match f.expr {
            Expr::Date {
                year: None,
                month,
                day,
                end_day: None,
                cue: Some(Cue::Past),
                calendar: Calendar::Gregorian,
                of_year: false,
                ..
            } => Some((month, day)),
            _ => None,
        })
        .collect();
    if !past.iter().any(|(m, _)| *m == r.month()) {
        return None;
    }
    // In `r`'s year, each month from `r`'s own on is what the borrowed date threw a year back.
    past.iter()
        .filter(|(m, _)| *m >= r.month())
        .filter_map(|&(m, day)| {
            let anchor = NaiveDate::from_ymd_opt(r.year(), m, day.unwrap_or(1))?;
            match day {
                Some(_) => anchor.succ_opt(),
                None => next_month(anchor),
            }
        })
        .max()
        .filter(|moved| *moved > r)
}

/// A borrowed reference `r` moved before the days the article announces as coming (see the
/// module's documentation): the day before the earliest of them that `r` is not before, when
/// that is at most [`CLUSTER_GAP_DAYS`] before `r` (further, the year-less day more likely
/// belongs to another year than `r` to another article); `None` when nothing contradicts `r`.
pub(super) fn before_coming_days(r: NaiveDate, found: &[Found]) -> Option<NaiveDate> {
    found
        .iter()
        .filter_map(|f| match f.expr {
            Expr::Date {
                year,
                month,
                day: Some(day),
                cue,
                calendar: Calendar::Gregorian,
                of_year: false,
                ahead: true,
                ..
            } => match (year, cue) {
                (Some(y), _) => NaiveDate::from_ymd_opt(y, month, day),
                (None, Some(Cue::Current)) if month == r.month() => {
                    NaiveDate::from_ymd_opt(r.year(), month, day)
                }
                (None, None) => nearest(month, day, r),
                _ => None,
            },
            _ => None,
        })
        .filter(|c| *c <= r && (r - *c).num_days() <= CLUSTER_GAP_DAYS)
        .min()
        .and_then(|c| c.pred_opt())
}

/// The day an undated article's lede (`lede`: its first body paragraph's date expressions)
/// names with its weekday, in a year near `story` that the weekday agrees with and within
/// [`NEAR_DAYS`] of it (see the module's documentation). A day the clause announces as coming
/// (`ستجري الإثنين 15 أيار`) is not taken: a preview is written before it.
///
/// A weekday alone (`الذي انضم إلى الفريق، الثلاثاء.`) pins a day only when the story was
/// published over several days (`span`, its first and last publication dates): the latest
/// such day of the span up to `story`.
pub(super) fn lede_day(
    lede: &[Found],
    story: NaiveDate,
    span: (NaiveDate, NaiveDate),
) -> Option<NaiveDate> {
    lede.iter().find_map(|f| match f.expr {
        Expr::Weekday {
            weekday: w,
            through: None,
            cue: None | Some(Cue::Past),
            ahead: false,
        } if span.0 < span.1 => span
            .0
            .iter_days()
            .take_while(|d| *d <= story.min(span.1))
            .filter(|d| d.weekday().num_days_from_monday() == w)
            .last(),
        Expr::Date {
            year,
            month,
            day: Some(day),
            end_day: None,
            weekday: Some(w),
            calendar: Calendar::Gregorian,
            ahead: false,
            ..
        } => {
            let years = match year {
                Some(y) => y..=y,
                None => story.year() - 1..=story.year() + 1,
            };
            years
                .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
                .filter(|d| d.weekday().num_days_from_monday() == w)
                .filter(|d| (*d - story).num_days().abs() <= NEAR_DAYS)
                .min_by_key(|d| (*d - story).num_days().abs())
        }
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::timeline::grammar::find;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    #[test]
    fn near_dates_keep_the_upper_median() {
        let dates = [d(2024, 3, 6), d(2024, 3, 5), d(2024, 3, 7)];
        assert_eq!(story_date(&dates, &[]), Some(d(2024, 3, 6)));
        assert_eq!(story_date(&[], &[]), None);
    }

    /// A page's site clock of the day it was read (2026) beside another page's date (2023):
    /// the undated texts name a Monday 15 May and the current month May, which 2023 agrees with.
    #[test]
    fn a_lone_outlier_the_texts_disagree_with_is_not_borrowed() {
        let dates = [d(2023, 5, 28), d(2026, 12, 7)];
        let texts = [
            find("أعلن رئيس الهيئة الإثنين 15 أيار مايو أن جولة الإعادة ستجري في 28 مايو."),
            find("وجرت الجولة الأولى في 14 مايو الجاري."),
            find("فاز الرئيس بولاية جديدة."),
        ];
        assert_eq!(story_date(&dates, &texts), Some(d(2023, 5, 28)));
        // Nothing in the texts: the later date, as before.
        assert_eq!(story_date(&dates, &texts[2..]), Some(d(2026, 12, 7)));
        // Two articles of the later date outweigh one text.
        let dates = [d(2023, 5, 28), d(2026, 12, 7), d(2026, 12, 6)];
        assert_eq!(story_date(&dates, &texts[1..]), Some(d(2026, 12, 7)));
    }

    /// A follow-up borrowing the story's 6 March calls 6 March and April past: it is later.
    #[test]
    fn a_borrowed_date_its_text_calls_past_moves_after_the_past_months() {
        let text = find(
            "يترقب السوق قرار البنك غدا الخميس. وكان البنك رفع الفائدة يوم 6 مارس الماضي بعد \
             رفعها في فبراير الماضي، وتراجع التضخم في أبريل الماضي بعد ارتفاعه في مارس الماضي.",
        );
        assert_eq!(after_past_months(d(2024, 3, 6), &text), Some(d(2024, 5, 1)));
        // The same months against a reference after them: nothing to move.
        assert_eq!(after_past_months(d(2024, 5, 20), &text), None);
        // A month a year back is no contradiction by itself (`أبريل الماضي` said in March).
        let text = find("وكان التضخم قد بلغ ذروته في أبريل الماضي.");
        assert_eq!(after_past_months(d(2024, 3, 6), &text), None);
    }

    /// The lede's Monday 15 May (2023, the year the weekday agrees with) is the undated
    /// article's day, not the story's 28 May; a coming day, a day far from the story and a
    /// weekday no near year agrees with give nothing.
    #[test]
    fn the_day_a_lede_pins_with_its_weekday_is_the_articles() {
        let story = d(2023, 5, 28);
        let lede =
            find("أكد رئيس اللجنة العليا الإثنين 15 أيار مايو أن جولة الإعادة ستجري في 28 مايو.");
        let one = (story, story);
        assert_eq!(lede_day(&lede, story, one), Some(d(2023, 5, 15)));
        let full = find("أعلنت الهيئة الإثنين 15 مايو 2023 النتائج الأولية.");
        assert_eq!(lede_day(&full, story, one), Some(d(2023, 5, 15)));
        let coming = find("ومن المقرر أن تجري الجولة الثانية الأحد 28 مايو.");
        assert_eq!(lede_day(&coming, d(2023, 5, 15), one), None);
        let far = find("أكد الرئيس الإثنين 15 مايو 2023 أن الحكومة باقية.");
        assert_eq!(lede_day(&far, d(2024, 3, 6), one), None);
        // 15 May was a Monday in 2023, not in 2022 or 2024: a Tuesday agrees with no near year.
        let wrong = find("أكد الرئيس الثلاثاء 15 مايو أن الحكومة باقية.");
        assert_eq!(lede_day(&wrong, story, one), None);
        assert_eq!(lede_day(&find("فاز الرئيس بولاية جديدة."), story, one), None);
    }

    /// An article that announces a summit of 12–14 February (current month) is written before
    /// it: a story date of 23 February moves to 11 February; a coming day after the story's
    /// date, a past day and a coming day far before it move nothing.
    #[test]
    fn a_borrowed_date_after_an_announced_day_moves_before_it() {
        let text = find(
            "وبدأ رئيس الوزراء زيارته اليوم الأحد للمشاركة في القمة التي تقام في الفترة من 12 \
             إلى 14 فبراير الحالي.",
        );
        assert_eq!(
            before_coming_days(d(2024, 2, 23), &text),
            Some(d(2024, 2, 11))
        );
        assert_eq!(before_coming_days(d(2024, 2, 10), &text), None);
        let planned = find("ومن المقرر أن تعقد القمة يوم 12 فبراير.");
        assert_eq!(
            before_coming_days(d(2024, 2, 23), &planned),
            Some(d(2024, 2, 11))
        );
        assert_eq!(before_coming_days(d(2024, 4, 23), &planned), None);
        let past = find("وعقدت القمة يوم 12 فبراير.");
        assert_eq!(before_coming_days(d(2024, 2, 23), &past), None);
    }

    /// A story published from Tuesday 15 to Saturday 19 August: an undated article whose lede
    /// tells of Tuesday is Tuesday's; a story of one day keeps its date.
    #[test]
    fn a_lede_weekday_picks_its_day_in_a_story_of_several_days() {
        let lede = find("ودع رئيس النادي اللاعب الذي انضم إلى الفريق، الثلاثاء.");
        let span = (d(2023, 8, 15), d(2023, 8, 19));
        assert_eq!(lede_day(&lede, d(2023, 8, 19), span), Some(d(2023, 8, 15)));
        let one = (d(2023, 8, 19), d(2023, 8, 19));
        assert_eq!(lede_day(&lede, d(2023, 8, 19), one), None);
        // No Tuesday in the span: nothing.
        let span = (d(2023, 8, 16), d(2023, 8, 19));
        assert_eq!(lede_day(&lede, d(2023, 8, 19), span), None);
    }
}
