//! No superlinear input (issue 12, item 8): a deeply nested page loads with its text and a
//! message, and the reader lays out a bounded part of a huge paragraph. Times are in
//! `benches/worst.rs` and docs/perf.md, not asserted here.

use std::sync::Arc;

use khabar::app::App;
use khabar::app::keymap::Keymap;
use khabar::i18n::Lang;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[test]
fn deeply_nested_html_keeps_its_text_and_says_what_it_ignored() {
    let dir = tempfile::tempdir().expect("tempdir");
    let n = 50_000;
    let page = format!(
        "<html><body>{}<p>قال الوزير في بغداد إن الزيارة مهمة للبلدين</p>{}</body></html>",
        "<div>".repeat(n),
        "</div>".repeat(n)
    );
    let path = dir.path().join("deep.html");
    std::fs::write(&path, page).expect("write");
    let (corpus, problems) = khabar::corpus::load(&[path]).expect("load");
    let text: Vec<&str> = corpus.articles[0]
        .paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect();
    assert!(
        text.iter().any(|t| t.contains("قال الوزير في بغداد")),
        "{text:?}"
    );
    let why: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        why.iter()
            .any(|w| w.contains("nested deeper than 256 elements")),
        "{why:?}"
    );
}

#[test]
fn a_huge_paragraph_is_laid_out_up_to_a_bound_with_a_note() {
    let para = "قال الوزير في بغداد ".repeat(30_000); // 600,000 characters
    let corpus = Arc::new(khabar::corpus::Corpus::from_bodies(&[&[para.as_str()]]));
    let mut app = App::new(Arc::clone(&corpus), Lang::En, Keymap::default_map());
    let mut t = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    khabar::ui::Ui::default()
        .render(&mut app, &mut t)
        .expect("draw");
    let rows = &app.state.body.rows;
    let shown: usize = rows
        .iter()
        .filter(|r| r.paragraph == Some(0))
        .flat_map(|r| &r.line.cells)
        .map(|c| c.logical.len())
        .sum();
    let max = khabar::app::panes::body::MAX_PARAGRAPH_CHARS;
    // The spaces at row breaks belong to no cell.
    assert!(shown <= max && shown > max / 10 * 9, "{shown}");
    let note: String = rows
        .iter()
        .filter(|r| r.paragraph.is_none())
        .flat_map(|r| r.line.cells.iter().map(|c| c.glyph.as_str()))
        .collect();
    assert!(note.contains("characters"), "{note}");
}

#[test]
fn a_huge_line_is_read_as_paragraphs_of_news_length_with_every_word() {
    // A PDF's text or a flattened page: one line of 2,000 sentences. Analysed as one paragraph
    // its names were compared pairwise (minutes for 3 MB); cut at sentence ends it is linear.
    let dir = tempfile::tempdir().expect("tempdir");
    let sentences: Vec<String> = (0..2_000)
        .map(|i| format!("قال الوزير محمد العلي في بغداد إن الزيارة رقم {i} مهمة للبلدين."))
        .collect();
    let line = sentences.join(" ");
    let path = dir.path().join("dump.txt");
    std::fs::write(&path, format!("عنوان التقرير الطويل\n\n{line}\n")).expect("write");
    let (corpus, problems) = khabar::corpus::load(&[path]).expect("load");
    assert!(problems.is_empty());
    let a = &corpus.articles[0];
    assert!(a.paragraphs.len() > 50, "{}", a.paragraphs.len());
    assert!(a.paragraphs.iter().all(|p| p.text.chars().count() <= 6_000));
    let words: usize = a
        .paragraphs
        .iter()
        .map(|p| p.text.split_whitespace().count())
        .sum();
    assert_eq!(words, line.split_whitespace().count() + 3);
    // And the analysis of it ends (it took minutes when the line was one paragraph).
    let analysis = khabar::extract::analyze(&corpus);
    assert!(analysis.entities.iter().any(|e| e.name.contains("بغداد")));
}
