//! The entities pane: entities grouped by kind (most mentioned first), a kind filter, and a
//! selection that highlights the selected entity's mentions. The order and each entity's
//! source badge are worked out once, when the analysis arrives: a folder of thousands of
//! articles has thousands of entities.

use std::collections::HashMap;

use super::list::List;
use crate::app::action::{Command, Msg};
use crate::app::state::{Target, badge};
use crate::extract::{Analysis, Entity, EntityKind};
use crate::screen::rows::{EntityRow, entity_row_of, entity_rows};

#[derive(Debug, Default)]
pub struct Entities {
    /// Position of the selected entity among the visible ones.
    pub list: List,
    pub filter: Option<EntityKind>,
    /// Entity indices in pane order: by kind, most mentioned first.
    pub order: Vec<usize>,
    /// Source badge (1-based article numbers) of each entity, by entity index.
    pub badges: Vec<String>,
}

impl Entities {
    /// Work out the order and badges of a new analysis.
    pub fn analysed(&mut self, analysis: &Analysis, article_ix: &HashMap<String, usize>) {
        let e = &analysis.entities;
        let mut order: Vec<usize> = (0..e.len()).collect();
        order.sort_by_key(|&i| {
            let key = e
                .get(i)
                .map(|x| (x.kind, std::cmp::Reverse(x.mentions.len())));
            (key, i)
        });
        self.order = order;
        self.badges = e.iter().map(|x| badge(&x.mentions, article_ix)).collect();
    }

    /// The entities shown (after the kind filter), in pane order, with their indices.
    pub fn visible<'a>(&self, analysis: Option<&'a Analysis>) -> Vec<(usize, &'a Entity)> {
        let Some(a) = analysis else {
            return Vec::new();
        };
        self.order
            .iter()
            .filter_map(|&i| Some((i, a.entities.get(i)?)))
            .filter(|(_, e)| self.filter.is_none_or(|k| e.kind == k))
            .collect()
    }

    /// The pane's rows, kind headings included.
    pub fn rows(&self, analysis: Option<&Analysis>) -> Vec<EntityRow> {
        let kinds: Vec<EntityKind> = self.visible(analysis).iter().map(|(_, e)| e.kind).collect();
        entity_rows(&kinds)
    }

    /// The selected entity's target.
    pub fn target(&self, analysis: Option<&Analysis>) -> Option<Target> {
        self.visible(analysis)
            .get(self.list.sel)
            .map(|(i, _)| Target::Entity(*i))
    }

    /// A command in a pane `height` rows tall.
    pub fn command(
        &mut self,
        cmd: Command,
        analysis: Option<&Analysis>,
        height: usize,
    ) -> Vec<Msg> {
        let n = self.visible(analysis).len();
        if self.list.command(cmd, n, height) {
            return vec![Msg::Target(self.target(analysis))];
        }
        match cmd {
            Command::Activate => vec![Msg::Target(self.target(analysis)), Msg::JumpFirst],
            Command::Info => self.target(analysis).map(Msg::Detail).into_iter().collect(),
            Command::CycleFilter => {
                self.filter = match self.filter {
                    None => Some(EntityKind::Person),
                    Some(EntityKind::Person) => Some(EntityKind::Organization),
                    Some(EntityKind::Organization) => Some(EntityKind::Place),
                    Some(EntityKind::Place) => None,
                };
                self.list.sel = 0;
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    /// A click on text row `row` of a pane `height` rows tall.
    pub fn click(&mut self, row: usize, analysis: Option<&Analysis>, height: usize) -> Vec<Msg> {
        let rows = self.rows(analysis);
        let offset =
            crate::screen::geometry::list_offset(entity_row_of(&rows, self.list.sel), height);
        match rows.get(offset + row) {
            Some(EntityRow::Entity(pos)) => {
                self.list.sel = *pos;
                vec![Msg::Target(self.target(analysis))]
            }
            _ => Vec::new(),
        }
    }
}
