//! Places named by two everyday words behind a word for a kind of place: `منطقة رأس الحكمة`
//! (the cape of wisdom), `مدينة شرم الشيخ`, `بلدة دير الزور`. The lists hold cities above a
//! population and the tagger sees two common nouns, so neither names the place, or only a
//! part (`رأس`). After the tagger (its input is unchanged), a place classifier (`منطقة`,
//! `مدينة`, `جزيرة`…, indefinite: `المنطقة` is "the region", no name) followed by a toponym's
//! first word (`رأس`, `جبل`, `وادي`, `عين`, `دير`, `شرم`…; quoted or not) and one more word
//! makes that pair a place; it replaces an unlisted name over the same words.
//!
//! Such a place is often also a company's name (`شركة "رأس الحكمة"`): the mentions keep the
//! kind their own context gives ([`own_context`], read by `kind_vote.rs`), and bare repeats
//! follow the reading the story gives most (`story.rs`). Words in `assets/entity_cues.tsv`.

use super::cues::cues;
use std::collections::HashMap;

use super::gazetteer::Gazetteer;
use super::link::Located;
use super::recognize::{Found, replace_overlapping};
use super::tagger::combine::listed;
use super::tokens::{Token, letters};
use crate::extract::EntityKind;
use crate::text::Normalized;

/// Does token `t` read (with a proclitic or not) as a word of `class`?
fn reads_as(t: &Token, class: &str) -> bool {
    let c = cues();
    t.reads.iter().any(|(_, r)| c.has(class, r))
}

/// A word that can end a two-word place name: letters, not a function word, title or head,
/// not a nisba adjective (`منطقة جبلية`, `وادي الجديد`… adjectives describe).
fn name_word(g: &Gazetteer, t: &Token) -> bool {
    let w = t.norm.as_str();
    let nisba = w.ends_with("يه") || (w.starts_with("ال") && w.ends_with('ي'));
    let word = w.chars().count() >= 3 && letters(w);
    word && !nisba && !g.is_stop(t) && !g.is_title_or_head(w)
}

/// The token ranges (first, last) of the places named behind a classifier in a paragraph.
fn spans(g: &Gazetteer, tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if !reads_as(t, "place_classifier") {
            continue;
        }
        let (Some(head), Some(second)) = (tokens.get(i + 1), tokens.get(i + 2)) else {
            continue;
        };
        let quoted = head.open_before;
        let joined = !head.boundary || quoted;
        let ok = joined
            && !second.boundary
            && cues().has("toponym_head", &head.norm)
            && name_word(g, second)
            && (!quoted || second.close_after);
        if ok {
            out.push((i + 1, i + 2));
        }
    }
    out
}

/// `names` (a paragraph's, in order) with the places named behind a classifier added; they
/// replace unlisted names over their words (the tagger's `رأس`, a quoted organization).
pub fn places(g: &Gazetteer, tokens: &[Token], norm: &Normalized, names: Vec<Found>) -> Vec<Found> {
    let add: Vec<Found> = spans(g, tokens)
        .into_iter()
        .filter_map(|(first, last)| {
            let (a, b) = (tokens.get(first)?, tokens.get(last)?);
            let words = vec![a.norm.clone(), b.norm.clone()];
            Some(Found {
                kind: EntityKind::Place,
                key: format!("Place:{}", words.join(" ")).into(),
                words: words.into(),
                start: norm.origin.get(a.nstart).unwrap_or(a.start),
                end: b.end,
                first,
                last,
                fragment: None,
            })
        })
        .collect();
    replace_overlapping(names, add, true)
}

/// Whether `f`'s own words say its kind, so the story's vote must not move it: a place right
/// behind a place classifier, or a quoted name right behind an organization's head (`شركة
/// "رأس الحكمة"`).
pub fn own_context(g: &Gazetteer, tokens: &[Token], f: &Found) -> bool {
    let Some(before) = f.first.checked_sub(1).and_then(|i| tokens.get(i)) else {
        return false;
    };
    let Some(own) = tokens.get(f.first) else {
        return false;
    };
    match f.kind {
        EntityKind::Place => reads_as(before, "place_classifier"),
        EntityKind::Organization => {
            own.open_before
                && before.reads.iter().any(|(_, r)| {
                    matches!(
                        g.heads.get(r),
                        Some(crate::lexicon::gazetteer::Head::Organization)
                    )
                })
        }
        EntityKind::Person => false,
    }
}

/// The names of the story's places named behind a classifier (unlisted places of two words
/// starting with a toponym's first word), each with its mentions read as an organization and
/// as a place (for `story.rs`'s bare repeats).
pub fn readings(found: &[Located]) -> HashMap<Vec<String>, (usize, usize)> {
    let mut out: HashMap<Vec<String>, (usize, usize)> = HashMap::new();
    for f in found.iter().map(|l| &l.found) {
        let classified = f.kind == EntityKind::Place
            && !listed(f)
            && f.words.len() == 2
            && f.words
                .first()
                .is_some_and(|w| cues().has("toponym_head", w));
        if classified {
            out.entry(f.words.to_vec()).or_default().1 += 1;
        }
    }
    for f in found.iter().map(|l| &l.found) {
        if f.kind == EntityKind::Organization
            && let Some(c) = out.get_mut(&*f.words)
        {
            c.0 += 1;
        }
    }
    out
}

/// Whether a bare repeat matching both an organization (first word, rest) and a place named
/// behind a classifier is the place: a longer or equal match, read as a place at least as
/// often as as an organization through the story (`readings`).
pub fn place_wins(
    readings: &HashMap<Vec<String>, (usize, usize)>,
    org: (&str, &[String]),
    place: (&str, &[String]),
) -> bool {
    if place.1.len() < org.1.len() {
        return false;
    }
    let mut words = vec![place.0.to_string()];
    words.extend(place.1.iter().cloned());
    let same = org.0 == place.0 && org.1 == place.1;
    let (o, p) = readings.get(&words).copied().unwrap_or_default();
    !same || p >= o
}

#[cfg(test)]
mod tests {
    use crate::corpus::Corpus;
    use crate::extract::EntityKind;
    use crate::extract::entities::extract;

    fn kinds(articles: &[&[&str]], name: &str) -> Vec<(EntityKind, usize)> {
        let mut v: Vec<(EntityKind, usize)> = extract(&Corpus::from_bodies(articles))
            .into_iter()
            .filter(|e| e.name == name)
            .map(|e| (e.kind, e.mentions.len()))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_cape_behind_a_classifier_is_a_place() {
        let f = crate::extract::entities::tests::found_in(&[
            "ووقعت الحكومة عقد تطوير منطقة رأس الحكمة على الساحل، وزار الوزير مدينة شرم الشيخ.",
        ]);
        for p in ["رأس الحكمة", "شرم الشيخ"] {
            assert!(
                f.contains(&(EntityKind::Place, p.to_string())),
                "{p}: {f:?}"
            );
        }
        assert!(!f.iter().any(|(_, n)| n == "رأس"), "{f:?}");
        // Not a name: an adjective after the classifier's noun.
        let f = crate::extract::entities::tests::found_in(&[
            "وتقع القرية في منطقة جبلية وعرة بعيدا عن الطريق.",
        ]);
        assert!(!f.iter().any(|(k, _)| *k == EntityKind::Place), "{f:?}");
    }

    #[test]
    fn a_company_named_after_the_place_does_not_make_the_place_a_company() {
        let k = kinds(
            &[
                &[
                    "ووقعت الحكومة عقد تطوير منطقة رأس الحكمة على الساحل.",
                    "وتمتد مدينة رأس الحكمة على عشرات الكيلومترات، وتعد صفقة رأس الحكمة الأكبر.",
                ],
                &["ويتضمن المشروع تأسيس شركة \"رأس الحكمة\" للفنادق، وتقع منطقة رأس الحكمة غربا."],
            ],
            "رأس الحكمة",
        );
        assert!(k.contains(&(EntityKind::Place, 4)), "{k:?}");
        assert!(k.contains(&(EntityKind::Organization, 1)), "{k:?}");
    }
}
