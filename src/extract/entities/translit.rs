//! Spellings of one foreign name by different outlets (`ألكسندر غولوفين` / `ألكسندر
//! جولوفين`, `نعمان قورتولموش` / `نعمان كورتولموش`, `بيدرو سانشيز` … `سانتشيث`): Arabic has
//! no letter for g, ch, v, p or the Spanish z, and each outlet picks its own
//! (`assets/transliteration.tsv`). The link's skeleton (`link.rs`) already reads inner long
//! vowels alike; this reads the letters of one foreign sound alike too.
//!
//! A wrong merge is worse than a missed one, and Arabic names differ by exactly these
//! letters (`جمال`/`كمال`, `غازي`/`قاضي`), so a word's letters are folded only when it looks
//! foreign: not a listed given name, not definite (`الغزالي`), and not when both spellings are
//! words of general Arabic (the word-frequency table). Two names are joined only on strong
//! evidence within one story: full names of the same length agreeing word by word, one word
//! written the same but for its vowels; or a surname alone agreeing with the surname of exactly one full name.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, OnceLock};

use super::gazetteer::gazetteer;
use super::link::{Located, spelling_unit};
use super::tagger::freq;
use crate::extract::EntityKind;

/// The letters of `assets/transliteration.tsv`.
struct Table {
    /// Letter pairs (or Persian letters) read as one letter, in file order.
    digraphs: Vec<(String, String)>,
    /// Letter → the first letter of its class.
    class: HashMap<char, char>,
    /// Long vowels and hamza seats: written or left out inside a name.
    vowels: HashSet<char>,
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| parse(include_str!("../../../assets/transliteration.tsv")))
}

/// Reads the table's rows; a row of another kind, or short of fields, is skipped (the file
/// is ours, and a test reads it whole).
fn parse(text: &str) -> Table {
    let mut t = Table {
        digraphs: Vec::new(),
        class: HashMap::new(),
        vowels: HashSet::new(),
    };
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let mut fields = line.split('\t');
        match (fields.next(), fields.next(), fields.next()) {
            (Some("digraph"), Some(from), Some(to)) => {
                t.digraphs.push((from.to_string(), to.to_string()));
            }
            (Some("class"), Some(letters), _) => {
                let mut cs = letters.split_whitespace().filter_map(|l| l.chars().next());
                if let Some(first) = cs.next() {
                    t.class.insert(first, first);
                    for c in cs {
                        t.class.insert(c, first);
                    }
                }
            }
            (Some("vowel"), Some(letters), _) => {
                t.vowels
                    .extend(letters.split_whitespace().filter_map(|l| l.chars().next()));
            }
            _ => {}
        }
    }
    t
}

/// A word with its letters folded to their classes, vowels and all.
fn folded(w: &str) -> String {
    let t = table();
    let mut w = w.to_string();
    for (from, to) in &t.digraphs {
        w = w.replace(from.as_str(), to);
    }
    w.chars().map(|c| *t.class.get(&c).unwrap_or(&c)).collect()
}

/// A word as its consonants — its first and last letters and the inner letters that are not
/// vowels — and the vowels written between each two of them.
#[derive(Debug, PartialEq)]
struct Shape {
    skeleton: Vec<char>,
    gaps: Vec<String>,
}

/// The shape of `w`, its letters folded to their classes when `fold`.
fn shape(w: &str, fold: bool) -> Shape {
    let t = table();
    let cs: Vec<char> = if fold {
        folded(w).chars().collect()
    } else {
        w.chars().collect()
    };
    let n = cs.len();
    let mut s = Shape {
        skeleton: Vec::new(),
        gaps: Vec::new(),
    };
    let mut gap = String::new();
    for (i, &c) in cs.iter().enumerate() {
        if i == 0 || i + 1 == n || !t.vowels.contains(&c) {
            if i > 0 {
                s.gaps.push(std::mem::take(&mut gap));
            }
            s.skeleton.push(c);
        } else {
            gap.push(c);
        }
    }
    s
}

/// Same consonants, and one spelling writes every vowel the other writes where it writes
/// it (`دنيس`/`دينيس`), rather than each writing vowels the other lacks (`مرزوق`/`ميرسك`,
/// `جون`/`جين`: different names).
fn agree_shapes(a: &Shape, b: &Shape) -> bool {
    let covers = |x: &Shape, y: &Shape| {
        x.gaps
            .iter()
            .zip(&y.gaps)
            .all(|(gx, gy)| gx == gy || gy.is_empty())
    };
    a.skeleton == b.skeleton && (covers(a, b) || covers(b, a))
}

/// How two words of names agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agree {
    /// Written the same.
    Same,
    /// Inner long vowels or hamza seats written in one and not the other.
    Vowels,
    /// Foreign-looking, and written with letters of the same classes (`غولوفين`/`جولوفين`).
    Sounds,
    /// Two words.
    No,
}

/// Fewest letters of a folded word's skeleton for its letters to be read by class: shorter
/// foreign words (`كين`/`جين`, `سيرث`) match too much once vowels and classes are both free.
const MIN_FOLDED: usize = 4;

/// A word that may be a foreign name: not a listed given name (`جمال`, `ألكسندر`: names with
/// their own spelling) and not definite (`الغزالي`, an Arabic family name or a nisba).
fn foreign(w: &str) -> bool {
    !w.starts_with("ال") && !gazetteer().given.contains(w)
}

/// How the words `a` and `b` (normalized) agree as spellings of one name's word.
pub fn agree(a: &str, b: &str) -> Agree {
    if a == b {
        return Agree::Same;
    }
    let given = &gazetteer().given;
    if given.contains(a) && given.contains(b) {
        // `محمد`/`محمود`, `سمير`/`سامر`: two names of the list are two names.
        return Agree::No;
    }
    if agree_shapes(&shape(a, false), &shape(b, false)) {
        return Agree::Vowels;
    }
    // Both written in general Arabic: two established words (`جمال`/`كمال`), or an outlet's
    // settled spelling each; not joined by their letters' classes.
    let f = freq::shared();
    if !foreign(a) || !foreign(b) || (f.get(a) > 0 && f.get(b) > 0) {
        return Agree::No;
    }
    let (fa, fb) = (shape(a, true), shape(b, true));
    if fa.skeleton.len() >= MIN_FOLDED && agree_shapes(&fa, &fb) {
        Agree::Sounds
    } else {
        Agree::No
    }
}

/// Two full names of one length are one person's when every word agrees and at least one
/// agrees without its letters' classes (written the same, or but for a vowel): a name is
/// never joined on sounds alone. Spellings that differ by vowels only agree here too, so a
/// group of an outlet's `يوري غازنسكي`, another's `يوري غازينسكي` and a third's `يوري
/// جازينسكي` holds together.
fn same_person(a: &[String], b: &[String]) -> bool {
    if a.len() != b.len() || a.len() < 2 {
        return false;
    }
    let agreed: Vec<Agree> = a.iter().zip(b).map(|(x, y)| agree(x, y)).collect();
    !agreed.contains(&Agree::No)
        && agreed
            .iter()
            .any(|a| matches!(a, Agree::Same | Agree::Vowels))
}

/// A full name's last word and the key of its person.
type Surname<'a> = (&'a str, Arc<str>);

/// Each person key's spellings (word lists) and its number of mentions.
type Spellings = HashMap<Arc<str>, (Vec<Arc<[String]>>, usize)>;

/// Person keys made one: full names spelled by their sounds' letters alike, then surnames
/// alone that agree with exactly one full name's surname. Listed names keep their key; two
/// listed names are never joined.
pub fn join_transliterations(found: &mut [Located]) {
    let person = |l: &Located| l.found.kind == EntityKind::Person;
    // Each key's spellings and mentions, keys in order of first appearance.
    let mut order: Vec<Arc<str>> = Vec::new();
    let mut spellings: Spellings = HashMap::new();
    for f in found.iter().filter(|l| person(l)).map(|l| &l.found) {
        let e = spellings.entry(f.key.clone()).or_insert_with(|| {
            order.push(f.key.clone());
            (Vec::new(), 0)
        });
        if !e.0.contains(&f.words) {
            e.0.push(f.words.clone());
        }
        e.1 += 1;
    }
    let joined = join_full_names(&order, &spellings);
    let rekey = |k: &Arc<str>| joined.get(k).cloned().unwrap_or_else(|| k.clone());
    // Surnames: the last words of the full names, by key after the joins above, found by
    // their skeleton as written and as folded (a word agrees with another only if one of the
    // two is the same: a story names thousands of people, and every pair would be too many).
    let mut surnames: HashMap<(bool, Vec<char>), Vec<Surname>> = HashMap::new();
    for k in &order {
        for ws in spellings.get(k).into_iter().flat_map(|s| &s.0) {
            if let (true, Some(last)) = (ws.len() >= 2, ws.last()) {
                for fold in [false, true] {
                    surnames
                        .entry((fold, shape(last, fold).skeleton))
                        .or_default()
                        .push((last.as_str(), rekey(k)));
                }
            }
        }
    }
    // Does a full name of `key` end with a word that folds to `w`'s letters, vowels and all?
    let ends_as = |key: &Arc<str>, w: &str| -> bool {
        let w = folded(w);
        order.iter().filter(|k| rekey(k) == *key).any(|k| {
            spellings.get(k).is_some_and(|s| {
                s.0.iter()
                    .filter(|ws| ws.len() >= 2)
                    .filter_map(|ws| ws.last())
                    .any(|last| folded(last) == w)
            })
        })
    };
    let mut alone: HashMap<Arc<str>, Arc<str>> = HashMap::new();
    for k in order.iter().filter(|k| !k.is_ascii()) {
        let Some([w]) = spellings.get(k).and_then(|s| s.0.first()).map(|w| &w[..]) else {
            continue;
        };
        if !foreign(w) || shape(w, true).skeleton.len() < MIN_FOLDED {
            continue;
        }
        let mut keys: Vec<(&Arc<str>, Agree)> = Vec::new();
        let near = [false, true]
            .into_iter()
            .filter_map(|fold| surnames.get(&(fold, shape(w, fold).skeleton)))
            .flatten();
        for (last, key) in near {
            let a = agree(w, last);
            if a != Agree::No {
                match keys.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, best)) if a == Agree::Same => *best = a,
                    Some(_) => {}
                    None => keys.push((key, a)),
                }
            }
        }
        // Written the same as a surname: the link's own surname step decides. A word alone is
        // weaker evidence than a full name: only its sounds' letters may differ, its vowels
        // written the same (`سانتشيث`, `سانشيز`; not `إكرامي` for `أكرمي`, `ماركوس` for `ماركس`,
        // `صادران` for `سدران`), and it must be no word of general Arabic (`بلقيس` is a name
        // of its own, not `بلغيث`).
        if let [(key, Agree::Sounds)] = keys.as_slice()
            && freq::shared().get(w) == 0
            && ends_as(key, w)
        {
            alone.insert(k.clone(), (*key).clone());
        }
    }
    for f in found.iter_mut().filter(|l| person(l)).map(|l| &mut l.found) {
        if let Some(k) = alone.get(&f.key).or_else(|| joined.get(&f.key)) {
            f.key = k.clone();
        }
    }
}

/// Key → the key of the person it is joined to, for full names (two words or more) that
/// [`same_person`] reads alike. Keys whose spellings the link's skeleton will read alike
/// anyway (`دنيس تشريتشيف`, `دنيس تشيريتشيف`) are one unit here, joined or left together,
/// so the link cannot split a join. Units are joined only in groups where every two agree (no
/// chains through a middle spelling), grown from the most mentioned unit; a group takes its
/// listed key, else the key with the most mentions, else the first seen.
fn join_full_names(order: &[Arc<str>], spellings: &Spellings) -> HashMap<Arc<str>, Arc<str>> {
    let words_of = |k: &Arc<str>| spellings.get(k).into_iter().flat_map(|s| &s.0);
    // Units, in order of first appearance, each with its keys.
    let mut units: Vec<(String, Vec<&Arc<str>>)> = Vec::new();
    let mut unit_at: HashMap<String, usize> = HashMap::new();
    for k in order {
        let Some(first) = words_of(k).next().filter(|ws| ws.len() >= 2) else {
            continue;
        };
        let id = spelling_unit(first).unwrap_or_else(|| format!("key {k}"));
        match unit_at.get(&id).and_then(|&u| units.get_mut(u)) {
            Some((_, keys)) => keys.push(k),
            None => {
                unit_at.insert(id.clone(), units.len());
                units.push((id, vec![k]));
            }
        }
    }
    // Candidates share every word's folded skeleton.
    let mut buckets: HashMap<Vec<Vec<char>>, Vec<usize>> = HashMap::new();
    for (u, (_, keys)) in units.iter().enumerate() {
        for ws in keys.iter().flat_map(|k| words_of(k)) {
            if ws.len() < 2 {
                continue;
            }
            let b = buckets
                .entry(ws.iter().map(|w| shape(w, true).skeleton).collect())
                .or_default();
            if !b.contains(&u) {
                b.push(u);
            }
        }
    }
    let keys_of = |u: usize| {
        units
            .get(u)
            .map(|(_, ks)| ks.as_slice())
            .unwrap_or_default()
    };
    let spellings_of = |u: usize| keys_of(u).iter().flat_map(|k| words_of(k));
    let agree_units = |a: usize, b: usize| {
        let listed = |u: usize| keys_of(u).iter().any(|k| k.is_ascii());
        !(listed(a) && listed(b))
            && spellings_of(a).any(|x| spellings_of(b).any(|y| same_person(x, y)))
    };
    let mut out = HashMap::new();
    let mut done: HashSet<usize> = HashSet::new();
    let mut groups: Vec<Vec<usize>> = buckets.into_values().filter(|b| b.len() >= 2).collect();
    groups.sort();
    let mentions = |k: &Arc<str>| spellings.get(k).map_or(0, |s| s.1);
    let seen: HashMap<&Arc<str>, usize> = order.iter().enumerate().map(|(i, k)| (k, i)).collect();
    let first = |k: &Arc<str>| seen.get(k).copied().unwrap_or(usize::MAX);
    // Rekeys a group of units that agree, if any two of its spellings differ by sounds (by
    // vowels alone is the link skeleton's, with its own key).
    let join_group = |group: &[usize], out: &mut HashMap<Arc<str>, Arc<str>>| {
        let by_sounds = group.iter().any(|&u| {
            spellings_of(u).any(|x| {
                group.iter().flat_map(|&o| spellings_of(o)).any(|y| {
                    x.len() == y.len()
                        && x.iter()
                            .zip(y.iter())
                            .any(|(a, b)| agree(a, b) == Agree::Sounds)
                })
            })
        });
        let keys: Vec<&Arc<str>> = group.iter().flat_map(|&u| keys_of(u)).copied().collect();
        let best = keys
            .iter()
            .copied()
            .max_by_key(|k| (k.is_ascii(), mentions(k), std::cmp::Reverse(first(k))));
        if let (true, Some(best)) = (by_sounds, best) {
            for k in keys.into_iter().filter(|k| *k != best) {
                out.insert(k.clone(), best.clone());
            }
        }
    };
    let unit_mentions = |u: usize| -> usize {
        keys_of(u)
            .iter()
            .map(|k| spellings.get(*k).map_or(0, |s| s.1))
            .sum()
    };
    for bucket in groups {
        // Greedily, most mentioned first: each group is a unit and every other unit that
        // agrees with all the group holds so far (`دينيس تشيرشيف` takes `دينيس شيريشيف`; `دنيس
        // تشريتشيف`, which agrees with the second but moves a vowel against the first, stays).
        let mut left: Vec<usize> = bucket.into_iter().filter(|u| !done.contains(u)).collect();
        left.sort_by_key(|&u| (std::cmp::Reverse(unit_mentions(u)), u));
        while let Some((&seed, rest)) = left.split_first() {
            let mut group = vec![seed];
            for &u in rest {
                if group.iter().all(|&g| agree_units(g, u)) {
                    group.push(u);
                }
            }
            left.retain(|u| !group.contains(u));
            if group.len() >= 2 {
                join_group(&group, &mut out);
                done.extend(group);
            }
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)]
#[path = "translit_tests.rs"]
mod tests;
