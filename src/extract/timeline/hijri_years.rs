//! Hijri years written without their era mark (`ولد بالرياض عام 1396`, in a 2015 Saudi
//! biography: 1976, not the fourteenth century). A year of the recent Hijri centuries (1300–
//! 1500, AD 1882–2077) said with no era mark could be either calendar: an AD year of those
//! centuries is real in a history piece (`معركة … عام 1396`), but news from outlets that date
//! in Hijri write it bare all the time. The number alone cannot tell; what the same writer and
//! the same story write can. Such a year is read as Hijri, in an article dated in our era, when
//! one of these writes Hijri years (a `هـ` mark, a Hijri month with its year):
//!
//! - the article itself, elsewhere: its writer counts in Hijri;
//! - another article of its outlet in the story: the outlet counts in Hijri;
//! - another article of the story, for that very year (`عام 1396هـ`): the same fact.
//!
//! An article that marks an AD year of the same centuries with `م` (`عام 1396م`) says that
//! it tells of those centuries in AD, and keeps its bare years AD too. Everything else stays
//! as it was: AD.

use std::collections::HashSet;

use super::grammar::{Expr, Found, find_in};
use super::tokens::{Tok, tokenize};
use crate::calendar::Calendar;
use crate::corpus::Corpus;
use crate::text::Prepared;

/// Years a bare number may be read as Hijri in (AH 1300 is AD 1882, AH 1500 AD 2077).
const RECENT_HIJRI: std::ops::RangeInclusive<i32> = 1300..=1500;

/// Articles of a reference year before this are not "dated in our era" for this rule.
const MODERN: i32 = 1900;

/// What a story says about the calendar of its years.
#[derive(Debug, Default)]
pub(super) struct HijriEvidence {
    /// Per article: it writes a Hijri year somewhere.
    writes_hijri: Vec<bool>,
    /// Per article: it marks a year of [`RECENT_HIJRI`] AD (`م`).
    marks_old_ad: Vec<bool>,
    /// Outlets with an article in the story that writes a Hijri year.
    outlets: HashSet<String>,
    /// Years the story writes with a Hijri mark.
    years: HashSet<i32>,
}

/// A four-digit number that may be a recent Hijri year, anywhere in `text`: only paragraphs
/// with one are read again by the grammar (most paragraphs have none).
fn has_candidate(text: &str) -> bool {
    let mut run = 0u32;
    let mut value = 0i32;
    let check = |run: u32, value: i32| run == 4 && (1300..=1600).contains(&value);
    // ASCII, Arabic-Indic and Persian digits: the text is as written.
    let digit = |c: char| match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    };
    for c in text.chars() {
        match digit(c) {
            Some(d) => {
                run += 1;
                value = value.saturating_mul(10).saturating_add(d as i32);
            }
            _ => {
                if check(run, value) {
                    return true;
                }
                run = 0;
                value = 0;
            }
        }
    }
    check(run, value)
}

/// The year of a Hijri expression that states its year.
fn hijri_year(e: &Expr) -> Option<i32> {
    match *e {
        Expr::Year {
            year,
            calendar: Calendar::Hijri,
        }
        | Expr::Date {
            year: Some(year),
            calendar: Calendar::Hijri,
            ..
        } => Some(year),
        _ => None,
    }
}

/// Is the Gregorian year found at `f` marked AD (`1396م`)?
fn marked_ad(toks: &[Tok<'_>], f: &Found) -> bool {
    toks.iter().any(|t| t.end == f.end && t.text == "م")
}

/// A Gregorian year of [`RECENT_HIJRI`] found with no era mark.
fn bare_old_year(toks: &[Tok<'_>], f: &Found) -> Option<i32> {
    match f.expr {
        Expr::Year {
            year,
            calendar: Calendar::Gregorian,
        } if RECENT_HIJRI.contains(&year) && !marked_ad(toks, f) => Some(year),
        _ => None,
    }
}

impl HijriEvidence {
    /// Reads the story's paragraphs that hold a candidate number (as `prepared` holds them).
    pub(super) fn of(corpus: &Corpus, prepared: &Prepared) -> HijriEvidence {
        let mut ev = HijriEvidence::default();
        for (a, article) in corpus.articles.iter().enumerate() {
            let (mut hijri, mut ad) = (false, false);
            if crate::corpus::language::is_analysed(article) {
                for (p, para) in article.paragraphs.iter().enumerate() {
                    if !para.kind.is_content() || !has_candidate(&para.text) {
                        continue;
                    }
                    let t = prepared.get(a, p, &para.text);
                    let toks = tokenize(&t.norm);
                    for f in find_in(&toks) {
                        if let Some(y) = hijri_year(&f.expr) {
                            hijri = true;
                            ev.years.insert(y);
                        }
                        if let Expr::Year {
                            year,
                            calendar: Calendar::Gregorian,
                        } = f.expr
                        {
                            ad |= RECENT_HIJRI.contains(&year) && marked_ad(&toks, &f);
                        }
                    }
                }
            }
            if hijri && !article.outlet.is_empty() {
                ev.outlets.insert(article.outlet.clone());
            }
            ev.writes_hijri.push(hijri);
            ev.marks_old_ad.push(ad);
        }
        ev
    }

    /// Rewrites the bare years of [`RECENT_HIJRI`] in one paragraph's `found` (of article
    /// `a`, its outlet `outlet`, its reference year `year`) as Hijri where the story's
    /// evidence says so (see the module's doc).
    pub(super) fn read(
        &self,
        (a, outlet): (usize, &str),
        year: Option<i32>,
        toks: &[Tok<'_>],
        found: &mut [Found],
    ) {
        if year.is_none_or(|y| y < MODERN) || self.marks_old_ad.get(a) == Some(&true) {
            return;
        }
        let writer = self.writes_hijri.get(a) == Some(&true)
            || !outlet.is_empty() && self.outlets.contains(outlet);
        for f in found.iter_mut() {
            if let Some(y) = bare_old_year(toks, f)
                && (writer || self.years.contains(&y))
            {
                f.expr = Expr::Year {
                    year: y,
                    calendar: Calendar::Hijri,
                };
            }
        }
    }

    /// Could [`HijriEvidence::read`] change anything in this article?
    pub(super) fn any(&self) -> bool {
        !self.years.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_are_four_digit_numbers_of_recent_hijri_centuries() {
        assert!(has_candidate("ولد عام 1396 في الرياض"));
        assert!(has_candidate("1445"));
        assert!(has_candidate("عام ١٣٩٦هـ"));
        assert!(!has_candidate("في عام 2015 و12 ألفا"));
        assert!(!has_candidate("رقم 13960"));
    }
}

// Tests index freely: an index out of range is a failed test.
#[cfg(test)]
#[allow(clippy::indexing_slicing)]
#[path = "hijri_years_tests.rs"]
mod story_tests;
