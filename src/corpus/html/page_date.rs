//! The page's date where its metadata and its address (`address_date.rs`) state none: an
//! element the page marks as its date — `<time>`, hAtom's `<abbr title="…">`, or a class or
//! id word from assets/html_dates.tsv (`date`, `post-date`, `published`, `byline`,
//! `timestamp`, `pubtime`) — its `datetime`, `content` or `title` attribute, else its own
//! short text (the order htmldate documents, after the metadata it also reads). The headline
//! anchors it: the first such elements after the headline outside page furniture (not a
//! related list's, a comment's or a reference list's date; a byline box or meta line is
//! furniture to the body but searched here), else the closest one above the headline under
//! its grandparent with little text between (a date line over the headline); with no
//! headline, the first outside furniture. A publication date among the first few wins over an
//! update date.
//!
//! A page's top bar often shows the day it was saved (`الاثنين 7 ديسمبر`): it lies before
//! the headline and outside its header, so it is never taken for the article's date.

use std::sync::OnceLock;

use chrono::NaiveDate;
use ego_tree::NodeId;
use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node};

use super::blocks::{hidden, is_furniture, names_of, strongly_named_furniture};
use crate::corpus::dates::date_in;
use crate::text::normalize;

/// Characters of an element's text read for a date: a byline with a name and a date, not a
/// paragraph.
const MAX_TEXT_CHARS: usize = 120;

/// How many marked dates after the headline are weighed (a publication date among them wins
/// over an update date before it).
const CANDIDATES: usize = 3;

/// Characters of text (besides the headline's) that may lie between a date line above the
/// headline and the headline: a section label, a kicker.
const NEAR_HEADLINE_CHARS: usize = 80;

/// Elements whose content is never a date the reader sees.
const SKIPPED: &[&str] = &[
    "script", "style", "template", "noscript", "svg", "head", "button", "select", "textarea",
    "option",
];

/// A date the page's markup marks, anchored on the headline element (see the module's doc).
pub fn marked(doc: &Html, headline: Option<NodeId>) -> Option<NaiveDate> {
    marked_one(doc, headline).map(|m| m.date)
}

/// [`marked`], unless its machine value is a UTC timestamp (`<time datetime="…Z">`): a
/// statement of the outlet's local day (html/utc_day.rs) is written as the reader sees it.
pub fn marked_local(doc: &Html, headline: Option<NodeId>) -> Option<NaiveDate> {
    marked_one(doc, headline).filter(|m| !m.utc).map(|m| m.date)
}

fn marked_one(doc: &Html, headline: Option<NodeId>) -> Option<Marked> {
    // The headline's grandparent (its parent when that is the page's body).
    let beside = headline.and_then(|h| doc.tree.get(h)).and_then(|h| {
        let parent = h.parent()?;
        let whole_page = |n: &ego_tree::NodeRef<Node>| {
            n.value()
                .as_element()
                .is_none_or(|e| matches!(e.name(), "body" | "html"))
        };
        let up = parent.parent().filter(|g| !whole_page(g));
        Some(up.unwrap_or(parent).id())
    });
    // Furniture around the headline wraps the article (an ASP.NET page's `<form>`, a
    // `buzz_header`): it does not hide the date.
    let around_headline: Vec<NodeId> = headline
        .and_then(|h| doc.tree.get(h))
        .map(|h| h.ancestors().map(|a| a.id()).collect())
        .unwrap_or_default();
    let headline_chars = headline
        .and_then(|h| doc.tree.get(h))
        .and_then(ElementRef::wrap)
        .map_or(0, |h| {
            h.text()
                .flat_map(str::chars)
                .filter(|c| !c.is_whitespace())
                .count()
        });
    let month_first = writes_month_first(doc);
    let mut after: Vec<Marked> = Vec::new();
    let mut before: Option<Marked> = None;
    let mut seen_headline = headline.is_none();
    // Open elements inside furniture, inside the headline's grandparent, inside an article.
    let (mut furniture, mut in_beside, mut article) = (0usize, 0usize, 0usize);
    // Per open element: whether it counted as each of those.
    let mut open: Vec<(bool, bool, bool)> = Vec::new();
    let mut skip: Option<NodeId> = None;
    // Characters of text between the last date before the headline and the headline.
    let mut text_since_before = 0usize;
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if let Some(t) = node.value().as_text()
                    && skip.is_none()
                    && !seen_headline
                {
                    text_since_before += t.chars().filter(|c| !c.is_whitespace()).count();
                }
                let Some(el) = ElementRef::wrap(node).filter(|_| skip.is_none()) else {
                    continue;
                };
                let e = el.value();
                if SKIPPED.contains(&e.name()) || hidden(e, false) {
                    skip = Some(node.id());
                    continue;
                }
                let is_article = matches!(e.name(), "article" | "main");
                let furn = !around_headline.contains(&node.id()) && elsewhere(el, article > 0);
                let is_beside = Some(node.id()) == beside;
                furniture += usize::from(furn);
                in_beside += usize::from(is_beside);
                article += usize::from(is_article);
                open.push((furn, is_beside, is_article));
                if furniture > 0 || after.len() >= CANDIDATES {
                    continue;
                }
                let Some(found) = marked_date(el, month_first) else {
                    continue;
                };
                if seen_headline {
                    after.push(found);
                } else if in_beside > 0 {
                    // The closest one to the headline.
                    before = Some(found);
                    text_since_before = 0;
                }
            }
            Edge::Close(node) => {
                if skip == Some(node.id()) {
                    skip = None;
                    continue;
                }
                if skip.is_some() || !node.value().is_element() {
                    continue;
                }
                if let Some((furn, is_beside, is_article)) = open.pop() {
                    furniture -= usize::from(furn);
                    in_beside -= usize::from(is_beside);
                    article -= usize::from(is_article);
                }
                if Some(node.id()) == headline {
                    seen_headline = true;
                    // A date with a paragraph between it and the headline is not its date line.
                    if text_since_before > NEAR_HEADLINE_CHARS + headline_chars {
                        before = None;
                    }
                }
            }
        }
    }
    after
        .iter()
        .find(|m| !m.update)
        .or(after.first())
        .or(before.as_ref())
        .copied()
}

/// Whether an element holds no date of the page's: a reference list (assets/html_dates.tsv's
/// `not` words), or page furniture — but a byline box, a meta line or the article's header is
/// furniture to the body and where its date is, unless it is also named as strong furniture or
/// is a furniture tag.
fn elsewhere(el: ElementRef, in_article: bool) -> bool {
    let words = names_of(el);
    let names = names();
    if words.iter().any(|w| names.not.contains(w)) {
        return true;
    }
    if !is_furniture(el, in_article) {
        return false;
    }
    let tag = matches!(
        el.value().name(),
        "nav" | "footer" | "aside" | "form" | "menu"
    );
    tag || strongly_named_furniture(el) || !words.iter().any(|w| names.area.contains(w))
}

/// Whether any of these furniture elements around a block holds other dates than the
/// page's: comments, related or most-read stories, a reference list (the `other` and `not`
/// words of assets/html_dates.tsv). A byline box in a `hidden-md` wrapper (shown on other
/// screens) is not one of them.
pub(super) fn other_dates_in(doc: &Html, furniture: &[NodeId]) -> bool {
    let names = names();
    furniture
        .iter()
        .filter_map(|id| doc.tree.get(*id).and_then(ElementRef::wrap))
        .any(|el| {
            names_of(el)
                .iter()
                .any(|w| names.not.contains(w) || names.other.contains(w))
        })
}

/// Whether any of these furniture elements around a block is named as strong furniture
/// (`sidebar`, `related`, `comments`, `footer`… of assets/html_zones.tsv) or is a furniture tag
/// (`nav`, `aside`, `footer`).
pub(super) fn strong_furniture_in(doc: &Html, furniture: &[NodeId]) -> bool {
    furniture
        .iter()
        .filter_map(|id| doc.tree.get(*id).and_then(ElementRef::wrap))
        .any(|el| {
            strongly_named_furniture(el) || matches!(el.value().name(), "nav" | "aside" | "footer")
        })
}

/// A marked element's date, and whether it is marked as an update.
#[derive(Debug, Clone, Copy)]
struct Marked {
    date: NaiveDate,
    update: bool,
    /// Read from a UTC timestamp attribute (`datetime="2025-06-30T11:46:00.000Z"`).
    utc: bool,
}

/// The date an element marks, if it is marked as a date at all: `<time>`, an `<abbr>` with a
/// `title`, or an element with a date word in its class or id.
fn marked_date(el: ElementRef, month_first: bool) -> Option<Marked> {
    let e = el.value();
    let words = names_of(el);
    let names = names();
    let named = words.iter().any(|w| names.is_date_word(w));
    let kind = e.name();
    if !(named || kind == "time" || kind == "abbr" && e.attr("title").is_some()) {
        return None;
    }
    let class_update = words.iter().any(|w| names.update.contains(w));
    let attr = ["datetime", "content", "title"]
        .iter()
        .filter_map(|a| e.attr(a))
        .find_map(|v| Some((date_in(v)?, super::utc_day::utc_hour(v).is_some())));
    let (date, text_update, utc) = match attr {
        Some((d, utc)) => (d, false, utc),
        None => {
            let text: String = el.text().collect::<Vec<_>>().join(" ");
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if text.is_empty() || text.chars().count() > MAX_TEXT_CHARS {
                return None;
            }
            let date = date_in(&text).or_else(|| short_year(&text, month_first))?;
            (date, opens_with_update(&text, names), false)
        }
    };
    Some(Marked {
        date,
        update: class_update || text_update,
        utc,
    })
}

/// Whether the page says it is written in US English (`<html lang="en-US">`), whose numeric
/// dates put the month first.
fn writes_month_first(doc: &Html) -> bool {
    doc.root_element()
        .value()
        .attr("lang")
        .is_some_and(|l| l.trim().eq_ignore_ascii_case("en-us"))
}

/// A date with a two-digit year in a marked element (`8/17/13 11:04am`), when only one order
/// of day and month makes a date (17 is no month): `3/09/15` could be either and gives none —
/// unless the page is in US English (`us_order`), which writes the month first.
/// Years 00–69 are 2000–2069, 70–99 are 1970–1999.
fn short_year(text: &str, us_order: bool) -> Option<NaiveDate> {
    text.split_whitespace().find_map(|token| {
        let parts: Vec<&str> = token.split(['/', '.', '-']).collect();
        let [a, b, y] = parts.as_slice() else {
            return None;
        };
        let digits = |s: &str, max: usize| {
            !s.is_empty() && s.len() <= max && s.chars().all(|c| c.is_ascii_digit())
        };
        if !(digits(a, 2) && digits(b, 2) && y.len() == 2 && digits(y, 2)) {
            return None;
        }
        let (a, b, y): (u32, u32, i32) = (a.parse().ok()?, b.parse().ok()?, y.parse().ok()?);
        let year = if y < 70 { 2000 + y } else { 1900 + y };
        let month_first = NaiveDate::from_ymd_opt(year, a, b);
        let day_first = NaiveDate::from_ymd_opt(year, b, a);
        match (month_first, day_first) {
            (Some(m), Some(d)) if m == d || us_order => Some(m),
            (Some(m), None) => Some(m),
            (None, Some(d)) => Some(d),
            _ => None,
        }
    })
}

/// Whether a text opens with an update label (`Updated: …`, `Last modified …`, `آخر تحديث`).
fn opens_with_update(text: &str, names: &Names) -> bool {
    normalize(text)
        .text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(3)
        .any(|w| names.update.iter().any(|u| u == w))
}

/// The words of assets/html_dates.tsv by kind.
#[derive(Default)]
struct Names {
    word: Vec<String>,
    prefix: Vec<String>,
    suffix: Vec<String>,
    update: Vec<String>,
    not: Vec<String>,
    other: Vec<String>,
    area: Vec<String>,
}

impl Names {
    fn is_date_word(&self, w: &str) -> bool {
        self.word.iter().any(|x| x == w)
            || self.prefix.iter().any(|p| w.starts_with(p.as_str()))
            || self.suffix.iter().any(|s| w.ends_with(s.as_str()))
            || self.update.iter().any(|u| u == w)
    }
}

fn names() -> &'static Names {
    static N: OnceLock<Names> = OnceLock::new();
    N.get_or_init(|| {
        let mut n = Names::default();
        for (kind, word) in super::kind_rows(include_str!("../../../assets/html_dates.tsv")) {
            let list = match kind {
                "word" => &mut n.word,
                "prefix" => &mut n.prefix,
                "suffix" => &mut n.suffix,
                "update" => &mut n.update,
                "not" => &mut n.not,
                "other" => &mut n.other,
                "area" => &mut n.area,
                _ => continue,
            };
            list.push(normalize(word.trim()).text);
        }
        n
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    fn marked_in(body: &str) -> Option<NaiveDate> {
        let doc = Html::parse_document(body);
        let h1 = Selector::parse("h1").ok()?;
        let headline = doc.select(&h1).next().map(|e| e.id());
        marked(&doc, headline)
    }

    use scraper::Selector;

    #[test]
    fn the_byline_date_under_the_headline_not_the_top_bar_s() {
        // The top bar shows the day the page was saved; the byline, the article's date.
        let page = r#"<body><div class="top-bar"><span class="date">الاثنين 7 ديسمبر 2026</span></div>
            <div class="story"><h1>افتتاح ثلاثة مستشفيات جديدة</h1>
            <div class="byline">كتب أحمد علي - <span class="post-date">الأحد، 04 آب 2013</span></div>
            <p>نص الخبر</p></div></body>"#;
        assert_eq!(marked_in(page), d(2013, 8, 4));
        // Without the byline, the top bar's date is not taken.
        let bare = page.replace("الأحد، 04 آب 2013", "منذ ساعتين");
        assert_eq!(marked_in(&bare), None);
    }

    #[test]
    fn a_date_line_above_the_headline_counts() {
        let page = r#"<body><div class="article-head"><div class="kicker">
            <time>October 7, 2020</time></div><h1>Ministers meet in Baghdad</h1></div>
            <p>Text.</p></body>"#;
        assert_eq!(marked_in(page), d(2020, 10, 7));
    }

    #[test]
    fn related_comments_and_references_dates_are_not_the_page_s() {
        let page = r#"<body><h1>A headline</h1><p>Text of the story.</p>
            <div class="related"><span class="date">2019-01-02</span></div>
            <ol class="comments"><li><span class="date">2019-01-03</span></li></ol>
            <span class="reference-accessdate">Retrieved 2016-05-01</span></body>"#;
        assert_eq!(marked_in(page), None);
        // The byline box is furniture to the body, not to the date.
        let page = page.replace(
            "<p>Text",
            r#"<cite class="byline vcard">AP – <abbr title="2011-08-25T01:40:40Z">1 hr ago</abbr></cite><p>Text"#,
        );
        assert_eq!(marked_in(&page), d(2011, 8, 25));
    }

    #[test]
    fn a_publication_date_wins_over_an_update_before_it() {
        let page = r#"<body><h1>Headline</h1>
            <span class="articleDate">Updated: 11/19/2011 4:06 AM</span>
            <span class="articleDate">Published: 11/18/2011 2:27 AM</span></body>"#;
        assert_eq!(marked_in(page), d(2011, 11, 18));
        let page = r#"<body><h1>Headline</h1><span class="updated">2011-11-19</span></body>"#;
        assert_eq!(marked_in(page), d(2011, 11, 19));
    }

    #[test]
    fn two_digit_years_only_when_day_and_month_cannot_be_swapped() {
        assert_eq!(
            short_year("Andrew Tarantola 8/17/13 11:04am", false),
            d(2013, 8, 17)
        );
        assert_eq!(short_year("17.08.13", false), d(2013, 8, 17));
        assert_eq!(short_year("3/09/15 8:00am", false), None);
        assert_eq!(short_year("5/5/99", false), d(1999, 5, 5));
        assert_eq!(short_year("version 1.2.3", false), None);
        // A US English page writes the month first.
        assert_eq!(short_year("3/09/15 8:00am", true), d(2015, 3, 9));
        let us = r#"<html lang="en-US"><body><h1>Headline</h1>
            <span class="publish-time">3/09/15 8:00am</span></body></html>"#;
        assert_eq!(marked_in(us), d(2015, 3, 9));
        assert_eq!(marked_in(&us.replace("en-US", "en-GB")), None);
        let page =
            r#"<body><h1>Headline</h1><span class="publish-time">8/17/13 11:04am</span></body>"#;
        assert_eq!(marked_in(page), d(2013, 8, 17));
    }

    #[test]
    fn furniture_around_the_headline_does_not_hide_the_date() {
        // ASP.NET wraps the whole page in a form.
        let page = r#"<body><form id="aspnetForm"><h1>Headline of the story</h1>
            <span class="published">11/18/2011 2:27 AM</span><p>Text.</p></form></body>"#;
        assert_eq!(marked_in(page), d(2011, 11, 18));
    }
}
