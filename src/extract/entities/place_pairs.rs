//! Two-word place names read as two places (`كهرمان مرعش` as `كهرمان` and `مرعش`, `شانلي
//! أورفا` as `شانلي` and `أورفا`): the lists hold one spelling of the name (`قهرمان مرعش`)
//! or only its last part, and the tagger reads the unlisted first word as a place of its own.
//! Two places of one word each written side by side, nothing between them but a space, are
//! one name when the story writes them so twice or more, or names them as one place elsewhere,
//! or a list names them so: the
//! two mentions become one, and every mention of either part, alone elsewhere in the story,
//! joins it. A list of cities (`غازي عنتاب شانلي أورفة ملاطيا`) seldom repeats a pair.

use std::collections::HashMap;
use std::sync::Arc;

use super::gazetteer::gazetteer;
use super::link::Located;
use crate::corpus::Corpus;
use crate::extract::EntityKind;

/// Pairs of adjacent one-word places found this often or more are one name.
const SEEN_TOGETHER: usize = 2;

/// Joins the story's two-word place names (above) in `found`.
pub fn join_place_pairs(corpus: &Corpus, found: &mut Vec<Located>) {
    let g = gazetteer();
    let one_word = |l: &Located| l.found.kind == EntityKind::Place && l.found.words.len() == 1;
    // Where each one-word place starts: (article, paragraph, first token) → index.
    let at: HashMap<((usize, usize), usize), usize> = found
        .iter()
        .enumerate()
        .filter(|(_, l)| one_word(l))
        .map(|(i, l)| ((l.order, l.found.first), i))
        .collect();
    // Adjacent pairs: (index of the first part, index of the second).
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (i, l) in found.iter().enumerate().filter(|(_, l)| one_word(l)) {
        let Some(&j) = at.get(&(l.order, l.found.last + 1)) else {
            continue;
        };
        let Some(r) = found.get(j) else { continue };
        if r.found.key != l.found.key && only_space_between(corpus, l, r) {
            pairs.push((i, j));
        }
    }
    if pairs.is_empty() {
        return;
    }
    // Keys of first parts → the name's key (the second part's: the listed one where either
    // is, as the last part is the city's own name, `مرعش`).
    let mut rekey: HashMap<Arc<str>, Arc<str>> = HashMap::new();
    let mut joined: Vec<(usize, usize)> = Vec::new();
    for &(i, j) in &pairs {
        let (Some(a), Some(b)) = (found.get(i), found.get(j)) else {
            continue;
        };
        let (Some(wa), Some(wb)) = (a.found.words.first(), b.found.words.first()) else {
            continue;
        };
        let listed_so = g.names.get(wa).is_some_and(|es| {
            es.iter().any(|e| {
                e.kind == EntityKind::Place
                    && *e.key == *b.found.key
                    && e.words.len() == 2
                    && e.words.get(1) == Some(wb)
            })
        });
        // How often the story writes the first part's word right before the second part.
        let times = found
            .iter()
            .filter(|l| one_word(l) && l.found.key == b.found.key)
            .filter(|l| word_before(corpus, l).is_some_and(|w| is_with_clitic(&w, wa)))
            .count();
        // The story names the two words as one place elsewhere (`شانلي أورفا`): its key.
        let whole = found.iter().find(|l| {
            l.found.kind == EntityKind::Place
                && matches!(&*l.found.words, [x, y] if x == wa && y == wb)
        });
        if let Some(w) = whole {
            rekey.insert(a.found.key.clone(), w.found.key.clone());
            rekey.insert(b.found.key.clone(), w.found.key.clone());
            joined.push((i, j));
        } else if listed_so || times >= SEEN_TOGETHER {
            rekey.insert(a.found.key.clone(), b.found.key.clone());
            joined.push((i, j));
        }
    }
    // The two mentions of each joined pair become one, spanning both.
    let mut drop = vec![false; found.len()];
    for &(i, j) in &joined {
        let Some(b) = found.get(j).map(|b| b.found.clone()) else {
            continue;
        };
        let Some(a) = found.get_mut(i) else { continue };
        let words: Vec<String> = a
            .found
            .words
            .iter()
            .chain(b.words.iter())
            .cloned()
            .collect();
        a.found.words = words.into();
        a.found.key = rekey.get(&b.key).cloned().unwrap_or_else(|| b.key.clone());
        a.found.last = b.last;
        a.found.end = b.end;
        if let Some(d) = drop.get_mut(j) {
            *d = true;
        }
    }
    for l in found
        .iter_mut()
        .filter(|l| l.found.kind == EntityKind::Place)
    {
        if let Some(k) = rekey.get(&l.found.key) {
            l.found.key = k.clone();
        }
    }
    let mut drop = drop.into_iter();
    found.retain(|_| !drop.next().unwrap_or(false));
}

/// The normalized word before `l` in its paragraph, after a space.
fn word_before(corpus: &Corpus, l: &Located) -> Option<String> {
    let (art, p) = l.order;
    let text = &corpus.articles.get(art)?.paragraphs.get(p)?.text;
    let before: Vec<char> = text.chars().take(l.found.start).collect();
    let mut end = before.len();
    let mut spaced = false;
    while end > 0 && before.get(end - 1).is_some_and(|c| c.is_whitespace()) {
        end -= 1;
        spaced = true;
    }
    let mut start = end;
    while start > 0 && before.get(start - 1).is_some_and(|c| !c.is_whitespace()) {
        start -= 1;
    }
    let word: String = before.get(start..end)?.iter().collect();
    (spaced && !word.is_empty()).then(|| super::link::normalized_word(&word))
}

/// `w` is `name`, or `name` behind one or two proclitics (`بكهرمان`).
fn is_with_clitic(w: &str, name: &str) -> bool {
    w == name
        || w.strip_suffix(name).is_some_and(|c| {
            (1..=2).contains(&c.chars().count())
                && c.chars().all(|x| matches!(x, 'و' | 'ف' | 'ب' | 'ل'))
        })
}

/// Nothing but spaces between the two names in their paragraph (no clitic `و`, no comma).
fn only_space_between(corpus: &Corpus, a: &Located, b: &Located) -> bool {
    let (art, p) = a.order;
    let Some(text) = corpus
        .articles
        .get(art)
        .and_then(|x| x.paragraphs.get(p))
        .map(|x| x.text.as_str())
    else {
        return false;
    };
    let gap = b.found.start.saturating_sub(a.found.end);
    gap > 0
        && text
            .chars()
            .skip(a.found.end)
            .take(gap)
            .all(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use crate::corpus::Corpus;
    use crate::extract::EntityKind;
    use crate::extract::entities::extract;

    #[test]
    fn a_two_word_city_written_twice_is_one_place() {
        let c = Corpus::from_bodies(&[
            &["ضرب الزلزال ولاية كهرمان مرعش فجر اليوم وانهارت مبان كثيرة."],
            &["وقال الحاكم إن عشرات قتلوا في كهرمان مرعش وإن مرعش بحاجة إلى المساعدة."],
        ]);
        let places: Vec<(String, usize)> = extract(&c)
            .into_iter()
            .filter(|e| e.kind == EntityKind::Place)
            .map(|e| (e.name, e.mentions.len()))
            .collect();
        assert!(places.iter().any(|(n, _)| n == "كهرمان مرعش"), "{places:?}");
        assert!(
            !places.iter().any(|(n, _)| n == "مرعش" || n == "كهرمان"),
            "{places:?}"
        );
    }
}
