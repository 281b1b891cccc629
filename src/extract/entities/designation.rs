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

use std::collections::HashSet;
use std::sync::OnceLock;

use super::recognize::Found;
use super::tokens::Token;
use crate::extract::EntityKind;
use crate::text::tokens::CharBytes;

/// The words that announce a model, normalized as the tokens are.
fn model_words() -> &'static HashSet<String> {
    static WORDS: OnceLock<HashSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        include_str!("../../../assets/designations.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .filter(|(class, _)| *class == "model")
            .flat_map(|(_, words)| words.split_whitespace())
            .map(|w| crate::text::normalize(w).text)
            .collect()
    })
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
    use crate::corpus::Corpus;
    use crate::extract::entities::extract;

    fn names(text: &str) -> Vec<String> {
        let mut v: Vec<String> = extract(&Corpus::from_bodies(&[&[text]]))
            .into_iter()
            .map(|e| e.name)
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
}
