//! Where the panes go for a terminal size: articles | body | entities over timeline at
//! 100×30 and above (mirrored for an Arabic UI); below that one pane at a time, the focused
//! one, filling the screen; below [`MIN`] nothing but a message.

use ratatui::layout::Rect;

use super::Pane;

/// The smallest terminal that shows all four panes.
pub const FULL: (u16, u16) = (100, 30);
/// Below this, only a "too small" message.
pub const MIN: (u16, u16) = (30, 8);

/// Pane rectangles (borders included); `None` for panes not shown at this size.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Areas {
    pub articles: Option<Rect>,
    pub body: Option<Rect>,
    pub entities: Option<Rect>,
    pub timeline: Option<Rect>,
    pub status: Option<Rect>,
}

impl Areas {
    /// The rectangle of `pane`, if it is shown.
    pub fn of(&self, pane: Pane) -> Option<Rect> {
        match pane {
            Pane::Articles => self.articles,
            Pane::Body => self.body,
            Pane::Entities => self.entities,
            Pane::Timeline => self.timeline,
        }
    }

    /// The pane under a cell.
    pub fn pane_at(&self, x: u16, y: u16) -> Option<Pane> {
        Pane::ALL.into_iter().find(|p| {
            self.of(*p)
                .is_some_and(|r| x >= r.x && x < r.right() && y >= r.y && y < r.bottom())
        })
    }

    /// Whether all four panes are shown (else one at a time).
    pub fn is_full(&self) -> bool {
        self.articles.is_some() && self.body.is_some() && self.entities.is_some()
    }

    /// Where a detail view goes: over the entities and timeline in the full layout, else
    /// over the one pane shown.
    pub fn detail(&self) -> Option<Rect> {
        match (self.entities, self.timeline, self.is_full()) {
            (Some(e), Some(t), true) => Some(e.union(t)),
            _ => [self.articles, self.body, self.entities, self.timeline]
                .into_iter()
                .flatten()
                .next(),
        }
    }

    /// Rows of text inside `pane`'s border (a default for a hidden pane, so paging still
    /// moves).
    pub fn inner_height(&self, pane: Pane) -> usize {
        self.of(pane)
            .map_or(10, |r| usize::from(r.height.saturating_sub(2)).max(1))
    }

    /// The body's text area (width, height), at least 1×1.
    pub fn body_text(&self) -> (u16, u16) {
        self.body.map_or((1, 1), |r| {
            let t = body_text(r);
            (t.width.max(1), t.height.max(1))
        })
    }
}

/// Whether a terminal of this size shows one pane at a time.
pub fn is_narrow((w, h): (u16, u16)) -> bool {
    w < FULL.0 || h < FULL.1
}

/// Lay out the panes for a `(w, h)` terminal; `rtl` mirrors them; on a small terminal only
/// `shown` is drawn (it fills the screen above the status bar).
pub fn areas((w, h): (u16, u16), rtl: bool, shown: Pane) -> Areas {
    if w < MIN.0 || h < MIN.1 {
        return Areas::default();
    }
    let main = Rect::new(0, 0, w, h - 1);
    let status = Some(Rect::new(0, h - 1, w, 1));
    let mirror = |r: Rect| {
        if rtl {
            Rect {
                x: w - r.x - r.width,
                ..r
            }
        } else {
            r
        }
    };
    if !is_narrow((w, h)) {
        let left = w * 3 / 10;
        let right = w * 3 / 10;
        let mid = w - left - right;
        let top = main.height / 2;
        return Areas {
            articles: Some(mirror(Rect::new(0, 0, left, main.height))),
            body: Some(mirror(Rect::new(left, 0, mid, main.height))),
            entities: Some(mirror(Rect::new(left + mid, 0, right, top))),
            timeline: Some(mirror(Rect::new(left + mid, top, right, main.height - top))),
            status,
        };
    }
    let mut a = Areas {
        status,
        ..Areas::default()
    };
    let slot = match shown {
        Pane::Articles => &mut a.articles,
        Pane::Body => &mut a.body,
        Pane::Entities => &mut a.entities,
        Pane::Timeline => &mut a.timeline,
    };
    *slot = Some(main);
    a
}

/// Where the story list goes: the whole screen above the status bar (it comes before the
/// panes, in their place); `None` below [`MIN`].
pub fn story_list((w, h): (u16, u16)) -> Option<Rect> {
    (w >= MIN.0 && h >= MIN.1).then(|| Rect::new(0, 0, w, h - 1))
}

/// The first row shown of a list of which row `selected` must stay visible in `height` rows.
pub fn list_offset(selected: usize, height: usize) -> usize {
    (selected + 1).saturating_sub(height.max(1))
}

/// Inside the border.
pub fn inner(r: Rect) -> Rect {
    Rect {
        x: r.x + 1,
        y: r.y + 1,
        width: r.width.saturating_sub(2),
        height: r.height.saturating_sub(2),
    }
}

/// Where the body's text goes: inside the border, two columns on each side — the margin mark
/// of shared text (ui/body.rs) and a blank column between it and the row, so a mark `2` beside
/// a row that starts with a number never reads as one more digit.
pub fn body_text(area: Rect) -> Rect {
    let i = inner(area);
    Rect {
        x: i.x + 2,
        width: i.width.saturating_sub(4),
        ..i
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_panes_at_full_size_mirrored_for_arabic() {
        let en = areas((120, 40), false, Pane::Entities);
        let ar = areas((120, 40), true, Pane::Entities);
        let (ae, aa) = (
            en.articles.expect("articles"),
            ar.articles.expect("articles"),
        );
        assert_eq!(ae.x, 0);
        assert_eq!(aa.right(), 120);
        assert!(en.is_full() && en.timeline.is_some());
        assert_eq!(en.pane_at(1, 1), Some(Pane::Articles));
        assert_eq!(ar.pane_at(1, 1), Some(Pane::Entities));
    }

    #[test]
    fn below_full_size_one_pane_fills_the_screen() {
        let a = areas((80, 24), false, Pane::Timeline);
        assert_eq!(a.timeline, Some(Rect::new(0, 0, 80, 23)));
        assert!(a.articles.is_none() && a.entities.is_none() && a.body.is_none());
        assert!(!a.is_full());
        let a = areas((20, 5), false, Pane::Timeline);
        assert!(a.body.is_none() && a.status.is_none());
        for w in 0..130 {
            for h in [0, 1, 7, 8, 9, 29, 30, 31] {
                for p in Pane::ALL {
                    let _ = areas((w, h), true, p);
                }
            }
        }
    }

    #[test]
    fn panes_cycle_both_ways() {
        assert_eq!(Pane::Timeline.cycle(1), Pane::Articles);
        assert_eq!(Pane::Articles.cycle(-1), Pane::Timeline);
    }
}
