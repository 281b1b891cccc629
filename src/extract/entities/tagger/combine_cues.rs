//! The combination's cues from the word lists (`tagger/combine.rs`): administrative units
//! whose bare name the tagger reads as the place, team words after which a city is its
//! club, peoples and communities that are no organization, and given names distinctive
//! enough to outweigh the tagger.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::super::gazetteer::{Gazetteer, words};
use super::super::recognize::Found;
use super::super::tokens::Token;
use super::Tag;
use crate::extract::EntityKind;

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
pub(super) fn bare_under_unit(f: &Found, tags: &[u8]) -> bool {
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
pub(super) fn group(g: &Gazetteer, w: &str) -> bool {
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
pub(super) fn as_club(tokens: &[Token], mut f: Found) -> Found {
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
pub(super) fn distinctive_given_name(
    g: &Gazetteer,
    tokens: &[Token],
    tags: &[u8],
    f: &Found,
) -> bool {
    let first = tokens.get(f.first).map(|t| t.norm.as_str());
    f.last > f.first
        && first.is_some_and(|w| g.given.contains(w) && super::freq::shared().get(w) == 0)
        && tags
            .get(f.first..=f.last)
            .is_some_and(|ts| ts.iter().all(|t| Tag::kind(*t).is_none()))
}
