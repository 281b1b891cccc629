//! The tagger's names as the reader shows them (`tagger/combine.rs`, rank 4 and the names
//! it compares): cut at punctuation and script changes, trimmed of words no name ends on,
//! proclitics taken off, and dropped where the words are not a name at all (an everyday
//! word as a place, an adjective after its noun, a word after a place as a person).

use std::sync::Arc;

use super::super::boundary::{listed_verb, never_last, title_ends_person};
use super::super::gazetteer::Gazetteer;
use super::super::latin;
use super::super::people::is_joiner;
use super::super::recognize::{Found, Span, found};
use super::super::tokens::{Token, clitic_before_hamza, definite_with_clitic};
use crate::extract::{EntityKind, ORDINALS};
use crate::text::Normalized;

/// A word no name of `kind` ends on: a function word, a verb, a time adverb or an
/// indefinite accusative ([`never_last`]); for a person also an
/// adjective of the stop list (`الدولي`) and a definite word behind a clitic (`والتنمية`),
/// which end organizations (`البنك الدولي`, `حزب العدالة والتنمية`) but never people.
fn bad_last(g: &Gazetteer, t: &Token, kind: EntityKind) -> bool {
    let person = kind == EntityKind::Person;
    g.is_stop(t) && (person || !t.norm.starts_with("ال"))
        || person && clitic_and_article(t)
        || never_last(g, t)
}

/// A clitic and the article before a word of general Arabic (`والتنمية`, `بالعاصمة`). A
/// foreign surname may open with the same letters (`بالاك`, `كالديرون`, `بالاسيوس`): what is
/// left without them is no word of general Arabic text, and the tagger's person keeps it
/// (in cross-validation these cuts lost more right people than wrong ones). No name opens
/// with `لل` (to the: `للأسوشيتدبرس`, to the AP) or with two clitics.
fn clitic_and_article(t: &Token) -> bool {
    let freq = super::freq::shared();
    let name_like = ["بال", "كال", "وال", "فال"]
        .iter()
        .any(|c| t.norm.starts_with(c))
        && t.reads
            .iter()
            .all(|(c, r)| *c == 0 || !r.starts_with("ال") || freq.get(r) == 0);
    definite_with_clitic(&t.norm) && t.norm.chars().count() > 4 && !name_like
}

/// The proclitic of the first word of a tagger name (normalized chars) and the word without
/// it: a chain is dropped when what remains is definite, a known name, or a word the article
/// also writes alone (`وبغداد`, `والأهلي`, `وأسامة`; `لقاآني` where `قاآني` occurs), and one
/// letter before a word-initial hamza always (`وإدينسون`, `بأحمد`: no Arabic word has a
/// hamza on alif after its first letter but behind a clitic). `لل` reads as ل + the article:
/// of `الحارس` and `اللحارس` the reading that is a name or a word of the article, else of
/// general Arabic, else the shorter.
fn clitic_of(
    g: &Gazetteer,
    t: &Token,
    kind: EntityKind,
    words: &crate::extract::entities::WordSet<'_>,
) -> Option<(usize, String)> {
    // Listed as a name of this kind: `بابل` is no ب + `آبل` (Apple).
    let listed = |r: &str| {
        g.names
            .get(r)
            .is_some_and(|es| es.iter().any(|e| e.kind == kind))
    };
    let hamza = clitic_before_hamza(t);
    let freq = super::freq::shared();
    t.looks
        .iter()
        .filter(|(c, r)| {
            *c > 0
                && r.chars().count() >= 3
                && (r.starts_with("ال")
                    || listed(r)
                    || g.given.contains(r)
                    || words.contains(r.as_str())
                    || hamza && *c == 1)
        })
        .max_by_key(|(c, r)| {
            let known = listed(r) || g.given.contains(r) || words.contains(r.as_str());
            (*c, known, freq.get(r), std::cmp::Reverse(r.chars().count()))
        })
        .map(|(c, r)| (*c, r.clone()))
}

/// A name the tagger found on tokens `first..=last`, as the reader shows it (`None` when
/// nothing of a name is left, or it is not one: `دعم مالي`, `إيرانيا`).
pub(super) fn tagger_found(
    g: &Gazetteer,
    tokens: &[Token],
    norm: &Normalized,
    (first, last, kind): (usize, usize, EntityKind),
    words: &crate::extract::entities::WordSet<'_>,
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
    // A place or an organization never starts with a verb (`وأدى الرئيس`, `وأدى الانفجار`:
    // a verb and its subject). The name starts after it; where only a title, a head, a
    // function word or a common definite noun is left, the tagger named nothing.
    let lead = match kind {
        EntityKind::Person => 0,
        _ => span.iter().take_while(|t| listed_verb(g, t)).count(),
    };
    if lead > 0 {
        let nothing = match span.get(lead..)? {
            [] => true,
            [t] => {
                !g.names.contains_key(&t.norm)
                    && (t.norm.starts_with("ال") || g.is_title_or_head(&t.norm) || g.is_stop(t))
            }
            _ => false,
        };
        return match nothing {
            true => None,
            false => tagger_found(g, tokens, norm, (first + lead, last, kind), words),
        };
    }
    let mut keep = span.len()
        - span
            .iter()
            .rev()
            .take_while(|t| bad_last(g, t, kind))
            .count();
    // A person or an organization never ends on a title: it is the next phrase's (`فيصل بن
    // خالد أمير منطقة عسير`), or the person the institution is named after was cut off (`مجلس
    // التنمية السياحية الأمير سلطان`).
    while keep > 1
        && matches!(kind, EntityKind::Person | EntityKind::Organization)
        && span
            .get(keep - 1)
            .is_some_and(|t| title_ends_person(g, t, span.get(keep - 2)))
    {
        keep -= 1;
    }
    // An organization cut down to its head word alone (`مركز`) is no name.
    if kind == EntityKind::Organization
        && keep == 1
        && keep < span.len()
        && span.first().is_some_and(|t| g.heads.contains_key(&t.norm))
    {
        return None;
    }
    // A person cut down to one definite word is a noun (`والجندي أول`, the first soldier).
    if kind == EntityKind::Person
        && keep == 1
        && span.get(1).is_some_and(|t| never_last(g, t))
        && span
            .first()
            .is_some_and(|t| t.reads.iter().any(|(_, r)| r.starts_with("ال")))
    {
        return None;
    }
    let span = span.get(..keep.max(1))?;
    if script && !latin::tagger_name_stands(tokens, span) {
        return None;
    }
    let head = span.first()?;
    if span.len() == 1 && g.is_stop(head) {
        return None;
    }
    let last = first + span.len() - 1;
    let (clitic, w0) = clitic_of(g, head, kind, words).unwrap_or((0, head.norm.clone()));
    let mut ws: Vec<String> = span.iter().map(|t| t.norm.clone()).collect();
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
    // `منطقة حرجية`, `مدينة سورية`: an indefinite feminine nisba after an indefinite
    // feminine noun is its adjective (a wooded area, a Syrian city), not a name.
    let prev = first.checked_sub(1).and_then(|p| tokens.get(p));
    let adjective = one
        && clitic == 0
        && !head.boundary
        && head.original.ends_with("ية")
        && !w0.starts_with("ال")
        && !w0.starts_with('و')
        && prev.is_some_and(|p| {
            p.original.ends_with('ة')
                && !p.norm.starts_with("ال")
                && !listed_word(g, &p.norm)
                && !g.heads.contains_key(&p.norm)
                && !g.place_cues.contains(&p.norm)
        });
    if adjective {
        return None;
    }
    // A person's name does not open right after a listed place with nothing between (`موقع
    // كوبا ديبيت`: a site named after the place); people named after a place come with a
    // title before the place or a verb between (`وزير خارجية فرنسا ميشيل بارنييه`).
    // Only a word that names nothing but a place (`الجزيرة` is also the channel: `مراسلة
    // الجزيرة شيرين`), and not before a joiner (`شيرين أبو عاقلة`).
    let after_place = prev.is_some_and(|p| {
        g.names.get(&p.norm).is_some_and(|es| {
            es.iter().any(|e| e.words.len() == 1)
                && es
                    .iter()
                    .filter(|e| e.words.len() == 1)
                    .all(|e| e.kind == EntityKind::Place)
        })
    }) && tokens
        .get(first + 1)
        .is_none_or(|n| n.boundary || !is_joiner(&n.norm));
    // A title before the place names the person (`رئيس روسيا يلتسين`).
    let titled = first
        .checked_sub(2)
        .and_then(|p| tokens.get(p))
        .is_some_and(|t| g.title_words.contains(&t.norm) || g.titles.contains_key(&t.norm));
    if kind == EntityKind::Person
        && one
        && !head.boundary
        && after_place
        && !titled
        && !g.given.contains(&w0)
    {
        return None;
    }
    // A function word glued to a listed name by a missing space (`بينسانتياغو`, `فيالعراق`)
    // is that name.
    if one && clitic == 0 && !listed_word(g, &w0) && !g.given.contains(&w0) {
        let glued = (2..=4).find_map(|n| {
            let (fw, rest): (String, String) =
                (w0.chars().take(n).collect(), w0.chars().skip(n).collect());
            let e = g.names.get(&rest)?.iter().find(|e| e.words.len() == 1)?;
            (g.stop.contains(&fw) && rest.chars().count() >= 4)
                .then(|| (n, e.kind, e.key.clone(), rest))
        });
        if let Some((n, kind, key, rest)) = glued {
            let span = Span {
                first,
                clitic: n,
                last: first,
            };
            return Some(found(kind, key, vec![rest], tokens, norm, span));
        }
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

/// Is `w` a one-word name of the lists? (`names` is keyed by first words.)
fn listed_word(g: &Gazetteer, w: &str) -> bool {
    g.names
        .get(w)
        .is_some_and(|es| es.iter().any(|e| e.words.len() == 1))
}
