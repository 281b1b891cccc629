//! Search speed over 1,000 articles (issue 7: ≤ 50 ms per query after loading).
//!
//! The corpus is the bundled story repeated to 1,000 articles; the index is built once, as
//! the reader does after loading, and each query is timed on its own.

use criterion::{Criterion, criterion_group, criterion_main};
use khabar::corpus::{Corpus, bundled};
use khabar::search::{Index, Query};

fn thousand_articles() -> Corpus {
    let seeds = bundled();
    let mut corpus = Corpus::default();
    for i in 0..1000 {
        let mut a = seeds.articles[i % seeds.articles.len()].clone();
        a.id = format!("{}-{i}", a.id);
        corpus.articles.push(a);
    }
    corpus
}

fn bench(c: &mut Criterion) {
    let corpus = thousand_articles();
    c.bench_function("search/index 1000 articles", |b| {
        b.iter(|| Index::build(&corpus))
    });
    let index = Index::build(&corpus);
    for q in [
        "العراق",
        "الامريكية",
        "كتائب حزب الله",
        "عراق*",
        "قاآني",
        "كلمةغيرموجودة",
    ] {
        let query = Query::parse(q).expect("query");
        c.bench_function(&format!("search/{q}"), |b| b.iter(|| index.search(&query)));
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
