//! Dates added in the sixth session (2026-12-07): a UTC timestamp shown as the outlet's local
//! day where the page states it, more metadata names, microdata `dateModified` on any element,
//! a footer's update line as the last resort, a script state object's one day.

use chrono::NaiveDate;

use super::tests::{P1, P2};
use super::*;

fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, day)
}

fn page(head: &str, body: &str) -> String {
    format!(
        r#"<html><head><title>Two arrested in a multi-state case - The Example Times</title>{head}</head>
        <body><article><h1>Two arrested in a multi-state case</h1>{body}<p>{P1}</p><p>{P2}</p></article>
        <footer><p>© 2026 The Example Times</p></footer></body></html>"#
    )
}

fn date(head: &str, body: &str) -> Option<NaiveDate> {
    html(&page(head, body)).given.published
}

#[test]
fn a_utc_timestamp_is_the_local_day_the_page_states() {
    let utc = r#"<meta property="article:published_time" content="2016-12-23T00:47:31Z">"#;
    let local =
        r#"<meta name="article_date_original" content="Thursday, December 22, 2016, 06:47 PM">"#;
    let byline = r#"<p class="byline">By Jane Roe <span>December 22, 2016</span></p>"#;
    let address =
        r#"<link rel="canonical" href="https://example.com/news/2016/12/22/two-arrested">"#;
    // The UTC day alone stands: the zone is never guessed.
    assert_eq!(date(utc, ""), d(2016, 12, 23));
    // The page's own local statement: another meta value, its byline, its address.
    assert_eq!(date(&format!("{utc}{local}"), ""), d(2016, 12, 22));
    assert_eq!(date(utc, byline), d(2016, 12, 22));
    assert_eq!(date(&format!("{utc}{address}"), ""), d(2016, 12, 22));
    // The address agrees with UTC: a related story's date a day later is not this one's.
    let same = address.replace("2016/12/22", "2016/12/23");
    let related = r#"<time class="date" datetime="2016-12-24">December 24, 2016</time>"#;
    assert_eq!(date(&format!("{utc}{same}"), related), d(2016, 12, 23));
    // A marked date whose machine value is itself UTC (an update shown as the story's time,
    // `<time datetime="…Z">11:46</time>`) states Greenwich's day, not the outlet's.
    let late = r#"<meta property="article:published_time" content="2025-06-29T17:29:54Z">"#;
    let shown = r#"<time class="story-date" datetime="2025-06-30T11:46:00.000Z">11:46</time>"#;
    assert_eq!(date(late, shown), d(2025, 6, 29));
    let shown_local = r#"<time class="story-date">30 June 2025</time>"#;
    assert_eq!(date(late, shown_local), d(2025, 6, 30));
    // An hour before noon UTC is never a day later anywhere.
    let later = r#"<p class="byline">By Jane Roe <span>December 24, 2016</span></p>"#;
    assert_eq!(date(utc, later), d(2016, 12, 23));
    // A timestamp with a local zone is the local day as written.
    let zoned = r#"<meta property="article:published_time" content="2016-10-02T19:30:57-07:00">"#;
    assert_eq!(date(zoned, ""), d(2016, 10, 2));
}

#[test]
fn more_metadata_names_and_microdata_modification_dates() {
    let og = r#"<meta name="og:article:published_time" content="2016-12-14T06:02:15Z">
        <meta name="sailthru.date" content="2016-12-15T13:50:38Z">"#;
    assert_eq!(date(og, ""), d(2016, 12, 14));
    let unix = r#"<meta name="article:published_time" content="Mon Aug 03 12:45:00 EDT 2015">"#;
    assert_eq!(date(unix, ""), d(2015, 8, 3));
    // Only a modification date, stated by microdata on the byline's span.
    let updated = r#"<div class="byline"><span itemprop="dateModified"
        content="2020-04-07T15:49:34+05:30">April 07, 2020 03:49 pm IST</span></div>"#;
    assert_eq!(date("", updated), d(2020, 4, 7));
}

#[test]
fn a_footer_s_update_line_is_the_last_resort() {
    let footer = r#"</article><footer><p>© Copyright 2010-2014, Jane Roe and contributors.
        Last updated on Sep 21, 2017. Created using Sphinx 1.2.3.</p></footer><article>"#;
    assert_eq!(date("", footer), d(2017, 9, 21));
    // A stated publication date wins over it.
    let published = r#"<meta property="article:published_time" content="2017-03-02T10:00">"#;
    assert_eq!(date(published, footer), d(2017, 3, 2));
    // A comment's update line is not the page's.
    let comment = r#"<div class="comments"><p>Last updated on Sep 22, 2017</p></div>"#;
    assert_eq!(date("", comment), None);
}

#[test]
fn a_script_state_object_s_one_day_after_what_the_reader_sees() {
    let state = r#"<script>window.__STATE__ = {"story":{"datePublished":"2019-11-14T08:00:00Z"}};</script>"#;
    assert_eq!(date(state, ""), d(2019, 11, 14));
    // The byline the reader sees wins over it.
    let byline = r#"<p class="byline">Written by Jane Roe on November 13, 2019</p>"#;
    assert_eq!(date(state, byline), d(2019, 11, 13));
    // Two stories' days in the state: no date.
    let two = r#"<script>window.__STATE__ = {"a":{"publishedAt":"2019-11-14"},
        "b":{"publishedAt":"2019-10-01"}};</script>"#;
    assert_eq!(date(two, ""), None);
}

#[test]
fn a_label_alone_in_its_element_dates_the_next_one() {
    // An info table after the article: the label in one cell, the date in the next.
    let table = format!(
        r#"<p>{P1}</p><p>{P2}</p><p>{P1}</p><p>{P2}</p><p>{P1}</p><p>{P2}</p><p>{P1}</p>
        <table class="info"><tr><th>Published:</th><td>5 March 2019</td></tr></table>"#
    );
    assert_eq!(date("", &table), d(2019, 3, 5));
    let japanese = table
        .replace("Published:", "公開日")
        .replace("5 March 2019", "2019/03/05");
    assert_eq!(date("", &japanese), d(2019, 3, 5));
    // A cell that is no label (a product's release, a review's day) dates nothing there.
    let other = table.replace("Published:", "Release:");
    assert_eq!(date("", &other), None);
}

#[test]
fn a_page_rendered_by_script_keeps_its_title_outlet_and_summary() {
    // The body streamed into a `hidden` segment that a script moves into place.
    let page = r#"<html><head><title>Two arrested in a multi-state case - The Example Times</title>
        <meta property="og:site_name" content="The Example Times">
        <meta property="og:description" content="Police arrested two men after a chase across three states on Monday.">
        <meta property="article:published_time" content="2016-12-22T18:47:00-06:00"></head>
        <body><div hidden id="S:1"><h1>Two arrested in a multi-state case</h1></div>
        <script>$RC("B:1","S:1")</script></body></html>"#;
    let (doc, described) = html_page(page);
    assert!(described);
    assert_eq!(
        doc.paragraphs,
        ["Police arrested two men after a chase across three states on Monday."]
    );
    assert_eq!(doc.boilerplate, [false]);
    assert_eq!(doc.given.outlet.as_deref(), Some("The Example Times"));
    assert_eq!(doc.given.published, d(2016, 12, 22));
    assert_eq!(
        doc.given.title.as_deref(),
        Some("Two arrested in a multi-state case")
    );
    // A slogan of a few words is no summary: the page has no text.
    let slogan = page.replace(
        "Police arrested two men after a chase across three states on Monday.",
        "News you can trust",
    );
    assert!(html_page(&slogan).0.paragraphs.is_empty());
    // A page with text of its own keeps it, not the description.
    let shown = page.replace("<div hidden id=\"S:1\">", "<div id=\"S:1\">");
    assert!(!html_page(&shown).1);
}
