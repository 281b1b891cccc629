//! Drawing: one module per pane, all text through the text engine as finished visual rows.
//! Views only read the state.

pub mod articles;
pub mod body;
pub mod draw;
pub mod entities;
pub mod failures;
pub mod help;
pub mod layout;
pub mod status;
pub mod timeline;

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::app::state::State;
use crate::text::Direction;
use layout::{MIN, areas};

/// The base direction of UI rows: right-to-left for the Arabic interface.
pub fn ui_direction(s: &State) -> Direction {
    if s.lang.is_rtl() {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}

/// Draw the whole screen. Call [`State::prepare`] with [`body_size`] first.
pub fn draw(s: &State, f: &mut Frame) {
    let size = f.area();
    let buf = f.buffer_mut();
    if size.width < MIN.0 || size.height < MIN.1 {
        let msg = draw::one_row(
            crate::app::i18n::tr(s.lang, "too_small"),
            size.width,
            ui_direction(s),
        );
        draw::put_line(buf, size, size.y + size.height / 2, &msg, |_| {
            ratatui::style::Style::default()
        });
        return;
    }
    let a = areas((size.width, size.height), s.lang, s.side);
    if let Some(r) = a.articles {
        articles::draw(s, r, buf);
    }
    if let Some(r) = a.body {
        body::draw(s, r, buf);
    }
    if let Some(r) = a.entities {
        entities::draw(s, r, buf);
    }
    if let Some(r) = a.timeline {
        timeline::draw(s, r, buf);
    }
    if let Some(r) = a.status {
        status::draw(s, r, buf);
    }
    if s.help {
        help::draw(
            s,
            Rect {
                height: size.height.saturating_sub(1),
                ..size
            },
            buf,
        );
    }
}

/// The body text area (width, height) for a terminal size, for [`State::prepare`].
pub fn body_size(s: &State) -> (u16, u16) {
    areas(s.size, s.lang, s.side).body.map_or((1, 1), |r| {
        let t = body::body_area(r);
        (t.width.max(1), t.height.max(1))
    })
}
