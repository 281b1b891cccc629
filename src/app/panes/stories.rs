//! The story list: the stories of a folder in the order asked for (most recent first, or
//! largest first), a selection that follows its story when the list is refined, and which
//! story is open in the panes.

use super::list::List;
use crate::app::action::{Command, Msg};
use crate::screen::rows::STORY_ROWS;

/// A story as the reader lists it: what `crate::stories` grouped (title, the folder's
/// article indices in folder order, date span, outlets).
pub use crate::stories::Story as Item;

/// The order of the list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// The story with the latest article first.
    #[default]
    Recent,
    /// The story with the most articles first.
    Size,
}

/// The stories and the list's state.
#[derive(Debug, Default)]
pub struct Stories {
    /// In the list's order.
    pub items: Vec<Item>,
    pub sort: Sort,
    pub list: List,
    /// The story open in the panes (its position in `items`), `None` while the list shows.
    pub open: Option<usize>,
    /// The grouping is the refined one (the list's title says `grouping…` until then).
    pub refined: bool,
    /// Folder article index → the story it belongs to (its position in `items`;
    /// `usize::MAX` for an article no story holds).
    of_article: Vec<usize>,
}

impl Stories {
    /// More than one story: the list comes first.
    pub fn is_many(&self) -> bool {
        self.items.len() > 1
    }

    /// Whether the list is what is shown.
    pub fn listing(&self) -> bool {
        self.is_many() && self.open.is_none()
    }

    /// The story of folder article `article`.
    pub fn of_article(&self, article: usize) -> Option<usize> {
        self.of_article
            .get(article)
            .copied()
            .filter(|&k| k != usize::MAX)
    }

    /// The open story.
    pub fn current(&self) -> Option<&Item> {
        self.open.and_then(|k| self.items.get(k))
    }

    /// Take a (new or refined) grouping. The selected story and the open one are followed
    /// to the new story holding their first article (ids are positions in the folder, so a
    /// refined grouping may give an id to another story).
    pub fn set(&mut self, mut items: Vec<Item>) {
        sort(&mut items, self.sort);
        let follow = |old: Option<&Item>| -> Option<usize> {
            let first = *old?.articles.first()?;
            items.iter().position(|s| s.articles.contains(&first))
        };
        let selected = follow(self.items.get(self.list.sel));
        let open = self.open.and_then(|k| follow(self.items.get(k)));
        self.items = items;
        self.index();
        self.open = open;
        self.list.sel = selected.or(open).unwrap_or(0);
    }

    /// Sort by the other order, keeping the selected and open stories.
    pub fn toggle_sort(&mut self) {
        let sel = self.items.get(self.list.sel).map(|s| s.id.clone());
        let open = self.current().map(|s| s.id.clone());
        self.sort = match self.sort {
            Sort::Recent => Sort::Size,
            Sort::Size => Sort::Recent,
        };
        sort(&mut self.items, self.sort);
        self.index();
        let at = |id: Option<String>| id.and_then(|id| self.items.iter().position(|s| s.id == id));
        self.open = at(open);
        self.list.sel = at(sel).unwrap_or(0);
    }

    fn index(&mut self) {
        let n = self
            .items
            .iter()
            .flat_map(|s| s.articles.iter().map(|a| a + 1))
            .max()
            .unwrap_or(0);
        self.of_article = vec![usize::MAX; n];
        for (k, s) in self.items.iter().enumerate() {
            for &a in &s.articles {
                if let Some(slot) = self.of_article.get_mut(a) {
                    *slot = k;
                }
            }
        }
    }

    /// A command of the list layer with the list `height` rows tall: movement, or Enter to
    /// open the selected story.
    pub fn command(&mut self, cmd: Command, height: usize) -> Vec<Msg> {
        let shown = (height / STORY_ROWS).max(1);
        if self.list.command(cmd, self.items.len(), shown) {
            return Vec::new();
        }
        match cmd {
            Command::Activate if self.list.sel < self.items.len() => {
                vec![Msg::OpenStory(self.list.sel)]
            }
            _ => Vec::new(),
        }
    }

    /// A click on text row `row` of the list: select and open the story drawn there.
    pub fn click(&mut self, row: usize, height: usize) -> Vec<Msg> {
        let shown = (height / STORY_ROWS).max(1);
        match self.list.item_at(row / STORY_ROWS, shown, self.items.len()) {
            Some(k) => {
                self.list.sel = k;
                vec![Msg::OpenStory(k)]
            }
            None => Vec::new(),
        }
    }
}

/// Most recent (by last date, undated last) or largest first; ties by size, then date, then
/// id, so the order is the same on every run.
fn sort(items: &mut [Item], by: Sort) {
    use std::cmp::Reverse;
    match by {
        Sort::Recent => items.sort_by(|a, b| {
            (Reverse(a.last), Reverse(a.articles.len()), &a.id).cmp(&(
                Reverse(b.last),
                Reverse(b.articles.len()),
                &b.id,
            ))
        }),
        Sort::Size => items.sort_by(|a, b| {
            (Reverse(a.articles.len()), Reverse(a.last), &a.id).cmp(&(
                Reverse(b.articles.len()),
                Reverse(b.last),
                &b.id,
            ))
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn item(id: &str, articles: &[usize], last: Option<(i32, u32, u32)>) -> Item {
        let last = last.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
        Item {
            id: id.to_string(),
            title: id.to_string(),
            articles: articles.to_vec(),
            first: last,
            last,
            outlets: Vec::new(),
        }
    }

    fn ids(s: &Stories) -> Vec<&str> {
        s.items.iter().map(|s| s.id.as_str()).collect()
    }

    #[test]
    fn sorted_by_recency_or_size_keeping_the_selection() {
        let mut s = Stories::default();
        s.set(vec![
            item("big-old", &[0, 1, 2], Some((2024, 1, 1))),
            item("small-new", &[3], Some((2024, 3, 1))),
            item("undated", &[4, 5], None),
        ]);
        assert_eq!(ids(&s), ["small-new", "big-old", "undated"]);
        s.list.sel = 1;
        s.toggle_sort();
        assert_eq!(ids(&s), ["big-old", "undated", "small-new"]);
        assert_eq!(s.items[s.list.sel].id, "big-old", "the selection follows");
        assert_eq!(s.of_article(4), Some(1));
    }

    #[test]
    fn a_refined_grouping_keeps_the_selected_and_open_stories() {
        let mut s = Stories::default();
        s.set(vec![
            item("a", &[0, 1], Some((2024, 1, 1))),
            item("b", &[2], Some((2024, 2, 1))),
            item("c", &[3], Some((2024, 3, 1))),
        ]);
        s.list.sel = 2; // a
        s.open = Some(1); // b
        // b and c merge; a gets a newer article and goes first; the ids are renumbered.
        s.set(vec![
            item("s1", &[0, 1, 4], Some((2024, 5, 1))),
            item("s2", &[2, 3], Some((2024, 3, 1))),
        ]);
        assert_eq!(ids(&s), ["s1", "s2"]);
        assert_eq!(s.list.sel, 0, "a (now s1) is still selected");
        assert_eq!(s.open, Some(1), "b's first article is in bc");
        assert!(s.is_many() && !s.listing());
    }

    #[test]
    fn enter_opens_the_selected_story() {
        let mut s = Stories::default();
        s.set(vec![item("a", &[0], None), item("b", &[1], None)]);
        assert!(s.command(Command::Down, 10).is_empty());
        assert_eq!(s.command(Command::Activate, 10), vec![Msg::OpenStory(1)]);
        assert_eq!(s.click(0, 10), vec![Msg::OpenStory(0)]);
        assert_eq!(s.click(9, 10), vec![]);
    }
}
