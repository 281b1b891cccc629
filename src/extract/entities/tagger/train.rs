//! Training: an averaged structured perceptron (Collins 2002) over hashed features, in a fixed
//! order shuffled by a seeded generator, so the same data gives the same model.

use super::{FeatureMap, TAGS, Weights, viterbi};

/// A training sequence: features per token and the gold tags.
pub struct Example {
    pub feats: Vec<Vec<u32>>,
    pub gold: Vec<u8>,
}

/// Weights being learned, with the running sums that average them.
///
/// Its methods index without checks: rows come from `index`, which gives out `0..rows` as
/// `w` and `u` grow by [`TAGS`] for each (`row`); tags are below `TAGS`; transition rows are
/// `0..=TAGS` in `tw` and `tu` of `(TAGS + 1) × TAGS`; gold and predicted tags have one per
/// token.
struct Learner {
    index: FeatureMap<u32>,
    w: Vec<f64>,
    u: Vec<f64>,
    tw: Vec<f64>,
    tu: Vec<f64>,
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
                for h in f {
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

    fn row(&mut self, h: u32) -> usize {
        let n = self.index.len() as u32;
        let r = *self.index.entry(h).or_insert(n) as usize;
        if r as u32 == n {
            self.w.extend([0.0; TAGS]);
            self.u.extend([0.0; TAGS]);
        }
        r * TAGS
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

    fn learn(&mut self, ex: &Example) {
        let scores = self.scores(&ex.feats);
        let pred = viterbi(&scores, |p, t| {
            self.tw[p.map_or(TAGS, usize::from) * TAGS + usize::from(t)]
        });
        if pred != ex.gold {
            for (i, f) in ex.feats.iter().enumerate() {
                let (g, p) = (ex.gold[i], pred[i]);
                let (gp, pp) = if i == 0 {
                    (None, None)
                } else {
                    (Some(ex.gold[i - 1]), Some(pred[i - 1]))
                };
                if g != p {
                    for &h in f {
                        self.bump(h, g, 1.0);
                        self.bump(h, p, -1.0);
                    }
                }
                if (gp, g) != (pp, p) {
                    self.bump_trans(gp, g, 1.0);
                    self.bump_trans(pp, p, -1.0);
                }
            }
        }
        self.c += 1.0;
    }

    /// Averaged weights, quantized to `i16`.
    fn finish(self) -> Weights {
        let (index, emit, trans) = self.averaged();
        quantize(&index, &emit, &trans)
    }

    /// Averaged weights: the feature index, emission and transition weights.
    fn averaged(self) -> (FeatureMap<u32>, Vec<f64>, Vec<f64>) {
        let avg = |w: f64, u: f64| w - u / self.c;
        let emit: Vec<f64> = self
            .w
            .iter()
            .zip(&self.u)
            .map(|(w, u)| avg(*w, *u))
            .collect();
        let trans: Vec<f64> = self
            .tw
            .iter()
            .zip(&self.tu)
            .map(|(w, u)| avg(*w, *u))
            .collect();
        (self.index, emit, trans)
    }
}

/// Weights quantized to `i16` on one scale (the largest magnitude to 32000); features whose
/// weights all round to 0 are dropped. Rows are renumbered in hash order, so the result does
/// not depend on the order features were met.
// Rows come from `index`, which numbers the rows of `emit` (`TAGS` weights each).
#[allow(clippy::indexing_slicing)]
pub(super) fn quantize(index: &FeatureMap<u32>, emit: &[f64], trans: &[f64]) -> Weights {
    let max = emit
        .iter()
        .chain(trans)
        .fold(1e-9f64, |m, v| m.max(v.abs()));
    let scale = 32000.0 / max;
    let q = |v: f64| (v * scale).round() as i16;
    let mut rows: Vec<(u32, u32)> = index.iter().map(|(h, r)| (*h, *r)).collect();
    rows.sort_unstable();
    let mut new_index = FeatureMap::default();
    let mut out = Vec::new();
    for (h, r) in rows {
        let r = r as usize * TAGS;
        let row: Vec<i16> = emit[r..r + TAGS].iter().map(|v| q(*v)).collect();
        if row.iter().any(|v| *v != 0) {
            new_index.insert(h, (out.len() / TAGS) as u32);
            out.extend(row);
        }
    }
    Weights {
        index: new_index,
        emit: out,
        trans: trans.iter().map(|v| q(*v)).collect(),
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
// Rows come from each run's `index`, which numbers its `TAGS`-wide rows of `e`; `index`
// here numbers the rows of `emit` likewise; transitions are `(TAGS + 1) × TAGS` in both.
#[allow(clippy::indexing_slicing)]
pub fn train_averaged(examples: &[Example], epochs: usize, seed: u64, orders: u64) -> Weights {
    let n = orders.max(1);
    if n == 1 {
        return train(examples, epochs, seed);
    }
    let mut index: FeatureMap<u32> = FeatureMap::default();
    let mut emit: Vec<f64> = Vec::new();
    let mut trans = vec![0.0; (TAGS + 1) * TAGS];
    for k in 0..n {
        let (ix, e, t) = train_one(examples, epochs, seed + 7919 * k).averaged();
        for (h, r) in &ix {
            let len = index.len() as u32;
            let row = *index.entry(*h).or_insert(len) as usize * TAGS;
            if row == emit.len() {
                emit.extend([0.0; TAGS]);
            }
            let from = *r as usize * TAGS;
            for t in 0..TAGS {
                emit[row + t] += e[from + t] / n as f64;
            }
        }
        for (a, b) in trans.iter_mut().zip(&t) {
            *a += b / n as f64;
        }
    }
    quantize(&index, &emit, &trans)
}

/// One run of the perceptron over `epochs` shuffled passes.
fn train_one(examples: &[Example], epochs: usize, seed: u64) -> Learner {
    let mut l = Learner {
        index: FeatureMap::default(),
        w: Vec::new(),
        u: Vec::new(),
        tw: vec![0.0; (TAGS + 1) * TAGS],
        tu: vec![0.0; (TAGS + 1) * TAGS],
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
