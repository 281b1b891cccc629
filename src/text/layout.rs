//! Paragraph layout in UAX #9 §3.4 order: resolve levels on the whole paragraph, shape in
//! logical order, wrap in logical order by cell widths, then reorder each row (L1–L2, L4) and
//! align it. Every cell remembers the logical `char` range it shows, so highlights assigned in
//! logical order land where bidi reordering puts them.

use std::ops::Range;

use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};

use super::shape::{Shaped, shape};
use super::width::{cell_width, is_mark, is_removed};
use super::wrap::wrap;

/// Paragraph base direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

/// How to lay out one paragraph.
#[derive(Debug, Clone, Copy)]
pub struct LayoutOptions {
    /// Row width in terminal cells (at least 1 is used).
    pub width: usize,
    /// Shape Arabic into presentation forms (on for terminals; off for `render --no-shape`).
    pub shape: bool,
    /// Force a base direction; `None` = first strong character, RTL when there is none.
    pub direction: Option<Direction>,
}

impl LayoutOptions {
    pub fn new(width: usize) -> Self {
        LayoutOptions {
            width,
            shape: true,
            direction: None,
        }
    }
}

/// One screen cell (or a wide glyph's two cells) in visual order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// What to draw: one grapheme cluster in visual form (shaped, mirrored), marks included.
    pub glyph: String,
    /// Display width in cells (1 or 2; 0 only for a mark with no letter to sit on).
    pub width: usize,
    /// The `char` range of the paragraph's original text this cell shows.
    pub logical: Range<usize>,
}

/// One row of a laid-out paragraph, in visual (left-to-right screen) order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisualLine {
    /// Blank cells before the first cell: right-aligns RTL rows inside the width.
    pub indent: usize,
    pub cells: Vec<Cell>,
    /// The paragraph's base direction.
    pub direction: Direction,
}

impl VisualLine {
    /// Total width of the cells (without the indent).
    pub fn width(&self) -> usize {
        self.cells.iter().map(|c| c.width).sum()
    }

    /// The row as a string padded to exactly `width` cells (indent, cells, trailing blanks).
    pub fn padded(&self, width: usize) -> String {
        let mut s = " ".repeat(self.indent);
        for c in &self.cells {
            s.push_str(&c.glyph);
        }
        let used = self.indent + self.width();
        s.push_str(&" ".repeat(width.saturating_sub(used)));
        s
    }
}

/// The base direction of a paragraph by rules P2–P3: its first strong character outside
/// isolates, `None` when it has none.
pub fn first_strong(text: &str) -> Option<Direction> {
    let mut depth = 0usize;
    for c in text.chars() {
        match bidi_class(c) {
            BidiClass::LRI | BidiClass::RLI | BidiClass::FSI => depth += 1,
            BidiClass::PDI => depth = depth.saturating_sub(1),
            BidiClass::L if depth == 0 => return Some(Direction::Ltr),
            BidiClass::R | BidiClass::AL if depth == 0 => return Some(Direction::Rtl),
            _ => {}
        }
    }
    None
}

/// Lay out `text` (one paragraph) into rows of `opts.width` cells.
pub fn layout_paragraph(text: &str, opts: &LayoutOptions) -> Vec<VisualLine> {
    let width = opts.width.max(1);
    let direction = opts
        .direction
        .or_else(|| first_strong(text))
        .unwrap_or(Direction::Rtl);
    // Paragraph and segment separators inside a paragraph (stray CR, tabs, U+2029) would
    // split it or reset levels; a terminal row shows them as spaces.
    let chars: Vec<char> = text
        .chars()
        .map(|c| {
            if matches!(bidi_class(c), BidiClass::B | BidiClass::S) {
                ' '
            } else {
                c
            }
        })
        .collect();
    if chars.is_empty() {
        return vec![VisualLine {
            indent: 0,
            cells: Vec::new(),
            direction,
        }];
    }
    let clean: String = chars.iter().collect();
    let base = if direction == Direction::Rtl {
        Level::rtl()
    } else {
        Level::ltr()
    };
    let info = BidiInfo::new(&clean, Some(base));
    let mut byte_of = Vec::with_capacity(chars.len() + 1);
    byte_of.extend(clean.char_indices().map(|(b, _)| b));
    byte_of.push(clean.len());
    let levels: Vec<Level> = byte_of[..chars.len()]
        .iter()
        .map(|&b| info.levels[b])
        .collect();
    let shaped: Vec<Shaped> = if opts.shape {
        shape(&chars, &levels)
    } else {
        chars.iter().map(|&c| Shaped::Glyph(c)).collect()
    };
    let widths: Vec<usize> = shaped
        .iter()
        .map(|s| match s {
            Shaped::Glyph(g) => cell_width(*g),
            Shaped::Absorbed => 0,
        })
        .collect();
    let Some(para) = info.paragraphs.first() else {
        return vec![VisualLine {
            indent: 0,
            cells: Vec::new(),
            direction,
        }];
    };
    wrap(&chars, &widths, width)
        .into_iter()
        .map(|line| {
            let cells = if line.is_empty() {
                Vec::new()
            } else {
                let (_, runs) = info.visual_runs(para, byte_of[line.start]..byte_of[line.end]);
                let mut cells = Vec::new();
                for run in runs {
                    let from = byte_of.partition_point(|&b| b < run.start);
                    let to = byte_of.partition_point(|&b| b < run.end);
                    let mut run_cells =
                        cells_of(&chars, &shaped, &widths, from..to, levels[from].is_rtl());
                    if levels[from].is_rtl() {
                        run_cells.reverse();
                    }
                    cells.extend(run_cells);
                }
                cells
            };
            let used: usize = cells.iter().map(|c| c.width).sum();
            let indent = if direction == Direction::Rtl {
                width.saturating_sub(used)
            } else {
                0
            };
            VisualLine {
                indent,
                cells,
                direction,
            }
        })
        .collect()
}

/// The cells of logical characters `range` (one level run), in logical order: each letter
/// with the marks that follow it, format characters dropped, brackets mirrored in RTL runs.
fn cells_of(
    chars: &[char],
    shaped: &[Shaped],
    widths: &[usize],
    range: Range<usize>,
    rtl: bool,
) -> Vec<Cell> {
    let mut cells: Vec<Cell> = Vec::new();
    for i in range {
        let glyph = match shaped[i] {
            Shaped::Absorbed => {
                // The alef of a lam-alef ligature: part of the lam's cell.
                if let Some(last) = cells.last_mut() {
                    last.logical.end = i + 1;
                }
                continue;
            }
            Shaped::Glyph(g) => g,
        };
        if widths[i] == 0 && is_removed(chars[i]) {
            continue;
        }
        if widths[i] == 0
            && is_mark(glyph)
            && let Some(last) = cells.last_mut().filter(|c| c.logical.end == i)
        {
            last.glyph.push(glyph);
            last.logical.end = i + 1;
            continue;
        }
        let glyph = if rtl {
            unicode_bidi_mirroring::get_mirrored(glyph).unwrap_or(glyph)
        } else {
            glyph
        };
        cells.push(Cell {
            glyph: glyph.to_string(),
            width: widths[i],
            logical: i..i + 1,
        });
    }
    cells
}
