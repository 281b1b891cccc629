//! Where the panes go for a terminal size. Used by drawing and by mouse handling, so a click
//! lands on what was drawn there.

use ratatui::layout::Rect;

use crate::app::i18n::Lang;
use crate::app::state::Pane;

/// The smallest terminal that shows all four panes.
pub const FULL: (u16, u16) = (100, 30);
/// Below this, only a "too small" message.
pub const MIN: (u16, u16) = (30, 8);

/// Pane rectangles (borders included); `None` for panes not shown at this size.
#[derive(Debug, Clone, Copy, Default)]
pub struct Areas {
    pub articles: Option<Rect>,
    pub body: Option<Rect>,
    pub entities: Option<Rect>,
    pub timeline: Option<Rect>,
    pub status: Option<Rect>,
}

/// Lay out the panes: articles | body | entities over timeline (mirrored for an Arabic UI);
/// on small terminals the body and one side pane (`side`).
pub fn areas((w, h): (u16, u16), lang: Lang, side: Pane) -> Areas {
    if w < MIN.0 || h < MIN.1 {
        return Areas::default();
    }
    let main = Rect::new(0, 0, w, h - 1);
    let status = Some(Rect::new(0, h - 1, w, 1));
    let mirror = |r: Rect| {
        if lang.is_rtl() {
            Rect {
                x: w - r.x - r.width,
                ..r
            }
        } else {
            r
        }
    };
    if w >= FULL.0 && h >= FULL.1 {
        let left = w * 3 / 10;
        let right = w * 3 / 10;
        let mid = w - left - right;
        let top = main.height / 2;
        Areas {
            articles: Some(mirror(Rect::new(0, 0, left, main.height))),
            body: Some(mirror(Rect::new(left, 0, mid, main.height))),
            entities: Some(mirror(Rect::new(left + mid, 0, right, top))),
            timeline: Some(mirror(Rect::new(left + mid, top, right, main.height - top))),
            status,
        }
    } else {
        let side_w = (w * 2 / 5).max(12).min(w / 2);
        let body = mirror(Rect::new(side_w, 0, w - side_w, main.height));
        let side_rect = Some(mirror(Rect::new(0, 0, side_w, main.height)));
        let mut a = Areas {
            body: Some(body),
            status,
            ..Areas::default()
        };
        match side {
            Pane::Articles | Pane::Body => a.articles = side_rect,
            Pane::Entities => a.entities = side_rect,
            Pane::Timeline => a.timeline = side_rect,
        }
        a
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_panes_at_full_size_mirrored_for_arabic() {
        let en = areas((120, 40), Lang::En, Pane::Entities);
        let ar = areas((120, 40), Lang::Ar, Pane::Entities);
        let (ae, aa) = (
            en.articles.expect("articles"),
            ar.articles.expect("articles"),
        );
        assert_eq!(ae.x, 0);
        assert_eq!(aa.right(), 120);
        assert!(en.entities.is_some() && en.timeline.is_some() && en.body.is_some());
    }

    #[test]
    fn small_sizes_degrade() {
        let a = areas((80, 24), Lang::En, Pane::Timeline);
        assert!(
            a.body.is_some()
                && a.timeline.is_some()
                && a.articles.is_none()
                && a.entities.is_none()
        );
        let a = areas((20, 5), Lang::En, Pane::Timeline);
        assert!(a.body.is_none() && a.status.is_none());
        for w in 0..130 {
            for h in [0, 1, 7, 8, 9, 29, 30, 31] {
                let _ = areas((w, h), Lang::Ar, Pane::Articles);
            }
        }
    }
}
