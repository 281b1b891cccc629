//! Outlet comparison speed (issue 17: 1,000 articles ≤ 2 s on one core, near-linear in words).
//!
//! Corpora come from `khabar::synthetic::reuse_corpus`: stories of 2–6 outlets carrying one
//! edited wire report plus paragraphs of their own, so each paragraph shares text with a few
//! others, as in news. `compare` is single-threaded. Besides the criterion figure for 1,000
//! articles, one timed run per size from 10 to 10,000 articles prints the scaling table of
//! docs/perf.md (run with `cargo bench --bench compare`).

use std::time::Instant;

use criterion::{Criterion, criterion_group, criterion_main};
use khabar::compare::compare;
use khabar::synthetic::reuse_corpus;

fn words(c: &khabar::corpus::Corpus) -> usize {
    c.articles
        .iter()
        .flat_map(|a| a.paragraphs.iter())
        .map(|p| p.text.split_whitespace().count())
        .sum()
}

fn bench(c: &mut Criterion) {
    for n in [10, 100, 1_000, 10_000] {
        let corpus = reuse_corpus(n);
        let t = Instant::now();
        let r = compare(&corpus);
        let secs = t.elapsed().as_secs_f64();
        println!(
            "compare/scaling {n} articles, {} words: {:.3} s, {:.2} µs/word, {} links",
            words(&corpus),
            secs,
            secs * 1e6 / words(&corpus) as f64,
            r.links.len()
        );
    }
    let corpus = reuse_corpus(1_000);
    let mut g = c.benchmark_group("compare");
    g.sample_size(10);
    g.bench_function("1000 articles", |b| b.iter(|| compare(&corpus)));
    g.finish();
    let seeds = khabar::corpus::bundled();
    c.bench_function("compare/seeds", |b| b.iter(|| compare(&seeds)));
}

criterion_group!(benches, bench);
criterion_main!(benches);
