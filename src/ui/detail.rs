//! The detail view over the side panes: an event's date and text, or an entity's kind,
//! variants and per-outlet counts; then every mention in reading order with its whole
//! sentence and source, the selected one barred (Enter jumps to it).

use std::collections::BTreeMap;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Clear, Widget};

use super::draw::{fill_row, iso, iso_in};
use super::entities::kind_key;
use super::timeline::date_field;
use super::{Ui, ui_direction};
use crate::app::panes::detail::Detail;
use crate::app::state::{Mark, State, Target};
use crate::i18n::tr;
use crate::screen::geometry::{Areas, inner};
use crate::text::{LayoutOptions, VisualLine, layout_paragraph};

/// Where the detail view goes ([`Areas::detail`]).
pub fn area(a: &Areas) -> Option<Rect> {
    a.detail()
}

/// The sentence of `text` around chars `start..end`: from after the previous sentence end
/// (. ! ? ؟ or a line break) to the next one, included.
pub fn sentence_around(text: &str, start: usize, end: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let ends = |c: char| matches!(c, '.' | '!' | '?' | '؟' | '\n');
    let from = chars
        .iter()
        .take(start)
        .rposition(|c| ends(*c))
        .map_or(0, |i| i + 1);
    let to = chars
        .iter()
        .skip(end.min(chars.len()))
        .position(|c| ends(*c))
        .map_or(chars.len(), |i| end + i + 1);
    chars
        .get(from..to.min(chars.len()))
        .unwrap_or_default()
        .iter()
        .collect::<String>()
        .trim()
        .to_string()
}

pub struct View<'a> {
    pub s: &'a State,
    pub ui: &'a Ui,
    pub d: &'a Detail,
}

impl View<'_> {
    /// The rows above the mentions.
    fn header(&self) -> Vec<String> {
        let s = self.s;
        let Some(a) = s.analysis() else {
            return Vec::new();
        };
        let count = format!("{} ({})", tr(s.lang, "mentions"), s.marks().len());
        match self.d.target {
            Target::Event(i) => a.timeline.get(i).map_or_else(Vec::new, |e| {
                vec![
                    format!("{} {}", date_field(e, s.lang.is_rtl()), iso(&e.summary)),
                    count,
                ]
            }),
            Target::Entity(i) => a.entities.get(i).map_or_else(Vec::new, |e| {
                let mut per: BTreeMap<&str, usize> = BTreeMap::new();
                for m in s.marks() {
                    if m.article < s.corpus.articles.len() {
                        *per.entry(s.source_name(m.article)).or_default() += 1;
                    }
                }
                let per: Vec<String> = per.iter().map(|(o, n)| format!("{} {n}", iso(o))).collect();
                let mut rows = vec![format!(
                    "{} · {}",
                    iso(&e.name),
                    tr(s.lang, kind_key(e.kind))
                )];
                if !e.variants.is_empty() {
                    let v: Vec<String> = e.variants.iter().map(|v| iso(v)).collect();
                    rows.push(format!("{}: {}", tr(s.lang, "variants"), v.join("، ")));
                }
                rows.push(per.join(" · "));
                rows.push(count);
                rows
            }),
            Target::Search => vec![count],
        }
    }

    /// A mention's rows: `[source] outlet` in the UI's direction, then its whole sentence
    /// in its own direction (an Arabic sentence right-aligned), wrapped.
    fn mention_rows(&self, mark: &Mark, width: usize) -> Vec<VisualLine> {
        let s = self.s;
        let Some(art) = s.corpus.articles.get(mark.article) else {
            return Vec::new();
        };
        let sentence = art
            .paragraphs
            .get(mark.paragraph)
            .map(|p| sentence_around(&p.text, mark.start, mark.end))
            .unwrap_or_default();
        let source = format!(
            "{} {}",
            iso_in(&format!("[{}]", mark.article + 1), ui_direction(s)),
            iso(s.source_name(mark.article))
        );
        let mut rows = wrap(&source, width, Some(ui_direction(s)));
        rows.extend(wrap(&sentence, width, None));
        rows
    }
}

/// `text` laid out in rows of `width`, in `direction` (its own when `None`).
fn wrap(text: &str, width: usize, direction: Option<crate::text::Direction>) -> Vec<VisualLine> {
    let opts = LayoutOptions {
        direction,
        ..LayoutOptions::new(width.max(1))
    };
    layout_paragraph(text, &opts)
}

impl Widget for &View<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (s, ui) = (self.s, self.ui);
        Clear.render(area, buf);
        ui.frame(buf, area, tr(s.lang, "details"), true, s);
        let body = inner(area);
        let dir = ui_direction(s);
        let mut y = body.y;
        for h in self.header() {
            for line in wrap(&h, usize::from(body.width), Some(dir)) {
                if y >= body.bottom() {
                    return;
                }
                ui.put(buf, body, y, &line, |_| ui.theme.heading);
                y += 1;
            }
        }
        // Mentions from a little before the selected one, so it is on screen with context.
        let marks = s.marks();
        let sel = self.d.list.sel.min(marks.len().saturating_sub(1));
        for (k, mark) in marks.iter().enumerate().skip(sel.saturating_sub(2)) {
            let selected = k == sel;
            let style: Style = if selected {
                ui.theme.selection
            } else {
                ui.theme.text
            };
            for line in self.mention_rows(mark, usize::from(body.width)) {
                if y >= body.bottom() {
                    return;
                }
                if selected {
                    fill_row(buf, body, y, style);
                }
                ui.put(buf, body, y, &line, |_| style);
                y += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sentence_around;

    #[test]
    fn the_whole_sentence_around_a_mention() {
        let t = "جملة أولى. التقى قاآني بالقادة في بغداد. جملة ثالثة";
        let start = t.chars().position(|c| c == 'ق').unwrap_or(0);
        assert_eq!(
            sentence_around(t, start, start + 5),
            "التقى قاآني بالقادة في بغداد."
        );
        assert_eq!(sentence_around("no end here", 3, 5), "no end here");
    }
}
