//! A reader on a hand-written folder of three stories (tests/fixtures/story_reader: floods in
//! Khartoum, an OPEC+ decision, the al-Haouz earthquake; eight articles from seven outlets),
//! grouped as the fixture's file names say (`NN_STORY_OUTLET.txt`), so the reader's tests do
//! not depend on what the clustering finds.

use std::path::PathBuf;
use std::sync::Arc;

use khabar::app::App;
use khabar::app::action::Action;
use khabar::app::keymap::Keymap;
use khabar::app::panes::stories::Item;
use khabar::app::update::update;
use khabar::corpus::Corpus;
use khabar::i18n::Lang;
use khabar::search::Index;

pub fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/story_reader")
}

pub fn corpus() -> Corpus {
    let (corpus, problems) = khabar::corpus::load(&[dir()]).expect("the fixture loads");
    assert!(problems.is_empty(), "{problems:?}");
    corpus
}

/// The story of an article: the second field of its file name.
fn story_of(path: &str) -> String {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.split('_').nth(1).unwrap_or("").to_string()
}

/// The fixture's grouping, as `khabar::stories` reports one (the first article's title).
pub fn items(corpus: &Corpus) -> Vec<Item> {
    let mut names: Vec<String> = Vec::new();
    for a in &corpus.articles {
        let s = story_of(&a.path);
        if !names.contains(&s) {
            names.push(s);
        }
    }
    names
        .iter()
        .enumerate()
        .map(|(k, name)| {
            let articles: Vec<usize> = (0..corpus.articles.len())
                .filter(|&i| story_of(&corpus.articles[i].path) == *name)
                .collect();
            let dates = articles
                .iter()
                .filter_map(|&i| corpus.articles[i].published);
            let mut outlets: Vec<String> = Vec::new();
            for &i in &articles {
                let o = &corpus.articles[i].outlet;
                if !outlets.contains(o) {
                    outlets.push(o.clone());
                }
            }
            Item {
                id: format!("s{}", k + 1),
                title: corpus.articles[articles[0]].title.clone(),
                first: dates.clone().min(),
                last: dates.max(),
                outlets,
                articles,
            }
        })
        .collect()
}

/// The reader on the fixture at `w`×`h`: loaded, grouped, indexed, and analysed story by
/// story as the reader's worker does (`khabar::stories::analyse`).
pub fn app(lang: Lang, w: u16, h: u16) -> App {
    let corpus = corpus();
    let items = items(&corpus);
    let corpus = Arc::new(corpus);
    let mut app = App::new(Arc::clone(&corpus), lang, Keymap::default_map());
    update(&mut app.state, Action::Resize(w, h));
    app.update(Action::Stories {
        items: items.clone(),
        refined: true,
    });
    let mut of_article = vec![0; corpus.articles.len()];
    for (k, s) in items.iter().enumerate() {
        for &i in &s.articles {
            of_article[i] = k;
        }
    }
    let grouping = khabar::stories::Stories {
        stories: items,
        of_article,
    };
    let (analysis, _, _) =
        khabar::stories::analyse(&corpus, grouping, &mut |_, _| {}).merged(&corpus);
    app.analysed(analysis, Index::build_all(&corpus));
    app
}
