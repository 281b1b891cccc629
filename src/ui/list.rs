//! The list component shared by the article list, the entities and the timeline: which
//! items are on screen (the selected one always), each item's rows through the row memo,
//! and the selection bar over the selected item while the list has the focus.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::Ui;
use super::draw::fill_row;
use crate::screen::geometry::list_offset;
use crate::text::Direction;

/// One list, drawn into `body` (inside the pane's border).
pub struct List {
    pub body: Rect,
    pub direction: Direction,
    /// How many items there are.
    pub len: usize,
    /// The selected item, kept on screen.
    pub selected: usize,
    /// Whether the selection bar is drawn.
    pub focused: bool,
    /// Screen rows per item.
    pub rows_per_item: usize,
}

impl List {
    /// Draw the items on screen; `item(i)` gives item i's rows (text and style), at most
    /// `rows_per_item` of them.
    pub fn draw(&self, ui: &Ui, buf: &mut Buffer, item: impl Fn(usize) -> Vec<(String, Style)>) {
        let per = self.rows_per_item.max(1);
        let shown = (usize::from(self.body.height) / per).max(1);
        let offset = list_offset(self.selected, shown);
        for (k, i) in (offset..self.len).take(shown).enumerate() {
            let selected = self.focused && i == self.selected;
            for (r, (text, style)) in item(i).into_iter().take(per).enumerate() {
                let y = self.body.y + (k * per + r) as u16;
                if y >= self.body.bottom() {
                    return;
                }
                let style = if selected {
                    fill_row(buf, self.body, y, ui.theme.selection);
                    ui.theme.selection
                } else {
                    style
                };
                let line = ui.row(&text, self.body.width, self.direction);
                ui.put(buf, self.body, y, &line, |_| style);
            }
        }
    }
}
