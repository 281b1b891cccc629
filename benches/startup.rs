//! Whole-corpus costs on a generated folder of 1,000 articles ([`khabar::synthetic`], written
//! once into a temporary folder):
//!
//! - `first_frame_1000`: launch to first frame — load the folder, build the reader, draw one
//!   frame at 120×40 on ratatui's TestBackend. Analysis is not waited for: the real reader runs
//!   it on a worker thread after this point. Budget ≤ 300 ms.
//! - `key_*_1000`: keypress-to-frame with the 1,000 articles loaded and analysed (`j`/`k`
//!   scrolling the body, `]` switching sources, `n` cycling an entity's mentions). Criterion
//!   reports means; the p50/p99 of 2,000 timed keypresses per case are printed too, as wall
//!   time and as the thread's CPU time (budget: p99 ≤ 16 ms).
//! - `export_1000`: what `khabar export` does — load, analyse, write the JSON (to a sink).
//!   Budget ≤ 1 s.
//! - `*_cpu`: the first frame and the export timed as the process's CPU time (all threads).
//!
//! The process as a whole (exec, terminal, peak memory) is measured by tools/bench-process.sh.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use khabar::app::App;
use khabar::app::action::Action;
use khabar::app::keymap::Keymap;
use khabar::app::update::update;
use khabar::corpus::{Corpus, load};
use khabar::i18n::Lang;
use khabar::search::Index;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "common/cpu.rs"]
mod cpu;
use cpu::{cpu_of, thread_cpu};

const ARTICLES: usize = 1000;
const SIZE: (u16, u16) = (120, 40);
/// Timed keypresses per case for the percentiles.
const SAMPLES: usize = 2000;

fn load_dir(dir: &Path) -> Corpus {
    let (corpus, problems) = load(&[dir.to_path_buf()]).expect("generated corpus loads");
    assert!(problems.is_empty(), "{problems:?}");
    corpus
}

/// What the reader does before its first frame: load, build the app, draw.
fn first_frame(dir: &Path) -> Terminal<TestBackend> {
    let corpus = Arc::new(load_dir(dir));
    let mut app = App::new(corpus, Lang::En, Keymap::default_map());
    update(&mut app.state, Action::Resize(SIZE.0, SIZE.1));
    let mut term = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).expect("test backend");
    khabar::ui::Ui::default()
        .render(&mut app, &mut term)
        .expect("draw");
    term
}

/// A reader over the folder with the analysis delivered, an entity's mentions highlighted.
fn analysed_reader(dir: &Path) -> (App, Terminal<TestBackend>) {
    let corpus = Arc::new(load_dir(dir));
    let analysis = khabar::extract::analyze(&corpus);
    let index = Index::build(&corpus);
    let mut app = App::new(Arc::clone(&corpus), Lang::En, Keymap::default_map());
    update(&mut app.state, Action::Resize(SIZE.0, SIZE.1));
    app.analysed(analysis, index);
    let mut term = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).expect("test backend");
    app.press("e<Enter>").expect("keys");
    khabar::ui::Ui::default()
        .render(&mut app, &mut term)
        .expect("draw");
    (app, term)
}

/// The `q`-th quantile (0..=1) of sorted samples.
fn quantile(sorted: &[Duration], q: f64) -> Duration {
    let i = ((sorted.len() - 1) as f64 * q).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn startup(c: &mut Criterion) {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir: PathBuf = tmp.path().join("corpus");
    khabar::synthetic::write_corpus(ARTICLES, &dir).expect("generate corpus");

    let mut g = c.benchmark_group("startup");
    g.sample_size(10).measurement_time(Duration::from_secs(8));
    let export = || {
        let corpus = load_dir(&dir);
        let analysis = khabar::extract::analyze(&corpus);
        khabar::cli::export::write_json(
            &corpus,
            &analysis,
            &khabar::compare::compare(&corpus),
            std::io::sink(),
        )
        .expect("export writes");
    };
    g.bench_function("first_frame_1000", |b| {
        b.iter(|| black_box(first_frame(&dir).backend().buffer().area))
    });
    g.bench_function("export_1000", |b| b.iter(export));
    // The same work timed as the process's CPU time (all threads): on a shared machine, wall
    // time is mostly the wait for a core.
    g.bench_function("first_frame_1000_cpu", |b| {
        b.iter_custom(|iters| {
            cpu_of(iters, || {
                black_box(first_frame(&dir).backend().buffer().area)
            })
        })
    });
    g.bench_function("export_1000_cpu", |b| {
        b.iter_custom(|iters| cpu_of(iters, export))
    });
    g.finish();

    let (mut app, mut term) = analysed_reader(&dir);
    // One UI for the run, as in the reader: its row memo lives across frames.
    let ui = khabar::ui::Ui::default();
    for (case, keys) in [
        ("scroll", ["j", "k"]),
        ("next_source", ["]", "]"]),
        ("next_mention", ["n", "n"]),
    ] {
        let mut flip = false;
        let mut frame = || {
            flip = !flip;
            app.press(keys[usize::from(flip)]).expect("keys");
            ui.render(&mut app, &mut term).expect("draw");
            black_box(term.backend().buffer().area);
        };
        // Percentiles of single keypresses (criterion's estimates are of the mean).
        for _ in 0..50 {
            frame();
        }
        let mut wall = Vec::with_capacity(SAMPLES);
        let mut cpu = Vec::with_capacity(SAMPLES);
        for _ in 0..SAMPLES {
            let (t, c0) = (Instant::now(), thread_cpu());
            frame();
            cpu.push(thread_cpu().saturating_sub(c0));
            wall.push(t.elapsed());
        }
        wall.sort();
        cpu.sort();
        let q = |v: &[Duration], x: f64| ms(quantile(v, x));
        println!(
            "key_{case}_1000 ({SAMPLES} keypresses, {}x{}): wall p50 {:.3} ms, p99 {:.3} ms, \
             max {:.3} ms; thread CPU p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms",
            SIZE.0,
            SIZE.1,
            q(&wall, 0.5),
            q(&wall, 0.99),
            q(&wall, 1.0),
            q(&cpu, 0.5),
            q(&cpu, 0.99),
            q(&cpu, 1.0),
        );
        c.bench_function(&format!("key_{case}_1000"), |b| b.iter(&mut frame));
    }
}

criterion_group!(benches, startup);
criterion_main!(benches);
