//! Clubs named by an everyday word: `الهلال` (the crescent), `الأهلي` (the national), `النصر`
//! (victory). No list names them as clubs and the tagger reads a common noun, so a match
//! report often names its own club nowhere. After the tagger (its input is unchanged):
//!
//! - a definite word right after a club cue (`نادي الهلال`; in a match report, `clubs.rs`,
//!   also `صفوف`, `فريق`, `لاعب`, `جماهير`, `مدرب` …) is the club, an organization, unless it
//!   is a word such cues take that is no club (`لاعب الوسط`, `مدرب المنتخب`, `صفوف الجيش`);
//! - through the story, a word found so twice, or once behind `نادي` (the tagger's `نادي
//!   الهلال` too), is the club wherever it stands alone in a match report (`وكتب الهلال`).
//!
//! Cue words in `assets/entity_cues.tsv`.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::cues::cues;
use super::gazetteer::Gazetteer;
use super::link::Located;
use super::recognize::Found;
use super::tagger::combine::listed;
use super::tokens::{Token, letters, tokens};
use crate::corpus::Corpus;
use crate::extract::EntityKind;
use crate::text::{Normalized, Prepared};

/// A paragraph's names by token range (article, paragraph, ranges), as `mod.rs` keeps them.
type Named = (usize, usize, Vec<(usize, usize)>);

/// The word a club cue's next token gives as a club: definite, letters, not a function word,
/// title or head, not a listed place (`clubs.rs` reads those) or a word such cues take that is
/// no club.
fn club_word<'a>(g: &Gazetteer, t: &'a Token) -> Option<&'a str> {
    let w = t.norm.as_str();
    let listed_place = g.names.get(w).is_some_and(|es| {
        es.iter()
            .any(|e| e.kind == EntityKind::Place && e.words.len() == 1)
    });
    let ok = w.starts_with("ال")
        && w.chars().count() >= 5
        && letters(w)
        && !g.is_stop(t)
        && !g.is_title_or_head(w)
        && !listed_place
        && !cues().has("club_cue_not", w);
    ok.then_some(w)
}

/// Is token `t` a club cue, and the strong one (`نادي`, in any article)?
fn cue(t: &Token) -> Option<bool> {
    let c = cues();
    let strong = c.first_of("club_cue");
    t.reads
        .iter()
        .filter(|(_, r)| c.has("club_cue", r))
        .map(|(_, r)| Some(r.as_str()) == strong)
        .max()
}

/// An organization `w` at token `i`.
fn club_at(norm: &Normalized, t: &Token, i: usize, clitic: usize, w: &str) -> Found {
    Found {
        kind: EntityKind::Organization,
        key: format!("Organization:{w}").into(),
        words: vec![w.to_string()].into(),
        start: norm.origin.get(t.nstart + clitic).unwrap_or(t.start),
        end: t.end,
        first: i,
        last: i,
        fragment: None,
    }
}

/// `names` (a paragraph's, in order) with the clubs named behind a cue: added, or an unlisted
/// name of that one word made the club.
pub fn cued(
    g: &Gazetteer,
    tokens: &[Token],
    norm: &Normalized,
    mut names: Vec<Found>,
    sports: bool,
) -> Vec<Found> {
    let mut add = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let Some(strong) = cue(t) else { continue };
        let j = i + 1;
        let Some(n) = tokens.get(j).filter(|n| !n.boundary) else {
            continue;
        };
        let Some(w) = club_word(g, n).filter(|_| strong || sports) else {
            continue;
        };
        match names.iter_mut().find(|f| f.first <= j && j <= f.last) {
            Some(f) if f.first == j && f.last == j && !listed(f) => {
                *f = club_at(norm, n, j, 0, w);
            }
            Some(_) => {}
            None => add.push(club_at(norm, n, j, 0, w)),
        }
    }
    if add.is_empty() {
        return names;
    }
    names.extend(add);
    names.sort_by_key(|f| f.first);
    names
}

/// The story's clubs named by an everyday word: found twice as that word alone (an
/// organization keyed by it, in a match report), or once behind `نادي`.
fn story_clubs(found: &[Located], sports: &HashSet<usize>) -> HashSet<String> {
    let strong = cues().first_of("club_cue").unwrap_or_default();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for f in found
        .iter()
        .filter(|l| l.found.kind == EntityKind::Organization)
    {
        let words: Vec<&str> = f.found.words.iter().map(String::as_str).collect();
        match words.as_slice() {
            [w] if sports.contains(&f.order.0)
                && w.starts_with("ال")
                && *f.found.key == *format!("Organization:{w}") =>
            {
                *seen.entry(w).or_default() += 1;
            }
            [head, w, ..] if *head == strong && w.starts_with("ال") => {
                *seen.entry(w).or_default() += 2;
            }
            _ => {}
        }
    }
    seen.into_iter()
        .filter(|&(_, n)| n >= 2)
        .map(|(w, _)| w.to_string())
        .collect()
}

/// Through the story: the clubs found behind cues (`story_clubs`) wherever their word stands
/// alone in a match report's paragraphs (`named`: the names already there), and its unlisted
/// one-word names of that word made the club. Not before a definite word that is no nisba
/// (`الهلال الأحمر`, the Red Crescent, is another name).
pub fn join_bare(
    g: &Gazetteer,
    corpus: &Corpus,
    prepared: &Prepared,
    named: &[Named],
    found: &mut Vec<Located>,
    sports: &HashSet<usize>,
) {
    let clubs = story_clubs(found, sports);
    if clubs.is_empty() {
        return;
    }
    for l in found.iter_mut().filter(|l| sports.contains(&l.order.0)) {
        let f = &mut l.found;
        if let [w] = &*f.words
            && clubs.contains(w)
            && !listed(f)
        {
            f.kind = EntityKind::Organization;
            f.key = format!("Organization:{w}").into();
        }
    }
    for (a, p, here) in named.iter().filter(|(a, _, _)| sports.contains(a)) {
        let Some(para) = corpus.articles.get(*a).and_then(|x| x.paragraphs.get(*p)) else {
            continue;
        };
        let t = prepared.get(*a, *p, &para.text);
        let tokens = tokens(&t, &para.text);
        let covered = |i: usize| here.iter().any(|&(first, last)| first <= i && i <= last);
        for (i, tok) in tokens.iter().enumerate() {
            if covered(i) || g.is_stop(tok) {
                continue;
            }
            let Some((clitic, w)) = tok.reads.iter().find(|(_, r)| clubs.contains(r)) else {
                continue;
            };
            let named_after = tokens
                .get(i + 1)
                .is_some_and(|n| !n.boundary && n.norm.starts_with("ال") && !n.norm.ends_with('ي'));
            if named_after {
                continue;
            }
            let mut f = club_at(&t.norm, tok, i, *clitic, w);
            f.key = Arc::from(format!("Organization:{w}"));
            found.push(Located {
                found: f,
                order: (*a, *p),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::EntityKind;

    #[test]
    fn a_club_named_by_an_everyday_word_behind_cues_and_its_bare_repeats() {
        let c = crate::corpus::Corpus::from_bodies(&[&[
            "أعلن نادي النجمة تعاقده مع المهاجم الجديد قبل انطلاق الدوري.",
            "وانضم اللاعب إلى صفوف النجمة بعد أن رحل عن الكواكب، وقال مدرب الكواكب إن الفريق سيبحث عن بديل.",
            "وكتب النجمة عبر حسابه الرسمي أن المباراة الأولى ستقام الأسبوع المقبل.",
        ]]);
        let orgs: Vec<(String, usize)> = crate::extract::entities::extract(&c)
            .into_iter()
            .filter(|e| e.kind == EntityKind::Organization)
            .map(|e| (e.name, e.mentions.len()))
            .collect();
        // `نادي النجمة`, then `صفوف النجمة` and the bare `وكتب النجمة`: one club.
        assert!(orgs.contains(&("نادي النجمة".to_string(), 3)), "{orgs:?}");
        assert!(orgs.iter().any(|(n, _)| n == "الكواكب"), "{orgs:?}");
        // A position behind a cue is no club.
        let f = crate::extract::entities::tests::found_in(&[
            "وسجل لاعب الوسط الهدف الأول في المباراة، وقال مدرب المنتخب إن الفريق لعب جيدا.",
        ]);
        assert!(
            !f.iter().any(|(k, _)| *k == EntityKind::Organization),
            "{f:?}"
        );
    }
}
