//! Putting finished visual rows on the screen: each cell where the text engine placed it,
//! styled by its logical range — never ratatui's own wrapping or alignment.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Block, BorderType, Borders, Widget};

use super::theme::Theme;
use crate::text::{Cell, Direction, LayoutOptions, VisualLine, layout_paragraph};

/// Draw `line` in row `y` of `area`, cell by cell, with `style(cell)` for each.
pub fn put_line(
    buf: &mut Buffer,
    area: Rect,
    y: u16,
    line: &VisualLine,
    style: impl Fn(&Cell) -> Style,
) {
    if y < area.y || y >= area.bottom() {
        return;
    }
    let mut x = area.x + u16::try_from(line.indent).unwrap_or(u16::MAX);
    for cell in &line.cells {
        let w = u16::try_from(cell.width).unwrap_or(1);
        if w == 0 {
            continue; // a mark with no letter to sit on
        }
        if x + w > area.right() {
            break;
        }
        if let Some(c) = buf.cell_mut((x, y)) {
            c.set_symbol(&cell.glyph).set_style(style(cell));
        }
        for k in 1..w {
            if let Some(c) = buf.cell_mut((x + k, y)) {
                c.reset();
            }
        }
        x += w;
    }
}

/// `line` with its cells in logical order, for a terminal that reorders by itself
/// (`--bidi terminal`): it is sent the text in the order it is read and lays it out itself.
pub fn logical(line: &VisualLine) -> VisualLine {
    let mut cells = line.cells.clone();
    cells.sort_by_key(|c| c.logical.start);
    VisualLine {
        indent: line.indent,
        cells,
        direction: line.direction,
    }
}

/// The first visual row of `text` laid out in `width` cells with base `direction` (a list
/// row, a title): the logical beginning, shaped and reordered.
///
/// A text that does not fit gets an ellipsis `…` at the logical end of what is shown (laid out
/// in `width - 1` cells first to find it), so a cut row says it was cut instead of silently
/// ending at a word boundary.
pub fn one_row(text: &str, width: u16, direction: Direction) -> VisualLine {
    let width = usize::from(width.max(1));
    let mut rows = layout(text, width, direction);
    if rows.len() <= 1 {
        return rows.pop().unwrap_or_else(|| empty(direction));
    }
    let first = if width > 1 {
        layout(text, width - 1, direction)
            .into_iter()
            .next()
            .unwrap_or_else(|| empty(direction))
    } else {
        empty(direction)
    };
    // The ellipsis stands for the characters after the last one shown.
    let shown_end = first.cells.iter().map(|c| c.logical.end).max().unwrap_or(0);
    let total = text.chars().count().max(shown_end);
    // Written at the logical end of what is shown, inside the isolates still open there, so
    // bidi puts it where the text was cut: left of a cut Arabic field in an English row.
    let mut cut: String = text.chars().take(shown_end).collect();
    let open = cut
        .chars()
        .filter(|c| matches!(c, '\u{2066}'..='\u{2068}'))
        .count()
        .saturating_sub(cut.chars().filter(|&c| c == '\u{2069}').count());
    let kept = cut.trim_end().chars().count();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    cut.extend(std::iter::repeat_n('\u{2069}', open));
    let mut rows = layout(&cut, width, direction);
    if rows.len() == 1
        && let Some(mut row) = rows.pop()
    {
        for c in row.cells.iter_mut().filter(|c| c.logical.start == kept) {
            c.logical = shown_end..total;
        }
        return row;
    }
    // Fallback (a single glyph wider than the row): the ellipsis at the row's end side.
    let mut row = first;
    let ellipsis = Cell {
        glyph: "…".to_string(),
        width: 1,
        logical: shown_end..total,
    };
    match row.direction {
        // Right-aligned in `width - 1`: the ellipsis takes the spare column on the left and
        // the row keeps its indent, so it ends at the right edge of `width`.
        Direction::Rtl => row.cells.insert(0, ellipsis),
        Direction::Ltr => row.cells.push(ellipsis),
    }
    row
}

fn layout(text: &str, width: usize, direction: Direction) -> Vec<VisualLine> {
    let opts = LayoutOptions {
        width,
        shape: true,
        direction: Some(direction),
    };
    layout_paragraph(text, &opts)
}

fn empty(direction: Direction) -> VisualLine {
    VisualLine {
        indent: 0,
        cells: Vec::new(),
        direction,
    }
}

/// First rows of short texts (list rows, status, help lines) by (text, width, direction):
/// a keypress redraws the same rows, and laying them out again was a third of a frame.
/// A drawing memo of the UI (not reader state), behind `&` because widgets only borrow;
/// emptied when it grows large.
#[derive(Debug, Default)]
pub struct RowCache {
    map: RefCell<HashMap<(String, u16, bool), Rc<VisualLine>>>,
}

/// Entries kept before the cache is emptied (a few screens of rows at a few widths).
const ROW_CACHE_MAX: usize = 4096;

impl RowCache {
    /// [`one_row`], remembered.
    pub fn row(&self, text: &str, width: u16, direction: Direction) -> Rc<VisualLine> {
        let key = (text.to_string(), width, direction == Direction::Rtl);
        if let Some(hit) = self.map.borrow().get(&key) {
            return Rc::clone(hit);
        }
        let line = Rc::new(one_row(text, width, direction));
        let mut map = self.map.borrow_mut();
        if map.len() >= ROW_CACHE_MAX {
            map.clear();
        }
        map.insert(key, Rc::clone(&line));
        line
    }
}

/// `text` as a first-strong isolate (FSI … PDI): a field of a list row keeps its own
/// direction, so an Arabic headline cannot swap places with the outlet or pull a date's
/// numbers into its run. The text engine honours isolates and drops the controls.
pub fn iso(text: &str) -> String {
    crate::text::controls::isolated('\u{2068}', text)
}

/// `text` isolated in the UI's `direction` (RLI or LRI … PDI): a source badge `[1 2 3]` reads
/// from its first number in either UI (the first number at the right in an Arabic row).
pub fn iso_in(text: &str, direction: Direction) -> String {
    let open = match direction {
        Direction::Rtl => '\u{2067}',
        Direction::Ltr => '\u{2066}',
    };
    crate::text::controls::isolated(open, text)
}

/// A pane's frame with its title drawn through the text engine (Arabic titles included).
pub fn frame(
    buf: &mut Buffer,
    area: Rect,
    title: &str,
    focused: bool,
    direction: Direction,
    theme: &Theme,
    logical_order: bool,
) {
    let border = if focused { theme.focus } else { theme.border };
    Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(border)
        .render(area, buf);
    if area.width > 4 {
        let title_area = Rect {
            x: area.x + 2,
            y: area.y,
            width: area.width - 4,
            height: 1,
        };
        let mut row = one_row(&format!(" {title} "), title_area.width, direction);
        if logical_order {
            row = logical(&row);
        }
        let style = if focused { theme.focus } else { theme.title };
        put_line(buf, title_area, area.y, &row, |_| style);
    }
}

/// Fill a whole row with a style (selection bars).
pub fn fill_row(buf: &mut Buffer, area: Rect, y: u16, style: Style) {
    for x in area.x..area.right() {
        if let Some(c) = buf.cell_mut((x, y)) {
            c.set_style(style);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyphs(row: &VisualLine) -> String {
        row.cells.iter().map(|c| c.glyph.as_str()).collect()
    }

    #[test]
    fn a_row_that_fits_has_no_ellipsis() {
        let row = one_row("short row", 20, Direction::Ltr);
        assert_eq!(glyphs(&row), "short row");
    }

    #[test]
    fn a_cut_left_to_right_row_ends_with_an_ellipsis_on_the_right() {
        let row = one_row("one two three four", 12, Direction::Ltr);
        let g = glyphs(&row);
        assert!(g.ends_with('…'), "{g}");
        assert!(g.starts_with("one two"), "{g}");
        assert!(row.indent + row.width() <= 12, "{g}");
    }

    #[test]
    fn a_cut_right_to_left_row_has_its_ellipsis_on_the_left_and_stays_right_aligned() {
        let row = one_row("كلمة أولى ثم كلمة أخيرة", 12, Direction::Rtl);
        let g = glyphs(&row);
        assert!(g.starts_with('…'), "{g}");
        assert_eq!(row.indent + row.width(), 12, "{g}");
        // The logical beginning is what is kept.
        assert!(g.contains("ﺔﻤﻠﻛ"), "{g}");
        assert!(!g.contains("ﺓﺮﻴﺧﺃ"), "{g}");
    }

    #[test]
    fn the_ellipsis_stands_for_the_hidden_characters() {
        let text = "alpha beta gamma";
        let row = one_row(text, 8, Direction::Ltr);
        let last = row.cells.last().map(|c| c.logical.clone());
        assert_eq!(last.map(|r| r.end), Some(text.chars().count()));
        for w in 0..4 {
            let row = one_row(text, w, Direction::Rtl);
            assert!(row.indent + row.width() <= usize::from(w.max(1)));
        }
    }

    #[test]
    fn a_cut_arabic_field_in_an_english_row_shows_its_ellipsis_where_it_was_cut() {
        // `29 [1 2] ` then an Arabic name in a first-strong isolate, cut in the name: the
        // ellipsis stands left of the Arabic words shown (their logical end), not at the far
        // right of the row.
        let text = "29 [1 2] \u{2068}اسماعيل قاآني قائد فيلق القدس\u{2069}";
        let row = one_row(text, 20, Direction::Ltr);
        let glyphs: String = row.cells.iter().map(|c| c.glyph.as_str()).collect();
        assert!(row.width() <= 20, "{glyphs}");
        assert!(glyphs.starts_with("29 [1 2] …"), "{glyphs}");
        assert!(!glyphs.ends_with('…'), "{glyphs}");
    }
}
