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

use std::collections::HashSet;
use std::sync::{Arc, OnceLock};

use super::super::acronym::acronym_names;
use super::super::boundary;
use super::super::gazetteer::{Gazetteer, words};
use super::super::latin;
use super::super::people::is_joiner;
use super::super::recognize::{Found, Span, found};
use super::super::tokens::{Token, definite_with_clitic};
use super::Tag;
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
/// `B-LOC`.
const PLACE_BEGIN: u8 = 3;

/// The `unit` and `team` words of `assets/gazetteer/heads.tsv`, normalized: administrative
/// units whose area the bare name also names, and words after which a city is its club.
struct Cues {
    units: HashSet<String>,
    teams: HashSet<String>,
    /// `assets/gazetteer/groups.txt`: peoples and communities (`الأكراد`, `الشيعة`).
    groups: HashSet<String>,
}

fn cues() -> &'static Cues {
    static C: OnceLock<Cues> = OnceLock::new();
    C.get_or_init(|| {
        let mut c = Cues {
            units: HashSet::new(),
            teams: HashSet::new(),
            groups: include_str!("../../../../assets/gazetteer/groups.txt")
                .lines()
                .filter(|r| !r.starts_with('#'))
                .flat_map(words)
                .collect(),
        };
        let rows = include_str!("../../../../assets/gazetteer/heads.tsv")
            .lines()
            .filter(|r| !r.starts_with('#'))
            .filter_map(|r| r.split_once('\t'));
        for (kind, w) in rows {
            let set = match kind {
                "unit" => &mut c.units,
                "team" => &mut c.teams,
                _ => continue,
            };
            set.extend(words(w));
        }
        c
    })
}

/// A place the rules built or listed on an administrative unit (`محافظة بابل`, `إقليم
/// كردستان العراق`) where the tagger reads the bare name after the unit as a place: the
/// tagger's places are taken instead, so that `محافظة بابل` and `بابل` are one place. Where
/// the tagger does not, the rules' name stands (the guidelines keep the unit).
fn bare_under_unit(f: &Found, tags: &[u8]) -> bool {
    // Every word after the unit is the tagger's place (`كردستان`, `العراق` of `إقليم
    // كردستان العراق`): not where it reads a person there (`محافظة شانلي أورفة عز الدين`).
    f.kind == EntityKind::Place
        && f.words.len() > 1
        && f.words.first().is_some_and(|w| cues().units.contains(w))
        && tags.get(f.first).is_some_and(|t| Tag::kind(*t) != Some(1))
        && tags.get(f.first + 1) == Some(&PLACE_BEGIN)
        && tags
            .get(f.first + 1..=f.last)
            .is_some_and(|ts| ts.iter().all(|t| Tag::kind(*t) == Some(1)))
        && tags
            .get(f.last + 1)
            .is_none_or(|t| Tag::kind(*t) != Some(1) || Tag::is_begin(*t))
}

/// A people or a community named as a whole (`الأكراد`, `الشيعة`, `الفلسطينيين`: a listed
/// place's nisba in the plural): not an organization or a person (the guidelines).
fn group(g: &Gazetteer, w: &str) -> bool {
    if cues().groups.contains(w) {
        return true;
    }
    let bare = w.strip_prefix("ال").unwrap_or(w);
    ["يين", "يون"].iter().any(|s| {
        bare.strip_suffix(s).is_some_and(|stem| {
            stem.chars().count() >= 3
                && [stem.to_string(), format!("ال{stem}")].iter().any(|p| {
                    g.names
                        .get(p)
                        .is_some_and(|es| es.iter().any(|e| e.kind == EntityKind::Place))
                })
        })
    })
}

/// A listed city right after a team word (`فريق رينو`, `لاعب ميلان`) is the club: an
/// organization of the same words.
fn as_club(tokens: &[Token], mut f: Found) -> Found {
    let city = f.kind == EntityKind::Place && f.key.contains(":city:");
    let after_team = tokens.get(f.first).is_some_and(|t| !t.boundary)
        && f.first
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .is_some_and(|p| {
                p.reads
                    .iter()
                    .any(|(c, r)| *c <= 1 && cues().teams.contains(r))
            });
    if city && after_team {
        f.kind = EntityKind::Organization;
        f.key = format!("{:?}:{}", EntityKind::Organization, f.words.join(" ")).into();
    }
    f
}

/// A rules' person that opens on a listed given name rare in general Arabic (not among the
/// 60,000 most frequent words: `غضنفر`, not `علي`, `مولاي` or `يحيى`), where the tagger reads
/// every word as no name at all: the list is the stronger sign there. The rules' people the
/// tagger does not start are otherwise left out (`علي الحرب` with `على` written `علي`).
fn distinctive_given_name(g: &Gazetteer, tokens: &[Token], tags: &[u8], f: &Found) -> bool {
    let first = tokens.get(f.first).map(|t| t.norm.as_str());
    f.last > f.first
        && first.is_some_and(|w| g.given.contains(w) && super::freq::shared().get(w) == 0)
        && tags
            .get(f.first..=f.last)
            .is_some_and(|ts| ts.iter().all(|t| Tag::kind(*t).is_none()))
}

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

/// A word no name of `kind` ends on: a function word or verb; for a person also an
/// adjective of the stop list (`الدولي`) and a definite word behind a clitic (`والتنمية`),
/// which end organizations (`البنك الدولي`, `حزب العدالة والتنمية`) but never people.
fn bad_last(g: &Gazetteer, t: &Token, kind: EntityKind) -> bool {
    let person = kind == EntityKind::Person;
    g.is_stop(t) && (person || !t.norm.starts_with("ال"))
        || person && definite_with_clitic(&t.norm) && t.norm.chars().count() > 4
}

/// How many normalized chars of proclitic the first word of a tagger name carries: a chain
/// is dropped when what remains is definite, a known name, or a word the article also writes
/// alone (`وبغداد`, `والأهلي`, `وأسامة`; `لقاآني` where `قاآني` occurs).
fn clitic_of(g: &Gazetteer, t: &Token, kind: EntityKind, words: &HashSet<&str>) -> usize {
    // Listed as a name of this kind: `بابل` is no ب + `آبل` (Apple).
    let listed = |r: &str| {
        g.names
            .get(r)
            .is_some_and(|es| es.iter().any(|e| e.kind == kind))
    };
    t.looks
        .iter()
        .filter(|(c, r)| {
            *c > 0
                && r.chars().count() >= 3
                && (r.starts_with("ال")
                    || listed(r)
                    || g.given.contains(r)
                    || words.contains(r.as_str()))
        })
        .map(|(c, _)| *c)
        .max()
        .unwrap_or(0)
}

/// A name the tagger found on tokens `first..=last`, as the reader shows it (`None` when
/// nothing of a name is left, or it is not one: `دعم مالي`, `إيرانيا`).
fn tagger_found(
    g: &Gazetteer,
    tokens: &[Token],
    norm: &Normalized,
    (first, last, kind): (usize, usize, EntityKind),
    words: &HashSet<&str>,
) -> Option<Found> {
    // A name does not run across punctuation (`المصدر اليوم - بغداد`), as in the rules, nor
    // from Arabic into Latin letters or back (`دمشق NYT`).
    let span = tokens.get(first..=last)?;
    let script = latin::is_latin(span.first()?);
    let whole = 1 + span
        .iter()
        .skip(1)
        .take_while(|t| !t.boundary && latin::is_latin(t) == script)
        .count();
    let span = span.get(..whole)?;
    let keep = span.len()
        - span
            .iter()
            .rev()
            .take_while(|t| bad_last(g, t, kind))
            .count();
    let span = span.get(..keep.max(1))?;
    if script && !latin::tagger_name_stands(tokens, span) {
        return None;
    }
    let head = span.first()?;
    if span.len() == 1 && g.is_stop(head) {
        return None;
    }
    let last = first + span.len() - 1;
    let clitic = clitic_of(g, head, kind, words);
    let mut ws: Vec<String> = span.iter().map(|t| t.norm.clone()).collect();
    let mut w0: String = head.norm.chars().skip(clitic).collect();
    // `لل` + noun reads as ل + `ال` + noun: the name keeps its article.
    if clitic > 0 && head.norm.starts_with("لل") && !w0.starts_with("ال") {
        w0 = format!("ال{w0}");
    }
    if w0.chars().count() < 2 || ws.iter().all(|w| ORDINALS.contains(&w.as_str())) {
        return None;
    }
    let one = ws.len() == 1;
    // `دعم مالي` is financial support: a place that is also an everyday word needs its cue,
    // as in the rules.
    let cued = first
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_some_and(|p| !head.boundary && g.place_cues.contains(&p.norm));
    if kind == EntityKind::Place && one && clitic == 0 && g.ambiguous_places.contains(&w0) && !cued
    {
        return None;
    }
    // `إيرانيا`, `عراقيا` (by Iran, Iraqi-ly) are adverbs made from a place, not places.
    let adverb = one
        && w0.strip_suffix("يا").is_some_and(|stem| {
            g.names.contains_key(stem) || g.names.contains_key(&format!("ال{stem}"))
        });
    if kind == EntityKind::Place && adverb {
        return None;
    }
    if let Some(w) = ws.first_mut() {
        *w = w0;
    }
    // A listed name of the same kind keeps its list key (aliases and translations link).
    let listed_key = ws.first().and_then(|w| g.names.get(w)).and_then(|es| {
        es.iter()
            .find(|e| e.kind == kind && e.words == ws)
            .map(|e| e.key.clone())
    });
    let key: Arc<str> = listed_key
        .unwrap_or_else(|| format!("{kind:?}:{}", ws.join(" ")))
        .into();
    Some(found(
        kind,
        key,
        ws,
        tokens,
        norm,
        Span {
            first,
            clitic,
            last,
        },
    ))
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
    let definite = cut_off.iter().any(|t| t.norm.starts_with("ال"));
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

/// The paragraph's names from the rules' `rules` and the tagger's `tags`; `words` are the
/// words of the whole article.
pub fn combine(
    g: &Gazetteer,
    tokens: &[Token],
    norm: &Normalized,
    rules: Vec<Found>,
    tags: &[u8],
    words: &HashSet<&str>,
) -> Vec<Found> {
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
    let listed_places: Vec<(usize, usize)> = rules
        .iter()
        .filter(|f| listed(f) && f.kind == EntityKind::Place)
        .map(|f| (f.first, f.last))
        .collect();
    // (rank, first, last, name); `None` holds words for a MISC name, which is not shown.
    let mut cands: Vec<(u8, usize, usize, Option<Found>)> = Vec::new();
    for f in rules {
        if bare_under_unit(&f, tags) {
            continue;
        }
        let f = as_club(tokens, f);
        let rank = if listed(&f) {
            1
        } else if f.kind != EntityKind::Person {
            2
        } else if person_tagged(&f) || distinctive_given_name(g, tokens, tags, &f) {
            3
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
        cands.push((rank, f.first, f.last, Some(f)));
    }
    for (first, last, kind) in spans(tags) {
        let Some(kind) = kind else {
            cands.push((4, first, last, None));
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
            cands.push((4, f.first, f.last, None));
            continue;
        }
        // The tagger's name comes first where it holds a rule's name and more (`إنتر ميلان`,
        // `قوة القدس`, `منظمة الدول المصدرة للنفط`: it does not run across punctuation), or
        // calls a listed place an organization (a club named like its city, `برشلونة`). One that extends a rule's name of its kind to the left is
        // that name in full (`جورج بوش` where the list knows `بوش`).
        let holds = cands.iter().any(|(rank, s, e, r)| {
            let Some(r) = r else { return false };
            // Of its own kind, only a name built on a head (`منظمة الدول`): a listed name keeps
            // its key, and the rules' people end where their rules say (`سمير يوسف جمعه`).
            let other = r.kind != kind || *rank == 2;
            other && *rank < 3 && f.first <= *s && *e <= f.last && (f.first, f.last) != (*s, *e)
        });
        let club = kind == EntityKind::Organization && listed_places.contains(&(f.first, f.last));
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
            .filter(|(rank, s, e, r)| {
                r.as_ref().is_some_and(|r| r.kind == kind)
                    && (f.first < *s && *e <= f.last || carries_on(*rank, *s, *e))
            })
            .map(|c| c.0)
            .min();
        let rank = if holds || club {
            0
        } else {
            extends.unwrap_or(4)
        };
        cands.push((rank, f.first, f.last, Some(f)));
    }
    // Best rank first, then the longest (a stable sort: on equal spans the rule's name,
    // pushed first, with its list key).
    cands.sort_by_key(|&(rank, first, last, _)| (rank, std::cmp::Reverse(last - first), first));
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut out: Vec<Found> = Vec::new();
    for (_, first, last, f) in cands {
        if taken.iter().all(|&(s, e)| last < s || e < first) {
            taken.push((first, last));
            out.extend(f);
        }
    }
    out.extend(acronym_names(g, tokens, norm, &taken));
    out.sort_by_key(|f| f.first);
    boundary::join_nasab(tokens, norm, out)
}
