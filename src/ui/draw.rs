//! Putting finished visual rows on the screen: each cell where the text engine placed it,
//! styled by its logical range — never ratatui's own wrapping or alignment.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::{Block, BorderType, Borders, Widget};

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

/// The first visual row of `text` laid out in `width` cells with base `direction` (a list
/// row, a title): the logical beginning, shaped and reordered.
pub fn one_row(text: &str, width: u16, direction: Direction) -> VisualLine {
    let opts = LayoutOptions {
        width: usize::from(width.max(1)),
        shape: true,
        direction: Some(direction),
    };
    layout_paragraph(text, &opts)
        .into_iter()
        .next()
        .unwrap_or(VisualLine {
            indent: 0,
            cells: Vec::new(),
            direction,
        })
}

/// First rows of short texts (list rows, status, help lines) by (text, width, direction):
/// a keypress redraws the same rows, and laying them out again was a third of a frame.
/// A memo behind `&State` (views only borrow the state); emptied when it grows large.
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
    format!("\u{2068}{text}\u{2069}")
}

/// A pane's frame with its title drawn through the text engine (Arabic titles included).
pub fn frame(buf: &mut Buffer, area: Rect, title: &str, focused: bool, direction: Direction) {
    let border = if focused {
        Style::default()
            .fg(Color::Cyan)
            .add_modifier(Modifier::BOLD)
    } else {
        Style::default().fg(Color::DarkGray)
    };
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
        let row = one_row(&format!(" {title} "), title_area.width, direction);
        let style = if focused {
            border
        } else {
            Style::default().fg(Color::Gray)
        };
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
