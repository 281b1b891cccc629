//! The word table (`wordtable.rs`) against the map it is made from: the same value for every
//! word in it, none for any other — short and long words, Arabic and Latin, the empty word.

use proptest::prelude::*;

use super::WordMap;
use super::wordtable::{KEY, WordTable};

/// Words of 0 to 30 letters from a small alphabet (so that many are alike and collide),
/// Arabic letters being two bytes each: some fit in a slot and some do not. Drawn as a length
/// and two bits a letter (generating letter by letter made the test slow).
fn word() -> impl Strategy<Value = String> {
    (0usize..31, any::<u64>()).prop_map(|(n, bits)| {
        (0..n)
            .map(|i| ['ا', 'ب', 'ل', 'x'][(bits >> (2 * i) & 3) as usize])
            .collect()
    })
}

proptest! {
    #[test]
    fn a_word_table_answers_as_its_map(
        words in proptest::collection::vec((word(), any::<u16>()), 0..200),
        probes in proptest::collection::vec(word(), 0..200),
    ) {
        let map: WordMap<u16> = words.iter().cloned().collect();
        let table = WordTable::new(map.clone());
        prop_assert_eq!(table.len(), map.len());
        for w in words.iter().map(|(w, _)| w).chain(&probes) {
            prop_assert_eq!(table.get(w), map.get(w).copied(), "{:?}", w);
        }
    }
}

#[test]
fn words_at_the_slot_size_and_past_it() {
    let exact = "x".repeat(KEY);
    let over = "x".repeat(KEY + 1);
    let map: WordMap<u8> = [(exact.clone(), 1), (over.clone(), 2), (String::new(), 3)]
        .into_iter()
        .collect();
    let t = WordTable::new(map);
    assert_eq!(t.get(&exact), Some(1));
    assert_eq!(t.get(&over), Some(2));
    assert_eq!(t.get(""), Some(3));
    assert_eq!(t.get(&"x".repeat(KEY - 1)), None);
    assert_eq!(t.get(&"x".repeat(KEY + 2)), None);
}

#[test]
fn the_shipped_tables_answer_as_their_maps() {
    // Every word of the shipped frequency list, and the bundled articles' words.
    let text = include_str!("../../../../assets/wordfreq_ar.tsv");
    let words: Vec<String> = text
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(_, w)| crate::text::normalize(w).text)
        .collect();
    let map: WordMap<u8> = words.iter().map(|w| (w.clone(), w.len() as u8)).collect();
    let table = WordTable::new(map.clone());
    let bundled = crate::corpus::bundled();
    let article_words = bundled
        .articles
        .iter()
        .flat_map(|a| &a.paragraphs)
        .flat_map(|p| {
            p.text
                .split_whitespace()
                .map(|w| crate::text::normalize(w).text)
        });
    let mut n = 0;
    for w in words.iter().cloned().chain(article_words) {
        assert_eq!(table.get(&w), map.get(&w).copied(), "{w}");
        n += 1;
    }
    assert!(n > 60_000);
}
