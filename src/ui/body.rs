//! The open article: headline, meta line, paragraphs; boilerplate hidden or dimmed; the
//! mentions of the selected entity, event or search highlighted where bidi put them; text
//! shared with other sources in the shared style, with the other source's number in the
//! margin on the row's start side.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::Ui;
use crate::app::panes::body::RowKind;
use crate::app::state::{Mark, State};
use crate::compare::view::SharedSpan;
use crate::corpus::ParagraphKind;
use crate::i18n::tr;
use crate::screen::Pane;
use crate::screen::geometry::body_text;
use crate::text::{Direction, VisualLine};

pub struct View<'a> {
    pub s: &'a State,
    pub ui: &'a Ui,
}

impl Widget for &View<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (s, ui, t) = (self.s, self.ui, &self.ui.theme);
        // The name every pane gives the article: its outlet, else its own (screen::sources).
        let outlet = s.source_name(s.open);
        let label = format!("{} {} · {}", tr(s.lang, "body"), s.open + 1, outlet);
        ui.frame(buf, area, &label, s.focus == Pane::Body, s);
        let text = body_text(area);
        // The walk's marks are in reading order: this article's are one run of them.
        let marks = s.marks();
        let first = marks.partition_point(|m| m.article < s.open);
        let end = marks.partition_point(|m| m.article <= s.open);
        let here = marks.get(first.min(end)..end).unwrap_or_default();
        let shared = s.reuse.ready().map_or(Vec::new(), |r| r.marks(s.open));
        let current = s
            .walk
            .cursor
            .and_then(|c| marks.get(c).copied())
            .filter(|m| m.article == s.open);
        for (row, r) in s
            .body
            .rows
            .iter()
            .skip(s.body.scroll)
            .take(usize::from(text.height))
            .enumerate()
        {
            let base = match r.kind {
                RowKind::Headline => t.headline,
                RowKind::Meta => t.meta,
                RowKind::Paragraph(ParagraphKind::Title) => t.headline,
                RowKind::Paragraph(ParagraphKind::Meta) => t.meta,
                RowKind::Paragraph(ParagraphKind::Boilerplate) => t.boilerplate,
                RowKind::Paragraph(ParagraphKind::Body) | RowKind::Blank => t.text,
            };
            let y = text.y + row as u16;
            let shared_here: Vec<&SharedSpan> = r.paragraph.map_or(Vec::new(), |p| {
                shared
                    .iter()
                    .filter(|m| {
                        m.paragraph == p
                            && r.line
                                .cells
                                .iter()
                                .any(|c| c.logical.start < m.end && m.start < c.logical.end)
                    })
                    .collect()
            });
            if let Some(first) = shared_here.first() {
                margin(buf, area, text, y, &r.line, first, t.margin);
            }
            ui.put(buf, text, y, &r.line, |cell| {
                let Some(p) = r.paragraph else { return base };
                let hit = |m: &Mark| {
                    m.paragraph == p && cell.logical.start < m.end && m.start < cell.logical.end
                };
                if current.as_ref().is_some_and(hit) {
                    t.current
                } else if here.iter().any(hit) {
                    t.mention
                } else if shared_here
                    .iter()
                    .any(|m| cell.logical.start < m.end && m.start < cell.logical.end)
                {
                    base.patch(t.shared)
                } else {
                    base
                }
            });
        }
    }
}

/// The margin mark of a row holding shared text: the other source's number (`+` past 9) in
/// the margin column on the row's start side (right of a right-to-left row).
fn margin(
    buf: &mut Buffer,
    pane: Rect,
    text: Rect,
    y: u16,
    line: &VisualLine,
    span: &SharedSpan,
    style: ratatui::style::Style,
) {
    // The outer of the two columns beside the text (screen::geometry::body_text).
    let x = match line.direction {
        Direction::Rtl => text.right() + 1,
        Direction::Ltr => text.x.saturating_sub(2),
    };
    if x <= pane.x || x + 1 >= pane.right() {
        return;
    }
    let n = span.others.first().map_or(0, |o| o + 1);
    let mark = if (1..=9).contains(&n) {
        char::from(b'0' + n as u8).to_string()
    } else {
        "+".to_string()
    };
    if let Some(c) = buf.cell_mut((x, y)) {
        c.set_symbol(&mark).set_style(style);
    }
}
