//! The file formats: plain text with optional front matter, JSON, JSON Lines and HTML.
//! Each turns decoded text into documents (paragraph texts + metadata the format gives).

use chrono::NaiveDate;
use scraper::{Html, Selector};
use serde_json::Value;

use super::assemble::Given;

/// One article's worth of a file, before assembly.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    pub paragraphs: Vec<String>,
    pub given: Given,
}

/// A date from metadata: `YYYY-MM-DD`, optionally followed by a time (ISO 8601), or `DD/MM/YYYY`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let head: String = s.chars().take(10).collect();
    NaiveDate::parse_from_str(&head, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(&head, "%Y/%m/%d"))
        .or_else(|_| NaiveDate::parse_from_str(&head, "%d/%m/%Y"))
        .ok()
}

/// Plain text: each line a paragraph; optional front matter (`---`, `key: value`, `---`).
pub fn plain(text: &str) -> Doc {
    let mut given = Given::default();
    let mut body = text;
    if let Some(rest) = text.strip_prefix("---\n")
        && let Some(end) = rest.find("\n---")
    {
        for line in rest[..end].lines() {
            let Some((k, v)) = line.split_once(':') else {
                continue;
            };
            let v = v.trim().trim_matches('"').to_string();
            match k.trim() {
                "title" => given.title = Some(v),
                "outlet" | "source" | "site" => given.outlet = Some(v),
                "published" | "date" => given.published = parse_date(&v),
                "url" => given.url = Some(v),
                _ => {}
            }
        }
        body = rest[end + 4..].trim_start_matches(['-']);
    }
    Doc {
        paragraphs: body
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect(),
        given,
    }
}

/// A JSON object as an article: fields id, title, outlet/source/site, published/date, url,
/// text/body/content (a string, one paragraph a line, or an array of strings).
pub fn json_object(v: &Value) -> Result<Doc, String> {
    let obj = v.as_object().ok_or("not a JSON object")?;
    let field = |names: &[&str]| names.iter().find_map(|n| obj.get(*n));
    let string = |names: &[&str]| field(names).and_then(Value::as_str).map(str::to_string);
    let text = field(&["text", "body", "content"]).ok_or("no text, body or content field")?;
    let paragraphs: Vec<String> = match text {
        Value::String(s) => s.lines().map(str::to_string).collect(),
        Value::Array(items) => items
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        _ => return Err("text must be a string or an array of strings".into()),
    };
    if paragraphs.iter().all(|p| p.trim().is_empty()) {
        return Err("empty text".into());
    }
    // The id as written: `null` is no id, and a number keeps its digits (serde_json's
    // `arbitrary_precision`: `12345678901234567890` is not rounded through f64).
    let id = field(&["id"]).and_then(|v| match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    });
    Ok(Doc {
        paragraphs,
        given: Given {
            id,
            title: string(&["title", "headline"]),
            outlet: string(&["outlet", "source", "site"]),
            published: string(&["published", "date"]).and_then(|d| parse_date(&d)),
            url: string(&["url", "link"]),
        },
    })
}

/// HTML: paragraphs from `p`, `h1`–`h3`, `li` in document order; title from `h1` or `title`;
/// outlet from `og:site_name`; date from `article:published_time` or `time[datetime]`.
pub fn html(text: &str) -> Doc {
    let doc = Html::parse_document(text);
    let sel = |s: &str| Selector::parse(s).ok();
    let text_of = |e: scraper::ElementRef| {
        e.text()
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut paragraphs = Vec::new();
    if let Some(s) = sel("p, h1, h2, h3, li") {
        for e in doc.select(&s) {
            // A `p` inside an `li` (or the reverse) would be read twice: keep the innermost.
            let has_inner = e
                .descendants()
                .skip(1)
                .filter_map(scraper::ElementRef::wrap)
                .any(|d| matches!(d.value().name(), "p" | "h1" | "h2" | "h3" | "li"));
            if !has_inner {
                let t = text_of(e);
                if !t.is_empty() {
                    paragraphs.push(t);
                }
            }
        }
    }
    let first = |s: &str| sel(s).and_then(|s| doc.select(&s).next());
    let meta = |s: &str| {
        first(s)
            .and_then(|e| e.value().attr("content"))
            .map(str::to_string)
    };
    let title = first("h1")
        .map(text_of)
        .filter(|t| !t.is_empty())
        .or_else(|| first("title").map(text_of));
    let published = meta("meta[property='article:published_time']")
        .or_else(|| {
            first("time[datetime]")
                .and_then(|e| e.value().attr("datetime"))
                .map(str::to_string)
        })
        .and_then(|d| parse_date(&d));
    Doc {
        paragraphs,
        given: Given {
            id: None,
            title,
            outlet: meta("meta[property='og:site_name']"),
            published,
            url: meta("meta[property='og:url']"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter() {
        let d = plain(
            "---\ntitle: عنوان\noutlet: العربية\npublished: 2024-02-18\nurl: https://x.test/a\n---\nفقرة أولى\nفقرة ثانية",
        );
        assert_eq!(d.given.title.as_deref(), Some("عنوان"));
        assert_eq!(d.given.outlet.as_deref(), Some("العربية"));
        assert_eq!(d.given.published, NaiveDate::from_ymd_opt(2024, 2, 18));
        assert_eq!(d.paragraphs, vec!["فقرة أولى", "فقرة ثانية"]);
    }

    #[test]
    fn json_fields_and_aliases() {
        let v: Value = serde_json::from_str(
            r#"{"id": 7, "source": "الحرة", "date": "2024-01-26T08:03:00Z", "body": ["أ", "ب"]}"#,
        )
        .expect("json");
        let d = json_object(&v).expect("doc");
        assert_eq!(d.given.id.as_deref(), Some("7"));
        assert_eq!(d.given.outlet.as_deref(), Some("الحرة"));
        assert_eq!(d.given.published, NaiveDate::from_ymd_opt(2024, 1, 26));
        assert_eq!(d.paragraphs, vec!["أ", "ب"]);
        assert!(json_object(&serde_json::json!({"title": "x"})).is_err());
        assert!(json_object(&serde_json::json!([1])).is_err());
    }

    #[test]
    fn html_paragraphs_in_order() {
        let d = html(
            r#"<html><head><title>T</title><meta property="og:site_name" content="الجزيرة نت">
            <meta property="article:published_time" content="2024-02-04T10:00:00Z"></head>
            <body><h1>عنوان الخبر</h1><p>الفقرة <b>الأولى</b>.</p><ul><li><p>بند</p></li></ul><p>الثانية.</p></body></html>"#,
        );
        assert_eq!(
            d.paragraphs,
            vec!["عنوان الخبر", "الفقرة الأولى.", "بند", "الثانية."]
        );
        assert_eq!(d.given.title.as_deref(), Some("عنوان الخبر"));
        assert_eq!(d.given.outlet.as_deref(), Some("الجزيرة نت"));
        assert_eq!(d.given.published, NaiveDate::from_ymd_opt(2024, 2, 4));
    }
}
