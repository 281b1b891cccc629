//! An article's reference date from its own text, for an article the corpus gave no date:
//! a labelled date line (`نشر في: 13 أكتوبر 2009`), an explicit full date that agrees with a
//! weekday deictic (`أمس الخميس` and `الخميس 25 يناير 2024` make it Friday the 26th), the
//! date of a post embedded in it (`— name (@handle) January 25, 2024`), moved to the first day
//! its weekday deictics agree with. Only when none of these speaks does an article borrow the
//! story's date.

use chrono::{Datelike, Days, NaiveDate};

use super::deictic::TIMES_OF_DAY;
use super::grammar::{Expr, Found};
use super::lexicon::Unit;
use super::resolve::resolve;
use crate::calendar::Calendar;
use crate::extract::ReferenceSource;

/// Labels of a date line (normalized): `نشر في`, `تاريخ النشر`, `آخر تحديث`, `published`.
const DATELINE_LABELS: &[&str] = &["نشر", "تاريخ النشر", "اخر تحديث", "published", "updated"];

/// English month names of embedded posts (`January 25, 2024`).
const ENGLISH_MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// What one paragraph gives as evidence: its normalized text and its date expressions.
pub struct ParagraphEvidence<'a> {
    pub norm: &'a str,
    pub found: &'a [Found],
    /// A meta paragraph (dateline, byline) rather than the article's text.
    pub meta: bool,
}

/// A full date written out (a day with its year): the date.
fn full_date(e: Expr) -> Option<NaiveDate> {
    match e {
        Expr::Numeric(d) => Some(d),
        Expr::Date {
            year: Some(_),
            day: Some(_),
            end_day: None,
            calendar: Calendar::Gregorian,
            ..
        } => resolve(e, None, None).map(|w| w.date),
        _ => None,
    }
}

/// A weekday deictic: (offset from the reference in days, weekday Monday = 0).
fn weekday_deictic(e: Expr) -> Option<(i64, u32)> {
    match e {
        Expr::Relative {
            unit: Unit::Day,
            offset,
            weekday: Some(w),
        } => Some((offset, w)),
        _ => None,
    }
}

/// Characters enough for a deictic and a time of day before a date.
const WORDS_BEFORE_DATE_CHARS: usize = 24;

/// The reference date a full date with a weekday deictic before it gives (`أمس السبت 15
/// أبريل 2023` is one expression: the day after 15 April), when the weekday is the date's.
fn said_day(norm: &str, f: &Found) -> Option<NaiveDate> {
    let Expr::Date {
        weekday: Some(w), ..
    } = f.expr
    else {
        return None;
    };
    let date = full_date(f.expr)?;
    if date.weekday().num_days_from_monday() != w {
        return None;
    }
    // `start` counts characters.
    let from: String = norm
        .chars()
        .skip(f.start)
        .take(WORDS_BEFORE_DATE_CHARS)
        .collect();
    let mut words = from.split_whitespace();
    let mut first = words.next()?;
    if TIMES_OF_DAY.contains(&first) {
        first = words.next()?;
    }
    let offset = match first.strip_prefix('و').filter(|r| r.chars().count() >= 3) {
        Some(r) => r,
        None => first,
    };
    let offset: i64 = match offset {
        "امس" => -1,
        "اليوم" => 0,
        "غدا" | "غد" => 1,
        _ => return None,
    };
    date.checked_sub_signed(chrono::Duration::days(offset))
}

/// `January 25, 2024` in an embedded post's text (normalized: lower case).
fn english_date(text: &str) -> Option<NaiveDate> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(3).rev().find_map(|w| {
        let [month, day, year] = w else {
            return None;
        };
        let m = ENGLISH_MONTHS.iter().position(|m| m == month)? as u32 + 1;
        let d: u32 = day.parse().ok()?;
        let y: i32 = year.parse().ok()?;
        NaiveDate::from_ymd_opt(y, m, d)
    })
}

/// Is this paragraph an embedded post (a tweet's signature line)?
pub(super) fn embedded_post(text: &str) -> bool {
    text.contains("(@") || text.contains("pic.twitter.com") || text.contains("twitter.com/")
}

/// Does `r` agree with every weekday deictic (`أمس الخميس`: the day before `r` is a Thursday)?
fn agrees(r: NaiveDate, deictics: &[(i64, u32)]) -> bool {
    deictics.iter().all(|&(k, w)| {
        r.checked_add_signed(chrono::Duration::days(k))
            .is_some_and(|d| d.weekday().num_days_from_monday() == w)
    })
}

/// The reference date an article's own paragraphs give, and where it came from.
pub fn own_reference(paragraphs: &[ParagraphEvidence<'_>]) -> Option<(NaiveDate, ReferenceSource)> {
    // A labelled date line among the meta paragraphs.
    for p in paragraphs.iter().filter(|p| p.meta) {
        if DATELINE_LABELS.iter().any(|l| p.norm.contains(l))
            && let Some(d) = p.found.iter().find_map(|f| full_date(f.expr))
        {
            return Some((d, ReferenceSource::Dateline));
        }
    }
    let content = || paragraphs.iter().filter(|p| !p.meta);
    // A full date said to be yesterday, today or tomorrow, with its weekday (`صباح أمس السبت
    // 15 أبريل 2023`): the article's day is that far from it.
    let said = content()
        .flat_map(|p| p.found.iter().filter_map(|f| said_day(p.norm, f)))
        .max();
    if let Some(r) = said {
        return Some((r, ReferenceSource::Text));
    }
    let deictics = content_deictics(paragraphs);
    // An explicit full date on a weekday a deictic names: the reference is that far from it.
    if !deictics.is_empty() {
        let mut candidates: Vec<NaiveDate> = content()
            .flat_map(|p| p.found.iter().filter_map(|f| full_date(f.expr)))
            .flat_map(|d| {
                deictics.iter().filter_map(move |&(k, w)| {
                    (d.weekday().num_days_from_monday() == w)
                        .then(|| d.checked_sub_signed(chrono::Duration::days(k)))
                        .flatten()
                })
            })
            .filter(|r| agrees(*r, &deictics))
            .collect();
        candidates.sort();
        if let Some(r) = candidates.last() {
            return Some((*r, ReferenceSource::Text));
        }
    }
    // The latest embedded post, moved to the first day on or after it that its weekday
    // deictics agree with (a post is published before the article that quotes it).
    let post = content()
        .filter(|p| embedded_post(p.norm))
        .filter_map(|p| {
            english_date(p.norm).or_else(|| p.found.iter().find_map(|f| full_date(f.expr)))
        })
        .max()?;
    let moved = (0..7)
        .filter_map(|k| post.checked_add_days(Days::new(k)))
        .find(|r| agrees(*r, &deictics))
        .unwrap_or(post);
    Some((moved, ReferenceSource::EmbeddedPost))
}

/// The weekday deictics of an article's content (`اليوم الأحد`: 0 days, Sunday).
fn content_deictics(paragraphs: &[ParagraphEvidence<'_>]) -> Vec<(i64, u32)> {
    paragraphs
        .iter()
        .filter(|p| !p.meta)
        .flat_map(|p| p.found.iter().filter_map(|f| weekday_deictic(f.expr)))
        .collect()
}

/// The story's date moved to the nearest day its weekday deictics agree with: for an article
/// with no date of its own, whose `أمس السبت` says on which day it was written better than the
/// story's median does. A day inside `span` (the first and last publication dates of the
/// story's articles) is preferred, nearest first: a story published over several days is
/// better read as one of them; else three days at most either way. Unmoved when none agrees.
pub fn borrowed_day(
    story: NaiveDate,
    span: (NaiveDate, NaiveDate),
    paragraphs: &[ParagraphEvidence<'_>],
) -> NaiveDate {
    let deictics = content_deictics(paragraphs);
    if deictics.is_empty() {
        return story;
    }
    let near = |reach: i64| {
        (0..=reach)
            .flat_map(|k| [k, -k])
            .filter_map(|k| story.checked_add_signed(chrono::Duration::days(k)))
    };
    near(6)
        .filter(|r| span.0 <= *r && *r <= span.1)
        .find(|r| agrees(*r, &deictics))
        .or_else(|| near(3).find(|r| agrees(*r, &deictics)))
        .unwrap_or(story)
}

/// The latest day from `bound` back through the week before it that agrees with the weekday
/// deictics of the article's content (`اليوم الأحد`); `None` when it has none, or none agrees.
pub fn latest_agreeing(
    bound: NaiveDate,
    paragraphs: &[ParagraphEvidence<'_>],
) -> Option<NaiveDate> {
    let deictics = content_deictics(paragraphs);
    if deictics.is_empty() {
        return None;
    }
    (0..7i64)
        .filter_map(|k| bound.checked_sub_signed(chrono::Duration::days(k)))
        .find(|r| agrees(*r, &deictics))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::timeline::grammar::find;
    use crate::text::normalize;

    fn evidence(paras: &[(&str, bool)]) -> Option<(NaiveDate, ReferenceSource)> {
        let norms: Vec<String> = paras.iter().map(|(t, _)| normalize(t).text).collect();
        let found: Vec<Vec<Found>> = paras.iter().map(|(t, _)| find(t)).collect();
        let ev: Vec<ParagraphEvidence<'_>> = paras
            .iter()
            .zip(norms.iter().zip(&found))
            .map(|((_, meta), (norm, found))| ParagraphEvidence {
                norm,
                found,
                meta: *meta,
            })
            .collect();
        own_reference(&ev)
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    #[test]
    fn a_labelled_date_line() {
        assert_eq!(
            evidence(&[("نشر في: 13 أكتوبر 2009", true), ("نص المقال.", false)]),
            Some((d(2009, 10, 13), ReferenceSource::Dateline))
        );
    }

    #[test]
    fn a_full_date_on_the_weekday_a_deictic_names() {
        // 25 January 2024 is a Thursday: `أمس الخميس` makes the article's day the 26th.
        assert_eq!(
            evidence(&[
                ("التقى الوزير أمس الخميس نظيره.", false),
                ("وكان قد وصل يوم الخميس 25 يناير 2024 إلى عمان.", false),
            ]),
            Some((d(2024, 1, 26), ReferenceSource::Text))
        );
        // A full date on another weekday says nothing about the article's day.
        assert_eq!(
            evidence(&[
                ("التقى الوزير أمس الخميس نظيره.", false),
                ("وقعت الهجمات في 7 أكتوبر 2023.", false),
            ]),
            None
        );
    }

    #[test]
    fn a_full_date_said_to_be_yesterday() {
        // 15 April 2023 is a Saturday: the article was written on the 16th.
        assert_eq!(
            evidence(&[(
                "اندلعت الاشتباكات منذ صباح أمس السبت 15 أبريل 2023م في العاصمة.",
                false
            )]),
            Some((d(2023, 4, 16), ReferenceSource::Text))
        );
        // A weekday that is not the date's says nothing.
        assert_eq!(
            evidence(&[("اندلعت الاشتباكات أمس الأحد 15 أبريل 2023 في العاصمة.", false)]),
            None
        );
    }

    #[test]
    fn an_embedded_post_moved_to_its_weekday() {
        // The post is of Wednesday 24 January 2024; `أمس الخميس` puts the article on Friday.
        assert_eq!(
            evidence(&[
                ("وقال المتحدث أمس الخميس إن الوفد وصل.", false),
                ("— المتحدث الرسمي (@spokesman) January 24, 2024", false),
            ]),
            Some((d(2024, 1, 26), ReferenceSource::EmbeddedPost))
        );
        assert_eq!(
            evidence(&[("— Name (@handle) March 3, 2023", false)]),
            Some((d(2023, 3, 3), ReferenceSource::EmbeddedPost))
        );
    }

    /// `مساء اليوم الثلاثاء` in an undated article of a story published 15–19 August 2023
    /// (Tuesday to Saturday): the Tuesday inside the span, not the one after it.
    #[test]
    fn a_borrowed_day_stays_inside_the_storys_days() {
        let text = "وشهد مساء اليوم الثلاثاء تأكيد النادي خبر التعاقد مع اللاعب.";
        let norm = normalize(text).text;
        let found = find(text);
        let ev = [ParagraphEvidence {
            norm: &norm,
            found: &found,
            meta: false,
        }];
        let story = d(2023, 8, 19);
        assert_eq!(
            borrowed_day(story, (d(2023, 8, 15), story), &ev),
            d(2023, 8, 15)
        );
        assert_eq!(borrowed_day(story, (story, story), &ev), d(2023, 8, 22));
    }
}
