//! The article's containers: the element that gathers the most paragraph-like text (long,
//! with commas, few links), in the manner of the readability family of methods, widened to
//! the ancestor it shares with its rivals and joined by its high-scoring siblings and its
//! sections of the same kind (content.rs then selects the blocks inside them).

use std::collections::{HashMap, HashSet};

use ego_tree::NodeId;
use scraper::Html;

use super::blocks::Block;

/// A block shorter than this (non-space characters) says nothing about its container.
pub(super) const MIN_PARAGRAPH: usize = 25;

/// How many levels above a paragraph's container receive a share of its score.
const LEVEL_SHARE: [f64; 3] = [1.0, 0.5, 1.0 / 3.0];

/// A sibling of the best container that scores at least this share of it is article too.
const SIBLING_SHARE: f64 = 0.2;

/// How far up the tree the walks go (deeper nesting is not a page layout).
pub(super) const MAX_CLIMB: usize = 200;

/// Elements whose text is one paragraph (their container is their parent).
const PARAGRAPH_TAGS: &[&str] = &[
    "p",
    "li",
    "td",
    "th",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "figcaption",
];

/// A block that reads like a paragraph: long enough, not a heading, under half of it links.
pub(super) fn paragraph_like(b: &Block) -> bool {
    prose(b) && b.chars >= MIN_PARAGRAPH && b.link_chars * 2 < b.chars
}

/// A heading holding at least this many characters is a paragraph set in a heading's type.
const LONG_HEADING: usize = 120;

/// Not a heading, or a heading as long as a paragraph (a listicle's items written in `h2`
/// titles: `A few months ago, X, a 17-year-old artist from Romania, drew this…`).
pub(super) fn prose(b: &Block) -> bool {
    b.heading == 0 || b.chars >= LONG_HEADING
}

/// The chosen containers and what the choice rests on.
pub(super) struct Choice {
    pub(super) top: NodeId,
    pub(super) roots: HashSet<NodeId>,
    /// Share of the page's paragraph characters inside the chosen containers.
    pub(super) share: f64,
    /// Parts of the article were hidden by weak furniture names (a `read-more` box holding
    /// the rest of the story after its intro): inside the choice, furniture named only by
    /// weak words is no furniture.
    pub(super) weak_names_hide: bool,
}

pub(super) fn parent_of(doc: &Html, id: NodeId) -> Option<NodeId> {
    doc.tree.get(id).and_then(|n| n.parent()).map(|p| p.id())
}

/// Whether `id` is `root` or inside it (within [`MAX_CLIMB`] levels).
pub(super) fn within(doc: &Html, id: NodeId, roots: &HashSet<NodeId>) -> bool {
    let mut node = Some(id);
    for _ in 0..MAX_CLIMB {
        let Some(n) = node else { return false };
        if roots.contains(&n) {
            return true;
        }
        node = parent_of(doc, n);
    }
    false
}

/// The best container and its high-scoring siblings; furniture blocks left out of the scoring
/// when `respect_furniture`.
pub(super) fn choose(
    doc: &Html,
    blocks: &[Block],
    teaser: &[bool],
    respect_furniture: bool,
) -> Option<Choice> {
    let parent = |id: NodeId| parent_of(doc, id);
    let tag = |id: NodeId| {
        doc.tree
            .get(id)
            .and_then(|n| n.value().as_element().map(|e| e.name()))
            .unwrap_or("")
    };
    let is_paragraph = |b: &Block| {
        (!respect_furniture || b.furniture.is_empty())
            && prose(b)
            && b.chars >= MIN_PARAGRAPH
            && b.link_chars * 2 < b.chars
    };
    // Scores of containers, the whole score of the paragraphs under each element, and the
    // text and link characters under each element.
    let mut score: HashMap<NodeId, f64> = HashMap::new();
    let mut inner: HashMap<NodeId, f64> = HashMap::new();
    let mut text: HashMap<NodeId, (usize, usize)> = HashMap::new();
    for (b, &t) in blocks.iter().zip(teaser) {
        let paragraph = !t && is_paragraph(b);
        let commas = b.text.matches([',', '،', '，', '、']).count() as f64;
        let s = 1.0 + commas + (b.chars as f64 / 100.0).min(3.0);
        let mut node = Some(b.owner);
        for _ in 0..MAX_CLIMB {
            let Some(id) = node else { break };
            let e = text.entry(id).or_default();
            e.0 += b.chars;
            e.1 += b.link_chars;
            if paragraph {
                *inner.entry(id).or_default() += s;
            }
            node = parent(id);
        }
        if !paragraph {
            continue;
        }
        let mut node = if PARAGRAPH_TAGS.contains(&tag(b.owner)) {
            parent(b.owner)
        } else {
            Some(b.owner)
        };
        for share in LEVEL_SHARE {
            let Some(id) = node else { break };
            *score.entry(id).or_default() += s * share;
            node = parent(id);
        }
    }
    let link_density = |id: NodeId| {
        text.get(&id).map_or(
            0.0,
            |&(t, l)| if t == 0 { 0.0 } else { l as f64 / t as f64 },
        )
    };
    let final_score =
        |id: NodeId| score.get(&id).copied().unwrap_or(0.0) * (1.0 - link_density(id));
    let best = score
        .keys()
        .copied()
        .map(|id| (id, final_score(id)))
        .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(&a.0)));
    let (best, top_score) = best.filter(|(_, s)| *s > 0.0)?;
    let top = promote(doc, best, top_score, &final_score, &score);
    // Siblings join on their score, or — a sibling of the same element and class as the
    // chosen container, the article cut into sections (`articleBodyText section`) — on the
    // paragraphs anywhere under it (one is enough).
    let whole = |id: NodeId| inner.get(&id).copied().unwrap_or(0.0) * (1.0 - link_density(id));
    let kind = |id: NodeId| {
        let e = doc.tree.get(id)?.value().as_element()?;
        let classes: HashSet<String> = e
            .attr("class")?
            .split_whitespace()
            .map(|c| c.chars().filter(|ch| !ch.is_ascii_digit()).collect())
            .collect();
        (!classes.is_empty()).then_some((e.name(), classes))
    };
    // Same element, and most class words shared, numbers aside (`articleBodyText version-2
    // section` and `articleBodyText section`; `story-body story-body-1` and `story-body
    // story-body-2`).
    let alike = |a: &(&str, HashSet<String>), b: &(&str, HashSet<String>)| {
        a.0 == b.0 && 2 * a.1.intersection(&b.1).count() > a.1.len().max(b.1.len())
    };
    let top_kind = kind(top);
    let mut roots: HashSet<NodeId> = HashSet::from([top]);
    if let Some(siblings) = doc.tree.get(top).and_then(|n| n.parent()) {
        for s in siblings.children() {
            let id = s.id();
            let same_kind = top_kind
                .as_ref()
                .zip(kind(id))
                .is_some_and(|(t, k)| alike(t, &k));
            if id != top
                && (final_score(id) >= (top_score * SIBLING_SHARE).max(3.0)
                    || same_kind && whole(id) > 0.0)
            {
                roots.insert(id);
            }
        }
        // Cousins too: the article cut into sections each wrapped with its own aside
        // (`story-body-supplemental > story-body story-body-1` and the same with `-2`) — a
        // child of the same kind as the chosen container, under a sibling of the same kind
        // as its parent.
        let parent_kind = kind(siblings.id());
        let uncles = siblings.parent().into_iter().flat_map(|g| g.children());
        for u in uncles {
            let same = parent_kind
                .as_ref()
                .zip(kind(u.id()))
                .is_some_and(|(p, k)| alike(p, &k));
            if u.id() == siblings.id() || !same {
                continue;
            }
            for c in u.children() {
                let same_kind = top_kind
                    .as_ref()
                    .zip(kind(c.id()))
                    .is_some_and(|(t, k)| alike(t, &k));
                if same_kind && whole(c.id()) > 0.0 {
                    roots.insert(c.id());
                }
            }
        }
    }
    // Fragments too: the article's text cut into several containers of the best one's kind
    // (`jupiter-paragraph-fragment`) in different places of its layout (between them a
    // photo, an ad, a quotation grid) — anywhere inside the `article` or `main` that holds
    // the choice, so that the next article a page appends below in its own `article` is
    // never taken.
    let holds = |id: NodeId| whole(id) >= FRAGMENT_SCORE;
    for id in fragments(doc, best, top, &kind, &alike, &holds) {
        if !within(doc, id, &roots) {
            roots.insert(id);
        }
    }
    // The share is of all the page's paragraph text, furniture or not: a choice that missed
    // an article hidden by furniture names must show as a small share.
    let total: usize = blocks
        .iter()
        .zip(teaser)
        .filter(|(b, t)| !**t && paragraph_like(b))
        .map(|(b, _)| b.chars)
        .sum();
    let inside: usize = blocks
        .iter()
        .zip(teaser)
        .filter(|(b, t)| !**t && is_paragraph(b) && within(doc, b.owner, &roots))
        .map(|(b, _)| b.chars)
        .sum();
    Some(Choice {
        top,
        roots,
        share: inside as f64 / total.max(1) as f64,
        weak_names_hide: false,
    })
}

/// A fragment of the article holds at least this score of paragraphs (one long paragraph
/// with commas; a caption or a byline scores less).
const FRAGMENT_SCORE: f64 = 3.0;

/// A class name and its words (digits aside), as the choice compares them.
type Kind<'a> = (&'a str, HashSet<String>);

/// Elements of the best container's kind inside the nearest `article` or `main` around the
/// chosen container `top`, outside `top` — when the kind names the article's text rather than
/// a layout: most elements of that kind there hold paragraphs (a `row` or a
/// `component-content` is everywhere, mostly around images, bylines and captions).
fn fragments<'a>(
    doc: &'a Html,
    best: NodeId,
    top: NodeId,
    kind: &dyn Fn(NodeId) -> Option<Kind<'a>>,
    alike: &dyn Fn(&Kind, &Kind) -> bool,
    holds_paragraphs: &dyn Fn(NodeId) -> bool,
) -> Vec<NodeId> {
    let Some(best_kind) = kind(best) else {
        return Vec::new();
    };
    let scope = doc.tree.get(top).and_then(|n| {
        n.ancestors().take(MAX_CLIMB).find(|a| {
            a.value()
                .as_element()
                .is_some_and(|e| matches!(e.name(), "article" | "main"))
        })
    });
    let Some(scope) = scope else {
        return Vec::new();
    };
    let same: Vec<NodeId> = scope
        .descendants()
        .filter(|d| kind(d.id()).is_some_and(|k| alike(&best_kind, &k)))
        .map(|d| d.id())
        .collect();
    let full = same.iter().filter(|&&id| holds_paragraphs(id)).count();
    if 2 * full <= same.len() {
        return Vec::new();
    }
    // A photo's box holds its caption, which the article's text does not repeat.
    let holds_figure = |id: NodeId| {
        doc.tree.get(id).is_some_and(|n| {
            n.descendants().any(|d| {
                d.value()
                    .as_element()
                    .is_some_and(|e| matches!(e.name(), "figure" | "figcaption"))
            })
        })
    };
    let top_set = HashSet::from([top]);
    same.into_iter()
        .filter(|&id| {
            holds_paragraphs(id)
                && !holds_figure(id)
                && !within(doc, id, &top_set)
                && !within(doc, top, &HashSet::from([id]))
        })
        .collect()
}

/// Candidates scoring at least this share of the best one count as its rivals.
const RIVAL_SHARE: f64 = 0.5;

/// How many rivals sharing an ancestor with the best container make that ancestor the
/// article (an article split into steps or sections, each scored on its own).
const RIVALS_FOR_ANCESTOR: usize = 2;

/// The container to take for the best-scoring one: its nearest ancestor shared with enough
/// rivals (of the five best), and then the outermost ancestor that holds nothing else.
fn promote(
    doc: &Html,
    best: NodeId,
    best_score: f64,
    final_score: &dyn Fn(NodeId) -> f64,
    score: &HashMap<NodeId, f64>,
) -> NodeId {
    let ancestors = |id: NodeId| {
        let mut out = Vec::new();
        let mut node = Some(id);
        for _ in 0..MAX_CLIMB {
            let Some(n) = node else { break };
            out.push(n);
            node = parent_of(doc, n);
        }
        out
    };
    let mut rivals: Vec<(NodeId, f64)> = score
        .keys()
        .copied()
        .filter(|&id| id != best)
        .map(|id| (id, final_score(id)))
        .filter(|(_, s)| *s >= best_score * RIVAL_SHARE)
        .collect();
    rivals.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rivals.truncate(4);
    let mine = ancestors(best);
    let mut top = best;
    let others: Vec<Vec<NodeId>> = rivals.iter().map(|(id, _)| ancestors(*id)).collect();
    // Rivals inside the best container are its own parts, not rivals.
    let others: Vec<&Vec<NodeId>> = others.iter().filter(|a| !a.contains(&best)).collect();
    for a in mine.iter().skip(1) {
        let sharing = others.iter().filter(|o| o.contains(a)).count();
        if sharing >= RIVALS_FOR_ANCESTOR {
            top = *a;
            break;
        }
    }
    // An only child's parent holds the same text: take the outermost such container (within
    // the climb limit, so the blocks can still find it).
    let mut climbed = 0;
    while let Some(parent) = doc.tree.get(top).and_then(|n| n.parent())
        && climbed < MAX_CLIMB / 2
    {
        climbed += 1;
        let elements = parent.children().filter(|c| c.value().is_element()).count();
        let is_body = parent
            .value()
            .as_element()
            .is_some_and(|e| matches!(e.name(), "body" | "html"));
        if elements != 1 || is_body {
            break;
        }
        top = parent.id();
    }
    top
}
