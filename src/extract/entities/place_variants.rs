//! One place written with a final `ا`, `ة` or `ه` (`أورفا`/`أورفة`, `سوريا`/`سورية`,
//! `ملطيا`/`ملطية`): outlets transliterate a final vowel either way, the lists hold one
//! spelling, and the link's skeleton keeps last letters (it drops inner long vowels only).
//! The story's places whose words differ only so are one place, with the listed key where one
//! is — unless the lists name two of the spellings as different places, which stay apart.

use std::collections::HashMap;
use std::sync::Arc;

use super::link::Located;
use super::tagger::combine::listed;
use crate::extract::EntityKind;

/// A place's words with a final `ا` read as `ه` (`ة` is `ه` once normalized), in words of three
/// letters or more (shorter ones are function words and initials).
fn folded(words: &[String]) -> String {
    words
        .iter()
        .map(|w| match w.strip_suffix('ا') {
            Some(stem) if w.chars().count() >= 3 => format!("{stem}ه"),
            _ => w.clone(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Gives the story's spellings of one place that differ by a final vowel one key (above).
pub fn join_final_vowels(found: &mut [Located]) {
    let place = |l: &Located| l.found.kind == EntityKind::Place;
    // Folded words → (keys, mentions per key, which are listed).
    let mut groups: HashMap<String, Vec<(Arc<str>, usize, bool)>> = HashMap::new();
    for l in found.iter().filter(|l| place(l)) {
        let g = groups.entry(folded(&l.found.words)).or_default();
        match g.iter_mut().find(|(k, _, _)| *k == l.found.key) {
            Some((_, n, _)) => *n += 1,
            None => g.push((l.found.key.clone(), 1, listed(&l.found))),
        }
    }
    let mut rekey: HashMap<Arc<str>, Arc<str>> = HashMap::new();
    for keys in groups.values().filter(|g| g.len() >= 2) {
        let listed: Vec<&Arc<str>> = keys.iter().filter(|k| k.2).map(|k| &k.0).collect();
        let to = match listed.as_slice() {
            [one] => (*one).clone(),
            [] => match keys.iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))) {
                Some(k) => k.0.clone(),
                None => continue,
            },
            // Two listed places spelled alike but for a vowel: two places.
            _ => continue,
        };
        for (k, _, _) in keys {
            if *k != to {
                rekey.insert(k.clone(), to.clone());
            }
        }
    }
    for l in found.iter_mut().filter(|l| place(l)) {
        if let Some(k) = rekey.get(&l.found.key) {
            l.found.key = k.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::corpus::Corpus;
    use crate::extract::EntityKind;
    use crate::extract::entities::extract;

    #[test]
    fn a_place_spelled_with_a_final_alif_or_ta_marbuta_is_one() {
        let c = Corpus::from_bodies(&[
            &["ووصلت فرق الإنقاذ إلى مدينة شانلي أورفة صباح اليوم."],
            &["وانهارت عشرات المباني في شانلي أورفا وقتل العشرات."],
        ]);
        let places: Vec<(String, usize)> = extract(&c)
            .into_iter()
            .filter(|e| e.kind == EntityKind::Place)
            .map(|e| (e.name, e.mentions.len()))
            .collect();
        let urfa: Vec<&(String, usize)> =
            places.iter().filter(|(n, _)| n.contains("أورف")).collect();
        assert_eq!(urfa.len(), 1, "{places:?}");
        assert_eq!(urfa[0].1, 2, "{places:?}");
    }
}
