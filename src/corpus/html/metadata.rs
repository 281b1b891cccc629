//! A page's title, outlet, date and address from every standard place: JSON-LD (schema.org
//! `NewsArticle` and kin, in `@graph` too), `meta` tags by `property`, `name` and `itemprop`
//! (Open Graph, `article:*`, Twitter cards, Dublin Core, common CMS tags), `<time datetime>`,
//! `<link rel=canonical>`. Each place is tried in turn, so a bad value in one (a date that does
//! not parse) never blocks the next.

use std::collections::HashMap;

use chrono::NaiveDate;
use scraper::{Html, Selector};
use serde_json::Value;

use super::json_ld::{collect_articles, json_ld_text, ld_text};
use super::title_site::{self, split_title, strip_site};
use crate::corpus::dates::date_in;
use crate::corpus::markers::outlet_of;
use crate::text::normalize;

/// What the page says about itself.
#[derive(Debug, Clone, Default)]
pub struct PageMeta {
    /// `meta` contents by lower-cased `property`, `name` or `itemprop` (first one wins).
    pub tags: HashMap<String, String>,
    /// The JSON-LD objects of an article type, outermost first.
    pub articles: Vec<serde_json::Map<String, Value>>,
    /// `<title>`.
    pub doc_title: Option<String>,
    /// `<time datetime>` values, the ones marked as publication first.
    pub times: Vec<String>,
    /// Microdata `dateModified` values on any element (`content` or `datetime`).
    pub modified_times: Vec<String>,
    pub canonical: Option<String>,
    /// Where the page says it was saved from or is based at: the browsers' `<!-- saved from
    /// url=(NNNN)https://… -->` comment, else `<base href>`.
    pub saved_from: Option<String>,
}

/// Words a `<title>` segment that is a date may have (`Mon, 7 Oct 2020 12:09`).
const TITLE_DATE_WORDS: usize = 6;

fn sel(s: &str) -> Option<Selector> {
    Selector::parse(s).ok()
}

pub fn read(doc: &Html, raw: &str) -> PageMeta {
    let mut m = PageMeta {
        saved_from: super::saved_from::address(doc, raw),
        ..PageMeta::default()
    };
    if let Some(s) = sel("meta") {
        for e in doc.select(&s) {
            let v = e.value();
            let Some(content) = v.attr("content").map(str::trim).filter(|c| !c.is_empty()) else {
                continue;
            };
            for key in ["property", "name", "itemprop"] {
                if let Some(k) = v.attr(key) {
                    m.tags
                        .entry(k.trim().to_ascii_lowercase())
                        .or_insert_with(|| content.to_string());
                }
            }
        }
    }
    if let Some(s) = sel("script[type='application/ld+json']") {
        let mut found: Vec<(usize, serde_json::Map<String, Value>)> = Vec::new();
        for e in doc.select(&s) {
            let raw: String = e.text().collect();
            let text = json_ld_text(&raw);
            let parsed = serde_json::from_str::<Value>(text)
                .or_else(|_| serde_json::from_str::<Value>(&super::loose_json::repair(text)));
            if let Ok(v) = parsed {
                collect_articles(&v, &mut found, 0);
            }
        }
        // Articles before plain web pages.
        found.sort_by_key(|(rank, _)| *rank);
        m.articles = found.into_iter().map(|(_, o)| o).collect();
    }
    if let Some(s) = sel("title") {
        m.doc_title = doc
            .select(&s)
            .next()
            .map(|e| collapse(&e.text().collect::<String>()))
            .filter(|t| !t.is_empty());
    }
    if let Some(s) = sel("time[datetime], [itemprop='datePublished']") {
        let mut times: Vec<(bool, String)> = doc
            .select(&s)
            .filter_map(|e| {
                let v = e.value();
                // `title` holds the date in the hAtom microformat (`<abbr class="published"
                // title="2011-11-18T04:06:42">`), which some CMSs mark up with `itemprop`.
                let value = v
                    .attr("datetime")
                    .or(v.attr("content"))
                    .or(v.attr("title"))?
                    .to_string();
                let published =
                    v.attr("pubdate").is_some() || v.attr("itemprop") == Some("datePublished");
                Some((!published, value))
            })
            .collect();
        times.sort_by_key(|(later, _)| *later);
        m.times = times.into_iter().map(|(_, t)| t).collect();
    }
    if let Some(s) = sel("[itemprop='dateModified']") {
        m.modified_times = doc
            .select(&s)
            .filter_map(|e| e.value().attr("content").or(e.value().attr("datetime")))
            .map(str::to_string)
            .collect();
    }
    if let Some(s) = sel("link[rel='canonical']") {
        m.canonical = doc
            .select(&s)
            .next()
            .and_then(|e| e.value().attr("href"))
            .map(str::to_string);
    }
    m
}

pub(super) fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl PageMeta {
    fn ld(&self, key: &str) -> Option<String> {
        self.articles
            .iter()
            .find_map(|o| o.get(key).and_then(ld_text))
    }

    fn tag(&self, keys: &[&str]) -> Option<String> {
        keys.iter()
            .find_map(|k| self.tags.get(*k))
            .map(|s| collapse(s))
            .filter(|s| !s.is_empty())
    }

    /// The article's text as JSON-LD gives it (`articleBody`).
    pub fn article_body(&self) -> Option<String> {
        self.articles
            .iter()
            .find_map(|o| o.get("articleBody").and_then(Value::as_str))
            .map(str::to_string)
    }

    /// The metadata's publication value that states a date (JSON-LD, meta tags, `<time>`),
    /// as written.
    pub fn published_value(&self) -> Option<String> {
        self.published_values().find(|v| date_in(v).is_some())
    }

    /// The publication dates the metadata writes in a local zone or none (not a UTC
    /// timestamp), strongest first: how the outlet states a day its UTC value may shift.
    /// JSON-LD and meta tags only: `<time>` elements anywhere in the page include related
    /// stories' (the marked date near the headline is weighed apart).
    pub fn local_published(&self) -> Vec<NaiveDate> {
        self.stated_values()
            .filter(|v| super::utc_day::utc_hour(v).is_none())
            .filter_map(|v| date_in(&v))
            .collect()
    }

    /// Every publication value of the metadata, strongest first (JSON-LD, meta tags,
    /// `<time>`), as written.
    fn published_values(&self) -> impl Iterator<Item = String> + '_ {
        self.stated_values().chain(self.times.iter().cloned())
    }

    /// The publication values of JSON-LD and meta tags, strongest first, as written.
    fn stated_values(&self) -> impl Iterator<Item = String> + '_ {
        let ld = [self.ld("datePublished"), self.ld("pubDate")];
        let tags = [
            "article:published_time",
            "og:published_time",
            "og:article:published_time",
            "shareaholic:article_published_time",
            "rnews:datepublished",
            "originalpublicationdate",
            "published-date",
            "published_date",
            "article:published",
            "datepublished",
            "pubdate",
            "publishdate",
            "publish-date",
            "publish_date",
            "pub_date",
            "pdate",
            "publication_date",
            "date_published",
            "article_date_original",
            "og:release_date",
            "date",
            "dc.date",
            "dc:date",
            "dc.date.issued",
            "dc.date.created",
            "dc:created",
            "dcterms.issued",
            "dcterms.created",
            "dcterms:created",
            "dcterms.date",
            "dcterms:date",
            "sailthru.date",
            "parsely-pub-date",
            "article.published",
            "cxenseparse:recs:publishtime",
            "displaydate",
            "release_date",
            "datecreated",
        ]
        .map(|k| self.tags.get(k).cloned());
        ld.into_iter().chain(tags).flatten()
    }

    /// The publication date the metadata states: JSON-LD, meta tags, `<time>`.
    pub fn published(&self) -> Option<NaiveDate> {
        self.published_value().and_then(|v| date_in(&v))
    }

    /// The date a `<title>` segment states on its own (`Headline - 07.12.2017 - Site`): the
    /// page's date in the browser's tab, weaker than every mark in the page itself.
    pub fn title_date(&self) -> Option<NaiveDate> {
        let t = self.doc_title.as_deref()?;
        split_title(t)
            .iter()
            .skip(1)
            .filter(|seg| seg.split_whitespace().count() <= TITLE_DATE_WORDS)
            .find_map(|seg| {
                crate::corpus::datelines::dateline(&crate::corpus::lines::Line::new(seg))
            })
    }

    /// The modification date the metadata states: weaker than every sign of the publication
    /// date, the page's address and markup included. Microdata's `dateModified` counts on any
    /// element (`<span itemprop="dateModified" content="…">Updated: …</span>` in a byline).
    pub fn modified(&self) -> Option<NaiveDate> {
        let tags = [
            "article:modified_time",
            "og:updated_time",
            "og:article:modified_time",
            "article:modified",
            "datemodified",
            "modified-date",
            "last-modified",
            "dc.date.modified",
            "dcterms.modified",
        ]
        .map(|k| self.tags.get(k).cloned());
        std::iter::once(self.ld("dateModified"))
            .chain(tags)
            .chain(self.modified_times.iter().cloned().map(Some))
            .flatten()
            .find_map(|v| date_in(&v))
    }

    /// Every address the page gives for itself, relative ones too (for the date in its
    /// path): canonical link, `og:url`, JSON-LD `url`, the saved-from address.
    pub fn addresses(&self) -> Vec<String> {
        [
            self.canonical.clone(),
            self.tag(&["og:url"]),
            self.ld("url"),
            self.saved_from.clone(),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// The page's address: canonical link, `og:url`, JSON-LD `url`.
    pub fn url(&self) -> Option<String> {
        self.canonical
            .clone()
            .or_else(|| self.tag(&["og:url"]))
            .or_else(|| self.ld("url"))
            .filter(|u| u.starts_with("http"))
    }

    /// The outlet: the site name the page states, else the name in its title's site segment,
    /// else its domain; the display spelling from assets/outlets.tsv when known.
    pub fn outlet(&self, h1: Option<&str>) -> Option<String> {
        let stated = self
            .tag(&[
                "og:site_name",
                "application-name",
                "dc.publisher",
                "publisher",
            ])
            .or_else(|| self.ld("publisher"))
            .filter(|s| !s.starts_with("http") && s.split_whitespace().count() <= 8);
        // A social handle (`@politifact`) names the site's account: the title's site segment
        // (`PolitiFact West Virginia`) spells it better; else the handle without its `@`.
        let (handle, stated) = match stated {
            Some(s) if s.starts_with('@') => (Some(s.trim_start_matches('@').to_string()), None),
            other => (None, other),
        };
        let found = stated
            .or_else(|| self.title_site_segment(h1))
            .or(handle)
            .or_else(|| self.url().and_then(|u| host(&u)))?;
        Some(outlet_of(&found, false).map_or(found, str::to_string))
    }

    /// The address the page was saved from, when it states no address of its own.
    pub fn saved_address(&self) -> Option<String> {
        self.saved_from.clone()
    }

    /// The outlet by the saved-from address's domain: the display name from
    /// assets/outlets.tsv when known, else the domain without `www.`.
    pub fn address_outlet(&self) -> Option<String> {
        let found = host(self.saved_from.as_deref()?)?;
        Some(outlet_of(&found, false).map_or(found, str::to_string))
    }

    /// The last (or first) segment of `<title>` when the other end is the headline (the
    /// page's `h1` or stated title), or when it is short and the rest is long:
    /// `Headline of the story - Site` — section labels set aside.
    fn title_site_segment(&self, h1: Option<&str>) -> Option<String> {
        let t = self.doc_title.as_deref()?;
        // A headline that is the whole `<title>` (`Take C.A.R.E. - comwrap auf der DMEXCO
        // 2018` in the `h1` too): no segment of it is the site.
        if self
            .headline_key(h1)
            .is_some_and(|h| h == normalize(t).text)
        {
            return None;
        }
        // A section label is never the site (`Opinion | Headline - The Times`): the section
        // the page declares (`article:section`) or a known label.
        let section = self.tag(&["article:section"]).map(|s| normalize(&s).text);
        let parts: Vec<&str> = split_title(t)
            .into_iter()
            .filter(|p| {
                section.as_deref() != Some(normalize(p).text.as_str())
                    && !crate::corpus::markers::is_section_label(p)
            })
            .collect();
        if parts.len() < 2 {
            return None;
        }
        let words = |p: &str| p.split_whitespace().count();
        if let Some(h) = self.headline_key(h1) {
            let is_headline = |p: &&str| normalize(p).text == h;
            // The other end names the site — unless the `h1` is a short name and the other
            // end a long headline: then the `h1` is the logo (`<h1>Site</h1>`,
            // `<title>Headline of the story - Site</title>`).
            let site = |p: &&&str| words(p) <= 4 || words(&h) > 3 || words(p) <= words(&h);
            if parts.first().is_some_and(is_headline)
                && let Some(last) = parts.last().filter(site)
            {
                return Some(last.to_string());
            }
            if parts.last().is_some_and(is_headline)
                && let Some(first) = parts.first().filter(site)
            {
                return Some(first.to_string());
            }
        }
        let (first, last) = (parts.first()?, parts.last()?);
        if words(last) <= 4 && words(first) > words(last) {
            Some(last.to_string())
        } else if words(first) <= 4 && words(last) > words(first) + 2 {
            Some(first.to_string())
        } else {
            None
        }
    }

    /// The headline the page states (its `h1`, JSON-LD `headline`, Open Graph / Twitter
    /// title), normalized for comparing with `<title>` segments.
    fn headline_key(&self, h1: Option<&str>) -> Option<String> {
        h1.map(str::to_string)
            .or_else(|| self.ld("headline"))
            .or_else(|| self.tag(&["og:title", "twitter:title"]))
            .map(|h| normalize(&h).text)
    }

    /// The site's name in `<title>` by the looser rules of [`title_site::loose_site`]
    /// (`标题_南方网`, `… : 동아닷컴`, `The Space Review: …`): the weakest title sign, used
    /// only when nothing else names the outlet.
    pub fn loose_title_outlet(&self, h1: Option<&str>) -> Option<String> {
        let t = collapse(self.doc_title.as_deref()?);
        let h = self.headline_key(h1);
        let found = title_site::loose_site(&t, h.as_deref())
            .or_else(|| title_site::leading_site(&t, h.as_deref()))?;
        Some(outlet_of(&found, false).map_or(found, str::to_string))
    }

    /// The headline: JSON-LD `headline`, Open Graph / Twitter / Dublin Core title, the
    /// article's `h1`, `<title>` — with the site's name taken off; the page's first `h1`
    /// whatever it is (`any_h1`: in furniture, or one CJK "word" the logo test set aside) only
    /// when `<title>` holds nothing but the site's name. A title that another source
    /// repeats (the `h1`, a `<title>` segment, another tag) wins over one stated once:
    /// Wikipedia's JSON-LD `headline` is the article's description, its `h1` and `<title>`
    /// say the title.
    pub fn title(
        &self,
        h1: Option<&str>,
        outlet: Option<&str>,
        any_h1: Option<&str>,
    ) -> Option<String> {
        // The page's own headline element, unless it is the site's name (a logo): two words
        // at least, or a run of eight Han, kana or Hangul characters (written without spaces,
        // `南方网` is a logo and `习近平主持召开座谈会…` a headline).
        let h1 = h1.filter(|h| {
            (h.split_whitespace().count() >= 2 || wide_chars(h) >= CJK_HEADLINE_CHARS)
                && outlet.is_none_or(|o| normalize(o).text != normalize(h).text)
                && outlet_of(h, false).is_none()
        });
        let key = |s: &str| normalize(s).text;
        let mut sources: Vec<String> = Vec::new();
        sources.extend(h1.map(str::to_string));
        sources.extend(self.doc_title.as_deref().map(collapse));
        let stated: Vec<String> = [
            self.ld("headline"),
            self.tag(&["og:title"]),
            self.tag(&["twitter:title"]),
            self.tag(&["dc.title", "title"]),
        ]
        .into_iter()
        .flatten()
        .collect();
        sources.extend(stated.iter().cloned());
        // Said by a source other than `own`: whole, or (`segments`) as a segment of it.
        let repeated = |t: &str, own: &str, segments: bool| {
            let k = key(t);
            !k.is_empty()
                && sources
                    .iter()
                    .filter(|s| s.as_str() != own)
                    .any(|s| key(s) == k || segments && split_title(s).iter().any(|p| key(p) == k))
        };
        let strip = |t: &str| strip_site(t, outlet, &|rest: &str| repeated(rest, t, false));
        // Stated titles, then the `h1`: the first that another source repeats.
        let mut candidates = stated.clone();
        candidates.extend(h1.map(str::to_string));
        if let Some(t) = candidates.iter().find(|t| repeated(&strip(t), t, true)) {
            return Some(strip(t));
        }
        // A `<title>` that is the site's name alone after a separator (`-铜雀历史网`: the CMS
        // left the headline out) gives way to the page's first `h1`, unless that is the logo.
        let site_only = |t: &String| t.trim_start().starts_with(['-', '|', '_', '–', '—', ':']);
        let any_h1 = any_h1
            .filter(|h| outlet.is_none_or(|o| key(o) != key(h)) && outlet_of(h, false).is_none());
        stated
            .first()
            .map(|t| strip(t))
            .or_else(|| h1.map(str::to_string))
            .or_else(|| {
                let from_title = self.doc_title.as_deref().map(&strip);
                match from_title {
                    Some(t) if site_only(&t) => any_h1.map(str::to_string).or(Some(t)),
                    other => other,
                }
            })
    }
}

/// Han, kana or Hangul characters an `h1` written without spaces needs to be a headline.
const CJK_HEADLINE_CHARS: usize = 8;

/// How many Han, kana or Hangul characters a text has.
fn wide_chars(s: &str) -> usize {
    s.chars()
        .filter(|c| matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}'))
        .count()
}

/// `https://www.example.com/a` → `example.com`.
fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#', ':']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_lose_www() {
        assert_eq!(
            host("https://www.alquds.co.uk/x?y").as_deref(),
            Some("alquds.co.uk")
        );
    }
}
