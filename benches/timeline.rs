//! Timeline extraction throughput (issue 5: ≥ 5 MB/s on one core), over the bundled articles
//! repeated to about 5 MB: date grammar, resolution and merging.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use khabar::corpus::{Corpus, bundled};
use khabar::extract::{entities, timeline};

fn repeated(bytes: usize) -> (Corpus, usize) {
    let seeds = bundled();
    let mut corpus = Corpus::default();
    let (mut size, mut i) = (0, 0);
    while size < bytes {
        let mut a = seeds.articles[i % seeds.articles.len()].clone();
        size += a.paragraphs.iter().map(|p| p.text.len()).sum::<usize>();
        a.id = format!("{}-{i}", a.id);
        corpus.articles.push(a);
        i += 1;
    }
    (corpus, size)
}

fn bench(c: &mut Criterion) {
    let (corpus, size) = repeated(5 << 20);
    let mut g = c.benchmark_group("timeline");
    g.throughput(Throughput::Bytes(size as u64));
    g.sample_size(10);
    g.bench_function("dates 5 MB", |b| b.iter(|| timeline::dates(&corpus)));
    g.bench_function("events 5 MB", |b| {
        b.iter(|| timeline::extract(&corpus, &[]))
    });
    // What `analyze` runs: events with the entities of each sentence (entities are extracted
    // once, outside the measurement; they have their own bench).
    let ents = entities::extract(&corpus);
    g.bench_function("events with entities 5 MB", |b| {
        b.iter(|| timeline::extract(&corpus, &ents))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
