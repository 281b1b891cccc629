//! A byline's writer: a paragraph that opens with a byline label and a colon or a dash
//! (`كتبت: سماح عبد الحميد`, `بقلم - خالد يوسف`) names a person in the two to four words after
//! it, up to the end of the line or the next punctuation. Neither the rules' given names nor
//! the tagger read such a line well: a first name that is also a word (`سماح`, tolerance) was
//! left out and only `عبد الحميد` was kept. The labels are data (`byline` in
//! `assets/name_boundaries.tsv`).

use super::boundary::{byline_label, listed_verb};
use super::gazetteer::Gazetteer;
use super::latin;
use super::recognize::{Found, Span, found};
use super::tokens::{Token, letters};
use crate::extract::EntityKind;
use crate::text::Normalized;

/// The writer named by the byline that opens this paragraph, if it opens with one.
pub fn byline(g: &Gazetteer, tokens: &[Token], norm: &Normalized) -> Option<Found> {
    let label = tokens.first()?;
    // A colon or a dash after the label: `كتب الوزير مقالا` is a sentence.
    if !byline_label(&label.norm) || !tokens.get(1)?.boundary {
        return None;
    }
    let n = 1 + tokens.get(2..)?.iter().take_while(|t| !t.boundary).count();
    if !(2..=4).contains(&n) {
        return None;
    }
    let span = tokens.get(1..=n)?;
    let not_a_name = |t: &Token| {
        !letters(&t.norm)
            || latin::is_latin(t)
            || g.is_stop(t)
            || listed_verb(g, t)
            || g.is_title_or_head(&t.norm)
    };
    let head = span.first()?;
    // `كتب: المحرر الرياضي`, `إعداد: قسم الأخبار`: a desk, not a person.
    let definite = head.norm.starts_with("ال") && !g.given.contains(&head.norm);
    let other_kind = g.names.get(&head.norm).is_some_and(|es| {
        es.iter()
            .any(|e| e.kind != EntityKind::Person && e.words.len() == 1)
    });
    if definite || other_kind || span.iter().any(not_a_name) {
        return None;
    }
    let ws: Vec<String> = span.iter().map(|t| t.norm.clone()).collect();
    let key = g
        .names
        .get(&head.norm)
        .and_then(|es| {
            es.iter()
                .find(|e| e.kind == EntityKind::Person && e.words == ws)
        })
        .map_or_else(|| format!("Person:{}", ws.join(" ")), |e| e.key.clone());
    let span = Span {
        first: 1,
        clitic: 0,
        last: n,
    };
    Some(found(EntityKind::Person, key, ws, tokens, norm, span))
}
