//! The reader's side of a folder of several stories: the grouping's arrival (and its
//! refinement), opening a story in the four panes and going back to the list, and search
//! across stories, where a hit in another story opens it. Called from [`super::update`], the
//! one place state changes.
//!
//! A folder of one story never gets here: `State::folder` stays `None` and the panes show
//! the folder as they always did.

use std::sync::Arc;

use super::panes::search::Scope;
use super::panes::stories::Item;
use super::restrict;
use super::state::{AnalysisState, Folder, ReuseState, State, Target, Walk};
use super::update::{set_target, walk};
use crate::compare::Reuse;
use crate::extract::{Analysis, Failure};
use crate::i18n::tr;
use crate::screen::Pane;
use crate::search::Hit;

/// The folder index of the article open in the panes.
fn reading(s: &State) -> Option<usize> {
    match (&s.folder, s.stories.current()) {
        (Some(_), Some(story)) => story.articles.get(s.open).copied(),
        (Some(_), None) => None,
        (None, _) => Some(s.open),
    }
}

/// A grouping arrived: a folder of several stories shows their list first; a refined
/// grouping keeps the selected story selected and the open story open (at the same
/// article); a folder that turns out to be one story shows its panes as before.
pub fn grouped(s: &mut State, items: Vec<Item>) {
    let at = reading(s);
    let was = s.stories.current().map(|st| st.articles.clone());
    // A grouping of one story showed the panes: the reader is reading.
    let reading_one = !s.stories.items.is_empty() && !s.stories.is_many();
    s.stories.set(items);
    if s.stories.is_many() {
        if s.folder.is_none() {
            s.folder = Some(Folder {
                corpus: Arc::clone(&s.corpus),
                analysis: std::mem::take(&mut s.analysis),
                reuse: std::mem::take(&mut s.reuse),
            });
            s.stories.open = None;
            s.stories.list.sel = 0;
            s.search.hits.clear();
            set_target(s, None);
            // The refinement split what was read as one story: stay in the part being read
            // (Backspace shows the others) rather than pull the page away.
            if let Some(k) = at
                .and_then(|g| s.stories.of_article(g))
                .filter(|_| reading_one)
            {
                let (focus, chosen) = (s.focus, s.focus_chosen);
                show(s, k, at);
                (s.focus, s.focus_chosen) = (focus, chosen);
            }
        } else if let Some(k) = s.stories.open {
            // The story now holding the article being read.
            let k = at.and_then(|g| s.stories.of_article(g)).unwrap_or(k);
            s.stories.open = Some(k);
            if was.as_ref() != s.stories.current().map(|st| &st.articles) {
                // The story read gained or lost articles: show it anew, where the reader was.
                let (focus, chosen, scroll) = (s.focus, s.focus_chosen, s.body.scroll);
                show(s, k, at);
                (s.focus, s.focus_chosen, s.body.scroll) = (focus, chosen, scroll);
            }
        }
    } else if let Some(f) = s.folder.take() {
        s.set_corpus(f.corpus);
        s.analysis = f.analysis;
        s.reuse = f.reuse;
        analysed_panes(s);
        s.open = at
            .unwrap_or(0)
            .min(s.corpus.articles.len().saturating_sub(1));
        s.articles.list.sel = s.open;
        s.stories.open = None;
        s.search.folder_hits.clear();
        s.search.hits.clear();
        set_target(s, None);
    }
}

/// Show story `k` of the list in the panes, at folder article `at` (else its first), as the
/// reader opens a folder: focus on the article, a small screen showing the list first. The
/// last search's hits in this story are ready for `n`.
pub fn show(s: &mut State, k: usize, at: Option<usize>) {
    let Some((f, story)) = s.folder.as_ref().zip(s.stories.items.get(k)) else {
        return;
    };
    let corpus = restrict::corpus(&f.corpus, &story.articles);
    let local = at
        .and_then(|g| story.articles.iter().position(|&i| i == g))
        .unwrap_or(0);
    s.set_corpus(Arc::new(corpus));
    s.stories.open = Some(k);
    s.stories.list.sel = k;
    share(s);
    s.entities.list.sel = 0;
    s.timeline.list.sel = 0;
    s.detail = None;
    s.focus = Pane::Body;
    s.focus_chosen = false;
    s.open = local;
    s.articles.list.sel = local;
    s.search.hits = local_hits(s);
    s.walk = Walk::default();
    if !s.search.hits.is_empty() {
        set_target(s, Some(Target::Search));
    }
}

/// The open story's share of the folder's analysis and comparison, into the panes.
fn share(s: &mut State) {
    let (Some(f), Some(story)) = (s.folder.as_ref(), s.stories.current()) else {
        return;
    };
    s.analysis = match &f.analysis {
        AnalysisState::Pending => AnalysisState::Pending,
        AnalysisState::Failed(r) => AnalysisState::Failed(r.clone()),
        AnalysisState::Ready(a) => {
            AnalysisState::Ready(Box::new(restrict::analysis(a, &f.corpus, &story.articles)))
        }
    };
    s.reuse = match &f.reuse {
        ReuseState::Pending => ReuseState::Pending,
        ReuseState::Failed(r) => ReuseState::Failed(r.clone()),
        ReuseState::Ready(r) => ReuseState::Ready(Box::new(restrict::reuse(r, &story.articles))),
    };
    analysed_panes(s);
}

/// The entities' and the timeline's order and badges for the analysis in the panes.
fn analysed_panes(s: &mut State) {
    if let AnalysisState::Ready(a) = &s.analysis {
        s.entities.analysed(a, &s.article_ix);
        s.timeline.analysed(a, &s.article_ix);
    }
}

/// Back to the list, the story just read selected.
pub fn back(s: &mut State) {
    match s.stories.open {
        Some(k) if s.folder.is_some() => {
            s.stories.open = None;
            s.stories.list.sel = k;
            s.detail = None;
            s.compare = None;
            s.parallel = None;
        }
        _ => s.message = Some(tr(s.lang, "one_story").to_string()),
    }
}

/// The analysis of a folder of several stories arrived (or failed): kept whole, the open
/// story's share shown.
pub fn analysed(s: &mut State, result: Result<Box<Analysis>, String>) {
    let Some(f) = s.folder.as_mut() else {
        return;
    };
    f.analysis = match result {
        Ok(a) => AnalysisState::Ready(a),
        Err(r) => AnalysisState::Failed(r),
    };
    share(s);
}

/// The comparison of a folder of several stories arrived (or failed): kept whole, the open
/// story's share shown. Articles it failed on join the analysis's failures.
pub fn compared(s: &mut State, result: Result<Box<(Reuse, Vec<Failure>)>, String>) {
    let Some(f) = s.folder.as_mut() else {
        return;
    };
    f.reuse = match result {
        Ok(done) => {
            let (reuse, mut failures) = *done;
            if let AnalysisState::Ready(a) = &mut f.analysis {
                a.failures.append(&mut failures);
            }
            ReuseState::Ready(Box::new(reuse))
        }
        Err(r) => ReuseState::Failed(r),
    };
    share(s);
}

/// The folder's hits that are in the open story, renumbered to its articles.
fn local_hits(s: &State) -> Vec<Hit> {
    let Some(story) = s.stories.current() else {
        return Vec::new();
    };
    s.search
        .folder_hits
        .iter()
        .filter_map(|h| {
            // A story's articles are in folder order.
            let article = story.articles.binary_search(&h.article).ok()?;
            Some(Hit { article, ..*h })
        })
        .collect()
}

/// What a search typed now spans: every story from the list, else as toggled.
pub fn scope(s: &State) -> Scope {
    if s.stories.open.is_none() {
        Scope::All
    } else {
        s.search.scope
    }
}

/// Search a folder of several stories: the hits in the open story first (walked to), or,
/// when it has none (or the list is shown), the story of the next hit opened at it.
pub fn search(s: &mut State, query: &str) {
    let (Some(f), Some(index)) = (s.folder.as_ref(), s.index.as_ref()) else {
        s.message = Some(tr(s.lang, "indexing").to_string());
        return;
    };
    let ok = s.search.run(query, index, &f.corpus, s.show_boilerplate);
    let mut hits = std::mem::take(&mut s.search.hits);
    let open = s.stories.open;
    if scope(s) == Scope::Story {
        hits.retain(|h| s.stories.of_article(h.article) == open);
    }
    hits.sort_by_key(|h| {
        let story = s.stories.of_article(h.article).unwrap_or(usize::MAX);
        (story, h.article, h.paragraph, h.start)
    });
    s.search.folder_hits = hits;
    s.search.hits = local_hits(s);
    if s.search.folder_hits.is_empty() {
        set_target(s, None);
        s.message = Some(format!("{} «{query}»", tr(s.lang, "no_hits")));
        return;
    }
    if ok {
        set_target(s, Some(Target::Search));
    }
    if s.search.hits.is_empty() {
        to_story(s, true);
    } else {
        walk(s, true);
    }
}

/// `n`/`N` past the last (first) hit of the open story: the next (previous) story with
/// hits, in list order, opened at its first (last) hit. `false` when the walk stays in the
/// open story.
pub fn walk_on(s: &mut State, forward: bool) -> bool {
    if s.folder.is_none() || s.walk.target != Some(Target::Search) {
        return false;
    }
    let n = s.walk.marks.len();
    let at_end = match s.walk.cursor {
        Some(c) if forward => c + 1 >= n,
        Some(c) => c == 0,
        None => n == 0,
    };
    let elsewhere = s
        .search
        .folder_hits
        .iter()
        .any(|h| s.stories.of_article(h.article) != s.stories.open);
    at_end && elsewhere && to_story(s, forward)
}

/// Open the next (or previous) story with hits after the open one (from the top, or the
/// selection, when the list is shown) at its first (last) hit.
fn to_story(s: &mut State, forward: bool) -> bool {
    let n = s.stories.items.len();
    if n == 0 {
        return false;
    }
    let from = s.stories.open;
    let mut with_hits = vec![false; n];
    for h in &s.search.folder_hits {
        if let Some(slot) = s
            .stories
            .of_article(h.article)
            .and_then(|k| with_hits.get_mut(k))
        {
            *slot = true;
        }
    }
    let has = |k: usize| with_hits.get(k).copied().unwrap_or(false);
    let order: Vec<usize> = match (from, forward) {
        (Some(k), true) => (1..=n).map(|d| (k + d) % n).collect(),
        (Some(k), false) => (1..=n).map(|d| (k + n - d) % n).collect(),
        (None, true) => (0..n).collect(),
        (None, false) => (0..n).rev().collect(),
    };
    let Some(k) = order.into_iter().find(|&k| has(k)) else {
        return false;
    };
    show(s, k, None);
    set_target(s, Some(Target::Search));
    s.walk.cursor = None;
    walk(s, forward);
    true
}

/// `hit i/N` across the folder while walking a search of all stories.
pub fn hit_position(s: &State) -> Option<(usize, usize)> {
    let open = s.stories.open?;
    s.folder.as_ref()?;
    let c = s.walk.cursor?;
    let before = s
        .search
        .folder_hits
        .iter()
        .filter(|h| s.stories.of_article(h.article).is_some_and(|k| k < open))
        .count();
    Some((before + c + 1, s.search.folder_hits.len()))
}
