//! The publication date a page's scripts hold in a state object that is not JSON-LD: a
//! framework's page data (`__NEXT_DATA__`, `window.__INITIAL_STATE__ = {…}`, an analytics
//! data layer) carrying `"datePublished": "…"`, `"publishedAt": 1561394400`, `"pubDate": "…"`.
//! The keys are the `script` rows of assets/html_dates.tsv. Such an object often describes
//! other stories too (a related list, a podcast's episodes), so the date is taken only when
//! every publication key in the page's scripts names the same day: several different days
//! say nothing about which one is the article's. Weak: read only when nothing the reader can
//! see states the date.

use std::sync::OnceLock;

use chrono::NaiveDate;
use scraper::{Html, Selector};

use crate::corpus::dates::date_in;

/// Characters a date value may have (`"2019-11-14T08:00:00.000Z"`, `"Tue, 07 Apr 2020
/// 07:36:07 +0530"`).
const MAX_VALUE_CHARS: usize = 40;

/// The keys, lower-cased (`datepublished`, `publishedat`, `pubdate`…).
fn keys() -> &'static [String] {
    static K: OnceLock<Vec<String>> = OnceLock::new();
    K.get_or_init(|| {
        super::kind_rows(include_str!("../../../assets/html_dates.tsv"))
            .filter(|(kind, _)| *kind == "script")
            .map(|(_, key)| key.trim().to_ascii_lowercase())
            .collect()
    })
}

/// The one day every publication key of the page's scripts names, if they agree.
pub fn date(doc: &Html) -> Option<NaiveDate> {
    let scripts = Selector::parse("script").ok()?;
    let mut found: Option<NaiveDate> = None;
    for e in doc.select(&scripts) {
        if e.value()
            .attr("type")
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
        {
            continue;
        }
        let text: String = e.text().collect();
        for day in dates_in_script(&text) {
            match found {
                Some(d) if d != day => return None,
                _ => found = Some(day),
            }
        }
    }
    found
}

/// Every date a publication key of one script's text gives, in order: a JSON key
/// (`"datePublished": "…"`), a JavaScript one (`'publishDate': '…'`, `{pubDate: "…"}`) or
/// variable (`var pubDate = "…"`); `\"` escapes read as quotes (a JSON object inside a
/// JavaScript string).
fn dates_in_script(text: &str) -> Vec<NaiveDate> {
    let text = text.replace("\\\"", "\"").to_ascii_lowercase();
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let mut out = Vec::new();
    for key in keys() {
        let mut from = 0;
        while let Some(at) = text.get(from..).and_then(|t| t.find(key.as_str())) {
            let (start, end) = (from + at, from + at + key.len());
            from = end;
            let before = text.get(..start).and_then(|t| t.chars().next_back());
            let after = text.get(end..).and_then(|t| t.chars().next());
            // A whole name: quoted alike on both sides, or bare between non-name characters.
            let quoted = matches!(before, Some('"' | '\'')) && before == after;
            let bare = !before.is_some_and(ident) && !after.is_some_and(ident);
            if !(quoted || bare) {
                continue;
            }
            let rest = text.get(end + usize::from(quoted)..).unwrap_or("");
            if let Some(day) = value_date(rest) {
                out.push(day);
            }
        }
    }
    out
}

/// The date of the value after a key: `: "…"`, `: '…'`, `= "…"` or `: 1561394400`.
fn value_date(rest: &str) -> Option<NaiveDate> {
    let rest = rest.trim_start().strip_prefix([':', '='])?.trim_start();
    let value = if let Some(quote) = rest.chars().next().filter(|c| matches!(c, '"' | '\'')) {
        let s = rest.get(1..)?;
        let end = s.find(quote)?;
        s.get(..end)?
    } else {
        let end = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        rest.get(..end)?
    };
    if value.is_empty() || value.chars().count() > MAX_VALUE_CHARS {
        return None;
    }
    date_in(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    fn page(scripts: &str) -> Html {
        Html::parse_document(&format!("<html><head>{scripts}</head><body></body></html>"))
    }

    #[test]
    fn a_state_object_s_publication_date() {
        let next = r#"<script id="__NEXT_DATA__" type="application/json">{"props":{"post":
            {"title":"Headline","datePublished":"2019-11-14T08:00:00.000Z","author":"X"}}}</script>"#;
        assert_eq!(date(&page(next)), d(2019, 11, 14));
        let state = r#"<script>window.__INITIAL_STATE__ = {"article":{"publishedAt":1561394400,
            "id":7}};</script>"#;
        assert_eq!(date(&page(state)), d(2019, 6, 24));
        // A JSON object written inside a JavaScript string.
        let escaped = r#"<script>var data = "{\"pubDate\":\"2024-04-23 12:27:25\"}";</script>"#;
        assert_eq!(date(&page(escaped)), d(2024, 4, 23));
        // JavaScript: single quotes, a bare key, a variable.
        let js = r#"<script>dataLayer.push({'publishDate': '2020-04-07', author: 'X'});
            var pubDate = "2020-04-07T10:19:34Z"; x = {publishedAt: 1586254774};</script>"#;
        assert_eq!(date(&page(js)), d(2020, 4, 7));
        // A longer name that holds a key is another one (`lastPublishDate`).
        let longer = r#"<script>var lastPublishDate = "2020-05-01";</script>"#;
        assert_eq!(date(&page(longer)), None);
        // The same day stated twice is one day.
        let twice = r#"<script>a = {"datePublished":"2020-04-07T10:19:34Z"};
            b = {"publishDate":"2020-04-07"};</script>"#;
        assert_eq!(date(&page(twice)), d(2020, 4, 7));
    }

    #[test]
    fn several_days_or_other_keys_say_nothing() {
        // A podcast page's episode list: many stories, many days.
        let episodes = r#"<script>window.__INITIAL_STATE__ = {"episodes":[
            {"published_at":"2024-03-16T11:00:09"},{"published_at":"2024-03-09T11:00:00"}]};</script>"#;
        assert_eq!(date(&page(episodes)), None);
        // Not a publication key: a build time, a user's sign-up date.
        let other =
            r#"<script>var cfg = {"buildTime":"2024-05-28","createdAt":"2020-01-01"};</script>"#;
        assert_eq!(date(&page(other)), None);
        // JSON-LD is read elsewhere (metadata.rs), not here.
        let ld = r#"<script type="application/ld+json">{"datePublished":"2019-11-14"}</script>"#;
        assert_eq!(date(&page(ld)), None);
        // A key in the visible text is no script's.
        let text = Html::parse_document(
            r#"<html><body><p>"datePublished": "2019-11-14"</p></body></html>"#,
        );
        assert_eq!(date(&text), None);
    }
}
