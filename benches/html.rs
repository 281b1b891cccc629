//! Saved web pages:
//!
//! - `html/extract`: HTML extraction on one core — decode, parse, choose the article, read the
//!   metadata, classify the paragraphs — one file at a time, reported by criterion as bytes of
//!   HTML per second.
//! - `html/first_frame_1000`: launch to first frame of the reader over a folder of 1,000 saved
//!   pages (load the folder, build the reader, draw one frame at 120×40 on TestBackend).
//!
//! The pages are the real-page set of docs/extraction.md when `KHABAR_PAGES` names its folder
//! (tools/pageset.py), else the hand-made pages of tests/fixtures/pages; for the folder of
//! 1,000 they are repeated under new names. trafilatura's speed on the same pages is measured by
//! `tools/eval-pages.py --speed` (see docs/perf.md).

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use khabar::app::App;
use khabar::app::action::Action;
use khabar::app::keymap::Keymap;
use khabar::app::update::update;
use khabar::corpus::load;
use khabar::i18n::Lang;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn pages() -> Vec<PathBuf> {
    let dir = std::env::var_os("KHABAR_PAGES").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages"),
        PathBuf::from,
    );
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("pages folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    files.sort();
    files
}

fn extract(c: &mut Criterion) {
    let files = pages();
    let bytes: u64 = files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    let mut g = c.benchmark_group("html");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("extract", |b| {
        b.iter(|| {
            for f in &files {
                // One file per call: the loader reads a single file on the calling thread.
                let _ = black_box(load(std::slice::from_ref(f)));
            }
        })
    });
    g.finish();
}

fn first_frame(c: &mut Criterion) {
    let files = pages();
    let dir = tempfile::tempdir().expect("temp dir");
    for i in 0..1000 {
        let src = &files[i % files.len()];
        std::fs::copy(src, dir.path().join(format!("{i:04}.html"))).expect("copy page");
    }
    let mut g = c.benchmark_group("html");
    g.sample_size(10);
    g.bench_function("first_frame_1000", |b| {
        b.iter(|| {
            let (corpus, _) = load(&[dir.path().to_path_buf()]).expect("pages load");
            let mut app = App::new(Arc::new(corpus), Lang::En, Keymap::default_map());
            update(&mut app.state, Action::Resize(120, 40));
            let mut term = Terminal::new(TestBackend::new(120, 40)).expect("test backend");
            khabar::ui::Ui::default()
                .render(&mut app, &mut term)
                .expect("draw");
            black_box(term);
        })
    });
    g.finish();
}

criterion_group!(benches, extract, first_frame);
criterion_main!(benches);
