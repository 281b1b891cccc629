//! The folds' tags of the combination's cross-validation (`eval_combined.rs`), kept in a
//! file between runs: training 5 × 7 passes takes minutes, and a change to the combination
//! alone changes no feature, so the tags can be read back. The file is keyed by a hash of
//! everything the tags depend on; another key means train again.

use std::fmt::Write as _;
use std::path::Path;

use super::conll::Prepared;

/// Tags per sentence from each fold's model: (first pass, document pass).
pub(super) type FoldTags = Vec<(Vec<u8>, Vec<u8>)>;

/// A hash of what the tags depend on: every sentence's features and gold tags, the folds,
/// the document size and the learner (`what`). FNV-1a, stable across runs.
pub(super) fn cache_key(ps: &[Prepared], k: usize, doc: usize, what: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |x: u64| {
        for b in x.to_le_bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    eat(k as u64);
    eat(doc as u64);
    what.bytes().for_each(|b| eat(u64::from(b)));
    for p in ps {
        p.gold.iter().for_each(|t| eat(u64::from(*t)));
        for f in &p.feats {
            eat(f.len() as u64);
            f.iter().for_each(|x| eat(u64::from(*x)));
        }
    }
    h
}

pub(super) fn read_cache(path: &Path, key: u64, n: usize) -> Option<FoldTags> {
    let text = std::fs::read_to_string(path).ok()?;
    let mut lines = text.lines();
    if lines.next()? != format!("{key:016x}") {
        return None;
    }
    let digits = |s: &str| -> Option<Vec<u8>> {
        s.bytes()
            .map(|b| {
                b.checked_sub(b'0')
                    .filter(|d| usize::from(*d) < super::TAGS)
            })
            .collect()
    };
    let tags: Option<FoldTags> = lines
        .map(|l| {
            let (a, b) = l.split_once('\t')?;
            Some((digits(a)?, digits(b)?))
        })
        .collect();
    tags.filter(|t| t.len() == n)
}

pub(super) fn write_cache(path: &Path, key: u64, tags: &FoldTags) -> std::io::Result<()> {
    let mut s = format!("{key:016x}\n");
    for (a, b) in tags {
        let d = |t: &[u8]| t.iter().map(|x| char::from(b'0' + x)).collect::<String>();
        let _ = writeln!(s, "{}\t{}", d(a), d(b));
    }
    std::fs::write(path, s)
}
