//! Everything the reader waits for arrives on one channel, which the event loop blocks on:
//! terminal input, loading progress, the loaded folder, the search index, the analysis, and
//! stop signals. Each producer is a thread that only sends; none touches the state.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::Sender;
use std::time::{Duration, Instant};

use crate::compare::Reuse;
use crate::corpus::{self, Article, Corpus, LoadProblem};
use crate::extract::{Analysis, Failure};
use crate::search::Index;
use crate::stories::Stories;

/// What the event loop is told.
pub enum Event {
    Input(crossterm::event::Event),
    /// Reading the terminal failed (it is gone).
    InputFailed(String),
    /// Files read of files found.
    Loading(usize, usize),
    /// More articles, in corpus order.
    Articles(Vec<Article>),
    /// The folder is loaded (these files were left out), or why nothing could be loaded.
    Loaded(Result<Vec<LoadProblem>, String>),
    /// The folder's articles grouped into stories: from their text right after loading, then
    /// refined (`true`) with each article's names and days.
    Stories(Stories, bool),
    Indexed(Index),
    Analysed(Result<Analysis, String>),
    /// The outlet comparison, after the analysis, with the articles it failed on (or why it
    /// failed as a whole).
    Compared(Result<(Reuse, Vec<Failure>), String>),
    /// SIGTERM, SIGHUP or SIGINT.
    Signal(i32),
    /// SIGTSTP from outside (`kill -TSTP`); Ctrl-Z itself arrives as a key in raw mode.
    Suspend,
}

/// Read terminal input for as long as the loop listens.
pub fn input(tx: Sender<Event>) {
    std::thread::spawn(move || {
        loop {
            let ev = match crossterm::event::read() {
                Ok(e) => Event::Input(e),
                Err(e) => {
                    let _ = tx.send(Event::InputFailed(e.to_string()));
                    return;
                }
            };
            if tx.send(ev).is_err() {
                return;
            }
        }
    });
}

/// How often loading progress is sent (each message is a frame).
const PROGRESS_EVERY: Duration = Duration::from_millis(40);

/// Load the folder beside the reader, sending progress and the articles as they come (both
/// now and then: each message is a frame), then the end of the load.
pub fn load(paths: Vec<PathBuf>, tx: Sender<Event>) {
    std::thread::spawn(move || {
        let mut last: Option<Instant> = None;
        let mut batch: Vec<Article> = Vec::new();
        let progress_tx = tx.clone();
        let articles_tx = tx.clone();
        let due = |last: &mut Option<Instant>| {
            let due = last.is_none_or(|t| t.elapsed() >= PROGRESS_EVERY);
            if due {
                *last = Some(Instant::now());
            }
            due
        };
        let mut last_articles: Option<Instant> = None;
        let loaded = corpus::load_streaming(
            &paths,
            &mut |done, total| {
                if due(&mut last) {
                    let _ = progress_tx.send(Event::Loading(done, total));
                }
            },
            &mut |new| {
                batch.extend(new);
                if due(&mut last_articles) {
                    let _ = articles_tx.send(Event::Articles(std::mem::take(&mut batch)));
                }
            },
        );
        if !batch.is_empty() {
            let _ = tx.send(Event::Articles(batch));
        }
        let _ = tx.send(Event::Loaded(loaded.map_err(|e| e.to_string())));
    });
}

/// Group the folder into stories, build the search index (the one place it is built), then
/// the analysis of each story and the outlet comparison within each, beside the reader. A
/// panic in any becomes a failure the panes show, not a dead reader.
pub fn analyse(corpus: Arc<Corpus>, tx: Sender<Event>) {
    std::thread::spawn(move || {
        let caught = |f: &dyn Fn() -> Result<(), String>| {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|p| {
                Err(p
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| p.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "internal error".to_string()))
            })
        };
        // First the grouping by text alone (fast): a folder of several stories shows their
        // list while the rest is worked out.
        let grouped = std::sync::Mutex::new(Stories::one(&corpus));
        let _ = caught(&|| {
            let g = crate::stories::group(&corpus);
            tx.send(Event::Stories(g.clone(), false))
                .map_err(|e| e.to_string())?;
            if let Ok(mut slot) = grouped.lock() {
                *slot = g;
            }
            Ok(())
        });
        // Every paragraph normalized and split into words once, for the search index, the
        // analysis of each story and the comparison (`text::tokens`); dropped at the end.
        let prepared = crate::extract::prepare_all(&corpus);
        // Each stage is isolated per article (`extract::isolate`): an article one fails on
        // is named in the analysis's failures and the others are analysed.
        let search_failures = std::sync::Mutex::new(Vec::new());
        let _ = caught(&|| {
            let (index, failures) = crate::extract::isolate::per_article_prepared(
                &corpus,
                &prepared,
                "search",
                Index::build_all_prepared,
            );
            if let Ok(mut f) = search_failures.lock() {
                *f = failures;
            }
            tx.send(Event::Indexed(index)).map_err(|e| e.to_string())
        });
        // Each story of the text grouping analysed as a corpus of its own: the panes fill in
        // as soon as they did before stories. Then the grouping refined with the names and
        // days those analyses found in each article; only the stories it changes are
        // analysed again.
        let merge = |analysed: &crate::stories::Analysed| {
            let (mut analysis, _, _) = analysed.merged(&corpus);
            if let Ok(f) = search_failures.lock() {
                analysis.failures.extend(f.iter().cloned());
            }
            analysis
        };
        let send = |e: Event| tx.send(e).map_err(|e| e.to_string());
        let first = grouped.lock().map(|g| g.clone()).unwrap_or_default();
        let first_analysed = std::sync::Mutex::new(None);
        let result = caught(&|| {
            let analysed = crate::stories::analyse_prepared(
                &corpus,
                Some(&prepared),
                first.clone(),
                &mut |_, _| {},
            );
            send(Event::Analysed(Ok(merge(&analysed))))?;
            if let Ok(mut slot) = first_analysed.lock() {
                *slot = Some(analysed);
            }
            Ok(())
        })
        .and_then(|()| {
            caught(&|| {
                let Some(analysed) = first_analysed.lock().ok().and_then(|mut s| s.take()) else {
                    return Ok(());
                };
                let refined = crate::stories::regroup(&corpus, analysed, &mut |_, _| {});
                if same_grouping(&refined.stories, &first) {
                    return send(Event::Stories(refined.stories, true));
                }
                // The new grouping and its analysis together: the list says `grouping…`
                // until both are in.
                let analysis = merge(&refined);
                send(Event::Stories(refined.stories.clone(), true))?;
                if let Ok(mut slot) = grouped.lock() {
                    *slot = refined.stories;
                }
                send(Event::Analysed(Ok(analysis)))
            })
        });
        if let Err(reason) = result {
            let _ = tx.send(Event::Analysed(Err(reason)));
        }
        let stories = grouped.lock().map(|g| g.clone()).unwrap_or_default();
        // Last: the panes that need entities and dates come first.
        let compared = caught(&|| {
            let (reuse, _, failures) = crate::stories::reuse_prepared(&corpus, &prepared, &stories);
            tx.send(Event::Compared(Ok((reuse, failures))))
                .map_err(|e| e.to_string())
        });
        if let Err(reason) = compared {
            let _ = tx.send(Event::Compared(Err(reason)));
        }
    });
}

/// Whether two groupings put the same articles together (ids and order aside).
fn same_grouping(a: &Stories, b: &Stories) -> bool {
    fn sets(s: &Stories) -> Vec<&[usize]> {
        let mut v: Vec<&[usize]> = s.stories.iter().map(|x| x.articles.as_slice()).collect();
        v.sort_unstable();
        v
    }
    sets(a) == sets(b)
}

/// How long the event loop gets to end by itself after a stop signal.
const STOP_GRACE: Duration = Duration::from_millis(500);

/// SIGTERM, SIGHUP and SIGINT become events. When the terminal itself is gone (a closed
/// window, a dropped ssh connection) writing to it may hang, so this thread also gives the
/// loop a moment and then restores what it can and exits with 128 + the signal. It blocks
/// waiting for signals: an idle reader still uses no CPU.
pub fn signals(tx: Sender<Event>, restore: fn()) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGTSTP};
    let mut signals = match signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGTSTP])
    {
        Ok(s) => s,
        Err(e) => {
            // Without handlers the signals keep their default action (ending the process);
            // only the terminal's bidi mode would not be restored.
            crate::text::controls::warn(format_args!("cannot watch signals: {e}"));
            return;
        }
    };
    std::thread::spawn(move || {
        // SIGTSTP suspends (the loop restores the terminal first); the others end the reader.
        let mut stops = signals.forever().filter(|&sig| {
            sig != SIGTSTP || {
                let _ = tx.send(Event::Suspend);
                false
            }
        });
        if let Some(sig) = stops.next() {
            let _ = tx.send(Event::Signal(sig));
            std::thread::sleep(STOP_GRACE);
            restore();
            std::process::exit(128 + sig);
        }
    });
}
