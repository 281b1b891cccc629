//! Analysis per story: each story is analysed as a corpus of its own, so names are merged,
//! short forms propagated, dates resolved against the story's own publication dates, and
//! passages compared within one story only. An entity may be found in several stories; it is
//! then several entities, one per story, and one story's mistakes never reach another.

use super::{Stories, sub_corpus};
use crate::compare::{Derivation, Reuse, Span};
use crate::corpus::Corpus;
use crate::extract::{Analysis, ArticleReference, Failure, ReferenceSource, isolate};
use crate::text::Prepared;

/// The stories of a corpus and the analysis of each.
#[derive(Debug, Clone, Default)]
pub struct Analysed {
    pub stories: Stories,
    /// One per story, of [`sub_corpus`]: article positions (in `failures`) are the story's
    /// own; mentions and sources name article ids, which are the corpus's.
    pub per_story: Vec<Analysis>,
}

/// Is the grouping a single story of the whole corpus? (Then the corpus is analysed as it is,
/// without copying it.)
pub(super) fn whole(corpus: &Corpus, stories: &Stories) -> bool {
    matches!(&stories.stories[..], [one] if one.articles.len() == corpus.articles.len())
}

/// Analyse each story alone; `progress(done, total)` after each.
pub fn analyse(
    corpus: &Corpus,
    stories: Stories,
    progress: &mut dyn FnMut(usize, usize),
) -> Analysed {
    analyse_prepared(corpus, None, stories, progress)
}

/// [`analyse`] on the folder's paragraphs prepared once (`crate::extract::prepare`), each
/// story handed its articles' share; `None`: each story prepares its own.
pub fn analyse_prepared(
    corpus: &Corpus,
    prepared: Option<&Prepared>,
    stories: Stories,
    progress: &mut dyn FnMut(usize, usize),
) -> Analysed {
    let analyze = |c: &Corpus, articles: &[usize]| match prepared {
        Some(p) => {
            crate::extract::analyze_with(c, &p.select(articles.iter().copied()), &mut |_| {})
        }
        None => crate::extract::analyze(c),
    };
    let total = stories.stories.len();
    let per_story = if whole(corpus, &stories) {
        let a = analyze(corpus, &(0..corpus.articles.len()).collect::<Vec<_>>());
        progress(1, 1);
        vec![a]
    } else {
        let mut out = Vec::with_capacity(total);
        for (k, s) in stories.stories.iter().enumerate() {
            out.push(analyze(&sub_corpus(corpus, s), &s.articles));
            progress(k + 1, total);
        }
        out
    };
    Analysed { stories, per_story }
}

/// `stories` analysed, reusing `old`'s analysis of every story it has with exactly the same
/// articles (the same articles give the same analysis); `progress(done, total)` over the
/// stories analysed anew.
pub fn reanalyse(
    corpus: &Corpus,
    old: Analysed,
    stories: Stories,
    progress: &mut dyn FnMut(usize, usize),
) -> Analysed {
    let mut kept: std::collections::HashMap<Vec<usize>, Analysis> = old
        .stories
        .stories
        .into_iter()
        .map(|s| s.articles)
        .zip(old.per_story)
        .collect();
    let total = stories
        .stories
        .iter()
        .filter(|s| !kept.contains_key(&s.articles))
        .count();
    let mut done = 0;
    let per_story = stories
        .stories
        .iter()
        .map(|s| {
            kept.remove(&s.articles).unwrap_or_else(|| {
                let a = if whole(corpus, &stories) {
                    crate::extract::analyze(corpus)
                } else {
                    crate::extract::analyze(&sub_corpus(corpus, s))
                };
                done += 1;
                progress(done, total);
                a
            })
        })
        .collect();
    Analysed { stories, per_story }
}

impl Analysed {
    /// One [`Analysis`] of the whole corpus and the story (index into `stories.stories`) of
    /// each of its entities and events. Entities and events come story by story; when there
    /// is more than one story their ids are prefixed with the story's (`s2/…`), so that an id
    /// names one thing. References are in corpus order, failures name corpus positions.
    pub fn merged(&self, corpus: &Corpus) -> (Analysis, Vec<usize>, Vec<usize>) {
        let several = self.stories.stories.len() > 1;
        // The model is one file for every story: its problem, if any, is the same in each.
        let mut out = Analysis {
            model_problem: self.per_story.iter().find_map(|a| a.model_problem.clone()),
            ..Analysis::default()
        };
        let (mut entity_story, mut event_story) = (Vec::new(), Vec::new());
        let mut refs: Vec<Option<ArticleReference>> = vec![None; corpus.articles.len()];
        for (k, (story, a)) in self.stories.stories.iter().zip(&self.per_story).enumerate() {
            let prefix = |id: &str| {
                if several {
                    format!("{}/{id}", story.id)
                } else {
                    id.to_string()
                }
            };
            for e in &a.entities {
                let mut e = e.clone();
                e.id = prefix(&e.id);
                out.entities.push(e);
                entity_story.push(k);
            }
            for e in &a.timeline {
                let mut e = e.clone();
                e.id = prefix(&e.id);
                out.timeline.push(e);
                event_story.push(k);
            }
            for (local, r) in a.references.iter().enumerate() {
                if let Some(slot) = story.articles.get(local).and_then(|&i| refs.get_mut(i)) {
                    *slot = Some(r.clone());
                }
            }
            for f in &a.failures {
                let mut f = f.clone();
                f.article = story.articles.get(f.article).copied().unwrap_or(f.article);
                out.failures.push(f);
            }
        }
        out.references = refs
            .into_iter()
            .zip(&corpus.articles)
            .map(|(r, a)| {
                r.unwrap_or_else(|| ArticleReference {
                    article: a.id.clone(),
                    date: None,
                    source: ReferenceSource::None,
                })
            })
            .collect();
        (out, entity_story, event_story)
    }
}

/// The outlet comparison run within each story: links (spans in corpus positions, sorted)
/// with the story of each, derivations in corpus order, and the articles it failed on.
pub fn reuse(corpus: &Corpus, stories: &Stories) -> (Reuse, Vec<usize>, Vec<Failure>) {
    reuse_prepared(corpus, &Prepared::default(), stories)
}

/// [`reuse`] on the folder's prepared paragraphs (those not prepared are prepared as read).
pub fn reuse_prepared(
    corpus: &Corpus,
    prepared: &Prepared,
    stories: &Stories,
) -> (Reuse, Vec<usize>, Vec<Failure>) {
    let compare = crate::compare::compare_shared;
    if whole(corpus, stories) {
        let (r, f) = isolate::per_article_prepared(corpus, prepared, "reuse", compare);
        let n = r.links.len();
        return (r, vec![0; n], f);
    }
    let mut links = Vec::new();
    let mut derivations: Vec<Option<Derivation>> = vec![None; corpus.articles.len()];
    let mut failures = Vec::new();
    for (k, story) in stories.stories.iter().enumerate() {
        let global = |local: usize| story.articles.get(local).copied().unwrap_or(local);
        let sub = sub_corpus(corpus, story);
        let shared = prepared.select(story.articles.iter().copied());
        let (r, f) = isolate::per_article_prepared(&sub, &shared, "reuse", compare);
        for mut l in r.links {
            l.a = Span {
                article: global(l.a.article),
                ..l.a
            };
            l.b = Span {
                article: global(l.b.article),
                ..l.b
            };
            links.push((l, k));
        }
        for (local, mut d) in r.derivations.into_iter().enumerate() {
            for s in &mut d.shared {
                s.article = global(s.article);
            }
            d.original = d.original.map(global);
            if let Some(slot) = derivations.get_mut(global(local)) {
                *slot = Some(d);
            }
        }
        failures.extend(f.into_iter().map(|mut f| {
            f.article = global(f.article);
            f
        }));
    }
    links.sort_by_key(|(l, _)| (l.a, l.b));
    let (links, of_link) = links.into_iter().unzip();
    let derivations = derivations
        .into_iter()
        .map(|d| {
            d.unwrap_or(Derivation {
                label: crate::compare::Label::Independent,
                fraction: 0.0,
                shared: Vec::new(),
                credits: Vec::new(),
                agency: None,
                original: None,
            })
        })
        .collect();
    (Reuse { links, derivations }, of_link, failures)
}
