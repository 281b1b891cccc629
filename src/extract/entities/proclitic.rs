//! A name written once behind a proclitic (`بماريانو راخوي`, `وتركمنستان`) where the story
//! also names it without one: the و, ف, ب or ل is the conjunction or preposition, not the
//! name's first letter. The article alone often cannot tell (`بماريانو` is as rare a word as
//! `ماريانو`); the story can. A name written once so keeps its proclitic unless its first
//! word without it is a first name (listed, or another person's of the story) and with it no
//! word of general Arabic ([`first_names`]).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::link::Located;
use crate::corpus::Corpus;
use crate::extract::EntityKind;

/// Names that start with a proclitic and are, without it, another name of the story of the
/// same kind take that name's words and key; the mention then starts after the proclitic.
pub fn join_proclitic(corpus: &Corpus, found: &mut [Located]) {
    for (i, ws, key) in joins(found) {
        let Some(l) = found.get_mut(i) else { continue };
        let (a, p) = l.order;
        let text = corpus
            .articles
            .get(a)
            .and_then(|art| art.paragraphs.get(p))
            .map(|para| para.text.as_str());
        // One letter, and the marks written on it (`بِماريانو`).
        let letter = l.found.words.first().and_then(|w| w.chars().next());
        let Some(skip) = text
            .filter(|t| t.chars().nth(l.found.start) == letter)
            .map(|t| {
                1 + t
                    .chars()
                    .skip(l.found.start + 1)
                    .take_while(|c| ('\u{064B}'..='\u{0652}').contains(c) || *c == '\u{0640}')
                    .count()
            })
        else {
            continue;
        };
        if l.found.start + skip >= l.found.end {
            continue;
        }
        l.found.start += skip;
        l.found.words = ws.into();
        l.found.key = key;
    }
}

/// (index, words without the proclitic, key of the name so written) for each name to move.
fn joins(found: &[Located]) -> Vec<(usize, Vec<String>, Arc<str>)> {
    let mut names: HashMap<(EntityKind, &[String]), Arc<str>> = HashMap::new();
    for f in found.iter().map(|l| &l.found) {
        names
            .entry((f.kind, &f.words[..]))
            .or_insert_with(|| f.key.clone());
    }
    let g = super::gazetteer::gazetteer();
    let mut moves: Vec<(usize, Vec<String>, Arc<str>)> = Vec::new();
    for (i, f) in found.iter().map(|l| &l.found).enumerate() {
        let Some((w0, rest)) = f.words.split_first() else {
            continue;
        };
        let Some(bare) = w0
            .strip_prefix(['و', 'ف', 'ب', 'ل'])
            .filter(|b| b.chars().count() >= 3)
        else {
            continue;
        };
        if f.key.is_ascii() || g.given.contains(w0) || g.names.contains_key(w0) {
            continue;
        }
        let mut ws = vec![bare.to_string()];
        ws.extend(rest.iter().cloned());
        if let Some(key) = names.get(&(f.kind, &ws[..])).cloned() {
            moves.push((i, ws, key));
        }
    }
    moves.extend(first_names(found, &names, &moves));
    moves
}

/// A person's name written once behind a proclitic (`بجوزيبي كونتي`, `وماريو دراغي`; و, ب, ل
/// or ك) whose
/// first word, without it, is a first name: a listed given name, or the first word of another
/// person of the story. The word with the proclitic must be no word of general Arabic (the
/// word-frequency table): names that start with those letters are written there
/// (`بريان` 3.7, `فورد`, `بيلي`), and what is left must have four letters or more (`بلال`,
/// `وليد`, `فادي`, `لبنى` keep theirs; they are listed given names besides).
fn first_names(
    found: &[Located],
    names: &HashMap<(EntityKind, &[String]), Arc<str>>,
    moved: &[(usize, Vec<String>, Arc<str>)],
) -> Vec<(usize, Vec<String>, Arc<str>)> {
    let g = super::gazetteer::gazetteer();
    let freq = super::tagger::freq::shared();
    let firsts: HashSet<&str> = found
        .iter()
        .map(|l| &l.found)
        .filter(|f| f.kind == EntityKind::Person && f.words.len() >= 2)
        .filter_map(|f| f.words.first().map(String::as_str))
        .collect();
    let mut out = Vec::new();
    for (i, f) in found.iter().map(|l| &l.found).enumerate() {
        let [w0, rest @ ..] = &*f.words else { continue };
        if f.kind != EntityKind::Person
            || rest.is_empty()
            || f.key.is_ascii()
            || moved.iter().any(|(m, _, _)| *m == i)
            || g.given.contains(w0)
            || g.names.contains_key(w0)
            || freq.get(w0) > 0
        {
            continue;
        }
        // Not ف: before a name it is rare, and as a letter it writes the v and w of foreign
        // names (`فولفغانغ` and `ولفغانغ` are both Wolfgang).
        let Some(bare) = w0
            .strip_prefix(['و', 'ب', 'ل', 'ك'])
            .filter(|b| b.chars().count() >= 4 && !b.starts_with("ال"))
        else {
            continue;
        };
        if !(g.given.contains(bare) || firsts.contains(bare)) {
            continue;
        }
        let mut ws = vec![bare.to_string()];
        ws.extend(rest.iter().cloned());
        let key = names
            .get(&(f.kind, &ws[..]))
            .cloned()
            .unwrap_or_else(|| format!("{:?}:{}", f.kind, ws.join(" ")).into());
        out.push((i, ws, key));
    }
    out
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn person(words: &[&str]) -> Located {
        Located::test_person(words, (0, 0), None)
    }

    /// The names `joins` rewrites, as (written, without the proclitic).
    fn moved(names: &[&[&str]]) -> Vec<(String, String)> {
        let found: Vec<Located> = names.iter().map(|n| person(n)).collect();
        joins(&found)
            .into_iter()
            .map(|(i, ws, _)| (found[i].found.words.join(" "), ws.join(" ")))
            .collect()
    }

    #[test]
    fn a_proclitic_comes_off_a_first_name_the_story_or_the_list_knows() {
        // `جوزيبي` is another person's first name in the story.
        assert_eq!(
            moved(&[&["بجوزيبي", "كونتي"], &["جوزيبي", "ماروتا"]]),
            vec![("بجوزيبي كونتي".into(), "جوزيبي كونتي".into())]
        );
        // `ماريو` is a listed given name; `وماريو` is no word of general Arabic.
        assert_eq!(
            moved(&[&["وماريو", "دراغي"]]),
            vec![("وماريو دراغي".into(), "ماريو دراغي".into())]
        );
    }

    #[test]
    fn names_that_start_with_those_letters_keep_them() {
        // `ف` writes a foreign v or w: `فولفغانغ` is no ف + `ولفغانغ`.
        assert!(moved(&[&["فولفغانغ", "شويبله"], &["ولفغانغ", "بيتر"]]).is_empty());
        // Listed given names, three letters without the first: never touched.
        for n in ["بلال", "وليد", "فادي", "لبنى"] {
            assert!(
                moved(&[&[n, "كونتي"], &["جوزيبي", "كونتي"]]).is_empty(),
                "{n}"
            );
        }
        // Words of general Arabic as written (`بريان`, Brian), though `ريان` is a given name.
        assert!(moved(&[&["بريان", "هوك"]]).is_empty());
        // What is left is no first name (`وليه`, his guardian).
        assert!(moved(&[&["بوليه", "جركور"], &["جركور"]]).is_empty());
    }
}
