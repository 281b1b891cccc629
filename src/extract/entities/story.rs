//! Short forms found through the rest of the story: a surname alone (`قاآني` for `إسماعيل
//! قاآني`), an organization's name without its head word (`الدعم السريع` for `قوات الدعم
//! السريع`, `المركزي المصري` for `البنك المركزي المصري`), and one person's names with and
//! without the `بن` chain (`عادل الجبير`, `عادل بن أحمد الجبير`).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::gazetteer::{Gazetteer, NAMED_BY_TAIL};
use super::link::Located;
use super::people::{ORDINALS, is_joiner, strong_name};
use super::recognize::{Found, continues};
use super::tagger::combine::listed;
use super::tokens::Token;
use crate::extract::EntityKind;
use crate::text::Normalized;

/// One person's names with and without `بن X` pairs (`عادل بن أحمد الجبير` and `عادل الجبير`)
/// share the key of the longest.
pub fn join_nasab(found: &mut [Located]) {
    // `بن عبد العزيز` goes whole: the father's name is `عبد` and the word after it.
    let strip = |ws: &[String]| -> Vec<String> {
        let mut out = Vec::new();
        let mut skip = 0;
        for w in ws {
            if skip > 0 {
                skip -= 1;
                if w == "عبد" {
                    skip = 1;
                }
            } else if matches!(w.as_str(), "بن" | "ابن" | "بنت") && !out.is_empty() {
                skip = 1;
            } else {
                out.push(w.clone());
            }
        }
        out
    };
    let mut longest: HashMap<Vec<String>, (usize, Arc<str>)> = HashMap::new();
    let person = |f: &Found| f.kind == EntityKind::Person && f.words.len() >= 2;
    for f in found.iter().map(|l| &l.found).filter(|f| person(f)) {
        let e = longest.entry(strip(&f.words)).or_insert((0, f.key.clone()));
        if f.words.len() > e.0 {
            *e = (f.words.len(), f.key.clone());
        }
    }
    for f in found.iter_mut().map(|l| &mut l.found).filter(|f| person(f)) {
        if let Some((_, key)) = longest.get(&strip(&f.words)) {
            f.key = key.clone();
        }
    }
}

/// Organization names without their head, by first word: (the other words, keys).
type Tails = HashMap<String, Vec<(Vec<String>, Vec<Arc<str>>)>>;

/// Organizations named by the same words after heads called by their name alone (`قوة الدعم
/// السريع`, `قوات الدعم السريع`) are one: they share the key of the first listed one, or of
/// the first seen.
pub fn join_tails(found: &mut [Located]) {
    let tail = |f: &Found| -> Option<Vec<String>> {
        match &*f.words {
            [head, tail @ ..]
                if f.kind == EntityKind::Organization
                    && tail.len() >= 2
                    && NAMED_BY_TAIL.contains(&head.as_str())
                    && tail.first().is_some_and(|w| w.starts_with("ال")) =>
            {
                Some(tail.to_vec())
            }
            _ => None,
        }
    };
    let mut keys: HashMap<Vec<String>, Arc<str>> = HashMap::new();
    for f in found.iter().map(|l| &l.found) {
        if let Some(t) = tail(f) {
            let listed = listed(f);
            match keys.get_mut(&t) {
                Some(k) if listed && !k.is_ascii() => *k = f.key.clone(),
                Some(_) => {}
                None => {
                    keys.insert(t, f.key.clone());
                }
            }
        }
    }
    for f in found.iter_mut().map(|l| &mut l.found) {
        if let Some(k) = tail(f).and_then(|t| keys.get(&t)) {
            f.key = k.clone();
        }
    }
}

/// What short forms stand for, built from the names found in the whole story.
pub struct ShortForms {
    /// Surname → keys of the full names ending with it.
    surnames: HashMap<String, Vec<Arc<str>>>,
    /// First word → (rest of the tail, keys) of organization names without their head.
    tails: Tails,
    /// One-word short forms given in brackets after a full name (`(سونا)`, `(حميدتي)`) →
    /// keys.
    aliases: HashMap<String, Vec<Arc<str>>>,
    /// First word → (the other words, keys) of organizations named without a head or a list
    /// (the tagger's `كرونوس ريسينغ`, a quoted `سنطرال`): found once, they are looked for
    /// wherever no name was found.
    repeats: Tails,
    /// The same for places named behind a classifier (`classified.rs`: `منطقة رأس الحكمة`),
    /// and per such name its mentions read as an organization and as a place: a bare repeat
    /// is the reading the story gives most (the place on a tie: a company is named after it).
    place_repeats: Tails,
    readings: HashMap<Vec<String>, (usize, usize)>,
}

/// An organization named without a head word or a list, by its first word and the rest: the
/// name again elsewhere in the story is it. Not a one-word name that is a common word of
/// general Arabic (`الاتحاد`, `السلطة`: zipf 4 or more), not a short form in brackets (its key
/// is another name's).
fn repeatable(
    g: &Gazetteer,
    f: &Found,
    person_words: &HashSet<&str>,
) -> Option<(String, Vec<String>)> {
    let (first, rest) = f.words.split_first()?;
    let own_key = *f.key == *format!("{:?}:{}", EntityKind::Organization, f.words.join(" "));
    // A nisba alone is an adjective (`نيابي`), and a word of a person's name is that
    // person's (`ويكريميسينغه` read once as an organization).
    let common = || {
        first.chars().count() < 3
            || first.ends_with('ي')
            || first.ends_with("يه")
            || super::tagger::freq::shared().get(first) >= 40
    };
    if f.words.iter().any(|w| person_words.contains(w.as_str())) {
        return None;
    }
    let ok = f.kind == EntityKind::Organization
        && own_key
        && f.words.len() <= 4
        && !g.heads.contains_key(first)
        && !f.words.iter().any(|w| g.stop.contains(w))
        && !(rest.is_empty() && common());
    ok.then(|| (first.clone(), rest.to_vec()))
}

/// Add `key` for the name `first` + `rest` to `map`.
fn add(map: &mut Tails, first: String, rest: Vec<String>, key: &Arc<str>) {
    let v = map.entry(first).or_default();
    match v.iter_mut().find(|(r, _)| *r == rest) {
        Some((_, keys)) if !keys.contains(key) => keys.push(key.clone()),
        Some(_) => {}
        None => v.push((rest, vec![key.clone()])),
    }
}

impl ShortForms {
    pub fn new(g: &Gazetteer, found: &[Located]) -> ShortForms {
        let mut surnames: HashMap<String, Vec<Arc<str>>> = HashMap::new();
        let mut tails: Tails = HashMap::new();
        let mut repeats: Tails = HashMap::new();
        let mut place_repeats: Tails = HashMap::new();
        let readings = super::classified::readings(found);
        let person_words: HashSet<&str> = found
            .iter()
            .map(|l| &l.found)
            .filter(|f| f.kind == EntityKind::Person)
            .flat_map(|f| f.words.iter().map(String::as_str))
            .collect();
        // Last words of the longer names of each key (for bracketed short forms below).
        let mut long_ends: HashMap<&str, Vec<&str>> = HashMap::new();
        for f in found.iter().map(|l| &l.found) {
            if f.words.len() > 1
                && let Some(w) = f.words.last()
            {
                let v = long_ends.entry(&*f.key).or_default();
                if !v.contains(&w.as_str()) {
                    v.push(w.as_str());
                }
            }
        }
        for f in found.iter().map(|l| &l.found) {
            match f.kind {
                EntityKind::Person if f.words.len() >= 2 => {
                    let gazetteer = listed(f);
                    // `آل ثاني`, `عبد الله`: the word after a joiner is no surname alone.
                    if let [.., before, _] = &*f.words
                        && is_joiner(before)
                    {
                        continue;
                    }
                    let Some(last) = f.words.last().filter(|w| {
                        w.chars().count() >= 4
                            && !g.stop.contains(*w)
                            && !ORDINALS.contains(&w.as_str())
                            // `رائد أحمد` does not make every `أحمد` him.
                            && !g.given.contains(*w)
                            && (gazetteer || strong_name(g, &f.words))
                    }) else {
                        continue;
                    };
                    let v = surnames.entry(last.clone()).or_default();
                    if !v.contains(&f.key) {
                        v.push(f.key.clone());
                    }
                }
                // `قوات الدعم السريع` → `الدعم السريع`: a head, then two or more words
                // starting with a definite one.
                EntityKind::Organization => {
                    if let Some((first, rest)) = repeatable(g, f, &person_words) {
                        add(&mut repeats, first, rest, &f.key);
                    }
                    let [head, second, rest @ ..] = &*f.words else {
                        continue;
                    };
                    if rest.is_empty()
                        || !NAMED_BY_TAIL.contains(&head.as_str())
                        || !second.starts_with("ال")
                    {
                        continue;
                    }
                    add(&mut tails, second.clone(), rest.to_vec(), &f.key);
                }
                EntityKind::Place if readings.contains_key(&*f.words) && !listed(f) => {
                    if let Some((first, rest)) = f.words.split_first() {
                        add(&mut place_repeats, first.clone(), rest.to_vec(), &f.key);
                    }
                }
                _ => {}
            }
        }
        // A one-word mention sharing its key with a longer name that does not end with that
        // word is a short form given in brackets.
        let mut aliases: HashMap<String, Vec<Arc<str>>> = HashMap::new();
        for f in found.iter().map(|l| &l.found) {
            let [word] = &*f.words else { continue };
            if f.kind == EntityKind::Place || word.chars().count() < 3 || g.stop.contains(word) {
                continue;
            }
            let longer = long_ends
                .get(&*f.key)
                .is_some_and(|ends| ends.iter().any(|w| w != word));
            let v = aliases.entry(word.clone()).or_default();
            if longer && !v.contains(&f.key) {
                v.push(f.key.clone());
            }
        }
        ShortForms {
            surnames,
            tails,
            aliases,
            repeats,
            place_repeats,
            readings,
        }
    }

    /// Nothing to look for: the pass over the story can be skipped.
    pub fn is_empty(&self) -> bool {
        self.surnames.is_empty()
            && self.tails.is_empty()
            && self.aliases.is_empty()
            && self.repeats.is_empty()
            && self.place_repeats.is_empty()
    }

    /// Short forms in one paragraph's tokens outside the names already found there (token
    /// ranges `first..=last`).
    pub fn find(
        &self,
        g: &Gazetteer,
        tokens: &[Token],
        norm: &Normalized,
        names: &[(usize, usize)],
    ) -> Vec<Found> {
        let mut out = Vec::new();
        let covered = |i: usize| names.iter().any(|&(first, last)| first <= i && i <= last);
        let mut i = 0;
        while i < tokens.len() {
            if covered(i) {
                i += 1;
                continue;
            }
            let Some(t) = tokens.get(i) else { break };
            let start = |clitic: usize| norm.origin.get(t.nstart + clitic).unwrap_or(t.start);
            let continued = |map: &Tails| {
                t.reads.iter().find_map(|(c, r)| {
                    let v = map.get(r)?;
                    let (rest, keys) = v
                        .iter()
                        .filter(|(rest, keys)| keys.len() == 1 && continues(tokens, i + 1, rest))
                        .max_by_key(|(rest, _)| rest.len())?;
                    let [key] = keys.as_slice() else {
                        return None;
                    };
                    let last = i + rest.len();
                    (!(i..=last).any(covered))
                        .then(|| (*c, r.clone(), rest.clone(), key.clone(), last))
                })
            };
            let tail = continued(&self.tails).or_else(|| continued(&self.repeats));
            let place = continued(&self.place_repeats);
            let tail = match (tail, place) {
                (Some(o), Some(p))
                    if !super::classified::place_wins(
                        &self.readings,
                        (&o.1, &o.2),
                        (&p.1, &p.2),
                    ) =>
                {
                    Some((o, EntityKind::Organization))
                }
                (_, Some(p)) => Some((p, EntityKind::Place)),
                (o, None) => o.map(|o| (o, EntityKind::Organization)),
            };
            if let Some(((clitic, first, rest, key, last), kind)) = tail {
                let mut words = vec![first];
                words.extend(rest);
                out.push(Found {
                    kind,
                    key,
                    words: words.into(),
                    start: start(clitic),
                    end: tokens.get(last).map_or(t.end, |l| l.end),
                    first: i,
                    last,
                    fragment: None,
                });
                i = last + 1;
                continue;
            }
            let alias = t.reads.iter().find_map(|(c, r)| {
                let [k] = self.aliases.get(r)?.as_slice() else {
                    return None;
                };
                Some((*c, r.clone(), k.clone()))
            });
            // A one-word short form: a bracketed alias (a person or an organization, as its
            // key says), else a surname.
            let alias = alias.map(|(clitic, word, key)| {
                let kind = if key.starts_with("Person") {
                    EntityKind::Person
                } else {
                    EntityKind::Organization
                };
                (clitic, word, key, kind)
            });
            let short = alias.or_else(|| {
                self.surname(g, tokens, i)
                    .map(|(clitic, word, key)| (clitic, word, key, EntityKind::Person))
            });
            if let Some((clitic, word, key, kind)) = short {
                out.push(Found {
                    kind,
                    key,
                    words: vec![word].into(),
                    start: start(clitic),
                    end: t.end,
                    first: i,
                    last: i,
                    fragment: None,
                });
            }
            i += 1;
        }
        out
    }

    /// A surname shared by exactly one full name, unless it is an adjective here: after a
    /// definite noun (`الجيش السوداني`, `للمنتخب المغربي`) that is not a title
    /// (`الوزير الجبير`).
    fn surname(
        &self,
        g: &Gazetteer,
        tokens: &[Token],
        i: usize,
    ) -> Option<(usize, String, Arc<str>)> {
        let t = tokens.get(i)?;
        let (clitic, word, key) = t.reads.iter().find_map(|(c, r)| {
            let [k] = self.surnames.get(r)?.as_slice() else {
                return None;
            };
            Some((*c, r.clone(), k.clone()))
        })?;
        let before = i.checked_sub(1).and_then(|p| tokens.get(p));
        let adjective = word.starts_with("ال")
            && !t.boundary
            && before.is_some_and(|b| {
                b.reads
                    .iter()
                    .any(|(_, r)| r.starts_with("ال") && !g.title_words.contains(r))
            });
        (!adjective).then_some((clitic, word, key))
    }
}

/// A nisba or country adjective (`الإيراني`, `العراقية`, `الدولي`): definite, ending in ي/يه.
fn nisba(w: &str) -> bool {
    w.starts_with("ال") && w.chars().count() >= 5 && (w.ends_with('ي') || w.ends_with("يه"))
}

/// Shorter forms an organization's name is also written as: without its trailing nisba
/// (`الحرس الثوري الإيراني` → `الحرس الثوري`) and without a forces-type head (`قوات التحالف
/// الدولي` → `التحالف الدولي`). Never shorter than two words.
fn shorter_forms(ws: &[String]) -> Vec<&[String]> {
    let mut out = Vec::new();
    if let [init @ .., last] = ws
        && init.len() >= 2
        && nisba(last)
    {
        out.push(init);
    }
    if let [head, tail @ ..] = ws
        && tail.len() >= 2
        && NAMED_BY_TAIL.contains(&head.as_str())
        && tail.first().is_some_and(|w| w.starts_with("ال"))
    {
        out.push(tail);
    }
    out
}

/// Organizations named with and without a nisba or a forces-type head are one, when the
/// shorter name has exactly one longer form in the story (`وزارة الداخلية` with `وزارة
/// الداخلية العراقية`, not when `وزارة الداخلية السورية` is there too). The joined entity
/// keeps a list key if either has one, else the longer name's key.
pub fn join_variants(found: &mut [Located]) {
    let org = |f: &Found| f.kind == EntityKind::Organization;
    let mut key_of: HashMap<&[String], Arc<str>> = HashMap::new();
    for f in found.iter().map(|l| &l.found).filter(|f| org(f)) {
        key_of.entry(&*f.words).or_insert_with(|| f.key.clone());
    }
    // Shorter key → the longer keys it is a form of.
    let mut longer: HashMap<Arc<str>, Vec<Arc<str>>> = HashMap::new();
    let mut queue: Vec<&[String]> = key_of.keys().copied().collect();
    queue.sort_unstable();
    for ws in queue {
        let Some(long) = key_of.get(ws) else {
            continue;
        };
        for s in shorter_forms(ws) {
            if let Some(short) = key_of.get(s).filter(|k| *k != long) {
                let v = longer.entry(short.clone()).or_default();
                if !v.contains(long) {
                    v.push(long.clone());
                }
            }
        }
    }
    // Groups of keys to join (union-find by key), then one key per group: a list key if
    // there is one, else that of the longest name.
    let mut parent: HashMap<Arc<str>, Arc<str>> = HashMap::new();
    fn root(parent: &HashMap<Arc<str>, Arc<str>>, k: &Arc<str>) -> Arc<str> {
        let mut k = k.clone();
        while let Some(p) = parent.get(&k).filter(|p| **p != k) {
            k = p.clone();
        }
        k
    }
    let mut pairs: Vec<(&Arc<str>, &Arc<str>)> = longer
        .iter()
        .filter_map(|(short, longs)| match longs.as_slice() {
            [long] => Some((short, long)),
            _ => None,
        })
        .collect();
    pairs.sort_unstable();
    for (a, b) in pairs {
        let (ra, rb) = (root(&parent, a), root(&parent, b));
        if ra != rb {
            parent.insert(ra, rb);
        }
    }
    let mut best: HashMap<Arc<str>, (bool, usize, Arc<str>)> = HashMap::new();
    for (ws, k) in &key_of {
        let r = root(&parent, k);
        let cand = (listed_key(k), ws.len(), k.clone());
        let e = best.entry(r).or_insert_with(|| cand.clone());
        if (cand.0, cand.1, std::cmp::Reverse(&cand.2)) > (e.0, e.1, std::cmp::Reverse(&e.2)) {
            *e = cand;
        }
    }
    for f in found.iter_mut().map(|l| &mut l.found).filter(|f| org(f)) {
        if let Some((_, _, k)) = best.get(&root(&parent, &f.key)) {
            f.key = k.clone();
        }
    }
}

fn listed_key(k: &str) -> bool {
    k.is_ascii()
}
