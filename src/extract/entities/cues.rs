//! The word lists of the passes after the tagger (`assets/entity_cues.tsv`): heads that are
//! also everyday nouns, the Latin letters' Arabic names, the words that give a person's
//! nickname, administrative heads, and the words of a match report. None is a tagger
//! feature, so the shipped model stays valid when they change.

use std::sync::OnceLock;

use crate::lexicon::gazetteer::{ListMap, ListSet};

/// The asset's classes, each a set of normalized words. Hashed with the lists' fixed-seed
/// hasher (`ListMap`): the passes ask for every token's readings, and the standard SipHash
/// made these lookups a visible share of entity extraction (docs/perf.md, tenth session).
pub struct Cues {
    classes: ListMap<ListSet>,
    /// Each class's first word, as written first in the asset.
    first: ListMap<String>,
}

impl Cues {
    /// Parse the asset's text: `class<TAB>words` lines, `#` comments.
    fn parse(text: &str) -> Cues {
        let mut classes: ListMap<ListSet> = ListMap::default();
        let mut first: ListMap<String> = ListMap::default();
        for (class, words) in text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
        {
            if let Some(w) = words.split_whitespace().next() {
                first
                    .entry(class.to_string())
                    .or_insert_with(|| crate::text::normalize(w).text);
            }
            let set = classes.entry(class.to_string()).or_default();
            set.extend(
                words
                    .split_whitespace()
                    .map(|w| crate::text::normalize(w).text),
            );
        }
        Cues { classes, first }
    }

    /// The first word of `class` (normalized), if it has any.
    pub fn first_of(&self, class: &str) -> Option<&str> {
        self.first.get(class).map(String::as_str)
    }

    /// Is the normalized word `w` in `class`?
    pub fn has(&self, class: &str, w: &str) -> bool {
        self.classes.get(class).is_some_and(|s| s.contains(w))
    }
}

/// The shipped lists, read on first use.
pub fn cues() -> &'static Cues {
    static C: OnceLock<Cues> = OnceLock::new();
    C.get_or_init(|| Cues::parse(include_str!("../../../assets/entity_cues.tsv")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_the_passes_ask_for_is_there() {
        for class in [
            "ordinary_head",
            "name_adjective",
            "letter",
            "alias_cue",
            "alias_filler",
            "admin_head",
            "commune",
            "sports",
            "club_before",
            "club_result",
            "club_prep",
            "stadium",
        ] {
            assert!(cues().classes.contains_key(class), "{class}");
        }
        // Words are read normalized, as tokens are.
        assert!(cues().has("ordinary_head", "قوه"));
        assert!(cues().has("admin_head", "اقليم"));
    }
}
