//! What the reader shows of a comparison, as data: the side-by-side rows of two articles with
//! aligned passages on the same rows ([`side_by_side`]), the shared spans of one article for
//! its margin marks ([`Reuse::marks`]), and the passages parallel to one
//! ([`Reuse::parallels`]). Laid out by the text engine, drawn by `ui`.

use std::ops::Range;

use super::model::{Link, Reuse, Span};
use crate::corpus::{Corpus, ParagraphKind};
use crate::text::{LayoutOptions, VisualLine, layout_paragraph};

/// What a character of a compared paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mark {
    /// Not in a passage shared with the other article.
    Own,
    /// In a shared passage, a word the other side has too.
    Same,
    /// In a shared passage, a word that differs (or has no counterpart).
    Differs,
}

/// One side of one row: a visual line of a paragraph and each cell's mark.
#[derive(Debug, Clone, PartialEq)]
pub struct Half {
    pub paragraph: usize,
    pub line: VisualLine,
    /// One per cell of `line`.
    pub marks: Vec<Mark>,
}

/// One row of the compare view. `None` on a side is a gap: that side has nothing here.
#[derive(Debug, Clone, PartialEq)]
pub struct SideRow {
    pub lead: Option<Half>,
    pub other: Option<Half>,
    /// The row belongs to aligned passages (not to text only one side has).
    pub aligned: bool,
}

/// Two articles side by side.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SideBySide {
    pub rows: Vec<SideRow>,
    /// The first row of each aligned block, in order (for "next passage" and its count).
    pub passages: Vec<usize>,
}

/// Paragraphs of both sides that go on the same rows.
struct Block {
    lead: Range<usize>,
    other: Range<usize>,
    aligned: bool,
}

/// Lay out `lead` and `other` side by side, `width` cells per side. Aligned passages (the
/// links between the two, kept in an order both sides agree on) start on the same row; text
/// only one side has stands beside a gap.
pub fn side_by_side(
    corpus: &Corpus,
    reuse: &Reuse,
    lead: usize,
    other: usize,
    width: usize,
) -> SideBySide {
    let content = |a: usize| -> Vec<usize> {
        corpus.articles.get(a).map_or(Vec::new(), |art| {
            art.paragraphs
                .iter()
                .enumerate()
                .filter(|(_, p)| matches!(p.kind, ParagraphKind::Title | ParagraphKind::Body))
                .map(|(i, _)| i)
                .collect()
        })
    };
    let (lp, op) = (content(lead), content(other));
    let links = reuse.between(lead, other);
    let blocks = blocks(&links, lead, &lp, &op);
    let opts = LayoutOptions::new(width.max(1));
    let mut out = SideBySide::default();
    for b in blocks {
        if b.aligned {
            out.passages.push(out.rows.len());
        }
        let side = |article: usize, paras: &[usize]| -> Vec<Half> {
            paras
                .iter()
                .flat_map(|&p| halves(corpus, &links, article, p, &opts))
                .collect()
        };
        let l = side(lead, lp.get(b.lead.clone()).unwrap_or_default());
        let o = side(other, op.get(b.other.clone()).unwrap_or_default());
        let n = l.len().max(o.len());
        let (mut l, mut o) = (l.into_iter(), o.into_iter());
        for _ in 0..n {
            out.rows.push(SideRow {
                lead: l.next(),
                other: o.next(),
                aligned: b.aligned,
            });
        }
    }
    out
}

/// The rows of paragraph `p` of `article`, each cell marked by the links' pieces.
fn halves(
    corpus: &Corpus,
    links: &[&Link],
    article: usize,
    p: usize,
    opts: &LayoutOptions,
) -> Vec<Half> {
    let Some(text) = corpus
        .articles
        .get(article)
        .and_then(|a| a.paragraphs.get(p))
        .map(|x| x.text.as_str())
    else {
        return Vec::new();
    };
    let mut marks: Vec<(Range<usize>, Mark)> = Vec::new();
    for l in links {
        let Some((me, _)) = l.sides(article) else {
            continue;
        };
        if me.paragraph != p {
            continue;
        }
        let mine_is_a = l.a.article == article;
        for piece in &l.pieces {
            let r = if mine_is_a { piece.a } else { piece.b };
            if let Some((s, e)) = r {
                marks.push((
                    s..e,
                    if piece.same {
                        Mark::Same
                    } else {
                        Mark::Differs
                    },
                ));
            }
        }
    }
    layout_paragraph(text, opts)
        .into_iter()
        .map(|line| {
            let m = line
                .cells
                .iter()
                .map(|c| {
                    marks
                        .iter()
                        .find(|(r, _)| c.logical.start < r.end && r.start < c.logical.end)
                        .map_or(Mark::Own, |(_, m)| *m)
                })
                .collect();
            Half {
                paragraph: p,
                line,
                marks: m,
            }
        })
        .collect()
}

/// Split both articles' content paragraphs (`lp`, `op`: paragraph indices) into blocks: the
/// links that keep one order on both sides (the longest such chain) anchor aligned blocks,
/// joined when they share a paragraph; what lies between anchors is unaligned.
fn blocks(links: &[&Link], lead: usize, lp: &[usize], op: &[usize]) -> Vec<Block> {
    let pos = |list: &[usize], p: usize| list.iter().position(|&x| x == p);
    let mut anchors: Vec<(usize, usize)> = links
        .iter()
        .filter_map(|l| {
            let (me, them) = l.sides(lead)?;
            Some((pos(lp, me.paragraph)?, pos(op, them.paragraph)?))
        })
        .collect();
    anchors.sort_unstable();
    let chain = longest_chain(&anchors);
    let mut out: Vec<Block> = Vec::new();
    let (mut li, mut oi) = (0, 0);
    for (l, o) in chain {
        if let Some(last) = out.last_mut().filter(|b| b.aligned)
            && (l < last.lead.end || o < last.other.end)
        {
            last.lead.end = last.lead.end.max(l + 1);
            last.other.end = last.other.end.max(o + 1);
            (li, oi) = (last.lead.end, last.other.end);
            continue;
        }
        if li < l || oi < o {
            out.push(Block {
                lead: li..l,
                other: oi..o,
                aligned: false,
            });
        }
        out.push(Block {
            lead: l..l + 1,
            other: o..o + 1,
            aligned: true,
        });
        (li, oi) = (l + 1, o + 1);
    }
    if li < lp.len() || oi < op.len() {
        out.push(Block {
            lead: li..lp.len(),
            other: oi..op.len(),
            aligned: false,
        });
    }
    out
}

/// The longest subsequence of `anchors` (sorted by their first element) whose second elements
/// never decrease: O(n²), n being the links between two articles (tens).
fn longest_chain(anchors: &[(usize, usize)]) -> Vec<(usize, usize)> {
    // best[i]: the length of the longest chain ending at anchor i, and the anchor before i.
    let mut best: Vec<(usize, Option<usize>)> = Vec::with_capacity(anchors.len());
    for &(_, y) in anchors {
        let mut here = (1, None);
        for (j, (&(_, yj), &(len_j, _))) in anchors.iter().zip(&best).enumerate() {
            if yj <= y && len_j + 1 > here.0 {
                here = (len_j + 1, Some(j));
            }
        }
        best.push(here);
    }
    let mut at = best
        .iter()
        .enumerate()
        .max_by_key(|&(i, &(len, _))| (len, std::cmp::Reverse(i)))
        .map(|(i, _)| i);
    let mut chain = Vec::new();
    while let Some(k) = at {
        let Some(&anchor) = anchors.get(k) else {
            break;
        };
        chain.push(anchor);
        at = best.get(k).and_then(|b| b.1);
    }
    chain.reverse();
    chain
}

/// A shared span of one article, for its margin marks: where, and which other articles share
/// it (ascending).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedSpan {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub others: Vec<usize>,
}

impl Reuse {
    /// The spans of `article` that it shares with others, in reading order (overlapping
    /// passages of different links stay separate entries).
    pub fn marks(&self, article: usize) -> Vec<SharedSpan> {
        let mut v: Vec<SharedSpan> = Vec::new();
        for l in self.links_of(article) {
            let Some((me, them)) = l.sides(article) else {
                continue;
            };
            match v
                .iter_mut()
                .find(|s| (s.paragraph, s.start, s.end) == (me.paragraph, me.start, me.end))
            {
                Some(s) => s.others.push(them.article),
                None => v.push(SharedSpan {
                    paragraph: me.paragraph,
                    start: me.start,
                    end: me.end,
                    others: vec![them.article],
                }),
            }
        }
        for s in &mut v {
            s.others.sort_unstable();
            s.others.dedup();
        }
        v.sort_by_key(|s| (s.paragraph, s.start, s.end));
        v
    }

    /// The passages parallel to the one at `char` offset `at` of paragraph `paragraph` of
    /// `article` (every link whose side there covers it), as the other side's spans, in
    /// source order starting after `article` and wrapping round — so "the next source that
    /// shares it" comes first.
    pub fn parallels(&self, article: usize, paragraph: usize, at: usize) -> Vec<Span> {
        let mut v: Vec<Span> = self
            .links_of(article)
            .filter_map(|l| l.sides(article))
            .filter(|(me, _)| me.paragraph == paragraph && me.start <= at && at < me.end)
            .map(|(_, them)| them)
            .collect();
        v.sort_by_key(|s| (s.article <= article, s.article, s.paragraph, s.start));
        v.dedup();
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::compare;
    use crate::corpus::bundled;

    /// A row of 000's airport paragraph (one row at width 200).
    fn airport(corpus: &Corpus, h: &Half) -> bool {
        corpus.articles[0].paragraphs[h.paragraph]
            .text
            .contains("مطار بغداد")
    }

    /// The logical text of a half's cells with the given mark.
    fn marked(corpus: &Corpus, article: usize, h: &Half, m: Mark) -> Vec<String> {
        let chars: Vec<char> = corpus.articles[article].paragraphs[h.paragraph]
            .text
            .chars()
            .collect();
        let mut cells: Vec<&Range<usize>> = h
            .line
            .cells
            .iter()
            .zip(&h.marks)
            .filter(|(_, x)| **x == m)
            .map(|(c, _)| &c.logical)
            .collect();
        cells.sort_by_key(|r| r.start);
        cells
            .iter()
            .map(|r| chars[(*r).clone()].iter().collect())
            .collect()
    }

    #[test]
    fn aligned_passages_start_on_the_same_row() {
        let corpus = bundled();
        let r = compare(&corpus);
        let v = side_by_side(&corpus, &r, 0, 2, 50);
        assert_eq!(
            v.passages.len(),
            6,
            "one block per passage in a shared order"
        );
        for &row in &v.passages {
            let row = &v.rows[row];
            assert!(row.aligned && row.lead.is_some() && row.other.is_some());
        }
        // The 2500-troops paragraphs begin on one row.
        let find = |lead: bool| {
            v.rows.iter().position(|row| {
                let h = if lead { &row.lead } else { &row.other };
                h.as_ref().is_some_and(|h| {
                    let p = if lead { 0 } else { 2 };
                    corpus.articles[p].paragraphs[h.paragraph]
                        .text
                        .contains("2500 جندي")
                })
            })
        };
        assert_eq!(find(true), find(false));
        assert!(find(true).is_some());
        // Every paragraph of both sides appears once, in order.
        let paras = |lead: bool| {
            let mut v: Vec<usize> = v
                .rows
                .iter()
                .filter_map(|r| if lead { &r.lead } else { &r.other }.as_ref())
                .map(|h| h.paragraph)
                .collect();
            v.dedup();
            v
        };
        let body = |a: usize| {
            corpus.articles[a]
                .paragraphs
                .iter()
                .enumerate()
                .filter(|(_, p)| p.kind.is_content())
                .map(|(i, _)| i)
                .collect::<Vec<_>>()
        };
        assert_eq!(paras(true), body(0));
        assert_eq!(paras(false), body(2));
    }

    #[test]
    fn differing_words_are_marked_on_each_side() {
        let corpus = bundled();
        let r = compare(&corpus);
        // 000 and 001: عدة فصائل مسلحة / العديد من الجماعات المسلحة.
        let v = side_by_side(&corpus, &r, 0, 1, 200);
        let row = v
            .rows
            .iter()
            .find(|row| row.lead.as_ref().is_some_and(|h| airport(&corpus, h)))
            .unwrap();
        let lead = row.lead.as_ref().unwrap();
        let other = row.other.as_ref().unwrap();
        let differs = marked(&corpus, 0, lead, Mark::Differs).concat();
        assert!(
            differs.contains("عدة") && differs.contains("فصائل"),
            "{differs}"
        );
        let same = marked(&corpus, 0, lead, Mark::Same).concat();
        assert!(same.contains("مطار") && !same.contains("عدة"));
        let theirs = marked(&corpus, 1, other, Mark::Differs).concat();
        assert!(theirs.contains("العديد"), "{theirs}");
        // 000 and 002 carry the same words there.
        let v = side_by_side(&corpus, &r, 0, 2, 200);
        let row = v
            .rows
            .iter()
            .find(|row| row.lead.as_ref().is_some_and(|h| airport(&corpus, h)))
            .unwrap();
        let same = marked(&corpus, 0, row.lead.as_ref().unwrap(), Mark::Same).concat();
        assert!(same.contains("عدة"));
    }

    #[test]
    fn unrelated_articles_are_one_unaligned_block() {
        let corpus = bundled();
        let r = compare(&corpus);
        let v = side_by_side(&corpus, &r, 0, 3, 40);
        assert!(v.passages.is_empty());
        assert!(v.rows.iter().all(|row| !row.aligned));
        assert!(
            v.rows
                .iter()
                .any(|row| row.lead.is_some() && row.other.is_some())
        );
    }

    #[test]
    fn marks_and_parallels_name_the_other_sources() {
        let corpus = bundled();
        let r = compare(&corpus);
        let marks = r.marks(0);
        let airport = marks
            .iter()
            .find(|m| {
                corpus.articles[0].paragraphs[m.paragraph]
                    .text
                    .contains("مطار بغداد")
            })
            .unwrap();
        assert_eq!(airport.others, [1, 2]);
        assert!(r.marks(3).iter().all(|m| m.others == [4]));
        // From 001's airport passage, the next source sharing it is 002, then 000.
        let p1 = corpus.articles[1]
            .paragraphs
            .iter()
            .position(|p| p.text.contains("مطار بغداد"))
            .unwrap();
        let at = corpus.articles[1].paragraphs[p1].text.chars().count() / 2;
        let next: Vec<usize> = r.parallels(1, p1, at).iter().map(|s| s.article).collect();
        assert_eq!(next, [2, 0]);
        assert!(
            r.parallels(1, p1, 0).is_empty(),
            "before the passage starts"
        );
    }
}
