//! `khabar [PATH]...`: the reader. Reads the config and the global options into plain
//! [`ReaderOptions`] and hands the reader a painter from [`crate::ui`].

use std::path::PathBuf;
use std::process::ExitCode;

use super::Global;
use crate::app::config;
use crate::app::{Bidi, ReaderOptions};
use crate::ui::Ui;
use crate::ui::theme::Theme;

#[derive(Debug, clap::Args)]
pub struct TuiArgs {
    /// Files or folders of articles (default: the bundled articles).
    pub paths: Vec<PathBuf>,
}

/// Start the reader with `config` (already read and checked by [`super::main`]).
pub fn run(args: TuiArgs, g: &Global, config: config::Config) -> ExitCode {
    // After the config (its errors are the more precise), before any folder is loaded: a
    // reader that cannot start reads nothing.
    if !std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        crate::text::controls::warn(format_args!(
            "the reader needs a terminal, and standard output is not one; to print the \
             analysis use `khabar export` (JSON), `khabar entities`, `khabar timeline` or \
             `khabar search`"
        ));
        return ExitCode::from(2);
    }
    // The command line over the config over the locale.
    let lang = g.interface_lang();
    let bidi = g
        .bidi
        .as_deref()
        .and_then(Bidi::parse)
        .or(config.bidi)
        .unwrap_or_default();
    let ui = Ui::new(Theme::new(config.palette.unwrap_or_default()), bidi);
    let opts = ReaderOptions {
        paths: args.paths,
        lang,
        keymap: config.keymap,
        bidi,
    };
    crate::app::run(opts, |s, f| ui.draw(s, f))
}
