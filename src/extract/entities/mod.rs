//! Entity recognition and cross-source linking: people, organizations and places, merged
//! across the outlets of a story, every mention located by `char` offsets.
//!
//! No model: gazetteers and word lists in assets/gazetteer (sources and licences in
//! assets/README.md) and context rules written for Arabic news (docs/entities.md).

mod gazetteer;
mod heads;
mod link;
mod people;
mod recognize;
mod story;
mod tokens;

use super::Entity;
use crate::corpus::Corpus;
use gazetteer::gazetteer;
use link::{Located, link};
use recognize::recognize;
use tokens::tokenize;

/// A content paragraph (article and paragraph index) and the token ranges of the names found
/// in it.
type Named = (usize, usize, Vec<(usize, usize)>);

/// Find the people, organizations and places of a story, merged across its articles.
pub fn extract(corpus: &Corpus) -> Vec<Entity> {
    let g = gazetteer();
    let mut found = Vec::new();
    // What each content paragraph named, as token ranges. Tokens themselves are dropped at
    // once (with their normalized text they weigh several times the paragraph) and made again
    // for the short-form pass below: holding them for a whole corpus was most of the memory
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
                found.push(Located {
                    found: f,
                    order: (a, p),
                });
            }
        }
    }
    // Short forms through the story (story.rs): surnames, organizations without their head,
    // bracketed short forms; one person's names with and without the بن chain.
    story::join_nasab(&mut found);
    story::join_tails(&mut found);
    let short = story::ShortForms::new(g, &found);
    if short.is_empty() {
        return link(corpus, found);
    }
    for (a, p, names) in &named {
        let article = &corpus.articles[*a];
        let text = &article.paragraphs[*p].text;
        let (tokens, norm) = tokenize(text);
        for f in short.find(g, &tokens, &norm, names) {
            found.push(Located {
                found: f,
                order: (*a, *p),
            });
        }
    }
    link(corpus, found)
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_news;
