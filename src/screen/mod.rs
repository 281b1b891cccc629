//! What the screen is made of, below both the reader's state ([`crate::app`]) and its drawing
//! ([`crate::ui`]): the panes, where they go for a terminal size, and the row models of the
//! lists. The state uses it to page, scroll and map clicks; the UI uses the same functions
//! to draw, so a click lands on what was drawn there.

pub mod geometry;
pub mod rows;
pub mod sources;

/// The panes of the reader, in Tab order (the detail view opens over the side panes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Articles,
    Body,
    Entities,
    Timeline,
}

impl Pane {
    pub const ALL: [Pane; 4] = [Pane::Articles, Pane::Body, Pane::Entities, Pane::Timeline];

    /// The pane after (or before, `step = -1`) this one in Tab order.
    pub fn cycle(self, step: isize) -> Pane {
        let n = Pane::ALL.len() as isize;
        let i = Pane::ALL.iter().position(|p| *p == self).unwrap_or(0) as isize;
        // `rem_euclid(n)` is in `0..n`.
        let at = (i + step).rem_euclid(n) as usize;
        Pane::ALL.get(at).copied().unwrap_or(self)
    }
}
