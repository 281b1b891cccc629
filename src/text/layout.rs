//! Paragraph layout in UAX #9 §3.4 order: paragraph direction, levels for the whole paragraph,
//! shaping and mirroring in logical order, greedy wrapping in logical order by cell widths,
//! then per row: reorder (L1–L3), drop format characters, align.
//!
//! Every cell keeps the logical `char` range it shows, so highlights are assigned in logical
//! order and drawn wherever their cells land.

use std::ops::Range;

use unicode_bidi::BidiClass;

use super::bidi::{self, Levels, Resolver, RowScratch};
use super::controls::visible;
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

/// Append `n` spaces, a slice at a time.
fn push_spaces(out: &mut String, mut n: usize) {
    const SPACES: &str = "                                                                ";
    while n > 0 {
        let k = n.min(SPACES.len());
        // ASCII: every byte index is a char boundary.
        out.push_str(SPACES.get(..k).unwrap_or(SPACES));
        n -= k;
    }
}

/// What stands in for a character too wide for the whole pane (a wide glyph in a 1-cell pane).
const TOO_WIDE: char = '?';

/// Lay out `text` (one paragraph, no newlines) into rows of `opts.width` cells.
pub fn layout_paragraph(text: &str, opts: &LayoutOptions) -> Vec<VisualLine> {
    let mut lines = Vec::new();
    Engine::default().layout(text, opts, |row, direction| {
        lines.push(row.to_visual_line(direction))
    });
    lines
}

/// Lays out paragraphs straight into text rows, reusing its buffers from paragraph to
/// paragraph and building no per-cell data: what `khabar render` writes.
pub struct RowWriter {
    engine: Engine,
}

impl Default for RowWriter {
    fn default() -> Self {
        RowWriter {
            engine: Engine {
                glyphs_only: true,
                ..Engine::default()
            },
        }
    }
}

impl RowWriter {
    /// Append the rows of `para` (one paragraph, no newlines) to `out`, each padded to exactly
    /// `opts.width` cells (at least 1) and ended by a newline: the same rows as
    /// [`layout_paragraph`] and [`VisualLine::write_padded`].
    pub fn write(&mut self, para: &str, opts: &LayoutOptions, out: &mut String) {
        let width = opts.width.max(1);
        self.engine.layout(para, opts, |row, _| {
            push_spaces(out, row.indent);
            out.push_str(&row.glyphs);
            push_spaces(out, width.saturating_sub(row.indent + row.width));
            out.push('\n');
        });
    }
}

/// One laid-out row without an allocation per cell: the glyphs of all cells concatenated,
/// and each cell as a span of them. [`layout_paragraph`] turns it into a [`VisualLine`];
/// `khabar render` writes it out directly (and skips the spans: see [`Engine::glyphs_only`]).
#[derive(Default)]
pub(crate) struct Row {
    pub glyphs: String,
    pub cells: Vec<Span>,
    pub indent: usize,
    /// Cells taken by the glyphs (without the indent).
    pub width: usize,
    /// Whether `cells` is filled.
    keep_cells: bool,
    /// The last cell's logical range and width, kept even when `cells` is not.
    last: Option<(Range<usize>, usize)>,
}

/// One cell of a [`Row`]: its glyph is `glyphs[previous cell's end..glyph_end]`.
pub(crate) struct Span {
    glyph_end: usize,
    width: usize,
    logical: Range<usize>,
}

impl Row {
    pub(crate) fn to_visual_line(&self, direction: Direction) -> VisualLine {
        let mut start = 0;
        let cells = self
            .cells
            .iter()
            .map(|s| {
                // `glyph_end`s are where each cell's glyphs end in `glyphs`, in order.
                let glyph = self.glyphs.get(start..s.glyph_end).unwrap_or_default();
                let glyph = glyph.to_string();
                start = s.glyph_end;
                Cell {
                    glyph,
                    width: s.width,
                    logical: s.logical.clone(),
                }
            })
            .collect();
        VisualLine {
            indent: self.indent,
            cells,
            direction,
        }
    }

    fn clear(&mut self, keep_cells: bool) {
        self.glyphs.clear();
        self.cells.clear();
        self.width = 0;
        self.keep_cells = keep_cells;
        self.last = None;
    }

    /// Append a new cell showing `glyph`.
    #[inline]
    fn push(&mut self, glyph: char, width: usize, logical: Range<usize>) {
        self.glyphs.push(glyph);
        self.width += width;
        if self.keep_cells {
            self.cells.push(Span {
                glyph_end: self.glyphs.len(),
                width,
                logical: logical.clone(),
            });
        }
        self.last = Some((logical, width));
    }

    /// Add `glyph` (a mark, or the base after marks that had none) to the last cell.
    #[inline]
    fn extend_last(&mut self, glyph: char, width: usize, logical: Range<usize>) {
        self.glyphs.push(glyph);
        self.width += width;
        if let Some((range, w)) = &mut self.last {
            *w += width;
            *range = range.start.min(logical.start)..range.end.max(logical.end);
        }
        if let Some(last) = self.cells.last_mut() {
            last.glyph_end = self.glyphs.len();
            last.width += width;
            last.logical = last.logical.start.min(logical.start)..last.logical.end.max(logical.end);
        }
    }
}

/// The layout pipeline with buffers reused from paragraph to paragraph (the CLI lays out
/// megabytes; one allocation per character would dominate).
#[derive(Default)]
pub(crate) struct Engine {
    /// How levels are resolved (always the fast path where it applies, but for tests).
    pub(crate) resolver: Resolver,
    /// Fill only the glyphs and width of each [`Row`], not its cells (what `render` needs).
    pub(crate) glyphs_only: bool,
    shaped: Vec<char>,
    classes: Vec<CellClass>,
    widths: Vec<u8>,
    levels: Levels,
    props: Vec<u8>,
    order: Vec<usize>,
    scratch: RowScratch,
    row: Row,
}

impl Engine {
    /// Lay out `text` and hand every row, top to bottom, to `each` with the paragraph direction.
    pub(crate) fn layout(
        &mut self,
        text: &str,
        opts: &LayoutOptions,
        mut each: impl FnMut(&Row, Direction),
    ) {
        let width = opts.width.max(1);
        let direction = bidi::resolve(text, opts.direction, self.resolver, &mut self.levels);
        let levels = &self.levels;

        self.shaped.clear();
        self.shaped.extend_from_slice(&levels.chars);
        if opts.shape {
            let classes = &levels.classes;
            if levels.all_have_levels {
                // The same walk, compiled without the per-character class test.
                shape_arabic(&mut self.shaped, &levels.levels, |_| false, &mut self.props);
            } else {
                shape_arabic(
                    &mut self.shaped,
                    &levels.levels,
                    |i| classes.get(i).is_some_and(|&c| bidi::is_levelless(c)),
                    &mut self.props,
                );
            }
        }
        // L4: mirrored glyphs for brackets and the like on right-to-left levels.
        for ((c, &l), &class) in self
            .shaped
            .iter_mut()
            .zip(&levels.levels)
            .zip(&levels.classes)
        {
            if l % 2 == 1
                && class == BidiClass::ON
                && let Some(m) = unicode_bidi_mirroring::get_mirrored(*c)
            {
                *c = m;
            }
        }
        self.classes.clear();
        self.classes
            .extend(self.shaped.iter().map(|&c| cell_class(c)));
        self.widths.clear();
        // Widths as the wrapper sees them (u8 keeps the array small; at most 2).
        self.widths
            .extend(self.classes.iter().map(|c| c.width() as u8));

        for line in wrap(&self.shaped, &self.widths, width) {
            self.order.clear();
            bidi::visual_order(levels, line, &mut self.order, &mut self.scratch);
            let row = &mut self.row;
            row.clear(!self.glyphs_only);
            build_cells(
                &levels.chars,
                &self.shaped,
                &self.classes,
                &self.order,
                width,
                row,
            );
            row.indent = match direction {
                Direction::Rtl => width.saturating_sub(row.width),
                Direction::Ltr => 0,
            };
            each(row, direction);
        }
    }
}

/// Group the characters of one row (terminal controls shown as placeholders: see
/// [`super::controls`]) (logical indices in visual `order`) into cells: each
/// drawn character starts a cell, combining marks join the cell of their base, format
/// characters (and the lam folded into a lam-alef ligature) are dropped.
fn build_cells(
    chars: &[char],
    shaped: &[char],
    classes: &[CellClass],
    order: &[usize],
    width: usize,
    row: &mut Row,
) {
    // Room for every glyph at once (at most 4 bytes each), not a check-and-grow per glyph.
    row.glyphs.reserve(order.len() * 4);
    // `order` holds indices of one row of the paragraph, so every lookup below finds its
    // character; one that did not would be skipped.
    let cell = |i: usize| Some((*shaped.get(i)?, *classes.get(i)?));
    if !row.keep_cells
        && !order
            .iter()
            .any(|&i| classes.get(i) == Some(&CellClass::Mark))
    {
        // Without marks every drawn character is a cell of its own: only the glyphs and the
        // width are needed (what `render` writes).
        for &i in order {
            let Some((c, class)) = cell(i) else {
                continue;
            };
            let (glyph, w) = match class {
                CellClass::Format | CellClass::Mark => continue,
                CellClass::Narrow => (visible(c), 1),
                CellClass::Wide if width < 2 => (TOO_WIDE, 1),
                CellClass::Wide => (c, 2),
            };
            row.glyphs.push(glyph);
            row.width += w;
        }
        return;
    }
    for &i in order {
        let Some((c, class)) = cell(i) else {
            continue;
        };
        match class {
            CellClass::Format => {}
            CellClass::Mark => match &row.last {
                Some((logical, _)) if adjacent(logical, i, classes) => {
                    row.extend_last(c, 0, i..i + 1);
                }
                _ => row.push(c, 0, i..i + 1),
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
                    (visible(c), class.width())
                };
                match &row.last {
                    // Marks that had no base before them on this row are drawn on this one.
                    Some((logical, 0)) if adjacent(logical, i, classes) => {
                        row.extend_last(glyph, w, start..i + 1);
                    }
                    _ => row.push(glyph, w, start..i + 1),
                }
            }
        }
    }
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
    classes
        .get(gap)
        .is_some_and(|gap| gap.iter().all(|&c| c == CellClass::Format))
}
