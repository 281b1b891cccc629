//! The file formats: plain text with optional front matter, JSON, JSON Lines and HTML
//! (Markdown is `markdown.rs`).
//! Each turns decoded text into documents (paragraph texts + metadata the format gives).

use serde_json::Value;

use super::assemble::Given;
use super::dates::date_in;

/// One article's worth of a file, before assembly.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    pub paragraphs: Vec<String>,
    /// For each paragraph, whether the format already knows it is not the article (HTML page
    /// furniture); empty when it does not say.
    pub boilerplate: Vec<bool>,
    pub given: Given,
}

/// Plain text: each line a paragraph; optional front matter (`---`, `key: value`, `---`).
pub fn plain(text: &str) -> Doc {
    let (given, body) = front_matter(text);
    Doc {
        boilerplate: Vec::new(),
        paragraphs: body
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect(),
        given,
    }
}

/// The metadata of a front matter block (`---`, `key: value` lines, `---`) at the top of a text
/// file, and the text after it (all of it when there is none).
pub fn front_matter(text: &str) -> (Given, &str) {
    let mut given = Given::default();
    let Some(rest) = text.strip_prefix("---\n") else {
        return (given, text);
    };
    let Some((front, after)) = rest.split_once("\n---") else {
        return (given, text);
    };
    for line in front.lines() {
        let Some((k, v)) = line.split_once(':') else {
            continue;
        };
        let v = v.trim().trim_matches('"').to_string();
        match k.trim() {
            "title" => given.title = Some(v),
            "outlet" | "source" | "site" => given.outlet = Some(v),
            "published" | "date" => given.published = date_in(&v),
            "url" => given.url = Some(v),
            _ => {}
        }
    }
    (given, after.trim_start_matches(['-']))
}

/// A JSON object as an article. Understood: khabar's own fields (`id`, `title`, `outlet`,
/// `published`, `url`, `text`), schema.org's (`headline`, `datePublished`, `publisher.name`,
/// `articleBody`), trafilatura's (`sitename`, `hostname`, `source` as the page's address) and
/// the common exports' (`source: {name}`, `body`, `content`). Text is a string (one paragraph a
/// line) or an array of strings.
pub fn json_object(v: &Value) -> Result<Doc, String> {
    let obj = v.as_object().ok_or("not a JSON object")?;
    if let Some(article) = graph_article(obj) {
        return json_object(&article);
    }
    let field = |names: &[&str]| names.iter().find_map(|n| obj.get(*n));
    let text = field(&["text", "body", "content", "articleBody", "raw_text"])
        .ok_or("no text, body, content or articleBody field")?;
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
    // A string field, or an object's `name` (`publisher: {name}`, `source: {name}`).
    let named = |v: &Value| match v {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Object(o) => o
            .get("name")
            .and_then(Value::as_str)
            .map(|s| s.trim().to_string()),
        _ => None,
    };
    let strings = |names: &[&str]| -> Vec<String> {
        names
            .iter()
            .filter_map(|n| obj.get(*n))
            .filter_map(named)
            .filter(|s| !s.is_empty())
            .collect()
    };
    let is_address = |s: &String| s.starts_with("http://") || s.starts_with("https://");
    let outlet = strings(&[
        "outlet",
        "source",
        "site",
        "sitename",
        "publisher",
        "source-hostname",
    ])
    .into_iter()
    .find(|s| !is_address(s))
    .or_else(|| strings(&["hostname"]).into_iter().next())
    .map(|s| s.strip_prefix("www.").map_or(s.clone(), str::to_string));
    let outlet = outlet.map(|o| super::markers::outlet_of(&o, false).map_or(o, str::to_string));
    let url = strings(&["url", "link", "source"])
        .into_iter()
        .find(is_address);
    let published = strings(&[
        "published",
        "datePublished",
        "date",
        "publishedAt",
        "pubDate",
    ])
    .iter()
    .find_map(|d| date_in(d));
    Ok(Doc {
        paragraphs,
        boilerplate: Vec::new(),
        given: Given {
            id,
            title: strings(&["title", "headline"]).into_iter().next(),
            outlet,
            published,
            url,
            address_outlet: None,
            link_outlet: None,
        },
    })
}

/// schema.org types that are articles, in JSON exports and in a page's JSON-LD (`html/metadata.rs`,
/// where a plain `WebPage` ranks after all of them).
pub(super) const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "BlogPosting",
    "Report",
    "LiveBlogPosting",
    "TechArticle",
    "ScholarlyArticle",
    "SocialMediaPosting",
];

/// The article of a schema.org `@graph` export, its `publisher` reference (`{"@id": "#org"}`)
/// replaced by the node it points to, or by the graph's `WebSite` name when it has none.
fn graph_article(obj: &serde_json::Map<String, Value>) -> Option<Value> {
    let graph = obj.get("@graph")?.as_array()?;
    let typed = |n: &Value, types: &[&str]| match n.get("@type") {
        Some(Value::String(t)) => types.contains(&t.as_str()),
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .any(|t| types.contains(&t)),
        _ => false,
    };
    let mut article = graph.iter().find(|n| typed(n, ARTICLE_TYPES))?.clone();
    let by_id = |id: &str| {
        graph
            .iter()
            .find(|n| n.get("@id").and_then(Value::as_str) == Some(id))
    };
    let reference = article
        .get("publisher")
        .filter(|p| p.get("name").is_none())
        .and_then(|p| p.get("@id"))
        .and_then(Value::as_str)
        .and_then(by_id)
        .cloned();
    let site = graph
        .iter()
        .find(|n| typed(n, &["WebSite"]))
        .and_then(|n| n.get("name"))
        .cloned();
    if let Some(a) = article.as_object_mut() {
        match (reference, a.contains_key("publisher")) {
            (Some(publisher), _) => {
                a.insert("publisher".into(), publisher);
            }
            (None, false) => {
                if let Some(name) = site {
                    a.insert("publisher".into(), name);
                }
            }
            (None, true) => {}
        }
    }
    Some(article)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

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
    fn a_schema_org_graph_and_its_publisher_reference() {
        let v: Value = serde_json::from_str(
            r##"{"@context": "https://schema.org", "@graph": [
                {"@type": "WebSite", "name": "موقع الأفق"},
                {"@type": ["NewsArticle"], "headline": "الأمطار تغمر شوارع المدينة",
                 "datePublished": "2023-11-05T23:10:00+03:00", "publisher": {"@id": "#org"},
                 "articleBody": "غمرت الأمطار الغزيرة شوارع المدينة صباح اليوم."},
                {"@type": "Organization", "@id": "#org", "name": "شبكة الأفق الإعلامية"}]}"##,
        )
        .expect("json");
        let d = json_object(&v).expect("doc");
        assert_eq!(d.given.title.as_deref(), Some("الأمطار تغمر شوارع المدينة"));
        assert_eq!(d.given.outlet.as_deref(), Some("شبكة الأفق الإعلامية"));
        assert_eq!(d.given.published, NaiveDate::from_ymd_opt(2023, 11, 5));
        // Without a publisher, the graph's site names the outlet; without an article, no text.
        let mut bare = v.clone();
        bare["@graph"][1]
            .as_object_mut()
            .expect("object")
            .remove("publisher");
        assert_eq!(
            json_object(&bare).expect("doc").given.outlet.as_deref(),
            Some("موقع الأفق")
        );
        let no_article = serde_json::json!({"@graph": [{"@type": "WebSite", "name": "x"}]});
        assert!(json_object(&no_article).is_err());
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
}
