//! Timeline extraction throughput (issue 5: ≥ 5 MB/s on one core), over the bundled articles
//! repeated to about 5 MB: date grammar and resolution (`dates`), and the whole extraction with
//! merging into events (`events`, with the entities `analyze` passes it, as in the app).
//!
//! Throughput is in decimal MB/s (10^6 bytes of paragraph text). Each case is measured twice:
//! wall-clock time (criterion's default) and the CPU time of the benchmarking thread
//! (`/proc/thread-self/schedstat`, as in `benches/frame.rs`), which stays meaningful on a
//! machine shared with other builds, where wall-clock time mostly measures waiting for a core.

use std::time::{Duration, Instant};

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

/// Nanoseconds this thread has run on a CPU (Linux); `None` elsewhere.
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// Run `f` `iters` times and return the thread's CPU time (wall time without schedstat).
fn cpu_time<T>(iters: u64, mut f: impl FnMut() -> T) -> Duration {
    let wall = Instant::now();
    let start = thread_cpu_ns();
    for _ in 0..iters {
        std::hint::black_box(f());
    }
    match (start, thread_cpu_ns()) {
        (Some(a), Some(b)) if b > a => Duration::from_nanos(b - a),
        _ => wall.elapsed(),
    }
}

fn bench(c: &mut Criterion) {
    let (corpus, size) = repeated(5_000_000);
    // Extracted once, outside the measurement (entities have their own bench).
    let ents = entities::extract(&corpus);
    let mut g = c.benchmark_group("timeline");
    g.throughput(Throughput::BytesDecimal(size as u64));
    g.sample_size(10);
    g.bench_function("dates 5 MB cpu", |b| {
        b.iter_custom(|n| cpu_time(n, || timeline::dates(&corpus)))
    });
    g.bench_function("dates 5 MB wall", |b| b.iter(|| timeline::dates(&corpus)));
    g.bench_function("events 5 MB cpu", |b| {
        b.iter_custom(|n| cpu_time(n, || timeline::extract(&corpus, &ents)))
    });
    g.bench_function("events 5 MB wall", |b| {
        b.iter(|| timeline::extract(&corpus, &ents))
    });
    // Without entities: the date and merging work alone.
    g.bench_function("events without entities 5 MB cpu", |b| {
        b.iter_custom(|n| cpu_time(n, || timeline::extract(&corpus, &[])))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
