//! One name, one kind through a story: where the same words are named as a person a few times
//! and as a place or an organization many more times, the few are read as the many
//! ("one sense per discourse"). A province cut from the name after it (`شرطة بغلان سلطان
//! محمد عبادي`) or a club read once as a person is the usual minority; the story's other
//! mentions, each read in its own context, outvote it.
//!
//! Only guesses are moved: a mention whose key comes from a list (an ASCII key) is never
//! re-kinded, and the majority must be clear (`MIN_MAJORITY` mentions and `RATIO` times the
//! minority), so a name that really is two things in a story (a person and the town named
//! after him, a few times each) stays two entities.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::link::Located;
use crate::lexicon::EntityKind;

/// A name's keys of one kind, with their mentions.
type KeyCounts<'a> = HashMap<&'a Arc<str>, usize>;

/// Fewest mentions of the majority kind before it outvotes another.
const MIN_MAJORITY: usize = 3;
/// How many times the minority's mentions the majority must have.
const RATIO: usize = 2;

/// Re-kind the minority mentions of each name (same normalized words) to its clear majority
/// kind, with the majority's most frequent key (so they link to that entity).
/// Mentions in `own` (article, paragraph, first token) keep their kind: their own context says
/// it (`classified::own_context`: `شركة "رأس الحكمة"` beside `منطقة رأس الحكمة`).
pub fn vote_kinds(found: &mut [Located], own: &HashSet<(usize, usize, usize)>) {
    // Per name: mentions per kind, and per kind its keys with their counts.
    let mut counts: HashMap<&[String], [usize; 3]> = HashMap::new();
    let mut keys: HashMap<(&[String], usize), KeyCounts> = HashMap::new();
    for l in found.iter() {
        let f = &l.found;
        let k = slot(f.kind);
        if let Some(c) = counts.entry(&f.words).or_default().get_mut(k) {
            *c += 1;
        }
        *keys
            .entry((&f.words, k))
            .or_default()
            .entry(&f.key)
            .or_default() += 1;
    }
    // Name → (majority kind, its key), for the names with a clear majority over another kind.
    let mut winner: HashMap<Vec<String>, (EntityKind, Arc<str>)> = HashMap::new();
    for (words, c) in &counts {
        let Some((best, &most)) = c
            .iter()
            .enumerate()
            .max_by_key(|&(i, n)| (*n, usize::MAX - i))
        else {
            continue;
        };
        let others = c.iter().enumerate().filter(|&(i, n)| i != best && *n > 0);
        let clear = others
            .clone()
            .all(|(_, &n)| most >= MIN_MAJORITY && most >= RATIO * n);
        if !clear || others.count() == 0 {
            continue;
        }
        // The majority's most frequent key (ties: the smallest, so the result does not
        // depend on hash order).
        let key = keys.get(&(*words, best)).and_then(|ks| {
            ks.iter()
                .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                .map(|(k, _)| Arc::clone(k))
        });
        if let (Some(key), Some(&kind)) = (key, KINDS.get(best)) {
            winner.insert(words.to_vec(), (kind, key));
        }
    }
    if winner.is_empty() {
        return;
    }
    for l in found.iter_mut() {
        let f = &mut l.found;
        if listed(&f.key) || own.contains(&(l.order.0, l.order.1, f.first)) {
            continue;
        }
        if let Some((kind, key)) = winner.get(&*f.words)
            && *kind != f.kind
        {
            f.kind = *kind;
            f.key = Arc::clone(key);
        }
    }
}

const KINDS: [EntityKind; 3] = [
    EntityKind::Person,
    EntityKind::Organization,
    EntityKind::Place,
];

fn slot(kind: EntityKind) -> usize {
    match kind {
        EntityKind::Person => 0,
        EntityKind::Organization => 1,
        EntityKind::Place => 2,
    }
}

/// A key from a list (gazetteer keys are ASCII; a guessed name's key is its kind and words).
fn listed(key: &str) -> bool {
    key.is_ascii()
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)]
mod tests {
    use super::*;
    use crate::extract::entities::recognize::Found;

    fn at(kind: EntityKind, words: &[&str], key: &str, order: usize) -> Located {
        Located {
            found: Found {
                kind,
                key: key.into(),
                words: words
                    .iter()
                    .map(|w| w.to_string())
                    .collect::<Vec<_>>()
                    .into(),
                start: 0,
                end: 1,
                first: 0,
                last: 0,
                fragment: None,
            },
            order: (order, 0),
        }
    }

    #[test]
    fn a_few_person_readings_follow_the_many_place_readings() {
        let mut found: Vec<Located> = (0..6)
            .map(|i| at(EntityKind::Place, &["بغلان"], "Place:بغلان", i))
            .collect();
        found.push(at(EntityKind::Person, &["بغلان"], "Person:بغلان", 7));
        found.push(at(EntityKind::Person, &["بغلان"], "Person:بغلان", 8));
        vote_kinds(&mut found, &HashSet::new());
        assert!(found.iter().all(|l| l.found.kind == EntityKind::Place));
        assert!(found.iter().all(|l| &*l.found.key == "Place:بغلان"));
    }

    #[test]
    fn no_clear_majority_and_listed_names_stay() {
        // Three against two: not twice as many, both stay.
        let mut found: Vec<Located> = (0..3)
            .map(|i| at(EntityKind::Place, &["زايد"], "Place:زايد", i))
            .collect();
        found.extend((0..2).map(|i| at(EntityKind::Person, &["زايد"], "Person:زايد", 5 + i)));
        // A listed person is never re-kinded, whatever the count.
        found.extend((0..9).map(|i| at(EntityKind::Place, &["عمان"], "Place:عمان", 10 + i)));
        found.push(at(EntityKind::Person, &["عمان"], "person:oman", 30));
        vote_kinds(&mut found, &HashSet::new());
        let persons = found
            .iter()
            .filter(|l| l.found.kind == EntityKind::Person)
            .count();
        assert_eq!(persons, 3);
    }

    /// End to end, on sentences written for the purpose: whatever the tagger makes of the
    /// province before an official's name, the story's other readings decide.
    #[test]
    fn a_story_reads_one_word_as_one_kind() {
        let corpus = crate::corpus::Corpus::from_bodies(&[&[
            "قتل عشرون شخصا في تبادل لإطلاق النار خلال حفل زفاف في ولاية بغلان شمال البلاد.",
            "وأعلن المتحدث باسم شرطة بغلان سلطان محمد عبادي أن وفدا رسميا توجه إلى المكان.",
            "وتشهد ولاية بغلان منذ أشهر مواجهات بين القوات الحكومية ومسلحين.",
            "وقال محافظ ولاية بغلان إن الهدوء عاد إلى المنطقة.",
        ]]);
        let kinds: Vec<EntityKind> = crate::extract::entities::extract(&corpus)
            .into_iter()
            .filter(|e| e.name == "بغلان")
            .map(|e| e.kind)
            .collect();
        assert_eq!(kinds, [EntityKind::Place]);
    }

    #[test]
    fn two_mentions_do_not_outvote_one() {
        let mut found = vec![
            at(
                EntityKind::Organization,
                &["الوداد"],
                "Organization:الوداد",
                0,
            ),
            at(
                EntityKind::Organization,
                &["الوداد"],
                "Organization:الوداد",
                1,
            ),
            at(EntityKind::Place, &["الوداد"], "Place:الوداد", 2),
        ];
        vote_kinds(&mut found, &HashSet::new());
        assert_eq!(found[2].found.kind, EntityKind::Place);
    }
}
