//! Entity recognition and cross-source linking: people, organizations and places, merged
//! across the outlets of a story, every mention located by `char` offsets.
//!
//! Two sources, combined per paragraph (`tagger/combine.rs`, docs/entities.md): gazetteers,
//! word lists (assets/gazetteer, sources and licences in assets/README.md) and context rules
//! written for Arabic news; and a sequence tagger trained on ANERcorp (`tagger/`, the model
//! in assets/ner.model), which reads each article in two passes. Without a usable model the
//! rules work alone and [`tagger_problem`] says why.

mod acronym;
mod admin;
mod boundary;
mod byline;
mod classified;
mod club_names;
mod clubs;
mod cued_people;
mod cues;
mod descriptions;
mod designation;
mod facility;
mod heads;
mod kind_vote;
mod latin;
mod leftover;
mod link;
mod misread;
mod nickname;
mod ordinary_head;
mod org_tails;
mod people;
mod person_spans;
mod place_pairs;
mod place_variants;
mod proclitic;
mod recognize;
mod story;
mod tag_row;
pub mod tagger;
mod tokens;
mod translit;

use std::collections::HashSet;

/// An article's words, as the name-boundary rules ask about them (is this word written
/// elsewhere without its proclitic?). foldhash rather than the standard SipHash (a share of
/// the extraction bench), keyed at random like it: the keys are the input's words.
pub(crate) type WordSet<'a> = HashSet<&'a str, foldhash::fast::RandomState>;
use std::sync::Arc;

use super::Entity;
use crate::corpus::Corpus;
use gazetteer::{Gazetteer, gazetteer};
use link::{Located, canonical_spelling, link};
use recognize::{Found, recognize};
use tagger::Model;
use tagger::combine::combine;
use tokens::{Token, tokens};

use crate::lexicon::gazetteer;
use crate::text::{Prepared, Tokenized};
use std::borrow::Cow;

impl crate::lexicon::Written for Token {
    fn norm(&self) -> &str {
        &self.norm
    }
    fn original(&self) -> &str {
        &self.original
    }
}

/// Why the trained tagger is not used (its model file is missing or unreadable), if it is
/// not: the rules then work alone. Reading the model happens here on first call.
pub fn tagger_problem() -> Option<String> {
    tagger::shared().err().map(ToString::to_string)
}

/// A content paragraph (article and paragraph index) and the token ranges of the names found
/// in it.
type Named = (usize, usize, Vec<(usize, usize)>);

/// Find the people, organizations and places of a story, merged across its articles (each
/// paragraph prepared once, for both passes below).
pub fn extract(corpus: &Corpus) -> Vec<Entity> {
    extract_prepared(corpus, &super::prepare(corpus))
}

/// [`extract`] on the corpus's paragraphs as the analysis prepared them (those it did not
/// prepare are prepared here): the rules and the tagger read the same words.
pub fn extract_prepared(corpus: &Corpus, prepared: &Prepared) -> Vec<Entity> {
    let g = gazetteer();
    let mut found = Vec::new();
    let mut names = Interner::default();
    // What each content paragraph named, as token ranges. Entity tokens themselves are
    // dropped at once (with their readings they weigh several times the paragraph) and made
    // again from the prepared words for the short-form pass below: holding them for a whole
    // corpus was most of the memory of an export.
    let mut named: Vec<Named> = Vec::new();
    let model = tagger::shared().ok();
    // Articles that are match reports (`clubs.rs`), by index.
    let mut sports: HashSet<usize> = HashSet::new();
    // Mentions whose own context says their kind (`classified::own_context`), as (article,
    // paragraph, first token): the story's kind vote leaves them.
    let mut own: HashSet<(usize, usize, usize)> = HashSet::new();
    for (a, article) in corpus.articles.iter().enumerate() {
        let (is_sports, paras, owned) = article_names(g, model, (a, article), prepared);
        if is_sports {
            sports.insert(a);
        }
        own.extend(owned.into_iter().map(|(p, first)| (a, p, first)));
        for (p, here) in paras {
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
    leftover::drop_fragments(&mut found);
    nickname::join_nicknames(&mut found);
    canonical_spelling(&mut found);
    proclitic::join_proclitic(corpus, &mut found);
    story::join_nasab(&mut found);
    story::join_tails(&mut found);
    story::join_variants(&mut found);
    translit::join_transliterations(&mut found);
    clubs::join_clubs(g, &mut found, &sports);
    club_names::join_bare(g, corpus, prepared, &named, &mut found, &sports);
    person_spans::mend(g, corpus, &mut found);
    kind_vote::vote_kinds(&mut found, &own);
    place_pairs::join_place_pairs(corpus, &mut found);
    place_variants::join_final_vowels(&mut found);
    let short = story::ShortForms::new(g, &found);
    if short.is_empty() {
        return link(corpus, found);
    }
    for (a, p, here) in &named {
        let article = corpus.articles.get(*a);
        let Some(para) = article.and_then(|article| article.paragraphs.get(*p)) else {
            continue;
        };
        let t = prepared.get(*a, *p, &para.text);
        let tokens = tokens(&t, &para.text);
        for f in short.find(g, &tokens, &t.norm, here) {
            found.push(Located {
                found: names.share(f),
                order: (*a, *p),
            });
        }
    }
    link(corpus, found)
}

/// What [`article_names`] gives: whether the article is a match report, each content
/// paragraph's names, and the names whose own context says their kind (paragraph, token).
type ArticleNames = (bool, Vec<(usize, Vec<Found>)>, Vec<(usize, usize)>);

/// Whether an article is a match report (`clubs.rs`), the names in each of its content
/// paragraphs (paragraph index, names): the rules', combined with the tagger's where there is
/// a model, and the names whose own context says their kind (paragraph, first token). The
/// article is the tagger's document: its second pass sees the whole of it.
fn article_names(
    g: &Gazetteer,
    model: Option<&Model>,
    (a, article): (usize, &crate::corpus::Article),
    prepared: &Prepared,
) -> ArticleNames {
    let mut paras: Vec<(usize, Vec<Token>, Cow<'_, Tokenized>)> = Vec::new();
    let mut rules: Vec<Vec<Found>> = Vec::new();
    if !crate::corpus::language::is_analysed(article) {
        // Persian or Urdu: the rules and the tagger read Arabic, and name function words there.
        return (false, Vec::new(), Vec::new());
    }
    for (p, para) in article.paragraphs.iter().enumerate() {
        if para.kind.is_content() {
            let t = prepared.get(a, p, &para.text);
            let tokens = tokens(&t, &para.text);
            rules.push(recognize(g, &tokens, &t.norm));
            paras.push((p, tokens, t));
        }
    }
    let sports = clubs::is_sports(paras.iter().flat_map(|(_, t, _)| t.iter()));
    let Some(model) = model else {
        // Without the tagger the rules' people still pass the name-boundary checks.
        let words: WordSet = paras
            .iter()
            .flat_map(|(_, t, _)| t.iter().map(|t| t.norm.as_str()))
            .collect();
        let out = paras
            .iter()
            .zip(rules)
            .map(|((p, tokens, t), r)| {
                let mut names = boundary::people(g, tokens, &t.norm, r, &words);
                if let Some(b) = byline::byline(g, tokens, &t.norm) {
                    names.retain(|f| f.last < b.first || b.last < f.first);
                    names.push(b);
                }
                let taken: Vec<(usize, usize)> = names.iter().map(|f| (f.first, f.last)).collect();
                names.extend(acronym::acronym_names(g, tokens, &t.norm, &taken));
                names.sort_by_key(|f| f.first);
                let names = misread::fix(g, tokens, &t.norm, &[], names, &words);
                let names = after_misread(g, tokens, &t.norm, names, sports);
                let names = facility::add_facilities(g, tokens, &t.norm, names);
                let names = designation::drop_designations(tokens, text_of(article, *p), names);
                (*p, tag_row::cut_in_tag_rows(g, tokens, &t.norm, names))
            })
            .collect();
        let out = without_storms(g, &paras, out);
        let own = own_contexts(g, &paras, &out);
        return (sports, out, own);
    };
    let feats: Vec<Vec<Vec<u32>>> = paras
        .iter()
        .zip(&rules)
        .map(|((_, tokens, t), r)| tagger::features(g, tokens, &t.norm, r))
        .collect();
    let keys: Vec<Vec<&str>> = paras
        .iter()
        .map(|(_, t, _)| t.iter().map(tagger::doc_key).collect())
        .collect();
    let tags = model.tag_document(&feats, &keys);
    let words: WordSet = paras
        .iter()
        .flat_map(|(_, t, _)| t.iter().map(|t| t.norm.as_str()))
        .collect();
    let out = paras
        .iter()
        .zip(rules)
        .zip(&tags)
        .map(|(((p, tokens, t), rules), tags)| {
            let rule_people: Vec<Found> = rules
                .iter()
                .filter(|f| f.kind == crate::extract::EntityKind::Person)
                .cloned()
                .collect();
            let names = combine(g, tokens, &t.norm, rules, tags, &words);
            let here = Paragraph {
                tokens,
                norm: &t.norm,
                text: text_of(article, *p),
                words: &words,
                sports,
            };
            (*p, after_combine(g, &here, &rule_people, names))
        })
        .collect();
    let out = without_storms(g, &paras, out);
    let own = own_contexts(g, &paras, &out);
    (sports, out, own)
}

/// The names whose own context says their kind (`classified::own_context`), as (paragraph,
/// first token).
fn own_contexts(
    g: &Gazetteer,
    paras: &[(usize, Vec<Token>, Cow<'_, Tokenized>)],
    out: &[(usize, Vec<Found>)],
) -> Vec<(usize, usize)> {
    paras
        .iter()
        .zip(out)
        .flat_map(|((_, tokens, _), (p, names))| {
            names
                .iter()
                .filter(|f| classified::own_context(g, tokens, f))
                .map(move |f| (*p, f.first))
        })
        .collect()
}

/// A paragraph as the passes after the combination read it.
struct Paragraph<'a> {
    tokens: &'a [Token],
    norm: &'a crate::text::Normalized,
    /// Its text, whose `char` offsets the tokens give.
    text: &'a str,
    /// The words of the whole article.
    words: &'a WordSet<'a>,
    /// The article is a match report (`clubs.rs`).
    sports: bool,
}

/// The passes on a paragraph's combined names, in the reader's order: misreadings, the
/// passes after them, facilities, model designations, tag rows. The combination's
/// cross-validation (`tagger/eval_combined.rs`) runs the same function, so what it scores is
/// what the reader shows.
fn after_combine(
    g: &Gazetteer,
    p: &Paragraph<'_>,
    rule_people: &[Found],
    names: Vec<Found>,
) -> Vec<Found> {
    let (tokens, norm) = (p.tokens, p.norm);
    let names = misread::fix(g, tokens, norm, rule_people, names, p.words);
    let names = after_misread(g, tokens, norm, names, p.sports);
    let names = facility::add_facilities(g, tokens, norm, names);
    let names = designation::drop_designations(tokens, p.text, names);
    tag_row::cut_in_tag_rows(g, tokens, norm, names)
}

/// The article's names without its named storms (`designation::drop_storms`): a storm named in
/// one paragraph (`العاصفة دانيال`) is dropped where its name stands alone in another.
fn without_storms(
    g: &Gazetteer,
    paras: &[(usize, Vec<Token>, Cow<'_, Tokenized>)],
    out: Vec<(usize, Vec<Found>)>,
) -> Vec<(usize, Vec<Found>)> {
    let storms: Vec<_> = paras
        .iter()
        .zip(&out)
        .flat_map(|((_, tokens, _), (_, names))| designation::storms_named(g, tokens, names))
        .collect();
    out.into_iter()
        .map(|(p, names)| (p, designation::drop_storms(g, names, &storms)))
        .collect()
}

/// The passes on a paragraph's names after `misread` (engineer 14q): head + common noun
/// phrases and cut acronyms (`ordinary_head`), cities that are clubs in a match report
/// (`clubs`), places behind admin heads (`admin`), nicknames given after a name (`nickname`).
fn after_misread(
    g: &Gazetteer,
    tokens: &[Token],
    norm: &crate::text::Normalized,
    names: Vec<Found>,
    sports: bool,
) -> Vec<Found> {
    let names = ordinary_head::fix(g, tokens, names);
    let names = clubs::clubs(g, tokens, names, sports);
    let names = club_names::cued(g, tokens, norm, names, sports);
    let names = admin::places_behind_heads(g, tokens, norm, names);
    let names = classified::places(g, tokens, norm, names);
    let names = descriptions::drop_descriptions(tokens, names);
    let names = org_tails::extend(g, tokens, norm, names);
    let names = cued_people::people(g, tokens, norm, names);
    nickname::given_nicknames(g, tokens, norm, names)
}

/// The text of an article's paragraph `p` (empty if there is none).
fn text_of(article: &crate::corpus::Article, p: usize) -> &str {
    article.paragraphs.get(p).map_or("", |x| x.text.as_str())
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

// Tests index freely: an index out of range is a failed test.
#[cfg(test)]
#[allow(clippy::indexing_slicing)]
mod tests;
// Tests index freely: an index out of range is a failed test.
#[cfg(test)]
#[allow(clippy::indexing_slicing)]
mod tests_boundary;
// Tests index freely: an index out of range is a failed test.
#[cfg(test)]
#[allow(clippy::indexing_slicing)]
mod tests_news;
// Tests index freely: an index out of range is a failed test.
#[cfg(test)]
#[allow(clippy::indexing_slicing)]
mod tests_tagger;
