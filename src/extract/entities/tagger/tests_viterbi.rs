//! Transitions that see the words: a pairwise weight moves the best path the way it must,
//! training learns them, and the model file keeps them (and still reads the first version).

use super::super::tokens::tokenize;
use super::pairwise::{TEMPLATES, Word, append};
use super::train::{Example, train, train_averaged};
use super::viterbi::{ALLOWED, PAIR, PAIR_MARK, TRANS, best_path, keep_pairs, split_pairs};
use super::*;

/// Weights with two emission features and one pairwise feature, all hand-set: feature 11
/// says B-PERS, feature 12 leans to I-PERS (continue the name) a little over B-PERS; the
/// pairwise feature 21, if `pair` is set, scores B-PERS → B-PERS above B-PERS → I-PERS.
fn hand_weights(pair: bool) -> Weights {
    let mut index = FeatureMap::default();
    index.insert(11, 0);
    index.insert(12, 1);
    let mut emit = vec![0i16; 2 * TAGS];
    emit[1] = 100; // feature 11: B-PERS
    emit[TAGS + 1] = 40; // feature 12: B-PERS a little,
    emit[TAGS + 2] = 50; // I-PERS a little more
    let mut pair_index = FeatureMap::default();
    let mut table = vec![0i16; PAIR];
    if pair {
        pair_index.insert(21, 0);
        table[TAGS + 2] = -30; // B-PERS → I-PERS
        table[TAGS + 1] = 10; // B-PERS → B-PERS
    }
    Weights {
        index,
        emit,
        trans: vec![0; TRANS],
        pair_index,
        pair: if pair { table } else { Vec::new() },
        rows: Default::default(),
    }
}

#[test]
fn a_pairwise_weight_moves_the_path() {
    let feats = vec![vec![11], vec![12, PAIR_MARK, 21]];
    // Without it the second word continues the name (`بوش وبلير` as one person) …
    assert_eq!(hand_weights(false).decode(&feats), vec![1, 2]);
    // … with it the name ends and a second starts (`بوش` and `وبلير`).
    assert_eq!(hand_weights(true).decode(&feats), vec![1, 1]);
    // Only where the feature is: the same words without it keep the plain transitions.
    let plain = vec![vec![11], vec![12]];
    assert_eq!(hand_weights(true).decode(&plain), vec![1, 2]);
    // A pairwise feature the model does not know changes nothing.
    let unknown = vec![vec![11], vec![12, PAIR_MARK, 99]];
    assert_eq!(hand_weights(true).decode(&unknown), vec![1, 2]);
}

#[test]
fn a_pairwise_weight_never_breaks_the_bio_constraint() {
    // A huge weight on O → I-PERS cannot make an `I-` follow `O`.
    let mut w = hand_weights(true);
    w.pair[2] = i16::MAX; // O → I-PERS
    w.emit[1] = -100; // feature 11 now says not B-PERS
    let tags = w.decode(&[vec![11], vec![12, PAIR_MARK, 21]]);
    for (p, t) in tags.iter().zip(&tags[1..]) {
        assert!(Tag::allowed(Some(*p), *t), "{tags:?}");
    }
    assert!(Tag::allowed(None, tags[0]), "{tags:?}");
}

#[test]
fn the_allowed_table_is_the_bio_rule() {
    for t in 0..TAGS as u8 {
        assert_eq!(
            ALLOWED[TAGS][usize::from(t)],
            Tag::allowed(None, t),
            "start → {t}"
        );
        for p in 0..TAGS as u8 {
            let a = ALLOWED[usize::from(p)][usize::from(t)];
            assert_eq!(a, Tag::allowed(Some(p), t), "{p} → {t}");
        }
    }
}

#[test]
fn pairs_follow_the_mark() {
    assert_eq!(
        split_pairs(&[5, 6, PAIR_MARK, 7]),
        (&[5u32, 6][..], &[7u32][..])
    );
    assert_eq!(split_pairs(&[5, 6]), (&[5u32, 6][..], &[][..]));
    assert_eq!(split_pairs(&[PAIR_MARK]), (&[][..], &[][..]));
    let mut f = vec![5, 6, PAIR_MARK, 7, 8, 9];
    keep_pairs(&mut f, &[0, 2]);
    assert_eq!(f, vec![5, 6, PAIR_MARK, 7, 9]);
    keep_pairs(&mut f, &[]);
    assert_eq!(f, vec![5, 6]);
}

#[test]
fn every_word_after_the_first_gets_one_pairwise_feature_per_template() {
    let (tokens, _) = tokenize("التقى بوش وبلير، في لندن");
    let words: Vec<Word> = tokens
        .iter()
        .map(|t| Word::new(t, doc_key(t), 0, (0, 0), 0))
        .collect();
    let mut feats = vec![vec![1u32, 2]; tokens.len()];
    append(&mut feats, &words);
    assert_eq!(feats[0], vec![1, 2]);
    for f in &feats[1..] {
        let (emit, pairs) = split_pairs(f);
        assert_eq!((emit, pairs.len()), (&[1u32, 2][..], TEMPLATES));
        assert!(!pairs.contains(&PAIR_MARK));
    }
    // `وبلير` (a conjunction) and `بوش` (none) differ in the conjunction's template, and
    // `في` after a comma differs from `وبلير` in the punctuation's.
    let p = |i: usize| split_pairs(&feats[i]).1.to_vec();
    assert_ne!(p(1)[0], p(2)[0]);
    assert_ne!(p(2)[1], p(3)[1]);
}

/// Two made-up sentences where a conjunction starts a second name half of the time: the
/// word after the name is the same, only the pairwise feature (the conjunction) tells.
fn coordinated() -> Vec<Example> {
    let s = |tags: [u8; 3], conj: bool| Example {
        feats: vec![
            vec![101],
            if conj {
                vec![102, PAIR_MARK, 201]
            } else {
                vec![102, PAIR_MARK, 202]
            },
            vec![103, PAIR_MARK, 203],
        ],
        gold: tags.to_vec(),
    };
    vec![s([1, 1, 0], true), s([1, 2, 0], false)]
}

#[test]
fn training_learns_transitions_that_see_the_words() {
    let ex = coordinated();
    let w = train(&ex, 10, 1);
    assert!(!w.pair_index.is_empty());
    for e in &ex {
        assert_eq!(w.decode(&e.feats), e.gold);
    }
    // Averaged orders keep them too, deterministically.
    let (a, b) = (train_averaged(&ex, 10, 1, 3), train_averaged(&ex, 10, 1, 3));
    assert_eq!(a, b);
    for e in &ex {
        assert_eq!(a.decode(&e.feats), e.gold);
    }
}

#[test]
fn the_pairwise_tables_round_trip_through_the_file() {
    let m = Model {
        first: train(&coordinated(), 10, 1),
        second: Some(hand_weights(true)),
    };
    assert!(!m.first.pair_index.is_empty());
    let bytes = format::encode(&m);
    assert_eq!(format::decode(&bytes).expect("read back"), m);
}

/// FNV-1a (64 bits), the file's checksum.
fn checksum(body: &[u8]) -> [u8; 8] {
    let sum = body.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    });
    sum.to_le_bytes()
}

#[test]
fn a_first_version_file_still_reads_without_pairwise_tables() {
    // KHBRNER1, one pass: one feature (hash 11, B-PERS 7), transitions all 3.
    let mut body = b"KHBRNER1".to_vec();
    body.extend(1u32.to_le_bytes());
    body.extend(1u32.to_le_bytes());
    body.extend((0..TRANS).flat_map(|_| 3i16.to_le_bytes()));
    body.extend(11u32.to_le_bytes());
    body.extend(
        (0..TAGS)
            .map(|t| if t == 1 { 7i16 } else { 0 })
            .flat_map(i16::to_le_bytes),
    );
    let sum = checksum(&body);
    body.extend(sum);
    let m = format::decode(&body).expect("version 1 reads");
    assert!(m.first.pair_index.is_empty() && m.first.pair.is_empty() && m.second.is_none());
    assert_eq!(m.first.trans, vec![3; TRANS]);
    assert_eq!(m.first.decode(&[vec![11, PAIR_MARK, 21]]), vec![1]);
}

#[test]
fn a_bad_pairwise_part_is_an_error_not_a_panic() {
    let m = Model {
        first: hand_weights(true),
        second: None,
    };
    let bytes = format::encode(&m);
    let body = &bytes[..bytes.len() - 8];
    // The pairwise count is the 4 bytes before its one hash and its table.
    let at = body.len() - 4 - 2 * PAIR - 4;
    assert_eq!(body[at..at + 4], 1u32.to_le_bytes());
    for count in [2u32, 1 << 20, u32::MAX] {
        let mut bad = body.to_vec();
        bad[at..at + 4].copy_from_slice(&count.to_le_bytes());
        let sum = checksum(&bad);
        bad.extend(sum);
        let e = format::decode(&bad).expect_err("bad count");
        assert!(e.contains("truncated"), "{count}: {e}");
    }
    // Cut inside the pairwise table, checksum fixed up.
    let mut cut = body[..body.len() - 3].to_vec();
    let sum = checksum(&cut);
    cut.extend(sum);
    assert!(format::decode(&cut).is_err());
}

#[test]
fn the_document_pass_gets_the_first_pass_pairwise_features() {
    let mut doc = vec![vec![vec![1u32], vec![2]], vec![vec![3]]];
    let first = vec![vec![vec![9u32], vec![8, PAIR_MARK, 21, 22]], vec![vec![7]]];
    add_pairs(&mut doc, &first);
    assert_eq!(
        doc,
        vec![vec![vec![1], vec![2, PAIR_MARK, 21, 22]], vec![vec![3]]]
    );
}

#[test]
fn the_integer_decoder_finds_the_general_viterbi_path() {
    // Small random scores (many ties), with and without per-position tables.
    let mut x: u64 = 14;
    let mut next = |m: i32| {
        x = x
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((x >> 33) as i32).rem_euclid(2 * m + 1) - m
    };
    for n in [1usize, 2, 3, 7, 20] {
        for round in 0..30 {
            let scores: Vec<[i32; TAGS]> = (0..n).map(|_| [0; TAGS].map(|_| next(3))).collect();
            let mut trans = [0i32; TRANS];
            trans.iter_mut().for_each(|t| *t = next(3));
            let steps: Vec<Option<[i32; PAIR]>> = (0..n)
                .map(|_| (round % 2 == 1).then(|| [0; PAIR].map(|_| next(4))))
                .collect();
            let general = viterbi(&scores, |i, p, t| {
                let row = p.map_or(TAGS, usize::from);
                let step = match (p, &steps[i]) {
                    (Some(p), Some(x)) => x[usize::from(p) * TAGS + usize::from(t)],
                    _ => 0,
                };
                trans[row * TAGS + usize::from(t)] + step
            });
            assert_eq!(
                best_path(&scores, &trans, &steps),
                general,
                "n {n} round {round}"
            );
        }
    }
}
