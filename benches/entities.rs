//! Entity extraction throughput (issue 14: ≥ 3 MB/s on one core with the tagger), over the
//! bundled articles repeated to about 5 MB, and the tagger model's load time.
//! `KHABAR_NER_MODEL=/nonexistent` measures the rules alone.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use khabar::corpus::{Corpus, bundled};
use khabar::extract::entities::{self, tagger};

/// The bundled story repeated (with distinct ids) until its text reaches `bytes`.
pub fn repeated(bytes: usize) -> (Corpus, usize) {
    let seeds = bundled();
    let mut corpus = Corpus::default();
    let mut size = 0;
    let mut i = 0;
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
    let mut g = c.benchmark_group("entities");
    g.throughput(Throughput::Bytes(size as u64));
    g.sample_size(10);
    g.bench_function("extract 5 MB", |b| b.iter(|| entities::extract(&corpus)));
    g.finish();
    // Reading the tagger's model (done once, on first use, by the analysis worker).
    let mut g = c.benchmark_group("entities model");
    g.sample_size(10);
    g.bench_function("load", |b| {
        b.iter(|| tagger::Model::load(&tagger::model_path()).map(|m| m.first.index.len()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
