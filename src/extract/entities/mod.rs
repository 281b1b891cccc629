//! Entity recognition and cross-source linking: people, organizations and places, merged
//! across the outlets of a story, every mention located by `char` offsets.
//!
//! No model: gazetteers and word lists in assets/gazetteer (sources and licences in
//! assets/README.md) and context rules written for Arabic news (docs/entities.md).

mod gazetteer;
mod link;
mod recognize;
mod tokens;

use std::collections::HashMap;

use super::{Entity, EntityKind, Mention};
use crate::corpus::Corpus;
use gazetteer::gazetteer;
use link::{Located, link};
use recognize::{Found, recognize};
use tokens::{readings, tokenize};

/// A content paragraph (article and paragraph index) and the token ranges of the names found
/// in it.
type Named = (usize, usize, Vec<(usize, usize)>);

/// Find the people, organizations and places of a story, merged across its articles.
pub fn extract(corpus: &Corpus) -> Vec<Entity> {
    let g = gazetteer();
    let mut found = Vec::new();
    // What each content paragraph named, as token ranges. Tokens themselves are dropped at
    // once (with their normalized text they weigh several times the paragraph) and made again
    // for the short-name pass below: holding them for a whole corpus was most of the memory
    // of an export.
    let mut named: Vec<Named> = Vec::new();
    for (a, article) in corpus.articles.iter().enumerate() {
        for (p, para) in article
            .paragraphs
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind.is_content())
        {
            let (tokens, norm) = tokenize(&para.text);
            let names = recognize(g, &tokens, &norm);
            named.push((a, p, names.iter().map(|f| (f.first, f.last)).collect()));
            for f in names {
                found.push(locate(&article.id, p, &para.text, f, (a, p)));
            }
        }
    }
    // Short names of people seen in full elsewhere in the story (`قاآني` for `إسماعيل قاآني`):
    // every further occurrence of the surname is a mention, unless the surname is an
    // adjective there (`الجيش السوداني`) or two people share it.
    let mut surnames: HashMap<String, Vec<String>> = HashMap::new();
    for f in found
        .iter()
        .map(|l| &l.found)
        .filter(|f| f.kind == EntityKind::Person && f.words.len() >= 2)
    {
        if let Some(last) = f
            .words
            .last()
            .filter(|w| w.chars().count() >= 4 && !g.stop.contains(*w))
        {
            let v = surnames.entry(last.clone()).or_default();
            if !v.contains(&f.key) {
                v.push(f.key.clone());
            }
        }
    }
    if surnames.is_empty() {
        return link(found);
    }
    for (a, p, names) in &named {
        let article = &corpus.articles[*a];
        let text = &article.paragraphs[*p].text;
        let (tokens, norm) = tokenize(text);
        for (i, t) in tokens.iter().enumerate() {
            if names.iter().any(|&(first, last)| first <= i && i <= last) {
                continue;
            }
            let hit = readings(&t.norm).into_iter().find_map(|(c, r)| {
                surnames
                    .get(&r)
                    .filter(|k| k.len() == 1)
                    .map(|k| (c, r, k[0].clone()))
            });
            let Some((clitic, word, key)) = hit else {
                continue;
            };
            let adjective = word.starts_with("ال")
                && i > 0
                && !t.boundary
                && tokens[i - 1].norm.starts_with("ال");
            if adjective {
                continue;
            }
            let start = norm
                .origin
                .get(t.nstart + clitic)
                .copied()
                .unwrap_or(t.start);
            let f = Found {
                kind: EntityKind::Person,
                key,
                words: vec![word],
                start,
                end: t.end,
                first: i,
                last: i,
            };
            found.push(locate(&article.id, *p, text, f, (*a, *p)));
        }
    }
    link(found)
}

fn locate(
    article: &str,
    paragraph: usize,
    text: &str,
    found: Found,
    order: (usize, usize),
) -> Located {
    let mention_text: String = text
        .chars()
        .skip(found.start)
        .take(found.end.saturating_sub(found.start))
        .collect();
    let mention = Mention {
        article: article.to_string(),
        paragraph,
        start: found.start,
        end: found.end,
        text: mention_text,
    };
    Located {
        found,
        mention,
        order,
    }
}

#[cfg(test)]
mod tests;
