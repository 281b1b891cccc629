//! The article list: number, outlet, date, headline; the open article marked.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use super::draw::{fill_row, frame, iso, put_line};
use super::layout::{inner, list_offset};
use super::ui_direction;
use crate::app::i18n::tr;
use crate::app::state::{Pane, State};

/// The date of an article without a publication date, as the timeline worked it out: read
/// from its own text (`2024-01-26°`), borrowed from the story (`~2024-02-18`), or `—`.
fn reference_date(s: &State, i: usize) -> String {
    use crate::extract::ReferenceSource;
    let r = s.analysis.as_ref().and_then(|a| a.references.get(i));
    match r.map(|r| (r.date.as_deref(), r.source)) {
        Some((Some(d), ReferenceSource::Story)) => format!("{}{d}", super::timeline::ESTIMATED),
        Some((Some(d), ReferenceSource::Published)) => d.to_string(),
        Some((Some(d), _)) => format!("{d}{}", super::timeline::FROM_TEXT),
        _ => "—".to_string(),
    }
}

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
        let date = match a.published {
            Some(d) => d.format("%Y-%m-%d").to_string(),
            None => reference_date(s, i),
        };
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
