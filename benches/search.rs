//! Search speed over 1,000 articles (issue 7: ≤ 50 ms per query after loading).
//!
//! The corpus is 1,000 generated articles (`khabar::synthetic`, the seeds' paragraphs with
//! varied names, dates and outlets) written to a temporary folder and loaded as the reader
//! loads it; the index is built once, as the reader does after loading, and each query is
//! timed on its own. Queries cover a common word with clitics, a loanword with spelling
//! variants (the fuzzy path), a phrase, a prefix, a rare name and a word that is absent.

use criterion::{Criterion, criterion_group, criterion_main};
use khabar::corpus::{Corpus, load};
use khabar::search::{Index, Query};

fn thousand_articles() -> Corpus {
    let dir = tempfile::tempdir().expect("temp dir");
    khabar::synthetic::write_corpus(1000, dir.path()).expect("generate");
    let (corpus, problems) = load(&[dir.path().to_path_buf()]).expect("load");
    assert!(problems.is_empty(), "{problems:?}");
    corpus
}

fn bench(c: &mut Criterion) {
    let corpus = thousand_articles();
    c.bench_function("search/index 1000 articles", |b| {
        b.iter(|| Index::build(&corpus))
    });
    let index = Index::build(&corpus);
    println!(
        "{} articles, {} paragraphs indexed, {} distinct words",
        corpus.articles.len(),
        index.len(),
        index.vocabulary()
    );
    for q in [
        "العراق",
        "الامريكية",
        "كتائب حزب الله",
        "عراق*",
        "قاآني",
        "كلمةغيرموجودة",
    ] {
        let query = Query::parse(q).expect("query");
        c.bench_function(&format!("search/{q}"), |b| {
            b.iter(|| index.search(&corpus, &query))
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
