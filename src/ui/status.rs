//! The status bar: source i/N, outlet, date, reading position, and `mention i/N` (or
//! `hit i/N`) while cycling — or the search prompt while typing a query.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use super::draw::{fill_row, one_row, put_line};
use super::ui_direction;
use crate::app::i18n::tr;
use crate::app::state::{State, Target};
use crate::text::Direction;

/// The status text (also used by tests).
pub fn text(s: &State) -> String {
    let n = s.corpus.articles.len();
    let mut parts = vec![format!("{} {}/{n}", tr(s.lang, "source"), s.open + 1)];
    // Outlet and date as separate parts, so each keeps its own direction.
    parts.extend(s.meta_line(s.open).split(" · ").map(str::to_string));
    // Reading position: 0% at the top, 100% when the last row is on screen.
    let hidden = s
        .body
        .rows
        .len()
        .saturating_sub(usize::from(crate::ui::body_size(s).1));
    let pct = (s.body_scroll.min(hidden) * 100)
        .checked_div(hidden)
        .unwrap_or(100);
    parts.push(format!("{pct}%"));
    if let (Some(c), Some(t)) = (s.cursor, s.target) {
        let total = s.marks().len();
        let word = if t == Target::Search {
            "hit"
        } else {
            "mention"
        };
        parts.push(format!("{} {}/{total}", tr(s.lang, word), c + 1));
    }
    if s.show_boilerplate {
        parts.push(tr(s.lang, "boilerplate").to_string());
    }
    if let Some(m) = &s.message {
        parts.push(m.clone());
    }
    parts.push(tr(s.lang, "help_hint").to_string());
    // Each part is a first-strong isolate (FSI … PDI): an Arabic outlet name must not pull
    // the neighbouring numbers into its run (`0 · … ﺔﻔﻴﺤﺻ%` instead of `ﺔﻔﻴﺤﺻ · 0%`).
    parts
        .iter()
        .map(|p| format!("\u{2068}{p}\u{2069}"))
        .collect::<Vec<_>>()
        .join(" · ")
}

pub fn draw(s: &State, area: Rect, buf: &mut Buffer) {
    let style = Style::default().bg(Color::DarkGray).fg(Color::White);
    fill_row(buf, area, area.y, style);
    if let Some(q) = &s.search.prompt {
        // The query as typed, laid out right-to-left by the engine, with a cursor block at its
        // logical end.
        let label = format!("{}: ", tr(s.lang, "search"));
        let prompt_style = Style::default().bg(Color::Black).fg(Color::White);
        fill_row(buf, area, area.y, prompt_style);
        let label_row = one_row(&label, area.width, Direction::Ltr);
        let lw = u16::try_from(label_row.width())
            .unwrap_or(0)
            .min(area.width);
        put_line(buf, area, area.y, &label_row, |_| {
            prompt_style.add_modifier(Modifier::BOLD)
        });
        let field = Rect {
            x: area.x + lw,
            width: area.width.saturating_sub(lw + 1),
            ..area
        };
        let row = one_row(q, field.width, Direction::Rtl);
        // Right-to-left text grows leftwards: show it right-aligned in the field.
        put_line(buf, field, area.y, &row, |_| prompt_style);
        if let Some(c) = buf.cell_mut((field.right(), area.y)) {
            c.set_symbol("▏")
                .set_style(prompt_style.add_modifier(Modifier::SLOW_BLINK));
        }
        return;
    }
    let row = s.rows.row(&text(s), area.width, ui_direction(s));
    put_line(buf, area, area.y, &row, |_| style);
}
