//! The article list: number, outlet, date, headline; the open article marked.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use super::draw::{fill_row, frame, iso, put_line};
use super::layout::{inner, list_offset};
use super::ui_direction;
use crate::app::i18n::tr;
use crate::app::state::{Pane, State};

pub fn draw(s: &State, area: Rect, buf: &mut Buffer) {
    let dir = ui_direction(s);
    frame(
        buf,
        area,
        tr(s.lang, "articles"),
        s.focus == Pane::Articles,
        dir,
    );
    let body = inner(area);
    let offset = list_offset(s.article_sel, usize::from(body.height));
    for (row, (i, a)) in s
        .corpus
        .articles
        .iter()
        .enumerate()
        .skip(offset)
        .take(usize::from(body.height))
        .enumerate()
    {
        let y = body.y + row as u16;
        let mark = if i == s.open { "▶" } else { " " };
        let date = a
            .published
            .map_or_else(|| "—".to_string(), |d| d.format("%Y-%m-%d").to_string());
        let outlet = if a.outlet.is_empty() {
            a.id.as_str()
        } else {
            a.outlet.as_str()
        };
        let text = format!(
            "{mark}{} {} {} — {}",
            i + 1,
            iso(&date),
            iso(outlet),
            iso(&a.title)
        );
        let line = s.rows.row(&text, body.width, dir);
        let selected = i == s.article_sel && s.focus == Pane::Articles;
        let mut style = Style::default();
        if i == s.open {
            style = style.add_modifier(Modifier::BOLD).fg(Color::Yellow);
        }
        if selected {
            style = style.bg(Color::Blue).fg(Color::White);
            fill_row(buf, body, y, style);
        }
        put_line(buf, body, y, &line, |_| style);
    }
}
