//! Text layout throughput (issue 3): 2 MiB of the seed articles' text (every line a paragraph,
//! the articles repeated) laid out at width 80, shaped, as `khabar render --width 80` does.
//! `layout_paragraph` builds owned cells (what the reader uses); `RowWriter` is what
//! `khabar render` runs. tools/bench-render.sh times the CLI against
//! `fribidi --nobreak --width 80` on the same input.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use khabar::text::{LayoutOptions, RowWriter, layout_paragraph};

const SEEDS: [&str; 5] = [
    include_str!("../assets/articles/000_78b582a1d79e79b6.txt"),
    include_str!("../assets/articles/001_5b4b59b2edf3ac18.txt"),
    include_str!("../assets/articles/002_6e0e75a60da96bca.txt"),
    include_str!("../assets/articles/003_38fa34c291c889c0.txt"),
    include_str!("../assets/articles/004_69a4e039fec93b87.txt"),
];

/// The seed lines repeated until they hold `bytes` bytes of text.
fn paragraphs(bytes: usize) -> Vec<&'static str> {
    let lines: Vec<&str> = SEEDS.iter().flat_map(|s| s.lines()).collect();
    let mut out = Vec::new();
    let mut size = 0;
    for line in lines.iter().cycle() {
        if size >= bytes {
            break;
        }
        out.push(*line);
        size += line.len() + 1;
    }
    out
}

fn bench(c: &mut Criterion) {
    let paras = paragraphs(2 << 20);
    let size: usize = paras.iter().map(|p| p.len() + 1).sum();
    let opts = LayoutOptions::new(80);
    let mut g = c.benchmark_group("render");
    g.throughput(Throughput::Bytes(size as u64));
    g.sample_size(10);
    g.bench_function("layout 2 MiB at width 80", |b| {
        b.iter(|| {
            let mut rows = 0;
            for p in &paras {
                rows += layout_paragraph(black_box(p), &opts).len();
            }
            rows
        })
    });
    g.bench_function("layout + padded rows 2 MiB at width 80", |b| {
        let mut out = String::new();
        b.iter(|| {
            out.clear();
            for p in &paras {
                for line in layout_paragraph(black_box(p), &opts) {
                    line.write_padded(80, &mut out);
                    out.push('\n');
                }
            }
            out.len()
        })
    });
    // What `khabar render` runs per thread: rows written straight into text, buffers reused.
    g.bench_function("render rows (RowWriter) 2 MiB at width 80", |b| {
        let mut writer = RowWriter::default();
        let mut out = String::new();
        b.iter(|| {
            out.clear();
            for p in &paras {
                writer.write(black_box(p), &opts, &mut out);
            }
            out.len()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
