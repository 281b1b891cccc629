//! The shared timeline: a selection that highlights the selected event's mentions; Enter or
//! `i` opens its details (its sentences in every source).

use std::collections::HashMap;

use super::list::List;
use crate::app::action::{Command, Msg};
use crate::app::state::{Target, badge};
use crate::extract::Analysis;

#[derive(Debug, Default)]
pub struct Timeline {
    pub list: List,
    /// Source badge of each event, by event index.
    pub badges: Vec<String>,
}

impl Timeline {
    pub fn analysed(&mut self, analysis: &Analysis, article_ix: &HashMap<String, usize>) {
        self.badges = analysis
            .timeline
            .iter()
            .map(|e| badge(&e.mentions, article_ix))
            .collect();
    }

    pub fn target(&self, analysis: Option<&Analysis>) -> Option<Target> {
        let n = analysis.map_or(0, |a| a.timeline.len());
        (self.list.sel < n).then_some(Target::Event(self.list.sel))
    }

    pub fn command(
        &mut self,
        cmd: Command,
        analysis: Option<&Analysis>,
        height: usize,
    ) -> Vec<Msg> {
        let n = analysis.map_or(0, |a| a.timeline.len());
        if self.list.command(cmd, n, height) {
            return vec![Msg::Target(self.target(analysis))];
        }
        match cmd {
            Command::Activate | Command::Info => {
                self.target(analysis).map(Msg::Detail).into_iter().collect()
            }
            _ => Vec::new(),
        }
    }

    pub fn click(&mut self, row: usize, analysis: Option<&Analysis>, height: usize) -> Vec<Msg> {
        let n = analysis.map_or(0, |a| a.timeline.len());
        match self.list.item_at(row, height, n) {
            Some(i) => {
                self.list.sel = i;
                vec![Msg::Target(self.target(analysis))]
            }
            None => Vec::new(),
        }
    }
}
