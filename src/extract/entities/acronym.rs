//! A Latin acronym in brackets right after Arabic words (`المنظمة الدولية للهجرة (IOM)`,
//! `أطباء بلا حدود (MSF)`): news writes it after the Arabic name of an organization, almost
//! never after a person or a place. Where no other name ends right before the bracket, the
//! words before it are that organization — as many as the acronym has letters, or fewer
//! (`حلف شمال الأطلسي (NATO)`), never across punctuation, a function word or a verb, and
//! starting on a definite word or a head (`منظمة`, `المنظمة`). The acronym is a mention of it.

use super::boundary::verb_like;
use super::gazetteer::Gazetteer;
use super::recognize::{Found, Span, found};
use super::tokens::{Token, letters};
use crate::extract::EntityKind;
use crate::text::Normalized;

/// Letters of an acronym, if token `k` is one in round brackets (`(IOM)`, `(UNHCR)`).
fn acronym(t: &Token) -> Option<usize> {
    let w = t.original.as_str();
    let n = w.chars().count();
    (t.paren_before && t.close_after && (2..=6).contains(&n))
        .then_some(n)
        .filter(|_| w.chars().all(|c| c.is_ascii_uppercase()))
}

/// The organizations named before bracketed acronyms in `tokens`, each followed by its
/// acronym as a mention, where no name of `taken` (first and last token of names already
/// found) ends right before the bracket or covers the words.
pub fn acronym_names(
    g: &Gazetteer,
    tokens: &[Token],
    norm: &Normalized,
    taken: &[(usize, usize)],
) -> Vec<Found> {
    let mut out = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        let Some(n) = acronym(t) else { continue };
        let Some(end) = k.checked_sub(1) else {
            continue;
        };
        if taken.iter().any(|&(s, e)| e == end || s <= end && end <= e) {
            continue;
        }
        let word_ok = |m: usize| {
            tokens.get(m).is_some_and(|w| {
                letters(&w.norm) && !w.norm.is_ascii() && !g.is_stop(w) && !verb_like(g, &w.norm)
            })
        };
        let width = (2..=n.min(6)).rev().find(|&w| {
            let Some(first) = k.checked_sub(w) else {
                return false;
            };
            let inner_ok = (first..=end).all(word_ok)
                && tokens
                    .get(first + 1..=end)
                    .is_some_and(|ts| ts.iter().all(|x| !x.boundary));
            let starts = tokens.get(first).is_some_and(|f| {
                f.norm.starts_with("ال") || f.reads.iter().any(|(_, r)| g.heads.contains_key(r))
            });
            inner_ok && starts && !taken.iter().any(|&(s, e)| s <= end && first <= e)
        });
        let Some(w) = width else { continue };
        let first = k - w;
        let Some(span) = tokens.get(first..=end) else {
            continue;
        };
        let ws: Vec<String> = span.iter().map(|x| x.norm.clone()).collect();
        let key = format!("Organization:{}", ws.join(" "));
        let whole = Span {
            first,
            clitic: 0,
            last: end,
        };
        out.push(found(
            EntityKind::Organization,
            key.clone(),
            ws,
            tokens,
            norm,
            whole,
        ));
        let short = Span {
            first: k,
            clitic: 0,
            last: k,
        };
        out.push(found(
            EntityKind::Organization,
            key,
            vec![t.norm.clone()],
            tokens,
            norm,
            short,
        ));
    }
    out
}
