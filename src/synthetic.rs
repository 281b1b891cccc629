//! Synthetic corpora for benchmarks and scale tests — never for quality measurements.
//!
//! Articles are built from the bundled articles' body paragraphs with varied people, places,
//! months and outlets (lists in assets/synthetic/), saved as a scraper would save them: plain
//! text with front matter, a headline, the body, then the kinds of boilerplate real pages
//! carry. Output is deterministic (a fixed-seed xorshift), so benchmark runs compare like
//! with like. Used by `cargo run --release --example gen_corpus -- N DIR`, benches/startup.rs
//! and tools/bench-process.sh.

use std::path::Path;

use crate::corpus::{ParagraphKind, bundled};

/// A small deterministic generator (xorshift64): reproducible corpora without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// One of `items` (`None` only when there is none).
    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len()))
    }
}

/// Lines of an asset list, without comments and blank lines.
fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Generates articles one after the other; the same `Generator::new()` always yields the same
/// sequence.
pub struct Generator {
    rng: Rng,
    outlets: Vec<&'static str>,
    swaps: Vec<(&'static str, Vec<&'static str>)>,
    body: Vec<String>,
    boiler: Vec<String>,
}

impl Generator {
    pub fn new() -> Generator {
        let outlets = lines(include_str!("../assets/synthetic/outlets.txt")).collect();
        let swaps = lines(include_str!("../assets/synthetic/swaps.txt"))
            .filter_map(|l| {
                let (from, to) = l.split_once('\t')?;
                let to: Vec<&str> = to.split_whitespace().collect();
                (!to.is_empty()).then_some((from, to))
            })
            .collect();
        let seeds = bundled();
        let paragraphs = || seeds.articles.iter().flat_map(|a| a.paragraphs.iter());
        let body = paragraphs()
            .filter(|p| p.kind == ParagraphKind::Body && p.text.chars().count() > 80)
            .map(|p| p.text.clone())
            .collect();
        let boiler = paragraphs()
            .filter(|p| p.kind == ParagraphKind::Boilerplate)
            .map(|p| p.text.clone())
            .collect();
        Generator {
            rng: Rng(0x9E37_79B9_7F4A_7C15),
            outlets,
            swaps,
            body,
            boiler,
        }
    }

    /// The next article as the text of a `.txt` file.
    pub fn article(&mut self) -> String {
        let count = 6 + self.rng.below(10);
        let paragraphs: Vec<String> = (0..count)
            .filter_map(|_| {
                let i = self.rng.below(self.body.len());
                let source = self.body.get(i)?.clone();
                Some(self.vary(source))
            })
            .collect();
        let title: String = paragraphs
            .first()
            .map(|p| p.split_whitespace().take(9).collect::<Vec<_>>().join(" "))
            .unwrap_or_else(|| "خبر".to_string());
        let outlet = self
            .outlets
            .get(self.rng.below(self.outlets.len()))
            .copied()
            .unwrap_or("وكالة");
        let mut out = format!(
            "---\ntitle: {title}\noutlet: {outlet}\npublished: 20{}-{:02}-{:02}\n---\n{title}\n\n",
            23 + self.rng.below(2),
            1 + self.rng.below(12),
            1 + self.rng.below(28)
        );
        for p in &paragraphs {
            out.push_str(p);
            out.push_str("\n\n");
        }
        if !self.boiler.is_empty() {
            out.push_str("اقرأ أيضاً\n\n");
            for _ in 0..self.rng.below(4) {
                if let Some(line) = self.rng.pick(&self.boiler) {
                    out.push_str(line);
                }
                out.push('\n');
            }
        }
        out
    }

    /// Swap some names, places and months so the generated story is not one story repeated.
    fn vary(&mut self, mut s: String) -> String {
        for (from, to) in &self.swaps {
            if self.rng.below(2) == 0
                && let Some(&to) = self.rng.pick(to)
            {
                s = s.replace(from, to);
            }
        }
        s
    }
}

impl Default for Generator {
    fn default() -> Self {
        Generator::new()
    }
}

/// Write `n` generated articles to `dir` (created if missing) as `000000.txt`, `000001.txt`, …
pub fn write_corpus(n: usize, dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut generator = Generator::new();
    for i in 0..n {
        std::fs::write(dir.join(format!("{i:06}.txt")), generator.article())?;
    }
    Ok(())
}

/// `n` articles in stories as news has them, for the outlet-comparison benchmark: each story is
/// a wire report of 6–11 paragraphs (random words of the seeds, so no two stories share text)
/// carried by 2–6 outlets, each taking about 70% of its paragraphs with a word in about eight
/// changed, dropped or added, and adding 2–6 paragraphs of its own. Built in memory; the last
/// story is cut short at `n`.
pub fn reuse_corpus(n: usize) -> crate::corpus::Corpus {
    let seeds = bundled();
    let words: Vec<&str> = seeds
        .articles
        .iter()
        .flat_map(|a| a.paragraphs.iter())
        .filter(|p| p.kind == ParagraphKind::Body)
        .flat_map(|p| p.text.split_whitespace())
        .collect();
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let paragraph = |rng: &mut Rng| -> Vec<&str> {
        (0..25 + rng.below(35))
            .map(|_| rng.pick(&words).copied().unwrap_or_default())
            .collect()
    };
    let mut bodies: Vec<Vec<String>> = Vec::with_capacity(n);
    while bodies.len() < n {
        let wire: Vec<Vec<&str>> = (0..6 + rng.below(6)).map(|_| paragraph(&mut rng)).collect();
        for _ in 0..2 + rng.below(5) {
            let mut body: Vec<String> = Vec::new();
            for p in &wire {
                if rng.below(10) < 7 {
                    let mut edited: Vec<&str> = Vec::with_capacity(p.len() + 4);
                    for &w in p {
                        match rng.below(24) {
                            0 => edited.extend(rng.pick(&words)),
                            1 => {}
                            2 => edited.extend([Some(&w), rng.pick(&words)].into_iter().flatten()),
                            _ => edited.push(w),
                        }
                    }
                    body.push(edited.join(" "));
                }
            }
            for _ in 0..2 + rng.below(5) {
                let at = rng.below(body.len() + 1);
                body.insert(at, paragraph(&mut rng).join(" "));
            }
            bodies.push(body);
            if bodies.len() == n {
                break;
            }
        }
    }
    let refs: Vec<&[String]> = bodies.iter().map(Vec::as_slice).collect();
    crate::corpus::Corpus::from_bodies(&refs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn a_reuse_corpus_has_stories_of_several_articles() {
        let c = reuse_corpus(30);
        assert_eq!(c.articles.len(), 30);
        let r = crate::compare::compare(&c);
        // Every article shares with another of its story (the last story may be cut to one
        // article), and no story is everything.
        assert!(r.derivations[..29].iter().all(|d| !d.shared.is_empty()));
        assert!(r.derivations.iter().all(|d| d.shared.len() <= 5));
    }

    #[test]
    fn the_same_corpus_every_time() {
        let a: Vec<String> = {
            let mut g = Generator::new();
            (0..20).map(|_| g.article()).collect()
        };
        let mut g = Generator::new();
        let b: Vec<String> = (0..20).map(|_| g.article()).collect();
        assert_eq!(a, b);
        let distinct: HashSet<&String> = a.iter().collect();
        assert!(distinct.len() > 15, "articles should differ");
    }

    #[test]
    fn a_written_corpus_loads_with_varied_outlets_and_dates() {
        let dir = tempfile::tempdir().expect("temp dir");
        write_corpus(40, dir.path()).expect("write");
        let (corpus, problems) = crate::corpus::load(&[dir.path().to_path_buf()]).expect("loads");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(corpus.articles.len(), 40);
        let outlets: HashSet<&str> = corpus.articles.iter().map(|a| a.outlet.as_str()).collect();
        assert!(outlets.len() > 5, "{outlets:?}");
        assert!(corpus.articles.iter().all(|a| a.published.is_some()));
        let body = |a: &crate::corpus::Article| {
            a.paragraphs
                .iter()
                .filter(|p| p.kind == ParagraphKind::Body)
                .count()
        };
        assert!(corpus.articles.iter().all(|a| body(a) >= 6));
    }
}
