//! `khabar timeline [PATH]...`: the shared timeline, right-to-left (issue 5).

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct TimelineArgs {
    /// Files or folders (default: the bundled articles).
    pub paths: Vec<PathBuf>,
}

pub fn run(args: TimelineArgs) -> ExitCode {
    let corpus = match super::load_corpus(&args.paths) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let analysis = crate::extract::analyze(&corpus);
    for e in &analysis.timeline {
        println!("{}\t{}\t{}", e.date, e.summary, e.sources.join(","));
    }
    ExitCode::SUCCESS
}
