//! Reader state, actions, keymap and config (issue 6). PLACEHOLDER until the reader lands.

use std::process::ExitCode;

use crate::cli::tui::TuiArgs;
use crate::corpus::Corpus;

/// Run the interactive reader on a loaded corpus.
pub fn run(corpus: Corpus, _args: &TuiArgs) -> ExitCode {
    for a in &corpus.articles {
        println!("{}\t{}", a.id, a.title);
    }
    ExitCode::SUCCESS
}
