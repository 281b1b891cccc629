//! The help overlay, generated from the keymap table: every binding with its description.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::widgets::{Clear, Widget};

use super::draw::{frame, iso, put_line};
use super::layout::inner;
use super::ui_direction;
use crate::app::i18n::{Lang, tr};
use crate::app::state::State;

/// The marks drawn in the panes, each with the i18n key of its explanation: listed after the
/// key bindings, laid out like them (mark in the keys column).
const LEGEND: &[(&str, &str)] = &[
    (super::timeline::ESTIMATED, "legend_estimated"),
    (super::timeline::CONFLICT, "legend_conflict"),
    (super::timeline::FROM_TEXT, "legend_from_text"),
];

/// How many rows [`rows`] gives, without laying any of them out (asked on every keypress
/// while the help is shown).
pub fn row_count(s: &State) -> usize {
    s.keymap.bindings.len() + LEGEND.len()
}

/// The help rows: keys, then the description in the UI language; then the legend of marks.
pub fn rows(s: &State) -> Vec<String> {
    let legend = LEGEND
        .iter()
        .map(|(mark, key)| field_row(s, mark, tr(s.lang, key)));
    s.keymap
        .bindings
        .iter()
        .map(|b| {
            let keys = if b.keys.len() > 4 {
                format!("{}…{}", b.keys[0], b.keys[b.keys.len() - 1])
            } else {
                b.keys.join(" ")
            };
            let desc = if s.lang == Lang::Ar {
                &b.desc_ar
            } else {
                &b.desc
            };
            field_row(s, &keys, desc)
        })
        .chain(legend)
        .collect()
}

/// Two isolated fields laid out in the UI's direction: keys at the start side (left in
/// English, right in Arabic), then the description in its own direction (`فتح المصدر رقم N`
/// keeps its N at the end of the Arabic sentence).
fn field_row(s: &State, keys: &str, desc: &str) -> String {
    let keys = if s.lang == Lang::Ar {
        format!("{keys:>10}")
    } else {
        format!("{keys:<10}")
    };
    format!("{} {}", iso(&keys), iso(desc))
}

/// Widest the help box gets: room for the longest descriptions beside their keys.
const MAX_WIDTH: u16 = 90;

/// How many help rows fit on a `size` screen: the box is drawn above the status bar and
/// keeps a row free above and below, inside its border.
pub fn visible_rows(size: (u16, u16), rows: usize) -> usize {
    rows.min(usize::from(size.1.saturating_sub(1).saturating_sub(4)))
}

pub fn draw(s: &State, area: Rect, buf: &mut Buffer) {
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
    let first = s.help_scroll.min(rows.len().saturating_sub(visible));
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
    frame(buf, r, &title, true, dir);
    for (k, text) in rows.iter().skip(first).take(visible).enumerate() {
        put_line(
            buf,
            body,
            body.y + k as u16,
            &s.rows.row(text, body.width, dir),
            |_| Style::default().fg(Color::White),
        );
    }
}
