//! What a story list shows of each story: id, title from its most central article, date
//! span, outlets.

use super::cluster::ItemMap;
use super::features::TEXT;
use super::{Clusterer, Stories, Story};
use crate::corpus::{Article, Corpus, ParagraphKind};

/// Stories from groups of article indices (in order of their first article); `c`, when given,
/// picks each story's most central article for its title (else its first article's).
pub fn stories(corpus: &Corpus, groups: &[Vec<usize>], c: Option<&Clusterer>) -> Stories {
    let mut of_article = vec![0; corpus.articles.len()];
    let mut stories = Vec::with_capacity(groups.len());
    for (s, members) in groups.iter().enumerate() {
        let mut articles: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&i| i < corpus.articles.len())
            .collect();
        articles.sort_unstable();
        for &i in &articles {
            if let Some(slot) = of_article.get_mut(i) {
                *slot = s;
            }
        }
        let central = c.map_or(articles.first().copied(), |c| central(c, &articles));
        let members: Vec<&Article> = articles
            .iter()
            .filter_map(|&i| corpus.articles.get(i))
            .collect();
        let dates = members.iter().filter_map(|a| a.published);
        let mut outlets: Vec<String> = Vec::new();
        for a in &members {
            if !a.outlet.is_empty() && !outlets.contains(&a.outlet) {
                outlets.push(a.outlet.clone());
            }
        }
        stories.push(Story {
            id: format!("s{}", s + 1),
            title: central
                .and_then(|i| corpus.articles.get(i))
                .map_or_else(String::new, title),
            first: dates.clone().min(),
            last: dates.max(),
            articles,
            outlets,
        });
    }
    Stories {
        stories,
        of_article,
    }
}

/// The article whose words the rest of the story shares most: the highest IDF-weighted sum of
/// how many other articles hold each of its words, over its own words' weight (so a long
/// article is not central for its length alone). Ties go to the earlier article.
fn central(c: &Clusterer, articles: &[usize]) -> Option<usize> {
    if articles.len() <= 2 {
        return articles.first().copied();
    }
    let feats = c.features();
    let n = c.len();
    let mut count: ItemMap<u32> = ItemMap::default();
    for &i in articles {
        for (item, _) in feats.get(i).map_or(&[][..], |f| &f.items[TEXT][..]) {
            *count.entry(*item).or_default() += 1;
        }
    }
    let mut best: Option<(usize, f32)> = None;
    for &i in articles {
        let items = feats.get(i).map_or(&[][..], |f| &f.items[TEXT][..]);
        let (mut shared, mut own) = (0.0, 0.0);
        for (item, _) in items {
            let idf = c.idf(c.df(*item), n);
            own += idf;
            shared += idf * (count.get(item).copied().unwrap_or(1) - 1) as f32;
        }
        let score = if own > 0.0 { shared / own.sqrt() } else { 0.0 };
        if best.is_none_or(|(_, b)| score > b) {
            best = Some((i, score));
        }
    }
    best.map(|(i, _)| i)
}

/// An article's title: its metadata title, else its title paragraph, else the start of its
/// first body paragraph, else its id.
pub fn title(a: &Article) -> String {
    if !a.title.trim().is_empty() {
        return a.title.trim().to_string();
    }
    let para = |k: ParagraphKind| a.paragraphs.iter().find(|p| p.kind == k);
    if let Some(p) = para(ParagraphKind::Title) {
        return p.text.trim().to_string();
    }
    match para(ParagraphKind::Body) {
        Some(p) => {
            let words: Vec<&str> = p.text.split_whitespace().collect();
            let mut t = words.iter().take(12).copied().collect::<Vec<_>>().join(" ");
            if words.len() > 12 {
                t.push('…');
            }
            t
        }
        None => a.id.clone(),
    }
}
