//! A person's nickname read as an organization (`حميدتي`, the commander of the Rapid Support
//! Forces, a word no list names). News gives it once after the full name — `محمد حمدان دقلو
//! الشهير بـ«حميدتي»`, `المعروف أيضا باسم "حميدتي"` (a bracketed one, `(حميدتي)`, the rules
//! already take) — and then uses it alone. Two passes, after the tagger (its input is
//! unchanged):
//!
//! - in a paragraph, the one word after a person's name of two words or more and a word that
//!   announces a nickname (`الشهير`, `المعروف`, `الملقب`, then `أيضا`, `باسم`, `بـ`;
//!   `assets/entity_cues.tsv`) is that person, whatever the tagger called it;
//! - through the story, a name of that one word read as another kind (`(البرهان و حميدتي)`
//!   as an organization) is the person too, unless a list names the word. Elsewhere the
//!   story's short forms (`story.rs`) find it, as they find a bracketed one.

use std::collections::HashMap;
use std::sync::Arc;

use super::cues::cues;
use super::gazetteer::Gazetteer;
use super::link::Located;
use super::recognize::{Found, replace_overlapping};
use super::tagger::combine::listed;
use super::tokens::{Token, letters};
use crate::extract::EntityKind;
use crate::text::Normalized;

/// `names` (a paragraph's, in order) with each nickname given after a person's name made a
/// mention of that person (replacing what was found on that word).
pub fn given_nicknames(
    g: &Gazetteer,
    tokens: &[Token],
    norm: &Normalized,
    names: Vec<Found>,
) -> Vec<Found> {
    let mut add: Vec<Found> = Vec::new();
    for p in names
        .iter()
        .filter(|f| f.kind == EntityKind::Person && f.words.len() >= 2)
    {
        if let Some(n) = nickname_after(g, tokens, norm, p) {
            add.push(n);
        }
    }
    replace_overlapping(names, add, false)
}

/// The nickname announced after person `p`, as a mention of `p`.
fn nickname_after(g: &Gazetteer, tokens: &[Token], norm: &Normalized, p: &Found) -> Option<Found> {
    let c = cues();
    let mut i = p.last + 1;
    let mut announced = false;
    while let Some(t) = tokens.get(i) {
        if !announced && c.has("alias_cue", &t.norm) {
            announced = true;
        } else if announced && c.has("alias_filler", &t.norm) && !t.open_before {
            // `بـ«حميدتي»`: the filler ends where the quoted word starts.
        } else {
            break;
        }
        i += 1;
    }
    let t = tokens.get(i).filter(|_| announced)?;
    // The word as written, or after a `ب` written onto it (`بحميدتي`).
    let word = t.reads.iter().find_map(|(clitic, r)| {
        let ok = (*clitic == 0 || t.norm.starts_with('ب'))
            && r.chars().count() >= 3
            && letters(r)
            && !g.stop.contains(r)
            && !g.given.contains(r);
        ok.then(|| (*clitic, r.clone()))
    })?;
    // One word: the next one, if any, is no part of it.
    if tokens
        .get(i + 1)
        .is_some_and(|n| !n.boundary && !t.close_after && !g.stop.contains(&n.norm))
    {
        return None;
    }
    let (clitic, word) = word;
    let start = norm.origin.get(t.nstart + clitic).unwrap_or(t.start);
    Some(Found {
        kind: EntityKind::Person,
        key: p.key.clone(),
        words: vec![word].into(),
        start,
        end: t.end,
        first: i,
        last: i,
        fragment: None,
    })
}

/// The story's other one-word names of a nickname (read as an organization, a place, or a
/// person of its own) are the person it was given for; a nickname given for two people joins
/// neither.
pub fn join_nicknames(found: &mut [Located]) {
    // Nickname → the person's key: a one-word person keyed by a longer name.
    let mut of: HashMap<String, Option<Arc<str>>> = HashMap::new();
    for f in found.iter().map(|l| &l.found) {
        let [w] = &*f.words else { continue };
        if f.kind != EntityKind::Person || listed(f) || *f.key == *format!("Person:{w}") {
            continue;
        }
        let e = of.entry(w.clone()).or_insert_with(|| Some(f.key.clone()));
        if e.as_ref().is_some_and(|k| *k != f.key) {
            *e = None;
        }
    }
    if of.is_empty() {
        return;
    }
    for f in found.iter_mut().map(|l| &mut l.found) {
        let [w] = &*f.words else { continue };
        // Another kind, or a person of that word alone (keyed by itself).
        let alone = f.kind != EntityKind::Person || *f.key == *format!("Person:{w}");
        if !alone || listed(f) {
            continue;
        }
        if let Some(Some(key)) = of.get(w) {
            f.kind = EntityKind::Person;
            f.key = key.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::corpus::Corpus;
    use crate::extract::EntityKind;
    use crate::extract::entities::extract;

    fn entities(paras: &[&str]) -> Vec<(EntityKind, String, usize)> {
        let mut v: Vec<(EntityKind, String, usize)> = extract(&Corpus::from_bodies(&[paras]))
            .into_iter()
            .map(|e| (e.kind, e.name, e.mentions.len()))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_nickname_given_after_a_name_is_that_person() {
        let found = entities(&[
            "وقاد الهجوم اللواء سالم عبد الكريم بارود الشهير بـ«زعبوط» على رأس قواته.",
            "وقال زعبوط في كلمة مسجلة إن قواته ستواصل القتال، وتوعد الجيش قوات زعبوط بالرد.",
            "ويقود الجنرالان (الحسني و زعبوط) المعركة بنفسيهما.",
        ]);
        assert!(
            !found
                .iter()
                .any(|(k, n, _)| *k != EntityKind::Person && n.contains("زعبوط")),
            "{found:?}"
        );
        let person = found
            .iter()
            .find(|(_, n, _)| n == "سالم عبد الكريم بارود")
            .expect("the person");
        assert!(person.2 >= 3, "{found:?}");
    }

    #[test]
    fn known_as_with_a_filler_and_quotes() {
        let found = entities(&[
            "وهاجمت القوات الموالية لقائدها خالد منصور الورفلي المعروف أيضا باسم \"جرسون\" المدينة.",
            "ووصف جرسون الهجوم بأنه دفاع عن النفس.",
        ]);
        assert!(
            !found
                .iter()
                .any(|(k, n, _)| *k != EntityKind::Person && n.contains("جرسون")),
            "{found:?}"
        );
        let person = found
            .iter()
            .find(|(_, n, _)| n == "خالد منصور الورفلي")
            .expect("the person");
        assert!(person.2 >= 3, "{found:?}");
    }
}
