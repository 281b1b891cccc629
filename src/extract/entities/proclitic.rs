//! A name written once behind a proclitic (`بماريانو راخوي`, `وتركمنستان`) where the story
//! also names it without one: the و, ف, ب or ل is the conjunction or preposition, not the
//! name's first letter. The article alone often cannot tell (`بماريانو` is as rare a word as
//! `ماريانو`); the story can.

use std::collections::HashMap;
use std::sync::Arc;

use super::link::Located;
use crate::corpus::Corpus;
use crate::extract::EntityKind;

/// Names that start with a proclitic and are, without it, another name of the story of the
/// same kind take that name's words and key; the mention then starts after the proclitic.
pub fn join_proclitic(corpus: &Corpus, found: &mut [Located]) {
    for (i, ws, key) in joins(found) {
        let Some(l) = found.get_mut(i) else { continue };
        let (a, p) = l.order;
        let text = corpus
            .articles
            .get(a)
            .and_then(|art| art.paragraphs.get(p))
            .map(|para| para.text.as_str());
        // One letter, and the marks written on it (`بِماريانو`).
        let letter = l.found.words.first().and_then(|w| w.chars().next());
        let Some(skip) = text
            .filter(|t| t.chars().nth(l.found.start) == letter)
            .map(|t| {
                1 + t
                    .chars()
                    .skip(l.found.start + 1)
                    .take_while(|c| ('\u{064B}'..='\u{0652}').contains(c) || *c == '\u{0640}')
                    .count()
            })
        else {
            continue;
        };
        if l.found.start + skip >= l.found.end {
            continue;
        }
        l.found.start += skip;
        l.found.words = ws.into();
        l.found.key = key;
    }
}

/// (index, words without the proclitic, key of the name so written) for each name to move.
fn joins(found: &[Located]) -> Vec<(usize, Vec<String>, Arc<str>)> {
    let mut names: HashMap<(EntityKind, &[String]), Arc<str>> = HashMap::new();
    for f in found.iter().map(|l| &l.found) {
        names
            .entry((f.kind, &f.words[..]))
            .or_insert_with(|| f.key.clone());
    }
    let g = super::gazetteer::gazetteer();
    let mut moves: Vec<(usize, Vec<String>, Arc<str>)> = Vec::new();
    for (i, f) in found.iter().map(|l| &l.found).enumerate() {
        let Some((w0, rest)) = f.words.split_first() else {
            continue;
        };
        let Some(bare) = w0
            .strip_prefix(['و', 'ف', 'ب', 'ل'])
            .filter(|b| b.chars().count() >= 3)
        else {
            continue;
        };
        if f.key.is_ascii() || g.given.contains(w0) || g.names.contains_key(w0) {
            continue;
        }
        let mut ws = vec![bare.to_string()];
        ws.extend(rest.iter().cloned());
        if let Some(key) = names.get(&(f.kind, &ws[..])).cloned() {
            moves.push((i, ws, key));
        }
    }
    moves
}
