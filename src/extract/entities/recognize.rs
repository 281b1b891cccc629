//! Finding names in one paragraph: gazetteer matches (longest first, proclitics tried as an
//! alternative), head words (`وزارة الخارجية العراقية`, `مطار بغداد`), titles before names
//! (`وزير الدفاع الأمريكي لويد أوستن`), and given names that start a name
//! (`محمد شياع السوداني`). Where readings overlap, the longest wins.

use super::gazetteer::{Gazetteer, light};
use super::tokens::{Token, readings};
use crate::extract::EntityKind;
use crate::text::Normalized;

/// A recognized name before linking.
#[derive(Debug, Clone)]
pub struct Found {
    pub kind: EntityKind,
    /// Shared by spellings of one entity (gazetteer key, or kind + normalized words).
    pub key: String,
    /// Normalized words of the name (without proclitics).
    pub words: Vec<String>,
    pub start: usize,
    pub end: usize,
    /// First and last token covered.
    pub first: usize,
    pub last: usize,
}

/// Most words a rule-made name may have after its first.
const MAX_NAME_TAIL: usize = 3;

pub fn recognize(g: &Gazetteer, tokens: &[Token], norm: &Normalized) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // On equal spans the gazetteer (last) wins: its key links aliases.
        let best = [
            given_at(g, tokens, norm, i),
            title_at(g, tokens, norm, i),
            head_at(g, tokens, norm, i),
            gazetteer_at(g, tokens, norm, i),
        ]
        .into_iter()
        .flatten()
        .max_by_key(|f| (f.last, std::cmp::Reverse(f.first)));
        match best {
            Some(f) => {
                i = f.last + 1;
                out.push(f);
            }
            None => i += 1,
        }
    }
    out
}

/// Start offset of token `i` after `clitic` normalized chars.
fn start_after(norm: &Normalized, t: &Token, clitic: usize) -> usize {
    norm.origin
        .get(t.nstart + clitic)
        .copied()
        .unwrap_or(t.start)
}

/// A name over tokens `first..=last`, starting `clitic` normalized chars into `first`.
struct Span {
    first: usize,
    clitic: usize,
    last: usize,
}

fn found(
    kind: EntityKind,
    key: String,
    words: Vec<String>,
    tokens: &[Token],
    norm: &Normalized,
    span: Span,
) -> Found {
    let Span {
        first,
        clitic,
        last,
    } = span;
    Found {
        kind,
        key,
        words,
        start: start_after(norm, &tokens[first], clitic),
        end: tokens[last].end,
        first,
        last,
    }
}

/// Does `words` continue at token `i` (no punctuation inside)?
fn continues(tokens: &[Token], i: usize, rest: &[String]) -> bool {
    rest.iter().enumerate().all(|(k, w)| {
        tokens
            .get(i + k)
            .is_some_and(|t| !t.boundary && t.norm == *w)
    })
}

fn gazetteer_at(g: &Gazetteer, tokens: &[Token], norm: &Normalized, i: usize) -> Option<Found> {
    let mut best: Option<Found> = None;
    for (clitic, reading) in readings(&tokens[i].norm) {
        for e in g.names.get(&reading).into_iter().flatten() {
            let last = i + e.words.len() - 1;
            let spelled = e.strict.as_ref().is_none_or(|s| {
                let written: String = tokens[i..=last.min(tokens.len() - 1)]
                    .iter()
                    .map(|t| light(&t.original))
                    .collect::<Vec<_>>()
                    .join(" ");
                written.chars().skip(clitic).collect::<String>() == *s
            });
            if spelled && continues(tokens, i + 1, &e.words[1..]) {
                if best.as_ref().is_none_or(|b| last > b.last) {
                    best = Some(found(
                        e.kind,
                        e.key.clone(),
                        e.words.clone(),
                        tokens,
                        norm,
                        Span {
                            first: i,
                            clitic,
                            last,
                        },
                    ));
                }
                break;
            }
        }
    }
    best
}

/// `وزارة الخارجية العراقية`, `حركة النجباء`, `قوات التحالف الدولي`: an organization head
/// and up to three definite words; `مطار بغداد`: a place head and a known place.
fn head_at(g: &Gazetteer, tokens: &[Token], norm: &Normalized, i: usize) -> Option<Found> {
    let (clitic, kind, head) = readings(&tokens[i].norm)
        .into_iter()
        .rev()
        .find_map(|(c, r)| g.heads.get(&r).map(|k| (c, *k, r)))?;
    let mut ws = vec![head];
    let mut last = i;
    match kind {
        EntityKind::Place => {
            let place = gazetteer_at(g, tokens, norm, i + 1)
                .filter(|f| f.kind == EntityKind::Place && !tokens[i + 1].boundary)?;
            ws.extend(place.words);
            last = place.last;
        }
        _ => {
            for (k, t) in tokens
                .iter()
                .enumerate()
                .take(i + MAX_NAME_TAIL + 1)
                .skip(i + 1)
            {
                // The first definite word is the name (الخارجية، النجباء); later ones only
                // adjectives (العراقية، الدولي، العليا).
                let adjective = t.norm.ends_with('ي')
                    || t.norm.ends_with("يه")
                    || g.org_adjectives.contains(&t.norm);
                if t.boundary
                    || !t.norm.starts_with("ال")
                    || t.norm.chars().count() < 4
                    || (k > i + 1 && !adjective)
                {
                    break;
                }
                ws.push(t.norm.clone());
                last = k;
            }
            if last == i {
                return None;
            }
        }
    }
    // A known organization followed by adjectives (`فيلق القدس الإيراني`) is that
    // organization.
    let known = gazetteer_at(g, tokens, norm, i).filter(|f| f.kind == kind && f.last < last);
    let key = known.map_or_else(|| format!("{kind:?}:{}", ws.join(" ")), |f| f.key);
    Some(found(
        kind,
        key,
        ws,
        tokens,
        norm,
        Span {
            first: i,
            clitic,
            last,
        },
    ))
}

/// Imperfect verbs (يجري، تطلق) look like names after a title; a name does not start so.
fn verb_like(w: &str) -> bool {
    w.chars().count() >= 4 && (w.starts_with('ي') || w.starts_with('ت'))
}

/// A word that may be part of a name.
fn name_word(g: &Gazetteer, t: &Token) -> bool {
    !t.boundary
        && !g.is_stop(t)
        && t.norm.chars().all(char::is_alphabetic)
        && t.norm.chars().count() >= 2
}

/// A conjunction starts a new name: `وعبد`, `ومحمد`.
fn starts_new_name(g: &Gazetteer, t: &Token) -> bool {
    t.norm
        .strip_prefix('و')
        .is_some_and(|r| g.given.contains(r) || r == "عبد")
}

/// The name words from token `i`: up to [`MAX_NAME_TAIL`] more after the first, `عبد`/`بن`
/// joined to what follows, a definite word (`السوداني`) only last.
fn name_from(g: &Gazetteer, tokens: &[Token], i: usize) -> Option<usize> {
    let mut last = i;
    let mut k = i + 1;
    while k < tokens.len() && k <= i + MAX_NAME_TAIL {
        let t = &tokens[k];
        if !name_word(g, t) || starts_new_name(g, t) || g.is_title_or_head(&t.norm) {
            break;
        }
        last = k;
        // `عبد الفتاح`, `أبو الفضل`: a definite word after a joiner continues the name; any
        // other definite word (a nisba surname) ends it.
        let prev = tokens[k - 1].norm.as_str();
        let after_joiner = ["عبد", "ابو", "ابي"]
            .iter()
            .any(|j| prev == *j || prev.strip_prefix(['و', 'ف']) == Some(j));
        if t.norm.starts_with("ال") && !after_joiner {
            break;
        }
        k += 1;
    }
    // A joiner cannot end a name.
    while last > i
        && matches!(
            tokens[last].norm.as_str(),
            "عبد" | "بن" | "ابن" | "ابو" | "ابي"
        )
    {
        last -= 1;
    }
    Some(last)
}

fn person(tokens: &[Token], norm: &Normalized, first: usize, clitic: usize, last: usize) -> Found {
    let mut ws: Vec<String> = tokens[first..=last]
        .iter()
        .map(|t| t.norm.clone())
        .collect();
    ws[0] = ws[0].chars().skip(clitic).collect();
    let key = format!("Person:{}", ws.join(" "));
    found(
        EntityKind::Person,
        key,
        ws,
        tokens,
        norm,
        Span {
            first,
            clitic,
            last,
        },
    )
}

/// A given name followed by more name words: `إسماعيل قاآني`, `محمد علي الحكيم`.
fn given_at(g: &Gazetteer, tokens: &[Token], norm: &Normalized, i: usize) -> Option<Found> {
    let t = &tokens[i];
    let (clitic, reading) = readings(&t.norm)
        .into_iter()
        .filter(|(c, _)| *c <= 1)
        .find(|(_, r)| g.given.contains(r))?;
    // `على` (on) folds to the name `علي`: the written form decides.
    if g.stop.contains(&reading)
        && (!g.stop_maksura.contains(&reading) || t.original.ends_with('ى'))
    {
        return None;
    }
    let last = name_from(g, tokens, i)?;
    (last > i).then(|| person(tokens, norm, i, clitic, last))
}

/// A title or role, its complements, then a name: `الرئيس الأمريكي جو بايدن`,
/// `وزير الدفاع الأمريكي لويد أوستن`.
fn title_at(g: &Gazetteer, tokens: &[Token], norm: &Normalized, i: usize) -> Option<Found> {
    let first_readings: Vec<String> = readings(&tokens[i].norm)
        .into_iter()
        .map(|(_, r)| r)
        .collect();
    let title = g
        .titles
        .iter()
        .find(|t| first_readings.contains(&t[0]) && continues(tokens, i + 1, &t[1..]))?;
    let mut k = i + title.len();
    // Complements and adjectives of the title: definite words (الدفاع، الأمريكي), `باسم X`.
    let mut skipped = 0;
    while k < tokens.len()
        && skipped < 4
        && !tokens[k].boundary
        && (tokens[k].norm.starts_with("ال") || tokens[k].norm == "باسم")
    {
        k += 1;
        skipped += 1;
    }
    let t = tokens.get(k)?;
    let known = g
        .names
        .get(&t.norm)
        .is_some_and(|v| v.iter().any(|e| e.kind != EntityKind::Person));
    if g.is_title_or_head(&t.norm)
        || known
        || !name_word(g, t)
        || verb_like(&t.norm)
        || t.norm.starts_with("ال")
    {
        return None;
    }
    let last = name_from(g, tokens, k)?;
    let named = g.given.contains(&t.norm) || last > k;
    named.then(|| person(tokens, norm, k, 0, last))
}
