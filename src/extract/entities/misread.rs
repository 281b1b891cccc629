//! Names the combination keeps that a reader of Arabic news would not call so, fixed after
//! the tagger and the rules have combined (neither's input changes, so the shipped model
//! stays valid). Each is a shape of Arabic, not a word list:
//!
//! - a defective verbal noun read as an organization's nisba adjective (`قوات الدعم السريع
//!   التصدي`, the forces announced *confronting*): a real nisba has a feminine in `ـية`
//!   common in general Arabic (`الخليجي`/`الخليجية`), the verbal noun has none
//!   (`التصدي`, `التحدي`, `التعافي`); the name ends before it;
//! - a person's name in brackets after an organization (`للمستشار القانوني لقوات الدعم
//!   السريع (محمد المختار النور)`) is that person, not the organization's short form: short
//!   forms do not open with a given name;
//! - a definite common noun before a person (`والأسير خليل العواودة`, the prisoner) is a
//!   role, not a person of one word: the person is the name after it;
//! - listed places run together (`غازي عنتاب شانلي أورفة`, a list of cities) or a city with a
//!   Latin word of a link after it (`غازي عنتاب pic`) are places, not a person;
//! - a bare two-letter Latin word (`AR`, a tweet's language tag) is no organization unless
//!   listed.

use super::WordSet;
use super::boundary;
use super::gazetteer::Gazetteer;
use super::recognize::{Found, gazetteer_at};
use super::tagger::combine::listed;
use super::tokens::Token;
use crate::extract::EntityKind;
use crate::text::Normalized;

/// `names` (the paragraph's combined names, in order) with the misreadings above fixed;
/// `rule_people` are the rules' people of the paragraph before the combination (where a
/// role word was taken for the person, the rules' name after it is the person).
pub fn fix(
    g: &Gazetteer,
    tokens: &[Token],
    norm: &Normalized,
    rule_people: &[Found],
    names: Vec<Found>,
    words: &WordSet<'_>,
) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::with_capacity(names.len());
    for f in &names {
        match f.kind {
            EntityKind::Organization => {
                if latin_pair(f) {
                    continue;
                }
                if let Some(p) = bracketed_person(g, tokens, norm, f, words) {
                    out.push(p);
                    continue;
                }
                out.push(without_false_nisba(tokens, f.clone()));
            }
            EntityKind::Person => {
                if let Some(places) = places_not_person(g, tokens, norm, f) {
                    out.extend(places);
                    continue;
                }
                if role_word(g, f) && next_is_name(g, tokens, f) {
                    let taken = |r: &Found| {
                        names
                            .iter()
                            .any(|n| n.first <= r.last && r.first <= n.last && n.last != f.last)
                    };
                    if let Some(r) = rule_people
                        .iter()
                        .find(|r| r.first == f.last + 1 && !taken(r))
                        .and_then(|r| boundary::person(g, tokens, norm, r.clone(), words))
                    {
                        out.push(r);
                    }
                    continue;
                }
                out.push(f.clone());
            }
            _ => out.push(f.clone()),
        }
    }
    out.sort_by_key(|f| f.first);
    out
}

/// The key a name made from text has (list keys are kept).
fn own_key(f: &Found) -> std::sync::Arc<str> {
    format!("{:?}:{}", f.kind, f.words.join(" ")).into()
}

/// `AR`, `EN`: two Latin letters alone, keyed by themselves (not listed).
fn latin_pair(f: &Found) -> bool {
    matches!(&*f.words, [w] if w.chars().count() <= 2 && w.chars().all(|c| c.is_ascii_alphabetic()))
        && f.key == own_key(f)
}

/// An organization's name in round brackets that opens with a given name and has a second
/// word (`(محمد المختار النور)`) is a person named after it: the person, as the name-boundary
/// rules accept them.
fn bracketed_person(
    g: &Gazetteer,
    tokens: &[Token],
    norm: &Normalized,
    f: &Found,
    words: &WordSet<'_>,
) -> Option<Found> {
    let bracketed = tokens.get(f.first).is_some_and(|t| t.paren_before)
        && tokens.get(f.last).is_some_and(|t| t.close_after);
    let [first, _, ..] = &*f.words else {
        return None;
    };
    if !bracketed || !g.given.contains(first) {
        return None;
    }
    let listed_as_org = g.names.get(first).is_some_and(|es| {
        es.iter()
            .any(|e| e.kind == EntityKind::Organization && *e.words == *f.words)
    });
    if listed_as_org {
        return None;
    }
    let mut p = f.clone();
    p.kind = EntityKind::Person;
    p.key = own_key(&p);
    boundary::person(g, tokens, norm, p, words)
}

/// A nisba-shaped last word (`ال…ي`) whose feminine is not a word of general Arabic while
/// the word itself is (`التصدي`: no `التصدية`), is a verbal noun after the name: cut off.
fn without_false_nisba(tokens: &[Token], mut f: Found) -> Found {
    let freq = super::tagger::freq::shared();
    let n = f.words.len();
    if n < 3 || f.last - f.first + 1 != n {
        return f;
    }
    let Some(w) = f.words.last() else {
        return f;
    };
    let nisba_shaped = w.starts_with("ال") && w.ends_with('ي') && w.chars().count() >= 5;
    if !nisba_shaped || freq.get(w) == 0 || freq.get(&format!("{w}ه")) > 0 {
        return f;
    }
    let Some(prev) = tokens.get(f.last - 1) else {
        return f;
    };
    let own = !listed(&f) && f.key == own_key(&f);
    f.last -= 1;
    f.end = prev.end;
    f.words = f.words.get(..n - 1).unwrap_or_default().to_vec().into();
    if own {
        f.key = own_key(&f);
    }
    f
}

/// One definite word that is a common noun of general Arabic, not a given name nor listed
/// (`الأسير`, the prisoner; `القيادي`, the leader).
fn role_word(g: &Gazetteer, f: &Found) -> bool {
    let [w] = &*f.words else {
        return false;
    };
    let freq = super::tagger::freq::shared();
    w.starts_with("ال")
        && !listed(f)
        && !g.given.contains(w)
        && !g.names.contains_key(w)
        && freq.get(w) > 0
}

/// A given name right after the name, in the same phrase.
fn next_is_name(g: &Gazetteer, tokens: &[Token], f: &Found) -> bool {
    tokens
        .get(f.last + 1)
        .is_some_and(|t| !t.boundary && g.given.contains(&t.norm))
}

/// A person made of listed places from its first word on (at least one of two words or
/// more, or all of it), a Latin word after them at most (`غازي عنتاب pic`): those places.
fn places_not_person(
    g: &Gazetteer,
    tokens: &[Token],
    norm: &Normalized,
    f: &Found,
) -> Option<Vec<Found>> {
    if listed(f) {
        return None;
    }
    let mut places: Vec<Found> = Vec::new();
    let mut i = f.first;
    while i <= f.last {
        match gazetteer_at(g, tokens, norm, i)
            .filter(|p| p.kind == EntityKind::Place && p.last <= f.last)
        {
            Some(mut p) => {
                if i == f.first {
                    p.start = f.start;
                }
                i = p.last + 1;
                places.push(p);
            }
            None => break,
        }
    }
    let rest_latin = tokens.get(i..=f.last).is_some_and(|ts| {
        ts.iter()
            .all(|t| t.original.chars().all(|c| c.is_ascii_alphanumeric()))
    });
    let long_first = places.first().is_some_and(|p| p.last > p.first);
    let all = i > f.last || rest_latin;
    (!places.is_empty() && (all || long_first && f.last > i)).then_some(places)
}

#[cfg(test)]
mod tests {
    use crate::extract::EntityKind;

    fn names(text: &str) -> Vec<(EntityKind, String)> {
        crate::extract::entities::tests::found_in(&[text])
    }

    fn has(v: &[(EntityKind, String)], kind: EntityKind, name: &str) -> bool {
        v.iter().any(|(k, n)| *k == kind && n == name)
    }

    #[test]
    fn a_verbal_noun_after_an_organization_ends_it() {
        let v = names("من جهتها، أعلنت قوات الدعم السريع التصدي لهجوم على المطار.");
        assert!(
            has(&v, EntityKind::Organization, "قوات الدعم السريع"),
            "{v:?}"
        );
        assert!(!v.iter().any(|(_, n)| n.contains("التصدي")), "{v:?}");
    }

    #[test]
    fn a_person_in_brackets_after_an_organization_is_that_person() {
        let v =
            names("وقال المستشار القانوني لقوات الدعم السريع (محمد المختار النور) إن القرار باطل.");
        assert!(has(&v, EntityKind::Person, "محمد المختار النور"), "{v:?}");
        assert!(
            !has(&v, EntityKind::Organization, "محمد المختار النور"),
            "{v:?}"
        );
    }

    #[test]
    fn a_role_word_before_a_person_is_no_person() {
        let v = names("طالبت الحركة بالإفراج عن القيادي بسام السعدي والأسير خليل العواودة.");
        assert!(!v.iter().any(|(_, n)| n == "الأسير"), "{v:?}");
        assert!(has(&v, EntityKind::Person, "خليل العواودة"), "{v:?}");
    }

    #[test]
    fn cities_in_a_row_are_no_person() {
        let v = names("وتأثرت مدن كثيرة منها غازي عنتاب pic.twitter.com/abc وأضنة.");
        assert!(!v.iter().any(|(k, _)| *k == EntityKind::Person), "{v:?}");
        assert!(has(&v, EntityKind::Place, "غازي عنتاب"), "{v:?}");
    }
}
