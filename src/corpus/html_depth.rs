//! A bound on HTML nesting before the page is parsed (issue 12, item 8).
//!
//! html5ever checks "is there a `p` in button scope" by scanning the stack of open elements on
//! many start tags, so a page of N nested `<div>`s takes time in N²: 200,000 of them (2.2 MB)
//! took 116 s. No article is nested that deep — real pages stay below ~100 — so one linear
//! pass drops the start tags that would open an element deeper than [`MAX_DEPTH`] (and their
//! end tags); the text inside is kept. Elements whose end tag may be left out (`p`, `li`,
//! `td`, …) and void elements (`br`, `img`) are not counted, since they do not nest.

/// Deepest element kept.
pub const MAX_DEPTH: usize = 256;

/// Elements that close themselves or are closed implicitly: never counted as depth.
const UNCOUNTED: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody",
    "thead", "tfoot", "colgroup", "rp", "rt", "html", "head", "body",
];

/// Elements whose content is raw text up to their end tag.
const RAW: &[&str] = &["script", "style", "textarea", "title", "xmp", "noscript"];

/// `html` with its nesting bounded, and how many tags were dropped (0: `html` unchanged).
pub fn bounded(html: &str) -> (std::borrow::Cow<'_, str>, usize) {
    let bytes = html.as_bytes();
    let mut out = String::new();
    let (mut depth, mut excess, mut dropped) = (0usize, 0usize, 0usize);
    // Start of the text not yet copied to `out`.
    let mut copied = 0;
    let mut i = 0;
    // Every cut is at an ASCII byte (`<`, after `>` or `-->`), so on a char boundary.
    let from = |a: usize| html.get(a..).unwrap_or_default();
    while let Some(off) = memchr::memchr(b'<', bytes.get(i..).unwrap_or_default()) {
        let lt = i + off;
        let rest = from(lt);
        if rest.starts_with("<!--") {
            i = rest.find("-->").map_or(html.len(), |e| lt + e + 3);
            continue;
        }
        let Some(end) = tag_end(bytes.get(lt..).unwrap_or_default()) else {
            break;
        };
        let tag = html.get(lt + 1..lt + end).unwrap_or_default();
        i = lt + end + 1;
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if name.is_empty() {
            continue;
        }
        if !closing && RAW.contains(&name.as_str()) {
            // Skip to the raw text's end tag.
            let close = format!("</{name}");
            i = find_ascii_ci(from(i), &close).map_or(html.len(), |e| i + e);
            continue;
        }
        if UNCOUNTED.contains(&name.as_str()) || tag.ends_with('/') {
            continue;
        }
        let drop = if closing {
            if excess > 0 {
                excess -= 1;
                true
            } else {
                depth = depth.saturating_sub(1);
                false
            }
        } else if depth >= MAX_DEPTH {
            excess += 1;
            true
        } else {
            depth += 1;
            false
        };
        if drop {
            out.push_str(html.get(copied..lt).unwrap_or_default());
            copied = i;
            dropped += 1;
        }
    }
    if dropped == 0 {
        return (std::borrow::Cow::Borrowed(html), 0);
    }
    out.push_str(from(copied));
    (std::borrow::Cow::Owned(out), dropped)
}

/// Index of the `>` ending the tag that starts at `b[0] == b'<'`, quotes respected.
fn tag_end(b: &[u8]) -> Option<usize> {
    let mut quote = None;
    for (k, &c) in b.iter().enumerate().skip(1) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(c),
            (None, b'>') => return Some(k),
            _ => {}
        }
    }
    None
}

/// `needle` (ASCII) in `hay`, ignoring ASCII case.
fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    h.windows(n.len().max(1))
        .position(|w| w.eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_pages_are_untouched() {
        let page = "<html><body><div><p>نص <b>عريض</b></p><script>if (a<b) {}</script></div></body></html>";
        assert_eq!(bounded(page), (std::borrow::Cow::Borrowed(page), 0));
    }

    #[test]
    fn deep_nesting_is_cut_at_the_limit_and_the_text_kept() {
        let n = MAX_DEPTH + 100;
        let page = format!(
            "{}<p>النص</p>{}",
            "<div class='x>y'>".repeat(n),
            "</DIV>".repeat(n)
        );
        let (out, dropped) = bounded(&page);
        assert_eq!(dropped, 200);
        assert!(out.contains("<p>النص</p>"));
        assert_eq!(out.matches("<div").count(), MAX_DEPTH);
        assert_eq!(out.matches("</DIV>").count(), MAX_DEPTH);
    }

    #[test]
    fn unclosed_list_items_and_paragraphs_do_not_count() {
        let page = format!("<ul>{}</ul>", "<li>بند <p>نص".repeat(1000));
        assert_eq!(bounded(&page).1, 0);
    }
}
