//! Where a saved page says it came from when it states no address of its own: the comment
//! browsers write at the top of a page saved whole, else the page's `<base href>`. The weakest
//! sign of the outlet (docs/extraction.md).

use scraper::{Html, Selector};

/// The address the page was saved from: the `saved from url` comment, else an absolute
/// `<base href>` (a relative one names no site).
pub fn address(doc: &Html, raw: &str) -> Option<String> {
    saved_from_comment(raw).or_else(|| {
        let base = Selector::parse("base[href]").ok()?;
        doc.select(&base)
            .find_map(|e| e.value().attr("href"))
            .map(str::trim)
            .filter(|u| u.starts_with("http"))
            .map(str::to_string)
    })
}

/// Bytes from the top where a browser puts its `saved from url` comment (after the doctype).
const SAVED_FROM_WITHIN: usize = 1024;

/// The address in the `<!-- saved from url=(0058)https://… -->` comment that Internet Explorer,
/// Edge and Chrome's "complete page" write at a saved page's top.
fn saved_from_comment(raw: &str) -> Option<String> {
    let end = (0..=SAVED_FROM_WITHIN.min(raw.len()))
        .rev()
        .find(|&i| raw.is_char_boundary(i))?;
    let head = raw.get(..end)?;
    let at = head.find("saved from url=(")?;
    let rest = head.get(at..)?.split_once(')')?.1;
    let url = rest.split_whitespace().next()?.trim_end_matches("-->");
    url.starts_with("http").then(|| url.to_string())
}
