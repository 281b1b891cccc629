//! JSON-LD as pages write it: the script's JSON without the wrappers some CMSs put around
//! it, the objects that describe the article (or the page) anywhere in it, and a field's text.

use serde_json::Value;

use super::metadata::collapse;
use crate::corpus::formats::ARTICLE_TYPES;

/// A JSON-LD script's JSON, without the CDATA or comment wrapper some CMSs put around it.
pub(super) fn json_ld_text(raw: &str) -> &str {
    let mut t = raw.trim();
    for (open, close) in [
        ("<![CDATA[", "]]>"),
        ("//<![CDATA[", "//]]>"),
        ("<!--", "-->"),
    ] {
        if let Some(inner) = t.strip_prefix(open) {
            t = inner.trim();
            t = t.strip_suffix(close).unwrap_or(t).trim();
        }
    }
    t.trim_end_matches(';')
}

/// Article objects anywhere in a JSON-LD value (arrays, `@graph`, nested `mainEntity`), then
/// plain pages and untyped objects.
pub(super) fn collect_articles(
    v: &Value,
    out: &mut Vec<(usize, serde_json::Map<String, Value>)>,
    depth: usize,
) {
    if depth > 8 {
        return;
    }
    match v {
        Value::Array(items) => items
            .iter()
            .for_each(|i| collect_articles(i, out, depth + 1)),
        Value::Object(o) => {
            let types: Vec<&str> = match o.get("@type") {
                Some(Value::String(s)) => vec![s.as_str()],
                Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
                _ => Vec::new(),
            };
            let article = types.iter().any(|t| ARTICLE_TYPES.contains(t));
            // An object with a context but no type describes the page itself in a vocabulary
            // of its own (Baidu's `cambrian.jsonld`: `title`, `pubDate`).
            let untyped = types.is_empty() && o.contains_key("@context");
            if article || untyped || types.contains(&"WebPage") {
                // Plain pages rank after every article type.
                out.push((usize::from(!article), o.clone()));
            }
            for key in ["@graph", "mainEntity", "mainEntityOfPage"] {
                if let Some(inner) = o.get(key) {
                    collect_articles(inner, out, depth + 1);
                }
            }
        }
        _ => {}
    }
}

/// A JSON-LD field as text: a string, or an object's `name`, or an array's first such.
pub(super) fn ld_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(collapse(s)).filter(|s| !s.is_empty()),
        Value::Object(o) => o.get("name").and_then(ld_text),
        Value::Array(a) => a.iter().find_map(ld_text),
        _ => None,
    }
}
