//! The compare view: two sources side by side, aligned passages on the same rows, scrolling
//! together. The rows come from [`crate::compare::view::side_by_side`], laid out once per
//! (lead, other, width) and kept until one of them changes.

use ratatui::layout::Rect;

use crate::app::action::Command;
use crate::app::panes::list::Move;
use crate::compare::Reuse;
use crate::compare::view::{SideBySide, side_by_side};
use crate::corpus::Corpus;

/// Where the compare view draws on a `(w, h)` screen: over every pane, above the status bar,
/// in a frame; a header row, then the two sides with one separating column. The lead source
/// is on the reading direction's start side (`rtl`: right).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Geometry {
    pub frame: Rect,
    /// The header row (source names).
    pub header: Rect,
    pub lead: Rect,
    pub other: Rect,
    /// The separating column's x.
    pub separator: u16,
}

/// The compare view's geometry, `None` on a screen too small for two sides.
pub fn geometry((w, h): (u16, u16), rtl: bool) -> Option<Geometry> {
    if w < 24 || h < 6 {
        return None;
    }
    let frame = Rect::new(0, 0, w, h - 1);
    let inner = Rect::new(1, 1, w - 2, h - 3);
    let header = Rect { height: 1, ..inner };
    let body_y = inner.y + 1;
    let body_h = inner.height - 1;
    // Each side keeps a column of margin by the separator.
    let half = (inner.width - 1) / 2;
    let left = Rect::new(inner.x, body_y, half - 1, body_h);
    let separator = inner.x + half;
    let right = Rect::new(separator + 2, body_y, inner.width - half - 2, body_h);
    let right = Rect {
        width: right.width.min(left.width),
        ..right
    };
    let (lead, other) = if rtl { (right, left) } else { (left, right) };
    Some(Geometry {
        frame,
        header,
        lead,
        other,
        separator,
    })
}

/// Which layout the rows are: (lead, other, width per side).
type Key = (usize, usize, usize);

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Compare {
    /// The source on the reading side's start (right in Arabic, left in English).
    pub lead: usize,
    pub other: usize,
    /// First row shown.
    pub scroll: usize,
    /// The aligned passage last jumped to with `p` (index into `view.passages`).
    pub passage: Option<usize>,
    pub view: SideBySide,
    key: Option<Key>,
}

/// What a compare command asks of the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Stay,
    /// A line for the status bar.
    Say(String),
    Close,
}

impl Compare {
    pub fn new(lead: usize, other: usize) -> Compare {
        Compare {
            lead,
            other,
            ..Compare::default()
        }
    }

    /// Lay out the rows for sides `width` cells wide, if not yet.
    pub fn prepare(&mut self, corpus: &Corpus, reuse: Option<&Reuse>, width: usize, height: usize) {
        let key = (self.lead, self.other, width);
        if self.key != Some(key) {
            let empty = Reuse::default();
            self.view = side_by_side(
                corpus,
                reuse.unwrap_or(&empty),
                self.lead,
                self.other,
                width,
            );
            // Keep only a layout made with the comparison: before it arrives, lay out again.
            self.key = reuse.map(|_| key);
        }
        self.scroll = self.scroll.min(self.max_scroll(height));
    }

    fn max_scroll(&self, height: usize) -> usize {
        self.view.rows.len().saturating_sub(height.max(1))
    }

    /// A command of the compare layer; `sources` articles, `height` rows shown.
    pub fn command(&mut self, cmd: Command, sources: usize, height: usize) -> Outcome {
        if let Some(m) = Move::of(cmd) {
            let m = match m {
                Move::Page(d) => Move::By(d * height.saturating_sub(2).max(1) as isize),
                m => m,
            };
            self.scroll = m.apply(self.scroll, self.max_scroll(height) + 1, height);
            self.passage = None;
            return Outcome::Stay;
        }
        match cmd {
            Command::SwapSides => {
                std::mem::swap(&mut self.lead, &mut self.other);
                self.relayout();
            }
            Command::NextOther | Command::PrevOther => {
                let n = sources.max(1);
                let step = if cmd == Command::NextOther { 1 } else { n - 1 };
                let mut o = (self.other + step) % n;
                if o == self.lead {
                    o = (o + step) % n;
                }
                self.other = o;
                self.relayout();
            }
            Command::Parallel => return self.next_passage(),
            Command::Close => return Outcome::Close,
            _ => {}
        }
        Outcome::Stay
    }

    /// A new pair: from the top.
    fn relayout(&mut self) {
        self.key = None;
        self.scroll = 0;
        self.passage = None;
    }

    /// Bring the next aligned passage to the top: after the last one jumped to, or the first
    /// at or below the top row after scrolling (wrapping round). Says `i/N`; an empty line
    /// when the two share nothing.
    fn next_passage(&mut self) -> Outcome {
        let p = &self.view.passages;
        if p.is_empty() {
            return Outcome::Say(String::new());
        }
        let i = match self.passage {
            Some(i) => (i + 1) % p.len(),
            None => p.iter().position(|&r| r >= self.scroll).unwrap_or(0),
        };
        let Some(&row) = p.get(i) else {
            return Outcome::Say(String::new());
        };
        self.passage = Some(i);
        self.scroll = row;
        Outcome::Say(format!("{}/{}", i + 1, p.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sides_are_equal_and_the_lead_starts_the_reading_direction() {
        for size in [(120, 40), (80, 24), (24, 6)] {
            let en = geometry(size, false).unwrap();
            let ar = geometry(size, true).unwrap();
            assert_eq!(en.lead.width, en.other.width);
            assert!(en.lead.x < en.separator && en.separator < en.other.x);
            assert_eq!((ar.lead, ar.other), (en.other, en.lead));
            assert!(en.other.x + en.other.width < size.0);
        }
        assert!(geometry((23, 40), false).is_none());
    }

    #[test]
    fn other_sources_skip_the_lead_and_swap_keeps_the_pair() {
        let corpus = crate::corpus::bundled();
        let reuse = crate::compare::compare(&corpus);
        let mut c = Compare::new(0, 1);
        c.prepare(&corpus, Some(&reuse), 50, 20);
        c.command(Command::PrevOther, 5, 20);
        assert_eq!((c.lead, c.other), (0, 4));
        c.command(Command::NextOther, 5, 20);
        c.command(Command::NextOther, 5, 20);
        assert_eq!((c.lead, c.other), (0, 2));
        c.command(Command::SwapSides, 5, 20);
        assert_eq!((c.lead, c.other), (2, 0));
        assert_eq!(c.command(Command::Close, 5, 20), Outcome::Close);
    }

    #[test]
    fn passages_cycle_and_say_where_they_are() {
        let corpus = crate::corpus::bundled();
        let reuse = crate::compare::compare(&corpus);
        let mut c = Compare::new(0, 2);
        c.prepare(&corpus, Some(&reuse), 50, 10);
        let n = c.view.passages.len();
        assert!(n >= 5);
        let mut seen = Vec::new();
        for _ in 0..n {
            match c.command(Command::Parallel, 5, 10) {
                Outcome::Say(s) => seen.push(s),
                o => panic!("{o:?}"),
            }
            assert_eq!(c.scroll, c.view.passages[c.passage.unwrap()]);
            c.prepare(&corpus, Some(&reuse), 50, 10);
        }
        assert_eq!(seen[0], format!("1/{n}"));
        assert_eq!(seen[n - 1], format!("{n}/{n}"));
    }
}
