//! Sign-up boxes: a newsletter or alerts prompt inside the article ("Get more local news
//! delivered straight to your inbox…", "By signing up you agree…") is told by the e-mail
//! field it holds, whatever its classes say (utility classes such as `relative p-8 my-12`
//! name nothing). The box is the largest element around the field that holds little text
//! (a few lines), below the page's `article` or `main`.

use std::collections::HashMap;

use ego_tree::NodeId;
use scraper::Html;

use super::blocks::Block;
use super::teasers::Span;

/// A sign-up box holds at most this many characters (weighed as `Block::chars`): a heading,
/// a line of pitch, a line of terms.
const MAX_BOX_CHARS: usize = 500;

/// A sign-up box holds at most this many paragraph-like lines.
const MAX_BOX_PARAGRAPHS: usize = 3;

/// How far up from the field the box is looked for.
const MAX_CLIMB: usize = 12;

/// For each block, whether it is in a sign-up box.
pub fn signup_blocks(doc: &Html, blocks: &[Block], spans: &HashMap<NodeId, Span>) -> Vec<bool> {
    let mut signup = vec![false; blocks.len()];
    let fields = doc.tree.nodes().filter(|n| {
        n.value().as_element().is_some_and(|e| {
            e.name() == "input"
                && e.attr("type")
                    .is_some_and(|t| t.eq_ignore_ascii_case("email"))
        })
    });
    for field in fields {
        let mut found: Option<Span> = None;
        let mut node = field.parent();
        for _ in 0..MAX_CLIMB {
            let Some(n) = node else { break };
            // The article's own element is never the box.
            if n.value()
                .as_element()
                .is_none_or(|e| matches!(e.name(), "body" | "html" | "article" | "main"))
            {
                break;
            }
            match spans.get(&n.id()) {
                Some(s) if s.chars > MAX_BOX_CHARS || s.paragraphs > MAX_BOX_PARAGRAPHS => break,
                Some(s) => found = Some(*s),
                None => {}
            }
            node = n.parent();
        }
        if let Some(s) = found {
            for t in signup.iter_mut().skip(s.first).take(s.blocks) {
                *t = true;
            }
        }
    }
    signup
}
