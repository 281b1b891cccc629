//! A CMS's record of the article in an HTML comment: `<!--enpproperty <articleid>…</articleid>
//! <date>2022-10-21 09:44:58:0</date>…<title>Headline</title>…-->` (the Founder ENP system of
//! several Chinese outlets writes one into each article page). Comments are otherwise never
//! read for a date: they hold build stamps (`<!-- App=CMS … PublishDate=2022-09-29 -->` on an
//! index page), commented-out teasers and old template text. A record counts only when it
//! names the article it describes — its `<title>` is the page's title — so its `<date>` is that
//! article's, and a page that is not that article (an index, a listing) never takes it. A page
//! with no title of its own is a saved fragment of the article, the record inside it.

use chrono::NaiveDate;
use scraper::Html;

use crate::corpus::dates::date_in;
use crate::text::normalize;

/// The publication date a comment records for the article named by one of `titles` (the
/// page's title, its `<title>`); on a page that states no title at all (a saved fragment of
/// the article, the record inside it), the first record's.
pub fn date(doc: &Html, titles: &[&str]) -> Option<NaiveDate> {
    let want: Vec<String> = titles
        .iter()
        .map(|t| key(t))
        .filter(|k| !k.is_empty())
        .collect();
    doc.tree
        .root()
        .descendants()
        .filter_map(|n| n.value().as_comment().map(|c| &**c))
        .filter(|c| field(c, "title").is_some_and(|t| want.is_empty() || want.contains(&key(t))))
        .find_map(|c| field(c, "date").and_then(date_in))
}

/// The text of the first `<name>…</name>` field in a comment.
fn field<'a>(comment: &'a str, name: &str) -> Option<&'a str> {
    let open = format!("<{name}>");
    let close = format!("</{name}>");
    let (_, rest) = comment.split_once(open.as_str())?;
    let (value, _) = rest.split_once(close.as_str())?;
    Some(value.trim())
}

/// A title compared without case, spacing or punctuation differences.
fn key(title: &str) -> String {
    normalize(title)
        .text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const RECORD: &str = "<!--enpproperty <articleid>1</articleid><date>2022-10-21 09:44:58:0</date>\
        <title>Schools face hoax calls</title><url>http://example.org/a.htm</url>/enpproperty-->";

    #[test]
    fn a_record_that_names_the_article_gives_its_date() {
        let doc = Html::parse_document(&format!(
            "<body>{RECORD}<h1>Schools face hoax calls</h1></body>"
        ));
        assert_eq!(
            date(&doc, &["Schools Face Hoax Calls"]),
            NaiveDate::from_ymd_opt(2022, 10, 21)
        );
        // Another page's record (an index that lists the article) is not this page's date.
        assert_eq!(date(&doc, &["Opinion index"]), None);
        // A fragment with no title of its own: the record inside it is its article's.
        let fragment = Html::parse_document(&format!("<div>{RECORD}<p>Text.</p></div>"));
        assert_eq!(date(&fragment, &[]), NaiveDate::from_ymd_opt(2022, 10, 21));
    }

    #[test]
    fn a_build_stamp_is_never_a_date() {
        let page = "<body><!-- App=CMS PublishDate=2022-09-29 13:46:42 --><h1>Index</h1></body>";
        assert_eq!(date(&Html::parse_document(page), &["Index"]), None);
        assert_eq!(date(&Html::parse_document(page), &[]), None);
    }
}
