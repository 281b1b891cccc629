//! Everything the reader can be asked to do. Keys, mouse events and the analysis worker all
//! become `Action`s; [`super::update`] is the only place that acts on them.

use serde::{Deserialize, Serialize};

use crate::extract::Analysis;
use crate::search::Index;

/// A bindable command (its snake_case name is what `[keys]` in the config refers to).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Command {
    Quit,
    Help,
    /// Close the help; else clear search hits, or stop cycling and clear highlights.
    Close,
    NextPane,
    PrevPane,
    /// Open source N: the digit pressed says which.
    OpenSource,
    NextSource,
    PrevSource,
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
    Activate,
    NextMention,
    PrevMention,
    FocusEntities,
    FocusTimeline,
    CycleFilter,
    ToggleBoilerplate,
    Search,
}

/// What happens to the reader.
#[derive(Debug)]
pub enum Action {
    /// A bound command; `digit` carries the number for `OpenSource`.
    Run(Command, Option<usize>),
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// A click at a cell (column, row).
    Click(u16, u16),
    /// Wheel over a cell: positive scrolls down.
    Scroll(u16, u16, i32),
    /// The worker finished the analysis.
    Analysed(Box<(Analysis, Index)>),
    /// Typing in the search prompt.
    Prompt(PromptEdit),
    /// Loading skipped this many files it could not read (each was reported on stderr).
    Skipped(usize),
}

/// Editing the search prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptEdit {
    Insert(char),
    Backspace,
    DeleteWord,
    HistoryPrev,
    HistoryNext,
    Submit,
    Cancel,
}
