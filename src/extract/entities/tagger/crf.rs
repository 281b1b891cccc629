//! Training a linear-chain CRF (Lafferty et al. 2001) on the same hashed features as the
//! perceptron: the log-likelihood of the gold tags, by stochastic gradient with an L1 penalty
//! applied cumulatively (Tsuruoka, Tsujii and Ananiadou 2009), so features the data does not
//! support end at exactly zero and the model stays small. The result is linear weights, like
//! the perceptron's: decoding (Viterbi, `I-` only after its `B-`) and the model file are the
//! same. One thread, a seeded order: the same data gives the same model.

use super::train::{Averaged, Example, Rng, quantize};
use super::viterbi::split_pairs;
use super::{FeatureMap, TAGS, Tag, Weights};

/// Training settings.
#[derive(Debug, Clone, Copy)]
pub struct CrfParams {
    pub epochs: usize,
    /// L1 weight, per pass over the data.
    pub l1: f64,
    /// First learning rate, and its decay per pass over the data.
    pub eta0: f64,
    pub decay: f64,
    pub seed: u64,
}

impl Default for CrfParams {
    fn default() -> Self {
        CrfParams {
            epochs: 15,
            l1: 1.0,
            eta0: 0.1,
            decay: 0.85,
            seed: 14,
        }
    }
}

const NEG: f64 = f64::NEG_INFINITY;

fn log_add(a: f64, b: f64) -> f64 {
    if a == NEG {
        return b;
    }
    if b == NEG {
        return a;
    }
    let (hi, lo) = if a > b { (a, b) } else { (b, a) };
    hi + (lo - hi).exp().ln_1p()
}

/// Gold tags as a sequence the decoder may produce: an `I-X` that does not continue an `X`
/// opens one (conlleval reads it so), so it becomes `B-X`.
fn legal(gold: &[u8]) -> Vec<u8> {
    let mut out: Vec<u8> = Vec::with_capacity(gold.len());
    for &t in gold {
        let prev = out.last().copied();
        out.push(if Tag::allowed(prev, t) { t } else { t - 1 });
    }
    out
}

/// Weights being learned: emission rows of [`TAGS`] per feature (`rows` of them, in the
/// order the training data first shows them), the L1 penalty each weight has received
/// (`q`), and transitions (row [`TAGS`] is the start).
///
/// Indexing is in bounds: rows come from `index`, built over every feature of the data
/// before training; tags are below `TAGS`; transitions have `(TAGS + 1) × TAGS` entries.
struct Crf {
    index: FeatureMap<u32>,
    w: Vec<f64>,
    q: Vec<f64>,
    trans: Vec<f64>,
    /// The total L1 penalty a weight could have received so far.
    u: f64,
}

#[allow(clippy::indexing_slicing)]
impl Crf {
    fn rows(&self, feats: &[Vec<u32>]) -> Vec<Vec<usize>> {
        feats
            .iter()
            .map(|f| {
                split_pairs(f)
                    .0
                    .iter()
                    .filter_map(|h| self.index.get(h).map(|&r| r as usize * TAGS))
                    .collect()
            })
            .collect()
    }

    fn tr(&self, p: Option<u8>, t: u8) -> f64 {
        if Tag::allowed(p, t) {
            self.trans[p.map_or(TAGS, usize::from) * TAGS + usize::from(t)]
        } else {
            NEG
        }
    }

    /// One gradient step on one sequence at learning rate `eta`.
    // Forward-backward reads like its equations with tag indices `p`, `t` into several rows.
    #[allow(clippy::needless_range_loop)]
    fn step(&mut self, rows: &[Vec<usize>], gold: &[u8], eta: f64) {
        let n = rows.len();
        if n == 0 {
            return;
        }
        let emit: Vec<[f64; TAGS]> = rows
            .iter()
            .map(|rs| {
                let mut s = [0.0; TAGS];
                for &r in rs {
                    for (t, v) in s.iter_mut().enumerate() {
                        *v += self.w[r + t];
                    }
                }
                s
            })
            .collect();
        let mut alpha = vec![[NEG; TAGS]; n];
        for t in 0..TAGS {
            alpha[0][t] = emit[0][t] + self.tr(None, t as u8);
        }
        for i in 1..n {
            for t in 0..TAGS {
                let mut a = NEG;
                for p in 0..TAGS {
                    a = log_add(a, alpha[i - 1][p] + self.tr(Some(p as u8), t as u8));
                }
                alpha[i][t] = a + emit[i][t];
            }
        }
        let mut beta = vec![[0.0; TAGS]; n];
        for i in (0..n - 1).rev() {
            for p in 0..TAGS {
                let mut b = NEG;
                for t in 0..TAGS {
                    b = log_add(
                        b,
                        self.tr(Some(p as u8), t as u8) + emit[i + 1][t] + beta[i + 1][t],
                    );
                }
                beta[i][p] = b;
            }
        }
        let z = alpha[n - 1].iter().fold(NEG, |a, &b| log_add(a, b));
        if !z.is_finite() {
            return;
        }
        // Transitions: gold counts minus expected counts.
        let mut dtrans = vec![0.0; (TAGS + 1) * TAGS];
        for t in 0..TAGS {
            let p0 = (alpha[0][t] + beta[0][t] - z).exp();
            dtrans[TAGS * TAGS + t] -= p0;
        }
        dtrans[TAGS * TAGS + usize::from(gold[0])] += 1.0;
        for i in 1..n {
            for p in 0..TAGS {
                if alpha[i - 1][p] == NEG {
                    continue;
                }
                for t in 0..TAGS {
                    let tr = self.tr(Some(p as u8), t as u8);
                    if tr == NEG {
                        continue;
                    }
                    let m = (alpha[i - 1][p] + tr + emit[i][t] + beta[i][t] - z).exp();
                    dtrans[p * TAGS + t] -= m;
                }
            }
            dtrans[usize::from(gold[i - 1]) * TAGS + usize::from(gold[i])] += 1.0;
        }
        for (w, d) in self.trans.iter_mut().zip(&dtrans) {
            *w += eta * d;
        }
        // Emissions: for each feature at each position, gold minus marginal, then the
        // cumulative L1 penalty on the weights just moved.
        for i in 0..n {
            let mut g = [0.0; TAGS];
            for (t, v) in g.iter_mut().enumerate() {
                *v = -(alpha[i][t] + beta[i][t] - z).exp();
            }
            g[usize::from(gold[i])] += 1.0;
            for &r in &rows[i] {
                for (t, d) in g.iter().enumerate() {
                    self.w[r + t] += eta * d;
                    self.penalize(r + t);
                }
            }
        }
    }

    /// Tsuruoka et al.'s cumulative L1 step: pull `w[k]` towards zero by what it is owed,
    /// never across it.
    fn penalize(&mut self, k: usize) {
        let z = self.w[k];
        if z > 0.0 {
            self.w[k] = (z - (self.u + self.q[k])).max(0.0);
        } else if z < 0.0 {
            self.w[k] = (z + (self.u - self.q[k])).min(0.0);
        }
        self.q[k] += self.w[k] - z;
    }
}

/// Train a CRF on `examples` with `p`.
pub fn train_crf(examples: &[Example], p: &CrfParams) -> Weights {
    let mut index = FeatureMap::default();
    for ex in examples {
        // Emission features only: the CRF learns no transitions that see the words.
        for h in ex.feats.iter().flat_map(|f| split_pairs(f).0) {
            let n = index.len() as u32;
            index.entry(*h).or_insert(n);
        }
    }
    let size = index.len() * TAGS;
    let mut crf = Crf {
        index,
        w: vec![0.0; size],
        q: vec![0.0; size],
        trans: vec![0.0; (TAGS + 1) * TAGS],
        u: 0.0,
    };
    let data: Vec<(Vec<Vec<usize>>, Vec<u8>)> = examples
        .iter()
        .map(|ex| (crf.rows(&ex.feats), legal(&ex.gold)))
        .collect();
    let n = data.len().max(1) as f64;
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng::new(p.seed);
    let mut k = 0.0;
    for _ in 0..p.epochs {
        rng.shuffle(&mut order);
        for ex in order.iter().filter_map(|&i| data.get(i)) {
            let eta = p.eta0 * p.decay.powf(k / n);
            crf.u += eta * p.l1 / n;
            crf.step(&ex.0, &ex.1, eta);
            k += 1.0;
        }
    }
    quantize(&Averaged {
        index: crf.index,
        emit: crf.w,
        trans: crf.trans,
        pair_index: FeatureMap::default(),
        pair: Vec::new(),
    })
}
