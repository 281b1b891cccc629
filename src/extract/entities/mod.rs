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

use std::collections::HashSet;
use std::sync::Arc;

use super::Entity;
use crate::corpus::Corpus;
use gazetteer::gazetteer;
use link::{Located, link};
use recognize::{Found, recognize};
use tokens::tokenize;

/// A content paragraph (article and paragraph index) and the token ranges of the names found
/// in it.
type Named = (usize, usize, Vec<(usize, usize)>);

/// Find the people, organizations and places of a story, merged across its articles.
pub fn extract(corpus: &Corpus) -> Vec<Entity> {
    let g = gazetteer();
    let mut found = Vec::new();
    let mut names = Interner::default();
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
            let here = recognize(g, &tokens, &norm);
            named.push((a, p, here.iter().map(|f| (f.first, f.last)).collect()));
            for f in here {
                found.push(Located {
                    found: names.share(f),
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
    for (a, p, here) in &named {
        let article = &corpus.articles[*a];
        let text = &article.paragraphs[*p].text;
        let (tokens, norm) = tokenize(text);
        for f in short.find(g, &tokens, &norm, here) {
            found.push(Located {
                found: names.share(f),
                order: (*a, *p),
            });
        }
    }
    link(corpus, found)
}

/// One copy of each distinct key and word list: a story names a few hundred entities in
/// hundreds of thousands of mentions.
#[derive(Default)]
struct Interner {
    keys: HashSet<Arc<str>>,
    words: HashSet<Arc<[String]>>,
}

impl Interner {
    /// `f` with its key and words replaced by the shared copies.
    fn share(&mut self, mut f: Found) -> Found {
        match self.keys.get(&*f.key) {
            Some(k) => f.key = Arc::clone(k),
            None => {
                self.keys.insert(Arc::clone(&f.key));
            }
        }
        match self.words.get(&*f.words) {
            Some(w) => f.words = Arc::clone(w),
            None => {
                self.words.insert(Arc::clone(&f.words));
            }
        }
        f
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_news;
