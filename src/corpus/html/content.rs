//! Which blocks are the article: what is never the article (teaser lists, sign-up boxes,
//! consent dialogs) is set aside, the containers are chosen (container.rs) — again without
//! furniture names when those hid the article — and inside them furniture and blocks made
//! mostly of links are left out. Blocks left out are kept by the caller as boilerplate.

use std::collections::{HashMap, HashSet};

use ego_tree::NodeId;
use scraper::{ElementRef, Html};

use super::blocks::Block;
use super::container::{
    Choice, MAX_CLIMB, MIN_PARAGRAPH, choose, paragraph_like, parent_of, within,
};

/// A best container holding less than this share of the page's paragraph text is a wrong
/// choice made because furniture names hid the article: the choice is made again without them.
const MIN_SHARE: f64 = 0.3;

/// Furniture inside the chosen container that holds at least this share of the container's
/// paragraph text (nearly all of it) is a wrapper named like furniture, not furniture.
const WRAPPER_SHARE: f64 = 0.85;

/// How many times the respecting choice's share of the page's text the choice made ignoring
/// furniture names must hold to replace it.
const FALLBACK_MARGIN: f64 = 2.0;

/// For each block, whether it is the article's text.
pub fn article_blocks(doc: &Html, blocks: &[Block]) -> Vec<bool> {
    // Teaser lists and sign-up boxes are never the article's, whatever holds them.
    let spans = super::teasers::spans(doc, blocks);
    let signup = super::signup::signup_blocks(doc, blocks, &spans);
    // A consent dialog is never the article either, even when the choice is made again
    // without furniture names — unless it holds the page's `article`, `main` or `h1` (a
    // consent manager's element wrapping the whole page).
    let mut wrapper: HashMap<NodeId, bool> = HashMap::new();
    let mut dialog = |b: &Block| {
        b.dialog.is_some_and(|d| {
            !*wrapper.entry(d).or_insert_with(|| {
                doc.tree.get(d).is_some_and(|n| {
                    n.descendants().any(|c| {
                        c.value()
                            .as_element()
                            .is_some_and(|e| matches!(e.name(), "article" | "main" | "h1"))
                    })
                })
            })
        })
    };
    let teaser: Vec<bool> = super::teasers::teaser_blocks(doc, blocks, &spans)
        .iter()
        .zip(&signup)
        .zip(blocks)
        .map(|((t, s), b)| *t || *s || dialog(b))
        .collect();
    let respecting = choose(doc, blocks, &teaser, true);
    // A page's footer or navigation (by tag or role) is never the article, however long its
    // legal lines beside a short article (a video's one-line description).
    let ignoring = || choose(doc, blocks, &teaser, false).filter(|i| !in_footer_or_nav(doc, i.top));
    let chosen = match respecting {
        Some(c) if c.share >= MIN_SHARE => Some(c),
        // The choice ignoring furniture names must hold clearly more of the page's text: a
        // long comment thread (rightly named furniture) beats a short article only by a little.
        Some(c) => match ignoring() {
            // The two choices overlap: the article's rest inside the chosen container was
            // hidden by a weak furniture name (`read-more`), and the article is the larger
            // of the two with its weakly named parts — unless a tag or a strong name (a
            // comment thread) is what hid the text.
            Some(i)
                if i.share > FALLBACK_MARGIN * c.share
                    && (within(doc, i.top, &c.roots) && !strongly_hidden(doc, i.top, c.top)
                        || within(doc, c.top, &i.roots)) =>
            {
                let outer = if within(doc, i.top, &c.roots) { c } else { i };
                Some(Choice {
                    weak_names_hide: true,
                    ..outer
                })
            }
            Some(i) if i.share > FALLBACK_MARGIN * c.share => Some(i),
            _ => Some(c),
        },
        None => ignoring(),
    };
    let mut keep = match chosen {
        Some(c) => select(doc, blocks, &c),
        None => blocks.iter().map(|b| b.furniture.is_empty()).collect(),
    };
    for (k, t) in keep.iter_mut().zip(&teaser) {
        *k &= !t;
    }
    drop_repeated_captions(doc, blocks, &mut keep);
    keep
}

/// A caption the article already holds word for word is a copy (a gallery repeats each
/// caption in its slides, its lightbox, its truncated and full forms): only its first
/// occurrence is the article's. Other repeated paragraphs stay — interviews repeat their
/// questions, recipes their steps.
fn drop_repeated_captions(doc: &Html, blocks: &[Block], keep: &mut [bool]) {
    let caption = |id: NodeId| {
        doc.tree
            .get(id)
            .and_then(|n| n.value().as_element())
            .is_some_and(|e| {
                e.name() == "figcaption"
                    || e.attr("class").is_some_and(|c| {
                        c.split(|ch: char| !ch.is_ascii_alphanumeric())
                            .any(|w| w.eq_ignore_ascii_case("caption"))
                    })
            })
    };
    let mut seen: HashSet<&str> = HashSet::new();
    for (k, b) in keep.iter_mut().zip(blocks) {
        if *k && caption(b.owner) && !seen.insert(b.text.as_str()) {
            *k = false;
        }
    }
}

/// Whether an element between `part` and the chosen container `top` is furniture by its tag
/// or by a strong name (a comment thread, a related list): such furniture hides no part of
/// the article.
fn strongly_hidden(doc: &Html, part: NodeId, top: NodeId) -> bool {
    let mut node = doc.tree.get(part);
    for _ in 0..MAX_CLIMB {
        let Some(n) = node else { return false };
        if n.id() == top {
            return false;
        }
        if let Some(el) = ElementRef::wrap(n)
            && super::blocks::is_furniture(el, false)
            && !super::blocks::weakly_named_furniture(el)
        {
            return true;
        }
        node = n.parent();
    }
    false
}

/// Whether the element is or sits in a `footer`, `nav` or `menu` element, or one whose role
/// is `contentinfo` or `navigation`.
fn in_footer_or_nav(doc: &Html, id: NodeId) -> bool {
    let mut node = doc.tree.get(id);
    for _ in 0..MAX_CLIMB {
        let Some(n) = node else { return false };
        if let Some(e) = n.value().as_element()
            && (matches!(e.name(), "footer" | "nav" | "menu")
                || matches!(e.attr("role"), Some("contentinfo" | "navigation")))
        {
            return true;
        }
        node = n.parent();
    }
    false
}

/// An element's tag and class attribute, when it has a class.
fn element_kind(doc: &Html, id: NodeId) -> Option<(&str, &str)> {
    let e = doc.tree.get(id)?.value().as_element()?;
    Some((e.name(), e.attr("class")?))
}

/// The blocks of the chosen containers, less the furniture inside them and the blocks made
/// mostly of links; plus long paragraphs beside the best container.
fn select(doc: &Html, blocks: &[Block], c: &Choice) -> Vec<bool> {
    let parent = |id: NodeId| parent_of(doc, id);
    // Furniture that holds the chosen container is a wrapper, not furniture; so is furniture
    // inside it that holds most of its paragraph text (a theme's `widget-container` around the
    // whole article body).
    let holds_top = |f: &NodeId| within(doc, c.top, &HashSet::from([*f]));
    let mut inside = 0;
    let mut under: HashMap<NodeId, usize> = HashMap::new();
    // Paragraphs proper: long headings (a listicle's item titles) count for no wrapper.
    for b in blocks
        .iter()
        .filter(|b| b.heading == 0 && paragraph_like(b))
    {
        if within(doc, b.owner, &c.roots) {
            inside += b.chars;
            for f in &b.furniture {
                *under.entry(*f).or_default() += b.chars;
            }
        }
    }
    // Furniture-named elements of one kind (tag and class) that together hold most of it
    // are the article's own parts: a listicle's items, each with its description in a
    // `subbuzz__figure-footer`.
    let mut by_kind: HashMap<(&str, &str), usize> = HashMap::new();
    for (f, n) in &under {
        if let Some(k) = element_kind(doc, *f) {
            *by_kind.entry(k).or_default() += n;
        }
    }
    let most = |n: usize| n as f64 >= WRAPPER_SHARE * inside as f64;
    let wraps_article = |f: &NodeId| {
        under.get(f).is_some_and(|&n| most(n))
            || element_kind(doc, *f)
                .and_then(|k| by_kind.get(&k))
                .is_some_and(|&n| most(n))
    };
    let weak = |f: &NodeId| {
        c.weak_names_hide
            && doc
                .tree
                .get(*f)
                .and_then(ElementRef::wrap)
                .is_some_and(super::blocks::weakly_named_furniture)
    };
    let furniture = |b: &Block| {
        b.furniture
            .iter()
            .any(|f| !holds_top(f) && !wraps_article(f) && !weak(f))
    };
    let mut keep: Vec<bool> = blocks
        .iter()
        .map(|b| {
            within(doc, b.owner, &c.roots) && !furniture(b) && b.link_chars * 2 <= b.chars.max(1)
        })
        .collect();
    // Paragraphs beside the best container (text split over several elements of one parent)
    // are article too.
    for (k, b) in keep.iter_mut().zip(blocks) {
        if !*k
            && !furniture(b)
            && b.heading == 0
            && b.link_chars * 2 < b.chars
            && b.chars >= 3 * MIN_PARAGRAPH
            && parent(b.owner) == parent(c.top)
        {
            *k = true;
        }
    }
    keep
}
