//! A range of days into another month: `من 11 يونيو 2026 حتى يوم 19 يوليو`, `بين 11 يونيو إلى
//! 19 يوليو المقبلين`, `من 28 ديسمبر إلى 3 يناير 2025`. (A range within one month, `من 24 إلى
//! 31 جانفي`, is read in `grammar.rs`.)

use super::grammar::{Expr, Parser};
use crate::calendar::Calendar;

/// Words that join the two ends of a range of days.
const TO: &[&str] = &["الي", "حتي", "لغايه", "ولغايه", "والي", "وحتي"];

impl Parser<'_> {
    /// The day `first` (a date whose day is the number at `i`) and the day after a joining
    /// word, when `من` or `بين` opens it and the second day has its own month: one range. The
    /// year written on either end is the range's (counted back from the end when the end's
    /// month is earlier), and so is a tense cue (`المقبلين`).
    pub(super) fn month_range(&self, i: usize, first: (Expr, usize)) -> Option<(Expr, usize)> {
        let (
            Expr::Date {
                year,
                month,
                day: Some(day),
                end_day: None,
                cue,
                calendar: Calendar::Gregorian,
                weekday,
                of_year: false,
                ..
            },
            last,
        ) = first
        else {
            return None;
        };
        let opens = i
            .checked_sub(1)
            .and_then(|p| self.word(p))
            .is_some_and(|p| matches!(p, "من" | "بين" | "مابين"));
        if !opens || !self.word(last + 1).is_some_and(|w| TO.contains(&w)) {
            return None;
        }
        let k = last + 2 + usize::from(matches!(self.word(last + 2), Some("يوم" | "تاريخ")));
        let end_day = self.num(k).filter(|e| (1..=31).contains(e))? as u32;
        let (
            Expr::Date {
                year: end_year,
                month: end_month,
                day: Some(_),
                end_day: None,
                cue: end_cue,
                calendar: Calendar::Gregorian,
                ..
            },
            end,
        ) = self.at(k)?
        else {
            return None;
        };
        if end_month == month {
            return None;
        }
        let from_end = end_year.map(|y| if end_month < month { y - 1 } else { y });
        Some((
            Expr::Date {
                year: year.or(from_end),
                month,
                day: Some(day),
                end_day: Some(end_day),
                end_month: Some(end_month),
                cue: cue.or(end_cue),
                calendar: Calendar::Gregorian,
                weekday,
                of_year: false,
                said: false,
                ahead: false,
            },
            end,
        ))
    }
}
