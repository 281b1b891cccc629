//! Entity extraction throughput (issue 14: ≥ 3 MB/s on one core with the tagger), over the
//! bundled articles repeated to about 5 MB, the tagger model's load time, and the whole
//! analysis the reader waits for on the same text. `KHABAR_NER_MODEL=/nonexistent` measures
//! the rules alone.
//!
//! - `entities/extract 5 MB`: `entities::extract`, the whole entity extraction (each paragraph
//!   prepared — normalized and split into words — once, then the rules, the tagger's two
//!   passes, the short forms and the linking).
//! - `entities/extract 5 MB cpu`: the same timed as the process's CPU time, so that waiting
//!   for a core on the shared machine does not count (run it pinned: `taskset -c 1`).
//! - `analysis/reader 5 MB cpu`: what the reader's worker computes for a folder of one story
//!   after grouping it: the paragraphs prepared once, the search index, entities and
//!   timeline, the outlet comparison — as CPU time.
//! - `entities model/load`: reading the tagger's model (done once, on first use, by the
//!   analysis worker).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use khabar::corpus::{Corpus, bundled};
use khabar::extract::entities::{self, tagger};

#[path = "common/cpu.rs"]
mod cpu;
use cpu::cpu_of;

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

/// The reader's analysis of a folder of one story (app/events.rs, after the grouping).
fn reader_analysis(corpus: &Corpus) -> usize {
    let prepared = khabar::extract::prepare_all(corpus);
    let index = khabar::search::Index::build_all_prepared(corpus, &prepared);
    let analysis = khabar::extract::analyze_with(corpus, &prepared, &mut |_| {});
    let reuse = khabar::compare::compare_shared(corpus, &prepared);
    index.len() + analysis.entities.len() + analysis.timeline.len() + reuse.links.len()
}

fn bench(c: &mut Criterion) {
    let (corpus, size) = repeated(5 << 20);
    let mut g = c.benchmark_group("entities");
    g.throughput(Throughput::Bytes(size as u64));
    g.sample_size(10);
    g.bench_function("extract 5 MB", |b| b.iter(|| entities::extract(&corpus)));
    g.bench_function("extract 5 MB cpu", |b| {
        b.iter_custom(|iters| cpu_of(iters, || entities::extract(&corpus)))
    });
    g.finish();
    let mut g = c.benchmark_group("analysis");
    g.throughput(Throughput::Bytes(size as u64));
    g.sample_size(10);
    g.bench_function("reader 5 MB cpu", |b| {
        b.iter_custom(|iters| cpu_of(iters, || reader_analysis(&corpus)))
    });
    g.finish();
    let mut g = c.benchmark_group("entities model");
    g.sample_size(10);
    g.bench_function("load", |b| {
        b.iter(|| tagger::Model::load(&tagger::model_path()).map(|m| m.first.index.len()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
