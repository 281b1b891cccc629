//! Worst-case inputs of issue 12 (item 8), each of which was superlinear: a page of 200,000
//! nested `<div>`s (2.2 MB; 116 s to load before the nesting bound), and a 20 MB paragraph in
//! the reader, whose every resize laid the whole paragraph out again (seconds per resize before
//! the reader bounded a paragraph's layout). Figures and load in docs/perf.md.
//!
//! `cargo bench --bench worst`

use std::sync::Arc;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use khabar::app::App;
use khabar::app::action::Action;
use khabar::app::keymap::Keymap;
use khabar::i18n::Lang;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn deep_html(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut g = c.benchmark_group("worst");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    for depth in [20_000usize, 200_000] {
        let page = format!(
            "<html><body>{}<p>قال الوزير في بغداد إن الزيارة مهمة</p>{}</body></html>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        let path = dir.path().join(format!("deep{depth}.html"));
        std::fs::write(&path, page).expect("write");
        g.bench_function(format!("load {depth} nested divs"), |b| {
            b.iter(|| khabar::corpus::load(std::slice::from_ref(&path)).expect("load"))
        });
    }
    g.finish();
}

fn big_paragraph(c: &mut Criterion) {
    let words = [
        "قال",
        "الوزير",
        "في",
        "بغداد",
        "إن",
        "الزيارة",
        "مهمة",
        "2024",
    ];
    let mut text = String::from("عنوان\n\n");
    let mut k = 0usize;
    while text.len() < 20_000_000 {
        text.push_str(words[k % words.len()]);
        text.push(' ');
        k = k.wrapping_mul(31).wrapping_add(7);
    }
    let corpus = Arc::new(khabar::corpus::Corpus::from_bodies(&[&[text.as_str()]]));
    let mut app = App::new(Arc::clone(&corpus), Lang::En, Keymap::default_map());
    let ui = khabar::ui::Ui::default();
    let mut g = c.benchmark_group("worst");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    // Each iteration resizes (a new width: nothing cached) and draws a frame.
    let mut w = 100u16;
    g.bench_function("resize and draw, 20 MB paragraph", |b| {
        b.iter(|| {
            w = if w == 100 { 140 } else { 100 };
            app.update(Action::Resize(w, 40));
            let mut t = Terminal::new(TestBackend::new(w, 40)).expect("terminal");
            ui.render(&mut app, &mut t).expect("draw");
        })
    });
    g.finish();
}

criterion_group!(benches, deep_html, big_paragraph);
criterion_main!(benches);
