//! The reader over a generated folder larger than its caches: what it keeps stays bounded and
//! what it shows stays right.

use std::sync::Arc;

use khabar::app::App;
use khabar::app::keymap::Keymap;
use khabar::i18n::Lang;
use khabar::search::Index;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn reader(n: usize) -> (App, Terminal<TestBackend>) {
    let dir = tempfile::tempdir().expect("temp dir");
    khabar::synthetic::write_corpus(n, dir.path()).expect("generate");
    let (corpus, problems) = khabar::corpus::load(&[dir.path().to_path_buf()]).expect("load");
    assert!(problems.is_empty(), "{problems:?}");
    let corpus = Arc::new(corpus);
    let analysis = khabar::extract::analyze(&corpus);
    let index = Index::build(&corpus);
    let mut app = App::new(Arc::clone(&corpus), Lang::En, Keymap::default_map());
    app.analysed(analysis, index);
    let term = Terminal::new(TestBackend::new(120, 40)).expect("backend");
    (app, term)
}

#[test]
fn layout_cache_evicts_the_oldest_source_one_at_a_time() {
    let (mut app, mut term) = reader(90);
    for _ in 0..80 {
        app.press("]").expect("keys");
        khabar::ui::Ui::default()
            .render(&mut app, &mut term)
            .expect("draw");
        let s = &app.state;
        assert!(s.body.cache.len() <= 64);
        assert_eq!(s.body.cache.len(), s.body.cache_order.len());
    }
    let s = &app.state;
    assert_eq!(s.open, 80);
    assert_eq!(s.body.cache.len(), 64);
    // The 64 most recent sources are kept, oldest first in the eviction queue.
    let opened: Vec<usize> = s.body.cache_order.iter().map(|k| k.0).collect();
    assert_eq!(opened, (17..=80).collect::<Vec<_>>());
}

#[test]
fn entity_pane_order_and_badges_match_the_analysis() {
    let (mut app, mut term) = reader(30);
    khabar::ui::Ui::default()
        .render(&mut app, &mut term)
        .expect("draw");
    let s = &app.state;
    let a = s.analysis().expect("analysed");
    let visible = s.visible_entities();
    assert_eq!(visible.len(), a.entities.len());
    for w in visible.windows(2) {
        let (x, y) = (w[0].1, w[1].1);
        assert!(
            (x.kind, std::cmp::Reverse(x.mentions.len()))
                <= (y.kind, std::cmp::Reverse(y.mentions.len())),
            "grouped by kind, most mentioned first"
        );
    }
    for (i, e) in a.entities.iter().enumerate() {
        let mut sources: Vec<usize> = e
            .mentions
            .iter()
            .map(|m| 1 + a_index(&app, &m.article))
            .collect();
        sources.sort_unstable();
        sources.dedup();
        // The badge names exactly these sources; a run of three or more by its ends.
        let shown: Vec<usize> = s.entities.badges[i]
            .split(' ')
            .flat_map(|part| match part.split_once('\u{2013}') {
                Some((a, b)) => {
                    let (a, b): (usize, usize) = (a.parse().expect("n"), b.parse().expect("n"));
                    assert!(b >= a + 2, "a run is three or more: {part}");
                    (a..=b).collect::<Vec<_>>()
                }
                None => vec![part.parse().expect("a source number")],
            })
            .collect();
        assert_eq!(shown, sources);
    }
    assert_eq!(s.timeline.badges.len(), a.timeline.len());
}

fn a_index(app: &App, id: &str) -> usize {
    app.state
        .corpus
        .articles
        .iter()
        .position(|a| a.id == id)
        .expect("mention of a loaded article")
}
