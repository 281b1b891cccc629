//! Candidate paragraph pairs from shared word n-gram shingles: only paragraphs that share a few
//! shingles are ever aligned, never all pairs.

use std::collections::HashMap;

use super::params::Params;
use super::words::{Vocab, Word};

/// A paragraph to compare: its place in the corpus and its words.
pub struct Para {
    pub article: usize,
    pub paragraph: usize,
    pub words: Vec<Word>,
}

/// Hash of `n` keys (FNV-1a over the key numbers).
fn hash(keys: impl Iterator<Item = u32>) -> u64 {
    keys.fold(0xcbf2_9ce4_8422_2325, |h, k| {
        (h ^ u64::from(k)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Pairs of paragraph indices `(i, j)`, `i < j`, from different articles, that share at least
/// `min_shared_shingles` shingles, each paragraph keeping its `max_partners` best partners.
pub fn candidates(paras: &[Para], vocab: &Vocab, p: &Params) -> Vec<(usize, usize)> {
    let n = p.shingle;
    // shingle → paragraphs holding it (each paragraph once).
    let mut postings: HashMap<u64, Vec<u32>> = HashMap::new();
    for (pi, para) in paras.iter().enumerate() {
        let keys: Vec<u32> = para.words.iter().map(|w| w.key).collect();
        let pi = u32::try_from(pi).unwrap_or(u32::MAX);
        for gram in keys.windows(n) {
            if gram.iter().all(|&k| vocab.is_stop(k)) {
                continue;
            }
            let list = postings.entry(hash(gram.iter().copied())).or_default();
            if list.last() != Some(&pi) {
                list.push(pi);
            }
        }
    }
    let mut shared: HashMap<(u32, u32), u32> = HashMap::new();
    for list in postings.values() {
        if list.len() < 2 || list.len() > p.max_shingle_paragraphs {
            continue;
        }
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                if paras[i as usize].article != paras[j as usize].article {
                    *shared.entry((i, j)).or_default() += 1;
                }
            }
        }
    }
    // Keep each paragraph's best partners: a pair stays when either side ranks it in its top.
    let mut by_para: HashMap<u32, Vec<(u32, u32)>> = HashMap::new();
    for (&(i, j), &c) in &shared {
        if c as usize >= p.min_shared_shingles {
            by_para.entry(i).or_default().push((c, j));
            by_para.entry(j).or_default().push((c, i));
        }
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (i, mut partners) in by_para {
        partners.sort_unstable_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
        for &(_, j) in partners.iter().take(p.max_partners) {
            let (x, y) = (i.min(j) as usize, i.max(j) as usize);
            pairs.push((x, y));
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}
