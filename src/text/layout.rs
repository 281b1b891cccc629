//! Paragraph layout: shape, resolve levels, wrap in logical order, reorder each row.
//!
//! PLACEHOLDER: plain left-to-right wrapping until the real engine lands (issue 3).

use std::ops::Range;

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
    /// Display width in cells (1 or 2).
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

/// Lay out `text` (one paragraph, no newlines) into rows of `opts.width` cells.
pub fn layout_paragraph(text: &str, opts: &LayoutOptions) -> Vec<VisualLine> {
    let width = opts.width.max(1);
    let chars: Vec<char> = text.chars().collect();
    let mut lines = Vec::new();
    let mut start = 0;
    while start < chars.len() || lines.is_empty() {
        let end = (start + width).min(chars.len());
        let cells = (start..end)
            .map(|i| Cell {
                glyph: chars[i].to_string(),
                width: 1,
                logical: i..i + 1,
            })
            .collect();
        lines.push(VisualLine {
            indent: 0,
            cells,
            direction: Direction::Ltr,
        });
        if end == start {
            break;
        }
        start = end;
    }
    lines
}
