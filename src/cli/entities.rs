//! `khabar entities [PATH]...`: entities by kind with mention counts per outlet (issue 4).

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct EntitiesArgs {
    /// Files or folders (default: the bundled articles).
    pub paths: Vec<PathBuf>,
}

pub fn run(args: EntitiesArgs) -> ExitCode {
    let corpus = match super::load_corpus(&args.paths) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let analysis = crate::extract::analyze(&corpus);
    for e in &analysis.entities {
        println!("{:?}\t{}\t{}", e.kind, e.name, e.mentions.len());
    }
    ExitCode::SUCCESS
}
