//! Rules and tagger together, per paragraph. Every candidate name — the rules' and the
//! tagger's — gets a rank, and names are taken best rank first (then longest) where they do
//! not overlap one already taken:
//!
//! 1. listed names (gazetteer keys: aliases link them) and their bracketed short forms;
//! 2. names built on a head word (`وزارة الخارجية العراقية`, `مطار بغداد`), and tagger names
//!    that hold a listed place (`قوة القدس` is an organization, not a place inside one);
//! 3. people made by the rules (given names, titles), only where the tagger also sees a
//!    person in the span, and cut after the last word it sees as part of one — `علي الحرب`
//!    (`على` written with ya) and `محمد كريم استطاع` are where the rules alone go wrong;
//! 4. the tagger's other people, places and organizations (names no rule knows: `فيرهوفن`);
//! 5. people made by the rules that the tagger does not see, unless their first word is also
//!    a function word written with ya for alef maksura (`علي` for `على`): there the tagger
//!    decides.
//!
//! A name never ends on a function word or a preposition: the tagger's spans are trimmed so.

use std::collections::HashSet;
use std::sync::Arc;

use super::super::gazetteer::Gazetteer;
use super::super::recognize::{Found, Span, found};
use super::super::tokens::{Token, definite_with_clitic};
use super::Tag;
use crate::extract::{EntityKind, ORDINALS};
use crate::text::Normalized;

/// Was this name found in a list? List keys are ASCII (`Person:khamenei`,
/// `Place:city:112931`; a test holds every list to it), names made from text are keyed by
/// their Arabic words (`Person:يحيي رسول`).
pub fn listed(f: &Found) -> bool {
    f.key.is_ascii()
}

fn kind_of(t: u8) -> Option<EntityKind> {
    match Tag::kind(t)? {
        0 => Some(EntityKind::Person),
        1 => Some(EntityKind::Place),
        2 => Some(EntityKind::Organization),
        _ => None,
    }
}

/// The tagger's names as (first, last, kind), MISC left out.
pub fn spans(tags: &[u8]) -> Vec<(usize, usize, Option<EntityKind>)> {
    super::conll::chunks(tags)
        .into_iter()
        .map(|(s, e, k)| (s, e, kind_of(1 + 2 * k as u8)))
        .collect()
}

/// A word no name ends on.
fn bad_last(g: &Gazetteer, t: &Token) -> bool {
    g.is_stop(t) || definite_with_clitic(&t.norm) && t.norm.chars().count() > 4
}

/// How many normalized chars of proclitic the first word of a tagger name carries: a chain
/// is dropped when what remains is definite, a known name, or a word the article also writes
/// alone (`وبغداد`, `والأهلي`, `وأسامة`; `لقاآني` where `قاآني` occurs).
fn clitic_of(g: &Gazetteer, t: &Token, words: &HashSet<&str>) -> usize {
    t.looks
        .iter()
        .filter(|(c, r)| {
            *c > 0
                && r.chars().count() >= 3
                && (r.starts_with("ال")
                    || g.names.contains_key(r)
                    || g.given.contains(r)
                    || words.contains(r.as_str()))
        })
        .map(|(c, _)| *c)
        .max()
        .unwrap_or(0)
}

fn tagger_found(
    g: &Gazetteer,
    tokens: &[Token],
    norm: &Normalized,
    first: usize,
    mut last: usize,
    kind: EntityKind,
    words: &HashSet<&str>,
) -> Option<Found> {
    while last > first && bad_last(g, &tokens[last]) {
        last -= 1;
    }
    if bad_last(g, &tokens[first]) && first == last {
        return None;
    }
    let clitic = clitic_of(g, &tokens[first], words);
    let mut ws: Vec<String> = tokens[first..=last]
        .iter()
        .map(|t| t.norm.clone())
        .collect();
    ws[0] = ws[0].chars().skip(clitic).collect();
    // `لل` + noun reads as ل + `ال` + noun: the name keeps its article.
    if clitic > 0 && tokens[first].norm.starts_with("لل") && !ws[0].starts_with("ال") {
        ws[0] = format!("ال{}", ws[0]);
    }
    if ws[0].chars().count() < 2 || ws.iter().all(|w| ORDINALS.contains(&w.as_str())) {
        return None;
    }
    // `دعم مالي` is financial support: a place that is also an everyday word needs its cue,
    // as in the rules.
    let cued =
        first > 0 && !tokens[first].boundary && g.place_cues.contains(&tokens[first - 1].norm);
    if kind == EntityKind::Place
        && ws.len() == 1
        && clitic == 0
        && g.ambiguous_places.contains(&ws[0])
        && !cued
    {
        return None;
    }
    // `إيرانيا`, `عراقيا` (by Iran, Iraqi-ly) are adverbs made from a place, not places.
    let adverb = ws.len() == 1
        && ws[0].strip_suffix("يا").is_some_and(|stem| {
            g.names.contains_key(stem) || g.names.contains_key(&format!("ال{stem}"))
        });
    if kind == EntityKind::Place && adverb {
        return None;
    }
    // A listed name of the same kind keeps its list key (aliases and translations link).
    let listed_key = g.names.get(&ws[0]).and_then(|es| {
        es.iter()
            .find(|e| e.kind == kind && e.words == ws)
            .map(|e| e.key.clone())
    });
    let key: Arc<str> = listed_key
        .unwrap_or_else(|| format!("{kind:?}:{}", ws.join(" ")))
        .into();
    Some(found(
        kind,
        key,
        ws,
        tokens,
        norm,
        Span {
            first,
            clitic,
            last,
        },
    ))
}

/// A rule-made person cut after the last word the tagger sees as a person's
/// (`محمد كريم استطاع` → `محمد كريم`); never shorter than two words when the rule had two.
fn trim_person(g: &Gazetteer, tokens: &[Token], norm: &Normalized, f: Found, tags: &[u8]) -> Found {
    let last = (f.first..=f.last)
        .rev()
        .find(|&k| tags.get(k).is_some_and(|t| Tag::kind(*t) == Some(0)))
        .unwrap_or(f.last);
    let last = last.max(f.first + usize::from(f.last > f.first));
    // Only indefinite words are cut (verbs, verbal nouns): a definite last word is a family
    // name or a nisba the tagger did not know (`عبد الفتاح البرهان`).
    if last == f.last
        || tokens[last + 1..=f.last]
            .iter()
            .any(|t| t.norm.starts_with("ال") || g.given.contains(&t.norm))
    {
        return f;
    }
    let cut = f.words.len() - (f.last - last);
    let ws: Vec<String> = f.words[..cut].to_vec();
    let key: Arc<str> = format!("Person:{}", ws.join(" ")).into();
    let clitic = tokens[f.first].norm.chars().count() - ws[0].chars().count();
    found(
        EntityKind::Person,
        key,
        ws,
        tokens,
        norm,
        Span {
            first: f.first,
            clitic,
            last,
        },
    )
}

/// The paragraph's names from the rules' `rules` and the tagger's `tags`; `words` are the
/// words of the whole article.
pub fn combine(
    g: &Gazetteer,
    tokens: &[Token],
    norm: &Normalized,
    rules: Vec<Found>,
    tags: &[u8],
    words: &HashSet<&str>,
) -> Vec<Found> {
    let person_tagged = |f: &Found| {
        (f.first..=f.last).any(|k| tags.get(k).is_some_and(|t| Tag::kind(*t) == Some(0)))
    };
    let listed_places: Vec<(usize, usize)> = rules
        .iter()
        .filter(|f| listed(f) && f.kind == EntityKind::Place)
        .map(|f| (f.first, f.last))
        .collect();
    let mut cands: Vec<(u8, Found)> = Vec::new();
    for f in rules {
        let rank = if listed(&f) {
            1
        } else if f.kind != EntityKind::Person {
            2
        } else if person_tagged(&f) {
            3
        } else if g.stop_maksura.contains(&f.words[0]) {
            continue;
        } else {
            5
        };
        let f = if rank == 3 {
            trim_person(g, tokens, norm, f, tags)
        } else {
            f
        };
        cands.push((rank, f));
    }
    for (first, last, kind) in spans(tags) {
        let Some(kind) = kind else { continue };
        let Some(f) = tagger_found(g, tokens, norm, first, last, kind, words) else {
            continue;
        };
        let holds_place = kind != EntityKind::Place
            && listed_places
                .iter()
                .any(|&(s, e)| f.first <= s && e <= f.last && (f.first, f.last) != (s, e));
        cands.push((if holds_place { 2 } else { 4 }, f));
    }
    cands.sort_by_key(|(rank, f)| (*rank, std::cmp::Reverse(f.last - f.first), f.first));
    let mut taken: Vec<Found> = Vec::new();
    for (_, f) in cands {
        if taken.iter().all(|t| f.last < t.first || t.last < f.first) {
            taken.push(f);
        }
    }
    taken.sort_by_key(|f| f.first);
    taken
}
