//! People named right after a strong cue, whose names neither the lists nor the tagger know
//! (uncommon or non-Western names): `نظيره السعودي، مساعد العيبان` (his Saudi counterpart),
//! `رجل الدين الشيعي نمر النمر` (the Shia cleric), and a nationality adjective before a
//! transliterated name (`البرتغالي جورجي جيسوس`). After the tagger (its input is unchanged):
//! after `نظيره`/`رجل الدين` (an adjective and a comma may come between), two or three proper
//! words are the person; after a nationality, two or three rare words (zipf below `RARE`) or
//! given names. Unlisted names inside the span are replaced. Words in
//! `assets/entity_cues.tsv`.

use super::cues::cues;
use super::gazetteer::Gazetteer;
use super::recognize::{Found, replace_overlapping};
use super::tagger::combine::listed;
use super::tokens::{Token, letters};
use crate::extract::EntityKind;
use crate::text::Normalized;

/// Most zipf × 10 of a name's word after a nationality: transliterated names are rare words.
const RARE: u8 = 40;
/// Most words of such a name.
const MAX_WORDS: usize = 3;

fn has(class: &str, t: &Token) -> bool {
    t.reads.iter().any(|(_, r)| cues().has(class, r))
}

/// A word that may be part of a name here (`strong`: after a cue that surely announces one).
fn name_word(g: &Gazetteer, t: &Token, strong: bool, first: bool) -> bool {
    let w = t.norm.as_str();
    let freq = super::tagger::freq::shared();
    let listed_place = g.names.get(w).is_some_and(|es| {
        es.iter()
            .any(|e| e.kind != EntityKind::Person && e.words.len() == 1)
    });
    let definite_first = first && w.starts_with("ال");
    let word = w.chars().count() >= 2 && letters(w);
    word && !definite_first
        && !g.is_stop(t)
        && !g.is_title_or_head(w)
        && !listed_place
        // A nisba is a family name after a first word (`مساعد الهنائي`) only after a strong cue.
        && !(w.starts_with("ال") && w.ends_with('ي') && (first || !strong))
        // A word that may carry a preposition is no name here (`نظيره البرتغالي بهدف نظيف`).
        && (t.reads.len() == 1 || g.given.contains(w))
        && (strong
            || g.given.contains(w)
            || (freq.get(w) < RARE
                && t.reads.iter().all(|(_, r)| freq.get(r) < RARE)
                // An accusative's tanween (`قادماً`): the word without it is common.
                && w.strip_suffix('ا').is_none_or(|stem| freq.get(stem) < RARE)))
}

/// The token after a cue at `i` where a name may start, and whether the cue is strong.
fn after_cue(tokens: &[Token], i: usize) -> Option<(usize, bool)> {
    let t = tokens.get(i)?;
    let mut j = if has("person_cue", t) {
        i + 1
    } else if has("cleric_first", t) && tokens.get(i + 1).is_some_and(|n| has("cleric_second", n)) {
        i + 2
    } else if has("nationality", t) && t.norm.ends_with('ي') {
        return Some((i + 1, false));
    } else {
        return None;
    };
    // An adjective between (`نظيره السعودي`, `رجل الدين الشيعي`).
    if tokens
        .get(j)
        .is_some_and(|n| !n.boundary && n.norm.starts_with("ال") && n.norm.ends_with('ي'))
    {
        j += 1;
    }
    Some((j, true))
}

/// `names` (a paragraph's, in order) with the people named after strong cues.
pub fn people(g: &Gazetteer, tokens: &[Token], norm: &Normalized, names: Vec<Found>) -> Vec<Found> {
    let mut add: Vec<Found> = Vec::new();
    for i in 0..tokens.len() {
        let Some((j, strong)) = after_cue(tokens, i) else {
            continue;
        };
        // Joined to the cue, or after a comma (an apposition) when the cue is strong.
        let Some(start) = tokens.get(j) else { continue };
        if start.boundary && !(strong && start.comma_before) {
            continue;
        }
        let mut last = j;
        while last + 1 < j + MAX_WORDS
            && tokens
                .get(last + 1)
                .is_some_and(|n| !n.boundary && name_word(g, n, strong, false))
        {
            last += 1;
        }
        if last == j || !name_word(g, start, strong, true) {
            continue;
        }
        // A listed name or an organization/place over these words stays.
        let blocked = names.iter().any(|f| {
            f.first <= last
                && j <= f.last
                && (listed(f) || f.kind != EntityKind::Person || f.last > last || f.first < j)
        });
        if blocked {
            continue;
        }
        let words: Vec<String> = (j..=last)
            .filter_map(|k| tokens.get(k))
            .map(|t| t.norm.clone())
            .collect();
        add.push(Found {
            kind: EntityKind::Person,
            key: format!("Person:{}", words.join(" ")).into(),
            words: words.into(),
            start: norm.origin.get(start.nstart).unwrap_or(start.start),
            end: tokens.get(last).map_or(start.end, |t| t.end),
            first: j,
            last,
            fragment: None,
        });
    }
    replace_overlapping(names, add, false)
}

#[cfg(test)]
mod tests {
    use crate::extract::EntityKind;

    #[test]
    fn people_after_a_counterpart_a_cleric_and_a_nationality() {
        let f = crate::extract::entities::tests::found_in(&[
            "والتقى الوزير مع نظيره العماني، مساعد الهنائي، في مسقط.",
            "واحتج المتظاهرون على إعدام رجل الدين الشيعي صقر الصقر الأسبوع الماضي.",
            "ومنذ عودة البرتغالي جورجي مارتينيز لتدريب الفريق تغير الأداء.",
            "وفاز المنتخب على نظيره البرتغالي بهدف نظيف.",
            "ووصل النجم البرازيلي روبينيو جونيور قادماً من باريس.",
        ]);
        assert!(
            !f.iter()
                .any(|(_, n)| n.contains("نظيف") || n.contains("قادما")),
            "{f:?}"
        );
        for p in ["مساعد الهنائي", "صقر الصقر", "جورجي مارتينيز"] {
            assert!(
                f.contains(&(EntityKind::Person, p.to_string())),
                "{p}: {f:?}"
            );
        }
    }
}
