//! Model designations are not names. Aircraft, weapons and vehicles are named by a maker's or
//! a family's word joined to a number by a hyphen (`إيه تي آر-72`, `سوخوي-24`, `إس-400`,
//! `إف-16`): the words before the number are read as a person by the tagger (they look like
//! a transliterated name) or as an organization by a head (`منظومة إس`). A name whose last
//! word is hyphened to a number is dropped, and so is a person right after a word that
//! announces a model (`طراز`, `نوع`: `طائرة من طراز بوينغ 737`); the words are in
//! `assets/designations.tsv`.
//!
//! A number after a space is not a designation (`أحمد سالم 45 عاما`, a score `ليفربول 2-1`
//! has its space before the number), and listed names (a country, a listed company) are kept.
//!
//! Storms are named the same way, by a given name after a word for the storm (`العاصفة
//! دانيال`, `إعصار إيان`, `عاصفة “فريدي”`): the tagger reads a person (or a place) there, and
//! the storm then tops the people of a flood story. A storm is none of the three kinds, so a
//! name right after such a word is dropped, and so is the same name written alone elsewhere in
//! the article (`ضربت دانيال السواحل`), which the reader would otherwise list apart
//! ([`drop_storms`]).

use std::collections::HashSet;
use std::sync::{Arc, OnceLock};

use super::gazetteer::Gazetteer;

use super::recognize::Found;
use super::tokens::Token;
use crate::extract::EntityKind;
use crate::text::tokens::CharBytes;

/// The words of class `class` in `assets/designations.tsv`, normalized as the tokens are.
fn words_of(class: &str) -> HashSet<String> {
    include_str!("../../../assets/designations.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .filter(|(c, _)| *c == class)
        .flat_map(|(_, words)| words.split_whitespace())
        .map(|w| crate::text::normalize(w).text)
        .collect()
}

/// The words that announce a model.
fn model_words() -> &'static HashSet<String> {
    static WORDS: OnceLock<HashSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| words_of("model"))
}

/// The words that announce a named storm (with their proclitics read off, as the tokens'
/// readings give them: `والعاصفة`, `للإعصار`).
fn storm_words() -> &'static HashSet<String> {
    static WORDS: OnceLock<HashSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| words_of("storm"))
}

/// Whether token `t` is a word for a storm, with or without a proclitic.
fn is_storm_word(t: &Token) -> bool {
    t.reads.iter().any(|(_, r)| storm_words().contains(r))
}

/// Whether `f` may be a storm's name: a person, or an unlisted place of one word that is a
/// listed given name (`ضربت العاصفة ليبيا`, the storm hit Libya, keeps its place).
fn storm_like(g: &Gazetteer, f: &Found) -> bool {
    match f.kind {
        EntityKind::Person => true,
        EntityKind::Place => {
            !f.key.is_ascii() && f.words.len() == 1 && f.words.iter().all(|w| g.given.contains(w))
        }
        _ => false,
    }
}

/// The names of the paragraph right after a storm word (`tokens` and its `names`): the storms
/// it names.
pub fn storms_named(g: &Gazetteer, tokens: &[Token], names: &[Found]) -> Vec<Arc<[String]>> {
    names
        .iter()
        .filter(|f| storm_like(g, f) && after_storm_word(tokens, f))
        .map(|f| Arc::clone(&f.words))
        .collect()
}

/// Whether the word before name `f` is a storm word.
fn after_storm_word(tokens: &[Token], f: &Found) -> bool {
    f.first
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .is_some_and(is_storm_word)
}

/// `names` without the storms of the article (`storms`, from [`storms_named`] over all its
/// paragraphs): a person named so, or a given name read as a place, there or written alone.
pub fn drop_storms(g: &Gazetteer, names: Vec<Found>, storms: &[Arc<[String]>]) -> Vec<Found> {
    if storms.is_empty() {
        return names;
    }
    names
        .into_iter()
        .filter(|f| !(storm_like(g, f) && storms.iter().any(|s| **s == *f.words)))
        .collect()
}

/// A model number: digits, with Latin letters at most (`72`, `400`, `A320`).
fn is_number(t: &Token) -> bool {
    t.original.chars().any(|c| c.is_numeric())
        && t.original
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c.is_numeric())
}

/// `names` without the model designations among them (`text` is the paragraph, whose
/// `char` offsets the tokens give).
pub fn drop_designations(tokens: &[Token], text: &str, names: Vec<Found>) -> Vec<Found> {
    let mut cursor = CharBytes::new(text);
    let mut kept = Vec::with_capacity(names.len());
    for f in names {
        let listed = f.key.is_ascii();
        let hyphened = tokens
            .get(f.last)
            .zip(tokens.get(f.last + 1))
            .is_some_and(|(w, n)| {
                is_number(n) && matches!(cursor.slice(w.end, n.start), "-" | "–" | "‐")
            });
        let announced = f.kind == EntityKind::Person
            && f.first
                .checked_sub(1)
                .and_then(|i| tokens.get(i))
                .is_some_and(|t| model_words().contains(&t.norm));
        if listed || !(hyphened || announced) {
            kept.push(f);
        }
    }
    kept
}

#[cfg(test)]
mod tests {

    fn names(text: &str) -> Vec<String> {
        let mut v: Vec<String> = crate::extract::entities::tests::found_in(&[text])
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_maker_hyphened_to_a_number_is_no_name() {
        let found = names(
            "تحطمت طائرة من طراز إيه تي آر-72 تابعة لشركة آيروكاريبيان قرب هافانا، \
             ونشرت روسيا منظومة إس-400 للدفاع الجوي.",
        );
        assert!(!found.iter().any(|n| n.contains("آر")), "{found:?}");
        assert!(!found.iter().any(|n| n.contains("إس")), "{found:?}");
        assert!(found.contains(&"هافانا".to_string()), "{found:?}");
        assert!(found.contains(&"روسيا".to_string()), "{found:?}");
    }

    #[test]
    fn a_number_after_a_space_keeps_the_name() {
        let found = names("وقال الطيار أحمد سالم 45 عاما إن الرحلة كانت هادئة.");
        assert!(found.contains(&"أحمد سالم".to_string()), "{found:?}");
    }

    #[test]
    fn a_storm_named_by_a_given_name_is_no_person() {
        let found = names(
            "ضربت العاصفة دانيال شرق ليبيا، وقال مسؤول إن دانيال خلفت دمارا واسعا. \
             وضرب إعصار إيان ولاية فلوريدا.",
        );
        assert!(!found.contains(&"دانيال".to_string()), "{found:?}");
        assert!(!found.contains(&"إيان".to_string()), "{found:?}");
        assert!(found.contains(&"ليبيا".to_string()), "{found:?}");
    }

    #[test]
    fn a_place_after_a_storm_word_stays_a_place() {
        let found = names("واجتاحت العاصفة ليبيا أمس، ثم بلغت العاصفة مدينة درنة.");
        assert!(found.contains(&"ليبيا".to_string()), "{found:?}");
        assert!(found.contains(&"درنة".to_string()), "{found:?}");
    }
}
