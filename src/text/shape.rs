//! Arabic shaping in logical order: each letter takes its isolated, final, initial or medial
//! presentation form from its neighbours' joining types; lam + alef become one ligature cell.
//!
//! Presentation forms are bidi class AL and joining type U, so terminals that shape leave them
//! alone and terminals that do not still show joined letters (DESIGN.md §2). The forms table is
//! generated from Unicode data (tools/gen_shaping.py); joining types come from
//! `unicode-joining-type`. The rules follow GNU FriBidi, our reference: transparent characters
//! (marks, format characters) are skipped when looking for neighbours, letters join only
//! within one embedding level, ZWJ/tatweel cause joining, ZWNJ breaks it, and the lam-alef
//! ligature forms only between adjacent letters at a right-to-left level. No الله ligature.

use unicode_bidi::Level;
use unicode_joining_type::{JoiningType, get_joining_type};

use super::shaping_table::{FORMS, LAM_ALEF};

/// What one logical character becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shaped {
    /// Draw this character.
    Glyph(char),
    /// Absorbed into the ligature that the previous character became (the alef of lam-alef).
    Absorbed,
}

const LAM: char = '\u{0644}';

fn joins_on_left(t: JoiningType) -> bool {
    matches!(
        t,
        JoiningType::DualJoining | JoiningType::LeftJoining | JoiningType::JoinCausing
    )
}

fn joins_on_right(t: JoiningType) -> bool {
    matches!(
        t,
        JoiningType::DualJoining | JoiningType::RightJoining | JoiningType::JoinCausing
    )
}

/// Characters skipped when looking for a letter's neighbours: marks and format characters.
fn is_transparent(c: char, t: JoiningType) -> bool {
    t == JoiningType::Transparent
        || matches!(unicode_bidi::bidi_class(c), unicode_bidi::BidiClass::BN)
            && !matches!(c, '\u{200C}' | '\u{200D}')
}

fn form(c: char, index: usize) -> char {
    FORMS
        .binary_search_by_key(&(c as u32), |&(base, _)| base)
        .ok()
        .and_then(|i| char::from_u32(FORMS[i].1[index]))
        .filter(|&f| f != '\0')
        .unwrap_or(c)
}

/// Shape `chars` (one paragraph, logical order) given each character's embedding level.
pub(super) fn shape(chars: &[char], levels: &[Level]) -> Vec<Shaped> {
    let types: Vec<JoiningType> = chars.iter().map(|&c| get_joining_type(c)).collect();
    let solid: Vec<usize> = (0..chars.len())
        .filter(|&i| !is_transparent(chars[i], types[i]))
        .collect();
    let mut out: Vec<Shaped> = chars.iter().map(|&c| Shaped::Glyph(c)).collect();
    // Forms from neighbours among the non-transparent characters.
    for (n, &i) in solid.iter().enumerate() {
        let t = types[i];
        let prev = n.checked_sub(1).map(|m| solid[m]);
        let next = solid.get(n + 1).copied();
        let joins_prev = joins_on_right(t)
            && prev.is_some_and(|j| joins_on_left(types[j]) && levels[j] == levels[i]);
        let joins_next = joins_on_left(t)
            && next.is_some_and(|k| joins_on_right(types[k]) && levels[k] == levels[i]);
        let index = match (joins_prev, joins_next) {
            (false, false) => 0,
            (true, false) => 1,
            (false, true) => 2,
            (true, true) => 3,
        };
        // Non-joining letters keep their code point (a lone hamza stays U+0621, as in FriBidi).
        if matches!(
            t,
            JoiningType::DualJoining | JoiningType::RightJoining | JoiningType::LeftJoining
        ) {
            out[i] = Shaped::Glyph(form(chars[i], index));
        }
    }
    // Lam-alef: adjacent letters at one right-to-left level; the lam's form decides which.
    for i in 0..chars.len().saturating_sub(1) {
        if chars[i] != LAM || !levels[i].is_rtl() || levels[i] != levels[i + 1] {
            continue;
        }
        let Ok(a) = LAM_ALEF.binary_search_by_key(&(chars[i + 1] as u32), |&(alef, _)| alef) else {
            continue;
        };
        let lig = match out[i] {
            Shaped::Glyph(g) if g == form(LAM, 2) => LAM_ALEF[a].1[0],
            Shaped::Glyph(g) if g == form(LAM, 3) => LAM_ALEF[a].1[1],
            _ => continue,
        };
        if let Some(l) = char::from_u32(lig) {
            out[i] = Shaped::Glyph(l);
            out[i + 1] = Shaped::Absorbed;
        }
    }
    out
}
