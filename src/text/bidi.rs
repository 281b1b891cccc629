//! Bidi levels for a whole paragraph and the visual order of one row (UAX #9).
//!
//! Levels are resolved once per paragraph: by the linear passes of `bidi_fast` when the
//! paragraph is simple enough (no explicit embeddings or isolates, see there), else by
//! `unicode_bidi::BidiInfo` (rules P–I). Rows are
//! reordered here rather than with `BidiInfo::visual_runs`, for two reasons: `visual_runs`
//! clones the levels of the whole paragraph for every row (quadratic on long paragraphs), and
//! it splits the work at paragraph separators that may sit inside one of our paragraphs. The
//! rules applied per row are the reference's (GNU FriBidi): L1 on the paragraph (separators and
//! the whitespace before them, trailing whitespace), L1 on the row (trailing whitespace and
//! controls), L3 (a base and its combining marks stay in logical order inside a right-to-left
//! run, so marks are drawn on their base), then L2.

use std::ops::Range;

use unicode_bidi::{BidiClass, BidiDataSource, BidiInfo, Level};

use super::bidi_fast;
use super::layout::Direction;

/// The crate's bidi classes, with the commonest characters answered without a table search.
pub(crate) struct FastClasses;

impl BidiDataSource for FastClasses {
    fn bidi_class(&self, c: char) -> BidiClass {
        match c {
            '\u{0621}'..='\u{064A}' => BidiClass::AL,
            ' ' => BidiClass::WS,
            'a'..='z' | 'A'..='Z' => BidiClass::L,
            '0'..='9' => BidiClass::EN,
            _ => unicode_bidi::bidi_class(c),
        }
    }
}

/// Classes and levels of every `char` of a paragraph.
#[derive(Default)]
pub(crate) struct Levels {
    /// The paragraph's `char`s.
    pub chars: Vec<char>,
    pub classes: Vec<BidiClass>,
    /// Resolved embedding level per `char`, after the paragraph part of rule L1.
    pub levels: Vec<u8>,
    /// The paragraph level: 0 (left-to-right) or 1 (right-to-left).
    pub base: u8,
    /// No character without a level of its own (explicit embeddings, boundary neutrals).
    pub all_have_levels: bool,
    /// Scratch for the fast path's resolved types.
    types: Vec<BidiClass>,
}

/// The direction of the first strong character outside isolates (rules P2–P3), `None` when
/// the text has none.
pub fn first_strong(text: &str) -> Option<Direction> {
    match unicode_bidi::get_base_direction_full_with_data_source(&FastClasses, text) {
        unicode_bidi::Direction::Ltr => Some(Direction::Ltr),
        unicode_bidi::Direction::Rtl => Some(Direction::Rtl),
        unicode_bidi::Direction::Mixed => None,
    }
}

/// Paragraph direction: the forced one, else the first strong character, right-to-left when
/// there is none.
fn base_direction(text: &str, forced: Option<Direction>) -> Direction {
    forced
        .or_else(|| first_strong(text))
        .unwrap_or(Direction::Rtl)
}

/// Which level resolution [`resolve`] may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Resolver {
    /// The linear passes of `bidi_fast` where they apply, else `BidiInfo`.
    #[default]
    Fast,
    /// Always `BidiInfo` (the tests compare both).
    #[cfg_attr(not(test), allow(dead_code))]
    General,
}

/// Classify `text`, choose its direction (the forced one, else the first strong character,
/// right-to-left when there is none), resolve its embedding levels into `out` (reused
/// buffers) and return the direction.
pub(crate) fn resolve(
    text: &str,
    forced: Option<Direction>,
    resolver: Resolver,
    out: &mut Levels,
) -> Direction {
    out.chars.clear();
    out.classes.clear();
    let scan = bidi_fast::scan(text, &mut out.chars, &mut out.classes);
    // A simple paragraph has no explicit embedding (see `bidi_fast::Scan`).
    out.all_have_levels = scan.simple && !scan.has_bn;
    let direction = if scan.simple {
        forced.or(scan.first_strong).unwrap_or(Direction::Rtl)
    } else {
        base_direction(text, forced)
    };
    let base = match direction {
        Direction::Ltr => 0,
        Direction::Rtl => 1,
    };
    out.base = base;
    if resolver == Resolver::Fast && scan.simple {
        bidi_fast::resolve(
            &out.chars,
            &out.classes,
            base,
            scan.has_bn,
            &mut out.types,
            &mut out.levels,
        );
    } else {
        let level = if base == 1 {
            Level::rtl()
        } else {
            Level::ltr()
        };
        let info = BidiInfo::new_with_data_source(&FastClasses, text, Some(level));
        out.levels.clear();
        out.levels.extend(text.char_indices().map(|(b, _)| {
            // `BidiInfo` has one level per byte of `text`, so `b` is always found.
            info.levels.get(b).map_or(base, |l| l.number())
        }));
    }
    reset_separators(&out.classes, &mut out.levels, base);
    direction
}

fn is_explicit(c: BidiClass) -> bool {
    use BidiClass::*;
    matches!(c, LRE | RLE | LRO | RLO | PDF)
}

/// Explicit embeddings and boundary neutrals: removed by X9, they have no level of their own.
pub(crate) fn is_levelless(c: BidiClass) -> bool {
    is_explicit(c) || c == BidiClass::BN
}

/// Rule L1 on the paragraph: segment and paragraph separators, the whitespace (and controls and
/// isolates) before them, and the whitespace at the end of the paragraph take the paragraph
/// level.
fn reset_separators(classes: &[BidiClass], levels: &mut [u8], base: u8) {
    use BidiClass::*;
    let in_set = |c: BidiClass| is_levelless(c) || matches!(c, S | B | WS | LRI | RLI | FSI | PDI);
    let n = classes.len();
    if !classes.iter().any(|&c| matches!(c, S | B)) {
        // No separator: only the run at the end of the paragraph.
        let start = classes
            .iter()
            .rposition(|&c| !in_set(c))
            .map_or(0, |k| k + 1);
        if let Some(tail) = levels.get_mut(start..n) {
            tail.fill(base);
        }
        return;
    }
    // Every maximal run of the set: up to its last separator, or whole at the paragraph's end.
    let mut start = 0;
    for run in classes.chunk_by(|&a, &b| in_set(a) == in_set(b)) {
        let end = start + run.len();
        if run.first().is_some_and(|&c| in_set(c)) {
            let reset = if end == n {
                Some(n)
            } else {
                run.iter()
                    .rposition(|&c| matches!(c, S | B))
                    .map(|k| start + k + 1)
            };
            if let Some(part) = reset.and_then(|reset| levels.get_mut(start..reset)) {
                part.fill(base);
            }
        }
        start = end;
    }
}

/// Scratch space for [`visual_order`], reused from row to row.
#[derive(Default)]
pub(crate) struct RowScratch {
    levels: Vec<u8>,
    units: Vec<Unit>,
}

/// Characters that L2 moves together: one character, or a base and its marks (L3).
#[derive(Clone, Copy)]
struct Unit {
    start: usize,
    end: usize,
    level: u8,
}

/// The logical indices of row `line` in visual (left-to-right screen) order, appended to `out`.
pub(crate) fn visual_order(
    levels: &Levels,
    line: Range<usize>,
    out: &mut Vec<usize>,
    scratch: &mut RowScratch,
) {
    let (s, e) = (line.start, line.end);
    if s >= e {
        return;
    }
    let (Some(classes), Some(row_levels)) = (levels.classes.get(s..e), levels.levels.get(s..e))
    else {
        return;
    };
    let lv = &mut scratch.levels;
    lv.clear();
    lv.extend_from_slice(row_levels);
    // L1 on the row: trailing whitespace and controls take the paragraph level.
    for (l, &c) in lv.iter_mut().zip(classes).rev() {
        if is_levelless(c) || c == BidiClass::WS {
            *l = levels.base;
        } else {
            break;
        }
    }
    let (lowest, max) = lv
        .iter()
        .fold((u8::MAX, 0), |(lo, hi), &l| (lo.min(l), hi.max(l)));
    if max == 0 {
        out.extend(s..e);
        return;
    }
    let min_odd = lowest | 1;
    if !classes.contains(&BidiClass::NSM) {
        // No marks: every unit is one character, so reverse the indices themselves (L2).
        let first = out.len();
        out.extend(s..e);
        let Some(order) = out.get_mut(first..) else {
            return;
        };
        if lowest == max {
            if max % 2 == 1 {
                order.reverse();
            }
            return;
        }
        // Every index in `order` is in `s..e`, so `i - s` indexes `lv` (row length `e - s`).
        let level_of = |&i: &usize| lv.get(i - s).copied().unwrap_or(0);
        reverse_runs(order, min_odd, max, level_of);
        return;
    }
    // L3: units are single characters, except in right-to-left runs where a base and the
    // combining marks (and controls) after it stay together in logical order.
    let units = &mut scratch.units;
    units.clear();
    let mut k = 0;
    while let (Some(&level), Some(&class)) = (lv.get(k), classes.get(k)) {
        let mut end = k + 1;
        if level % 2 == 1 {
            let mut last_mark = (class == BidiClass::NSM).then_some(k);
            let after = lv
                .get(k + 1..)
                .unwrap_or_default()
                .iter()
                .zip(classes.get(k + 1..).unwrap_or_default());
            for (j, (&l, &c)) in (k + 1..).zip(after) {
                if l != level {
                    break;
                }
                if c == BidiClass::NSM {
                    last_mark = Some(j);
                } else if !is_levelless(c) {
                    break;
                }
            }
            if let Some(m) = last_mark {
                end = m + 1;
            }
        }
        units.push(Unit {
            start: k,
            end,
            level,
        });
        k = end;
    }
    reverse_runs(units, min_odd, max, |u| u.level);
    for u in units.iter() {
        out.extend(s + u.start..s + u.end);
    }
}

/// Rule L2: from level `max` down to `min_odd`, reverse every maximal run of `items` at that
/// level or higher.
fn reverse_runs<T>(items: &mut [T], min_odd: u8, max: u8, level_of: impl Fn(&T) -> u8) {
    for level in (min_odd..=max).rev() {
        let mut rest = &mut *items;
        while let Some(a) = rest.iter().position(|x| level_of(x) >= level) {
            let Some((_, run)) = std::mem::take(&mut rest).split_at_mut_checked(a) else {
                break;
            };
            let b = run
                .iter()
                .position(|x| level_of(x) < level)
                .unwrap_or(run.len());
            let Some((run, after)) = run.split_at_mut_checked(b) else {
                break;
            };
            run.reverse();
            rest = after;
        }
    }
}
