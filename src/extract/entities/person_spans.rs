//! Person spans that took in a word that is no part of the name, mended through the story
//! (the tagger's input is unchanged):
//!
//! - a name said twice (`هتافات "نيمار نيمار"`, a chant) is two mentions of the one name;
//! - a word with the preposition `ل` whose rest is another name of the story (`نتمنى لنيمار`,
//!   "we wish Neymar": the mention is `نيمار`; `زيارة مدبولي لدبي`, "Madbouly's visit to
//!   Dubai": the mention ends before it) — a name's own words do not carry `ل`;
//! - a last word that is the nisba of one of the story's places or organizations, in
//!   predicate position (`نيمار هلالي`, "Neymar is Hilali", from `الهلال`): the mention ends
//!   before it.
//!
//! Offsets come from the paragraph's text: the span's words, split where it has spaces.

use std::collections::HashSet;
use std::sync::Arc;

use super::gazetteer::Gazetteer;
use super::link::Located;
use crate::corpus::Corpus;
use crate::extract::EntityKind;

/// The char ranges of the words of `l`'s span in its paragraph, if it has one per word.
fn word_ranges(corpus: &Corpus, l: &Located) -> Option<Vec<(usize, usize)>> {
    let para = corpus.articles.get(l.order.0)?.paragraphs.get(l.order.1)?;
    let chars: Vec<char> = para
        .text
        .chars()
        .skip(l.found.start)
        .take(l.found.end.checked_sub(l.found.start)?)
        .collect();
    let mut out = Vec::new();
    let mut s: Option<usize> = None;
    for (i, c) in chars.iter().enumerate() {
        match (c.is_whitespace(), s) {
            (true, Some(b)) => {
                out.push((l.found.start + b, l.found.start + i));
                s = None;
            }
            (false, None) => s = Some(i),
            _ => {}
        }
    }
    if let Some(b) = s {
        out.push((l.found.start + b, l.found.start + chars.len()));
    }
    (out.len() == l.found.words.len()).then_some(out)
}

/// `l` narrowed to its words `from..to` (char ranges `r`), with `clitic` letters of the first
/// word left out.
fn part(l: &Located, r: &[(usize, usize)], from: usize, to: usize, clitic: usize) -> Located {
    let mut n = l.clone();
    let words: Vec<String> = l
        .found
        .words
        .get(from..to)
        .unwrap_or_default()
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i == 0 {
                w.chars().skip(clitic).collect()
            } else {
                w.clone()
            }
        })
        .collect();
    n.found.key = Arc::from(format!("Person:{}", words.join(" ")));
    n.found.words = words.into();
    n.found.start = r.get(from).map_or(l.found.start, |x| x.0 + clitic);
    n.found.end = r.get(to.saturating_sub(1)).map_or(l.found.end, |x| x.1);
    n.found.first = l.found.first + from;
    n.found.last = l.found.first + to.saturating_sub(1);
    n
}

/// The story's one-word names of places and organizations, and its persons' words.
struct Story {
    things: HashSet<String>,
    person_words: HashSet<String>,
}

impl Story {
    fn new(g: &Gazetteer, found: &[Located]) -> Story {
        let mut things = HashSet::new();
        let mut person_words = HashSet::new();
        for f in found.iter().map(|l| &l.found) {
            match (f.kind, &*f.words) {
                (EntityKind::Person, [w]) => {
                    person_words.insert(w.clone());
                }
                (EntityKind::Person, ws) => {
                    // Words of longer spans that are themselves names (`نيمار` of `نيمار
                    // جونيور`), not the span's odd words: a word seen twice or more.
                    for w in ws {
                        if ws.iter().filter(|x| *x == w).count() > 1 || g.given.contains(w) {
                            person_words.insert(w.clone());
                        }
                    }
                }
                (_, [w]) => {
                    things.insert(w.clone());
                }
                // `الهلال` of `نادي الهلال السعودي`: an organization's head and a definite word.
                (EntityKind::Organization, [head, w, ..]) if g.heads.contains_key(head) => {
                    things.insert(w.clone());
                }
                _ => {}
            }
        }
        Story {
            things,
            person_words,
        }
    }

    /// A place or organization of the story or the lists, by its one word.
    fn thing(&self, g: &Gazetteer, w: &str) -> bool {
        self.things.contains(w)
            || g.names.get(w).is_some_and(|es| {
                es.iter()
                    .any(|e| e.kind == EntityKind::Place && e.words.len() == 1)
            })
    }

    /// `w` a nisba of one of the story's places or organizations (`هلالي` of `الهلال`).
    fn nisba(&self, g: &Gazetteer, w: &str) -> bool {
        let Some(stem) = w.strip_suffix('ي').filter(|s| s.chars().count() >= 3) else {
            return false;
        };
        !w.starts_with("ال")
            && !g.given.contains(w)
            && (self.thing(g, stem) || self.thing(g, &format!("ال{stem}")))
    }
}

/// Mend the story's person spans (module doc).
pub fn mend(g: &Gazetteer, corpus: &Corpus, found: &mut Vec<Located>) {
    let story = Story::new(g, found);
    let mut out: Vec<Located> = Vec::with_capacity(found.len());
    for l in found.drain(..) {
        let ws = &l.found.words;
        if l.found.kind != EntityKind::Person || ws.len() < 2 || l.found.key.is_ascii() {
            out.push(l);
            continue;
        }
        let Some(r) = word_ranges(corpus, &l) else {
            out.push(l);
            continue;
        };
        out.extend(mended(g, &story, &l, &r));
    }
    *found = out;
}

/// `l`'s span mended: one or more mentions.
fn mended(g: &Gazetteer, story: &Story, l: &Located, r: &[(usize, usize)]) -> Vec<Located> {
    let ws = &l.found.words;
    let n = ws.len();
    // A name said twice over.
    if n >= 2 && ws.iter().all(|w| Some(w) == ws.first()) {
        return (0..n).map(|i| part(l, r, i, i + 1, 0)).collect();
    }
    // A word with `ل`: the name after it, or the end of the name before it.
    for (k, w) in ws.iter().enumerate().skip(1) {
        let Some(rest) = w.strip_prefix('ل').filter(|x| x.chars().count() >= 3) else {
            continue;
        };
        if k + 1 == n
            && story.person_words.contains(rest)
            && ws.first().is_some_and(|w| !story.thing(g, w))
        {
            return vec![part(l, r, k, k + 1, 1)];
        }
        if story.thing(g, rest) {
            return vec![part(l, r, 0, k, 0)];
        }
    }
    // A nisba predicate.
    if let Some(last) = ws.last()
        && story.nisba(g, last)
    {
        return vec![part(l, r, 0, n - 1, 0)];
    }
    vec![l.clone()]
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)]
mod tests {
    use super::*;
    use crate::extract::entities::recognize::Found;
    use crate::lexicon::gazetteer::gazetteer;

    /// A mention of `kind` over the words of `text` from char `start` to `end`, at
    /// paragraph `p`.
    fn at(kind: EntityKind, text: &str, start: usize, end: usize, p: usize) -> Located {
        let span: String = text.chars().skip(start).take(end - start).collect();
        let words: Vec<String> = span
            .split_whitespace()
            .map(|w| crate::text::normalize(w).text)
            .collect();
        Located {
            found: Found {
                kind,
                key: format!("{kind:?}:{}", words.join(" ")).into(),
                words: words.into(),
                start,
                end,
                first: 0,
                last: 0,
                fragment: None,
            },
            order: (0, p),
        }
    }

    /// The char range of `needle` in `text`.
    fn range(text: &str, needle: &str) -> (usize, usize) {
        let b = text.find(needle).unwrap();
        let s = text.char_indices().take_while(|(i, _)| *i < b).count();
        (s, s + needle.chars().count())
    }

    #[test]
    fn a_name_said_twice_a_word_with_la_and_a_nisba_predicate_are_no_part_of_it() {
        let paras = [
            "وانضم روبينيو إلى صفوف نادي الشروق.",
            "ورددت الجماهير \"روبينيو روبينيو\"، وكتب النادي \"روبينيو شروقي\".",
            "وقال الرئيس: نتمنى لروبينيو التوفيق، ثم تابع زيارة المنصوري لدبي.",
        ];
        let c = Corpus::from_bodies(&[&paras[..]]);
        let mut found = Vec::new();
        for (p, needle, kind) in [
            (0, "روبينيو", EntityKind::Person),
            (0, "نادي الشروق", EntityKind::Organization),
            (1, "روبينيو روبينيو", EntityKind::Person),
            (1, "روبينيو شروقي", EntityKind::Person),
            (2, "نتمنى لروبينيو", EntityKind::Person),
            (2, "المنصوري لدبي", EntityKind::Person),
        ] {
            let (s, e) = range(paras[p], needle);
            found.push(at(kind, paras[p], s, e, p));
        }
        mend(gazetteer(), &c, &mut found);
        let people: Vec<(String, String)> = found
            .iter()
            .filter(|l| l.found.kind == EntityKind::Person)
            .map(|l| {
                let text: String = paras[l.order.1]
                    .chars()
                    .skip(l.found.start)
                    .take(l.found.end - l.found.start)
                    .collect();
                (l.found.words.join(" "), text)
            })
            .collect();
        let want = [
            ("روبينيو", "روبينيو"),
            ("روبينيو", "روبينيو"),
            ("روبينيو", "روبينيو"),
            ("روبينيو", "روبينيو"),
            ("روبينيو", "روبينيو"),
            ("المنصوري", "المنصوري"),
        ];
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(people, want);
    }
}
