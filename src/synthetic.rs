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
                let i = self.rng.below(self.boiler.len());
                out.push_str(&self.boiler[i]);
                out.push('\n');
            }
        }
        out
    }

    /// Swap some names, places and months so the generated story is not one story repeated.
    fn vary(&mut self, mut s: String) -> String {
        for (from, to) in &self.swaps {
            if self.rng.below(2) == 0 {
                s = s.replace(from, to[self.rng.below(to.len())]);
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

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
