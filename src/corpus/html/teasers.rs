//! Teaser lists: runs of sibling items of one kind, each a headline linking to another page
//! followed by a summary (`<li><a>headline</a><span>summary…</span></li>`, or a heading link,
//! a summary paragraph and a source line). Their summaries read like paragraphs — long, with
//! commas, few links — so the content choice would take a "more stories", "related" or
//! "breaking news" list for the article, or keep it beside the article inside a wide
//! container. The shape tells them apart whatever the list is called and in any language;
//! an article's own paragraphs seldom open with a long link, and never most of them. A list
//! with paragraphs of text both before and after it around it (under its parent's parent)
//! is a list the article itself sets out (linked products or reports, each described), not
//! a teaser list beside it.

use std::collections::HashMap;

use ego_tree::NodeId;
use scraper::Html;

use super::blocks::Block;

/// A headline is a link of at least this many characters (weighed as `Block::chars`).
const MIN_HEADLINE: usize = 12;

/// A summary holds at least this many characters outside links.
const MIN_SUMMARY: usize = 25;

/// An item has at most this many blocks (headline, source line, summary, date, "more").
const MAX_ITEM_BLOCKS: usize = 6;

/// Items of one kind under one parent that make a list.
const MIN_ITEMS: usize = 3;

/// How far up from a block the items are looked for.
const MAX_CLIMB: usize = 60;

/// The text under one element: its blocks (a contiguous run, in document order) and sizes.
#[derive(Default, Clone, Copy)]
pub struct Span {
    pub first: usize,
    pub blocks: usize,
    pub chars: usize,
    pub link_chars: usize,
    /// Blocks that read like paragraphs (not headings, at least [`MIN_SUMMARY`] characters).
    pub paragraphs: usize,
}

/// The text under each element that holds any (up to [`MAX_CLIMB`] levels above a block).
pub fn spans(doc: &Html, blocks: &[Block]) -> HashMap<NodeId, Span> {
    let mut spans: HashMap<NodeId, Span> = HashMap::new();
    for (i, b) in blocks.iter().enumerate() {
        let mut node = doc.tree.get(b.owner);
        for _ in 0..MAX_CLIMB {
            let Some(n) = node else { break };
            let s = spans.entry(n.id()).or_insert(Span {
                first: i,
                ..Span::default()
            });
            s.blocks += 1;
            s.chars += b.chars;
            s.link_chars += b.link_chars;
            s.paragraphs += usize::from(b.heading == 0 && b.chars >= MIN_SUMMARY);
            node = n.parent();
        }
    }
    spans
}

/// For each block, whether it belongs to a teaser list's item.
pub fn teaser_blocks(doc: &Html, blocks: &[Block], spans: &HashMap<NodeId, Span>) -> Vec<bool> {
    let shaped = |s: &Span| {
        let headline = blocks
            .iter()
            .skip(s.first)
            .take(s.blocks.min(2))
            .any(|b| b.lead_link_chars >= MIN_HEADLINE);
        s.blocks <= MAX_ITEM_BLOCKS && headline && s.chars - s.link_chars >= MIN_SUMMARY
    };
    let mut teaser = vec![false; blocks.len()];
    let parents: Vec<NodeId> = spans
        .keys()
        .filter_map(|&id| doc.tree.get(id)?.parent().map(|p| p.id()))
        .collect::<std::collections::HashSet<_>>()
        .into_iter()
        .collect();
    for parent in parents {
        let Some(p) = doc.tree.get(parent) else {
            continue;
        };
        // The parent's children with text, by element name.
        let mut kinds: HashMap<&str, Vec<Span>> = HashMap::new();
        for c in p.children() {
            let (Some(e), Some(s)) = (c.value().as_element(), spans.get(&c.id())) else {
                continue;
            };
            kinds.entry(e.name()).or_default().push(*s);
        }
        // The list's surroundings: the text under the parent's parent.
        let around = p.parent().and_then(|g| spans.get(&g.id()));
        for items in kinds.values() {
            let teasers: Vec<&Span> = items.iter().filter(|s| shaped(s)).collect();
            let (Some(first), Some(last)) = (teasers.first(), teasers.last()) else {
                continue;
            };
            let inside_prose = around.is_some_and(|a| {
                let prose = |i: &usize| {
                    blocks.get(*i).is_some_and(|b| {
                        b.heading == 0 && b.chars >= MIN_SUMMARY && b.link_chars * 2 < b.chars
                    })
                };
                let before = (a.first..first.first).any(|i| prose(&i));
                let after = (last.first + last.blocks..a.first + a.blocks).any(|i| prose(&i));
                before && after
            });
            if teasers.len() >= MIN_ITEMS && 2 * teasers.len() >= items.len() && !inside_prose {
                for s in teasers {
                    for t in teaser.iter_mut().skip(s.first).take(s.blocks) {
                        *t = true;
                    }
                }
            }
        }
    }
    teaser
}

#[cfg(test)]
mod tests {
    use super::super::html;
    use super::super::tests::{P1, P2, kept};

    /// A list item: a headline link and a summary, as news sites' "more stories" lists.
    fn item(n: usize) -> String {
        format!(
            r#"<li><a href="/news/{n}">عنوان خبر آخر رقم {n} في الموقع نفسه</a>
            <span>ملخص الخبر الآخر رقم {n}، وفيه جمل طويلة، وفواصل كثيرة، كما في فقرات الأخبار الحقيقية...</span></li>"#
        )
    }

    #[test]
    fn a_list_of_headlines_with_summaries_beside_the_article_is_left_out() {
        let items: String = (1..=6).map(item).collect();
        let page = format!(
            r#"<body><div class="main"><div class="breaking"><ul>{items}</ul></div>
            <div class="story"><h1>افتتاح ثلاثة مستشفيات</h1><p>{P1}</p><p>{P2}</p></div></div></body>"#
        );
        let d = html(&page);
        assert_eq!(kept(&d), vec!["افتتاح ثلاثة مستشفيات", P1, P2]);
        assert!(
            d.paragraphs
                .iter()
                .any(|p| p.contains("ملخص الخبر الآخر رقم 3"))
        );
    }

    #[test]
    fn heading_links_with_summary_paragraphs_are_teasers_too() {
        // `li > div > (h4 > a, p)`: the headline and the summary are blocks of their own; the
        // list sits inside the article's container, after its paragraphs.
        let items: String = (1..=4)
            .map(|n| {
                format!(
                    r#"<li><div class="item"><h4><a href="/s/{n}">其他新闻的标题第{n}条很长的标题</a></h4>
                    <p>其他新闻的摘要第{n}条，内容很长，有很多逗号，像真的段落一样，读起来也像文章。</p></div></li>"#
                )
            })
            .collect();
        let page = format!(
            r#"<body><div class="story"><p>{P1}</p><p>{P2}</p><ul class="stream">{items}</ul></div></body>"#
        );
        assert_eq!(kept(&html(&page)), vec![P1, P2]);
    }

    #[test]
    fn a_list_the_article_sets_out_between_its_paragraphs_stays() {
        // Linked reports, each described, between two paragraphs of the text: the article's
        // own list, though its items have a teaser's shape.
        let items: String = (1..=4).map(item).collect();
        let page = format!(
            r#"<body><div class="story"><p>{P1}</p><ul>{items}</ul><p>{P2}</p></div></body>"#
        );
        let d = html(&page);
        let k = kept(&d);
        assert_eq!(k.len(), 6, "{k:?}");
        assert!(
            k.iter().any(|p| p.contains("ملخص الخبر الآخر رقم 3")),
            "{k:?}"
        );
    }

    #[test]
    fn paragraphs_that_open_with_a_link_stay_article() {
        // A few paragraphs of the article open with a link; most do not: no list.
        let linked =
            |n: usize| format!(r#"<p><a href="/people/{n}">وزير الصحة في الحكومة</a> {P2}</p>"#);
        let page = format!(
            r#"<body><div class="story">{}{}<p>{P1}</p><p>{P2}</p><p>{P1}</p><p>{P2}</p>{}</div></body>"#,
            linked(1),
            linked(2),
            linked(3)
        );
        let d = html(&page);
        assert_eq!(kept(&d).len(), 7, "{:?}", kept(&d));
        // Sections whose headings link to themselves (`#anchor`) are not teasers either.
        let section = |n: usize| {
            format!(
                r##"<section><h2><a href="#s{n}">القسم رقم {n} من الخبر الطويل</a></h2><p>{P1}</p></section>"##
            )
        };
        let page = format!(
            r#"<body><article>{}{}{}{}</article></body>"#,
            section(1),
            section(2),
            section(3),
            section(4)
        );
        let d = html(&page);
        assert_eq!(kept(&d).iter().filter(|p| **p == P1).count(), 4);
    }
}
