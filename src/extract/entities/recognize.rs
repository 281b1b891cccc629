//! Finding names in one paragraph: gazetteer matches (longest first, proclitics tried as an
//! alternative), head words (`heads.rs`: `وزارة الخارجية العراقية`, `مطار بغداد`, quoted
//! names), and people (`people.rs`: titles before names, given names, family names). Where
//! readings overlap, the longest wins. A bracketed short form right after a person or an
//! organization (`وكالة السودان للأنباء (سونا)`, `محمد حمدان دقلو (حميدتي)`) is a mention of
//! the same entity.

use std::sync::Arc;

use super::gazetteer::{Gazetteer, light};
use super::heads::{org_head_at, place_head_at};
use super::people::{family_at, given_at, title_at};
use super::tokens::{Token, definite_with_clitic, letters};
use crate::extract::EntityKind;
use crate::text::Normalized;

/// A recognized name before linking.
#[derive(Debug, Clone)]
pub struct Found {
    pub kind: EntityKind,
    /// Shared by spellings of one entity (gazetteer key, or kind + normalized words).
    /// Shared, not owned: a story repeats a few hundred names in hundreds of thousands of
    /// mentions, and one copy per mention was most of an analysis's memory (see
    /// `mod.rs`, which interns them).
    pub key: Arc<str>,
    /// Normalized words of the name (without proclitics).
    pub words: Arc<[String]>,
    pub start: usize,
    pub end: usize,
    /// First and last token covered.
    pub first: usize,
    pub last: usize,
    /// For a person of one word left when a longer span was cut before و and a word of
    /// general Arabic (`فيزا` of the tagger's `فيزا وكاش`, visa and cash), that word (`كاش`):
    /// the person stands only where the story supports it as a name (`leftover.rs`).
    pub fragment: Option<Arc<str>>,
}

impl Found {
    /// Do the two names share a word?
    pub fn overlaps(&self, other: &Found) -> bool {
        self.first <= other.last && other.first <= self.last
    }
}

/// A paragraph's `names` with the names a pass made (`add`) in their place, in order: a name
/// sharing a word with an added one goes. With `keep_listed`, a listed name (gazetteer or
/// designation) stays instead, and an added name over it is not added.
pub fn replace_overlapping(
    mut names: Vec<Found>,
    mut add: Vec<Found>,
    keep_listed: bool,
) -> Vec<Found> {
    if add.is_empty() {
        return names;
    }
    let keeps = |f: &Found| keep_listed && super::tagger::combine::listed(f);
    names.retain(|f| keeps(f) || !add.iter().any(|a| f.overlaps(a)));
    add.retain(|a| !names.iter().any(|f| f.overlaps(a)));
    names.extend(add);
    names.sort_by_key(|f| f.first);
    names
}

/// Most words a rule-made name may have after its first (joiners such as `بن` not counted).
pub const MAX_NAME_TAIL: usize = 3;

/// Keep `f`, and the short form given in brackets right after it (`(سونا)`), if any; returns
/// the token after the last one used.
fn push_with_alias(
    g: &Gazetteer,
    tokens: &[Token],
    norm: &Normalized,
    f: Found,
    out: &mut Vec<Found>,
) -> usize {
    let alias = bracketed_alias(g, tokens, norm, &f);
    let mut next = f.last + 1;
    out.push(f);
    if let Some(a) = alias {
        next = a.last + 1;
        out.push(a);
    }
    next
}

pub fn recognize(g: &Gazetteer, tokens: &[Token], norm: &Normalized) -> Vec<Found> {
    let mut out = Vec::new();
    // A name found after a title (`مدير المخابرات العامة … أحمد مفضل`) waits while the words
    // between are read: they may name an organization or a place of their own.
    let mut pending: Option<Found> = None;
    let mut i = 0;
    while i < tokens.len() {
        if let Some(p) = pending.take_if(|p| i >= p.first) {
            i = push_with_alias(g, tokens, norm, p, &mut out);
            continue;
        }
        // On equal spans the gazetteer (last) wins: its key links aliases.
        let best = [
            given_at(g, tokens, norm, i),
            family_at(g, tokens, norm, i),
            title_at(g, tokens, norm, i),
            org_head_at(g, tokens, norm, i),
            place_head_at(g, tokens, norm, i),
            gazetteer_at(g, tokens, norm, i),
        ]
        .into_iter()
        .flatten()
        .filter(|f| pending.as_ref().is_none_or(|p| f.last < p.first))
        .max_by_key(|f| (f.last, std::cmp::Reverse(f.first)));
        match best {
            Some(f) if f.first > i => {
                pending = Some(f);
                i += 1;
            }
            Some(f) => i = push_with_alias(g, tokens, norm, f, &mut out),
            None => i += 1,
        }
    }
    out.extend(pending);
    out
}

/// `(سونا)` after `وكالة السودان للأنباء`: one to three words in round brackets right after a
/// person or an organization (or in quotes after an organization) name the same entity.
fn bracketed_alias(g: &Gazetteer, tokens: &[Token], norm: &Normalized, f: &Found) -> Option<Found> {
    if f.kind == EntityKind::Place {
        return None;
    }
    let k = f.last + 1;
    // An organization's name in quotes right after it is its name too (`وكالة الأنباء
    // الكوبية "برنسا لاتينا"`); a person's quoted words are what they said.
    let quoted = f.kind == EntityKind::Organization && tokens.get(k)?.open_before;
    if !tokens.get(k)?.paren_before && !quoted {
        return None;
    }
    let last = (k..k + 3).find(|&m| tokens.get(m).is_some_and(|t| t.close_after))?;
    // A quoted statement or epithet is not a name: every word in quotes must be rare in
    // general Arabic (`assets/wordfreq_ar.tsv`) and indefinite, as foreign names and
    // acronyms are (`"برنسا لاتينا"`, `"ناتو"`; not `"أنجزت"`, `قوات الاحتلال "الغادر"`). Its key is its own (unless listed with the name's): the
    // name before may be a description (`شركة الطيران المكسيكية "غلوبل"`).
    let bracketed = tokens.get(k)?.paren_before;
    let freq = super::tagger::freq::shared();
    let listed_same = gazetteer_at(g, tokens, norm, k).is_some_and(|o| o.key == f.key);
    if !bracketed
        && !listed_same
        && tokens
            .get(k..=last)?
            .iter()
            .any(|t| freq.get(&t.norm) > 0 || t.norm.starts_with("ال"))
    {
        return None;
    }
    let inside = tokens.get(k..=last)?;
    // `(العراق)` after a name is where, not who; `(الفرنسية)`, `(الأوروبية)` a photo's
    // agency by its nisba, not a short form.
    if gazetteer_at(g, tokens, norm, k).is_some_and(|p| p.kind == EntityKind::Place) {
        return None;
    }
    let nisba = |w: &str| w.starts_with("ال") && (w.ends_with('ي') || w.ends_with("يه"));
    if k == last && tokens.get(k).is_some_and(|t| nisba(&t.norm)) {
        return None;
    }
    // A short form is a name, not a phrase about the name: no complement behind a clitic
    // (`(التابعة للحرس الثوري)`) and no other listed name inside.
    let ok = inside.iter().enumerate().all(|(n, t)| {
        (n == 0 || !t.boundary)
            && letters(&t.norm)
            && !g.is_stop(t)
            && !definite_with_clitic(&t.norm)
            && gazetteer_at(g, tokens, norm, k + n).is_none_or(|o| o.key == f.key)
    });
    ok.then(|| {
        let words: Vec<String> = inside.iter().map(|t| t.norm.clone()).collect();
        let key: Arc<str> = if bracketed || listed_same {
            f.key.clone()
        } else {
            format!("{:?}:{}", f.kind, words.join(" ")).into()
        };
        found(
            f.kind,
            key,
            words,
            tokens,
            norm,
            Span {
                first: k,
                clitic: 0,
                last,
            },
        )
    })
}

/// Start offset of token `i` after `clitic` normalized chars.
fn start_after(norm: &Normalized, t: &Token, clitic: usize) -> usize {
    norm.origin.get(t.nstart + clitic).unwrap_or(t.start)
}

/// A name over tokens `first..=last`, starting `clitic` normalized chars into `first`.
pub struct Span {
    pub first: usize,
    pub clitic: usize,
    pub last: usize,
}

pub fn found(
    kind: EntityKind,
    key: impl Into<Arc<str>>,
    words: impl Into<Arc<[String]>>,
    tokens: &[Token],
    norm: &Normalized,
    span: Span,
) -> Found {
    let Span {
        first,
        clitic,
        last,
    } = span;
    // Every rule checks its span against `tokens` before it calls this (issue 12: a span past
    // the paragraph's end was a crash); the fallbacks keep a broken rule from taking the
    // analysis down in a release build, and the assertion finds it in tests.
    debug_assert!(
        first <= last && last < tokens.len(),
        "span {first}..={last} of {}",
        tokens.len()
    );
    let start = tokens
        .get(first)
        .map_or(0, |t| start_after(norm, t, clitic));
    let end = tokens.get(last).map_or(start, |t| t.end.max(start));
    Found {
        kind,
        key: key.into(),
        words: words.into(),
        start,
        end,
        first,
        last,
        fragment: None,
    }
}

/// Does `words` continue at token `i` (no punctuation inside)?
pub fn continues(tokens: &[Token], i: usize, rest: &[String]) -> bool {
    rest.iter().enumerate().all(|(k, w)| {
        tokens
            .get(i + k)
            .is_some_and(|t| !t.boundary && t.norm == *w)
    })
}

pub fn gazetteer_at(g: &Gazetteer, tokens: &[Token], norm: &Normalized, i: usize) -> Option<Found> {
    // `i` may be one past the last token: callers look ahead (`مجلس` ending a paragraph).
    let t = tokens.get(i)?;
    let mut best: Option<Found> = None;
    // A function word is not a name behind a proclitic (`بليون` is not ب + Lyon).
    let whole_only = g.is_stop(t);
    for (clitic, reading) in &t.looks {
        let clitic = *clitic;
        if whole_only && clitic > 0 {
            continue;
        }
        for e in g.names.get(reading).into_iter().flatten() {
            let last = i + e.words.len().saturating_sub(1);
            let spelled = e.strict.as_ref().is_none_or(|s| {
                let written: String = tokens
                    .iter()
                    .skip(i)
                    .take(e.words.len().max(1))
                    .map(|t| light(&t.original))
                    .collect::<Vec<_>>()
                    .join(" ");
                written.chars().skip(clitic).collect::<String>() == *s
            });
            // `دعم مالي` is financial support; `في مالي` is in Mali.
            let cued = !matches!(&e.words[..], [w] if g.ambiguous_places.contains(w))
                || clitic > 0
                || (!t.boundary
                    && i.checked_sub(1)
                        .and_then(|p| tokens.get(p))
                        .is_some_and(|p| g.place_cues.contains(&p.norm)));
            if spelled && cued && continues(tokens, i + 1, e.words.get(1..).unwrap_or_default()) {
                if best.as_ref().is_none_or(|b| last > b.last) {
                    best = Some(found(
                        e.kind,
                        e.key.clone(),
                        e.words.clone(),
                        tokens,
                        norm,
                        Span {
                            first: i,
                            clitic,
                            last,
                        },
                    ));
                }
                break;
            }
        }
    }
    best
}
