//! A club named like its city (`ميلان`, `برشلونة`, `ليفربول`) read as the city: the lists
//! name the city, and the tagger calls the club an organization only now and then. In a match
//! report the context says which: `لاعب ميلان`, `فاز ليفربول`, `تعادل مع روما`, `برشلونة
//! الإسباني` (a masculine nisba: the city is feminine, `برشلونة الإسبانية`). After the tagger
//! (its input is unchanged):
//!
//! - an article is about sport when it has `SPORTS_WORDS` or more distinct words of a match
//!   report (`مباراة`, `هدف`, `الدوري`, `مدرب`…);
//! - there, a listed city right after a club cue (`لاعب`, `مدرب`, `أمام`, `ضد`, `فاز`…), after
//!   `على`/`مع` behind a result (`فاز على`, `تعادل مع`), or before a masculine nisba, is the
//!   club, an organization;
//! - through the story, a city that is a club so (or that the tagger read as an organization)
//!   in a sports article is the club in every sports article.
//!
//! Countries are never moved: a country stays a place even as its national team (docs/
//! entities.md, annotation guidelines). Cue words in `assets/entity_cues.tsv`.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::cues::cues;
use super::gazetteer::Gazetteer;
use super::link::Located;
use super::recognize::Found;
use super::tokens::Token;
use crate::extract::EntityKind;

/// Distinct match-report words that make an article a sports one.
const SPORTS_WORDS: usize = 3;

/// Are these (an article's) tokens a match report?
pub fn is_sports<'a>(tokens: impl Iterator<Item = &'a Token>) -> bool {
    let c = cues();
    let mut seen: HashSet<&str> = HashSet::new();
    for t in tokens {
        if let Some((_, r)) = t.reads.iter().find(|(_, r)| c.has("sports", r)) {
            seen.insert(r.as_str());
            if seen.len() >= SPORTS_WORDS {
                return true;
            }
        }
    }
    false
}

/// A place that is a listed city (not a country or a region), by its key or its words (the
/// tagger's places are keyed by their words).
fn city(g: &Gazetteer, f: &Found) -> bool {
    f.kind == EntityKind::Place && (city_key(&f.key) || city_name(g, &f.words))
}

/// A list key of a city (`Place:city:3173435`; a country's is `Place:country:IT`).
fn city_key(k: &str) -> bool {
    k.strip_prefix("Place:").unwrap_or(k).starts_with("city:")
}

/// Words a list names as a city.
fn city_name(g: &Gazetteer, ws: &[String]) -> bool {
    ws.first()
        .and_then(|w| g.names.get(w))
        .is_some_and(|es| es.iter().any(|e| city_key(&e.key) && *e.words == *ws))
}

fn reads_as(t: &Token, class: &str) -> bool {
    let c = cues();
    t.reads.iter().any(|(_, r)| c.has(class, r))
}

/// `f` (a listed city) is its club here: a cue before it or a masculine nisba after it.
fn club_here(tokens: &[Token], f: &Found) -> bool {
    let own = tokens.get(f.first);
    let before = f.first.checked_sub(1).and_then(|i| tokens.get(i));
    let two_before = f.first.checked_sub(2).and_then(|i| tokens.get(i));
    let joined = own.is_some_and(|t| !t.boundary);
    let cue = joined && before.is_some_and(|b| reads_as(b, "club_before"));
    let result = joined
        && before.is_some_and(|b| reads_as(b, "club_prep") && !b.boundary)
        && two_before.is_some_and(|b| reads_as(b, "club_result"));
    let nisba = tokens.get(f.last + 1).is_some_and(|n| {
        !n.boundary
            && n.norm.starts_with("ال")
            && n.norm.ends_with('ي')
            && n.norm.chars().count() >= 5
    });
    cue || result || nisba
}

/// The club an organization of the city's words is.
fn club(mut f: Found) -> Found {
    f.kind = EntityKind::Organization;
    f.key = format!("Organization:{}", f.words.join(" ")).into();
    f
}

/// `names` (a paragraph's) with the cities that are clubs here made organizations, in a
/// sports article.
pub fn clubs(g: &Gazetteer, tokens: &[Token], names: Vec<Found>, sports: bool) -> Vec<Found> {
    if !sports {
        return names;
    }
    names
        .into_iter()
        .map(|f| {
            if city(g, &f) && club_here(tokens, &f) {
                club(f)
            } else {
                f
            }
        })
        .collect()
}

/// Through the story: a listed city's words read as an organization in a sports article
/// (`sports`, by article index) make its other mentions in sports articles the club.
pub fn join_clubs(g: &Gazetteer, found: &mut [Located], sports: &HashSet<usize>) {
    if sports.is_empty() {
        return;
    }
    let mut clubs: HashMap<Vec<String>, Arc<str>> = HashMap::new();
    for l in found.iter().filter(|l| sports.contains(&l.order.0)) {
        let f = &l.found;
        if f.kind == EntityKind::Organization && city_name(g, &f.words) {
            clubs
                .entry(f.words.to_vec())
                .or_insert_with(|| f.key.clone());
        }
    }
    for l in found.iter_mut().filter(|l| sports.contains(&l.order.0)) {
        if !city(g, &l.found) {
            continue;
        }
        if let Some(k) = clubs.get(&*l.found.words) {
            l.found.kind = EntityKind::Organization;
            l.found.key = k.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::EntityKind;

    fn kinds(paras: &[&str]) -> Vec<(EntityKind, String)> {
        crate::extract::entities::tests::found_in(paras)
    }

    #[test]
    fn a_city_after_a_club_cue_in_a_match_report_is_the_club() {
        let f = kinds(&[
            "فاز نابولي على ميلان بهدفين دون رد في المباراة التي جرت مساء أمس ضمن الدوري الإيطالي.",
            "وقال مدرب ميلان إن فريقه لم يستحق الخسارة، وسجل اللاعب الهدف الثاني من ركلة جزاء.",
            "ويلعب ميلان مباراته المقبلة في برشلونة أمام لاعبي المنتخب.",
        ]);
        assert!(
            f.contains(&(EntityKind::Organization, "ميلان".to_string())),
            "{f:?}"
        );
        assert!(
            !f.contains(&(EntityKind::Place, "ميلان".to_string())),
            "{f:?}"
        );
        // `في برشلونة`: the city, where the match is played.
        assert!(
            f.contains(&(EntityKind::Place, "برشلونة".to_string())),
            "{f:?}"
        );
    }

    #[test]
    fn countries_stay_places_and_cities_outside_sport_stay_cities() {
        let f = kinds(&[
            "فاز المغرب على البرتغال بهدف دون رد في مباراة ربع النهائي، وسجل اللاعب الهدف من ركلة رأسية أمام البرتغال.",
        ]);
        for p in ["المغرب", "البرتغال"] {
            assert!(
                f.contains(&(EntityKind::Place, p.to_string())),
                "{p}: {f:?}"
            );
        }
        let f = kinds(&["وصل الوزير إلى ميلان أمس، والتقى رئيس بلدية ميلان لبحث التعاون."]);
        assert!(
            !f.contains(&(EntityKind::Organization, "ميلان".to_string())),
            "{f:?}"
        );
    }
}
