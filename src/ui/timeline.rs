//! The shared timeline: date, short event text, and a badge of the sources reporting it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use super::draw::{fill_row, frame, iso, iso_in, one_row, put_line};
use super::layout::{inner, list_offset};
use super::ui_direction;
use crate::app::i18n::tr;
use crate::app::state::{Pane, State};

/// The mark before an estimated date: one resolved against a date borrowed from another
/// article (`Event::inferred`). Explained in the help overlay's legend.
pub const ESTIMATED: &str = "~";

/// The mark after a date whose written weekday disagrees with it (`Event::conflict`).
pub const CONFLICT: &str = "!";

/// The mark after an article's date read from its own text rather than its metadata (a date
/// line, an embedded post, a full date agreeing with a weekday), in the article list.
pub const FROM_TEXT: &str = "°";

pub fn draw(s: &State, area: Rect, buf: &mut Buffer) {
    let dir = ui_direction(s);
    frame(
        buf,
        area,
        tr(s.lang, "timeline"),
        s.focus == Pane::Timeline,
        dir,
    );
    let body = inner(area);
    let events = s.events();
    if s.analysis.is_none() || events.is_empty() {
        let msg = if s.analysis.is_none() {
            "analysing"
        } else {
            "no_events"
        };
        put_line(
            buf,
            body,
            body.y,
            &one_row(tr(s.lang, msg), body.width, dir),
            |_| Style::default().fg(Color::DarkGray),
        );
        return;
    }
    let offset = list_offset(s.event_sel, usize::from(body.height));
    for (k, (i, e)) in events
        .iter()
        .enumerate()
        .skip(offset)
        .take(usize::from(body.height))
        .enumerate()
    {
        let y = body.y + k as u16;
        let arabic = s.lang == crate::app::i18n::Lang::Ar;
        let shown = crate::extract::timeline::readable(&e.date, e.precision, arabic);
        let date = match &e.end {
            Some(end) => format!("{shown}…{}", end.rsplit('-').next().unwrap_or(end)),
            None => shown.into_owned(),
        };
        let date = match (e.inferred, e.conflict) {
            (true, true) => format!("{ESTIMATED}{date}{CONFLICT}"),
            (true, false) => format!("{ESTIMATED}{date}"),
            (false, true) => format!("{date}{CONFLICT}"),
            (false, false) => date,
        };
        let b = s.derived.event_badges.get(i).map_or("", String::as_str);
        // Date and sources first in both languages: a row too long for the pane loses the
        // end of its summary (marked `…`), never the sources.
        let text = format!(
            "{} {} {}",
            iso(&date),
            iso_in(&format!("[{b}]"), ui_direction(s)),
            iso(&e.summary)
        );
        let mut style = if e.inferred {
            Style::default().add_modifier(Modifier::ITALIC)
        } else {
            Style::default()
        };
        if i == s.event_sel && s.focus == Pane::Timeline {
            style = Style::default().bg(Color::Blue).fg(Color::White);
            fill_row(buf, body, y, style);
        }
        put_line(buf, body, y, &s.rows.row(&text, body.width, dir), |_| style);
    }
}
