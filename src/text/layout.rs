//! Paragraph layout in UAX #9 §3.4 order: paragraph direction, levels for the whole paragraph,
//! shaping and mirroring in logical order, greedy wrapping in logical order by cell widths,
//! then per row: reorder (L1–L3), drop format characters, align.
//!
//! Every cell keeps the logical `char` range it shows, so highlights are assigned in logical
//! order and drawn wherever their cells land.

use std::ops::Range;

use super::bidi;
use super::shape::{is_ligature_tail, shape_arabic};
use super::width::{CellClass, cell_class};
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
    /// What to draw: one character in visual form (shaped, mirrored), with the combining marks
    /// drawn on it. A lam-alef ligature is one cell.
    pub glyph: String,
    /// Display width in cells (1 or 2; 0 only for marks that have no base on their row).
    pub width: usize,
    /// The `char` range of the paragraph's original text this cell shows (a lam-alef cell
    /// covers two chars; marks belong to their base's cell). Removed characters (format
    /// controls, the spaces at a break) belong to no cell, though a cell's range may span a
    /// removed control between a base and its marks.
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
        let mut s = String::with_capacity(width + self.cells.len() * 3);
        self.write_padded(width, &mut s);
        s
    }

    /// Append the row padded to exactly `width` cells to `out` (no allocation per row).
    pub fn write_padded(&self, width: usize, out: &mut String) {
        push_spaces(out, self.indent);
        for c in &self.cells {
            out.push_str(&c.glyph);
        }
        let used = self.indent + self.width();
        push_spaces(out, width.saturating_sub(used));
    }
}

fn push_spaces(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n(' ', n));
}

/// What stands in for a character too wide for the whole pane (a wide glyph in a 1-cell pane).
const TOO_WIDE: char = '?';

/// Lay out `text` (one paragraph, no newlines) into rows of `opts.width` cells.
pub fn layout_paragraph(text: &str, opts: &LayoutOptions) -> Vec<VisualLine> {
    let width = opts.width.max(1);
    let direction = bidi::base_direction(text, opts.direction);
    let chars: Vec<char> = text.chars().collect();
    let levels = bidi::resolve(text, chars.len(), direction);

    let mut shaped = chars.clone();
    if opts.shape {
        let levelless: Vec<bool> = levels
            .classes
            .iter()
            .map(|&c| bidi::is_levelless(c))
            .collect();
        shape_arabic(&mut shaped, &levels.levels, &levelless);
    }
    // L4: mirrored glyphs for brackets and the like on right-to-left levels.
    for (c, &l) in shaped.iter_mut().zip(&levels.levels) {
        if l % 2 == 1
            && let Some(m) = unicode_bidi_mirroring::get_mirrored(*c)
        {
            *c = m;
        }
    }
    let classes: Vec<CellClass> = shaped.iter().map(|&c| cell_class(c)).collect();
    // Widths as the wrapper sees them (u8 keeps the array small).
    let widths: Vec<u8> = classes.iter().map(|c| c.width() as u8).collect();

    let rows = wrap(&shaped, &widths, width);
    let mut order = Vec::new();
    let mut lines = Vec::with_capacity(rows.len());
    for row in rows {
        order.clear();
        bidi::visual_order(&levels, row, &mut order);
        let cells = build_cells(&chars, &shaped, &classes, &order, width);
        let used: usize = cells.iter().map(|c| c.width).sum();
        let indent = match direction {
            Direction::Rtl => width.saturating_sub(used),
            Direction::Ltr => 0,
        };
        lines.push(VisualLine {
            indent,
            cells,
            direction,
        });
    }
    lines
}

/// Group the characters of one row (logical indices in visual `order`) into cells: each
/// drawn character starts a cell, combining marks join the cell of their base, format
/// characters (and the lam folded into a lam-alef ligature) are dropped.
fn build_cells(
    chars: &[char],
    shaped: &[char],
    classes: &[CellClass],
    order: &[usize],
    width: usize,
) -> Vec<Cell> {
    let mut cells: Vec<Cell> = Vec::with_capacity(order.len());
    for &i in order {
        let c = shaped[i];
        match classes[i] {
            CellClass::Format => {}
            CellClass::Mark => match cells.last_mut() {
                Some(last) if adjacent(&last.logical, i, classes) => {
                    last.glyph.push(c);
                    last.logical = last.logical.start.min(i)..last.logical.end.max(i + 1);
                }
                _ => cells.push(Cell {
                    glyph: c.to_string(),
                    width: 0,
                    logical: i..i + 1,
                }),
            },
            class @ (CellClass::Narrow | CellClass::Wide) => {
                let start = if is_ligature_tail(chars, shaped, i) {
                    i - 1
                } else {
                    i
                };
                let (glyph, w) = if class.width() > width {
                    (TOO_WIDE, 1)
                } else {
                    (c, class.width())
                };
                match cells.last_mut() {
                    // Marks that had no base before them on this row are drawn on this one.
                    Some(last) if last.width == 0 && adjacent(&last.logical, i, classes) => {
                        last.glyph.push(glyph);
                        last.width = w;
                        last.logical = last.logical.start.min(start)..last.logical.end.max(i + 1);
                    }
                    _ => cells.push(Cell {
                        glyph: glyph.to_string(),
                        width: w,
                        logical: start..i + 1,
                    }),
                }
            }
        }
    }
    cells
}

/// Whether logical index `i` touches `range`, with only removed format characters between.
fn adjacent(range: &Range<usize>, i: usize, classes: &[CellClass]) -> bool {
    let gap = if i >= range.end {
        range.end..i
    } else if i < range.start {
        i + 1..range.start
    } else {
        return false;
    };
    classes[gap].iter().all(|&c| c == CellClass::Format)
}
