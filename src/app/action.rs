//! Everything the reader can be asked to do. Keys (through the keymap), the mouse, the loader
//! and the analysis worker all become [`Action`]s, and [`super::update::update`] is the only
//! place that acts on them. Panes answer a command with [`Msg`]s for the rest of the reader.

use std::fmt;
use std::str::FromStr;

use crate::compare::Reuse;
use crate::corpus::{Article, LoadProblem};
use crate::extract::{Analysis, Failure};
use crate::screen::Pane;
use crate::search::Index;

use super::panes::stories::Item;
use super::state::Target;

/// A bindable command, written in the keymap as its snake_case name and, for `open_source`,
/// its argument (`open_source 3`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    Quit,
    Help,
    /// Close the help or the detail view; else clear search hits, or stop cycling mentions.
    Close,
    NextPane,
    PrevPane,
    /// Open source N (1-based).
    OpenSource(usize),
    NextSource,
    PrevSource,
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
    Activate,
    /// The detail view of the selected entity or event.
    Info,
    NextMention,
    PrevMention,
    FocusArticles,
    FocusBody,
    FocusEntities,
    FocusTimeline,
    CycleFilter,
    ToggleBoilerplate,
    Search,
    /// Search prompt: run the query.
    Submit,
    /// Search prompt: close it, clearing the hits.
    Cancel,
    Backspace,
    DeleteWord,
    HistoryPrev,
    HistoryNext,
    /// Open the compare view of the open source and the next one.
    Compare,
    /// Compare view: swap which side leads.
    SwapSides,
    /// Compare view: the next or previous other source.
    NextOther,
    PrevOther,
    /// Go to the passage parallel to the one in view: in the body, in the next source that
    /// shares it; in the compare view, the next aligned passage.
    Parallel,
    /// Back from a story to the list of the folder's stories.
    Stories,
    /// Story list: sort by recency or by size.
    ToggleSort,
    /// Search prompt: search all stories or the open one.
    ToggleScope,
}

/// Commands without an argument, by name.
const NAMES: &[(&str, Command)] = &[
    ("quit", Command::Quit),
    ("help", Command::Help),
    ("close", Command::Close),
    ("next_pane", Command::NextPane),
    ("prev_pane", Command::PrevPane),
    ("next_source", Command::NextSource),
    ("prev_source", Command::PrevSource),
    ("down", Command::Down),
    ("up", Command::Up),
    ("page_down", Command::PageDown),
    ("page_up", Command::PageUp),
    ("top", Command::Top),
    ("bottom", Command::Bottom),
    ("activate", Command::Activate),
    ("info", Command::Info),
    ("next_mention", Command::NextMention),
    ("prev_mention", Command::PrevMention),
    ("focus_articles", Command::FocusArticles),
    ("focus_body", Command::FocusBody),
    ("focus_entities", Command::FocusEntities),
    ("focus_timeline", Command::FocusTimeline),
    ("cycle_filter", Command::CycleFilter),
    ("toggle_boilerplate", Command::ToggleBoilerplate),
    ("search", Command::Search),
    ("submit", Command::Submit),
    ("cancel", Command::Cancel),
    ("backspace", Command::Backspace),
    ("delete_word", Command::DeleteWord),
    ("history_prev", Command::HistoryPrev),
    ("history_next", Command::HistoryNext),
    ("compare", Command::Compare),
    ("swap_sides", Command::SwapSides),
    ("next_other", Command::NextOther),
    ("prev_other", Command::PrevOther),
    ("parallel", Command::Parallel),
    ("stories", Command::Stories),
    ("toggle_sort", Command::ToggleSort),
    ("toggle_scope", Command::ToggleScope),
];

impl Command {
    /// The command's name without its argument (`open_source`).
    pub fn name(self) -> &'static str {
        match self {
            Command::OpenSource(_) => "open_source",
            c => NAMES.iter().find(|(_, x)| *x == c).map_or("?", |(n, _)| *n),
        }
    }
}

impl FromStr for Command {
    type Err = String;

    /// `quit`, `open_source 3`: a name, and an argument for the commands that take one.
    fn from_str(s: &str) -> Result<Command, String> {
        let mut words = s.split_whitespace();
        let name = words.next().unwrap_or("");
        let arg = words.next();
        if words.next().is_some() {
            return Err(format!("\"{s}\": too many arguments"));
        }
        if name == "open_source" {
            let n = arg
                .and_then(|a| a.parse::<usize>().ok())
                .filter(|n| *n >= 1)
                .ok_or_else(|| format!("\"{s}\": open_source takes a source number (1, 2, …)"))?;
            return Ok(Command::OpenSource(n));
        }
        let cmd = NAMES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, c)| *c)
            .ok_or_else(|| format!("unknown command \"{name}\""))?;
        match arg {
            Some(a) => Err(format!("\"{s}\": {name} takes no argument (got {a})")),
            None => Ok(cmd),
        }
    }
}

impl fmt::Display for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Command::OpenSource(n) => write!(f, "open_source {n}"),
            c => f.write_str(c.name()),
        }
    }
}

/// What happens to the reader.
#[derive(Debug)]
pub enum Action {
    /// A bound command.
    Run(Command),
    /// A character typed into the search prompt.
    Type(char),
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// A click at a cell (column, row).
    Click(u16, u16),
    /// Wheel over a cell: positive scrolls down.
    Scroll(u16, u16, i32),
    /// Loading has read this many files of so many.
    Loading(usize, usize),
    /// More articles of the folder being loaded, in corpus order.
    Articles(Vec<Article>),
    /// The folder is loaded (the problems: files left out, and warnings on files loaded).
    Loaded(Vec<LoadProblem>),
    /// The search index is built.
    Indexed(Box<Index>),
    /// The analysis is done, or failed with this reason.
    Analysed(Result<Box<Analysis>, String>),
    /// The outlet comparison is done (with the articles it failed on), or failed with this
    /// reason.
    Compared(Result<Box<(Reuse, Vec<Failure>)>, String>),
    /// Loading skipped this many files it could not read (no warnings).
    Skipped(usize),
    /// The folder's articles grouped into stories: first from their text right after
    /// loading, then `refined` with each article's names and days.
    Stories { items: Vec<Item>, refined: bool },
}

/// What a pane asks of the rest of the reader after a command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    /// Open this article (0-based).
    Open(usize),
    /// Highlight the mentions of this (or nothing).
    Target(Option<Target>),
    /// Go to the first mention of the target.
    JumpFirst,
    /// Go to this mention of the target (its position in reading order).
    JumpTo(usize),
    /// Move the focus.
    Focus(Pane),
    /// Open the detail view of this.
    Detail(Target),
    /// A line for the status bar.
    Say(String),
    /// Open this story of the list (its position in the list).
    OpenStory(usize),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_read_and_write_their_names_and_arguments() {
        for (name, c) in NAMES {
            assert_eq!(name.parse::<Command>(), Ok(*c));
            assert_eq!(c.to_string(), *name);
        }
        assert_eq!("open_source 3".parse(), Ok(Command::OpenSource(3)));
        assert_eq!(Command::OpenSource(3).to_string(), "open_source 3");
        assert!("open_source".parse::<Command>().is_err());
        assert!("open_source 0".parse::<Command>().is_err());
        assert!("quit now".parse::<Command>().is_err());
        assert!("fly".parse::<Command>().is_err());
    }
}
