//! The article list: a selection; Enter (or a click) opens the selected article.

use super::list::List;
use crate::app::action::{Command, Msg};
use crate::screen::rows::ARTICLE_ROWS;

#[derive(Debug, Default)]
pub struct Articles {
    pub list: List,
}

impl Articles {
    /// A command with `n` articles in a pane `height` rows tall.
    pub fn command(&mut self, cmd: Command, n: usize, height: usize) -> Vec<Msg> {
        let shown = (height / ARTICLE_ROWS).max(1);
        if self.list.command(cmd, n, shown) {
            return Vec::new();
        }
        match cmd {
            Command::Activate if self.list.sel < n => vec![Msg::Open(self.list.sel)],
            _ => Vec::new(),
        }
    }

    /// A click on text row `row` of the pane: select and open the article drawn there.
    pub fn click(&mut self, row: usize, n: usize, height: usize) -> Vec<Msg> {
        let shown = (height / ARTICLE_ROWS).max(1);
        match self.list.item_at(row / ARTICLE_ROWS, shown, n) {
            Some(i) => {
                self.list.sel = i;
                vec![Msg::Open(i)]
            }
            None => Vec::new(),
        }
    }
}
