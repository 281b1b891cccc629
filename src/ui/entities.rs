//! Entities grouped by kind, each with its mention count and a badge of the sources (article
//! numbers) that mention it. Badges are computed once per analysis ([`State::analysed`]) and
//! row texts only for the rows on screen: a folder of thousands of articles has thousands of
//! entities.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use super::draw::{fill_row, frame, iso, iso_in, put_line};
use super::layout::{inner, list_offset};
use super::ui_direction;
use crate::app::i18n::tr;
use crate::app::state::{Pane, State};
use crate::extract::{Entity, EntityKind};

/// A row of the entities pane: a kind header (with its text), or the entity at this index of
/// `State::visible_entities` (its text is made only when drawn: see [`entity_text`]).
pub struct Row {
    pub entity: Option<usize>,
    pub header: Option<String>,
}

fn kind_key(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Person => "person",
        EntityKind::Organization => "organization",
        EntityKind::Place => "place",
    }
}

/// The rows, headers included.
pub fn rows(s: &State) -> Vec<Row> {
    rows_of(s, &s.visible_entities())
}

fn rows_of(s: &State, visible: &[(usize, &Entity)]) -> Vec<Row> {
    let mut out = Vec::with_capacity(visible.len() + 3);
    let mut last: Option<EntityKind> = None;
    for (pos, (_, e)) in visible.iter().enumerate() {
        if last != Some(e.kind) {
            let count = visible.iter().filter(|(_, x)| x.kind == e.kind).count();
            out.push(Row {
                entity: None,
                header: Some(format!("{} ({count})", tr(s.lang, kind_key(e.kind)))),
            });
            last = Some(e.kind);
        }
        out.push(Row {
            entity: Some(pos),
            header: None,
        });
    }
    out
}

/// The text of entity `i` (index into the analysis): mention count, source badge, name.
fn entity_text(s: &State, i: usize, e: &Entity) -> String {
    let b = s.derived.entity_badges.get(i).map_or("", String::as_str);
    // Count and sources before the name in both languages: a name too long for the pane is
    // what gets cut (marked `…`), never the numbers.
    format!(
        "{} {} {}",
        iso(&format!("{:>3}", e.mentions.len())),
        iso_in(&format!("[{b}]"), ui_direction(s)),
        iso(&e.name)
    )
}

pub fn draw(s: &State, area: Rect, buf: &mut Buffer) {
    let dir = ui_direction(s);
    let filter = s
        .filter
        .map_or(tr(s.lang, "all"), |k| tr(s.lang, kind_key(k)));
    frame(
        buf,
        area,
        &format!("{} · {filter}", tr(s.lang, "entities")),
        s.focus == Pane::Entities,
        dir,
    );
    let body = inner(area);
    let visible = s.visible_entities();
    let rows = rows_of(s, &visible);
    // analysing… / failed: … / none found (a failure note on the last row otherwise).
    if super::failures::pane_state(s, "entities", rows.is_empty(), "no_entities", body, buf) {
        return;
    }
    let body = super::failures::rows_left(s, "entities", body);
    let sel_row = rows
        .iter()
        .position(|r| r.entity == Some(s.entity_sel))
        .unwrap_or(0);
    let offset = list_offset(sel_row, usize::from(body.height));
    for (k, r) in rows
        .iter()
        .skip(offset)
        .take(usize::from(body.height))
        .enumerate()
    {
        let y = body.y + k as u16;
        let mut style = if r.entity.is_none() {
            Style::default()
                .fg(Color::Cyan)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::default()
        };
        if r.entity == Some(s.entity_sel) && s.focus == Pane::Entities {
            style = Style::default().bg(Color::Blue).fg(Color::White);
            fill_row(buf, body, y, style);
        }
        let text = match (&r.header, r.entity.and_then(|p| visible.get(p))) {
            (Some(h), _) => h.clone(),
            (None, Some((i, e))) => entity_text(s, *i, e),
            (None, None) => String::new(),
        };
        put_line(buf, body, y, &s.rows.row(&text, body.width, dir), |_| style);
    }
}
