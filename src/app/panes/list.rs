//! The cursor shared by every list (articles, entities, timeline, a detail view's mentions):
//! one selected item, moved by the movement commands and clamped to the list.

use crate::app::action::Command;
use crate::screen::geometry::list_offset;

/// How a movement command moves a selection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    By(isize),
    Page(isize),
    Top,
    Bottom,
}

impl Move {
    /// The movement a command asks for, if it is one.
    pub fn of(cmd: Command) -> Option<Move> {
        Some(match cmd {
            Command::Down => Move::By(1),
            Command::Up => Move::By(-1),
            Command::PageDown => Move::Page(1),
            Command::PageUp => Move::Page(-1),
            Command::Top => Move::Top,
            Command::Bottom => Move::Bottom,
            _ => return None,
        })
    }

    /// The new position from `at` in `0..len`, a page being `page` items.
    pub fn apply(self, at: usize, len: usize, page: usize) -> usize {
        let last = len.saturating_sub(1) as isize;
        let to = match self {
            Move::By(d) => (at as isize).saturating_add(d),
            Move::Page(d) => (at as isize).saturating_add(d * page.max(1) as isize),
            Move::Top => 0,
            Move::Bottom => last,
        };
        to.clamp(0, last.max(0)) as usize
    }
}

/// A list's selection.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct List {
    pub sel: usize,
}

impl List {
    /// Move by a command; `true` when it was a movement (whether or not the selection moved).
    pub fn command(&mut self, cmd: Command, len: usize, page: usize) -> bool {
        match Move::of(cmd) {
            Some(m) => {
                self.sel = m.apply(self.sel, len, page);
                true
            }
            None => false,
        }
    }

    /// The item drawn at visible item-row `row` of a list showing `shown` items, if any.
    pub fn item_at(&self, row: usize, shown: usize, len: usize) -> Option<usize> {
        let i = list_offset(self.sel, shown) + row;
        (i < len).then_some(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_clamp_to_the_list() {
        let mut l = List::default();
        assert!(l.command(Command::Up, 5, 2));
        assert_eq!(l.sel, 0);
        l.command(Command::PageDown, 5, 2);
        assert_eq!(l.sel, 2);
        l.command(Command::Bottom, 5, 2);
        assert_eq!(l.sel, 4);
        l.command(Command::Down, 5, 2);
        assert_eq!(l.sel, 4);
        assert!(!l.command(Command::Quit, 5, 2));
        l.command(Command::Down, 0, 2);
        assert_eq!(l.sel, 0, "an empty list keeps 0");
        assert_eq!(l.item_at(1, 3, 5), Some(1));
        assert_eq!(l.item_at(9, 3, 5), None);
    }
}
