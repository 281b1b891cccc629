//! The site most of a page's own links and images point at: the weakest outlet sign, for a
//! page that names its outlet nowhere else (a fragment saved without its `<head>`, a page
//! whose title is the headline alone). A site's pages link to its sections and load its
//! images from its own (sub)domains — `news.eastday.com`, `n.eastday.com`, `mz.eastday.com`
//! are all `eastday.com` — while a share bar or an ad points elsewhere; social networks, ads,
//! analytics and content-delivery hosts (assets/link_hosts_elsewhere.txt) never count.

use std::collections::HashMap;
use std::sync::OnceLock;

use scraper::{Html, Selector};

/// Links and images that must point at the site for it to count.
const MIN_REFERENCES: usize = 2;

/// Second-level labels under a country's two-letter domain that are not a site's name
/// (`bbc.co.uk`, `abc.net.au`, `people.com.cn`).
const GENERIC_SECOND_LEVEL: &[&str] = &["co", "com", "org", "net", "gov", "edu", "ac", "gob"];

/// The site (registrable domain) most of the page's absolute links and images point at,
/// when it is more than half of them and at least [`MIN_REFERENCES`].
pub fn link_site(doc: &Html) -> Option<String> {
    let sel = Selector::parse("a[href], img[src]").ok()?;
    let elsewhere = elsewhere();
    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut total = 0usize;
    for e in doc.select(&sel) {
        let v = e.value();
        let Some(site) = v.attr("href").or(v.attr("src")).and_then(site_of) else {
            continue;
        };
        if elsewhere.contains(&site) {
            continue;
        }
        total += 1;
        *counts.entry(site).or_default() += 1;
    }
    // The most frequent; among equals the alphabetically first, so the choice never
    // depends on the map's order.
    let (site, n) = counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))?;
    (n >= MIN_REFERENCES && 2 * n > total).then_some(site)
}

/// `https://news.example.co.uk/a` (or `//…`) → `example.co.uk`; relative addresses give none.
fn site_of(url: &str) -> Option<String> {
    let rest = url
        .trim()
        .strip_prefix("https:")
        .or_else(|| url.trim().strip_prefix("http:"))
        .unwrap_or(url.trim())
        .strip_prefix("//")?;
    let host = rest
        .split(['/', '?', '#', ':'])
        .next()?
        .to_ascii_lowercase();
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    if labels.len() < 2 || labels.iter().all(|l| l.chars().all(|c| c.is_ascii_digit())) {
        return None;
    }
    // The last two labels; three under a country's generic second level (`bbc.co.uk`).
    let mut rev = labels.iter().rev();
    let (tld, second) = (rev.next()?, rev.next()?);
    let generic = tld.len() == 2 && GENERIC_SECOND_LEVEL.contains(second);
    let keep = match rev.next() {
        Some(third) if generic => vec![*third, *second, *tld],
        _ => vec![*second, *tld],
    };
    Some(keep.join("."))
}

fn elsewhere() -> &'static [String] {
    static E: OnceLock<Vec<String>> = OnceLock::new();
    E.get_or_init(|| {
        include_str!("../../../assets/link_hosts_elsewhere.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(body: &str) -> Option<String> {
        link_site(&Html::parse_document(body))
    }

    #[test]
    fn sites_group_their_subdomains() {
        assert_eq!(
            site_of("https://news.eastday.com/a").as_deref(),
            Some("eastday.com")
        );
        assert_eq!(
            site_of("//mz.eastday.com/x.jpg").as_deref(),
            Some("eastday.com")
        );
        assert_eq!(
            site_of("http://www.bbc.co.uk/news").as_deref(),
            Some("bbc.co.uk")
        );
        assert_eq!(
            site_of("https://en.people.cn/n3/a.html").as_deref(),
            Some("people.cn")
        );
        assert_eq!(site_of("/section/a.html"), None);
        assert_eq!(site_of("https://10.0.0.1/a"), None);
    }

    #[test]
    fn the_site_most_links_and_images_point_at() {
        let page = r#"<body><a href="https://news.cgtn.com/a">A</a>
            <img src="https://newseu.cgtn.com/i.jpg"><a href="/b">B</a>
            <a href="https://www.facebook.com/share?u=x">f</a><a href="https://twitter.com/x">t</a>
            <a href="https://other.org/">o</a></body>"#;
        assert_eq!(site(page).as_deref(), Some("cgtn.com"));
        // One link is no sign; nor is a site that is not most of them.
        assert_eq!(site(r#"<a href="https://cgtn.com/a">A</a>"#), None);
        let split = r#"<a href="https://a.com/1">1</a><a href="https://a.com/2">2</a>
            <a href="https://b.com/1">1</a><a href="https://c.com/2">2</a>"#;
        assert_eq!(site(split), None);
        // Share buttons alone name no outlet.
        let share =
            r#"<a href="https://facebook.com/s">f</a><a href="https://facebook.com/t">f</a>"#;
        assert_eq!(site(share), None);
    }
}
