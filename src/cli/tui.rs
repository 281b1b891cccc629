//! `khabar [PATH]...`: the reader (issue 6).

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct TuiArgs {
    /// Files or folders of articles (default: the bundled articles).
    pub paths: Vec<PathBuf>,
    /// Interface language: ar or en (default: from the locale).
    #[arg(long)]
    pub lang: Option<String>,
    /// Config file (default: ~/.config/khabar/config.toml).
    #[arg(long)]
    pub config: Option<PathBuf>,
}

pub fn run(args: TuiArgs) -> ExitCode {
    let (corpus, skipped) = match super::load_corpus_counting(&args.paths) {
        Ok(c) => c,
        Err(code) => return code,
    };
    crate::app::run(corpus, skipped, &args)
}
