//! Company and outlet names end with a word that says what they are: `القابضة` (holding),
//! `هيلز` (hills, of a developer), `نيوز` (news), a radio's `أف أم` (FM). The tagger and the
//! lists stop before it (`إيجل` for `إيجل هيلز`, `شركة أبوظبي التنموية` for `… القابضة`,
//! `أبوظبي` the city), or read the whole as a person (`نور نيوز`). After the tagger (its input
//! is unchanged): a name followed by such a tail, with up to two adjectives between, is
//! extended to it and made an organization; so is a person whose last word is one; and one
//! proper word right before a tail, named or not, is the organization. Words in
//! `assets/entity_cues.tsv`.

use super::cues::cues;
use super::gazetteer::Gazetteer;
use super::recognize::{Found, replace_overlapping};
use super::tokens::{Token, letters};
use crate::extract::EntityKind;
use crate::text::Normalized;

/// Most adjectives between a name and its tail (`التنموية`).
const MAX_BETWEEN: usize = 2;

fn has(class: &str, t: &Token) -> bool {
    t.reads.first().is_some_and(|(_, r)| cues().has(class, r))
}

/// The last token of a tail starting at `j` (joined to what is before it), if one does.
fn tail_at(tokens: &[Token], j: usize) -> Option<usize> {
    let t = tokens.get(j).filter(|t| !t.boundary)?;
    if has("org_tail", t) {
        return Some(j);
    }
    let second = tokens.get(j + 1).filter(|n| !n.boundary)?;
    (has("fm_first", t) && has("fm_second", second)).then_some(j + 1)
}

/// A definite nisba adjective (`التنموية`, `الدولي`), joined.
fn adjective(t: &Token) -> bool {
    !t.boundary && t.norm.starts_with("ال") && (t.norm.ends_with('ي') || t.norm.ends_with("يه"))
}

/// The organization over tokens `first..=last`.
fn org(tokens: &[Token], norm: &Normalized, first: usize, last: usize) -> Found {
    let words: Vec<String> = (first..=last)
        .filter_map(|i| tokens.get(i))
        .map(|t| t.norm.clone())
        .collect();
    let (a, b) = (tokens.get(first), tokens.get(last));
    Found {
        kind: EntityKind::Organization,
        key: format!("Organization:{}", words.join(" ")).into(),
        words: words.into(),
        start: a.map_or(0, |a| norm.origin.get(a.nstart).unwrap_or(a.start)),
        end: b.map_or(0, |b| b.end),
        first,
        last,
        fragment: None,
    }
}

/// `f` extended to token `last` (its own words, then the tokens after it), an organization.
fn extended(tokens: &[Token], f: &Found, last: usize) -> Found {
    let mut words: Vec<String> = f.words.to_vec();
    words.extend(
        (f.last + 1..=last)
            .filter_map(|i| tokens.get(i))
            .map(|t| t.norm.clone()),
    );
    Found {
        kind: EntityKind::Organization,
        key: format!("Organization:{}", words.join(" ")).into(),
        words: words.into(),
        start: f.start,
        end: tokens.get(last).map_or(f.end, |t| t.end),
        first: f.first,
        last,
        fragment: None,
    }
}

/// `names` (a paragraph's, in order) with the names that end in an organization's tail.
pub fn extend(g: &Gazetteer, tokens: &[Token], norm: &Normalized, names: Vec<Found>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut made: Vec<Found> = Vec::new();
    for f in names {
        // A person ending in a tail (`نور نيوز`).
        if f.kind == EntityKind::Person && f.words.last().is_some_and(|w| cues().has("org_tail", w))
        {
            made.push(extended(tokens, &f, f.last));
            continue;
        }
        let mut j = f.last + 1;
        let mut between = 0;
        while between < MAX_BETWEEN && tokens.get(j).is_some_and(adjective) {
            j += 1;
            between += 1;
        }
        match tail_at(tokens, j) {
            Some(last) => made.push(extended(tokens, &f, last)),
            None => out.push(f),
        }
    }
    // One proper word right before a tail, in no name (`موزاييك أف أم`).
    let covered = |i: usize, v: &[Found]| v.iter().any(|f| f.first <= i && i <= f.last);
    for (i, t) in tokens.iter().enumerate().skip(1) {
        if covered(i, &out) || covered(i, &made) || !(has("org_tail", t) || has("fm_first", t)) {
            continue;
        }
        let Some(last) = tail_at(tokens, i) else {
            continue;
        };
        let prev = i - 1;
        let ok = tokens.get(prev).is_some_and(|p| {
            letters(&p.norm)
                && p.norm.chars().count() >= 3
                && !g.is_stop(p)
                && !g.is_title_or_head(&p.norm)
                && !p.norm.starts_with("ال")
        });
        if ok && !covered(prev, &out) && !covered(prev, &made) {
            made.push(org(tokens, norm, prev, last));
        }
    }
    replace_overlapping(out, made, false)
}

#[cfg(test)]
mod tests {
    use crate::extract::EntityKind;

    #[test]
    fn a_name_ending_in_holding_hills_news_or_fm_is_the_organization() {
        let f = crate::extract::entities::tests::found_in(&[
            "ونشرت نور نيوز لقطات من الاجتماع، وقالت اذاعة موزاييك أف أم إن الجلسة انتهت.",
            "ووقعت شركة إيجل هيلز الاتفاق، كما وقعت شركة أبوظبي التنموية القابضة عقدا.",
        ]);
        for o in [
            "نور نيوز",
            "موزاييك أف أم",
            "إيجل هيلز",
            "أبوظبي التنموية القابضة",
        ] {
            assert!(
                f.iter()
                    .any(|(k, n)| *k == EntityKind::Organization && n.ends_with(o)),
                "{o}: {f:?}"
            );
        }
        assert!(
            !f.iter().any(|(k, _)| *k != EntityKind::Organization),
            "{f:?}"
        );
    }
}
