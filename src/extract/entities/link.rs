//! Linking mentions into entities across a story: shared gazetteer keys (aliases and
//! translations), spelling variants (normalization, then inner long vowels), and short names
//! joining the one full name that ends with them. Wrong merges are worse than missed ones:
//! a short name shared by two full names joins neither.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::recognize::Found;
use crate::corpus::Corpus;
use crate::extract::{Entity, EntityKind, Mention};
use crate::text::normalize;

/// A recognized mention with where it is: (article, paragraph) indices into the corpus; the
/// `char` range is the found name's. The exported [`Mention`] (article id, text) is made only
/// when its entity is built: a story of 10,000 articles has hundreds of thousands of these,
/// and two more strings each were most of an analysis's memory.
#[derive(Debug, Clone)]
pub struct Located {
    pub found: Found,
    /// Corpus position, for reading order.
    pub order: (usize, usize),
}

#[cfg(test)]
impl Located {
    /// A person found as `words` at corpus position `order`, for the tests of the passes over
    /// a story's names (`leftover`, `proclitic`, `translit`), which read words, kind and order.
    pub(crate) fn test_person(
        words: &[&str],
        order: (usize, usize),
        fragment: Option<&str>,
    ) -> Located {
        let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        Located {
            found: Found {
                kind: EntityKind::Person,
                key: format!("Person:{}", words.join(" ")).into(),
                words: words.into(),
                start: 0,
                end: 1,
                first: 0,
                last: 0,
                fragment: fragment.map(std::sync::Arc::from),
            },
            order,
        }
    }
}

/// Consonant skeleton of a key: inner ا و ي dropped (`الامريكيه`/`الاميركيه`), and so is an
/// inner hamza seat, which transliterations write or leave out between two vowels
/// (`رافائيل`/`رافاييل`, `داود`/`داؤود`), and compound
/// names written in one word or two read alike (`عبدالله`/`عبد الله`, `نورالدين`/`نور الدين`:
/// outlets, and often one article, write both).
fn skeleton(key: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    for w in key.split(' ') {
        match words.last_mut() {
            Some(prev) if prev == "عبد" || w == "الدين" || w == "الله" => {
                prev.push_str(w)
            }
            _ => words.push(w.to_string()),
        }
    }
    words
        .iter()
        .map(|w| {
            let n = w.chars().count();
            w.chars()
                .enumerate()
                .filter(|&(i, c)| {
                    i == 0 || i + 1 == n || !matches!(c, 'ا' | 'و' | 'ي' | 'ئ' | 'ؤ' | 'ء')
                })
                .map(|(_, c)| c)
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// What the link reads a name's spellings as (its [`skeleton`]), for names long enough to be
/// safe (five letters of skeleton or more): names with one unit are one entity.
pub fn spelling_unit(words: &[String]) -> Option<String> {
    let sk = skeleton(&words.join(" "));
    (sk.chars().filter(|c| *c != ' ').count() >= 5).then_some(sk)
}

/// One spelling for `عبد` and the name after it, written joined or apart (`عبدالعزيز`, `عبد
/// العزيز`; outlets, and often one article, write both): the words of names made from text,
/// and their keys, take the two-word form, so the story's joins (`join_nasab`, surnames) and
/// each entity's id read them alike. Listed names keep their list key.
pub fn canonical_spelling(found: &mut [Located]) {
    for l in found.iter_mut() {
        let f = &mut l.found;
        if f.key.is_ascii() || !f.words.iter().any(|w| split_abd(w).is_some()) {
            continue;
        }
        let own = *f.key == *format!("{:?}:{}", f.kind, f.words.join(" "));
        let ws: Vec<String> = f
            .words
            .iter()
            .flat_map(|w| match split_abd(w) {
                Some(rest) => vec!["عبد".to_string(), rest.to_string()],
                None => vec![w.clone()],
            })
            .collect();
        if own {
            f.key = format!("{:?}:{}", f.kind, ws.join(" ")).into();
        }
        f.words = ws.into();
    }
}

/// The name after a joined `عبد` (`العزيز` of `عبدالعزيز`, `الله` of `عبدالله`); `عبده`
/// (Abduh) and `عبدو` are names of their own.
fn split_abd(w: &str) -> Option<&str> {
    w.strip_prefix("عبد")
        .filter(|rest| rest.starts_with("ال") && rest.chars().count() >= 4)
}

/// Group located mentions into entities.
pub fn link(corpus: &Corpus, mut found: Vec<Located>) -> Vec<Entity> {
    // 1. Spelling variants: same kind and skeleton (for names long enough to be safe).
    let mut by_skeleton: HashMap<(EntityKind, String), Arc<str>> = HashMap::new();
    for l in &mut found {
        if let Some(sk) = spelling_unit(&l.found.words) {
            let key = by_skeleton
                .entry((l.found.kind, sk))
                .or_insert_with(|| l.found.key.clone())
                .clone();
            l.found.key = key;
        }
    }
    // 2. Short person names (`قاآني`, `آل ثاني`) join the unique longer name that ends with
    //    them.
    let mut full_by_tail: HashMap<Vec<String>, Vec<Arc<str>>> = HashMap::new();
    for l in found
        .iter()
        .filter(|l| l.found.kind == EntityKind::Person && l.found.words.len() >= 2)
    {
        let ws = &l.found.words;
        for n in 1..ws.len().min(3) {
            let Some(tail) = ws.get(ws.len() - n..) else {
                continue;
            };
            let keys = full_by_tail.entry(tail.to_vec()).or_default();
            if !keys.contains(&l.found.key) {
                keys.push(l.found.key.clone());
            }
        }
    }
    // A given name alone (`أحمد`) is someone's first name, not the surname of `رائد أحمد` —
    // unless the story uses it alone again and again (twice or more) and no person of the
    // story starts with it: then it is how the story calls the one person it ends
    // (`إسماعيل` of `شريف إسماعيل`, Egypt's prime minister by his family name).
    let given = &super::gazetteer::gazetteer().given;
    let mut first_words: HashSet<&str> = HashSet::new();
    let mut alone: HashMap<&str, usize> = HashMap::new();
    for l in found.iter().filter(|l| l.found.kind == EntityKind::Person) {
        match &*l.found.words {
            [w] => *alone.entry(w.as_str()).or_default() += 1,
            [w, ..] => {
                first_words.insert(w.as_str());
            }
            [] => {}
        }
    }
    let first_name: Vec<bool> = found
        .iter()
        .map(|l| {
            matches!(&*l.found.words, [w] if given.contains(w)
                && (first_words.contains(w.as_str()) || alone.get(w.as_str()) < Some(&2)))
        })
        .collect();
    for (l, _) in found.iter_mut().zip(first_name).filter(|(l, first_name)| {
        l.found.kind == EntityKind::Person && l.found.words.len() <= 2 && !first_name
    }) {
        let longer: Vec<&Arc<str>> = full_by_tail
            .get(&*l.found.words)
            .into_iter()
            .flatten()
            .filter(|k| **k != l.found.key)
            .collect();
        if let [full] = longer.as_slice() {
            l.found.key = (*full).clone();
        }
    }
    // 2b. A given name alone (`بسام`, `وعن حال الشيخ بسام`) is the first name of the one
    //     person of the story whose full name starts with it (`بسام السعدي`); with two such
    //     people it joins neither.
    let mut by_first: HashMap<String, Vec<Arc<str>>> = HashMap::new();
    for l in found
        .iter()
        .filter(|l| l.found.kind == EntityKind::Person && l.found.words.len() >= 2)
    {
        if let Some(w) = l.found.words.first() {
            let keys = by_first.entry(w.clone()).or_default();
            if !keys.contains(&l.found.key) {
                keys.push(l.found.key.clone());
            }
        }
    }
    for l in found
        .iter_mut()
        .filter(|l| l.found.kind == EntityKind::Person)
    {
        let [w] = &*l.found.words else { continue };
        if !given.contains(w) {
            continue;
        }
        if let Some([full]) = by_first.get(w).map(Vec::as_slice) {
            l.found.key = full.clone();
        }
    }
    // 2c. An organization's first word after its head, alone and keyed by itself (`الجهاد`
    //     of `حركة الجهاد الإسلامي`), is that organization when the story has only one such.
    let heads = &super::gazetteer::gazetteer().heads;
    let mut by_second: HashMap<String, Vec<Arc<str>>> = HashMap::new();
    for l in found
        .iter()
        .filter(|l| l.found.kind == EntityKind::Organization)
    {
        if let [h, w, ..] = &*l.found.words
            && heads.contains_key(h)
        {
            let keys = by_second.entry(w.clone()).or_default();
            if !keys.contains(&l.found.key) {
                keys.push(l.found.key.clone());
            }
        }
    }
    for l in found
        .iter_mut()
        .filter(|l| l.found.kind == EntityKind::Organization)
    {
        let [w] = &*l.found.words else { continue };
        if *l.found.key != *format!("{:?}:{w}", l.found.kind) {
            continue;
        }
        if let Some([full]) = by_second.get(w).map(Vec::as_slice) {
            l.found.key = full.clone();
        }
    }
    // 3. Group, in place: in reading order first, then moved (a counting sort applied as a
    //    permutation) so each group's mentions are together, groups in order of first
    //    appearance. Per-group vectors kept two copies of every mention alive at once, and a
    //    stable sort's scratch space half of one: each was a large part of the peak memory.
    found.sort_unstable_by(|a, b| {
        (a.order, a.found.start, a.found.end)
            .cmp(&(b.order, b.found.start, b.found.end))
            .then_with(|| a.found.key.cmp(&b.found.key))
    });
    let mut first_seen: HashMap<Arc<str>, usize> = HashMap::new();
    let group: Vec<usize> = found
        .iter()
        .map(|l| {
            let n = first_seen.len();
            *first_seen.entry(l.found.key.clone()).or_insert(n)
        })
        .collect();
    group_in_place(&mut found, group, first_seen.len());
    // Runs are taken from the end and dropped as soon as their entity is built, so the found
    // names and the exported mentions are never all in memory together.
    let ids = crate::extract::article_ids(corpus);
    let mut entities: Vec<Entity> = Vec::with_capacity(first_seen.len());
    while let Some(last) = found.last() {
        let n = found
            .iter()
            .rev()
            .take_while(|l| l.found.key == last.found.key)
            .count();
        let start = found.len() - n;
        entities.push(entity(corpus, &ids, found.get(start..).unwrap_or_default()));
        found.truncate(start);
        if found.len() < found.capacity() / 2 {
            found.shrink_to_fit();
        }
    }
    // Back to the order of first appearance (the sort below is stable).
    entities.reverse();
    entities.sort_by(|a, b| {
        a.kind
            .cmp(&b.kind)
            .then(b.mentions.len().cmp(&a.mentions.len()))
            .then(a.name.cmp(&b.name))
    });
    entities
}

/// Display name: the fullest form (most words), then the most frequent, then the first seen.
/// Forms that differ only in their vowel marks (`قواتُ الدعم السريع`, `قوات الدعم السريع`)
/// are one form, counted together, and shown without the marks when any mention writes it
/// so: news writes names bare, and a case ending belongs to the sentence, not to the name.
/// `ls` is one group's run, in reading order.
fn entity(corpus: &Corpus, ids: &[Arc<str>], ls: &[Located]) -> Entity {
    let key = ls.first().map(|l| l.found.key.clone()).unwrap_or_default();
    let kind = ls.first().map_or(EntityKind::Place, |l| l.found.kind);
    let mentions: Vec<Mention> = ls.iter().map(|l| mention(corpus, ids, l)).collect();
    // bare text, count, words, shown text (the bare one once a mention writes it bare)
    let mut forms: Vec<(String, usize, usize, String)> = Vec::new();
    for (l, m) in ls.iter().zip(&mentions) {
        let form = as_named(&m.text, &l.found.words);
        let bare: String = form.chars().filter(|c| !is_mark(*c)).collect();
        match forms.iter_mut().find(|f| f.0 == bare) {
            Some(f) => {
                f.1 += 1;
                if form == bare {
                    f.3 = form;
                }
            }
            None => forms.push((bare, 1, l.found.words.len(), form)),
        }
    }
    let best = forms
        .iter()
        .enumerate()
        .max_by_key(|(i, f)| (f.2, f.1, std::cmp::Reverse(*i)))
        .map(|(_, f)| f.3.clone())
        .unwrap_or_default();
    let variants = forms
        .iter()
        .map(|f| f.3.clone())
        .filter(|t| *t != best)
        .collect();
    let id = key.replace(' ', "_").to_lowercase();
    Entity {
        id,
        kind,
        name: best,
        variants,
        mentions,
    }
}

/// The name as it is named, from a mention as written: after `ل` the article assimilates
/// (`للأمم المتحدة` = ل + الأمم المتحدة, `للجنة` = ل + اللجنة), so the mention, which starts
/// after the preposition, lacks the article's first letters; they are given back. The
/// mention's own text and offsets stay as written.
fn as_named(text: &str, words: &[String]) -> String {
    let (Some(first), Some(written)) = (words.first(), text.split_whitespace().next()) else {
        return text.to_string();
    };
    let written = normalize(written).text;
    match first.strip_suffix(written.as_str()) {
        Some(missing @ ("ا" | "ال")) if first.starts_with("ال") => format!("{missing}{text}"),
        _ => text.to_string(),
    }
}

/// One written word next to a mention, normalized as the tokens are (`place_pairs` reads the
/// word before a place; the paragraph's tokens are not kept for the story's passes).
pub fn normalized_word(w: &str) -> String {
    normalize(w).text
}

/// An Arabic vowel mark (harakat, tanween, shadda, sukun, dagger alef).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{0652}' | '\u{0670}')
}

/// The exported mention of `l`: its article's id (shared) and the text as written.
fn mention(corpus: &Corpus, ids: &[Arc<str>], l: &Located) -> Mention {
    let (a, p) = l.order;
    let article = corpus.articles.get(a);
    let text = article
        .and_then(|art| art.paragraphs.get(p))
        .map(|para| {
            para.text
                .chars()
                .skip(l.found.start)
                .take(l.found.end.saturating_sub(l.found.start))
                .collect()
        })
        .unwrap_or_default();
    Mention {
        article: ids.get(a).cloned().unwrap_or_else(|| Arc::from("")),
        paragraph: p,
        start: l.found.start,
        end: l.found.end,
        text,
    }
}

/// Moves `found` so that each group's names are together, groups in order, each group's in
/// their present order: a counting sort applied as a permutation, with no second copy.
// The indices are in bounds by construction: every `group` value is below `groups` (the
// length of `next`: groups are numbered by first appearance), and `dest` is a permutation
// of `0..found.len()` (each slot of `next` counts up through its own group's range).
#[allow(clippy::indexing_slicing)]
fn group_in_place(found: &mut [Located], group: Vec<usize>, groups: usize) {
    debug_assert_eq!(found.len(), group.len());
    let mut next = vec![0; groups];
    for &g in &group {
        next[g] += 1;
    }
    let mut start = 0;
    for slot in &mut next {
        let count = *slot;
        *slot = start;
        start += count;
    }
    let mut dest: Vec<usize> = group
        .iter()
        .map(|&g| {
            next[g] += 1;
            next[g] - 1
        })
        .collect();
    drop(group);
    for i in 0..found.len() {
        while dest[i] != i {
            let d = dest[i];
            found.swap(i, d);
            dest.swap(i, d);
        }
    }
}
