//! Drawing: one widget per pane, all text through the text engine as finished visual rows,
//! styles from the [`theme`]. Widgets only read the reader's state; where panes go comes
//! from [`crate::screen`] through the state's last layout, so clicks land on what was drawn.

pub mod articles;
pub mod body;
pub mod compare;
pub mod detail;
pub mod draw;
pub mod entities;
pub mod failures;
pub mod help;
pub mod list;
pub mod status;
pub mod stories;
pub mod theme;
pub mod timeline;

use std::rc::Rc;

use ratatui::Frame;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

use crate::app::action::Action;
use crate::app::state::{AnalysisState, State};
use crate::app::{App, Bidi};
use crate::i18n::tr;
use crate::screen::geometry::MIN;
use crate::text::{Cell, Direction, VisualLine};
use draw::RowCache;
use theme::Theme;

/// The drawing side of the reader: the theme, the bidi mode, and a memo of laid-out rows.
#[derive(Default)]
pub struct Ui {
    pub theme: Theme,
    pub bidi: Bidi,
    rows: RowCache,
}

impl Ui {
    pub fn new(theme: Theme, bidi: Bidi) -> Ui {
        Ui {
            theme,
            bidi,
            rows: RowCache::default(),
        }
    }

    /// The first row of a short text (list row, status, help line), memoized.
    pub fn row(&self, text: &str, width: u16, direction: Direction) -> Rc<VisualLine> {
        self.rows.row(text, width, direction)
    }

    /// Put a row on screen: in visual order, or in logical order for a terminal that
    /// reorders by itself.
    pub fn put(
        &self,
        buf: &mut Buffer,
        area: Rect,
        y: u16,
        line: &VisualLine,
        style: impl Fn(&Cell) -> Style,
    ) {
        match self.bidi {
            Bidi::Explicit => draw::put_line(buf, area, y, line, style),
            Bidi::Terminal => draw::put_line(buf, area, y, &draw::logical(line), style),
        }
    }

    /// A pane's frame and title.
    pub fn frame(&self, buf: &mut Buffer, area: Rect, title: &str, focused: bool, s: &State) {
        let logical = self.bidi == Bidi::Terminal;
        draw::frame(
            buf,
            area,
            title,
            focused,
            ui_direction(s),
            &self.theme,
            logical,
        );
    }

    /// A pane's one-line note in place of its rows: analysing, failed, or nothing found.
    /// `None` when the pane has rows to draw.
    /// `stage` names the analysis stage behind the pane: an article it failed on is named
    /// in place of "none found" (`failures.rs`).
    pub fn note(
        &self,
        s: &State,
        empty: bool,
        none_key: &'static str,
        stage: &str,
    ) -> Option<(String, Style)> {
        match &s.analysis {
            AnalysisState::Pending if s.loading.is_some() => {
                Some((tr(s.lang, "loading").to_string() + "…", self.theme.note))
            }
            AnalysisState::Pending => Some((tr(s.lang, "analysing").to_string(), self.theme.note)),
            AnalysisState::Failed(reason) => Some((
                format!("{}: {reason}", tr(s.lang, "analysis_failed")),
                self.theme.failure,
            )),
            AnalysisState::Ready(_) if empty => Some(match failures::note(s, stage) {
                Some(failed) => (failed, self.theme.failure),
                None => (tr(s.lang, none_key).to_string(), self.theme.note),
            }),
            AnalysisState::Ready(_) => None,
        }
    }

    /// Draw the whole screen from the state's layout.
    pub fn draw(&self, s: &State, f: &mut Frame) {
        let size = f.area();
        let buf = f.buffer_mut();
        if size.width < MIN.0 || size.height < MIN.1 {
            let msg = draw::one_row(tr(s.lang, "too_small"), size.width, ui_direction(s));
            self.put(buf, size, size.y + size.height / 2, &msg, |_| {
                Style::default()
            });
            return;
        }
        let a = s.layout;
        if let Some(r) = a.articles {
            articles::View { s, ui: self }.render(r, buf);
        }
        if let Some(r) = a.body {
            body::View { s, ui: self }.render(r, buf);
        }
        if let Some(r) = a.entities {
            entities::View { s, ui: self }.render(r, buf);
        }
        if let Some(r) = a.timeline {
            timeline::View { s, ui: self }.render(r, buf);
        }
        if let (Some(d), Some(r)) = (&s.detail, detail::area(&a)) {
            detail::View { s, ui: self, d }.render(r, buf);
        }
        if let Some(c) = &s.compare {
            compare::View { s, ui: self, c }.render(size, buf);
        }
        if s.stories.listing() {
            stories::View { s, ui: self }.render(size, buf);
        }
        if let Some(r) = a.status {
            status::View { s, ui: self }.render(r, buf);
        }
        if s.help.open {
            let r = Rect {
                height: size.height.saturating_sub(1),
                ..size
            };
            help::View { s, ui: self }.render(r, buf);
        }
    }

    /// Bring the state to the terminal's size, then draw a frame (tests and benches; the
    /// reader's loop gets the size from resize events).
    pub fn render<B: Backend>(
        &self,
        app: &mut App,
        terminal: &mut Terminal<B>,
    ) -> Result<(), B::Error> {
        let size = terminal.size()?;
        if app.state.size != (size.width, size.height) {
            app.update(Action::Resize(size.width, size.height));
        }
        terminal.draw(|f| self.draw(&app.state, f))?;
        Ok(())
    }
}

/// The base direction of UI rows: right-to-left for the Arabic interface.
pub fn ui_direction(s: &State) -> Direction {
    if s.lang.is_rtl() {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}
