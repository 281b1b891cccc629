//! The shared timeline: date expressions in every Arabic month system, normalized to ISO dates
//! with a precision, and merged into events across the outlets of a story.
//!
//! Deictic dates (`أمس`, `اليوم الجمعة`) resolve against the article's publication date; an
//! article without one borrows the story's (and its dates say `inferred`); anaphoric dates
//! (`في اليوم التالي`) against the last date mentioned before them.

mod borrow;
mod clauses;
mod deictic;
mod events;
mod evidence;
mod expr;
mod gate;
mod grammar;
mod hijri_years;
mod label;
mod lexicon;
mod numbers;
mod period_values;
mod periods;
mod ranges;
mod resolve;
mod scan;
mod tense;
mod tokens;
mod words;
mod years;

use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;
use std::sync::Arc;

use chrono::NaiveDate;

use super::{ArticleReference, Entity, Event, Mention, Precision, ReferenceSource};
use crate::corpus::Corpus;
use crate::text::Prepared;
use events::{
    Candidate, Sentence, Words, content_words, same_happening, sentence, sorted_set, summary,
};
pub use grammar::{Expr, Found, find};
pub use label::format;
pub use label::{hijri_year, readable};
pub use resolve::{Reference, When, hijri_to_gregorian, resolve, resolve_in};
use scan::scan;

/// Events are grouped by start date, range end and precision (coarsest first) before merging.
type DateKey = (NaiveDate, Option<NaiveDate>, u8, Precision);

/// Coarse periods sort before finer ones that start on the same day (the 1970s, then 1970,
/// then January 1970).
fn coarseness(p: Precision) -> u8 {
    match p {
        Precision::Century => 0,
        Precision::Decade => 1,
        Precision::Year => 2,
        Precision::Season => 3,
        Precision::Month => 4,
        Precision::Day => 5,
    }
}

/// How many members of a cluster a new mention is compared with.
const CLUSTER_PROBES: usize = 8;

/// The reference date each article's deictic dates count from: its publication date, else
/// the date its own text gives (a labelled date line, a full date agreeing with its weekday
/// deictics, an embedded post), else the story's (the upper median of the others'
/// publication dates), borrowed.
pub fn references(corpus: &Corpus) -> Vec<Option<Reference>> {
    scan(corpus, &Prepared::default(), |_, _| {})
}

/// Each article's reference date as the export and the reader show it.
pub fn reference_list(corpus: &Corpus, refs: &[Option<Reference>]) -> Vec<ArticleReference> {
    corpus
        .articles
        .iter()
        .zip(refs)
        .map(|(a, r)| ArticleReference {
            article: a.id.clone(),
            date: r.map(|r| r.date.format("%Y-%m-%d").to_string()),
            source: r.map_or(ReferenceSource::None, |r| r.source),
        })
        .collect()
}

/// One resolved date mention.
#[derive(Debug, Clone)]
pub struct Dated {
    pub article: usize,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub when: When,
}

/// Every date mention of the corpus's title and body paragraphs, resolved, in reading order.
pub fn dates(corpus: &Corpus) -> Vec<Dated> {
    let mut out = Vec::new();
    scan(corpus, &Prepared::default(), |_, dated| {
        out.extend_from_slice(dated)
    });
    out
}

/// Entity mentions of each article (by article index) as `(paragraph, start, end, entity
/// index)`, sorted, so a paragraph's mentions are one contiguous run found by binary search.
type MentionsByParagraph = Vec<Vec<(usize, usize, usize, usize)>>;

/// Index the entities' mentions by paragraph.
///
/// Built once so that finding the entities of a dated sentence looks at that paragraph's
/// mentions only; scanning every mention of every entity per date grew with the square of
/// the corpus (most of `khabar export`'s time on a thousand articles). One vector per article
/// rather than a map keyed by paragraph, and an entity's mentions come in reading order, so
/// consecutive ones mostly share an article: its id is looked up once per run, not hashed per
/// mention.
fn mentions_by_paragraph(corpus: &Corpus, entities: &[Entity]) -> MentionsByParagraph {
    let index: HashMap<&str, usize> = corpus
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let mut out: MentionsByParagraph = vec![Vec::new(); corpus.articles.len()];
    for (k, en) in entities.iter().enumerate() {
        let mut last: Option<(&str, Option<usize>)> = None;
        for m in &en.mentions {
            let a = match last {
                Some((id, a)) if id == &*m.article => a,
                _ => {
                    let a = index.get(&*m.article).copied();
                    last = Some((&*m.article, a));
                    a
                }
            };
            if let Some(bucket) = a.and_then(|a| out.get_mut(a)) {
                bucket.push((m.paragraph, m.start, m.end, k));
            }
        }
    }
    for bucket in &mut out {
        bucket.sort_unstable();
    }
    out
}

/// The mentions of paragraph `p` of article `a`: `(paragraph, start, end, entity index)`.
fn mentions_in(index: &MentionsByParagraph, a: usize, p: usize) -> &[(usize, usize, usize, usize)] {
    let Some(bucket) = index.get(a) else {
        return &[];
    };
    let from = bucket.partition_point(|m| m.0 < p);
    let to = bucket.partition_point(|m| m.0 <= p);
    bucket.get(from..to).unwrap_or_default()
}

/// The story's events in date order, merged across sources.
pub fn extract(corpus: &Corpus, entities: &[Entity]) -> Vec<Event> {
    extract_all(corpus, entities).0
}

/// [`extract`], with each article's reference date ([`references`]) found on the way.
pub fn extract_all(corpus: &Corpus, entities: &[Entity]) -> (Vec<Event>, Vec<Option<Reference>>) {
    extract_prepared(corpus, &Prepared::default(), entities)
}

/// [`extract_all`] on the corpus's paragraphs as the analysis prepared them (those it did not
/// prepare are prepared here).
pub fn extract_prepared(
    corpus: &Corpus,
    prepared: &Prepared,
    entities: &[Entity],
) -> (Vec<Event>, Vec<Option<Reference>>) {
    // Group by date, end and precision; within a group, join mentions that tell the same
    // happening (single linkage).
    let mut groups: BTreeMap<DateKey, Vec<(Candidate, When)>> = BTreeMap::new();
    let mentions = mentions_by_paragraph(corpus, entities);
    let mut numbers = Words::default();
    let refs = scan(corpus, prepared, |toks, dated| {
        let Some(first) = dated.first() else {
            return;
        };
        let (a, p) = (first.article, first.paragraph);
        let Some(paragraph) = corpus.articles.get(a).and_then(|x| x.paragraphs.get(p)) else {
            return;
        };
        let chars: Vec<char> = paragraph.text.chars().collect();
        // A sentence's words and entities are computed once for all the dates it holds, and
        // shared by their candidates.
        let mut current: Option<(usize, Rc<Sentence>)> = None;
        for d in dated {
            let (s, e) = sentence(&chars, d.start);
            let info = match &current {
                Some((k, info)) if *k == s => Rc::clone(info),
                _ => {
                    let in_sentence = mentions_in(&mentions, a, p)
                        .iter()
                        .filter(|&&(_, ms, me, _)| ms >= s && me <= e)
                        .map(|&(_, _, _, k)| u32::try_from(k).unwrap_or(u32::MAX))
                        .collect();
                    let in_sentence = sorted_set(in_sentence);
                    let info = Rc::new(Sentence {
                        words: content_words(toks, s, e, &mut numbers),
                        entities: in_sentence,
                    });
                    current = Some((s, Rc::clone(&info)));
                    info
                }
            };
            let key = (
                d.when.date,
                d.when.end,
                coarseness(d.when.precision),
                d.when.precision,
            );
            groups.entry(key).or_default().push((
                Candidate {
                    article: a,
                    paragraph: p,
                    start: d.start,
                    end: d.end,
                    summary: summary(&chars, d.start, d.end),
                    text: chars
                        .iter()
                        .skip(d.start)
                        .take(d.end.saturating_sub(d.start))
                        .collect(),
                    sentence: info,
                },
                d.when,
            ));
        }
    });
    let ids = crate::extract::article_ids(corpus);
    let mut events = Vec::new();
    for ((start, end, _, precision), cands) in groups {
        let date = format(start, precision);
        let end = end.map(|e| format(e, precision));
        let clusters = cluster(&cands);
        let count = clusters.len();
        for (n, members) in clusters.iter().enumerate() {
            let mut sources: Vec<usize> = members.iter().map(|(c, _)| c.article).collect();
            sources.sort_unstable();
            sources.dedup();
            let mentions = members
                .iter()
                .filter_map(|(c, _)| {
                    Some(Mention {
                        article: Arc::clone(ids.get(c.article)?),
                        paragraph: c.paragraph,
                        start: c.start,
                        end: c.end,
                        text: c.text.clone(),
                    })
                })
                .collect();
            // The summary of the first dated mention (an estimated one only if all are).
            let lead = members
                .iter()
                .find(|(_, w)| !w.inferred)
                .or(members.first());
            events.push(Event {
                id: if count > 1 {
                    format!("{date}#{}", n + 1)
                } else {
                    date.clone()
                },
                date: date.clone(),
                end: end.clone(),
                precision,
                inferred: members.iter().all(|(_, w)| w.inferred),
                inferred_mentions: members
                    .iter()
                    .enumerate()
                    .filter(|(_, (_, w))| w.inferred)
                    .map(|(k, _)| k)
                    .collect(),
                conflict: members.iter().any(|(_, w)| w.conflict),
                summary: lead.map(|(c, _)| c.summary.clone()).unwrap_or_default(),
                sources: sources
                    .iter()
                    .filter_map(|&i| corpus.articles.get(i).map(|a| a.id.clone()))
                    .collect(),
                mentions,
            });
        }
    }
    (events, refs)
}

/// The mentions of one date grouped into happenings.
///
/// Greedy clustering: a mention joins the first cluster where it tells the same happening as
/// one of the cluster's first few members (linear in the mentions, which matters for large
/// folders where one date is reported hundreds of times). Then a cluster whose dates are all
/// estimated joins a dated one of the same day (the one sharing most with it): an estimated
/// date is weak evidence of a different happening, and one day should not show twice.
fn cluster(cands: &[(Candidate, When)]) -> Vec<Vec<&(Candidate, When)>> {
    // Each member with its place in `cands`, which orders a merged cluster.
    type Cluster<'a> = Vec<(usize, &'a (Candidate, When))>;
    let mut clusters: Vec<Cluster<'_>> = Vec::new();
    for (i, cand) in cands.iter().enumerate() {
        let home = clusters.iter_mut().find(|c| {
            c.iter()
                .take(CLUSTER_PROBES)
                .any(|(_, m)| same_happening(&cand.0, &m.0))
        });
        match home {
            Some(c) => c.push((i, cand)),
            None => clusters.push(vec![(i, cand)]),
        }
    }
    let estimated = |c: &Cluster<'_>| c.iter().all(|(_, m)| m.1.inferred);
    if clusters.iter().any(estimated) && !clusters.iter().all(estimated) {
        let (weak, mut dated): (Vec<_>, Vec<_>) = clusters.into_iter().partition(estimated);
        for w in weak {
            let Some(&(_, lead)) = w.first() else {
                continue;
            };
            let score = |c: &Cluster<'_>| {
                c.iter()
                    .take(CLUSTER_PROBES)
                    .map(|(_, m)| events::overlap(&lead.0, &m.0))
                    .sum::<usize>()
            };
            if let Some(best) = dated.iter_mut().max_by_key(|c| (score(c), c.len())) {
                best.extend(w);
            }
        }
        for c in &mut dated {
            c.sort_unstable_by_key(|(i, _)| *i);
        }
        clusters = dated;
    }
    clusters
        .into_iter()
        .map(|c| c.into_iter().map(|(_, m)| m).collect())
        .collect()
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod coverage_tests;

#[cfg(test)]
mod news_shapes_tests;
#[cfg(test)]
mod past_days_tests;
#[cfg(test)]
mod reader_dates_tests;
#[cfg(test)]
mod story_dates_tests;
#[cfg(test)]
mod tense_tests;
