//! Saved web pages: the article's text chosen on the DOM (the rest kept as boilerplate, so the
//! reader's `x` still shows it), and the title, outlet, date and address from the page's
//! metadata. See docs/extraction.md for the method and its measurement.

mod address_date;
mod blocks;
mod comment_record;
mod container;
mod content;
mod json_ld;
mod link_site;
mod loose_json;
mod metadata;
mod page_date;
mod saved_from;
mod script_date;
mod signup;
mod teasers;
mod title_site;
mod utc_day;

pub(super) use address_date::in_address;

use chrono::{Datelike, NaiveDate};
use scraper::Html;

use super::assemble::Given;
use super::datelines::{Dateline, dateline_of};
use super::formats::Doc;
use super::lines::Line;

/// JSON-LD `articleBody` replaces the DOM's choice when it holds this many times more words
/// (the page renders its text by script, or the DOM choice went wrong).
const ARTICLE_BODY_MARGIN: usize = 2;

/// Words an `articleBody` must have to be used at all.
const ARTICLE_BODY_MIN_WORDS: usize = 50;

/// The `kind<TAB>word` rows of a word-list asset (`html_zones.tsv`, `html_dates.tsv`): `#`
/// comments and the header row skipped, a row without a tab ignored (the files are ours, and
/// their tests read them whole).
fn kind_rows(text: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .filter_map(|l| l.split_once('\t'))
}

/// The page as a document (the tests' shorthand for [`html_page`]).
#[cfg(test)]
pub fn html(text: &str) -> Doc {
    html_page(text).0
}

/// The page as a document, and whether it showed no text at all outside its scripts, so
/// that its text is the description its metadata gives (`og:description`, `description`,
/// JSON-LD `description`): a page rendered by script (a React page streaming its body into a
/// `hidden` segment, a Next.js page whose article is only in its script payload) still has
/// its title, outlet, date and summary, rather than being refused.
pub fn html_page(text: &str) -> (Doc, bool) {
    let doc = Html::parse_document(text);
    let (blocks, keep) = article(&doc);
    let meta = metadata::read(&doc, text);
    let h1_at = blocks
        .iter()
        .zip(&keep)
        .position(|(b, k)| b.heading == 1 && *k)
        .or_else(|| {
            blocks
                .iter()
                .position(|b| b.heading == 1 && b.furniture.is_empty())
        });
    let h1 = h1_at.and_then(|i| blocks.get(i)).map(|b| b.text.as_str());
    let outlet = meta.outlet(h1);
    let any_h1 = blocks
        .iter()
        .find(|b| b.heading == 1)
        .map(|b| b.text.as_str());
    let title = meta.title(h1, outlet.as_deref(), any_h1);
    let mut paragraphs: Vec<String> = blocks.iter().map(|b| b.text.clone()).collect();
    let mut boilerplate: Vec<bool> = keep.iter().map(|k| !k).collect();
    let mut described = false;
    if paragraphs.is_empty()
        && meta.article_body().is_none()
        && let Some(d) = description(&meta)
    {
        paragraphs.push(d);
        boilerplate.push(false);
        described = true;
    }
    let kept_words: usize = blocks
        .iter()
        .zip(&keep)
        .filter(|(_, k)| **k)
        .map(|(b, _)| b.text.split_whitespace().count())
        .sum();
    if let Some(body) = meta.article_body() {
        let words = body.split_whitespace().count();
        if words >= ARTICLE_BODY_MIN_WORDS && words > ARTICLE_BODY_MARGIN * kept_words {
            boilerplate = vec![true; paragraphs.len()];
            for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
                paragraphs.push(line.to_string());
                boilerplate.push(false);
            }
        }
    }
    // Only looked for when the page names no outlet: a stated one always wins.
    let published = date(&doc, &meta, (&blocks, &keep), h1_at, title.as_deref());
    let link_outlet = outlet
        .is_none()
        .then(|| link_site::link_site(&doc))
        .flatten()
        .map(|s| crate::corpus::markers::outlet_of(&s, false).map_or(s, str::to_string));
    let doc = Doc {
        paragraphs,
        boilerplate,
        given: Given {
            id: None,
            title,
            outlet,
            published,
            url: meta.url().or_else(|| meta.saved_address()),
            address_outlet: meta
                .address_outlet()
                .or_else(|| meta.loose_title_outlet(h1)),
            link_outlet,
        },
    };
    (doc, described)
}

/// The page's description of itself, if it has words enough to be a summary.
fn description(meta: &metadata::PageMeta) -> Option<String> {
    let ld = meta.articles.iter().find_map(|o| {
        o.get("description")
            .and_then(serde_json::Value::as_str)
            .map(str::to_string)
    });
    [
        "og:description",
        "description",
        "twitter:description",
        "dc.description",
    ]
    .iter()
    .find_map(|k| meta.tags.get(*k).cloned())
    .or(ld)
    .map(|d| d.split_whitespace().collect::<Vec<_>>().join(" "))
    .filter(|d| d.split_whitespace().count() >= DESCRIPTION_MIN_WORDS)
}

/// Words a description must have to stand for a page's text (a summary, not a slogan).
const DESCRIPTION_MIN_WORDS: usize = 5;

/// The page's blocks and which of them are the article. A page whose visible text holds
/// next to no article may show it by script: its text hidden by `visibility:hidden` is read
/// too, and that choice is taken when it holds more than twice the text.
fn article(doc: &Html) -> (Vec<blocks::Block>, Vec<bool>) {
    let text = |blocks: &[blocks::Block], keep: &[bool]| -> usize {
        blocks
            .iter()
            .zip(keep)
            .filter(|(_, k)| **k)
            .map(|(b, _)| b.chars)
            .sum()
    };
    let blocks = blocks::blocks(doc, false);
    let keep = content::article_blocks(doc, &blocks);
    let found = text(&blocks, &keep);
    if found >= REVEAL_BELOW_CHARS {
        return (blocks, keep);
    }
    let revealed = blocks::blocks(doc, true);
    let keep_revealed = content::article_blocks(doc, &revealed);
    if text(&revealed, &keep_revealed) > ARTICLE_BODY_MARGIN * found {
        (revealed, keep_revealed)
    } else {
        (blocks, keep)
    }
}

/// Characters of article text under which hidden text is looked at (a headline and a line).
const REVEAL_BELOW_CHARS: usize = 200;

/// The page's publication date, strongest sign first, so a weaker one never overrides a
/// stronger: the metadata's publication date; the date in the page's own address; an element
/// the markup marks as the date, near the headline; a dateline under the headline (or a
/// labelled one just above it); a wire dateline's day in the year the page states for it; a
/// CMS's record of the article in a comment (comment_record.rs); a line labelled as the
/// publication date anywhere outside furniture; the one day a script's state object gives
/// (script_date.rs); a `<title>` segment that is a date; the metadata's modification date;
/// last, a line labelled as the modification date. A UTC timestamp's day gives way to the
/// neighbouring local day the page states (utc_day.rs). The headline is the block that
/// repeats the title — a `<dt>`, a `<div>`, an `h2` on some pages — else the `h1`.
fn date(
    doc: &Html,
    meta: &metadata::PageMeta,
    (blocks, keep): (&[blocks::Block], &[bool]),
    h1_at: Option<usize>,
    title: Option<&str>,
) -> Option<NaiveDate> {
    // The headline anchors the marked date and the dateline: the block that repeats the
    // title (a heading first), else the `h1` — an `h1` that is not the title is often the
    // logo, with the top bar's day under it. A page whose every `h1` is furniture to the body
    // (wrapped in an ASP.NET `<form>`) still has one.
    let anchor = title
        .and_then(|t| title_block(blocks, t))
        .or(h1_at)
        .or_else(|| blocks.iter().position(|b| b.heading == 1));
    let headline = anchor.and_then(|at| blocks.get(at)).map(|b| b.owner);
    let in_address = || {
        meta.addresses()
            .iter()
            .find_map(|a| address_date::in_address(a))
    };
    let marked = || page_date::marked(doc, headline);
    let dateline = || anchor.and_then(|at| dateline_around(doc, blocks, at));
    // A metadata value whose day and month could be swapped (`05/09/2024`) is read day first,
    // unless the page's own address, marked date or dateline states the other reading (a US
    // CMS writes the month first; the lede says `May 9, 2024`).
    let stated = meta.published().map(|d| {
        let other = meta
            .published_value()
            .and_then(|v| crate::corpus::dates::swapped_reading(&v));
        match other {
            Some(o) if [in_address(), marked(), dateline()].contains(&Some(o)) => o,
            _ => d,
        }
    });
    // A UTC timestamp's day is Greenwich's: the outlet's local day where the page states it
    // (its address first, then its other metadata, its marked date, its dateline).
    let stated = stated.map(
        |d| match meta.published_value().and_then(|v| utc_day::utc_hour(&v)) {
            Some(hour) => {
                // Lazily: the markup is searched only when address and metadata are silent.
                let others = in_address()
                    .into_iter()
                    .chain(meta.local_published())
                    .chain(
                        std::iter::once_with(|| page_date::marked_local(doc, headline)).flatten(),
                    )
                    .chain(std::iter::once_with(dateline).flatten());
                utc_day::local_day(d, hour, others)
            }
            None => d,
        },
    );
    stated
        .or_else(in_address)
        .or_else(marked)
        .or_else(dateline)
        .or_else(|| wire_dateline(doc, meta, blocks, keep))
        .or_else(|| {
            // A page with neither `<title>` nor `h1` is a fragment: no title to match.
            let named = meta.doc_title.is_some() || blocks.iter().any(|b| b.heading == 1);
            let titles: Vec<&str> = [title, meta.doc_title.as_deref()]
                .into_iter()
                .flatten()
                .filter(|_| named)
                .collect();
            comment_record::date(doc, &titles)
        })
        .or_else(|| labelled_anywhere(doc, blocks, false))
        .or_else(|| script_date::date(doc))
        .or_else(|| meta.title_date())
        .or_else(|| meta.modified())
        .or_else(|| labelled_anywhere(doc, blocks, true))
}

/// The block that states the title, a heading first: its text is the title, or one of the
/// two opens or ends the other and holds at least half of it (a heading) or two thirds (any
/// block): `Headline-Site` or `Headline @ Blog` in `<title>`, a headline the title shortened.
fn title_block(blocks: &[blocks::Block], title: &str) -> Option<usize> {
    let key = |s: &str| crate::text::normalize(s).text;
    let t = key(title);
    let states = |b: &blocks::Block, share: (usize, usize)| {
        let k = key(&b.text);
        let (short, long) = if k.len() <= t.len() {
            (&k, &t)
        } else {
            (&t, &k)
        };
        !short.is_empty()
            && (k == t
                || short.chars().count() * share.1 >= long.chars().count() * share.0
                    && (long.starts_with(short.as_str()) || long.ends_with(short.as_str())))
    };
    blocks
        .iter()
        .position(|b| b.heading > 0 && states(b, (1, 2)))
        .or_else(|| blocks.iter().position(|b| states(b, (2, 3))))
}

/// The date of the dateline among the first blocks under the headline (`الأحد، 04 آب/اغسطس
/// 2013، آخر تحديث 02:21`), for a page whose metadata states no date: the byline box under a
/// headline is often page furniture to the DOM step, so the pasted-text rule (datelines among
/// the kept lines) does not see it. A publication line wins over an update line. Else a
/// labelled publication line right above the headline (`publiziert am 25. September 2018`
/// over it): a bare date there may be the top bar's day, a labelled one is not.
fn dateline_around(doc: &Html, blocks: &[blocks::Block], headline: usize) -> Option<NaiveDate> {
    // A comment's or a related story's date line is never the article's.
    let own = |b: &&blocks::Block| !page_date::other_dates_in(doc, &b.furniture);
    let found: Vec<Dateline> = blocks
        .get(headline + 1..)?
        .iter()
        .take(DATELINE_BLOCKS)
        .filter(own)
        .filter_map(|b| dateline_of(&Line::new(&b.text)))
        .collect();
    let under = found.iter().find(|d| !d.update).or(found.first());
    under.map(|d| d.date).or_else(|| {
        blocks
            .get(headline.saturating_sub(DATELINE_ABOVE_BLOCKS)..headline)?
            .iter()
            .rev()
            .filter(own)
            .filter_map(|b| dateline_of(&Line::new(&b.text)))
            .find(|d| d.labelled && !d.update)
            .map(|d| d.date)
    })
}

/// The date of a wire dateline without a year opening one of the article's first paragraphs
/// (`HONG KONG, Jan. 15 (Xinhua) -- …`), in the year the page states for that very day: in
/// its own address, or in a full date of the same month and day in its text outside others'
/// furniture (a photo caption). See wire_dateline.rs.
fn wire_dateline(
    doc: &Html,
    meta: &metadata::PageMeta,
    blocks: &[blocks::Block],
    keep: &[bool],
) -> Option<NaiveDate> {
    let day = blocks
        .iter()
        .zip(keep)
        .filter(|(b, k)| **k && b.heading == 0)
        .take(WIRE_DATELINE_BLOCKS)
        .find_map(|(b, _)| super::wire_dateline::month_day(&b.text))?;
    let in_address = meta
        .addresses()
        .iter()
        .filter_map(|a| address_date::in_address(a))
        .find(|d| (d.month(), d.day()) == day);
    in_address.or_else(|| {
        let own = blocks
            .iter()
            .filter(|b| !page_date::other_dates_in(doc, &b.furniture))
            .map(|b| b.text.as_str());
        super::wire_dateline::dated(day, own)
    })
}

/// The article's first paragraphs one of which may open with a wire dateline (after a photo
/// and its caption, a summary).
const WIRE_DATELINE_BLOCKS: usize = 4;

/// The first line labelled as the publication date anywhere on the page (`Publié le
/// 29/10/2012` in an info bar the page puts after its comments), outside furniture: a label
/// says whose date it is, but a comment's, a related story's or a sidebar's line is not the
/// article's. With `update`, the first line labelled as the modification date instead (`Last
/// updated on Sep 21, 2017` in a documentation page's footer — footers count here, since
/// that is where such pages state it): the last resort of a page that states no other date.
/// A footer's update line is often one sentence of its block (`© 2010-2014 X. Last updated on
/// Sep 21, 2017. Created using Sphinx.`), so there each sentence is read as a line of its own.
/// A label alone in its element (`<dt>Published</dt><dd>5 March 2019</dd>`, `<th>تاريخ
/// النشر</th><td>…</td>`) is read with the next block as one line.
fn labelled_anywhere(doc: &Html, blocks: &[blocks::Block], update: bool) -> Option<NaiveDate> {
    let own: Vec<&blocks::Block> = blocks
        .iter()
        .filter(|b| !page_date::other_dates_in(doc, &b.furniture))
        .filter(|b| update || !page_date::strong_furniture_in(doc, &b.furniture))
        .collect();
    own.iter()
        .enumerate()
        .flat_map(|(i, b)| {
            let next = own.get(i + 1).map(|n| n.text.as_str());
            match (crate::corpus::datelines::label_alone(&b.text), next) {
                (Some(_), Some(next)) => vec![format!("{} {next}", b.text)],
                _ if update => b.text.split(". ").map(str::to_string).collect(),
                _ => vec![b.text.clone()],
            }
        })
        .filter_map(|line| dateline_of(&Line::new(&line)))
        .find(|d| d.labelled && d.update == update)
        .map(|d| d.date)
}

/// Blocks right above the headline that may hold a labelled date line.
const DATELINE_ABOVE_BLOCKS: usize = 2;

/// Blocks under the headline that may hold its dateline.
const DATELINE_BLOCKS: usize = 6;

#[cfg(test)]
mod body_tests;
#[cfg(test)]
mod date_tests;
#[cfg(test)]
mod meta_tests;
#[cfg(test)]
mod tests;
