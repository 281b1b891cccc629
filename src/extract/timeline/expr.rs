//! What the grammar finds: a date expression before resolution, and where it is.

use chrono::NaiveDate;

use super::lexicon::{Cue, Unit};
pub use super::periods::CenturyOf;
use crate::calendar::Calendar;

/// What a date expression says, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expr {
    /// A day or a month (`day: None`), with an optional range end day, year and tense cue.
    Date {
        year: Option<i32>,
        month: u32,
        day: Option<u32>,
        end_day: Option<u32>,
        /// The range end's month when it is another (`من 11 يونيو حتى 19 يوليو`).
        end_month: Option<u32>,
        cue: Option<Cue>,
        calendar: Calendar,
        /// The weekday written with it (`الأربعاء 8 سبتمبر`): picks the year of a year-less date.
        weekday: Option<u32>,
        /// The cue names the year (`فبراير من العام الماضي`: February of last year), not the
        /// month (`فبراير الماضي`: the last February before the article).
        of_year: bool,
        /// The year was not written with the date but taken from the paragraph (`said_year` in
        /// `years.rs`): it yields to the article's date when it would put a past event
        /// after it.
        said: bool,
        /// The clause speaks of what is to come (`سيعقد`, `سوف`, `المقرر`, a forecast): a
        /// year-less day may then fall after the article's date; otherwise it may not.
        ahead: bool,
    },
    /// A year (`عام 2014`, `2002م`, `1445 هـ`, `في 1975`, `(1962)`).
    Year { year: i32, calendar: Calendar },
    /// A range of years (`بين العامين 1920 و1925`, `2020-2021`, `من 2005 إلى 2010`).
    Years { from: i32, to: i32 },
    /// A season (0 spring, 1 summer, 2 autumn, 3 winter): of a year (`صيف 1947`), of the year
    /// a cue names (`صيف العام الماضي`: `of_year`), the one a cue names (`الصيف الماضي`), or
    /// the one around the reference (`الصيف`, `هذا الصيف`).
    Season {
        season: u8,
        year: Option<i32>,
        cue: Option<Cue>,
        of_year: bool,
    },
    /// A decade (`السبعينيات`: tens 7) of a century.
    Decade { tens: i32, century: CenturyOf },
    /// A century (`القرن التاسع عشر`, `القرن الماضي`).
    Century(CenturyOf),
    /// `count` months from month `first` of a year (halves and quarters: `النصف الثاني من
    /// العام`), the year given, named by a cue, or the reference's.
    Part {
        first: u32,
        count: u32,
        year: Option<i32>,
        cue: Option<Cue>,
    },
    /// A full numeric date.
    Numeric(NaiveDate),
    /// Counted from the article's date: `أمس` (−1 day), `قبل أربع سنوات` (−4 years).
    Relative {
        unit: Unit,
        offset: i64,
        weekday: Option<u32>,
    },
    /// A weekday (`يوم الخميس`, `الخميس الماضي`): the last such day up to the article's date.
    /// `ahead`: the clause speaks of what is to come (`على أن يصدر البيان مساء الإثنين`), so
    /// without a cue the weekday is the coming one (today included), not the last.
    Weekday {
        weekday: u32,
        /// The last of consecutive days listed with it (`يومي الجمعة والسبت`): a range.
        through: Option<u32>,
        cue: Option<Cue>,
        ahead: bool,
    },
    /// `الأسبوع الماضي`, `الشهر المقبل`, `العام الجاري`.
    Named { unit: Unit, cue: Cue },
    /// Counted from the last date mentioned before it: `في اليوم التالي` (+1 day).
    After { days: i64 },
    /// `بعد خمس سنوات`, `بعد يومين`: after the date the paragraph is telling of (the last one
    /// mentioned before it in the paragraph, when that is before the reference), else after
    /// the reference.
    Later { unit: Unit, n: i64 },
    /// `ذات الشهر من العام الماضي`, `الشهر نفسه من العام 2013`: the month last mentioned in the
    /// paragraph, in another year.
    SameMonth { year: Option<i32>, cue: Option<Cue> },
    /// `في مثل هذا اليوم من عام 1990`: the reference's day and month in that year.
    Anniversary { year: i32 },
}

/// A date expression and where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub expr: Expr,
    pub start: usize,
    pub end: usize,
}
