//! `khabar search QUERY [PATH]...`: every hit with outlet, paragraph and snippet (issue 7).

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    /// What to look for (normalized; `*` at the end matches word prefixes).
    pub query: String,
    /// Files or folders (default: the bundled articles).
    pub paths: Vec<PathBuf>,
}

pub fn run(args: SearchArgs) -> ExitCode {
    if let Err(code) = super::load_corpus(&args.paths) {
        return code;
    }
    eprintln!("khabar: search is not implemented yet");
    ExitCode::from(1)
}
