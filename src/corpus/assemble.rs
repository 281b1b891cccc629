//! From a document's paragraphs and whatever metadata its format carried to an [`Article`]:
//! kinds for every paragraph, and the outlet, date and title the text itself gives where the
//! format gave none.

use chrono::NaiveDate;

use super::classify::classify;
use super::lines::Line;
use super::meta::{dateline, outlet};
use super::{Article, Paragraph, ParagraphKind};

/// Metadata given by the file format (front matter, JSON fields, HTML meta tags).
#[derive(Debug, Clone, Default)]
pub struct Given {
    pub id: Option<String>,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<NaiveDate>,
    pub url: Option<String>,
}

/// Words kept of a first paragraph when an article has no headline line.
const DERIVED_TITLE_WORDS: usize = 12;

pub fn assemble(id: String, path: String, texts: Vec<String>, given: Given) -> Article {
    let lines: Vec<Line> = texts
        .iter()
        .map(|t| Line::new(t))
        .filter(|l| !l.text.is_empty())
        .collect();
    let (mut kinds, title_at) = classify(&lines);
    // A title given by the format marks the paragraph that repeats it.
    if let Some(t) = &given.title
        && let Some(i) = lines.iter().position(|l| l.text == t.trim())
    {
        if let Some(old) = title_at.filter(|&o| o != i) {
            kinds[old] = ParagraphKind::Body;
        }
        kinds[i] = ParagraphKind::Title;
    }
    let title = given
        .title
        .clone()
        .or_else(|| title_at.map(|i| lines[i].text.clone()))
        .unwrap_or_else(|| derived_title(&lines, &kinds));
    let published = given.published.or_else(|| {
        let head = lines.len().div_ceil(2).max(1);
        lines
            .iter()
            .take(head)
            .zip(&kinds)
            .filter(|(_, k)| **k == ParagraphKind::Meta)
            .find_map(|(l, _)| dateline(l))
    });
    let outlet = given
        .outlet
        .clone()
        .filter(|o| !o.trim().is_empty())
        .or_else(|| outlet(&lines))
        .unwrap_or_default();
    let mut paragraphs: Vec<Paragraph> = lines
        .into_iter()
        .zip(kinds)
        .map(|(l, kind)| Paragraph { text: l.text, kind })
        .collect();
    // The collect reuses the (larger) lines' buffer: without this, every article kept a
    // quarter of its text's size again in unused capacity for as long as it is loaded.
    paragraphs.shrink_to_fit();
    Article {
        id: given.id.unwrap_or(id),
        path,
        outlet,
        title,
        published,
        url: given.url,
        paragraphs,
    }
}

/// The opening words of the first body paragraph, for articles printed without a headline.
fn derived_title(lines: &[Line], kinds: &[ParagraphKind]) -> String {
    let Some(first) = lines
        .iter()
        .zip(kinds)
        .find(|(_, k)| **k == ParagraphKind::Body)
        .map(|(l, _)| l)
    else {
        return lines.first().map(|l| l.text.clone()).unwrap_or_default();
    };
    let words: Vec<&str> = first.text.split_whitespace().collect();
    if words.len() <= DERIVED_TITLE_WORDS {
        first.text.clone()
    } else {
        format!(
            "{}…",
            words[..DERIVED_TITLE_WORDS]
                .join(" ")
                .trim_end_matches(['،', ','])
        )
    }
}
