//! Which way a bare weekday points: the tense of its clause, or, when the clause has none, the
//! tense most of its paragraph speaks in. A forecast (`تتوقع الأرصاد … يوم السبت`), a schedule
//! (`اعتبارا من`, `المقبل`) or an imperfect verb that reads as the future (`سيكون`, `يطرأ`,
//! `تشهد`) points to the coming one; a past verb (`قال`, `أعلن`, `جرى`, `شهد`) keeps the past
//! one, as news mostly reports what happened.

use super::grammar::{Expr, Parser};
use super::lexicon::{FUTURE_WORDS, future_verb};
use super::words::{List, Tense, event_tense, is};
use crate::calendar::Calendar;

/// What one word says of its clause's time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Signal {
    Future,
    Past,
}

/// Cues after a noun that put it ahead (`الأيام الأربعة القادمة`, `الأسبوع المقبل`).
const AHEAD_CUES: &[&str] = &["المقبل", "المقبله", "القادم", "القادمه"];

/// Relative pronouns (normalized), which open a clause of their own.
const RELATIVES: &[&str] = &[
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللواتي",
    "اللاتي",
];

/// Punctuation that ends a sentence (a clause's outer bound for its tense).
fn sentence_end(p: &str) -> bool {
    matches!(p, "." | "؟" | "?" | "!" | "؛" | ";" | ":")
}

impl Parser<'_> {
    /// The time word `k` speaks of, if any.
    fn signal(&self, k: usize) -> Option<Signal> {
        let w = self.word(k)?;
        let bare = w
            .strip_prefix(['و', 'ف'])
            .filter(|r| r.chars().count() >= 3)
            .unwrap_or(w);
        if FUTURE_WORDS.contains(&bare)
            || future_verb(bare)
            || is(List::ForecastVerb, bare)
            || AHEAD_CUES.contains(&bare)
        {
            return Some(Signal::Future);
        }
        // `اعتبارا من`, `ابتداء من`: from that day on.
        if matches!(bare, "اعتبارا" | "ابتداء" | "بدءا") && self.word(k + 1) == Some("من")
        {
            return Some(Signal::Future);
        }
        match event_tense(w) {
            Some(Tense::Past) => Some(Signal::Past),
            _ => None,
        }
    }

    /// The sentence of token `i`: from after the sentence end before it to before the next.
    fn sentence(&self, i: usize) -> (usize, usize) {
        let end_at = |k: usize| {
            self.t
                .get(k)
                .is_some_and(|t| t.punct && sentence_end(t.text))
        };
        let start = (0..i).rev().find(|&k| end_at(k)).map_or(0, |k| k + 1);
        let end = (i + 1..self.t.len())
            .find(|&k| end_at(k))
            .unwrap_or(self.t.len());
        (start, end)
    }

    /// Does a bare weekday at `i` name the coming day? The nearest time word before it in its
    /// sentence decides, else the nearest after it; a sentence with none takes its paragraph's
    /// dominant tense (`أما يوم الأحد فـ…` in a run of forecast days). Without any signal, no.
    pub(super) fn weekday_ahead(&self, i: usize) -> bool {
        match self.sentence_tense(i) {
            Some(s) => s == Signal::Future,
            None => {
                let (mut future, mut past) = (0, 0);
                for k in 0..self.t.len() {
                    match self.signal(k) {
                        Some(Signal::Future) => future += 1,
                        Some(Signal::Past) => past += 1,
                        None => {}
                    }
                }
                future > past
            }
        }
    }

    /// A year-less Gregorian day found at `i` points ahead only in a clause that speaks of
    /// the future (by the weekday's rule); otherwise resolution keeps it from falling after
    /// the article's own date.
    pub(super) fn mark_ahead(&self, i: usize, expr: &mut Expr) {
        if let Expr::Date {
            year: None,
            day: Some(_),
            calendar: Calendar::Gregorian,
            ahead,
            ..
        } = expr
        {
            *ahead = self.weekday_ahead(i);
        }
    }

    /// The nearest time word to `i` in its sentence, before it first. Near the weekday an
    /// imperfect verb of a happening counts too: it is the verb the weekday is the adverb of
    /// (`وسجل اللاعب الهدف حيث يواجه الفريق منافسه، مساء الأربعاء`: the match is to come, whatever
    /// the sentence's first verb reports).
    /// A relative pronoun opens the weekday's own clause (`الزلزال الذي ضرب البلاد ليل الجمعة`):
    /// an imperfect verb before it is another clause's.
    fn sentence_tense(&self, i: usize) -> Option<Signal> {
        let (start, end) = self.sentence(i);
        let mut own_clause = true;
        let before = (start..i).rev().find_map(|k| {
            let w = self.word(k);
            if w.is_some_and(|w| RELATIVES.contains(&w)) {
                own_clause = false;
            }
            self.signal(k).or_else(|| {
                (own_clause && event_tense(w?) == Some(Tense::Imperfect)).then_some(Signal::Future)
            })
        });
        before.or_else(|| (i + 1..end).find_map(|k| self.signal(k)))
    }

    /// Does the sentence of `i` itself speak of the future (its nearest time word)?
    pub(super) fn future_sentence(&self, i: usize) -> bool {
        self.sentence_tense(i) == Some(Signal::Future)
    }

    /// Is the clause before `i` (up to a comma or a sentence end) a future one, by the same
    /// signals (`درجات حرارة متوقعة الأحد`)? A past verb first says no.
    pub(super) fn future_clause_before(&self, i: usize) -> bool {
        for k in (i.saturating_sub(8)..i).rev() {
            if self.t.get(k).is_some_and(|t| t.punct) {
                return false;
            }
            if let Some(s) = self.signal(k) {
                return s == Signal::Future;
            }
        }
        false
    }
}
