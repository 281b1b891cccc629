//! Rules and tagger together, per paragraph. Every candidate name, the rules' and the
//! tagger's, gets a rank; names are taken best rank first, then longest, where they overlap
//! none already taken:
//!
//! 0. a tagger name that holds a listed name of another kind and more (`إنتر ميلان` over the
//!    city `ميلان`, `قوة القدس`) or a name built on a head (`منظمة الدول المصدرة للنفط` over
//!    `منظمة الدول`), or that calls a listed place an organization (a club named like its
//!    city);
//! 1. listed names (gazetteer keys link aliases) and bracketed short forms;
//! 2. names built on a head word (`وزارة الخارجية العراقية`, `مطار بغداد`);
//! 3. the rules' people where the tagger also starts a person, cut after the tagger's last
//!    person word and before a second person it starts (`جورج بوش لاعتقال اسامة`);
//! 4. the tagger's other names, trimmed of a trailing function word; its MISC names (events,
//!    works) are not shown but hold their words.
//!
//! People made by the rules that the tagger does not start (a given name or a title the
//! tagger does not read as a person: `علي الحرب`, `مولاي رشيد`) are left out: on text the
//! rules were not written from, those were wrong far more often than right
//! (docs/entities.md).
//!
//! Before ranking, a place on an administrative unit gives way to the bare name where the
//! tagger reads it so (`محافظة بابل` → `بابل`), a listed city after a team word is its club
//! (`فريق رينو`), and a people or community is no organization (`الأكراد`); after it, a Latin
//! acronym in brackets names the organization before it (`acronym.rs`). Each was the cause of
//! names the combination lost against the tagger alone on ANERcorp's dev part.

use std::sync::Arc;

use super::super::acronym::acronym_names;
use super::super::boundary;
use super::super::byline::byline;
use super::super::gazetteer::Gazetteer;
use super::super::people::is_joiner;
use super::super::recognize::{Found, Span, found};
use super::super::tokens::Token;
use super::Tag;
use super::combine_cues::{as_club, bare_under_unit, distinctive_given_name, group};
use super::combine_tagger::tagger_found;
use crate::extract::{EntityKind, ORDINALS};
use crate::text::Normalized;

/// Was this name found in a list? List keys are ASCII (`Person:khamenei`,
/// `Place:city:112931`; a test holds every list to it), names made from text are keyed by
/// their Arabic words (`Person:يحيي رسول`).
pub fn listed(f: &Found) -> bool {
    f.key.is_ascii()
}

/// `B-PERS`.
const PERSON_BEGIN: u8 = 1;

fn kind_of(t: u8) -> Option<EntityKind> {
    match Tag::kind(t)? {
        0 => Some(EntityKind::Person),
        1 => Some(EntityKind::Place),
        2 => Some(EntityKind::Organization),
        _ => None,
    }
}

/// The tagger's names as (first, last, kind); MISC names have no kind.
pub fn spans(tags: &[u8]) -> Vec<(usize, usize, Option<EntityKind>)> {
    super::conll::chunks(tags)
        .into_iter()
        .map(|(s, e, k)| (s, e, kind_of(1 + 2 * k as u8)))
        .collect()
}

/// Is `f` exactly an entry of the lists (`مكة المكرمة`), not a listed name with adjectives
/// the rules added (`مجلس الأمن القومي الكوري الجنوبي` is no longer `مجلس الأمن`)?
fn entry(g: &Gazetteer, f: &Found) -> bool {
    f.words
        .first()
        .and_then(|w| g.names.get(w))
        .is_some_and(|es| es.iter().any(|e| *e.key == *f.key && *e.words == *f.words))
}

/// A rule-made person cut after the last word the tagger sees as a person's
/// (`محمد كريم استطاع` → `محمد كريم`, `مايكل شوماخر البطل` → `مايكل شوماخر`); never shorter
/// than two words when the rule had two.
fn trim_person(g: &Gazetteer, tokens: &[Token], norm: &Normalized, f: Found, tags: &[u8]) -> Found {
    // Up to the tagger's last person word before another person starts after a word that
    // is not a person's (`جورج بوش لاعتقال اسامة`: `اسامة` opens the next name; in `محمد علي
    // الحكيم` a `B-` right after a person word is the same name).
    let is_person = |k: usize| tags.get(k).is_some_and(|t| Tag::kind(*t) == Some(0));
    let next_person = (f.first + 1..=f.last)
        .find(|&k| tags.get(k) == Some(&PERSON_BEGIN) && !is_person(k - 1))
        .unwrap_or(f.last + 1);
    let last = (f.first..next_person)
        .rev()
        .find(|&k| is_person(k))
        .unwrap_or(f.first);
    // A family chain the tagger did not finish stays (`خالد بن سلمان آل سعود`): the words
    // cut may not hold a joiner or a given name, nor follow a joiner. A definite word is cut
    // only after two parts of a name (`مايكل شوماخر البطل`): after a given name alone it is
    // the family name the tagger missed (`عبد الفتاح البرهان`).
    let end = next_person - 1;
    let (Some(cut_off), Some(kept)) = (tokens.get(last + 1..=end), tokens.get(f.first..=last))
    else {
        return f;
    };
    let joined = |t: &Token| is_joiner(&t.norm) || g.given.contains(&t.norm);
    let after_joiner = kept.last().is_some_and(|t| is_joiner(&t.norm));
    let parts = kept.iter().filter(|t| !is_joiner(&t.norm)).count();
    // Only a single definite word right after the name can be its family name: not two
    // words (`فارس تزايد الأضرار`), an ordinal (`محفوظ الثاني`) or a feminine noun or
    // adjective (`محفوظ الفنية`).
    let definite = matches!(cut_off, [t] if t.norm.starts_with("ال")
        && !t.original.ends_with('ة')
        && !ORDINALS.contains(&t.norm.as_str())
        && !common_noun_shape(&t.norm));
    // A definite adjective of origin right after the name is its family name (`محمد شياع
    // السوداني`), which the tagger often leaves out.
    let family = cut_off.first().is_some_and(|t| {
        t.norm.starts_with("ال") && t.norm.ends_with('ي') && t.norm.chars().count() >= 5
    });
    let keep_all = after_joiner || family || cut_off.iter().any(joined) || (definite && parts < 2);
    let last = if keep_all { end } else { last };
    if last >= f.last {
        return f;
    }
    let Some(ws) = f.words.get(..f.words.len().saturating_sub(f.last - last)) else {
        return f;
    };
    let (Some(w0), Some(head)) = (ws.first(), tokens.get(f.first)) else {
        return f;
    };
    let key: Arc<str> = format!("Person:{}", ws.join(" ")).into();
    let clitic = head.norm.chars().count().saturating_sub(w0.chars().count());
    found(
        EntityKind::Person,
        key,
        ws.to_vec(),
        tokens,
        norm,
        Span {
            first: f.first,
            clitic,
            last,
        },
    )
}

/// A definite word shaped as no family name is: a sound feminine plural of a stem of four
/// letters or more (`الاجراءات`, `المحادثات`; `الزيات` is a name) or a verbal noun of the
/// derived forms (`التعويض`, `الاستقبال`). After a given name the tagger stopped at, it is
/// what the sentence goes on to say (`حمدان الاجراءات`), not the family name.
fn common_noun_shape(w: &str) -> bool {
    let Some(bare) = w.strip_prefix("ال") else {
        return false;
    };
    let plural = bare
        .strip_suffix("ات")
        .is_some_and(|stem| stem.chars().count() >= 4);
    plural || boundary::verbal_noun(bare)
}

/// Which part of the combination took a name: the cross-validation of the combination
/// (`eval_combined.rs`) scores each part by what it adds and what it displaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Source {
    /// Rank 0: a tagger name holding a listed or head-built name of another kind and more.
    TaggerHolds,
    /// Rank 0: a tagger organization on a listed place's words (a club named like its city).
    TaggerClub,
    /// Rank 0: a tagger name inside a listed name of the same key (`مكة` of `مكة المكرمة`).
    TaggerAlias,
    /// Rank 1: a listed name, a bracketed short form, or a byline's writer.
    Listed,
    /// Rank 2: a listed city after a team word, read as its club.
    TeamClub,
    /// Rank 1–3: a tagger name extending a rules' name of its kind.
    TaggerExtends,
    /// Rank 2: a name built on a head word.
    Head,
    /// Rank 3: a rules' person the tagger also starts.
    RulePerson,
    /// Rank 3: a rules' person on a rare listed given name the tagger reads as no name.
    RareGivenName,
    /// Rank 4: the tagger's own name.
    Tagger,
    /// After ranking: a Latin acronym in brackets (`acronym.rs`).
    Acronym,
    /// Made or changed by the paragraph's passes after the combination (`misread.rs`,
    /// `ordinary_head.rs`, `clubs.rs`, `admin.rs`, `facility.rs`, …).
    Passes,
}

/// The paragraph's names from the rules' `rules` and the tagger's `tags`; `words` are the
/// words of the whole article.
pub fn combine(
    g: &Gazetteer,
    tokens: &[Token],
    norm: &Normalized,
    rules: Vec<Found>,
    tags: &[u8],
    words: &crate::extract::entities::WordSet<'_>,
) -> Vec<Found> {
    combine_traced(g, tokens, norm, rules, tags, words)
        .into_iter()
        .map(|(_, f)| f)
        .collect()
}

/// [`combine`], each name with the part of the combination that took it.
pub fn combine_traced(
    g: &Gazetteer,
    tokens: &[Token],
    norm: &Normalized,
    rules: Vec<Found>,
    tags: &[u8],
    words: &crate::extract::entities::WordSet<'_>,
) -> Vec<(Source, Found)> {
    // The tagger sees a person starting where the rules' does (not `وزراء اسرائيل ايهود
    // اولمرت` from a title, nor `مولاي رشيد`, nor `علي لاريجاني` with `على` written `علي`).
    // A family name opening on its joiner (`وقال آل سعود`) counts where the tagger starts the
    // person one word on, at the family's own name.
    let starts_person = |i: usize| tags.get(i).is_some_and(|t| Tag::kind(*t) == Some(0));
    let person_tagged = |f: &Found| {
        starts_person(f.first)
            || f.last > f.first
                && tokens.get(f.first).is_some_and(|t| is_joiner(&t.norm))
                && starts_person(f.first + 1)
    };
    // Listed places the tagger may call a club; not one behind the preposition ب (`ببيروت`,
    // in Beirut; `برشلونة` itself starts with ب).
    let listed_places: Vec<(usize, usize)> = rules
        .iter()
        .filter(|f| listed(f) && f.kind == EntityKind::Place)
        .filter(|f| {
            tokens.get(f.first).is_none_or(|t| {
                !(t.norm.starts_with('ب') && f.words.first().is_some_and(|w| *w != t.norm))
            })
        })
        .map(|f| (f.first, f.last))
        .collect();
    // (rank, first, last, name); `None` holds words for a MISC name, which is not shown.
    let mut cands: Vec<(u8, usize, usize, Option<Found>, Source)> = Vec::new();
    // A byline's writer (`كتبت: سماح عبد الحميد`) is as sure as a listed name.
    if let Some(f) = byline(g, tokens, norm) {
        cands.push((1, f.first, f.last, Some(f), Source::Listed));
    }
    for f in rules {
        if bare_under_unit(&f, tags) {
            continue;
        }
        let was = f.kind;
        let f = as_club(tokens, f);
        let (rank, source) = if listed(&f) {
            (1, Source::Listed)
        } else if f.kind != was {
            (2, Source::TeamClub)
        } else if f.kind != EntityKind::Person {
            (2, Source::Head)
        } else if person_tagged(&f) {
            (3, Source::RulePerson)
        } else if distinctive_given_name(g, tokens, tags, &f) {
            (3, Source::RareGivenName)
        } else {
            continue;
        };
        let f = if rank == 3 {
            trim_person(g, tokens, norm, f, tags)
        } else {
            f
        };
        // Every person's edges are checked in one place (`boundary/`).
        let Some(f) = boundary::person(g, tokens, norm, f, words) else {
            continue;
        };
        cands.push((rank, f.first, f.last, Some(f), source));
    }
    for (first, last, kind) in spans(tags) {
        let Some(kind) = kind else {
            // An event or a work that holds a listed or head-built name and more (`بطولة
            // الولايات المتحدة المفتوحة`, `معرض الخليج للتعليم`): no place is read from
            // inside its name.
            let holds = cands.iter().any(|(rank, s, e, r, _)| {
                r.is_some() && *rank < 3 && first <= *s && *e <= last && (first, last) != (*s, *e)
            });
            cands.push((if holds { 0 } else { 4 }, first, last, None, Source::Tagger));
            continue;
        };
        let Some(f) = tagger_found(g, tokens, norm, (first, last, kind), words)
            .and_then(|f| boundary::person(g, tokens, norm, f, words))
        else {
            continue;
        };
        if f.kind != EntityKind::Place && f.words.len() == 1 && f.words.iter().all(|w| group(g, w))
        {
            // Held as words, not shown: no rule's name is read from inside it either.
            cands.push((4, f.first, f.last, None, Source::Tagger));
            continue;
        }
        // The tagger's name comes first where it holds a rule's name and more (`إنتر ميلان`,
        // `قوة القدس`, `منظمة الدول المصدرة للنفط`: it does not run across punctuation), or
        // calls a listed place an organization (a club named like its city, `برشلونة`). One that extends a rule's name of its kind to the left is
        // that name in full (`جورج بوش` where the list knows `بوش`).
        let holds = cands.iter().any(|(rank, s, e, r, _)| {
            let Some(r) = r else { return false };
            // Of its own kind, only a name built on a head (`منظمة الدول`): a listed name keeps
            // its key, and the rules' people end where their rules say (`سمير يوسف جمعه`).
            let other = r.kind != kind || *rank == 2;
            other && *rank < 3 && f.first <= *s && *e <= f.last && (f.first, f.last) != (*s, *e)
        });
        let club = kind == EntityKind::Organization && listed_places.contains(&(f.first, f.last));
        // The tagger's name at the start of a listed name of the same entity, itself listed
        // so (`مكة` of `مكة المكرمة`, `الصين` of `الصين الشعبية`): the shorter reading links
        // the same, and is the one annotated news writes. A head before a name stays the
        // guidelines' name (`حركة حماس`, not `حماس`).
        let alias = listed(&f)
            && cands.iter().any(|(rank, s, e, r, _)| {
                r.as_ref().is_some_and(|r| r.key == f.key && entry(g, r))
                    && *rank == 1
                    && *s == f.first
                    && f.last < *e
                    && (f.first, f.last) != (*s, *e)
            });
        // A rules' person the tagger carries on to the right (`كارلوس ألبرتو` + `باريرا`:
        // the given-name rule stops at a word it does not know) is the tagger's, when the
        // words added are not written with a final ه (`سمير يوسف جمعه`: gathered him) nor
        // verbs (`محمد مصطفى يهدم`).
        let carries_on = |rank: u8, s: usize, e: usize| {
            rank == 3
                && kind == EntityKind::Person
                && f.first == s
                && e < f.last
                && tokens.get(e + 1..=f.last).is_some_and(|ts| {
                    ts.iter()
                        .all(|t| !t.original.ends_with('ه') && !boundary::verb_like(g, &t.norm))
                })
        };
        let extends = cands
            .iter()
            .filter(|(rank, s, e, r, _)| {
                r.as_ref().is_some_and(|r| r.kind == kind)
                    && (f.first < *s && *e <= f.last || carries_on(*rank, *s, *e))
            })
            .map(|c| c.0)
            .min();
        let (rank, source) = match extends {
            _ if holds => (0, Source::TaggerHolds),
            _ if club => (0, Source::TaggerClub),
            _ if alias => (0, Source::TaggerAlias),
            Some(rank) => (rank, Source::TaggerExtends),
            None => (4, Source::Tagger),
        };
        cands.push((rank, f.first, f.last, Some(f), source));
    }
    // Best rank first, then the longest (a stable sort: on equal spans the rule's name,
    // pushed first, with its list key).
    cands.sort_by_key(|&(rank, first, last, ..)| (rank, std::cmp::Reverse(last - first), first));
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut out: Vec<(Source, Found)> = Vec::new();
    for (_, first, last, f, source) in cands {
        if taken.iter().all(|&(s, e)| last < s || e < first) {
            taken.push((first, last));
            out.extend(f.map(|f| (source, f)));
        }
    }
    out.extend(
        acronym_names(g, tokens, norm, &taken)
            .into_iter()
            .map(|f| (Source::Acronym, f)),
    );
    out.sort_by_key(|(_, f)| f.first);
    // A definite nisba right before a person's name describes that person (`الحارس
    // الأوروغواياني فرناندو موسليرا`, `للاشتراكي بيدرو سانشيز`): it is no person of its own.
    let person_starts: Vec<usize> = out
        .iter()
        .filter(|(_, f)| f.kind == EntityKind::Person)
        .map(|(_, f)| f.first)
        .collect();
    out.retain(|(_, f)| {
        let nisba = matches!(&*f.words, [w] if w.starts_with("ال") && w.ends_with('ي'));
        let before_person = person_starts.contains(&(f.last + 1))
            && tokens.get(f.last + 1).is_some_and(|t| !t.boundary);
        !(f.kind == EntityKind::Person && nisba && before_person && !listed(f))
    });
    // A nasab joined to the name before it keeps that name's source (its first word).
    let sources: Vec<(usize, Source)> = out.iter().map(|(s, f)| (f.first, *s)).collect();
    let names = out.into_iter().map(|(_, f)| f).collect();
    boundary::join_nasab(tokens, norm, names)
        .into_iter()
        .map(|f| {
            let s = sources
                .iter()
                .find(|(first, _)| *first == f.first)
                .map_or(Source::Tagger, |(_, s)| *s);
            (s, f)
        })
        .collect()
}

// Tests index freely: an index out of range is a failed test.
#[cfg(test)]
#[allow(clippy::indexing_slicing)]
#[path = "combine_tests.rs"]
mod tests;
