//! The search prompt and the last search: typing, history, and the hits of a query in what
//! is shown (boilerplate counts only while it is on screen).

use crate::app::action::Command;
use crate::corpus::{Corpus, ParagraphKind};
use crate::search::{Hit, Index, Query};

/// What a search spans in a folder of several stories.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Scope {
    /// The open story only.
    #[default]
    Story,
    /// Every story: a hit in another story opens it.
    All,
}

#[derive(Debug, Default)]
pub struct Search {
    /// The text being typed, while the prompt is open.
    pub prompt: Option<String>,
    pub history: Vec<String>,
    pub history_pos: Option<usize>,
    /// The last query searched and its hits.
    pub query: String,
    /// The hits in what the panes show (article indices of the panes' corpus).
    pub hits: Vec<Hit>,
    /// In a folder of several stories: what the last search spans, and its hits in the
    /// whole folder (folder article indices) in the story list's order.
    pub scope: Scope,
    pub folder_hits: Vec<Hit>,
}

/// What an edit of the prompt leads to.
#[derive(Debug, PartialEq, Eq)]
pub enum Edited {
    Typing,
    /// The prompt was closed without searching.
    Cancelled,
    /// Search for this (already in the history).
    Submitted(String),
    /// What the search spans was toggled.
    Toggled,
}

impl Search {
    pub fn open(&mut self) {
        self.prompt = Some(String::new());
        self.history_pos = None;
    }

    pub fn type_char(&mut self, c: char) {
        if let Some(text) = self.prompt.as_mut() {
            text.push(c);
        }
    }

    /// A command of the prompt layer.
    pub fn command(&mut self, cmd: Command) -> Edited {
        let Some(text) = self.prompt.as_mut() else {
            return Edited::Cancelled;
        };
        match cmd {
            Command::Backspace => {
                text.pop();
            }
            Command::DeleteWord => {
                let kept = text.trim_end().rfind(' ').map_or(0, |i| i + 1);
                text.truncate(kept);
            }
            Command::HistoryPrev | Command::HistoryNext => {
                let h = &self.history;
                let pos = match (self.history_pos, cmd == Command::HistoryPrev) {
                    (_, _) if h.is_empty() => return Edited::Typing,
                    (None, true) => h.len() - 1,
                    (Some(p), true) => p.saturating_sub(1),
                    (Some(p), false) if p + 1 < h.len() => p + 1,
                    _ => return Edited::Typing,
                };
                if let Some(entry) = h.get(pos) {
                    *text = entry.clone();
                    self.history_pos = Some(pos);
                }
            }
            Command::ToggleScope => {
                self.scope = match self.scope {
                    Scope::Story => Scope::All,
                    Scope::All => Scope::Story,
                };
                return Edited::Toggled;
            }
            Command::Cancel => {
                self.prompt = None;
                self.hits.clear();
                self.folder_hits.clear();
                return Edited::Cancelled;
            }
            Command::Submit => {
                let query = std::mem::take(text);
                self.prompt = None;
                if query.trim().is_empty() {
                    return Edited::Cancelled;
                }
                self.history.retain(|q| *q != query);
                self.history.push(query.clone());
                return Edited::Submitted(query);
            }
            _ => {}
        }
        Edited::Typing
    }

    /// Find `query`'s hits in what is shown; `false` when the query has no word to look for.
    pub fn run(
        &mut self,
        query: &str,
        index: &Index,
        corpus: &Corpus,
        boilerplate_shown: bool,
    ) -> bool {
        self.query = query.to_string();
        let Some(q) = Query::parse(query) else {
            self.hits.clear();
            return false;
        };
        let shown = |h: &Hit| {
            boilerplate_shown
                || corpus
                    .articles
                    .get(h.article)
                    .and_then(|a| a.paragraphs.get(h.paragraph))
                    .is_some_and(|p| p.kind != ParagraphKind::Boilerplate)
        };
        self.hits = index
            .search(corpus, &q)
            .into_iter()
            .filter(|h| shown(h))
            .collect();
        true
    }
}
