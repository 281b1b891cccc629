//! Training: an averaged structured perceptron (Collins 2002) over hashed features, in a fixed
//! order shuffled by a seeded generator, so the same data gives the same model.

use super::viterbi::{PAIR, TRANS, split_pairs};
use super::{FeatureMap, TAGS, Weights, viterbi};

/// A training sequence: features per token and the gold tags.
pub struct Example {
    pub feats: Vec<Vec<u32>>,
    pub gold: Vec<u8>,
}

/// Weights being learned, with the running sums that average them.
///
/// Its methods index without checks: rows come from `index` (and `pindex`), which gives out
/// `0..rows` as `w` and `u` grow by [`TAGS`] (`pw` and `pu` by [`PAIR`]) for each (`row`,
/// `pair_row`); tags are below `TAGS`; transition rows are `0..=TAGS` in `tw` and `tu` of
/// [`TRANS`]; gold and predicted tags have one per token.
struct Learner {
    index: FeatureMap<u32>,
    w: Vec<f64>,
    u: Vec<f64>,
    tw: Vec<f64>,
    tu: Vec<f64>,
    /// Transitions that see the words: a previous-tag × tag table per pairwise feature.
    pindex: FeatureMap<u32>,
    pw: Vec<f64>,
    pu: Vec<f64>,
    /// Updates so far (the averaging clock).
    c: f64,
}

#[allow(clippy::indexing_slicing)]
impl Learner {
    fn scores(&self, feats: &[Vec<u32>]) -> Vec<[f64; TAGS]> {
        feats
            .iter()
            .map(|f| {
                let mut s = [0.0; TAGS];
                for h in split_pairs(f).0 {
                    if let Some(&r) = self.index.get(h) {
                        let r = r as usize * TAGS;
                        for (t, v) in s.iter_mut().enumerate() {
                            *v += self.w[r + t];
                        }
                    }
                }
                s
            })
            .collect()
    }

    /// The known pairwise tables' rows at each position.
    fn pair_rows(&self, feats: &[Vec<u32>]) -> Vec<Vec<usize>> {
        feats
            .iter()
            .map(|f| {
                split_pairs(f)
                    .1
                    .iter()
                    .filter_map(|h| self.pindex.get(h).map(|&r| r as usize * PAIR))
                    .collect()
            })
            .collect()
    }

    fn row(&mut self, h: u32) -> usize {
        let n = self.index.len() as u32;
        let r = *self.index.entry(h).or_insert(n) as usize;
        if r as u32 == n {
            self.w.extend([0.0; TAGS]);
            self.u.extend([0.0; TAGS]);
        }
        r * TAGS
    }

    fn pair_row(&mut self, h: u32) -> usize {
        let n = self.pindex.len() as u32;
        let r = *self.pindex.entry(h).or_insert(n) as usize;
        if r as u32 == n {
            self.pw.extend([0.0; PAIR]);
            self.pu.extend([0.0; PAIR]);
        }
        r * PAIR
    }

    fn bump(&mut self, h: u32, t: u8, d: f64) {
        let r = self.row(h) + usize::from(t);
        self.w[r] += d;
        self.u[r] += self.c * d;
    }

    fn bump_trans(&mut self, p: Option<u8>, t: u8, d: f64) {
        let r = p.map_or(TAGS, usize::from) * TAGS + usize::from(t);
        self.tw[r] += d;
        self.tu[r] += self.c * d;
    }

    fn bump_pair(&mut self, h: u32, p: u8, t: u8, d: f64) {
        let r = self.pair_row(h) + usize::from(p) * TAGS + usize::from(t);
        self.pw[r] += d;
        self.pu[r] += self.c * d;
    }

    fn learn(&mut self, ex: &Example) {
        let scores = self.scores(&ex.feats);
        let rows = self.pair_rows(&ex.feats);
        let pred = viterbi(&scores, |i, p, t| {
            let base = self.tw[p.map_or(TAGS, usize::from) * TAGS + usize::from(t)];
            match p {
                Some(p) => {
                    let at = usize::from(p) * TAGS + usize::from(t);
                    base + rows[i].iter().map(|r| self.pw[r + at]).sum::<f64>()
                }
                None => base,
            }
        });
        if pred != ex.gold {
            for (i, f) in ex.feats.iter().enumerate() {
                let (g, p) = (ex.gold[i], pred[i]);
                let (gp, pp) = if i == 0 {
                    (None, None)
                } else {
                    (Some(ex.gold[i - 1]), Some(pred[i - 1]))
                };
                let (emit, pairs) = split_pairs(f);
                if g != p {
                    for &h in emit {
                        self.bump(h, g, 1.0);
                        self.bump(h, p, -1.0);
                    }
                }
                if (gp, g) != (pp, p) {
                    self.bump_trans(gp, g, 1.0);
                    self.bump_trans(pp, p, -1.0);
                    if let (Some(gp), Some(pp)) = (gp, pp) {
                        for &h in pairs {
                            self.bump_pair(h, gp, g, 1.0);
                            self.bump_pair(h, pp, p, -1.0);
                        }
                    }
                }
            }
        }
        self.c += 1.0;
    }

    /// Averaged weights, quantized to `i16`.
    fn finish(self) -> Weights {
        let a = self.averaged();
        quantize(&a)
    }

    /// Averaged weights.
    fn averaged(self) -> Averaged {
        let avg = |w: &[f64], u: &[f64]| -> Vec<f64> {
            w.iter().zip(u).map(|(w, u)| w - u / self.c).collect()
        };
        Averaged {
            emit: avg(&self.w, &self.u),
            trans: avg(&self.tw, &self.tu),
            pair: avg(&self.pw, &self.pu),
            index: self.index,
            pair_index: self.pindex,
        }
    }
}

/// Weights before quantizing: the feature index and emission weights ([`TAGS`] a row),
/// transitions ([`TRANS`]), the pairwise index and tables ([`PAIR`] a row).
pub(super) struct Averaged {
    pub(super) index: FeatureMap<u32>,
    pub(super) emit: Vec<f64>,
    pub(super) trans: Vec<f64>,
    pub(super) pair_index: FeatureMap<u32>,
    pub(super) pair: Vec<f64>,
}

/// `index`'s rows of `w` (`width` weights each), quantized by `q`, renumbered in hash order
/// (so the result does not depend on the order features were met); rows whose weights all
/// round to 0 are dropped.
// Rows come from `index`, which numbers the `width`-wide rows of `w`.
#[allow(clippy::indexing_slicing)]
fn quantize_rows(
    index: &FeatureMap<u32>,
    w: &[f64],
    width: usize,
    q: impl Fn(f64) -> i16,
) -> (FeatureMap<u32>, Vec<i16>) {
    let mut rows: Vec<(u32, u32)> = index.iter().map(|(h, r)| (*h, *r)).collect();
    rows.sort_unstable();
    let mut new_index = FeatureMap::default();
    let mut out = Vec::new();
    for (h, r) in rows {
        let r = r as usize * width;
        let row: Vec<i16> = w[r..r + width].iter().map(|v| q(*v)).collect();
        if row.iter().any(|v| *v != 0) {
            new_index.insert(h, (out.len() / width) as u32);
            out.extend(row);
        }
    }
    (new_index, out)
}

/// Weights quantized to `i16` on one scale (the largest magnitude to 32000); features whose
/// weights all round to 0 are dropped; rows are renumbered in hash order.
pub(super) fn quantize(a: &Averaged) -> Weights {
    let max = a
        .emit
        .iter()
        .chain(&a.trans)
        .chain(&a.pair)
        .fold(1e-9f64, |m, v| m.max(v.abs()));
    let scale = 32000.0 / max;
    let q = |v: f64| (v * scale).round() as i16;
    let (index, emit) = quantize_rows(&a.index, &a.emit, TAGS, q);
    let (pair_index, pair) = quantize_rows(&a.pair_index, &a.pair, PAIR, q);
    Weights {
        index,
        emit,
        trans: a.trans.iter().map(|v| q(*v)).collect(),
        pair_index,
        pair,
        rows: Default::default(),
    }
}

/// A small seeded generator (xorshift64*) for the epoch order.
pub(super) struct Rng(u64);

impl Rng {
    pub(super) fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }
    /// Shuffle `v` in place (Fisher–Yates).
    pub(super) fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            v.swap(i, self.below(i + 1));
        }
    }
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n.max(1)
    }
}

/// Train on `examples` for `epochs` passes (each in a seeded shuffled order).
pub fn train(examples: &[Example], epochs: usize, seed: u64) -> Weights {
    train_one(examples, epochs, seed).finish()
}

/// [`train`] `orders` times, each in other shuffled orders, and the averaged weights of the
/// runs averaged into one set (as one model: decoding costs the same). One run's weights
/// depend on the order it met the sentences; the average of five is steadier and measured
/// better where the names are new (docs/entities.md: 5-fold CV micro-PLO +0.004, folds of
/// consecutive articles +0.005, people +0.01).
pub fn train_averaged(examples: &[Example], epochs: usize, seed: u64, orders: u64) -> Weights {
    let n = orders.max(1);
    if n == 1 {
        return train(examples, epochs, seed);
    }
    let mut sum = Averaged {
        index: FeatureMap::default(),
        emit: Vec::new(),
        trans: vec![0.0; TRANS],
        pair_index: FeatureMap::default(),
        pair: Vec::new(),
    };
    for k in 0..n {
        let a = train_one(examples, epochs, seed + 7919 * k).averaged();
        add_rows(&mut sum.index, &mut sum.emit, &a.index, &a.emit, TAGS, n);
        add_rows(
            &mut sum.pair_index,
            &mut sum.pair,
            &a.pair_index,
            &a.pair,
            PAIR,
            n,
        );
        for (a, b) in sum.trans.iter_mut().zip(&a.trans) {
            *a += b / n as f64;
        }
    }
    quantize(&sum)
}

/// Adds one run's rows (`ix` numbering `w`, `width` weights a row) divided by `n` into the
/// sum's (`index` numbering `sum`), making rows for features the sum has not met yet.
// Rows come from each side's index, which numbers its `width`-wide rows.
#[allow(clippy::indexing_slicing)]
fn add_rows(
    index: &mut FeatureMap<u32>,
    sum: &mut Vec<f64>,
    ix: &FeatureMap<u32>,
    w: &[f64],
    width: usize,
    n: u64,
) {
    for (h, r) in ix {
        let len = index.len() as u32;
        let row = *index.entry(*h).or_insert(len) as usize * width;
        if row == sum.len() {
            sum.extend(std::iter::repeat_n(0.0, width));
        }
        let from = *r as usize * width;
        for t in 0..width {
            sum[row + t] += w[from + t] / n as f64;
        }
    }
}

/// One run of the perceptron over `epochs` shuffled passes.
fn train_one(examples: &[Example], epochs: usize, seed: u64) -> Learner {
    let mut l = Learner {
        index: FeatureMap::default(),
        w: Vec::new(),
        u: Vec::new(),
        tw: vec![0.0; TRANS],
        tu: vec![0.0; TRANS],
        pindex: FeatureMap::default(),
        pw: Vec::new(),
        pu: Vec::new(),
        c: 1.0,
    };
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = Rng::new(seed);
    for _ in 0..epochs {
        rng.shuffle(&mut order);
        for ex in order.iter().filter_map(|&i| examples.get(i)) {
            l.learn(ex);
        }
    }
    l
}
