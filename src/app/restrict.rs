//! One story's share of what was worked out for the whole folder: its articles as a corpus
//! of their own, the analysis and the outlet comparison with article indices renumbered, so
//! the four panes show one story exactly as they show a folder of one story.
//!
//! The analysis is per story already (`crate::extract` never merges across stories); this
//! only keeps the story's entities, events, reference dates and failures, and the links
//! between two of its articles.

use std::collections::{HashMap, HashSet};

use crate::compare::{Reuse, Span};
use crate::corpus::Corpus;
use crate::extract::{Analysis, Event};

/// The folder's `articles` (indices, in folder order) as a corpus.
pub fn corpus(all: &Corpus, articles: &[usize]) -> Corpus {
    Corpus {
        articles: articles
            .iter()
            .filter_map(|&i| all.articles.get(i).cloned())
            .collect(),
    }
}

/// Folder index → index in the story, for the story's `articles`.
fn local(articles: &[usize]) -> HashMap<usize, usize> {
    articles.iter().enumerate().map(|(k, &i)| (i, k)).collect()
}

/// The analysis of the story made of the folder's `articles`: entities and events with
/// their mentions in those articles (an entity or event with none there is left out), the
/// articles' reference dates in story order, the failures on them.
pub fn analysis(a: &Analysis, all: &Corpus, articles: &[usize]) -> Analysis {
    let ids: HashSet<&str> = articles
        .iter()
        .filter_map(|&i| all.articles.get(i).map(|x| x.id.as_str()))
        .collect();
    let entities = a
        .entities
        .iter()
        .filter_map(|e| {
            let mentions: Vec<_> = e
                .mentions
                .iter()
                .filter(|m| ids.contains(&*m.article))
                .cloned()
                .collect();
            (!mentions.is_empty()).then(|| crate::extract::Entity {
                mentions,
                ..e.clone()
            })
        })
        .collect();
    let timeline = a.timeline.iter().filter_map(|e| event(e, &ids)).collect();
    let by_id: HashMap<&str, _> = a
        .references
        .iter()
        .map(|r| (r.article.as_str(), r))
        .collect();
    let references = articles
        .iter()
        .filter_map(|&i| {
            by_id
                .get(all.articles.get(i)?.id.as_str())
                .map(|r| (*r).clone())
        })
        .collect();
    let to_local = local(articles);
    let failures = a
        .failures
        .iter()
        .filter_map(|f| {
            Some(crate::extract::Failure {
                article: *to_local.get(&f.article)?,
                ..f.clone()
            })
        })
        .collect();
    Analysis {
        entities,
        timeline,
        references,
        failures,
        model_problem: a.model_problem.clone(),
    }
}

/// An event with only its mentions (and sources) in the story, if any are.
fn event(e: &Event, ids: &HashSet<&str>) -> Option<Event> {
    let kept: Vec<usize> = (0..e.mentions.len())
        .filter(|&k| e.mentions.get(k).is_some_and(|m| ids.contains(&*m.article)))
        .collect();
    if kept.is_empty() {
        return None;
    }
    let inferred_mentions = kept
        .iter()
        .enumerate()
        .filter(|(_, old)| e.inferred_mentions.contains(old))
        .map(|(new, _)| new)
        .collect();
    Some(Event {
        mentions: kept
            .iter()
            .filter_map(|&k| e.mentions.get(k).cloned())
            .collect(),
        inferred_mentions,
        sources: e
            .sources
            .iter()
            .filter(|s| ids.contains(s.as_str()))
            .cloned()
            .collect(),
        ..e.clone()
    })
}

/// The comparison within the story: links between two of its articles and their
/// derivations, renumbered.
pub fn reuse(r: &Reuse, articles: &[usize]) -> Reuse {
    let to_local = local(articles);
    let span = |s: Span| -> Option<Span> {
        Some(Span {
            article: *to_local.get(&s.article)?,
            ..s
        })
    };
    let links = r
        .links
        .iter()
        .filter_map(|l| {
            Some(crate::compare::Link {
                a: span(l.a)?,
                b: span(l.b)?,
                ..l.clone()
            })
        })
        .collect();
    let derivations = articles
        .iter()
        .filter_map(|&i| r.derivations.get(i))
        .map(|d| {
            let mut d = d.clone();
            d.shared.retain_mut(|x| match to_local.get(&x.article) {
                Some(&k) => {
                    x.article = k;
                    true
                }
                None => false,
            });
            d.original = d.original.and_then(|o| to_local.get(&o).copied());
            d
        })
        .collect();
    Reuse { links, derivations }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Entity, EntityKind, Mention, Precision};

    fn mention(article: &str) -> Mention {
        Mention {
            article: article.into(),
            paragraph: 0,
            start: 0,
            end: 1,
            text: "x".into(),
        }
    }

    #[test]
    fn a_story_keeps_only_its_mentions_renumbered() {
        let all = Corpus::from_bodies(&[&["a"], &["b"], &["c"]]);
        let a = Analysis {
            entities: vec![
                Entity {
                    id: "p".into(),
                    kind: EntityKind::Person,
                    name: "p".into(),
                    variants: vec![],
                    mentions: vec![mention("a0"), mention("a1")],
                },
                Entity {
                    id: "q".into(),
                    kind: EntityKind::Place,
                    name: "q".into(),
                    variants: vec![],
                    mentions: vec![mention("a1")],
                },
            ],
            timeline: vec![Event {
                id: "e".into(),
                date: "2024".into(),
                end: None,
                precision: Precision::Year,
                inferred: false,
                inferred_mentions: vec![1],
                conflict: false,
                summary: String::new(),
                sources: vec!["a1".into(), "a2".into()],
                mentions: vec![mention("a1"), mention("a2")],
            }],
            references: Vec::new(),
            failures: vec![crate::extract::Failure {
                article: 2,
                path: "c".into(),
                stage: "entities".into(),
                message: "m".into(),
            }],
            model_problem: None,
        };
        let story = analysis(&a, &all, &[0, 2]);
        assert_eq!(story.entities.len(), 1, "q is only in article 1");
        assert_eq!(story.entities[0].mentions, vec![mention("a0")]);
        let e = &story.timeline[0];
        assert_eq!(e.mentions, vec![mention("a2")]);
        assert_eq!(
            e.inferred_mentions,
            vec![0],
            "the estimated mention, renumbered"
        );
        assert_eq!(e.sources, vec!["a2".to_string()]);
        assert_eq!(story.failures[0].article, 1);
        assert_eq!(corpus(&all, &[0, 2]).articles[1].id, "a2");
    }
}
