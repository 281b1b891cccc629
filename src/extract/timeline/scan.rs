//! One pass over the corpus: each content paragraph (normalized once for the whole analysis,
//! [`crate::text::tokens`]) split into the grammar's tokens and read by the grammar once; each article's reference date found (its publication date, else its own
//! evidence, else the story's); each paragraph's dates resolved against it, in reading order.
//!
//! An article with a publication date is resolved paragraph by paragraph as it is read. One
//! without waits for its own evidence: its dated paragraphs (and its meta paragraphs and
//! embedded posts) are kept with what the grammar found in them, and only the dated ones are
//! split into tokens again when their dates are resolved.

use chrono::{Datelike, NaiveDate};

use super::Dated;
use super::borrow::{self, SPREAD_DAYS, after_past_months};
use super::evidence::{
    ParagraphEvidence, borrowed_day, embedded_post, latest_agreeing, own_reference,
};
use super::grammar::{Expr, Found, Parser, find_in};
use super::hijri_years::HijriEvidence;
use super::resolve::{Reference, When, resolve_in};
use super::tokens::{Tok, tokenize};
use crate::corpus::{Corpus, ParagraphKind};
use crate::extract::{Precision, ReferenceSource};
use crate::text::{Prepared, Tokenized};
use std::borrow::Cow;

/// The story's date for articles without their own (`borrow::story_date`): the upper median
/// of the publication dates, checked against the undated articles' texts when the dates lie
/// far apart (their date expressions are read only then, and only when some article is
/// undated).
fn story_date(corpus: &Corpus, prepared: &Prepared) -> Option<NaiveDate> {
    let known: Vec<NaiveDate> = corpus.articles.iter().filter_map(|a| a.published).collect();
    let (first, last) = (known.iter().min()?, known.iter().max()?);
    let undated = corpus.articles.iter().any(|a| a.published.is_none());
    let texts: Vec<Vec<Found>> = if undated && (*last - *first).num_days() > SPREAD_DAYS {
        corpus
            .articles
            .iter()
            .enumerate()
            .filter(|(_, a)| a.published.is_none())
            .map(|(a, article)| {
                article
                    .paragraphs
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| p.kind.is_content())
                    .flat_map(|(p, para)| find_in(&tokenize(&prepared.get(a, p, &para.text).norm)))
                    .collect()
            })
            .collect()
    } else {
        Vec::new()
    };
    borrow::story_date(&known, &texts)
}

/// Where an article is in its reading: the last day-precision date (and whether it was
/// estimated), which `في اليوم التالي` counts from.
#[derive(Default)]
struct Reading {
    previous: Option<(NaiveDate, bool)>,
    /// The reference's day is unknown (a borrowed date moved after the months the article
    /// calls past, `borrow::after_past_months`): dates counted in days from it keep their
    /// month only.
    month_only: bool,
}

impl Reading {
    /// Resolve one paragraph's dates into `dated`.
    fn paragraph(
        &mut self,
        (a, p): (usize, usize),
        (toks, found): (&[Tok<'_>], &[Found]),
        reference: Option<Reference>,
        dated: &mut Vec<Dated>,
    ) {
        dated.clear();
        // The last date of this paragraph: `بعد خمس سنوات` counts from it.
        let mut narrative: Option<When> = None;
        for f in found {
            if own_edition(toks, f, reference) {
                continue;
            }
            let Some(mut when) =
                resolve_in(f.expr, reference, self.previous.map(|x| x.0), narrative)
            else {
                continue;
            };
            if matches!(f.expr, Expr::After { .. }) {
                when.inferred = self.previous.is_some_and(|x| x.1);
            }
            if self.month_only && counted_in_days(f.expr) && when.precision == Precision::Day {
                when = When {
                    date: when.date.with_day(1).unwrap_or(when.date),
                    end: None,
                    precision: Precision::Month,
                    ..when
                };
            }
            if when.precision == Precision::Day && when.end.is_none() {
                self.previous = Some((when.date, when.inferred));
            }
            narrative = Some(when);
            dated.push(Dated {
                article: a,
                paragraph: p,
                start: f.start,
                end: f.end,
                when,
            });
        }
    }
}

/// Is `f` a year read from the name of a happening that is the reference's own year
/// (`ربع نهائي كأس العالم 2022` in a December 2022 report)? The year names the edition the
/// story is about, which the article dates better elsewhere: a year-only row of it tells a
/// reader nothing. Another year (`نسخة روسيا 2018`, `مونديال 2030`) is another happening.
fn own_edition(toks: &[Tok<'_>], f: &Found, reference: Option<Reference>) -> bool {
    let Expr::Year {
        year,
        calendar: crate::calendar::Calendar::Gregorian,
    } = f.expr
    else {
        return false;
    };
    if reference.is_none_or(|r| r.date.year() != year) {
        return false;
    }
    let parser = Parser { t: toks };
    toks.iter().enumerate().any(|(i, t)| {
        t.start >= f.start
            && t.end <= f.end
            && t.num == Some(i64::from(year))
            && parser.named_happening_before(i)
    })
}

/// Does `e` count days or weeks from the reference (`غدا الخميس`, `أمس`, `يوم الأربعاء`,
/// `الأسبوع الماضي`, `في اليوم التالي`)?
fn counted_in_days(e: Expr) -> bool {
    use super::lexicon::Unit;
    match e {
        Expr::Relative { unit, .. } | Expr::Named { unit, .. } | Expr::Later { unit, .. } => {
            matches!(unit, Unit::Day | Unit::Week)
        }
        Expr::Weekday { .. } | Expr::After { .. } => true,
        _ => false,
    }
}

/// A paragraph kept while an article's reference date is not known yet.
struct Kept<'p> {
    paragraph: usize,
    prepared: Cow<'p, Tokenized>,
    found: Vec<Found>,
    meta: bool,
}

/// Every content paragraph that holds dates, in reading order, with its tokens and its
/// resolved dates; returns each article's reference date. Paragraphs are read as `prepared`
/// holds them (normalized once for every stage of the analysis).
pub(super) fn scan(
    corpus: &Corpus,
    prepared: &Prepared,
    mut each: impl FnMut(&[Tok<'_>], &[Dated]),
) -> Vec<Option<Reference>> {
    let story = story_date(corpus, prepared);
    // The first and last publication dates, when they are one stretch of news (else the story's
    // date alone): a day inside it is a better guess for an undated article than one outside.
    let span = story.map(|date| {
        let known = corpus.articles.iter().filter_map(|a| a.published);
        match known.clone().min().zip(known.max()) {
            Some((first, last)) if (last - first).num_days() <= SPREAD_DAYS => (first, last),
            _ => (date, date),
        }
    });
    // Bare years of the recent Hijri centuries, read by what the story writes (hijri_years).
    let hijri = HijriEvidence::of(corpus, prepared);
    let mut refs = Vec::with_capacity(corpus.articles.len());
    let mut dated = Vec::new();
    for (a, article) in corpus.articles.iter().enumerate() {
        let mut reading = Reading::default();
        // A Persian or Urdu article keeps its reference date but gives no events (read
        // as Arabic, its numbers and words make false ones: `corpus::language`).
        let read = crate::corpus::language::is_analysed(article);
        if let Some(d) = article.published {
            let reference = Some(Reference::own(d));
            for (p, para) in article
                .paragraphs
                .iter()
                .enumerate()
                .filter(|(_, p)| read && p.kind.is_content())
            {
                let prepared = prepared.get(a, p, &para.text);
                let toks = tokenize(&prepared.norm);
                let mut found = find_in(&toks);
                if hijri.any() {
                    hijri.read((a, &article.outlet), Some(d.year()), &toks, &mut found);
                }
                reading.paragraph((a, p), (&toks, &found), reference, &mut dated);
                if !dated.is_empty() {
                    each(&toks, &dated);
                }
            }
            refs.push(reference);
            continue;
        }
        let mut kept: Vec<Kept> = article
            .paragraphs
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind.is_content() || p.kind == ParagraphKind::Meta)
            .filter_map(|(p, para)| {
                let prepared = prepared.get(a, p, &para.text);
                let found = find_in(&tokenize(&prepared.norm));
                let meta = !para.kind.is_content();
                (meta || !found.is_empty() || embedded_post(&prepared.norm.text)).then_some(Kept {
                    paragraph: p,
                    prepared,
                    found,
                    meta,
                })
            })
            .collect();
        let evidence: Vec<ParagraphEvidence<'_>> = kept
            .iter()
            .map(|k| ParagraphEvidence {
                norm: &k.prepared.norm.text,
                found: &k.found,
                meta: k.meta,
            })
            .collect();
        let reference = match own_reference(&evidence) {
            Some((date, source)) => Some(Reference {
                date,
                borrowed: false,
                source,
            }),
            None => story.map(|date| {
                let first_body = article
                    .paragraphs
                    .iter()
                    .position(|p| p.kind == ParagraphKind::Body);
                let lede = kept.iter().find(|k| Some(k.paragraph) == first_body);
                let span = span.unwrap_or((date, date));
                if let Some(day) = lede.and_then(|k| borrow::lede_day(&k.found, date, span)) {
                    return Reference {
                        date: day,
                        borrowed: true,
                        source: ReferenceSource::Text,
                    };
                }
                let found: Vec<Found> = kept
                    .iter()
                    .filter(|k| !k.meta)
                    .flat_map(|k| k.found.iter().copied())
                    .collect();
                if let Some(bound) = borrow::before_coming_days(date, &found) {
                    // The day is known only where a weekday deictic confirms it.
                    let day = latest_agreeing(bound, &evidence);
                    reading.month_only = day.is_none();
                    return Reference {
                        date: day.unwrap_or(bound),
                        borrowed: true,
                        source: ReferenceSource::Story,
                    };
                }
                let moved = after_past_months(date, &found);
                reading.month_only = moved.is_some();
                Reference {
                    date: moved.unwrap_or_else(|| borrowed_day(date, span, &evidence)),
                    borrowed: true,
                    source: ReferenceSource::Story,
                }
            }),
        };
        for k in kept
            .iter_mut()
            .filter(|k| read && !k.meta && !k.found.is_empty())
        {
            let toks = tokenize(&k.prepared.norm);
            if hijri.any() {
                let year = reference.map(|r| r.date.year());
                hijri.read((a, &article.outlet), year, &toks, &mut k.found);
            }
            reading.paragraph((a, k.paragraph), (&toks, &k.found), reference, &mut dated);
            if !dated.is_empty() {
                each(&toks, &dated);
            }
        }
        refs.push(reference);
    }
    refs
}
