//! The decoding tables (`rows.rs`) against the training layout they are made from: the same
//! weights for every known feature, none for any other, and so the same tags.

use proptest::prelude::*;

use super::rows::RowTable;
use super::viterbi::{PAIR, PAIR_MARK, TRANS};
use super::{FeatureMap, TAGS, Weights};

/// Weights over `keys` (emission) and `pkeys` (pairwise), each row numbered in the order
/// given, with weights drawn from `seed`.
fn weights(keys: &[u32], pkeys: &[u32], seed: u64) -> Weights {
    let mut x = seed | 1;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x % 2001) as i16 - 1000
    };
    let mut index = FeatureMap::default();
    for &k in keys {
        let n = index.len() as u32;
        index.entry(k).or_insert(n);
    }
    let mut pair_index = FeatureMap::default();
    for &k in pkeys {
        let n = pair_index.len() as u32;
        pair_index.entry(k).or_insert(n);
    }
    Weights {
        emit: (0..index.len() * TAGS).map(|_| next()).collect(),
        pair: (0..pair_index.len() * PAIR).map(|_| next()).collect(),
        trans: (0..TRANS).map(|_| next()).collect(),
        index,
        pair_index,
        rows: Default::default(),
    }
}

/// Keys from a small range (so that they collide in the table and fill its low values,
/// where the empty-slot marker is chosen) and from the whole `u32` range.
fn key() -> impl Strategy<Value = u32> {
    prop_oneof![0u32..64, any::<u32>()]
}

proptest! {
    #[test]
    fn a_table_holds_the_index_rows(
        keys in proptest::collection::vec(key(), 0..300),
        probes in proptest::collection::vec(key(), 0..300),
        seed in any::<u64>(),
    ) {
        let w = weights(&keys, &[], seed);
        let t: RowTable<TAGS> = RowTable::new(&w.index, &w.emit);
        for &h in keys.iter().chain(&probes) {
            let want = w.index.get(&h).map(|&r| &w.emit[r as usize * TAGS..][..TAGS]);
            prop_assert_eq!(t.get(h).map(|r| r.as_slice()), want, "key {}", h);
        }
        // Every value below the keys' count is asked too: the empty-slot marker is one.
        for h in 0..=keys.len() as u32 {
            let want = w.index.get(&h).map(|&r| &w.emit[r as usize * TAGS..][..TAGS]);
            prop_assert_eq!(t.get(h).map(|r| r.as_slice()), want, "key {}", h);
        }
    }

    #[test]
    fn decoding_through_the_tables_gives_the_same_tags(
        keys in proptest::collection::vec(key(), 0..120),
        pkeys in proptest::collection::vec(0u32..40, 0..20),
        tokens in proptest::collection::vec(
            (proptest::collection::vec(key(), 0..12), proptest::collection::vec(0u32..48, 0..4)),
            0..25,
        ),
        seed in any::<u64>(),
    ) {
        let w = weights(&keys, &pkeys, seed);
        // Tokens name known features more often than chance would.
        let feats: Vec<Vec<u32>> = tokens
            .iter()
            .map(|(e, p)| {
                let mut f: Vec<u32> = e
                    .iter()
                    .map(|&h| if h % 2 == 0 && !keys.is_empty() { keys[h as usize % keys.len()] } else { h })
                    .filter(|&h| h != PAIR_MARK)
                    .collect();
                if !p.is_empty() {
                    f.push(PAIR_MARK);
                    f.extend(p);
                }
                f
            })
            .collect();
        prop_assert_eq!(w.decode(&feats), w.decode_by_index(&feats));
    }
}

#[test]
fn the_shipped_model_decodes_alike_through_its_tables() {
    // Both passes of the shipped model on the bundled articles' own features.
    let Ok(m) = super::shared() else {
        return;
    };
    let g = crate::lexicon::gazetteer::gazetteer();
    let mut tokens_seen = 0;
    for a in &crate::corpus::bundled().articles {
        let paras: Vec<_> = a
            .paragraphs
            .iter()
            .map(|p| super::super::tokens::tokenize(&p.text))
            .collect();
        let feats: Vec<Vec<Vec<u32>>> = paras
            .iter()
            .map(|(tokens, norm)| {
                let rules = super::super::recognize::recognize(g, tokens, norm);
                super::features(g, tokens, norm, &rules)
            })
            .collect();
        let keys: Vec<Vec<&str>> = paras
            .iter()
            .map(|(t, _)| t.iter().map(super::doc_key).collect())
            .collect();
        let first: Vec<Vec<u8>> = feats.iter().map(|f| m.first.decode_by_index(f)).collect();
        let second = m.second.as_ref().map(|second| {
            let mut ctx = super::doc_context(&keys, &first);
            super::add_pairs(&mut ctx, &feats);
            ctx.iter()
                .map(|x| second.decode_by_index(x))
                .collect::<Vec<_>>()
        });
        assert_eq!(m.tag_passes(&feats, &keys), (first, second));
        tokens_seen += feats.iter().map(Vec::len).sum::<usize>();
    }
    assert!(tokens_seen > 1000);
}

#[test]
fn the_decoders_short_lists_of_previous_tags_are_the_bio_rule() {
    for t in 0..TAGS {
        let from: Vec<u8> = (0..TAGS as u8)
            .filter(|&p| super::viterbi::ALLOWED[usize::from(p)][t])
            .collect();
        assert_eq!(super::viterbi::FROM[t], from.as_slice(), "tag {t}");
    }
}
