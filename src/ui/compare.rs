//! The compare view over every pane: two sources side by side, the lead on the reading
//! direction's start side; aligned passages on the same rows, shared words in the shared
//! style, words that differ highlighted, a gap (a `╌` rule on its first row) where one side
//! has nothing.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Widget};

use super::draw::iso;
use super::{Ui, ui_direction};
use crate::app::panes::compare::{Compare, geometry};
use crate::app::state::State;
use crate::compare::view::{Half, Mark};
use crate::i18n::tr;

pub struct View<'a> {
    pub s: &'a State,
    pub ui: &'a Ui,
    pub c: &'a Compare,
}

impl Widget for &View<'_> {
    fn render(self, _area: Rect, buf: &mut Buffer) {
        let (s, ui, c, t) = (self.s, self.ui, self.c, &self.ui.theme);
        let Some(g) = geometry(s.size, s.lang.is_rtl()) else {
            return;
        };
        Clear.render(g.frame, buf);
        let pair = format!("{} {} ↔ {}", tr(s.lang, "compare"), c.lead + 1, c.other + 1);
        ui.frame(buf, g.frame, &pair, true, s);
        let name = |i: usize| {
            let outlet = s.source_name(i);
            let label = s
                .reuse
                .ready()
                .and_then(|r| r.derivations.get(i))
                .map(|d| format!(" · {}", tr(s.lang, super::articles::label_key(d.label))))
                .unwrap_or_default();
            format!("{} {}{label}", i + 1, iso(outlet))
        };
        let dir = ui_direction(s);
        for (side, i) in [(g.lead, c.lead), (g.other, c.other)] {
            let head = Rect {
                y: g.header.y,
                height: 1,
                ..side
            };
            let row = ui.row(&name(i), head.width, dir);
            ui.put(buf, head, head.y, &row, |_| t.heading);
        }
        for y in g.header.y..g.lead.bottom() {
            if let Some(cell) = buf.cell_mut((g.separator, y)) {
                cell.set_symbol("│").set_style(t.border);
            }
        }
        for (k, row) in c.view.rows.iter().enumerate().skip(c.scroll) {
            let Ok(dy) = u16::try_from(k - c.scroll) else {
                break;
            };
            if dy >= g.lead.height {
                break;
            }
            let y = g.lead.y + dy;
            let above = k.checked_sub(1).and_then(|i| c.view.rows.get(i));
            for (lead, side, half) in [(true, g.lead, &row.lead), (false, g.other, &row.other)] {
                let Some(h) = half else {
                    // A gap is marked on its first row only (and at the top of the view), so
                    // a long run of text one side has does not fill the other with rules.
                    let began =
                        above.is_none_or(|r| if lead { &r.lead } else { &r.other }.is_some());
                    if began || dy == 0 {
                        gap(buf, side, y, t.gap);
                    }
                    continue;
                };
                put_half(ui, buf, side, y, h);
            }
        }
    }
}

/// One side's row, each cell in the style of its mark.
fn put_half(ui: &Ui, buf: &mut Buffer, area: Rect, y: u16, h: &Half) {
    let t = &ui.theme;
    let style_of = |cell: &crate::text::Cell| {
        let at = h.line.cells.iter().position(|c| c.logical == cell.logical);
        match at.and_then(|i| h.marks.get(i)) {
            Some(Mark::Same) => t.shared,
            Some(Mark::Differs) => t.differs,
            _ => t.text,
        }
    };
    ui.put(buf, area, y, &h.line, style_of);
}

/// The first row where this side has nothing facing the other's text.
fn gap(buf: &mut Buffer, area: Rect, y: u16, style: ratatui::style::Style) {
    for x in area.x..area.right() {
        if let Some(c) = buf.cell_mut((x, y)) {
            c.set_symbol("╌").set_style(style);
        }
    }
}
