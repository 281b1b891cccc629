//! Entities grouped by kind, each with its mention count and a badge of the sources (article
//! numbers) that mention it; row texts are made only for the rows on screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::draw::{iso, iso_in, one_row};
use super::list::List;
use super::{Ui, ui_direction};
use crate::app::state::State;
use crate::extract::EntityKind;
use crate::i18n::tr;
use crate::screen::Pane;
use crate::screen::geometry::inner;
use crate::screen::rows::{EntityRow, entity_row_of};

pub struct View<'a> {
    pub s: &'a State,
    pub ui: &'a Ui,
}

/// The i18n key of a kind's heading.
pub fn kind_key(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Person => "person",
        EntityKind::Organization => "organization",
        EntityKind::Place => "place",
    }
}

impl Widget for &View<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (s, ui) = (self.s, self.ui);
        let dir = ui_direction(s);
        let filter = s
            .entities
            .filter
            .map_or(tr(s.lang, "all"), |k| tr(s.lang, kind_key(k)));
        let title = format!("{} · {filter}", tr(s.lang, "entities"));
        ui.frame(buf, area, &title, s.focus == Pane::Entities, s);
        let body = inner(area);
        let visible = s.visible_entities();
        let rows = s.entities.rows(s.analysis());
        if let Some((msg, style)) = ui.note(s, rows.is_empty(), "no_entities", "entities") {
            ui.put(buf, body, body.y, &one_row(&msg, body.width, dir), |_| {
                style
            });
            return;
        }
        let body = super::failures::rows_left(ui, s, "entities", body, buf);
        let list = List {
            body,
            direction: dir,
            len: rows.len(),
            selected: entity_row_of(&rows, s.entities.list.sel),
            focused: s.focus == Pane::Entities,
            rows_per_item: 1,
        };
        list.draw(ui, buf, |k| match rows.get(k).copied() {
            None => Vec::new(),
            Some(EntityRow::Heading(kind, n)) => vec![(
                format!("{} ({n})", tr(s.lang, kind_key(kind))),
                ui.theme.heading,
            )],
            Some(EntityRow::Entity(pos)) => {
                let Some((i, e)) = visible.get(pos) else {
                    return Vec::new();
                };
                let b = s.entities.badges.get(*i).map_or("", String::as_str);
                // Count and sources before the name in both languages: a name too long for
                // the pane is what gets cut (marked `…`), never the numbers.
                let text = format!(
                    "{} {} {}",
                    iso(&format!("{:>3}", e.mentions.len())),
                    iso_in(&format!("[{b}]"), dir),
                    iso(&e.name)
                );
                vec![(text, ui.theme.text)]
            }
        });
    }
}
