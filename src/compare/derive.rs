//! From links to each article's derivation: how much of its text it shares with each other
//! article, its METER-style label, the agency it credits, and its candidate original.

use std::cmp::Ordering;

use super::align::Alignment;
use super::model::{Derivation, Label, Shared};
use super::params::Params;
use super::shingles::Para;
use super::words::Vocab;
use crate::corpus::Corpus;

/// The agencies each of `articles` articles credits (in its title, body, dateline or source
/// line — the paragraphs given; never boilerplate), by name, in `assets/compare.toml` order.
pub fn credits(
    articles: usize,
    paragraphs: [&[Para]; 2],
    vocab: &mut Vocab,
    p: &Params,
) -> Vec<Vec<String>> {
    let forms: Vec<(usize, Vec<u32>)> = p
        .agencies
        .iter()
        .enumerate()
        .flat_map(|(i, a)| a.forms.iter().map(move |f| (i, f)))
        .map(|(i, f)| (i, vocab.words(f).into_iter().map(|w| w.2).collect()))
        .filter(|(_, k): &(usize, Vec<u32>)| !k.is_empty())
        .collect();
    let mut found = vec![vec![false; p.agencies.len()]; articles];
    for para in paragraphs.iter().flat_map(|ps| ps.iter()) {
        for (i, form) in &forms {
            let hit = para
                .words
                .windows(form.len())
                .any(|w| w.iter().map(|x| x.key).eq(form.iter().copied()));
            if hit && let Some(f) = found.get_mut(para.article).and_then(|f| f.get_mut(*i)) {
                *f = true;
            }
        }
    }
    found
        .into_iter()
        .map(|f| {
            p.agencies
                .iter()
                .zip(f)
                .filter(|(_, f)| *f)
                .map(|(a, _)| a.name.clone())
                .collect()
        })
        .collect()
}

/// The first agency both lists name.
pub fn common(a: &[String], b: &[String]) -> Option<String> {
    a.iter().find(|x| b.contains(x)).cloned()
}

/// Words `start..end` of the paragraph at `slot` in the compared paragraphs.
type Interval = (usize, usize, usize);

/// Word intervals of one article covered by links.
type Cover = Vec<Interval>;

/// Words in the union of `intervals`.
fn covered(intervals: &mut Cover) -> usize {
    intervals.sort_unstable();
    let mut total = 0;
    let mut cur: Option<(usize, usize, usize)> = None;
    for &(p, s, e) in intervals.iter() {
        match cur {
            Some((cp, cs, ce)) if cp == p && s <= ce => cur = Some((cp, cs, ce.max(e))),
            _ => {
                if let Some((_, cs, ce)) = cur {
                    total += ce - cs;
                }
                cur = Some((p, s, e));
            }
        }
    }
    total + cur.map_or(0, |(_, s, e)| e - s)
}

/// Every article's derivation from the alignments `found` between paragraphs `paras`.
pub fn derivations(
    corpus: &Corpus,
    paras: &[Para],
    found: &[(usize, usize, Alignment)],
    credits: &[Vec<String>],
    p: &Params,
) -> Vec<Derivation> {
    let n = corpus.articles.len();
    let mut words = vec![0usize; n];
    for para in paras {
        if let Some(count) = words.get_mut(para.article) {
            *count += para.words.len();
        }
    }
    // covers[article] = (other article, interval) for every linked passage.
    let mut covers: Vec<Vec<(usize, Interval)>> = vec![Vec::new(); n];
    for (i, j, al) in found {
        let (Some(x), Some(y)) = (paras.get(*i), paras.get(*j)) else {
            continue;
        };
        if let Some(cover) = covers.get_mut(x.article) {
            cover.push((y.article, (*i, al.a.0, al.a.1)));
        }
        if let Some(cover) = covers.get_mut(y.article) {
            cover.push((x.article, (*j, al.b.0, al.b.1)));
        }
    }
    let credits_of = |a: usize| credits.get(a).map(Vec::as_slice).unwrap_or_default();
    let date = |i: usize| corpus.articles.get(i).and_then(|x| x.published);
    let mut derivations: Vec<Derivation> = words
        .iter()
        .zip(&covers)
        .enumerate()
        .map(|(a, (&words, cover))| {
            let total = words.max(1) as f32;
            let mut all: Cover = cover.iter().map(|c| c.1).collect();
            let fraction = covered(&mut all) as f32 / total;
            let mut others: Vec<usize> = cover.iter().map(|c| c.0).collect();
            others.sort_unstable();
            others.dedup();
            let mut shared: Vec<Shared> = others
                .iter()
                .map(|&b| {
                    let mut c: Cover = cover.iter().filter(|c| c.0 == b).map(|c| c.1).collect();
                    let earlier = match (date(a), date(b)) {
                        (Some(x), Some(y)) if x != y => Some(y < x),
                        _ => None,
                    };
                    Shared {
                        article: b,
                        fraction: covered(&mut c) as f32 / total,
                        earlier,
                    }
                })
                .collect();
            shared.sort_by(|x, y| {
                y.fraction
                    .partial_cmp(&x.fraction)
                    .unwrap_or(Ordering::Equal)
                    .then(x.article.cmp(&y.article))
            });
            let label = if fraction >= p.wholly_derived {
                Label::Wholly
            } else if fraction >= p.partially_derived {
                Label::Partially
            } else {
                Label::Independent
            };
            let agency = credits_of(a)
                .iter()
                .find(|name| others.iter().any(|&b| credits_of(b).contains(name)))
                .cloned();
            Derivation {
                label,
                fraction,
                shared,
                credits: credits_of(a).to_vec(),
                agency,
                original: None,
            }
        })
        .collect();
    let originals: Vec<Option<usize>> = (0..n)
        .map(|a| original(&derivations, a, &date, p.twin_share))
        .collect();
    for (d, o) in derivations.iter_mut().zip(originals) {
        d.original = o;
    }
    derivations
}

/// The share of `a`'s words it shares with `b`, from `a`'s derivation.
fn share(derivations: &[Derivation], a: usize, b: usize) -> f32 {
    derivations
        .get(a)
        .and_then(|d| d.shared.iter().find(|s| s.article == b))
        .map_or(0.0, |s| s.fraction)
}

/// The candidate original of article `a`: among the articles it shares text with, those
/// published before it, and its twins (near-identical both ways: at least `twin_share` of
/// each one's words shared with the other) unless the twin was published after it — a twin
/// is the same text saved twice (a page and its pasted text, a re-post), so it is named
/// whatever the dates say, and when one of the two is undated it is the only attribution the
/// dates cannot contradict. Of those, the one it shares most with (a copy is attributed to
/// the text it carries, not to an older article it shares one paragraph with), ties to the
/// earliest published, then corpus order. Twins no date orders name each other.
fn original(
    derivations: &[Derivation],
    a: usize,
    date: &impl Fn(usize) -> Option<chrono::NaiveDate>,
    twin_share: f32,
) -> Option<usize> {
    let twin =
        |s: &Shared| s.fraction >= twin_share && share(derivations, s.article, a) >= twin_share;
    derivations
        .get(a)?
        .shared
        .iter()
        .filter(|s| s.earlier == Some(true) || (s.earlier.is_none() && twin(s)))
        .min_by(|x, y| {
            y.fraction
                .partial_cmp(&x.fraction)
                .unwrap_or(Ordering::Equal)
                .then_with(|| by_date(date(x.article), date(y.article)))
                .then(x.article.cmp(&y.article))
        })
        .map(|s| s.article)
}

/// Earlier dates first, unknown dates last.
fn by_date(x: Option<chrono::NaiveDate>, y: Option<chrono::NaiveDate>) -> Ordering {
    match (x, y) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}
