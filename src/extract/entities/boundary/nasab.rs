//! Two people side by side where the second is a nasab (`خالد الفيصل` `بن عبدالعزيز`) are
//! one name: the rules and the tagger often end the first at the given name's father.

use super::super::recognize::{Found, Span, found};
use super::super::tokens::Token;
use crate::extract::EntityKind;
use crate::text::Normalized;

/// Two people side by side where the second is a nasab (`خالد الفيصل` `بن عبدالعزيز`): one
/// name. `names` are sorted by their first token.
pub fn join_nasab(tokens: &[Token], norm: &Normalized, names: Vec<Found>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::with_capacity(names.len());
    for f in names {
        let starts_nasab = tokens
            .get(f.first)
            .is_some_and(|t| !t.boundary && ["بن", "ابن", "بنت"].contains(&t.norm.as_str()));
        match out.last_mut() {
            Some(p)
                if starts_nasab
                    && p.kind == EntityKind::Person
                    && f.kind == EntityKind::Person
                    && p.last + 1 == f.first =>
            {
                let ws: Vec<String> = p.words.iter().chain(f.words.iter()).cloned().collect();
                let clitic = tokens
                    .get(p.first)
                    .map_or(0, |t| t.norm.chars().count())
                    .saturating_sub(p.words.first().map_or(0, |w| w.chars().count()));
                let span = Span {
                    first: p.first,
                    clitic,
                    last: f.last,
                };
                let key = format!("Person:{}", ws.join(" "));
                *p = found(EntityKind::Person, key, ws, tokens, norm, span);
            }
            _ => out.push(f),
        }
    }
    out
}
