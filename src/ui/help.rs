//! The help screen, generated from the keymap (every layer's bindings) and the legend of
//! marks, in a box that scrolls when it is taller than the screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Widget};

use super::draw::iso;
use super::{Ui, ui_direction};
use crate::app::panes::help::{HelpLine, lines_from};
use crate::app::state::State;
use crate::i18n::{Lang, tr};
use crate::screen::geometry::inner;

/// The help rows as text: keys at the UI's start side, then the description in its own
/// direction (`فتح المصدر رقم N` keeps its N at the end of the Arabic sentence); headings
/// as they are.
pub fn rows(s: &State) -> Vec<(String, bool)> {
    lines_from(&s.keymap, s.lang, s.under_help())
        .into_iter()
        .map(|l| match l {
            HelpLine::Heading(key) => (tr(s.lang, key).to_string(), true),
            HelpLine::Keys(keys, desc) => {
                let keys = if s.lang == Lang::Ar {
                    format!("{keys:>10}")
                } else {
                    format!("{keys:<10}")
                };
                (format!("{} {}", iso(&keys), iso(&desc)), false)
            }
        })
        .collect()
}

/// Widest the help box gets: room for the longest descriptions beside their keys.
const MAX_WIDTH: u16 = 90;

pub struct View<'a> {
    pub s: &'a State,
    pub ui: &'a Ui,
}

impl Widget for &View<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (s, ui) = (self.s, self.ui);
        let rows = rows(s);
        let w = area.width.saturating_sub(4).min(MAX_WIDTH);
        let h = (rows.len() as u16 + 2).min(area.height.saturating_sub(2));
        let r = Rect {
            x: area.x + (area.width - w) / 2,
            y: area.y + (area.height - h) / 2,
            width: w,
            height: h,
        };
        Clear.render(r, buf);
        let dir = ui_direction(s);
        let body = inner(r);
        let visible = usize::from(body.height);
        let first = s.help.scroll.min(rows.len().saturating_sub(visible));
        // A box that scrolls says so in its title, with where it is.
        let title = if rows.len() > visible {
            format!(
                "{} {}–{}/{} (j/k)",
                tr(s.lang, "help"),
                first + 1,
                (first + visible).min(rows.len()),
                rows.len()
            )
        } else {
            tr(s.lang, "help").to_string()
        };
        ui.frame(buf, r, &title, true, s);
        for (k, (text, heading)) in rows.iter().skip(first).take(visible).enumerate() {
            let style = if *heading {
                ui.theme.heading
            } else {
                ui.theme.text
            };
            let line = ui.row(text, body.width, dir);
            ui.put(buf, body, body.y + k as u16, &line, |_| style);
        }
    }
}
