//! Word-level local alignment (Smith–Waterman) of two paragraphs' word keys.
//!
//! Equal words score, different words and gaps cost, and the best-scoring stretch is the
//! passage the two share. Synonyms and reordered clauses become mismatches and gaps between
//! equal anchors, which is how a rewrite or a second translation of one wire report still
//! aligns. After the best stretch, the parts before it and after it on both sides are aligned
//! again, so a paragraph that carries two separate passages of the other yields both, in order.

use super::params::Params;

/// One alignment step: word indices of each side (`None` = gap).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub a: Option<usize>,
    pub b: Option<usize>,
}

/// An aligned stretch: word ranges on each side and the steps through them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alignment {
    pub a: (usize, usize),
    pub b: (usize, usize),
    pub steps: Vec<Step>,
    /// Equal word pairs.
    pub equal: usize,
}

impl Alignment {
    /// 2 × equal words / words on both sides.
    pub fn similarity(&self) -> f32 {
        let n = (self.a.1 - self.a.0) + (self.b.1 - self.b.0);
        if n == 0 {
            0.0
        } else {
            2.0 * self.equal as f32 / n as f32
        }
    }
}

/// Every acceptable alignment of `a` and `b` (keys), in reading order, none overlapping. An
/// alignment is acceptable with `min_similarity` and `min_content_words` equal words that are
/// not function words (`is_stop`), and either `min_words` equal words or, when every equal
/// word is inside quotation marks on both sides (`quoted(i, j)`: word `i` of `a` and `j` of
/// `b`), `min_quote_words`: a quotation repeated word for word is evidence sooner than
/// running text.
pub fn align_all(
    a: &[u32],
    b: &[u32],
    p: &Params,
    is_stop: &dyn Fn(u32) -> bool,
    quoted: &dyn Fn(usize, usize) -> bool,
) -> Vec<Alignment> {
    let mut out = Vec::new();
    let mut work = vec![((0, a.len()), (0, b.len()))];
    let mut scratch = Vec::new();
    let shortest = p.min_words.min(p.min_quote_words);
    while let Some(((a0, a1), (b0, b1))) = work.pop() {
        if a1 - a0 < shortest || b1 - b0 < shortest {
            continue;
        }
        let (Some(part_a), Some(part_b)) = (a.get(a0..a1), b.get(b0..b1)) else {
            continue;
        };
        let Some(al) = best(part_a, part_b, p, &mut scratch) else {
            continue;
        };
        let al = shift(al, a0, b0);
        let equal: Vec<(usize, usize)> = al
            .steps
            .iter()
            .filter_map(|s| Some((s.a?, s.b?)))
            .filter(|&(i, j)| matches!((a.get(i), b.get(j)), (Some(x), Some(y)) if x == y))
            .collect();
        let content = equal
            .iter()
            .filter(|&&(i, _)| a.get(i).is_some_and(|&k| !is_stop(k)))
            .count();
        let all_quoted = equal.iter().all(|&(i, j)| quoted(i, j));
        let enough = al.equal >= p.min_words || (all_quoted && al.equal >= p.min_quote_words);
        let ok = enough && content >= p.min_content_words && al.similarity() >= p.min_similarity;
        // Whether or not it is kept, the parts around it may hold another passage.
        work.push(((a0, al.a.0), (b0, al.b.0)));
        work.push(((al.a.1, a1), (al.b.1, b1)));
        if ok {
            out.push(al);
        }
    }
    out.sort_by_key(|x| x.a);
    out
}

fn shift(mut al: Alignment, da: usize, db: usize) -> Alignment {
    al.a = (al.a.0 + da, al.a.1 + da);
    al.b = (al.b.0 + db, al.b.1 + db);
    for s in &mut al.steps {
        s.a = s.a.map(|i| i + da);
        s.b = s.b.map(|j| j + db);
    }
    al
}

/// The best local alignment of `a` and `b`, or `None` when nothing scores above zero.
/// `scratch` is the score matrix, reused between calls.
// Indexing is in bounds: `h` has `(m + 1) * w` cells with `w = n + 1`, and every index is
// `i * w + j` or a neighbour up/left of it with `1 <= i <= m`, `1 <= j <= n` (the loops and the
// trace-back's `i > 0 && j > 0` guard), so below `(m + 1) * w`; `a[i - 1]` and `b[j - 1]` are
// then in `a` (length m) and `b` (length n). The matrix is the hot loop of `khabar compare`.
#[allow(clippy::indexing_slicing)]
fn best(a: &[u32], b: &[u32], p: &Params, scratch: &mut Vec<i32>) -> Option<Alignment> {
    let (m, n) = (a.len(), b.len());
    let w = n + 1;
    scratch.clear();
    scratch.resize((m + 1) * w, 0);
    let h = scratch;
    let (mut top, mut at) = (0, (0, 0));
    for i in 1..=m {
        for j in 1..=n {
            let diag = h[(i - 1) * w + j - 1]
                + if a[i - 1] == b[j - 1] {
                    p.match_score
                } else {
                    p.mismatch_score
                };
            let up = h[(i - 1) * w + j] + p.gap_score;
            let left = h[i * w + j - 1] + p.gap_score;
            let v = diag.max(up).max(left).max(0);
            h[i * w + j] = v;
            if v > top {
                top = v;
                at = (i, j);
            }
        }
    }
    if top == 0 {
        return None;
    }
    // Trace back from the best cell to where the score started from zero.
    let (mut i, mut j) = at;
    let mut steps = Vec::new();
    let mut equal = 0;
    while i > 0 && j > 0 && h[i * w + j] > 0 {
        let v = h[i * w + j];
        let same = a[i - 1] == b[j - 1];
        let diag = h[(i - 1) * w + j - 1]
            + if same {
                p.match_score
            } else {
                p.mismatch_score
            };
        if v == diag {
            steps.push(Step {
                a: Some(i - 1),
                b: Some(j - 1),
            });
            equal += usize::from(same);
            i -= 1;
            j -= 1;
        } else if v == h[(i - 1) * w + j] + p.gap_score {
            steps.push(Step {
                a: Some(i - 1),
                b: None,
            });
            i -= 1;
        } else {
            steps.push(Step {
                a: None,
                b: Some(j - 1),
            });
            j -= 1;
        }
    }
    steps.reverse();
    Some(Alignment {
        a: (i, at.0),
        b: (j, at.1),
        steps,
        equal,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(s: &str) -> Vec<u32> {
        s.split_whitespace()
            .map(|w| {
                w.bytes()
                    .fold(7u32, |h, b| h.wrapping_mul(31) ^ u32::from(b))
            })
            .collect()
    }

    #[test]
    fn substitutions_and_gaps_keep_the_anchors() {
        let p = super::super::params::Params::bundled();
        let a = keys(
            "x y التقى بممثلي عدة فصائل مسلحة في مطار بغداد يوم 29 يناير بعد أقل من 48 ساعة z",
        );
        let b = keys(
            "q التقى بممثلي العديد من الجماعات مسلحة في مطار بغداد يوم 29 يناير بعد أقل من 48 ساعة",
        );
        let all = align_all(&a, &b, p, &|_| false, &|_, _| false);
        assert_eq!(all.len(), 1);
        let al = &all[0];
        assert_eq!(al.a, (2, 18));
        assert_eq!(al.b, (1, 18));
        assert_eq!(al.equal, 14);
        assert!(al.similarity() > 0.8 && al.similarity() < 0.9);
    }

    #[test]
    fn two_passages_in_one_paragraph_come_out_in_order() {
        let p = super::super::params::Params::bundled();
        let one = "a1 a2 a3 a4 a5 a6 a7 a8 a9";
        let two = "b1 b2 b3 b4 b5 b6 b7 b8 b9";
        let own = |c: char, n: usize| (0..n).map(|i| format!("{c}{i} ")).collect::<String>();
        let a = keys(&format!("{one} {}{two}", own('n', 20)));
        let b = keys(&format!("{one} {}{two}", own('m', 24)));
        let all = align_all(&a, &b, p, &|_| false, &|_, _| false);
        assert_eq!(
            all.iter().map(|x| x.a).collect::<Vec<_>>(),
            [(0, 9), (29, 38)]
        );
        assert!(all.iter().all(|x| x.equal == 9 && x.similarity() == 1.0));
    }

    #[test]
    fn a_short_insertion_stays_inside_one_passage() {
        let p = super::super::params::Params::bundled();
        let one = "a1 a2 a3 a4 a5 a6 a7 a8 a9";
        let two = "b1 b2 b3 b4 b5 b6 b7 b8 b9";
        let a = keys(&format!("{one} {two}"));
        let b = keys(&format!("{one} m1 m2 m3 m4 {two}"));
        let all = align_all(&a, &b, p, &|_| false, &|_, _| false);
        assert_eq!(all.len(), 1);
        assert_eq!((all[0].a, all[0].b, all[0].equal), ((0, 18), (0, 22), 18));
    }

    #[test]
    fn function_words_alone_do_not_make_a_passage() {
        let p = super::super::params::Params::bundled();
        let a = keys("w1 w2 w3 w4 w5 f1 f2 f3 f4 x y z");
        let b = keys("w1 w2 w3 w4 w5 f1 f2 f3 f4 q r s");
        let f = keys("f1 f2 f3 f4");
        assert_eq!(align_all(&a, &b, p, &|_| false, &|_, _| false).len(), 1);
        assert!(align_all(&a, &b, p, &|k| f.contains(&k), &|_, _| false).is_empty());
    }

    #[test]
    fn a_short_quotation_counts_when_all_of_it_is_quoted() {
        let p = super::super::params::Params::bundled();
        let a = keys("x1 x2 q1 q2 q3 q4 q5 q6 q7 y1 y2 y3");
        let b = keys("z1 q1 q2 q3 q4 q5 q6 q7 z2 z3");
        assert!(align_all(&a, &b, p, &|_| false, &|_, _| false).is_empty());
        let inside = |i: usize, j: usize| (2..9).contains(&i) && (1..8).contains(&j);
        let all = align_all(&a, &b, p, &|_| false, &inside);
        assert_eq!(all.len(), 1);
        assert_eq!((all[0].a, all[0].b), ((2, 9), (1, 8)));
    }

    #[test]
    fn short_common_phrases_are_not_passages() {
        let p = super::super::params::Params::bundled();
        let a = keys("رئيس الوزراء العراقي محمد شياع السوداني قال شيئا آخر تماما هنا");
        let b = keys("التقى رئيس الوزراء العراقي محمد شياع السوداني وقادة الإطار");
        assert!(align_all(&a, &b, p, &|_| false, &|_, _| false).is_empty());
    }
}
