//! One bad article never takes the others down (issue 12, item 4).
//!
//! Each stage of the analysis (entities, timeline, search index) runs over the whole corpus
//! under [`std::panic::catch_unwind`]. When it panics, each article is run through the stage
//! alone to find the ones that fail; the stage then runs again with their paragraphs left out
//! (the articles stay listed and readable), and each failure is recorded as data — article,
//! file, stage, message — for the batch commands to print and the reader to show. The common
//! case, no panic, costs one `catch_unwind`.
//!
//! A panic caught here prints nothing (the hook below is quiet for it) and leaves the
//! terminal alone (`app::terminal`'s hook asks [`is_isolating`]).
//!
//! Test hook: `KHABAR_FAIL_ANALYSIS=<text>` makes every stage panic on articles whose path
//! contains `<text>` — how the tests (and a user checking the reader) see a failure.

use std::cell::{Cell, RefCell};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;

use super::Failure;
use crate::corpus::Corpus;
use crate::text::Prepared;

thread_local! {
    static ISOLATING: Cell<bool> = const { Cell::new(false) };
    static LAST_PANIC: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Is this thread inside [`catching`]? (A panic here is caught and reported as data.)
pub fn is_isolating() -> bool {
    ISOLATING.with(Cell::get)
}

fn install_hook() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if is_isolating() {
                let place = info
                    .location()
                    .map(|l| format!(" at {}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                let msg = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "panic".into());
                LAST_PANIC.with(|l| *l.borrow_mut() = format!("{msg}{place}"));
            } else {
                previous(info);
            }
        }));
    });
}

/// Run `f`; a panic becomes `Err(message with its source location)`.
pub fn catching<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    install_hook();
    let outer = ISOLATING.with(|c| c.replace(true));
    let result = catch_unwind(AssertUnwindSafe(f));
    ISOLATING.with(|c| c.set(outer));
    result.map_err(|_| LAST_PANIC.with(|l| std::mem::take(&mut *l.borrow_mut())))
}

/// The test hook (see the module doc): panic if an article of `corpus` is to fail.
fn test_hook(corpus: &Corpus) {
    let Some(pattern) = std::env::var("KHABAR_FAIL_ANALYSIS")
        .ok()
        .filter(|p| !p.is_empty())
    else {
        return;
    };
    if let Some(a) = corpus
        .articles
        .iter()
        .find(|a| a.path.contains(&pattern) && !a.paragraphs.is_empty())
    {
        panic!("KHABAR_FAIL_ANALYSIS: failing {} on purpose", a.path);
    }
}

/// `corpus` without the paragraphs of the articles in `out` (same positions and ids, so
/// results still point at the right articles).
fn without(corpus: &Corpus, out: &[usize]) -> Corpus {
    let mut c = corpus.clone();
    for &i in out {
        if let Some(a) = c.articles.get_mut(i) {
            a.paragraphs.clear();
        }
    }
    c
}

/// Run one `stage` of the analysis over `corpus`, isolating the articles it panics on.
/// Returns the result over the articles that did not fail, and the failures.
pub fn per_article<T: Default>(
    corpus: &Corpus,
    stage: &str,
    f: impl Fn(&Corpus) -> T,
) -> (T, Vec<Failure>) {
    per_article_prepared(corpus, &Prepared::default(), stage, |c, _| f(c))
}

/// [`per_article`] for a stage that reads the corpus's prepared paragraphs: each article run
/// alone is handed its own.
pub fn per_article_prepared<T: Default>(
    corpus: &Corpus,
    prepared: &Prepared,
    stage: &str,
    f: impl Fn(&Corpus, &Prepared) -> T,
) -> (T, Vec<Failure>) {
    let run = |c: &Corpus, p: &Prepared| {
        catching(|| {
            test_hook(c);
            f(c, p)
        })
    };
    let whole = match run(corpus, prepared) {
        Ok(t) => return (t, Vec::new()),
        Err(message) => message,
    };
    let mut failures = Vec::new();
    for (i, a) in corpus.articles.iter().enumerate() {
        let alone = Corpus {
            articles: vec![a.clone()],
        };
        if let Err(message) = run(&alone, &prepared.select([i])) {
            failures.push(Failure {
                article: i,
                path: a.path.clone(),
                stage: stage.to_string(),
                message,
            });
        }
    }
    let out: Vec<usize> = failures.iter().map(|f| f.article).collect();
    match run(&without(corpus, &out), prepared) {
        Ok(t) if !failures.is_empty() => (t, failures),
        // Every article passes alone but not together (or the rest fails too): the stage
        // is lost for the whole story, and said so once per article.
        _ => {
            let failures = corpus
                .articles
                .iter()
                .enumerate()
                .map(|(i, a)| Failure {
                    article: i,
                    path: a.path.clone(),
                    stage: stage.to_string(),
                    message: whole.clone(),
                })
                .collect();
            (T::default(), failures)
        }
    }
}
