//! Reader frames at 200×60 on ratatui's TestBackend, over the bundled articles with the real
//! analysis: keypress-to-frame for a scroll key, switching sources, and cycling mentions, in
//! the English and the Arabic (mirrored) UI. Budget: ≤ 2 ms per full frame.
//!
//! Each case is measured twice: wall-clock time (criterion's default) and the CPU time of the
//! benchmarking thread (`/proc/thread-self/schedstat`), which stays meaningful on a machine
//! shared with other builds, where wall-clock time mostly measures waiting for a core.

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use khabar::app::App;
use khabar::app::action::Action;
use khabar::app::keymap::Keymap;
use khabar::app::update::update;
use khabar::corpus::bundled;
use khabar::i18n::Lang;
use khabar::search::Index;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn reader(lang: Lang) -> (App, Terminal<TestBackend>) {
    let corpus = Arc::new(bundled());
    let analysis = khabar::extract::analyze(&corpus);
    let index = Index::build(&corpus);
    let mut app = App::new(Arc::clone(&corpus), lang, Keymap::default_map());
    update(&mut app.state, Action::Resize(200, 60));
    app.analysed(analysis, index);
    let mut term = Terminal::new(TestBackend::new(200, 60)).expect("test backend");
    // Walk to an entity's mention so highlights are part of every frame.
    app.press("e<Enter>").expect("keys");
    khabar::ui::Ui::default()
        .render(&mut app, &mut term)
        .expect("draw");
    (app, term)
}

/// Nanoseconds this thread has run on a CPU (Linux); `None` elsewhere.
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// Run `frame` `iters` times and return the thread's CPU time (wall time without schedstat).
fn cpu_time(iters: u64, mut frame: impl FnMut()) -> Duration {
    let wall = Instant::now();
    let start = thread_cpu_ns();
    for _ in 0..iters {
        frame();
    }
    // The kernel updates a running thread's counter lazily (at ticks and switches): a very
    // short sample can read as zero, and then only the wall time is known.
    match (start, thread_cpu_ns()) {
        (Some(a), Some(b)) if b > a => Duration::from_nanos(b - a),
        _ => wall.elapsed(),
    }
}

fn frames(c: &mut Criterion) {
    for (name, lang) in [("en", Lang::En), ("ar", Lang::Ar)] {
        for (case, keys) in [
            ("scroll", ["j", "k"]),
            ("next_source", ["]", "]"]),
            ("next_mention", ["n", "n"]),
        ] {
            let (mut app, mut term) = reader(lang);
            // One UI for the run, as in the reader: its row memo lives across frames.
            let ui = khabar::ui::Ui::default();
            let mut flip = false;
            let mut frame = move || {
                flip = !flip;
                app.press(keys[usize::from(flip)]).expect("keys");
                ui.render(&mut app, &mut term).expect("draw");
                black_box(term.backend().buffer().area);
            };
            c.bench_function(&format!("frame_200x60_{case}_{name}_cpu"), |b| {
                b.iter_custom(|iters| cpu_time(iters, &mut frame))
            });
            c.bench_function(&format!("frame_200x60_{case}_{name}_wall"), |b| {
                b.iter(&mut frame)
            });
        }
    }
}

criterion_group!(benches, frames);
criterion_main!(benches);
