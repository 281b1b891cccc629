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
        out.levels
            .extend(text.char_indices().map(|(b, _)| info.levels[b].number()));
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
        levels[start..n].fill(base);
        return;
    }
    let mut i = 0;
    while i < n {
        if !in_set(classes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut last_sep = None;
        while i < n && in_set(classes[i]) {
            if matches!(classes[i], S | B) {
                last_sep = Some(i);
            }
            i += 1;
        }
        let end = if i == n {
            Some(n)
        } else {
            last_sep.map(|s| s + 1)
        };
        if let Some(end) = end {
            levels[start..end].fill(base);
        }
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
    let classes = &levels.classes[s..e];
    let lv = &mut scratch.levels;
    lv.clear();
    lv.extend_from_slice(&levels.levels[s..e]);
    // L1 on the row: trailing whitespace and controls take the paragraph level.
    for k in (0..lv.len()).rev() {
        let c = classes[k];
        if is_levelless(c) || c == BidiClass::WS {
            lv[k] = levels.base;
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
        if lowest == max {
            if max % 2 == 1 {
                out[first..].reverse();
            }
            return;
        }
        let order = &mut out[first..];
        for level in (min_odd..=max).rev() {
            let mut a = 0;
            while a < order.len() {
                if lv[order[a] - s] < level {
                    a += 1;
                    continue;
                }
                let mut b = a + 1;
                while b < order.len() && lv[order[b] - s] >= level {
                    b += 1;
                }
                order[a..b].reverse();
                a = b;
            }
        }
        return;
    }
    // L3: units are single characters, except in right-to-left runs where a base and the
    // combining marks (and controls) after it stay together in logical order.
    let units = &mut scratch.units;
    units.clear();
    let mut k = 0;
    while k < lv.len() {
        let level = lv[k];
        let mut end = k + 1;
        if level % 2 == 1 {
            let mut j = k + 1;
            let mut last_mark = if classes[k] == BidiClass::NSM {
                Some(k)
            } else {
                None
            };
            while j < lv.len() && lv[j] == level {
                let c = classes[j];
                if c == BidiClass::NSM {
                    last_mark = Some(j);
                } else if !is_levelless(c) {
                    break;
                }
                j += 1;
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
    // L2: from the highest level down to the lowest odd one, reverse every maximal run of
    // units at that level or higher.
    for level in (min_odd..=max).rev() {
        let mut a = 0;
        while a < units.len() {
            if units[a].level < level {
                a += 1;
                continue;
            }
            let mut b = a + 1;
            while b < units.len() && units[b].level >= level {
                b += 1;
            }
            units[a..b].reverse();
            a = b;
        }
    }
    for u in units.iter() {
        out.extend(s + u.start..s + u.end);
    }
}
