//! The shared timeline: date expressions in every Arabic month system, normalized to ISO dates
//! with a precision, and merged into events across the outlets of a story.
//!
//! Deictic dates (`أمس`, `اليوم الجمعة`) resolve against the article's publication date; an
//! article without one borrows the story's (and its dates say `inferred`); anaphoric dates
//! (`في اليوم التالي`) against the last date mentioned before them.

mod deictic;
mod events;
mod gate;
mod grammar;
mod lexicon;
mod resolve;
mod tokens;

use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;
use std::sync::Arc;

use chrono::NaiveDate;

use super::{Entity, Event, Mention, Precision};
use crate::corpus::Corpus;
use crate::text::normalize;
use events::{
    Candidate, Sentence, Words, content_words, same_happening, sentence, sorted_set, summary,
};
use grammar::find_in;
pub use grammar::{Expr, find};
pub use resolve::{Reference, When, format, hijri_to_gregorian, resolve};
use tokens::{Tok, tokenize};

/// Events are grouped by date, range end and precision before merging.
type DateKey = (String, Option<String>, Precision);

/// How many members of a cluster a new mention is compared with.
const CLUSTER_PROBES: usize = 8;

/// The reference date each article's deictic dates count from: its own publication date, or
/// the story's (the upper median of the others'), borrowed.
pub fn references(corpus: &Corpus) -> Vec<Option<Reference>> {
    let mut known: Vec<NaiveDate> = corpus.articles.iter().filter_map(|a| a.published).collect();
    known.sort();
    let story = known.get(known.len() / 2).copied();
    corpus
        .articles
        .iter()
        .map(|a| match a.published {
            Some(d) => Some(Reference {
                date: d,
                borrowed: false,
            }),
            None => story.map(|d| Reference {
                date: d,
                borrowed: true,
            }),
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
    scan(corpus, |_, dated| out.extend_from_slice(dated));
    out
}

/// Every content paragraph that holds dates, in reading order, with its tokens and its
/// resolved dates. The paragraph is normalized and tokenized once, for the grammar and for
/// merging (which compares the words of the dated sentences).
fn scan(corpus: &Corpus, mut each: impl FnMut(&[Tok<'_>], &[Dated])) {
    let refs = references(corpus);
    let mut dated = Vec::new();
    for (a, article) in corpus.articles.iter().enumerate() {
        let mut previous: Option<(NaiveDate, bool)> = None;
        for (p, para) in article
            .paragraphs
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind.is_content())
        {
            let norm = normalize(&para.text);
            let toks = tokenize(&norm);
            dated.clear();
            for f in find_in(&toks) {
                let Some(mut when) = resolve(f.expr, refs[a], previous.map(|x| x.0)) else {
                    continue;
                };
                if matches!(f.expr, Expr::After { .. }) {
                    when.inferred = previous.is_some_and(|x| x.1);
                }
                if when.precision == Precision::Day && when.end.is_none() {
                    previous = Some((when.date, when.inferred));
                }
                dated.push(Dated {
                    article: a,
                    paragraph: p,
                    start: f.start,
                    end: f.end,
                    when,
                });
            }
            if !dated.is_empty() {
                each(&toks, &dated);
            }
        }
    }
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
    &bucket[from..to]
}

/// The story's events in date order, merged across sources.
pub fn extract(corpus: &Corpus, entities: &[Entity]) -> Vec<Event> {
    // Group by date, end and precision; within a group, join mentions that tell the same
    // happening (single linkage).
    let mut groups: BTreeMap<DateKey, Vec<(Candidate, bool)>> = BTreeMap::new();
    let mentions = mentions_by_paragraph(corpus, entities);
    let mut numbers = Words::default();
    scan(corpus, |toks, dated| {
        let Some(first) = dated.first() else {
            return;
        };
        let (a, p) = (first.article, first.paragraph);
        let chars: Vec<char> = corpus.articles[a].paragraphs[p].text.chars().collect();
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
                format(d.when.date, d.when.precision),
                d.when.end.map(|x| format(x, d.when.precision)),
                d.when.precision,
            );
            groups.entry(key).or_default().push((
                Candidate {
                    article: a,
                    paragraph: p,
                    start: d.start,
                    end: d.end,
                    summary: summary(&chars, d.start, d.end),
                    text: chars[d.start.min(chars.len())..d.end.min(chars.len())]
                        .iter()
                        .collect(),
                    sentence: info,
                },
                d.when.inferred,
            ));
        }
    });
    let ids = crate::extract::article_ids(corpus);
    let mut events = Vec::new();
    for ((date, end, precision), cands) in groups {
        // Greedy clustering: a mention joins the first cluster where it tells the same
        // happening as one of the cluster's first few members (linear in the mentions, which
        // matters for large folders where one date is reported hundreds of times).
        let mut clusters: Vec<Vec<usize>> = Vec::new();
        for i in 0..cands.len() {
            let home = clusters.iter().position(|c| {
                c.iter()
                    .take(CLUSTER_PROBES)
                    .any(|&j| same_happening(&cands[i].0, &cands[j].0))
            });
            match home {
                Some(k) => clusters[k].push(i),
                None => clusters.push(vec![i]),
            }
        }
        let count = clusters.len();
        for (n, cluster) in clusters.iter().enumerate() {
            let members: Vec<&(Candidate, bool)> = cluster.iter().map(|&i| &cands[i]).collect();
            let mut sources: Vec<usize> = members.iter().map(|(c, _)| c.article).collect();
            sources.sort_unstable();
            sources.dedup();
            let mentions = members
                .iter()
                .map(|(c, _)| Mention {
                    article: Arc::clone(&ids[c.article]),
                    paragraph: c.paragraph,
                    start: c.start,
                    end: c.end,
                    text: c.text.clone(),
                })
                .collect();
            events.push(Event {
                id: if count > 1 {
                    format!("{date}#{}", n + 1)
                } else {
                    date.clone()
                },
                date: date.clone(),
                end: end.clone(),
                precision,
                inferred: members.iter().all(|(_, inferred)| *inferred),
                summary: members
                    .first()
                    .map(|(c, _)| c.summary.clone())
                    .unwrap_or_default(),
                sources: sources
                    .iter()
                    .map(|&i| corpus.articles[i].id.clone())
                    .collect(),
                mentions,
            });
        }
    }
    events
}

#[cfg(test)]
mod tests;
