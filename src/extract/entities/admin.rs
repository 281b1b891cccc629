//! Towns and provinces no list names, behind the word for the administrative unit: `بإقليم
//! ورزازات`, `عمالات وأقاليم الحوز ومراكش وأزيلال` (Moroccan provinces and prefectures),
//! `محافظة الضالع`. The lists hold cities above a population (`assets/gazetteer`), and the
//! rules' admin heads take a listed place only (`heads.rs`); the tagger finds some of the
//! rest. After the tagger (its input is unchanged), a proper word right after such a head is
//! a place, and after a plural head (`أقاليم`) so is each word coordinated after it (`و`, or a
//! comma).
//!
//! A rural commune is named the same way (`جماعة إيغيل بإقليم الحوز`), but `جماعة` is also a
//! group's head (`جماعة أنصار الله`, `جماعة الإخوان`): it names a commune only when an admin
//! head follows its one proper word. Heads in `assets/entity_cues.tsv`.

use super::cues::cues;
use super::gazetteer::Gazetteer;
use super::recognize::{Found, replace_overlapping};
use super::tagger::combine::listed;
use super::tokens::{Token, letters};
use crate::extract::EntityKind;
use crate::text::Normalized;

/// Most zipf × 10 of a place's word after a head: everyday words are more common
/// (`ثانية`, `العاصمة`), while place names of this size are rarer (`أكادير` 35, `أزيلال` 31).
const MAX_ZIPF: u8 = 40;

/// Does token `t` read (with a proclitic or not) as a word of `class`?
fn reads_as(t: &Token, class: &str) -> bool {
    let c = cues();
    t.reads.iter().any(|(_, r)| c.has(class, r))
}

/// The reading of `t` that is a place name after a head (no proclitic, or one `و` when
/// `coordinated`): letters only, not a function word, given name, title, head or common word.
fn place_word(g: &Gazetteer, t: &Token, coordinated: bool) -> Option<(usize, String)> {
    let freq = super::tagger::freq::shared();
    let (clitic, w) = if coordinated {
        t.reads
            .iter()
            .find(|(c, _)| *c == 1 && t.norm.starts_with('و'))?
    } else {
        t.reads.first()?
    };
    let ok = w.chars().count() >= 3
        && letters(w)
        && !g.stop.contains(w)
        && !g.given.contains(w)
        && !g.is_title_or_head(w)
        && !(w.starts_with("ال") && (w.ends_with('ي') || w.ends_with("يه")))
        && freq.get(w) < MAX_ZIPF;
    ok.then(|| (*clitic, w.clone()))
}

/// `names` (a paragraph's, in order) with the places behind admin heads and communes added;
/// a name the tagger made of such a word (`إيغيل` as an organization) becomes the place.
pub fn places_behind_heads(
    g: &Gazetteer,
    tokens: &[Token],
    norm: &Normalized,
    names: Vec<Found>,
) -> Vec<Found> {
    let mut add: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some(t) = tokens.get(i) else { break };
        let plural = t
            .reads
            .iter()
            .any(|(_, r)| r.ends_with("ات") || r == "اقاليم");
        let commune =
            reads_as(t, "commune") && tokens.get(i + 2).is_some_and(|n| reads_as(n, "admin_head"));
        if !(reads_as(t, "admin_head") || commune) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut first = true;
        while let Some(n) = tokens.get(j) {
            let listed_here = names
                .iter()
                .find(|f| f.first <= j && j <= f.last)
                .filter(|f| listed(f) || f.kind == EntityKind::Place);
            if reads_as(n, "admin_head") && first {
                // `عمالات وأقاليم X`: coordinated heads.
                j += 1;
                continue;
            }
            if n.boundary && !(plural && n.comma_before && !first) {
                break;
            }
            if let Some(f) = listed_here {
                // A place already named (`مراكش`): the list goes on after it.
                j = f.last + 1;
                first = false;
                if !plural {
                    break;
                }
                continue;
            }
            let coordinated = !first && !n.comma_before;
            let Some((clitic, w)) = place_word(g, n, coordinated) else {
                break;
            };
            // One word: a proper word after it belongs to the name (`أكادير إداوتنان`),
            // unless it is the list's next item (`الحوز ومراكش`).
            if !commune
                && tokens.get(j + 1).is_some_and(|x| {
                    let next_item = plural && x.norm.starts_with('و');
                    !x.boundary
                        && !next_item
                        && place_word(g, x, false).is_some()
                        && !reads_as(x, "admin_head")
                })
            {
                break;
            }
            add.push(Found {
                kind: EntityKind::Place,
                key: format!("Place:{w}").into(),
                words: vec![w].into(),
                start: norm.origin.get(n.nstart + clitic).unwrap_or(n.start),
                end: n.end,
                first: j,
                last: j,
                fragment: None,
            });
            first = false;
            j += 1;
            if !plural || commune {
                break;
            }
        }
        i = j.max(i + 1);
    }
    // The new places replace unlisted names over their word (`إيغيل` as an organization).
    replace_overlapping(names, add, true)
}

#[cfg(test)]
mod tests {
    use crate::corpus::Corpus;
    use crate::extract::EntityKind;
    use crate::extract::entities::extract;

    fn found(text: &str) -> Vec<(EntityKind, String)> {
        let mut v: Vec<(EntityKind, String)> = extract(&Corpus::from_bodies(&[&[text]]))
            .into_iter()
            .map(|e| (e.kind, e.name))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn unlisted_provinces_after_an_admin_head_are_places() {
        let f = found(
            "وسجلت 40 وفاة بإقليم تازناخت و12 وفاة بعمالة مراكش، كما تضررت أقاليم \
             وعمالات الرحامنة وتمصلوحت وإمنتانوت.",
        );
        for p in ["تازناخت", "الرحامنة", "تمصلوحت", "إمنتانوت", "مراكش"]
        {
            assert!(
                f.contains(&(EntityKind::Place, p.to_string())),
                "{p}: {f:?}"
            );
        }
    }

    #[test]
    fn a_commune_before_an_admin_head_is_a_place_and_groups_stay() {
        let f = found("وحدد مركز الهزة بجماعة تيزغران بإقليم شيشاوة.");
        assert!(
            f.contains(&(EntityKind::Place, "تيزغران".to_string())),
            "{f:?}"
        );
        let f =
            found("وهاجمت جماعة أنصار الله مواقع قرب الحدود، وقالت جماعة الإخوان إنها ترفض العنف.");
        assert!(!f.iter().any(|(k, _)| *k == EntityKind::Place), "{f:?}");
    }
}
