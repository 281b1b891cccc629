//! Error classes of a tagging against the gold, for choosing what to work on: each name
//! that is not an exact match is put in one class, and each class is priced as the micro-F1
//! over PERS/LOC/ORG it would add if that class alone were fixed.
//!
//! - **type**: the same words, another type (one missed and one false name);
//! - **boundary**: an overlapping name of the same type (too long, too short, or shifted);
//! - **boundary and type**: an overlapping name of another type;
//! - **missed, seen** / **missed, unseen**: no predicted name overlaps it, and the same words
//!   were / were never a name in the training part;
//! - **false**: a predicted name that overlaps no gold name.

use std::collections::{BTreeSet, HashSet};
use std::fmt;

use super::TYPES;
use super::conll::{Counts, Sentence, chunks};

const CLASSES: [&str; 6] = [
    "type",
    "boundary",
    "boundary and type",
    "missed, seen in training",
    "missed, unseen",
    "false name",
];

/// Counts per class and per type (the gold type, or for false names the predicted one).
#[derive(Debug, Default, Clone)]
pub struct ErrorClasses {
    /// `[class][type]`.
    pub n: [[usize; 4]; 6],
    /// Exact-match counts over PERS/LOC/ORG, to price each class.
    pub plo: Counts,
}

/// Names of the gold part of `sentences` as `TYPE words` strings (what "seen" means).
pub fn seen_names<'a>(sentences: impl IntoIterator<Item = &'a Sentence>) -> HashSet<String> {
    let mut out = HashSet::new();
    for s in sentences {
        for c in chunks(&s.tags) {
            out.insert(name_of(s, c));
        }
    }
    out
}

fn name_of(s: &Sentence, c: (usize, usize, usize)) -> String {
    let ws = s.words.get(c.0..=c.1).unwrap_or_default().join(" ");
    format!("{} {ws}", TYPES.get(c.2).unwrap_or(&"?"))
}

impl ErrorClasses {
    /// Add one sentence's tagging `pred` against its gold; `seen` as from [`seen_names`].
    pub fn add(&mut self, s: &Sentence, pred: &[u8], seen: &HashSet<String>) {
        let g: BTreeSet<_> = chunks(&s.tags).into_iter().collect();
        let p: BTreeSet<_> = chunks(pred).into_iter().collect();
        let plo = |c: &(usize, usize, usize)| c.2 < 3;
        self.plo.gold += g.iter().filter(|c| plo(c)).count();
        self.plo.found += p.iter().filter(|c| plo(c)).count();
        self.plo.correct += g.intersection(&p).filter(|c| plo(c)).count();
        let overlaps =
            |a: &(usize, usize, usize), b: &(usize, usize, usize)| a.0 <= b.1 && b.0 <= a.1;
        for c in g.difference(&p) {
            let over: Vec<_> = p.iter().filter(|q| overlaps(c, q)).collect();
            let class = if over.iter().any(|q| q.0 == c.0 && q.1 == c.1) {
                0
            } else if over.iter().any(|q| q.2 == c.2) {
                1
            } else if !over.is_empty() {
                2
            } else if seen.contains(&name_of(s, *c)) {
                3
            } else {
                4
            };
            self.bump(class, c.2);
        }
        for c in p.difference(&g) {
            if !g.iter().any(|q| overlaps(c, q)) {
                self.bump(5, c.2);
            }
        }
    }

    fn bump(&mut self, class: usize, kind: usize) {
        if let Some(n) = self.n.get_mut(class).and_then(|r| r.get_mut(kind)) {
            *n += 1;
        }
    }

    /// Micro-PLO F1 gained if the class's PLO errors alone were fixed.
    pub fn gain(&self, class: usize) -> f64 {
        let k: usize = self.n.get(class).map_or(0, |r| r.iter().take(3).sum());
        let mut c = self.plo;
        match class {
            // One right name where a wrong one was: found and gold stay.
            0..=2 => c.correct += k,
            // A missed name found.
            3 | 4 => {
                c.correct += k;
                c.found += k;
            }
            // A false name dropped.
            _ => c.found = c.found.saturating_sub(k),
        }
        c.prf().2 - self.plo.prf().2
    }
}

impl fmt::Display for ErrorClasses {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "| error class | PERS | LOC | ORG | MISC | micro-PLO F1 if fixed |\n|---|---|---|---|---|---|"
        )?;
        for (i, name) in CLASSES.iter().enumerate() {
            let r = self.n.get(i).copied().unwrap_or_default();
            writeln!(
                f,
                "| {name} | {} | {} | {} | {} | +{:.3} |",
                r[0],
                r[1],
                r[2],
                r[3],
                self.gain(i)
            )?;
        }
        let (_, _, f1) = self.plo.prf();
        writeln!(
            f,
            "micro-PLO: found {}, gold {}, correct {}, F1 {f1:.4}",
            self.plo.found, self.plo.gold, self.plo.correct
        )
    }
}
