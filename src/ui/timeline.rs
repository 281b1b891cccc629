//! The shared timeline: date, sources, and the event's short text; estimated dates marked.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::draw::{iso, iso_in, one_row};
use super::list::List;
use super::{Ui, ui_direction};
use crate::app::state::State;
use crate::extract::Event;
use crate::i18n::tr;
use crate::screen::Pane;
use crate::screen::geometry::inner;
use crate::screen::rows::{CONFLICT, ESTIMATED};

pub struct View<'a> {
    pub s: &'a State,
    pub ui: &'a Ui,
}

/// An event's date as shown: a range's end day after `…`, and the estimated mark at the
/// start side of the UI (left of the digits in English, right of them in Arabic), outside
/// the date's own left-to-right isolate.
/// Decades, centuries and seasons read as words (`1970s`, `القرن 20`, `صيف 2025`), and a
/// weekday conflict marked after the date.
/// A Hijri year shows as its Gregorian year or years and the year as written, the Hijri
/// part outside the isolate in Arabic (`1976 (1396 هـ)`, `1976 (AH 1396)`).
pub fn date_field(e: &Event, rtl: bool) -> String {
    let hijri = e
        .end
        .as_deref()
        .and_then(|end| crate::extract::timeline::hijri_year(&e.date, end));
    let shown = crate::extract::timeline::readable(&e.date, e.precision, rtl);
    let date = match (&e.end, &hijri) {
        (_, Some((_, gregorian))) => gregorian.clone(),
        (Some(end), None) => format!("{shown}…{}", end_part(&e.date, end)),
        (None, None) => shown.into_owned(),
    };
    let date = if e.conflict {
        format!("{date}{CONFLICT}")
    } else {
        date
    };
    let field = match (e.inferred, rtl) {
        (false, _) => iso(&date),
        (true, false) => iso(&format!("{ESTIMATED}{date}")),
        (true, true) => format!("{ESTIMATED}{}", iso(&date)),
    };
    match hijri {
        Some((y, _)) if rtl => format!("{field} ({y} هـ)"),
        Some((y, _)) => format!("{field} (AH {y})"),
        None => field,
    }
}

/// What a range's end says beyond its start: the day within one month (`2023-08-07…08`), the
/// month and day into another month (`2026-06-11…07-19`), else the whole end (`2020…2021`).
fn end_part<'a>(start: &str, end: &'a str) -> &'a str {
    let after = |n: usize| {
        start
            .get(..n)
            .filter(|p| p.ends_with('-') && end.starts_with(p))
            .and_then(|_| end.get(n..))
    };
    after(8).or_else(|| after(5)).unwrap_or(end)
}

impl Widget for &View<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (s, ui) = (self.s, self.ui);
        let dir = ui_direction(s);
        ui.frame(
            buf,
            area,
            tr(s.lang, "timeline"),
            s.focus == Pane::Timeline,
            s,
        );
        let body = inner(area);
        let events = s.events();
        if let Some((msg, style)) = ui.note(s, events.is_empty(), "no_events", "timeline") {
            ui.put(buf, body, body.y, &one_row(&msg, body.width, dir), |_| {
                style
            });
            return;
        }
        let body = super::failures::rows_left(ui, s, "timeline", body, buf);
        let list = List {
            body,
            direction: dir,
            len: events.len(),
            selected: s.timeline.list.sel,
            focused: s.focus == Pane::Timeline,
            rows_per_item: 1,
        };
        list.draw(ui, buf, |i| {
            let Some(e) = events.get(i) else {
                return Vec::new();
            };
            let b = s.timeline.badges.get(i).map_or("", String::as_str);
            // Date and sources first in both languages: a row too long for the pane loses
            // the end of its summary (marked `…`), never the sources.
            let text = format!(
                "{} {} {}",
                date_field(e, s.lang.is_rtl()),
                iso_in(&format!("[{b}]"), dir),
                iso(&e.summary)
            );
            let style = if e.inferred {
                ui.theme.estimated
            } else {
                ui.theme.text
            };
            vec![(text, style)]
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Precision;

    fn event(date: &str, end: Option<&str>) -> Event {
        Event {
            id: date.to_string(),
            date: date.to_string(),
            end: end.map(str::to_string),
            precision: Precision::Day,
            inferred: false,
            inferred_mentions: Vec::new(),
            conflict: false,
            summary: String::new(),
            sources: Vec::new(),
            mentions: Vec::new(),
        }
    }

    #[test]
    fn a_hijri_year_shows_its_gregorian_year_and_the_year_as_written() {
        let start = crate::calendar::hijri_to_gregorian(1396, 1, 1).expect("in range");
        let end = crate::calendar::hijri_to_gregorian(1397, 1, 1)
            .and_then(|d| d.pred_opt())
            .expect("in range");
        let e = event(&start.to_string(), Some(&end.to_string()));
        assert_eq!(date_field(&e, true), format!("{} (1396 هـ)", iso("1976")));
        assert_eq!(date_field(&e, false), format!("{} (AH 1396)", iso("1976")));
        // Any other range keeps its days.
        let e = event("1976-01-02", Some("1976-02-10"));
        assert_eq!(date_field(&e, false), iso("1976-01-02…02-10"));
    }
}
