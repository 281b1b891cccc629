//! Comparing outlets: which passages of a story's articles are shared (copied from one another
//! or from the same agency wire), rewritten, or quoted alike, and how much of each article is
//! derived from the others.
//!
//! As passim (Smith et al.) and KITAB do: words are the shared ones ([`crate::text::tokens`]),
//! proclitics stripped and interned ([`words`]); word 3-gram shingles propose candidate
//! paragraph pairs ([`shingles`], never all pairs); a word-level local alignment ([`align`])
//! finds the shared passages with their original `char` offsets; [`derive`] turns the links
//! into METER-style labels. Only title and body paragraphs are compared: boilerplate, datelines
//! and bylines never count. Parameters are data (`assets/compare.toml`, docs/compare.md).

mod align;
mod derive;
pub mod json;
mod model;
mod params;
mod shingles;
pub mod view;
mod words;

#[cfg(test)]
mod tests;

pub use model::{Derivation, Label, Link, LinkKind, Piece, Reuse, Shared, Span};
pub use params::{Agency, Params};
pub use words::{Vocab, matching_form};

use crate::corpus::{Corpus, ParagraphKind};
use crate::text::Prepared;
use align::{Alignment, align_all};
use shingles::Para;

/// Compare every article of `corpus` with every other, with the bundled parameters.
pub fn compare(corpus: &Corpus) -> Reuse {
    compare_with(corpus, Params::bundled())
}

/// [`compare`] on prepared paragraphs ([`compare_prepared`]).
pub fn compare_shared(corpus: &Corpus, prepared: &Prepared) -> Reuse {
    compare_prepared(corpus, prepared, Params::bundled())
}

/// [`compare`] with given parameters.
pub fn compare_with(corpus: &Corpus, params: &Params) -> Reuse {
    compare_prepared(corpus, &Prepared::default(), params)
}

/// [`compare_with`] on the corpus's paragraphs as the analysis prepared them (those it did
/// not prepare are prepared here).
pub fn compare_prepared(corpus: &Corpus, prepared: &Prepared, params: &Params) -> Reuse {
    let mut vocab = Vocab::new(params);
    let mut paras = Vec::new();
    // Datelines and source lines are read for agency credits only.
    let mut meta: Vec<Para> = Vec::new();
    for (ai, article) in corpus.articles.iter().enumerate() {
        for (pi, p) in article.paragraphs.iter().enumerate() {
            let into = match p.kind {
                ParagraphKind::Title | ParagraphKind::Body => &mut paras,
                ParagraphKind::Meta => &mut meta,
                ParagraphKind::Boilerplate => continue,
            };
            let words = vocab.paragraph_of(&prepared.get(ai, pi, &p.text), &p.text);
            if !words.is_empty() {
                into.push(Para {
                    article: ai,
                    paragraph: pi,
                    words,
                });
            }
        }
    }
    let credits = derive::credits(corpus.articles.len(), [&paras, &meta], &mut vocab, params);
    let mut found: Vec<(usize, usize, Alignment)> = Vec::new();
    let mut keys_a = Vec::new();
    let mut keys_b = Vec::new();
    for (i, j) in shingles::candidates(&paras, &vocab, params) {
        let (Some(pa), Some(pb)) = (paras.get(i), paras.get(j)) else {
            continue;
        };
        let (wa, wb) = (&pa.words, &pb.words);
        keys_a.clear();
        keys_a.extend(wa.iter().map(|w| w.key));
        keys_b.clear();
        keys_b.extend(wb.iter().map(|w| w.key));
        let quoted = |x: usize, y: usize| {
            wa.get(x).is_some_and(|w| w.quoted) && wb.get(y).is_some_and(|w| w.quoted)
        };
        for al in align_all(&keys_a, &keys_b, params, &|k| vocab.is_stop(k), &quoted) {
            found.push((i, j, al));
        }
    }
    let mut links: Vec<Link> = found
        .iter()
        .filter_map(|(i, j, al)| Some(link(paras.get(*i)?, paras.get(*j)?, al, &credits, params)))
        .collect();
    links.sort_by_key(|l| (l.a, l.b));
    let derivations = derive::derivations(corpus, &paras, &found, &credits, params);
    Reuse { links, derivations }
}

/// The link for one alignment of paragraphs `pa` and `pb`.
fn link(pa: &Para, pb: &Para, al: &Alignment, credits: &[Vec<String>], p: &Params) -> Link {
    // An alignment's words `s..e` are words of its paragraphs (`s < e`).
    let span = |para: &Para, (s, e): (usize, usize)| {
        let start = para.words.get(s).map_or(0, |w| w.start as usize);
        Span {
            article: para.article,
            paragraph: para.paragraph,
            start,
            end: e
                .checked_sub(1)
                .and_then(|last| para.words.get(last))
                .map_or(start, |w| w.end as usize),
        }
    };
    let mut pieces: Vec<Piece> = Vec::new();
    let mut quoted = 0;
    for step in &al.steps {
        let wa = step.a.and_then(|i| pa.words.get(i).copied());
        let wb = step.b.and_then(|j| pb.words.get(j).copied());
        let same = matches!((wa, wb), (Some(x), Some(y)) if x.key == y.key);
        if same && wa.is_some_and(|w| w.quoted) && wb.is_some_and(|w| w.quoted) {
            quoted += 1;
        }
        let ra = wa.map(|w| (w.start as usize, w.end as usize));
        let rb = wb.map(|w| (w.start as usize, w.end as usize));
        match pieces.last_mut() {
            Some(last) if last.same == same => {
                last.a = widen(last.a, ra);
                last.b = widen(last.b, rb);
            }
            _ => pieces.push(Piece { a: ra, b: rb, same }),
        }
    }
    let similarity = al.similarity();
    let kind = if al.equal > 0 && quoted as f32 >= p.quote_share * al.equal as f32 {
        LinkKind::Quote
    } else if similarity >= p.verbatim_similarity {
        LinkKind::Verbatim
    } else {
        LinkKind::Rewritten
    };
    let credits_of = |a: usize| credits.get(a).map(Vec::as_slice).unwrap_or_default();
    let agency = derive::common(credits_of(pa.article), credits_of(pb.article));
    Link {
        a: span(pa, al.a),
        b: span(pb, al.b),
        kind,
        words: al.equal,
        similarity,
        agency,
        pieces,
    }
}

fn widen(r: Option<(usize, usize)>, add: Option<(usize, usize)>) -> Option<(usize, usize)> {
    match (r, add) {
        (Some((s, e)), Some((s2, e2))) => Some((s.min(s2), e.max(e2))),
        (r, None) => r,
        (None, add) => add,
    }
}
