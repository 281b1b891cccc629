//! The open article: headline, meta line, paragraphs; boilerplate hidden or dimmed; the
//! mentions of the selected entity, event or search highlighted where bidi put them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use super::draw::{frame, put_line};
use super::layout::inner;
use super::ui_direction;
use crate::app::i18n::tr;
use crate::app::state::{Mark, Pane, RowKind, State};
use crate::corpus::ParagraphKind;

/// Style of marked cells and of the one the cursor is on.
pub const MARK: Style = Style::new().bg(Color::Yellow).fg(Color::Black);
pub const CURRENT: Style = Style::new()
    .bg(Color::Magenta)
    .fg(Color::White)
    .add_modifier(Modifier::BOLD);

pub fn draw(s: &State, area: Rect, buf: &mut Buffer) {
    let title = s
        .corpus
        .articles
        .get(s.open)
        .map_or("", |a| a.outlet.as_str());
    let label = format!("{} {} · {}", tr(s.lang, "body"), s.open + 1, title);
    frame(buf, area, &label, s.focus == Pane::Body, ui_direction(s));
    let text = body_area(area);
    let marks: Vec<Mark> = s
        .marks()
        .into_iter()
        .filter(|m| m.article == s.open)
        .collect();
    let all = s.marks();
    let current = s
        .cursor
        .and_then(|c| all.get(c).copied())
        .filter(|m| m.article == s.open);
    for (row, r) in s
        .body
        .rows
        .iter()
        .skip(s.body_scroll)
        .take(usize::from(text.height))
        .enumerate()
    {
        let base = match r.kind {
            RowKind::Headline => Style::default()
                .add_modifier(Modifier::BOLD)
                .fg(Color::White),
            RowKind::Meta => Style::default()
                .fg(Color::Gray)
                .add_modifier(Modifier::ITALIC),
            RowKind::Paragraph(ParagraphKind::Title) => {
                Style::default().add_modifier(Modifier::BOLD)
            }
            RowKind::Paragraph(ParagraphKind::Meta) => Style::default().fg(Color::Gray),
            RowKind::Paragraph(ParagraphKind::Boilerplate) => Style::default()
                .fg(Color::DarkGray)
                .add_modifier(Modifier::DIM),
            RowKind::Paragraph(ParagraphKind::Body) | RowKind::Blank => Style::default(),
        };
        let y = text.y + row as u16;
        put_line(buf, text, y, &r.line, |cell| {
            let Some(p) = r.paragraph else { return base };
            let hit = |m: &Mark| {
                m.paragraph == p && cell.logical.start < m.end && m.start < cell.logical.end
            };
            if current.as_ref().is_some_and(hit) {
                CURRENT
            } else if marks.iter().any(hit) {
                MARK
            } else {
                base
            }
        });
    }
}

/// Where the text goes: inside the border, one column of margin on each side.
pub fn body_area(area: Rect) -> Rect {
    let i = inner(area);
    Rect {
        x: i.x + 1,
        width: i.width.saturating_sub(2),
        ..i
    }
}
