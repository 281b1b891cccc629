//! Candidate paragraph pairs from shared word n-gram shingles: only paragraphs that share a few
//! shingles are ever aligned, never all pairs.

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
    // (shingle, paragraph) for every shingle, sorted: equal shingles side by side. Sorting one
    // flat vector is several times faster than a map of small lists on big folders.
    let mut grams: Vec<(u64, u32)> = Vec::new();
    for (pi, para) in paras.iter().enumerate() {
        let keys: Vec<u32> = para.words.iter().map(|w| w.key).collect();
        let pi = u32::try_from(pi).unwrap_or(u32::MAX);
        for gram in keys.windows(n) {
            if !gram.iter().all(|&k| vocab.is_stop(k)) {
                grams.push((hash(gram.iter().copied()), pi));
            }
        }
    }
    grams.sort_unstable();
    grams.dedup();
    // Every pair of paragraphs of different articles under one shingle, as `i << 32 | j`.
    let mut pairs: Vec<u64> = Vec::new();
    for run in grams.chunk_by(|x, y| x.0 == y.0) {
        if run.len() < 2 || run.len() > p.max_shingle_paragraphs {
            continue;
        }
        let article = |k: u32| paras.get(k as usize).map(|p| p.article);
        let mut rest = run;
        while let [(_, i), later @ ..] = rest {
            for &(_, j) in later {
                if article(*i) != article(j) {
                    pairs.push(u64::from(*i) << 32 | u64::from(j));
                }
            }
            rest = later;
        }
    }
    drop(grams);
    pairs.sort_unstable();
    // Each run of one pair is the number of shingles it shares.
    let mut by_para: Vec<Vec<(u32, u32)>> = vec![Vec::new(); paras.len()];
    for run in pairs.chunk_by(|x, y| x == y) {
        if run.len() >= p.min_shared_shingles
            && let Some(&pair) = run.first()
        {
            let (i, j) = ((pair >> 32) as u32, pair as u32);
            let c = u32::try_from(run.len()).unwrap_or(u32::MAX);
            if let Some(partners) = by_para.get_mut(i as usize) {
                partners.push((c, j));
            }
            if let Some(partners) = by_para.get_mut(j as usize) {
                partners.push((c, i));
            }
        }
    }
    drop(pairs);
    // Keep each paragraph's best partners: a pair stays when either side ranks it in its top.
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (i, mut partners) in by_para.into_iter().enumerate() {
        partners.sort_unstable_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
        for &(_, j) in partners.iter().take(p.max_partners) {
            let j = j as usize;
            out.push((i.min(j), i.max(j)));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}
