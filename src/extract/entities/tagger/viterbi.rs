//! Decoding: Viterbi over a first-order chain whose transitions also see the words.
//!
//! A plain first-order model scores the step from one tag to the next with one table for
//! the whole text, so it cannot say "a name ends here because this word carries the
//! conjunction `و`" or "a name does not run on into a common word": emission features see
//! the word but not the previous tag. Pairwise features do: each token may carry, after a
//! [`PAIR_MARK`], features of itself and of the word before it (`pairwise.rs`), and each
//! such feature has its own previous-tag × tag table, added at that position to the shared
//! transitions. A handful per token keeps decoding cheap (docs/entities.md, seventh round).

use super::{TAGS, Weights};

/// Weights in a transition table: one row per previous tag and one for the start.
pub const TRANS: usize = (TAGS + 1) * TAGS;
/// Weights in one pairwise feature's table: previous tag × tag (a sentence's first word has
/// no word before it and no pairwise features).
pub const PAIR: usize = TAGS * TAGS;
/// Separates a token's emission features (before it) from its pairwise features (after it).
/// An emission feature hashing to this value (1 in 2³²) would only lose the features after it.
pub const PAIR_MARK: u32 = 0;

/// A token's emission features and its pairwise features.
pub fn split_pairs(f: &[u32]) -> (&[u32], &[u32]) {
    match f.iter().rposition(|&h| h == PAIR_MARK) {
        Some(m) => (
            f.get(..m).unwrap_or_default(),
            f.get(m + 1..).unwrap_or_default(),
        ),
        None => (f, &[]),
    }
}

/// Keeps only the pairwise features at positions `keep` (none left: not even the mark), for
/// measuring them one by one (`train_ner --pairs`).
pub fn keep_pairs(f: &mut Vec<u32>, keep: &[usize]) {
    let (emit, pairs) = split_pairs(f);
    let kept: Vec<u32> = pairs
        .iter()
        .enumerate()
        .filter(|(i, _)| keep.contains(i))
        .map(|(_, h)| *h)
        .collect();
    let mut out = emit.to_vec();
    if !kept.is_empty() {
        out.push(PAIR_MARK);
        out.extend(kept);
    }
    *f = out;
}

/// Appends each token's pairwise features (from its first-pass features `from`) to its
/// document-pass features `to`, so the document pass's transitions see the words too (a
/// document pass trained without them has no tables for them: nothing changes).
pub fn add_pairs(to: &mut [Vec<Vec<u32>>], from: &[Vec<Vec<u32>>]) {
    for (t, f) in to.iter_mut().flatten().zip(from.iter().flatten()) {
        let pairs = split_pairs(f).1;
        if !pairs.is_empty() {
            t.push(PAIR_MARK);
            t.extend_from_slice(pairs);
        }
    }
}

/// How many words ahead of the word it sums decoding asks for the slots of a word: time
/// enough for them to come from memory.
const AHEAD: usize = 3;

/// Whether tag `t` may follow `p` (row `p`, the start being row [`TAGS`]), as a table.
// Built at compile time: `p` and `t` stay below the table's bounds.
#[allow(clippy::indexing_slicing)]
pub(super) const ALLOWED: [[bool; TAGS]; TAGS + 1] = {
    let mut a = [[false; TAGS]; TAGS + 1];
    let mut p = 0;
    while p <= TAGS {
        let mut t = 0;
        while t < TAGS {
            // `O` and `B-` anywhere; `I-X` only after `B-X` or `I-X`.
            a[p][t] = t == 0 || t % 2 == 1 || (p < TAGS && p != 0 && (p - 1) / 2 == (t - 1) / 2);
            t += 1;
        }
        p += 1;
    }
    a
};

impl Weights {
    /// Best tag sequence for tokens with these features (Viterbi, `I-` only after its `B-`).
    pub fn decode(&self, feats: &[Vec<u32>]) -> Vec<u8> {
        let (emit_rows, pair_rows) = self.rows.get(self);
        let pairs = !self.pair_index.is_empty();
        let mut scores = Vec::with_capacity(feats.len());
        let mut steps: Vec<Option<[i32; PAIR]>> = Vec::new();
        for f in feats.iter().take(AHEAD) {
            emit_rows.prefetch(split_pairs(f).0);
        }
        for (i, f) in feats.iter().enumerate() {
            // The slots of a word `AHEAD` on are fetched while this word's are summed.
            if let Some(next) = feats.get(i + AHEAD) {
                emit_rows.prefetch(split_pairs(next).0);
            }
            let (emit, pair) = split_pairs(f);
            let mut s = [0i32; TAGS];
            for &h in emit {
                if let Some(ws) = emit_rows.get(h) {
                    for (v, w) in s.iter_mut().zip(ws) {
                        *v += i32::from(*w);
                    }
                }
            }
            scores.push(s);
            if pairs {
                steps.push(pair_table(pair, |h| pair_rows.get(h)));
            }
        }
        best_path(&scores, &self.trans_i32(), &steps)
    }

    /// The transitions as `i32`.
    fn trans_i32(&self) -> [i32; TRANS] {
        let mut trans = [0i32; TRANS];
        for (t, w) in trans.iter_mut().zip(&self.trans) {
            *t = i32::from(*w);
        }
        trans
    }

    /// [`Weights::decode`] through the training layout (the index map, then the rows): what
    /// the decoding tables (`rows.rs`) must agree with, tag for tag.
    #[cfg(test)]
    pub(super) fn decode_by_index(&self, feats: &[Vec<u32>]) -> Vec<u8> {
        let pairs = !self.pair_index.is_empty();
        let mut scores = Vec::with_capacity(feats.len());
        let mut steps: Vec<Option<[i32; PAIR]>> = Vec::new();
        for f in feats {
            let (emit, pair) = split_pairs(f);
            let mut s = [0i32; TAGS];
            for h in emit {
                let row = self.index.get(h).map(|&r| r as usize * TAGS);
                if let Some(ws) = row.and_then(|r| self.emit.get(r..r + TAGS)) {
                    for (v, w) in s.iter_mut().zip(ws) {
                        *v += i32::from(*w);
                    }
                }
            }
            scores.push(s);
            if pairs {
                steps.push(pair_table(pair, |h| {
                    let row = self.pair_index.get(&h).map(|&r| r as usize * PAIR);
                    row.and_then(|r| self.pair.get(r..r + PAIR))
                        .and_then(|r| r.try_into().ok())
                }));
            }
        }
        best_path(&scores, &self.trans_i32(), &steps)
    }
}

/// The sum of the pairwise tables of features `pair` (`None` when none is known), each
/// table found by `row`.
fn pair_table<'a>(
    pair: &[u32],
    row: impl Fn(u32) -> Option<&'a [i16; PAIR]>,
) -> Option<[i32; PAIR]> {
    let mut x: Option<[i32; PAIR]> = None;
    for &h in pair {
        if let Some(ws) = row(h) {
            let x = x.get_or_insert([0; PAIR]);
            for (v, w) in x.iter_mut().zip(ws) {
                *v += i32::from(*w);
            }
        }
    }
    x
}

/// The previous tags tag `t` may follow (`ALLOWED`'s column `t` without the start), in
/// increasing order so that ties are broken as over all tags: an `I-` tag has two, so the
/// decoder tries 53 steps a word instead of 81.
pub(super) const FROM: [&[u8]; TAGS] = {
    const ALL: &[u8] = &[0, 1, 2, 3, 4, 5, 6, 7, 8];
    [ALL, ALL, &[1, 2], ALL, &[3, 4], ALL, &[5, 6], ALL, &[7, 8]]
};

/// [`viterbi`] for decoding, on integers without a closure (it is a twentieth of
/// extraction): the same path, ties broken alike (the first best previous tag, the first
/// best last tag). `steps[i]`, if any, is added to the transitions into position `i`.
// Every index is in bounds: tags are `0..TAGS` into `[_; TAGS]` rows and `ALLOWED`'s rows,
// `p * TAGS + t` below `PAIR` ≤ `TRANS`, positions `0..n` into `scores` and `back`.
#[allow(clippy::indexing_slicing)]
pub(super) fn best_path(
    scores: &[[i32; TAGS]],
    trans: &[i32; TRANS],
    steps: &[Option<[i32; PAIR]>],
) -> Vec<u8> {
    const NONE: i32 = i32::MIN;
    let n = scores.len();
    if n == 0 {
        return Vec::new();
    }
    let mut back = vec![[0u8; TAGS]; n];
    let mut prev = [NONE; TAGS];
    for t in 0..TAGS {
        if ALLOWED[TAGS][t] {
            prev[t] = scores[0][t] + trans[TAGS * TAGS + t];
        }
    }
    let mut step = [0i32; PAIR];
    for i in 1..n {
        match steps.get(i) {
            Some(Some(x)) => {
                for ((s, a), b) in step.iter_mut().zip(&trans[..PAIR]).zip(x) {
                    *s = a + b;
                }
            }
            _ => step.copy_from_slice(&trans[..PAIR]),
        }
        let mut cur = [NONE; TAGS];
        for t in 0..TAGS {
            let mut top = NONE;
            let mut arg = 0u8;
            for &p in FROM[t] {
                let p = usize::from(p);
                if prev[p] == NONE {
                    continue;
                }
                let s = prev[p] + step[p * TAGS + t];
                if top == NONE || s > top {
                    top = s;
                    arg = p as u8;
                }
            }
            if top != NONE {
                cur[t] = top + scores[i][t];
                back[i][t] = arg;
            }
        }
        prev = cur;
    }
    let mut t = 0u8;
    let mut top = NONE;
    for (k, &s) in prev.iter().enumerate() {
        if s != NONE && (top == NONE || s > top) {
            top = s;
            t = k as u8;
        }
    }
    let mut out = vec![0u8; n];
    for i in (0..n).rev() {
        out[i] = t;
        t = back[i][usize::from(t)];
    }
    out
}

/// Viterbi over emission scores and a transition score function of the position, the
/// previous tag (`None` at the start) and the tag.
// Every index is in bounds: tags are `0..TAGS` into `[_; TAGS]` rows, positions `0..n` into
// the `n` rows of `scores`, `best` and `back`, previous tags `0..=TAGS` into `ALLOWED`.
#[allow(clippy::indexing_slicing)]
pub fn viterbi<S>(scores: &[[S; TAGS]], trans: impl Fn(usize, Option<u8>, u8) -> S) -> Vec<u8>
where
    S: Copy + PartialOrd + std::ops::Add<Output = S> + Default,
{
    let n = scores.len();
    if n == 0 {
        return Vec::new();
    }
    let mut best: Vec<[Option<S>; TAGS]> = vec![[None; TAGS]; n];
    let mut back = vec![[0u8; TAGS]; n];
    for t in 0..TAGS as u8 {
        if ALLOWED[TAGS][usize::from(t)] {
            best[0][usize::from(t)] = Some(scores[0][usize::from(t)] + trans(0, None, t));
        }
    }
    for i in 1..n {
        for t in 0..TAGS as u8 {
            let mut top: Option<(S, u8)> = None;
            for p in 0..TAGS as u8 {
                let Some(b) = best[i - 1][usize::from(p)] else {
                    continue;
                };
                if !ALLOWED[usize::from(p)][usize::from(t)] {
                    continue;
                }
                let s = b + trans(i, Some(p), t);
                if top.is_none_or(|(v, _)| s > v) {
                    top = Some((s, p));
                }
            }
            if let Some((s, p)) = top {
                best[i][usize::from(t)] = Some(s + scores[i][usize::from(t)]);
                back[i][usize::from(t)] = p;
            }
        }
    }
    let mut t = (0..TAGS as u8)
        .filter_map(|t| best[n - 1][usize::from(t)].map(|s| (s, t)))
        .fold(None, |a: Option<(S, u8)>, (s, t)| match a {
            Some((v, _)) if v >= s => a,
            _ => Some((s, t)),
        })
        .map_or(0, |(_, t)| t);
    let mut out = vec![0u8; n];
    for i in (0..n).rev() {
        out[i] = t;
        t = back[i][usize::from(t)];
    }
    out
}
