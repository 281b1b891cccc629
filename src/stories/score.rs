//! How close a grouping is to an expected one: B-cubed precision and recall (Bagga and
//! Baldwin 1998: per article, the share of its predicted story that belongs to its true story,
//! and the share of its true story found in its predicted one, averaged over articles) and
//! pairwise precision and recall (over pairs of articles put together).

use std::collections::HashMap;

/// Precision, recall and F1 of one measure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    fn new(precision: f64, recall: f64) -> Prf {
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }
}

/// Both measures of a grouping.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    pub bcubed: Prf,
    pub pairwise: Prf,
}

/// Compare `predicted` with `expected`: one label per article in each, any values.
pub fn score<P: Eq + std::hash::Hash, E: Eq + std::hash::Hash>(
    predicted: &[P],
    expected: &[E],
) -> Scores {
    let n = predicted.len().min(expected.len());
    let mut both: HashMap<(&P, &E), usize> = HashMap::new();
    let mut pred: HashMap<&P, usize> = HashMap::new();
    let mut gold: HashMap<&E, usize> = HashMap::new();
    for (x, y) in predicted.iter().zip(expected) {
        *both.entry((x, y)).or_default() += 1;
        *pred.entry(x).or_default() += 1;
        *gold.entry(y).or_default() += 1;
    }
    let count = |m: Option<&usize>| m.copied().unwrap_or(1).max(1) as f64;
    let (mut p, mut r) = (0.0, 0.0);
    for (x, y) in predicted.iter().zip(expected) {
        let common = count(both.get(&(x, y)));
        p += common / count(pred.get(x));
        r += common / count(gold.get(y));
    }
    let pairs = |m: &mut dyn Iterator<Item = usize>| m.map(|c| c * (c - 1) / 2).sum::<usize>();
    let same = pairs(&mut both.values().copied()) as f64;
    let predicted_pairs = pairs(&mut pred.values().copied()) as f64;
    let expected_pairs = pairs(&mut gold.values().copied()) as f64;
    let ratio = |a: f64, b: f64| if b > 0.0 { a / b } else { 1.0 };
    let n = n.max(1) as f64;
    Scores {
        bcubed: Prf::new(p / n, r / n),
        pairwise: Prf::new(ratio(same, predicted_pairs), ratio(same, expected_pairs)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_and_merged_groupings() {
        let gold = ["a", "a", "b", "b", "b"];
        let s = score(&[1, 1, 2, 2, 2], &gold);
        assert_eq!((s.bcubed.f1, s.pairwise.f1), (1.0, 1.0));
        // Everything one story: recall 1, precision (2·2/5 + 3·3/5)/5 = 0.52.
        let s = score(&[0; 5], &gold);
        assert!((s.bcubed.precision - 0.52).abs() < 1e-9);
        assert_eq!(s.bcubed.recall, 1.0);
        assert!((s.pairwise.precision - 0.4).abs() < 1e-9); // 4 of 10 pairs
        // Every article alone: precision 1, recall (2·1/2 + 3·1/3)/5 = 0.4; no pairs found.
        let s = score(&[0, 1, 2, 3, 4], &gold);
        assert!((s.bcubed.recall - 0.4).abs() < 1e-9);
        assert_eq!((s.bcubed.precision, s.pairwise.recall), (1.0, 0.0));
    }
}
