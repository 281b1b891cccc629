//! Bidi classes from a direct table, and level resolution in a few linear passes for the
//! common paragraph, without building a `unicode_bidi::BidiInfo`.
//!
//! Most news paragraphs have no explicit embeddings, overrides or isolates and no paragraph
//! separator inside them. Then the whole paragraph is one level run at the paragraph level
//! (rules X1–X10 do nothing), sos and eos are the paragraph direction, and the implicit rules
//! W1–W7, N0–N2 and I1–I2 are plain passes over one array. Bracket pairs (N0) are only looked for when there is an L letter (or an L sos):
//! without one every strong type is R, so N0 and N1–N2 agree. Boundary neutrals (BN: ZWJ,
//! ZWNJ, soft hyphen) are skipped by every rule, as if removed (X9), and then take the level
//! of the character before them, as `BidiInfo` gives them.
//!
//! [`Scan::simple`] says whether a paragraph is of this kind; every other paragraph goes to
//! `BidiInfo`. The tests below check, on generated text, that both paths give the same levels.

use std::sync::LazyLock;

use unicode_bidi::{BidiClass, BidiDataSource};

use super::bidi::FastClasses;
use super::layout::Direction;

/// Characters below this are classified by one table read.
const TABLE_END: usize = 0x800;
/// General Punctuation (dashes, quotes, bidi marks), also classified by a table read.
const PUNCT: std::ops::Range<usize> = 0x2000..0x2070;

struct Tables {
    low: [BidiClass; TABLE_END],
    punct: [BidiClass; PUNCT.end - PUNCT.start],
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let class =
        |u: usize| char::from_u32(u as u32).map_or(BidiClass::L, |c| FastClasses.bidi_class(c));
    Tables {
        low: std::array::from_fn(class),
        punct: std::array::from_fn(|k| class(PUNCT.start + k)),
    }
});

/// What one pass over a paragraph tells about it.
pub(crate) struct Scan {
    /// Direction of the first strong character (meaningful when `simple`).
    pub first_strong: Option<Direction>,
    /// No explicit formatting characters and no paragraph separators: then [`resolve`]
    /// gives `BidiInfo`'s levels.
    pub simple: bool,
    /// Some character is a boundary neutral (BN).
    pub has_bn: bool,
}

/// Push every `char` of `text` onto `chars` and its bidi class onto `classes`, and summarise
/// the classes.
pub(crate) fn scan(text: &str, chars: &mut Vec<char>, classes: &mut Vec<BidiClass>) -> Scan {
    use BidiClass::*;
    let tables = &*TABLES;
    chars.reserve(text.len());
    classes.reserve(text.len());
    let mut s = Scan {
        first_strong: None,
        simple: true,
        has_bn: false,
    };
    for c in text.chars() {
        let u = c as usize;
        let class = if let Some(&class) = tables.low.get(u) {
            class
        } else if let Some(&class) = u.checked_sub(PUNCT.start).and_then(|k| tables.punct.get(k)) {
            class
        } else {
            FastClasses.bidi_class(c)
        };
        chars.push(c);
        classes.push(class);
        match class {
            LRE | RLE | LRO | RLO | PDF | LRI | RLI | FSI | PDI | B => s.simple = false,
            BN => s.has_bn = true,
            _ => {}
        }
        if s.first_strong.is_none() {
            s.first_strong = match class {
                L => Some(Direction::Ltr),
                R | AL => Some(Direction::Rtl),
                _ => None,
            };
        }
    }
    s
}

/// Resolve the levels of a [`Scan::simple`] paragraph at `base` (0 or 1): `chars` and
/// `classes` are its characters and original classes, `has_bn` is [`Scan::has_bn`], `types`
/// is scratch, `levels` receives one level per char.
pub(crate) fn resolve(
    chars: &[char],
    classes: &[BidiClass],
    base: u8,
    has_bn: bool,
    types: &mut Vec<BidiClass>,
    levels: &mut Vec<u8>,
) {
    if !has_bn {
        return resolve_levels(chars, classes, base, types, levels);
    }
    // The rules skip boundary neutrals: resolve the others alone (a copy, but only for the
    // rare paragraph with a ZWJ, ZWNJ or soft hyphen), then give each BN the level before it.
    let (kept_chars, kept_classes): (Vec<char>, Vec<BidiClass>) = chars
        .iter()
        .zip(classes)
        .filter(|&(_, &class)| class != BidiClass::BN)
        .map(|(&c, &class)| (c, class))
        .unzip();
    let mut kept = Vec::with_capacity(kept_chars.len());
    resolve_levels(&kept_chars, &kept_classes, base, types, &mut kept);
    let mut kept = kept.into_iter();
    levels.clear();
    let mut prev = base;
    for &class in classes {
        if class != BidiClass::BN {
            prev = kept.next().unwrap_or(base);
        }
        levels.push(prev);
    }
}

/// [`resolve`] for a paragraph without boundary neutrals.
fn resolve_levels(
    chars: &[char],
    classes: &[BidiClass],
    base: u8,
    types: &mut Vec<BidiClass>,
    levels: &mut Vec<u8>,
) {
    use BidiClass::*;
    let sos = if base % 2 == 1 { R } else { L };
    let eos = sos;
    let n = classes.len();
    types.clear();
    types.resize(n, ON);

    // W1 (a mark takes the class before it), W2 (European digits after Arabic letters are
    // Arabic digits), W3 (AL is R), and W4 (one separator between two numbers of the same
    // kind joins them) with W6 for separators (the others are neutral). W4 looks at both
    // neighbours as they are after W1–W3: the next one is only needed when it is a number,
    // which W1 cannot make it.
    let mut prev_w1 = sos; // the previous class after W1, for W1
    let mut prev = sos; // the previous class after W1–W3, for W4
    let mut after_al = false;
    let mut has_et = false;
    let mut has_l = sos == L;
    for (i, (&class, ty)) in classes.iter().zip(types.iter_mut()).enumerate() {
        let mut t = class;
        if t == NSM {
            t = prev_w1;
        }
        prev_w1 = t;
        match t {
            L => {
                after_al = false;
                has_l = true;
            }
            R => after_al = false,
            AL => {
                after_al = true;
                t = R;
            }
            EN if after_al => t = AN,
            ET => has_et = true,
            _ => {}
        }
        *ty = if t == ES || t == CS {
            let next = match classes.get(i + 1).copied().unwrap_or(eos) {
                EN if after_al => AN,
                c => c,
            };
            match (prev, t, next) {
                (EN, ES, EN) | (EN, CS, EN) => EN,
                (AN, CS, AN) => AN,
                _ => ON,
            }
        } else {
            t
        };
        prev = t;
    }

    // W5: terminators next to a European number are part of it; W6: the others are neutral.
    if has_et {
        let mut before = sos;
        let mut runs = types
            .chunk_by_mut(|&a, &b| (a == ET) == (b == ET))
            .peekable();
        while let Some(run) = runs.next() {
            if run.first() == Some(&ET) {
                let after = runs.peek().and_then(|r| r.first()).copied().unwrap_or(eos);
                run.fill(if before == EN || after == EN { EN } else { ON });
            }
            before = run.last().copied().unwrap_or(before);
        }
    }

    levels.clear();
    if !has_l {
        // No L and a right-to-left sos: W7 changes nothing, every strong type is R or a
        // number, so N1–N2 make every neutral R, and I2 raises only the numbers.
        levels.extend(types.iter().map(|&t| base + u8::from(matches!(t, AN | EN))));
        return;
    }

    // W7: European numbers after a left-to-right letter are left-to-right.
    let mut after_l = sos == L;
    for t in types.iter_mut() {
        match *t {
            L => after_l = true,
            R => after_l = false,
            EN if after_l => *t = L,
            _ => {}
        }
    }

    brackets(chars, classes, sos, types);

    // N1–N2: a run of neutrals between two strong types of one direction (numbers count as R)
    // takes that direction, any other the paragraph's.
    let direction = |t: BidiClass| match t {
        L => Some(L),
        R | AN | EN => Some(R),
        _ => None,
    };
    let neutral = |t: BidiClass| matches!(t, WS | ON | S);
    let mut prev = sos;
    let mut runs = types
        .chunk_by_mut(|&a, &b| neutral(a) == neutral(b))
        .peekable();
    while let Some(run) = runs.next() {
        if !run.first().is_some_and(|&t| neutral(t)) {
            prev = run.last().copied().unwrap_or(prev);
            continue;
        }
        let next = runs.peek().and_then(|r| r.first()).copied().unwrap_or(eos);
        let class = match (direction(prev), direction(next)) {
            (Some(a), Some(b)) if a == b => a,
            _ => sos,
        };
        run.fill(class);
    }

    // I1–I2.
    levels.extend(types.iter().map(|&t| match (base % 2, t) {
        (0, R) => base + 1,
        (0, AN | EN) => base + 2,
        (1, L | AN | EN) => base + 1,
        _ => base,
    }));
}

/// Rule N0: a pair of brackets (BD16) takes the paragraph's direction when the text inside has
/// a strong type of that direction; else, when it has one of the other direction, the
/// direction of the strong type before the pair (sos at the start). Marks after a bracket that
/// changed follow it. Numbers count as R. `types` are the classes after W1–W7.
fn brackets(chars: &[char], classes: &[BidiClass], sos: BidiClass, types: &mut [BidiClass]) {
    use BidiClass::*;
    /// BD16: at most 63 open brackets are tracked; past that, no more pairs are looked for.
    const STACK_MAX: usize = 63;
    let n = types.len().min(chars.len()).min(classes.len());
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (i, (&t, &c)) in types.iter().zip(chars).take(n).enumerate() {
        if t != ON {
            continue;
        }
        let Some(bracket) = FastClasses.bidi_matched_opening_bracket(c) else {
            continue;
        };
        if bracket.is_open {
            if stack.len() >= STACK_MAX {
                break;
            }
            stack.push((bracket.opening, i));
        } else if let Some(k) = stack.iter().rposition(|&(o, _)| o == bracket.opening) {
            if let Some(&(_, open)) = stack.get(k) {
                pairs.push((open, i));
            }
            stack.truncate(k);
        }
    }
    pairs.sort_unstable_by_key(|&(open, _)| open);
    let strong = |t: BidiClass| match t {
        L => Some(L),
        R | EN | AN => Some(R),
        _ => None,
    };
    for (open, close) in pairs {
        let mut found_e = false;
        let mut found_other = false;
        for &t in types.get(open + 1..close).unwrap_or_default() {
            match strong(t) {
                Some(d) if d == sos => {
                    found_e = true;
                    break;
                }
                Some(_) => found_other = true,
                None => {}
            }
        }
        let class = if found_e {
            sos
        } else if found_other {
            types
                .get(..open)
                .unwrap_or_default()
                .iter()
                .rev()
                .find_map(|&t| strong(t))
                .unwrap_or(sos)
        } else {
            continue;
        };
        for at in [open, close] {
            // The bracket and the marks right after it.
            let marks = classes
                .get(at + 1..n)
                .unwrap_or_default()
                .iter()
                .take_while(|&&c| c == NSM)
                .count();
            if let Some(run) = types.get_mut(at..=at + marks) {
                run.fill(class);
            }
        }
    }
}

#[cfg(test)]
mod tests;
