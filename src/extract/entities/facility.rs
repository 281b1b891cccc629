//! Named facilities the rules leave out (`heads::rare_facility_at`): a stadium, an airport or
//! a bridge named by one definite word that general Arabic does not use (`ملعب الثمامة`,
//! `استاد الثمامة`). Added after the tagger and the rules have combined, where no name covers
//! the head or the word, so neither's input changes. A place the combination found for the
//! word alone (`الثمامة`) becomes the facility, head included, as for `ملعب مولاي الحسن`.

use super::gazetteer::Gazetteer;
use super::heads::rare_facility_at;
use super::recognize::Found;
use super::tokens::Token;
use crate::extract::EntityKind;
use crate::text::Normalized;

/// `names` (the paragraph's, in order) with its rare-word facilities added.
pub fn add_facilities(
    g: &Gazetteer,
    tokens: &[Token],
    norm: &Normalized,
    mut names: Vec<Found>,
) -> Vec<Found> {
    let mut added = false;
    for i in 0..tokens.len() {
        let Some(f) = rare_facility_at(g, tokens, norm, i) else {
            continue;
        };
        let overlaps = |n: &Found| n.first <= f.last && f.first <= n.last;
        // Only a place of the name's own words (not the head) may give way to it.
        let inside =
            |n: &Found| n.kind == EntityKind::Place && n.first > f.first && n.last <= f.last;
        if names.iter().any(|n| overlaps(n) && !inside(n)) {
            continue;
        }
        names.retain(|n| !inside(n));
        names.push(f);
        added = true;
    }
    if added {
        names.sort_by_key(|f| f.first);
    }
    names
}

#[cfg(test)]
mod tests {
    use crate::extract::EntityKind;

    fn places(text: &str) -> Vec<String> {
        crate::extract::entities::tests::found_in(&[text])
            .into_iter()
            .filter(|(k, _)| *k == EntityKind::Place)
            .map(|(_, n)| n)
            .collect()
    }

    #[test]
    fn a_stadium_named_by_a_rare_definite_word_is_a_place() {
        let found = places("وأقيمت المباراة على ملعب الثمامة في الدوحة أمام جمهور كبير.");
        assert!(found.contains(&"ملعب الثمامة".to_string()), "{found:?}");
        assert!(found.contains(&"الدوحة".to_string()), "{found:?}");
    }

    #[test]
    fn a_common_definite_word_after_a_stadium_word_is_no_name() {
        let found = places("ودخل اللاعبون أرض الملعب الرئيسي، وغادر الجمهور ملعب المباراة مبكرا.");
        assert!(!found.iter().any(|n| n.contains("ملعب")), "{found:?}");
    }

    #[test]
    fn one_stadium_written_with_either_word_is_one_place() {
        let found = places(
            "وأقيمت المباراة على ملعب الثمامة في الدوحة، ويتسع استاد الثمامة لأربعين ألف متفرج.",
        );
        let stadiums: Vec<&String> = found.iter().filter(|n| n.contains("الثمامة")).collect();
        assert_eq!(stadiums.len(), 1, "{found:?}");
    }
}
