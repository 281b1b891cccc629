//! The detail view of an entity or an event, over the side panes: what it is, and every
//! mention in reading order (the whole sentence of each, with its source); Enter jumps to
//! the selected one.

use super::list::List;
use crate::app::action::{Command, Msg};
use crate::app::state::Target;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail {
    pub target: Target,
    /// Which mention is selected.
    pub list: List,
}

impl Detail {
    pub fn new(target: Target) -> Detail {
        Detail {
            target,
            list: List::default(),
        }
    }

    /// A command of the detail layer with `mentions` listed, `height` rows shown.
    /// `Some(msgs)`, or `None` when the view closes.
    pub fn command(&mut self, cmd: Command, mentions: usize, height: usize) -> Option<Vec<Msg>> {
        if self.list.command(cmd, mentions, height) {
            return Some(Vec::new());
        }
        match cmd {
            Command::Activate if self.list.sel < mentions => Some(vec![Msg::JumpTo(self.list.sel)]),
            Command::Close => None,
            _ => Some(Vec::new()),
        }
    }
}
